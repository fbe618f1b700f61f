package io.github.mot.scoring.io;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.FileSources;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowSource;
import io.github.mot.scoring.log.EncounterLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an encounter log: one {@link Encounter} (a customer's contact at a touchpoint) a row, CSV
 * with a header row, as a CRM or a survey tool exports it. Columns, in any order, names in any
 * case:
 *
 * <ul>
 *   <li>{@code customer} (required): the customer id, not blank;
 *   <li>{@code touchpoint} (required): the touchpoint id; with {@link
 *       #withJourney(CustomerJourney)} it must be a touchpoint of that journey map;
 *   <li>{@code time} (required): when the contact happened, ISO-8601, {@code 2026-03-02T09:14:05Z}
 *       or with an offset ({@code 2026-03-02T17:14:05+08:00}); without an offset the time is read
 *       as UTC;
 *   <li>{@code staff}: the id of the employee who served the customer;
 *   <li>{@code appearance}, {@code behaviour}, {@code communication}: the ABC ratings of the first
 *       impression on the {@linkplain #withRatingScale(RatingScale) rating scale} (1..7 unless
 *       told), decimal numbers such as {@code 6} or {@code 5.5}; all three or none;
 *   <li>{@code level}: the customer's judgement on the MOT scorecard, {@code -3..+3} or a level
 *       name such as {@code DELIGHTS};
 *   <li>{@code seconds}: how long the contact lasted, in seconds, a decimal number in {@code [0,
 *       1e9]}, kept to the millisecond;
 *   <li>{@code note}: free text.
 * </ul>
 *
 * <p>Blank optional cells mean "not recorded"; cells are stripped of leading and trailing blanks. A
 * line whose every cell is blank is skipped. Any other column is refused, so that a misspelt
 * column name is not silently ignored.
 *
 * <p>Every bad cell is reported as a {@link io.github.mot.core.io.RowError} naming its line,
 * column, value and what is allowed: an unknown touchpoint, a time that is not ISO-8601, a rating
 * off the scale, two of three ratings, a level outside -3..+3, negative seconds, a row with another
 * number of fields than the header. In lenient mode the bad rows are left out and listed in the
 * {@link ReadResult}, and reading goes on; in strict mode (the default) the first bad row throws a
 * {@link DataFileException}. A bad header, an empty file, malformed CSV, bytes that are not valid
 * in the {@linkplain #withEncoding(Charset) encoding} (reported with their line, never replaced)
 * and a file over the {@linkplain #withLimits(ReadLimits) limits} always throw.
 *
 * <pre>{@code
 * ReadResult<Encounter> read = EncounterReader.withDefaults()
 *     .withJourney(JourneyTemplate.RETAIL_COUNTER.journey()).lenient()
 *     .read(Path.of("encounters.csv"));
 * }</pre>
 *
 * <p>{@link #readLog(Path)} reads a file into a columnar {@link EncounterLog} instead, with the same
 * rows, errors and exceptions, parsing UTF-8 bytes straight into the log's columns on up to
 * {@link #threads()} threads; that is the path for millions of encounters.
 *
 * <p>Instances are immutable and thread-safe; configure by copying. {@link #read(Path)} is
 * single-threaded and streams the input record by record.
 *
 * @since 0.2.0
 */
public final class EncounterReader extends RowReader<Encounter> {

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
  private static final String[] RATINGS = {"appearance", "behaviour", "communication"};
  static final CsvFrame.Columns COLUMNS = new CsvFrame.Columns(
      List.of("customer", "touchpoint", "time"),
      List.of("staff", "appearance", "behaviour", "communication", "level", "seconds", "note"),
      Set.of());

  private static final EncounterReader DEFAULTS = new EncounterReader(Optional.empty(), RatingScale.SEVEN_POINT,
      CsvFrame.Options.DEFAULT, Runtime.getRuntime().availableProcessors());

  private final Optional<CustomerJourney> journey;
  private final RatingScale ratingScale;
  private final int threads;

  private EncounterReader(Optional<CustomerJourney> journey, RatingScale ratingScale, CsvFrame.Options options,
      int threads) {
    super(options, COLUMNS);
    this.journey = journey;
    this.ratingScale = ratingScale;
    this.threads = threads;
  }

  /**
   * A strict reader without a journey map (any touchpoint id is taken as it is), ABC ratings on
   * 1..7, UTF-8, and the library's {@link ReadLimits#DEFAULT} limits.
   *
   * @return the reader
   */
  public static EncounterReader withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy that checks every touchpoint id against a journey map: an id the map lacks is a row
   * error that lists the map's ids. The scorers of this module need the same map.
   *
   * @param journey the journey map of the log
   * @return the reconfigured reader
   * @throws NullPointerException if {@code journey} is null
   */
  public EncounterReader withJourney(CustomerJourney journey) {
    return new EncounterReader(Optional.of(Objects.requireNonNull(journey, "journey")), ratingScale, options, threads);
  }

  /**
   * A copy that takes every touchpoint id as it is (the default).
   *
   * @return the reconfigured reader
   */
  public EncounterReader withoutJourney() {
    return new EncounterReader(Optional.empty(), ratingScale, options, threads);
  }

  /**
   * A copy that reads the ABC ratings on another scale: a rating off it is a row error.
   *
   * @param scale the scale of the {@code appearance}, {@code behaviour} and {@code communication}
   *     columns, {@link RatingScale#SEVEN_POINT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code scale} is null
   */
  public EncounterReader withRatingScale(RatingScale scale) {
    return new EncounterReader(journey, Objects.requireNonNull(scale, "scale"), options, threads);
  }

  /**
   * A copy that collects bad rows and goes on: they are left out of the values and listed in the
   * result.
   *
   * @return the lenient reader
   */
  public EncounterReader lenient() {
    return new EncounterReader(journey, ratingScale, options.withLenient(true), threads);
  }

  /**
   * A copy that throws a {@link DataFileException} at the first bad row (the default).
   *
   * @return the strict reader
   */
  public EncounterReader strict() {
    return new EncounterReader(journey, ratingScale, options.withLenient(false), threads);
  }

  /**
   * A copy that decodes files and streams in another encoding, for legacy exports (GB18030,
   * windows-1252, ...). A byte sequence that is not valid in it fails the read with its line; a
   * byte-order mark at the start is skipped.
   *
   * @param encoding the charset, UTF-8 by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code encoding} is null
   */
  public EncounterReader withEncoding(Charset encoding) {
    return new EncounterReader(journey, ratingScale, options.withEncoding(encoding), threads);
  }

  /**
   * A copy with other size limits (rows, field length, bytes, errors kept).
   *
   * @param limits the limits, {@link ReadLimits#DEFAULT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code limits} is null
   */
  public EncounterReader withLimits(ReadLimits limits) {
    return new EncounterReader(journey, ratingScale, options.withLimits(limits), threads);
  }

  /**
   * A copy that reads a file into an encounter log ({@link #readLog(Path)}) on up to {@code threads}
   * threads. The result is the same whatever the number: chunks of the file are merged in file
   * order.
   *
   * @param threads the most threads of one read, at least 1; by default the processors of the
   *     machine
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code threads} is below 1
   * @since 0.3.0
   */
  public EncounterReader withThreads(int threads) {
    Preconditions.check(threads >= 1, "threads", "at least 1", threads);
    return new EncounterReader(journey, ratingScale, options, threads);
  }

  /**
   * The most threads of a file read into an encounter log.
   *
   * @return at least 1; the machine's processors by default
   * @since 0.3.0
   */
  public int threads() {
    return threads;
  }

  /**
   * Reads a file into a columnar {@link EncounterLog}: the same rows, errors, counts, limits and
   * exceptions as {@link #read(Path)}, without an {@link Encounter} object per row. A UTF-8 file
   * (the default encoding) whose fields are not quoted is parsed from its bytes straight into the
   * log's columns, in chunks on up to {@link #threads()} threads; any other file (another
   * encoding, quoted fields, a workbook chosen by its extension) is read row by row as {@link
   * #read(Path)} reads it and then stored in the log. An encounter whose time the log cannot hold
   * (before 1677-09-21 or after 2262-04-11, see {@link EncounterLog#MIN_INSTANT}) is a row error
   * of the {@code time} column.
   *
   * <pre>{@code
   * EncounterLogReadResult read = EncounterReader.withDefaults().lenient().readLog(Path.of("encounters.csv"));
   * EncounterLog log = read.log();
   * }</pre>
   *
   * @param file the CSV file, or a file in a format a module on the path provides
   * @return the log of the good rows, the errors and the counts
   * @throws DataFileException naming the file, as {@link #read(Path)}
   * @throws IOException if the file cannot be read, or is a spreadsheet that no module on the path
   *     reads
   * @since 0.3.0
   */
  public EncounterLogReadResult readLog(Path file) throws IOException {
    Optional<RowSource> other = FileSources.of(file);
    if (other.isPresent()) {
      return readLog(other.get());
    }
    return LogReading.read(this, file, threads, LogReading.CHUNK);
  }

  /** The fast path with another chunk size, for tests of the chunk boundaries. */
  EncounterLogReadResult readLog(Path file, int chunkBytes) throws IOException {
    return LogReading.read(this, file, threads, chunkBytes);
  }

  /**
   * Reads bytes in the reader's encoding into an encounter log, row by row (the stream is not
   * closed); as {@link #readLog(Path)} otherwise.
   *
   * @param in the CSV bytes
   * @param sourceName the name the errors give the input
   * @return the log of the good rows, the errors and the counts
   * @throws DataFileException naming {@code sourceName}, as {@link #read(Path)}
   * @throws IOException if the stream fails
   * @since 0.3.0
   */
  public EncounterLogReadResult readLog(InputStream in, String sourceName) throws IOException {
    return log(CsvFrame.read(in, sourceName, options, COLUMNS, this::parseForLog));
  }

  /**
   * Reads text into an encounter log, row by row (the reader is not closed); as {@link
   * #readLog(Path)} otherwise.
   *
   * @param reader the CSV text
   * @param sourceName the name the errors give the input
   * @return the log of the good rows, the errors and the counts
   * @throws DataFileException naming {@code sourceName}, as {@link #read(Path)}
   * @throws IOException if the reader fails
   * @since 0.3.0
   */
  public EncounterLogReadResult readLog(Reader reader, String sourceName) throws IOException {
    return log(CsvFrame.read(reader, sourceName, options, COLUMNS, this::parseForLog));
  }

  /**
   * Reads the rows of another tabular source into an encounter log, row by row; as {@link
   * #readLog(Path)} otherwise.
   *
   * @param source the rows, the header first
   * @return the log of the good rows, the errors and the counts
   * @throws DataFileException naming the source, as {@link #read(RowSource)}
   * @throws IOException if the source cannot be read
   * @since 0.3.0
   */
  public EncounterLogReadResult readLog(RowSource source) throws IOException {
    return log(CsvFrame.read(source, options, COLUMNS, this::parseForLog));
  }

  /** The reference path of {@link #readLog(Path)}: the file row by row, encounters the log can hold. */
  ReadResult<Encounter> readForLog(Path file) throws IOException {
    return CsvFrame.read(file, options, COLUMNS, this::parseForLog);
  }

  private static EncounterLogReadResult log(ReadResult<Encounter> r) {
    return new EncounterLogReadResult(EncounterLog.of(r.values()), r.errors(), r.rows(), r.badRows(), r.errorCount());
  }

  /** {@link #parse}, and a row error for a time an encounter log cannot hold. */
  @Nullable Encounter parseForLog(CsvFrame.Row row) {
    Encounter e = parse(row);
    if (e == null) {
      return null;
    }
    Instant t = e.occurredAt();
    if (t.isBefore(EncounterLog.MIN_INSTANT) || t.isAfter(EncounterLog.MAX_INSTANT)) {
      row.error("time", row.cell("time"), "must be between " + EncounterLog.MIN_INSTANT + " and "
          + EncounterLog.MAX_INSTANT + " to be held in an encounter log (nanoseconds in a long)");
      return null;
    }
    return e;
  }

  /**
   * The journey map touchpoint ids are checked against, if any.
   *
   * @return the map, or empty
   */
  public Optional<CustomerJourney> journey() {
    return journey;
  }

  /**
   * The scale of the ABC ratings.
   *
   * @return the scale, 1..7 by default
   */
  public RatingScale ratingScale() {
    return ratingScale;
  }

  @Override
  @Nullable Encounter parse(CsvFrame.Row row) {
    String customer = row.required("customer", "a customer id is required");
    String touchpoint = row.required("touchpoint", "a touchpoint id is required");
    if (!touchpoint.isEmpty() && journey.isPresent() && journey.get().touchpoint(touchpoint).isEmpty()) {
      CustomerJourney map = journey.get();
      row.error(
          "touchpoint", touchpoint,
          "not a touchpoint of journey '" + map.name() + "'; known are "
              + String.join(", ", map.touchpoints().stream().map(Touchpoint::id).toList()));
    }
    Instant time = row.time("time");
    Encounter.Builder b = Encounter.builder();
    String staff = row.cell("staff");
    if (!staff.isEmpty()) {
      b.staffId(staff);
    }
    ratings(row, b);
    String level = row.cell("level");
    if (!level.isEmpty()) {
      try {
        // the common numeric case without ScorecardLevel.parse's regular expression
        b.level(INTEGER.matcher(level).matches()
            ? ScorecardLevel.of(Integer.parseInt(level))
            : ScorecardLevel.parse(level));
      } catch (IllegalArgumentException e) {
        row.error("level", level, "must be a scorecard level -3..+3 or a name such as DELIGHTS");
      }
    }
    String seconds = row.cell("seconds");
    if (!seconds.isEmpty()) {
      double s = CsvFrame.number(seconds);
      if (!(s >= 0 && s <= 1e9)) {
        row.error("seconds", seconds, "must be a number of seconds in [0, 1e9]");
      } else {
        b.duration(Duration.ofMillis(Math.round(s * 1000)));
      }
    }
    String note = row.cell("note");
    if (!note.isEmpty()) {
      b.note(note);
    }
    if (!row.ok() || time == null) {
      return null;
    }
    try {
      return b.customerId(customer).touchpointId(touchpoint).occurredAt(time).build();
    } catch (IllegalArgumentException e) {
      row.error("", "", e.getMessage() == null ? "invalid encounter" : e.getMessage());
      return null;
    }
  }

  private void ratings(CsvFrame.Row row, Encounter.Builder b) {
    double[] v = new double[3];
    int given = 0;
    for (int i = 0; i < 3; i++) {
      String cell = row.cell(RATINGS[i]);
      if (cell.isEmpty()) {
        continue;
      }
      given++;
      v[i] = CsvFrame.number(cell);
      if (!ratingScale.contains(v[i])) {
        row.error(RATINGS[i], cell, "must be a rating on the scale " + ratingScale);
      }
    }
    if (given != 0 && given != 3) {
      row.error("appearance/behaviour/communication", "", "give all three ABC ratings or none");
    } else if (given == 3 && row.ok()) {
      b.ratings(AbcRatings.of(ratingScale, v[0], v[1], v[2]));
    }
  }

  /**
   * For example {@code EncounterReader[journey 'Retail counter', ratings 1..7, strict, UTF-8]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "EncounterReader[" + journey.map(j -> "journey '" + j.name() + "'").orElse("any touchpoint")
        + ", ratings " + ratingScale + ", " + options + "]";
  }
}
