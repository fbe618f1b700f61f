package io.github.mot.servqual.io;

import io.github.mot.core.internal.Preconditions;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.LimitedInput;
import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.internal.StrictDecodingReader;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import io.github.mot.core.io.RowSource;
import io.github.mot.core.internal.FileSources;
import io.github.mot.core.internal.Rows;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.PointsPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads survey answers from a wide CSV file, one respondent a row. A UTF-8 file ({@link
 * #read(Path)}) is parsed from its bytes straight into the survey data's columns, in chunks on up
 * to {@link #threads()} threads; streams, readers and files the fast path cannot read faithfully
 * (quotes, another encoding) are streamed record by record with FastCSV. Both give the same data,
 * errors and counts, and neither holds the file in memory as a whole.
 *
 * <p>Columns (header row required, comma-separated, UTF-8 unless {@link #withEncoding(Charset)} says
 * otherwise, order free), unless a {@link ColumnMapping} maps the columns of a survey tool's export:
 *
 * <ul>
 *   <li>{@code respondent}: the respondent id (required, not blank);
 *   <li>{@code E1..En}, {@code P1..Pn}, {@code A1..An}, {@code D1..Dn}: integer answers of item 1
 *       to n on the instrument's scale; P is required, E, A and D optional, but a kind present must
 *       have every item; a blank cell is a missing answer;
 *   <li>{@code W_<DIMENSION>} (upper case, e.g. {@code W_RELIABILITY}): importance points, one
 *       column per instrument dimension or none; a row gives all or none;
 *   <li>any other column: an attribute (segment, branch, date...); blank means none.
 * </ul>
 *
 * <p>Every bad row is reported as a {@link RowError} with its line number, column and value: a
 * non-integer or off-scale answer, a wrong number of fields, a blank id, bad points, or points that
 * do not sum to 100 under {@link PointsPolicy#REJECT}. In strict mode (the default) the first one
 * throws a {@link DataFileException}; in lenient mode bad rows are left out and reported, and
 * reading goes on. A bad header always throws, and so do bytes that are not valid in the encoding
 * (with the line number; characters are never silently replaced).
 *
 * <p>Size limits protect a host from hostile or runaway files: the library's shared {@link
 * ReadLimits#DEFAULT} ({@value ReadLimits#DEFAULT_MAX_ROWS} data rows, fields of {@value
 * ReadLimits#DEFAULT_MAX_FIELD_LENGTH} characters, {@value ReadLimits#DEFAULT_MAX_BYTES} bytes,
 * {@value ReadLimits#DEFAULT_MAX_ERRORS} errors kept) unless {@link #withLimits(ReadLimits)} (or
 * {@link #withMaxRows(long)}, {@link #withMaxFieldLength(int)}, {@link #withMaxBytes(long)}, {@link
 * #withMaxErrors(int)}) says otherwise. A file over a limit is refused with a {@link
 * DataFileException} naming the line, in lenient mode too.
 *
 * <p>A row whose every answer cell is empty is a blank respondent: it is left out of the data and
 * listed in {@link SurveyReadResult#blankRespondents()}, neither an error nor a respondent with zeros.
 * A row whose every cell is empty is an empty line and skipped. Perception-only (SERVPERF) files,
 * with P columns alone, are read as they are.
 *
 * <pre>{@code
 * SurveyReadResult read = SurveyReader.of(Instrument.standard()).lenient().read(Path.of("survey.csv"));
 * GapReport report = GapAnalysis.withDefaults().analyze(read.data());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; configure by copying.
 *
 * @since 0.1.0
 */
public final class SurveyReader {

  private static final Pattern ANSWER_COLUMN = Pattern.compile("([EPAD])([0-9]{1,6})");
  // Unambiguous (no two ways to split a run of digits), so matching is linear: the former
  // [0-9]+\\.?[0-9]* backtracked quadratically on a long run of digits followed by a bad char.
  private static final Pattern POINTS = Pattern.compile("\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
  private static final String RESPONDENT = "respondent";

  private final Instrument instrument;
  private final boolean lenient;
  private final PointsPolicy pointsPolicy;
  private final Optional<ColumnMapping> mapping;
  private final Charset encoding;
  private final ReadLimits limits;
  private final int threads;

  private SurveyReader(Instrument instrument, boolean lenient, PointsPolicy pointsPolicy,
      Optional<ColumnMapping> mapping, Charset encoding, ReadLimits limits, int threads) {
    this.instrument = instrument;
    this.lenient = lenient;
    this.pointsPolicy = pointsPolicy;
    this.mapping = mapping;
    this.encoding = encoding;
    this.limits = limits;
    this.threads = threads;
  }

  /**
   * A strict reader for the instrument that rejects points not summing to 100, with the default
   * limits ({@link ReadLimits#DEFAULT}).
   *
   * @param instrument the questionnaire of the file
   * @return the reader
   * @throws NullPointerException if {@code instrument} is null
   */
  public static SurveyReader of(Instrument instrument) {
    return new SurveyReader(Objects.requireNonNull(instrument, "instrument"), false, PointsPolicy.REJECT,
        Optional.empty(), StandardCharsets.UTF_8, ReadLimits.DEFAULT, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A copy that collects bad rows and goes on.
   *
   * @return the lenient reader
   */
  public SurveyReader lenient() {
    return new SurveyReader(instrument, true, pointsPolicy, mapping, encoding, limits, threads);
  }

  /**
   * A copy that throws at the first bad row (the default).
   *
   * @return the strict reader
   */
  public SurveyReader strict() {
    return new SurveyReader(instrument, false, pointsPolicy, mapping, encoding, limits, threads);
  }

  /**
   * A copy with another points policy.
   *
   * @param policy rescale points to 100 (and list the respondents) or reject the row
   * @return the reconfigured reader
   * @throws NullPointerException if {@code policy} is null
   */
  public SurveyReader withPointsPolicy(PointsPolicy policy) {
    return new SurveyReader(instrument, lenient, Objects.requireNonNull(policy, "policy"), mapping,
        encoding, limits, threads);
  }

  /**
   * A copy with other size limits: the same for every reader of the library, so one {@link
   * ReadLimits} configures them all.
   *
   * @param limits the limits, {@link ReadLimits#DEFAULT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code limits} is null
   * @since 0.2.0
   */
  public SurveyReader withLimits(ReadLimits limits) {
    return new SurveyReader(instrument, lenient, pointsPolicy, mapping, encoding,
        Objects.requireNonNull(limits, "limits"), threads);
  }

  /**
   * The size limits of a read.
   *
   * @return the limits, {@link ReadLimits#DEFAULT} unless changed
   * @since 0.2.0
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * A copy that keeps at most {@code max} errors in lenient mode (all are still counted): {@code
   * withLimits(limits().withMaxErrors(max))}.
   *
   * @param max the most errors to keep, {@code >= 1}; {@value ReadLimits#DEFAULT_MAX_ERRORS} by
   *     default
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public SurveyReader withMaxErrors(int max) {
    return withLimits(limits.withMaxErrors(max));
  }

  /**
   * A copy that refuses a file with more than {@code max} data rows (empty lines not counted): the
   * read stops at the first row over the limit with a {@link DataFileException} naming its line.
   * The rows read are kept in memory, so this bounds the memory of a read. {@code
   * withLimits(limits().withMaxRows(max))}.
   *
   * @param max the most data rows, {@code >= 1}; {@value ReadLimits#DEFAULT_MAX_ROWS} by default
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code max < 1}
   * @since 0.2.0
   */
  public SurveyReader withMaxRows(long max) {
    return withLimits(limits.withMaxRows(max));
  }

  /**
   * A copy that refuses a file with a field (a cell or a column name) longer than {@code max}
   * characters, with a {@link DataFileException} naming its line and column: {@code
   * withLimits(limits().withMaxFieldLength(max))}. Whatever the limit, FastCSV refuses a field of
   * more than 16,777,216 characters and a record of more than 16,384 fields.
   *
   * @param max the longest field in characters, {@code >= 1}; {@value
   *     ReadLimits#DEFAULT_MAX_FIELD_LENGTH} by default
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code max < 1}
   * @since 0.2.0
   */
  public SurveyReader withMaxFieldLength(int max) {
    return withLimits(limits.withMaxFieldLength(max));
  }

  /**
   * A copy that refuses an input larger than {@code max} bytes (a file or a stream) or characters
   * (a reader), with a {@link DataFileException} naming the line reached: {@code
   * withLimits(limits().withMaxBytes(max))}. Nothing beyond the limit is read.
   *
   * @param max the largest input, {@code >= 1}; {@value ReadLimits#DEFAULT_MAX_BYTES} by default
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code max < 1}
   * @since 0.2.0
   */
  public SurveyReader withMaxBytes(long max) {
    return withLimits(limits.withMaxBytes(max));
  }

  /**
   * The most data rows a read accepts: {@code limits().maxRows()}.
   *
   * @return the limit
   * @since 0.2.0
   */
  public long maxRows() {
    return limits.maxRows();
  }

  /**
   * The longest field a read accepts, in characters: {@code limits().maxFieldLength()}.
   *
   * @return the limit
   * @since 0.2.0
   */
  public int maxFieldLength() {
    return limits.maxFieldLength();
  }

  /**
   * The largest input a read accepts, bytes of a file or stream, characters of a reader: {@code
   * limits().maxBytes()}.
   *
   * @return the limit
   * @since 0.2.0
   */
  public long maxBytes() {
    return limits.maxBytes();
  }

  /**
   * A copy that reads the columns through a mapping instead of the {@code respondent}, {@code E1},
   * {@code P1}... naming: a survey tool's export as it is.
   *
   * @param mapping the column mapping; its items must be the instrument's
   * @return the reconfigured reader
   * @throws IllegalArgumentException if the mapping names an item beyond the instrument, gives an
   *     item another dimension or reverse coding than the instrument, or points of a dimension the
   *     instrument lacks
   * @throws NullPointerException if {@code mapping} is null
   * @since 0.2.0
   */
  public SurveyReader withMapping(ColumnMapping mapping) {
    Objects.requireNonNull(mapping, "mapping").check(instrument);
    return new SurveyReader(instrument, lenient, pointsPolicy, Optional.of(mapping), encoding, limits, threads);
  }

  /**
   * A copy that reads the columns by their standard names ({@code respondent}, {@code E1}...), the
   * default.
   *
   * @return the reconfigured reader
   * @since 0.2.0
   */
  public SurveyReader withoutMapping() {
    return new SurveyReader(instrument, lenient, pointsPolicy, Optional.empty(), encoding, limits, threads);
  }

  /**
   * A copy that decodes files and streams in another encoding, for legacy exports: GB18030 or GBK
   * (Excel on Chinese Windows), x-windows-949 or EUC-KR (Korean), windows-1252 (Western Europe).
   * {@link #encoding(String)} turns a name such as {@code cp949} into the charset meant. A byte
   * sequence that is not valid in the encoding fails the read with its line number. A byte-order
   * mark at the start is skipped in any encoding.
   *
   * @param encoding the charset, UTF-8 by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code encoding} is null
   * @since 0.2.0
   */
  public SurveyReader withEncoding(Charset encoding) {
    return new SurveyReader(instrument, lenient, pointsPolicy, mapping,
        Objects.requireNonNull(encoding, "encoding"), limits, threads);
  }

  /**
   * A copy that reads a CSV file ({@link #read(Path)}) on up to {@code threads} threads. The result
   * is the same whatever the number: chunks of the file are parsed in parallel and merged in file
   * order. Streams, readers and other sources are read on the calling thread.
   *
   * @param threads the most threads of one read, at least 1; by default the processors of the
   *     machine
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code threads} is below 1
   * @since 0.3.0
   */
  public SurveyReader withThreads(int threads) {
    Preconditions.check(threads >= 1, "threads", "at least 1", threads);
    return new SurveyReader(instrument, lenient, pointsPolicy, mapping, encoding, limits, threads);
  }

  /**
   * The most threads of a CSV file read.
   *
   * @return the threads, at least 1
   * @since 0.3.0
   */
  public int threads() {
    return threads;
  }

  /**
   * Whether the reader collects bad rows and goes on ({@link #lenient()}) rather than throwing at
   * the first.
   *
   * @return true for a lenient reader
   * @since 0.3.0
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * The points policy of a read.
   *
   * @return the policy, {@link PointsPolicy#REJECT} unless changed
   * @since 0.3.0
   */
  public PointsPolicy pointsPolicy() {
    return pointsPolicy;
  }

  /**
   * The charset for an encoding name as survey users write it: any Java charset name or alias, and
   * {@code cp949}/{@code ms949} as Microsoft's code page 949 ({@code x-windows-949}, what Excel and
   * Python call cp949; Java's own {@code cp949} alias is IBM's different {@code x-IBM949}), {@code
   * utf-8-sig} as UTF-8.
   *
   * @param name the encoding name, case-insensitive
   * @return the charset
   * @throws IllegalArgumentException if the name is not a supported charset
   * @since 0.2.0
   */
  public static Charset encoding(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "cp949":
      case "ms949":
      case "windows-949":
      case "uhc":
        return Charset.forName("x-windows-949");
      case "utf-8-sig":
      case "utf8-sig":
        return StandardCharsets.UTF_8;
      default:
        try {
          return Charset.forName(n);
        } catch (IllegalArgumentException e) {
          IllegalArgumentException bad = Preconditions.invalid("encoding",
              "a supported charset such as UTF-8, GB18030, GBK, cp949, EUC-KR or windows-1252", name);
          bad.initCause(e);
          throw bad;
        }
    }
  }

  /**
   * The instrument the reader reads answers for.
   *
   * @return the instrument
   * @since 0.2.0
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The column mapping, if any.
   *
   * @return the mapping, empty for the standard column names
   * @since 0.2.0
   */
  public Optional<ColumnMapping> mapping() {
    return mapping;
  }

  /**
   * The encoding of files and streams.
   *
   * @return the charset, UTF-8 by default
   * @since 0.2.0
   */
  public Charset encoding() {
    return encoding;
  }

  /**
   * Reads a file: CSV in the reader's encoding (UTF-8 by default; a byte-order mark is skipped), or
   * another format chosen by the file's extension (an {@code .xlsx} workbook's first sheet, with
   * mot-xlsx on the path; see {@link RowSource}).
   *
   * <p>A UTF-8 CSV file is parsed from its bytes straight into the data's columns, in chunks on up
   * to {@link #threads()} threads, with no object per respondent and no {@code String} per answer;
   * a row the fast path does not judge itself (a bad cell, a blank respondent, decimal points...)
   * and a file it cannot read faithfully (quotes, another encoding, a limit passed, a bad row in
   * strict mode) go through the reference reader, so the data, the errors, their lines and the
   * counts are exactly those of {@link #read(InputStream)}, whatever the number of threads.
   *
   * @param file the CSV file, or a file in a format a module on the path provides
   * @return the data and the errors
   * @throws DataFileException naming the file, if the header is bad, the file is not valid in the
   *     encoding (with the line), a limit is passed, or in strict mode at the first bad row
   * @throws IOException if the file cannot be read, or is a spreadsheet that no module on the path
   *     reads (the message names the module to add)
   */
  public SurveyReadResult read(Path file) throws IOException {
    Optional<RowSource> other = FileSources.of(file);
    if (other.isPresent()) {
      return read(other.get());
    }
    return read(file, SurveyReading.CHUNK);
  }

  /** A CSV file on the fast path with chunks of {@code chunkBytes} (tests try small ones), else the reference path. */
  SurveyReadResult read(Path file, int chunkBytes) throws IOException {
    @Nullable SurveyReadResult fast = SurveyReading.fast(this, file, threads, chunkBytes);
    return fast != null ? fast : reference(file);
  }

  /** The reference path of a file: FastCSV over the decoded stream, a response per row. */
  SurveyReadResult reference(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (DataFileException e) {
      throw ReadErrors.named(e, file.toString());
    }
  }

  /**
   * Reads a byte stream in the reader's encoding (a byte-order mark is skipped); the stream is not
   * closed.
   *
   * @param in the CSV bytes
   * @return the data and the errors
   * @throws DataFileException if the header is bad, the bytes are not valid in the encoding (with
   *     the line), or in strict mode at the first bad row
   * @throws IOException if the stream fails
   * @since 0.2.0
   */
  public SurveyReadResult read(InputStream in) throws IOException {
    InputStream limited = LimitedInput.of(Objects.requireNonNull(in, "in"), limits.maxBytes());
    return read(builder().ofCsvRecord(new StrictDecodingReader(limited, encoding)), false);
  }

  /**
   * Reads CSV text from a reader; the reader is not closed.
   *
   * @param reader the CSV text
   * @return the data and the errors
   * @throws DataFileException if the header is bad, or in strict mode at the first bad row
   * @throws IOException if the reader fails
   */
  public SurveyReadResult read(Reader reader) throws IOException {
    return read(builder().ofCsvRecord(LimitedInput.of(Objects.requireNonNull(reader, "reader"), limits.maxBytes())),
        true);
  }

  /**
   * Reads the rows of another tabular source, such as a sheet of an {@code .xlsx} workbook
   * (mot-xlsx's {@code XlsxSource}) or rows in memory ({@link RowSource#of}): the same checks,
   * mapping, blank-respondent report and errors as CSV; the lines the errors name are the source's
   * row numbers, the source's name is the file they name. The header is the first non-blank row
   * that has the columns the reader needs (the mapping's, or {@code respondent} and {@code
   * P1..Pn}): title rows above it are skipped (at most {@value #MAX_TITLE_ROWS}; when no row has
   * them, the first non-blank row is the header and its errors say what is missing). A row with
   * fewer cells than the header is padded with empty cells. The encoding does not apply.
   *
   * @param source the rows, the header first
   * @return the data and the errors
   * @throws DataFileException naming the source, if there is no header, the header is bad, a limit
   *     is passed, or in strict mode at the first bad row
   * @throws IOException if the source cannot be read
   * @since 0.3.0
   */
  public SurveyReadResult read(RowSource source) throws IOException {
    Objects.requireNonNull(source, "source");
    Run run = new Run();
    long[] lastLine = {0};
    TitleRows above = new TitleRows();
    try {
      source.read(limits, (line, cells) -> {
        lastLine[0] = line;
        String[] h = run.header;
        if (h == null) {
          if (!Rows.blank(cells)) { // blank rows above the header
            above.row(run, cells.toArray(new String[0]), line);
          }
        } else {
          run.row(Rows.fit(cells, h.length).toArray(new String[0]), line);
        }
      });
      above.end(run);
      return run.finish(lastLine[0]);
    } catch (DataFileException e) {
      throw ReadErrors.named(e, source.name());
    }
  }

  /**
   * The most rows above the header of a sheet that {@link #read(RowSource)} skips as titles: {@value}.
   */
  static final int MAX_TITLE_ROWS = 20;

  /**
   * The search for a sheet's header: the first non-blank row that has the columns the reader needs
   * (the mapping's, or {@code respondent} and {@code P1..Pn}); title rows above it are skipped. When
   * none of the first {@value #MAX_TITLE_ROWS} non-blank rows has them, the first is taken as the
   * header, whose errors (with the nearest headers) say what is missing. Mutable, single-threaded.
   */
  private final class TitleRows {
    private String @Nullable [] first;
    private long firstLine;
    private int seen;

    void row(Run run, String[] cells, long line) throws DataFileException {
      if (first == null) {
        first = cells;
        firstLine = line;
      }
      if (fits(cells, line)) {
        run.header(cells, line);
      } else if (++seen >= MAX_TITLE_ROWS) {
        run.header(Objects.requireNonNull(first), firstLine); // throws: the first row's errors
      }
    }

    /** At the end of the rows: without a header found, the first non-blank row's errors. */
    void end(Run run) throws DataFileException {
      String[] f = first;
      if (run.header == null && f != null) {
        run.header(f, firstLine);
      }
    }

    private boolean fits(String[] cells, long line) {
      try {
        new Run().header(cells, line);
        return true;
      } catch (DataFileException e) {
        return false;
      }
    }
  }

  private static CsvReader.CsvReaderBuilder builder() {
    return CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true);
  }

  private SurveyReadResult read(CsvReader<CsvRecord> csv, boolean characters) throws IOException {
    Run run = new Run();
    long lastLine = 0;
    try {
      Iterator<CsvRecord> it = csv.iterator();
      while (it.hasNext()) {
        CsvRecord rec = it.next();
        lastLine = rec.getStartingLineNumber();
        String[] fields = rec.getFields().toArray(new String[0]);
        if (run.header == null) {
          run.header(fields, lastLine);
        } else {
          run.row(fields, lastLine);
        }
      }
    } catch (CsvParseException e) {
      throw ReadErrors.malformedCsv(lastLine + 1, String.valueOf(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw ReadErrors.unwrap(e, lastLine + 1, limits, characters);
    }
    return run.finish(lastLine);
  }

  /** A new read's state, for the fast path: its header, its reference rows. */
  Run run() {
    return new Run();
  }

  /** The state of one read. Mutable, single-threaded. */
  final class Run {
    String @Nullable [] header;
    int idColumn = -1;
    /** per kind: item index -> column index. */
    final EnumMap<AnswerKind, int[]> answerColumns = new EnumMap<>(AnswerKind.class);
    /** every answer column, for the blank-respondent check. */
    int[] allAnswerColumns = new int[0];
    /** per instrument dimension: column index (or -1 if no points). */
    int[] pointColumns = new int[0];
    final List<int[]> attributeColumns = new ArrayList<>();
    final List<String> attributeNames = new ArrayList<>();
    final SurveyData.Builder data = SurveyData.builder(instrument).pointsPolicy(pointsPolicy);
    final List<RowError> errors = new ArrayList<>();
    final List<RowError> rowErrors = new ArrayList<>();
    final List<BlankRespondent> blanks = new ArrayList<>();
    long rows;
    long badRows;
    long blankRows;
    long errorCount;

    SurveyReadResult finish(long lastLine) throws DataFileException {
      if (header == null) {
        throw ReadErrors.empty(lastLine);
      }
      return new SurveyReadResult(data.build(), errors, rows, badRows, errorCount, blanks, blankRows);
    }

    void header(String[] fields, long line) throws DataFileException {
      checkLengths(fields, null, line);
      int n = fields.length;
      String[] h = new String[n];
      for (int c = 0; c < n; c++) {
        String name = fields[c].strip();
        if (c == 0 && name.startsWith("\uFEFF")) {
          name = name.substring(1).strip();
        }
        h[c] = name;
      }
      List<RowError> bad = new ArrayList<>();
      int items = instrument.size();
      List<Dimension> dims = instrument.dimensions();
      int[] wcols = new int[dims.size()];
      Arrays.fill(wcols, -1);
      boolean anyW;
      Optional<ColumnMapping> m = mapping;
      if (m.isPresent()) {
        anyW = mapped(m.get(), h, line, wcols, bad);
      } else {
        anyW = named(h, line, wcols, bad);
      }
      if (m.isEmpty() && idColumn < 0) {
        bad.add(new RowError(line, RESPONDENT, "", "a 'respondent' column is required"));
      }
      if (!answerColumns.containsKey(AnswerKind.PERCEPTION)) {
        bad.add(new RowError(line, "P1..P" + items, "", "perception columns P1..P" + items + " are required"));
      }
      answerColumns.forEach((k, cols) -> {
        for (int i = 0; i < items; i++) {
          if (cols[i] < 0) {
            bad.add(new RowError(line, "" + k.columnPrefix() + (i + 1), "", "column is missing: a kind present needs "
                + k.columnPrefix() + "1.." + k.columnPrefix() + items));
          }
        }
      });
      if (anyW) {
        for (int d = 0; d < dims.size(); d++) {
          if (wcols[d] < 0) {
            bad.add(new RowError(line, "W_" + dims.get(d).name(), "",
                "importance columns must cover every dimension " + dims + " or none"));
          }
        }
        pointColumns = wcols;
      }
      if (!bad.isEmpty()) {
        throw new DataFileException(bad);
      }
      header = h;
      allAnswerColumns = answerColumns.values().stream().flatMapToInt(Arrays::stream).toArray();
      data.kinds(answerColumns.keySet().toArray(new AnswerKind[0]));
      data.attributes(attributeNames.toArray(new String[0]));
    }

    private int[] kindColumns(AnswerKind kind) {
      return answerColumns.computeIfAbsent(kind, k -> {
        int[] a = new int[instrument.size()];
        Arrays.fill(a, -1);
        return a;
      });
    }

    /** The standard naming: respondent, E1.., P1.., A1.., D1.., W_DIM, attributes. Returns whether W_ columns exist. */
    private boolean named(String[] h, long line, int[] wcols, List<RowError> bad) {
      Set<String> seen = new HashSet<>();
      int items = instrument.size();
      List<Dimension> dims = instrument.dimensions();
      boolean anyW = false;
      for (int c = 0; c < h.length; c++) {
        String name = h[c];
        if (!seen.add(name)) {
          bad.add(new RowError(line, name, name, "duplicate column"));
          continue;
        }
        Matcher mt = ANSWER_COLUMN.matcher(name);
        if (name.equalsIgnoreCase(RESPONDENT)) {
          idColumn = c;
        } else if (mt.matches()) {
          int item = Integer.parseInt(mt.group(2));
          if (item < 1 || item > items) {
            bad.add(new RowError(line, name, name, "item number must be in [1, " + items + "] for instrument "
                + instrument.name()));
            continue;
          }
          kindColumns(AnswerKind.ofColumnPrefix(mt.group(1).charAt(0)))[item - 1] = c;
        } else if (name.startsWith("W_")) {
          anyW = true;
          int d;
          try {
            d = dims.indexOf(Dimension.of(name.substring(2)));
          } catch (IllegalArgumentException e) {
            d = -1;
          }
          if (d < 0) {
            bad.add(new RowError(line, name, name, "importance column must name a dimension of the instrument "
                + dims + " in upper case"));
          } else {
            wcols[d] = c;
          }
        } else if (name.isEmpty()) {
          bad.add(new RowError(line, "#" + (c + 1), "", "column name must not be blank"));
        } else {
          attributeColumns.add(new int[] {c});
          attributeNames.add(name);
        }
      }
      return anyW;
    }

    /** The columns a mapping names; the others are ignored. Returns whether points are mapped. */
    private boolean mapped(ColumnMapping m, String[] h, long line, int[] wcols, List<RowError> bad) {
      Optional<String> id = m.respondentSource();
      if (id.isPresent()) {
        OptionalInt c = ColumnMapping.resolve(id.get(), h, line, bad);
        if (c.isPresent()) {
          idColumn = c.getAsInt();
        }
      }
      for (ColumnMapping.Answer a : m.answers()) {
        OptionalInt c = ColumnMapping.resolve(a.source(), h, line, bad);
        if (c.isPresent()) {
          kindColumns(a.kind())[a.item() - 1] = c.getAsInt();
        }
      }
      List<Dimension> dims = instrument.dimensions();
      for (ColumnMapping.Points p : m.pointsColumns()) {
        OptionalInt c = ColumnMapping.resolve(p.source(), h, line, bad);
        if (c.isPresent()) {
          wcols[dims.indexOf(p.dimension())] = c.getAsInt();
        }
      }
      for (ColumnMapping.Attribute a : m.attributeColumns()) {
        OptionalInt c = ColumnMapping.resolve(a.source(), h, line, bad);
        if (c.isPresent()) {
          attributeColumns.add(new int[] {c.getAsInt()});
          attributeNames.add(a.name());
        }
      }
      return !m.pointsColumns().isEmpty();
    }

    void row(String[] f, long line) throws DataFileException {
      @Nullable Response response = parse(f, line);
      if (response == null) {
        return;
      }
      try {
        data.add(response);
      } catch (IllegalArgumentException ex) {
        // the checks above should have caught it; report rather than lose the row silently
        error(new RowError(line, "", "", String.valueOf(ex.getMessage())));
        finishBad();
      }
    }

    /**
     * The response of a data row, or null for an empty line, a blank respondent (listed) or a bad
     * row (its errors kept); counts the row.
     */
    @Nullable Response parse(String[] f, long line) throws DataFileException {
      boolean empty = true;
      for (String cell : f) {
        if (!cell.isBlank()) {
          empty = false;
          break;
        }
      }
      if (empty) {
        return null; // an empty line (or a spreadsheet row with nothing in it): not a respondent
      }
      rows++;
      if (rows > limits.maxRows()) {
        throw ReadErrors.tooManyRows(line, limits);
      }
      checkLengths(f, header, line);
      rowErrors.clear();
      int n = f.length;
      String[] h = Objects.requireNonNull(header);
      if (n != h.length) {
        String column = n < h.length ? h[n] : "(after " + h[h.length - 1] + ")";
        String value = n < h.length ? "" : f[h.length];
        error(new RowError(line, column, value, "row has " + n + " fields but the header has " + h.length));
        finishBad();
        return null;
      }
      String id = idColumn < 0 ? Long.toString(line) : f[idColumn].strip();
      boolean blank = true;
      for (int c : allAnswerColumns) {
        if (!f[c].isBlank()) {
          blank = false;
          break;
        }
      }
      if (blank) {
        blankRows++;
        if (blanks.size() < limits.maxErrors()) {
          blanks.add(new BlankRespondent(line, id));
        }
        return null;
      }
      if (id.isEmpty()) {
        error(new RowError(line, h[idColumn], "", "respondent id must not be blank"));
      }
      Response.Builder b = id.isEmpty() ? Response.builder("?") : Response.builder(id);
      RatingScale scale = instrument.scale();
      for (Map.Entry<AnswerKind, int[]> e : answerColumns.entrySet()) {
        int[] cols = e.getValue();
        int[] values = new int[cols.length];
        for (int i = 0; i < cols.length; i++) {
          String cell = f[cols[i]];
          values[i] = answer(cell, scale);
          if (values[i] == BAD_NUMBER) {
            error(new RowError(line, h[cols[i]], cell, "not an integer"));
          } else if (values[i] == OFF_SCALE) {
            error(new RowError(line, h[cols[i]], cell, "not on the scale " + scale));
          }
        }
        b.answers(e.getKey(), values);
      }
      if (pointColumns.length > 0) {
        points(f, line, b);
      }
      for (int a = 0; a < attributeColumns.size(); a++) {
        b.attribute(attributeNames.get(a), f[attributeColumns.get(a)[0]].strip());
      }
      if (!rowErrors.isEmpty()) {
        finishBad();
        return null;
      }
      return b.build();
    }

    private void points(String[] f, long line, Response.Builder b) throws DataFileException {
      String[] h = Objects.requireNonNull(header);
      List<Dimension> dims = instrument.dimensions();
      double[] pts = new double[dims.size()];
      int blank = 0;
      int firstBlank = -1;
      for (int d = 0; d < pts.length; d++) {
        String cell = f[pointColumns[d]].strip();
        if (cell.isEmpty()) {
          blank++;
          firstBlank = firstBlank < 0 ? d : firstBlank;
        } else if (!POINTS.matcher(cell).matches()) {
          error(new RowError(line, h[pointColumns[d]], cell, "importance points must be a number >= 0"));
          return;
        } else {
          pts[d] = Double.parseDouble(cell);
          if (Double.isInfinite(pts[d])) {
            // before: an infinite value reached Response.Builder.points, whose exception escaped
            error(new RowError(line, h[pointColumns[d]], cell, "importance points must be a finite number >= 0"));
            return;
          }
        }
      }
      if (blank == pts.length) {
        return;
      }
      if (blank > 0) {
        error(new RowError(line, h[pointColumns[firstBlank]], "",
            "importance points must be given for every dimension or none"));
        return;
      }
      double total = 0;
      for (double p : pts) {
        total += p;
      }
      if (!PointsPolicy.sumsTo100(total) && (pointsPolicy == PointsPolicy.REJECT || !(total > 0))) {
        error(new RowError(line, "W_*", format(total), "importance points must sum to 100 but sum to "
            + format(total) + (pointsPolicy == PointsPolicy.RESCALE ? " (a total of 0 cannot be rescaled)" : "")));
        return;
      }
      for (int d = 0; d < pts.length; d++) {
        b.points(dims.get(d), pts[d]);
      }
    }

    /** Refuses the file if a field is longer than the limit. */
    private void checkLengths(String[] f, String @Nullable [] h, long line) throws DataFileException {
      ReadErrors.checkFieldLengths(Arrays.asList(f), h == null ? List.of() : Arrays.asList(h), line, limits);
    }

    private void error(RowError e) throws DataFileException {
      if (!lenient) {
        throw new DataFileException(List.of(e));
      }
      rowErrors.add(e);
    }

    void finishBad() {
      badRows++;
      for (RowError e : rowErrors) {
        errorCount++;
        if (errors.size() < limits.maxErrors()) {
          errors.add(e);
        }
      }
    }
  }

  private static final int BAD_NUMBER = Integer.MIN_VALUE + 1;
  private static final int OFF_SCALE = Integer.MIN_VALUE + 2;

  /** Parses an answer cell: MISSING if blank, BAD_NUMBER if not an integer, OFF_SCALE if off the scale. */
  static int answer(String cell, RatingScale scale) {
    int n = cell.length();
    int i = 0;
    while (i < n && cell.charAt(i) == ' ') {
      i++;
    }
    while (n > i && cell.charAt(n - 1) == ' ') {
      n--;
    }
    if (i == n) {
      return Response.MISSING;
    }
    boolean negative = false;
    char c0 = cell.charAt(i);
    if (c0 == '+' || c0 == '-') {
      negative = c0 == '-';
      i++;
    }
    if (i == n || n - i > 9) {
      return BAD_NUMBER;
    }
    int v = 0;
    for (; i < n; i++) {
      char c = cell.charAt(i);
      if (c < '0' || c > '9') {
        return BAD_NUMBER;
      }
      v = v * 10 + (c - '0');
    }
    v = negative ? -v : v;
    return scale.contains(v) ? v : OFF_SCALE;
  }

  private static String format(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : String.format(Locale.ROOT, "%s", x);
  }

  /**
   * For example {@code SurveyReader[SERVQUAL 22, strict, points REJECT, UTF-8]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "SurveyReader[" + instrument.name() + ", " + (lenient ? "lenient" : "strict") + ", points "
        + pointsPolicy + ", " + encoding.name() + (mapping.isPresent() ? ", mapped columns" : "") + "]";
  }
}
