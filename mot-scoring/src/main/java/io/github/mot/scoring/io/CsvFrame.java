package io.github.mot.scoring.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.internal.LimitedInput;
import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.internal.StrictDecodingReader;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.core.io.RowSource;
import io.github.mot.core.internal.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The shared frame of the encounter, audit and checklist readers: a header row of named columns,
 * then one value per row; each row's cells are handed to a row parser that reports its errors with
 * the row's line number. Bytes are decoded strictly (a byte sequence not valid in the encoding is a
 * {@link DataFileException} with its line), the {@link ReadLimits} are enforced, and every {@link
 * DataFileException} names its source. A bad header or an empty file throws; in strict mode so does
 * the first bad row.
 */
final class CsvFrame {

  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private CsvFrame() {}

  /**
   * The columns a file may have.
   *
   * @param required the columns that must be present (lower case; the header's case is ignored)
   * @param optional the columns that may be present (lower case)
   * @param extra further columns that must be present, exact case, such as checklist item ids
   */
  record Columns(List<String> required, List<String> optional, Set<String> extra) {}

  /**
   * What every reader is configured with: the encoding of bytes, the limits and the mode.
   *
   * @param encoding the charset of files and streams
   * @param limits the size limits
   * @param lenient collect bad rows and go on (true) or throw at the first (false)
   */
  record Options(Charset encoding, ReadLimits limits, boolean lenient) {

    /** UTF-8, the default limits, strict. */
    static final Options DEFAULT = new Options(StandardCharsets.UTF_8, ReadLimits.DEFAULT, false);

    Options withEncoding(Charset charset) {
      return new Options(Objects.requireNonNull(charset, "encoding"), limits, lenient);
    }

    Options withLimits(ReadLimits l) {
      return new Options(encoding, Objects.requireNonNull(l, "limits"), lenient);
    }

    Options withLenient(boolean l) {
      return new Options(encoding, limits, l);
    }

    /** For the readers' toString: "strict, UTF-8". */
    @Override
    public String toString() {
      return (lenient ? "lenient" : "strict") + ", " + encoding.name();
    }
  }

  /** The cells of one data row, by column name. */
  static final class Row {
    private final long line;
    private final List<String> fields;
    private final Map<String, Integer> columns;
    private final List<RowError> errors = new ArrayList<>();

    Row(long line, List<String> fields, Map<String, Integer> columns) {
      this.line = line;
      this.fields = fields;
      this.columns = columns;
    }

    long line() {
      return line;
    }

    /** The stripped cell of a column, empty if the column is absent or the cell blank. */
    String cell(String column) {
      Integer c = columns.get(column);
      if (c == null || c >= fields.size()) {
        return "";
      }
      return fields.get(c).strip();
    }

    /** The stripped cell of a required column; a blank one is reported with {@code reason}. */
    String required(String column, String reason) {
      String c = cell(column);
      if (c.isEmpty()) {
        error(column, "", reason);
      }
      return c;
    }

    void error(String column, String value, String reason) {
      errors.add(new RowError(line(), column, value, reason));
    }

    boolean ok() {
      return errors.isEmpty();
    }

