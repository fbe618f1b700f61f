package io.github.mot.scoring.io;

import io.github.mot.core.ChecklistItem;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditOutcome;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads filled-in behaviour audit forms (the supervisor's checklist of observed behaviours): one
 * {@link Audit} a row, CSV with a header row. Columns, in any order:
 *
 * <ul>
 *   <li>{@code audit} (required): the form's id, not blank;
 *   <li>{@code staff} (required): the id of the audited employee, not blank;
 *   <li>{@code time} (required): when the audit took place, ISO-8601 as in an encounter log ({@code
 *       2026-03-02T09:14:05Z}, with an offset, or without one read as UTC);
 *   <li>{@code touchpoint}: the touchpoint id where the audit took place;
 *   <li>one column per checklist item, named by the item's id exactly (case counts), each holding
 *       the item's outcome: {@code pass} ({@code passed}, {@code yes}, {@code y}, {@code 1}), {@code
 *       fail} ({@code failed}, {@code no}, {@code n}, {@code 0}) or {@code n/a} ({@code na}, {@code
 *       -}), case ignored. Every item needs an outcome.
 * </ul>
 *
 * <p>The names {@code audit}, {@code staff}, {@code time} and {@code touchpoint} are read in any
 * case; any other column than these and the items is refused, and so is a missing item column.
 * Every bad cell is reported as a {@link io.github.mot.core.io.RowError} with its line, column,
 * value and what is allowed. In lenient mode the bad rows are left out and listed in the {@link
 * ReadResult}; in strict mode (the default) the first one throws a {@link DataFileException}. A bad
 * header, an empty file, malformed CSV, bytes that are not valid in the encoding and a file over
 * the limits always throw.
 *
 * <pre>{@code
 * SupervisionChecklist checklist = ChecklistReader.withDefaults().read(Path.of("counter.csv"));
 * ReadResult<Audit> read = AuditReader.of(checklist).lenient().read(Path.of("audits.csv"));
 * AuditOverview report = read.values().stream().collect(AuditOverviewAccumulator.toReport());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; configure by copying. A read is single-threaded and
 * streams the input record by record.
 *
 * @since 0.2.0
 */
public final class AuditReader extends RowReader<Audit> {

  private final SupervisionChecklist checklist;

  private AuditReader(SupervisionChecklist checklist, CsvFrame.Options options) {
    super(options, columns(checklist));
    this.checklist = checklist;
  }

  private static CsvFrame.Columns columns(SupervisionChecklist checklist) {
    Set<String> items = new LinkedHashSet<>();
    for (ChecklistItem it : checklist.items()) {
      items.add(it.id());
    }
    return new CsvFrame.Columns(List.of("audit", "staff", "time"), List.of("touchpoint"), items);
  }

  /**
   * A strict reader of forms filled in against {@code checklist}, UTF-8, with the library's {@link
   * ReadLimits#DEFAULT} limits.
   *
   * @param checklist the checklist of the forms: its item ids are the outcome columns
   * @return the reader
   * @throws NullPointerException if {@code checklist} is null
   */
  public static AuditReader of(SupervisionChecklist checklist) {
    return new AuditReader(Objects.requireNonNull(checklist, "checklist"), CsvFrame.Options.DEFAULT);
  }

  /**
   * A copy that collects bad rows and goes on: they are left out of the values and listed in the
   * result.
   *
   * @return the lenient reader
   */
  public AuditReader lenient() {
    return new AuditReader(checklist, options.withLenient(true));
  }

  /**
   * A copy that throws a {@link DataFileException} at the first bad row (the default).
   *
   * @return the strict reader
   */
  public AuditReader strict() {
    return new AuditReader(checklist, options.withLenient(false));
  }

  /**
   * A copy that decodes files and streams in another encoding; a byte sequence that is not valid in
   * it fails the read with its line, a byte-order mark at the start is skipped.
   *
   * @param encoding the charset, UTF-8 by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code encoding} is null
   */
  public AuditReader withEncoding(Charset encoding) {
    return new AuditReader(checklist, options.withEncoding(encoding));
  }

  /**
   * A copy with other size limits (rows, field length, bytes, errors kept).
   *
   * @param limits the limits, {@link ReadLimits#DEFAULT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code limits} is null
   */
  public AuditReader withLimits(ReadLimits limits) {
    return new AuditReader(checklist, options.withLimits(limits));
  }

  /**
   * The checklist the forms were filled in against.
   *
   * @return the checklist
   */
  public SupervisionChecklist checklist() {
    return checklist;
  }

  @Override
  @Nullable Audit parse(CsvFrame.Row row) {
    String id = row.required("audit", "an audit id is required");
    String staff = row.required("staff", "a staff id is required");
    Instant time = row.time("time");
    List<AuditOutcome> outcomes = new ArrayList<>();
    for (ChecklistItem it : checklist.items()) {
      String cell = row.cell(it.id());
      Optional<AuditOutcome> o = outcome(cell);
      if (o.isEmpty()) {
        row.error(it.id(), cell, "must be pass, fail or n/a");
      }
      outcomes.add(o.orElse(AuditOutcome.NOT_APPLICABLE));
    }
    if (!row.ok() || time == null) {
      return null;
    }
    try {
      Audit.Builder b = Audit.builder(checklist).id(id).staffId(staff).auditedAt(time);
      String tp = row.cell("touchpoint");
      if (!tp.isEmpty()) {
        b.touchpointId(tp);
      }
      for (int i = 0; i < outcomes.size(); i++) {
        b.outcome(checklist.items().get(i).id(), outcomes.get(i));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      row.error("", "", String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** The outcome a cell names, empty if it names none. */
  static Optional<AuditOutcome> outcome(String cell) {
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "pass":
      case "passed":
      case "yes":
      case "y":
      case "1":
        return Optional.of(AuditOutcome.PASSED);
      case "fail":
      case "failed":
      case "no":
      case "n":
      case "0":
        return Optional.of(AuditOutcome.FAILED);
      case "n/a":
      case "na":
      case "-":
        return Optional.of(AuditOutcome.NOT_APPLICABLE);
      default:
        return Optional.empty();
    }
  }

  /**
   * For example {@code AuditReader[checklist 'counter', 2 items, strict, UTF-8]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "AuditReader[checklist '" + checklist.name() + "', " + checklist.items().size() + " items, " + options
        + "]";
  }
}
