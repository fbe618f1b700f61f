package io.github.mot.scoring.io;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.internal.FileSources;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.core.io.RowSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a supervision checklist (the items a supervisor observes in a behaviour audit) from CSV:
 * one {@link ChecklistItem} a row, with a header row. Columns, in any order, names in any case:
 *
 * <ul>
 *   <li>{@code id} (required): the item id, unique, the name of the item's column in audit files;
 *   <li>{@code text} (required): what the supervisor looks for, not blank;
 *   <li>{@code step} (required): the behaviour step, one of {@code EXPLORE}, {@code OFFER}, {@code
 *       ACT}, {@code CONFIRM} (case ignored);
 *   <li>{@code touchpoint}: the touchpoint id the item belongs to;
 *   <li>{@code weight}: the item's weight in the audit score, a decimal number {@code > 0}, 1 if
 *       blank;
 *   <li>{@code critical}: {@code true} or {@code false} (blank: false); a failed critical item
 *       makes the audit score 0.
 * </ul>
 *
 * <p>A checklist is read whole or not at all: a file with a bad item is refused with a {@link
 * DataFileException} that lists every bad item with its line, column, value and what is allowed
 * (up to the limits' {@link ReadLimits#maxErrors() maxErrors}), so all can be fixed at once; so are
 * a bad header, duplicate item ids, an empty file, malformed CSV, bytes that are not valid in the
 * encoding and a file over the limits. A checklist in mot-core's JSON form is read with Jackson
 * ({@code new ObjectMapper().readValue(file, SupervisionChecklist.class)}), which applies the same
 * validation.
 *
 * <pre>{@code
 * SupervisionChecklist checklist = ChecklistReader.withDefaults().read(Path.of("counter.csv")); // named "counter"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; configure by copying.
 *
 * @since 0.2.0
 */
public final class ChecklistReader {

  private static final CsvFrame.Columns COLUMNS = new CsvFrame.Columns(
      List.of("id", "text", "step"), List.of("touchpoint", "weight", "critical"), Set.of());

  // lenient inside: every bad item is collected before the checklist is refused
  private static final ChecklistReader DEFAULTS = new ChecklistReader(CsvFrame.Options.DEFAULT.withLenient(true));

  private final CsvFrame.Options options;

  private ChecklistReader(CsvFrame.Options options) {
    this.options = options;
  }

  /**
   * A reader of UTF-8 files with the library's {@link ReadLimits#DEFAULT} limits.
   *
   * @return the reader
   */
  public static ChecklistReader withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy that decodes files and streams in another encoding; a byte sequence that is not valid in
   * it fails the read with its line, a byte-order mark at the start is skipped.
   *
   * @param encoding the charset, UTF-8 by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code encoding} is null
   */
  public ChecklistReader withEncoding(Charset encoding) {
    return new ChecklistReader(options.withEncoding(encoding));
  }

  /**
   * A copy with other size limits (rows, field length, bytes, errors listed).
   *
   * @param limits the limits, {@link ReadLimits#DEFAULT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code limits} is null
   */
  public ChecklistReader withLimits(ReadLimits limits) {
    return new ChecklistReader(options.withLimits(limits));
  }

  /**
   * The encoding of files and streams.
   *
   * @return the charset, UTF-8 by default
   */
  public Charset encoding() {
    return options.encoding();
  }

  /**
   * The size limits of a read.
   *
   * @return the limits, {@link ReadLimits#DEFAULT} by default
   */
  public ReadLimits limits() {
    return options.limits();
  }

  /**
   * Reads a checklist file: CSV in the reader's encoding, or another format chosen by the file's
   * extension (an {@code .xlsx} workbook's first sheet, with mot-xlsx on the path; see {@link
   * RowSource}). The checklist takes the file's name without its extension ({@code counter.csv}
   * and {@code counter.xlsx} give {@code counter}).
   *
   * @param file the CSV file, or a file in a format a module on the path provides
   * @return the checklist
   * @throws DataFileException naming the file, if an item or the header is bad, item ids repeat,
   *     the file is empty, a byte sequence is not valid in the encoding, the CSV is malformed or a
   *     limit is passed
   * @throws IOException if the file cannot be read, or is a spreadsheet that no module on the path
   *     reads (the message names the module to add)
   */
  public SupervisionChecklist read(Path file) throws IOException {
    Path name = file.getFileName();
    String n = name == null ? "checklist" : name.toString();
    int dot = n.lastIndexOf('.');
    if (dot > 0) {
      n = n.substring(0, dot);
    }
    Optional<RowSource> other = FileSources.of(file);
    if (other.isPresent()) {
      return read(other.get(), n);
    }
    return checklist(n, file.toString(), CsvFrame.read(file, options, COLUMNS, ChecklistReader::item));
  }

  /**
   * Reads a checklist from the rows of another tabular source, such as a sheet of an {@code .xlsx}
   * workbook (mot-xlsx's {@code XlsxSource}) or rows in memory ({@link RowSource#of}), with the
   * same checks as CSV; the lines the errors name are the source's row numbers.
   *
   * @param source the rows, the header first
   * @param name the checklist's name
   * @return the checklist
   * @throws DataFileException naming the source, as {@link #read(Path)}
   * @throws IOException if the source cannot be read
   * @since 0.3.0
   */
  public SupervisionChecklist read(RowSource source, String name) throws IOException {
    return checklist(Objects.requireNonNull(name, "name"), source.name(),
        CsvFrame.read(source, options, COLUMNS, ChecklistReader::item));
  }

  /**
   * Reads a checklist from bytes in the reader's encoding; the stream is not closed.
   *
   * @param in the CSV bytes
   * @param name the checklist's name, also the name the errors give the input
   * @return the checklist
   * @throws DataFileException naming {@code name}, as {@link #read(Path)}
   * @throws IOException if the stream fails
   */
  public SupervisionChecklist read(InputStream in, String name) throws IOException {
    return checklist(name, name, CsvFrame.read(in, name, options, COLUMNS, ChecklistReader::item));
  }

  /**
   * Reads a checklist from text; the reader is not closed. The byte limit counts characters.
   *
   * @param reader the CSV text
   * @param name the checklist's name, also the name the errors give the input
   * @return the checklist
   * @throws DataFileException naming {@code name}, as {@link #read(Path)}
   * @throws IOException if the reader fails
   */
  public SupervisionChecklist read(Reader reader, String name) throws IOException {
    return checklist(name, name, CsvFrame.read(reader, name, options, COLUMNS, ChecklistReader::item));
  }

  private static SupervisionChecklist checklist(String name, String source, ReadResult<ChecklistItem> items)
      throws DataFileException {
    if (!items.isClean()) {
      throw new DataFileException(source, items.errors());
    }
    try {
      return SupervisionChecklist.of(name, items.values());
    } catch (IllegalArgumentException e) {
      throw new DataFileException(source, List.of(new RowError(1, "", "", String.valueOf(e.getMessage()))));
    }
  }

  private static @Nullable ChecklistItem item(CsvFrame.Row row) {
    ChecklistItem.Builder b = ChecklistItem.builder();
    String step = row.cell("step");
    try {
      b.step(BehaviourStep.valueOf(step.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      row.error("step", step, "must be one of EXPLORE, OFFER, ACT, CONFIRM");
    }
    String tp = row.cell("touchpoint");
    if (!tp.isEmpty()) {
      b.touchpointId(tp);
    }
    String weight = row.cell("weight");
    if (!weight.isEmpty()) {
      double w = CsvFrame.number(weight);
      if (!(w > 0 && w < Double.POSITIVE_INFINITY)) {
        row.error("weight", weight, "must be a number > 0");
      } else {
        b.weight(w);
      }
    }
    String critical = row.cell("critical");
    if (!critical.isEmpty()) {
      if (!critical.equalsIgnoreCase("true") && !critical.equalsIgnoreCase("false")) {
        row.error("critical", critical, "must be true or false");
      } else {
        b.critical(Boolean.parseBoolean(critical.toLowerCase(Locale.ROOT)));
      }
    }
    if (!row.ok()) {
      return null;
    }
    try {
      return b.id(row.cell("id")).text(row.cell("text")).build();
    } catch (IllegalArgumentException e) {
      row.error("", "", String.valueOf(e.getMessage()));
      return null;
    }
  }

  /**
   * For example {@code ChecklistReader[UTF-8]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "ChecklistReader[" + options.encoding().name() + "]";
  }
}