    /**
     * The instant of a required time column: ISO-8601 with an offset ({@code Z}, {@code +08:00}),
     * or without one, read as UTC. Reports a blank or bad cell and returns null.
     */
    @Nullable Instant time(String column) {
      String t = cell(column);
      if (t.isEmpty()) {
        error(column, "", "a time is required (ISO-8601, e.g. 2026-03-02T09:14:05Z)");
        return null;
      }
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e2) {
          error(column, t, "must be an ISO-8601 time such as 2026-03-02T09:14:05Z");
          return null;
        }
      }
    }
  }

  /** Parses one row; reports problems through {@link Row#error}; returns null on error. */
  @FunctionalInterface
  interface RowParser<T> {
    @Nullable T parse(Row row);
  }

  /** A decimal number in the ROOT format ({@code 12}, {@code -3}, {@code 12.5}, {@code .5}), NaN if the text is not one. */
  static double number(String text) {
    // Unambiguous, so linear: the former [0-9]+\\.?[0-9]* backtracked quadratically on a long run
    // of digits followed by another character (seconds in minutes for a 100,000-digit cell).
    if (!NUMBER.matcher(text).matches()) {
      return Double.NaN;
    }
    return Double.parseDouble(text);
  }

  /** Reads a file in the options' encoding; errors name the file as given. */
  static <T> ReadResult<T> read(Path file, Options options, Columns columns, RowParser<T> parser)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), options, columns, parser);
    }
  }

  /** Reads bytes in the options' encoding; the stream is not closed. */
  static <T> ReadResult<T> read(InputStream in, String source, Options options, Columns columns,
      RowParser<T> parser) throws IOException {
    InputStream limited = LimitedInput.of(Objects.requireNonNull(in, "in"), options.limits().maxBytes());
    return read(new StrictDecodingReader(limited, options.encoding()), false, source, options, columns, parser);
  }

  /** Reads text; the reader is not closed. */
  static <T> ReadResult<T> read(Reader in, String source, Options options, Columns columns, RowParser<T> parser)
      throws IOException {
    Reader limited = LimitedInput.of(Objects.requireNonNull(in, "reader"), options.limits().maxBytes());
    return read(limited, true, source, options, columns, parser);
  }

  /** Reads the rows of another source; errors name it. */
  static <T> ReadResult<T> read(RowSource source, Options options, Columns columns, RowParser<T> parser)
      throws IOException {
    Objects.requireNonNull(source, "source");
    Frame<T> frame = new Frame<>(options, columns, parser);
    try {
      source.read(options.limits(), (line, cells) -> frame.row(line, Rows.fit(cells, frame.width())));
      return frame.finish();
    } catch (DataFileException e) {
      throw ReadErrors.named(e, source.name());
    }
  }

  private static <T> ReadResult<T> read(Reader text, boolean characters, String source, Options options,
      Columns columns, RowParser<T> parser) throws IOException {
    Objects.requireNonNull(source, "source");
    try {
      Frame<T> frame = new Frame<>(options, columns, parser);
      long lastLine = 0;
      try (CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .skipEmptyLines(true)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .detectBomHeader(false)
              .ofCsvRecord(text)) {
        for (CsvRecord rec : csv) {
          lastLine = rec.getStartingLineNumber();
          frame.row(lastLine, rec.getFields());
        }
      } catch (CsvParseException e) {
        throw ReadErrors.malformedCsv(lastLine + 1, String.valueOf(e.getMessage()));
      } catch (UncheckedIOException e) {
        throw ReadErrors.unwrap(e, lastLine + 1, options.limits(), characters); // before: FastCSV's wrapper escaped
      }
      return frame.finish();
    } catch (DataFileException e) {
      throw ReadErrors.named(e, source);
    }
  }

  /** The state of one read: the header, then each data row handed to the parser. Single-threaded. */
  private static final class Frame<T> {
    private final Options options;
    private final Columns spec;
    private final RowParser<T> parser;
    private final List<T> values = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private long rows;
    private long bad;
    private long errorCount;
    private @Nullable Map<String, Integer> columns;
    private List<String> names = List.of();

    Frame(Options options, Columns spec, RowParser<T> parser) {
      this.options = options;
      this.spec = spec;
      this.parser = parser;
    }

    /** The header's number of columns, -1 before the header. */
    int width() {
      return columns == null ? -1 : names.size();
    }

    void row(long line, List<String> fields) throws DataFileException {
      ReadLimits limits = options.limits();
      ReadErrors.checkFieldLengths(fields, names, line, limits);
      Map<String, Integer> cols = columns;
      if (cols == null) {
        if (Rows.blank(fields)) {
          return; // blank rows above the header (a spreadsheet's); CSV skips empty lines itself
        }
        columns = header(line, fields, spec);
        names = fields.stream().map(String::strip).toList();
        return;
      }
      if (Rows.blank(fields)) {
        return; // before: a line of blanks was counted as a bad row of one field
      }
      rows++;
      if (rows > limits.maxRows()) {
        throw ReadErrors.tooManyRows(line, limits);
      }
      List<RowError> rowErrors = new ArrayList<>(0);
      @Nullable T value = parseRow(line, fields, cols, parser, rowErrors);
      if (value != null) {
        values.add(value);
      } else {
        bad++;
        errorCount += rowErrors.size();
        // before: every error was kept, so a large bad file filled the memory with them
        for (RowError e : rowErrors) {
          if (errors.size() < limits.maxErrors()) {
            errors.add(e);
          }
        }
        if (!options.lenient()) {
          throw new DataFileException(rowErrors);
        }
      }
    }

    ReadResult<T> finish() throws DataFileException {
      if (columns == null) {
        throw ReadErrors.empty(1);
      }
      return ReadResult.of(values, errors, rows, bad, errorCount, 0);
    }
  }

  /**
   * One data row as {@link #read} takes it after the header (a row that is not blank and within the
   * limits): the row's value, or null with its errors added to {@code errors}.
   */
  static <T> @Nullable T parseRow(long line, List<String> fields, Map<String, Integer> columns, RowParser<T> parser,
      List<RowError> errors) {
    Row row = new Row(line, fields, columns);
    if (fields.size() != columns.size()) {
      row.error(
          "", Integer.toString(fields.size()),
          "the row has " + fields.size() + " fields but the header has " + columns.size());
    }
    @Nullable T value = row.ok() ? parser.parse(row) : null;
    if (value != null && row.ok()) {
      return value;
    }
    errors.addAll(row.errors);
    return null;
  }

  /** The columns of a header row, or the header's errors. */
  static Map<String, Integer> header(long line, List<String> fields, Columns spec) throws DataFileException {
    Map<String, Integer> columns = new HashMap<>();
    List<RowError> bad = new ArrayList<>();
    Set<String> extra = spec.extra();
    for (int c = 0; c < fields.size(); c++) {
      String name = fields.get(c).strip();
      if (c == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      String key = extra.contains(name) ? name : name.toLowerCase(Locale.ROOT);
      if (!extra.contains(name) && !spec.required().contains(key) && !spec.optional().contains(key)) {
        bad.add(
            new RowError(
                line, name, name,
                "unknown column; allowed are " + String.join(", ", spec.required()) + " (required), "
                    + String.join(", ", spec.optional()) + (extra.isEmpty() ? "" : ", " + String.join(", ", extra))));
      } else if (columns.put(key, c) != null) {
        bad.add(new RowError(line, name, name, "duplicate column"));
      }
    }
    for (String r : spec.required()) {
      if (!columns.containsKey(r)) {
        bad.add(new RowError(line, r, "", "the required column '" + r + "' is missing"));
      }
    }
    for (String x : extra) {
      if (!columns.containsKey(x)) {
        bad.add(new RowError(line, x, "", "the column '" + x + "' is missing"));
      }
    }
    if (!bad.isEmpty()) {
      throw new DataFileException(bad);
    }
    return columns;
  }
}
