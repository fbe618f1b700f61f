package io.github.mot.examples.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.internal.LimitedInput;
import io.github.mot.servqual.io.RowError;
import io.github.mot.servqual.io.SurveyFileException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shared frame of the encounter and audit readers: a header row of named columns, then one
 * value per row; each row's cells are handed to a row parser that reports its errors with the
 * row's line number. A bad header or an empty file throws {@link SurveyFileException} (mot-servqual's
 * exception for an unreadable data file); in strict mode so does the first bad row.
 */
final class CsvRows {

  private CsvRows() {}

  /**
   * The size limits of a read; a file over one is refused with a {@link SurveyFileException}
   * naming the line, in lenient mode too.
   *
   * @param maxRows the most data rows (empty lines not counted)
   * @param maxFieldLength the longest cell or column name, in characters
   * @param maxChars the most characters of the whole input
   * @param maxErrors the most errors kept in {@link Parsed#errors()} (all bad rows are counted)
   */
  record Limits(long maxRows, int maxFieldLength, long maxChars, int maxErrors) {

    /** 5,000,000 rows, fields of 32,768 characters, 1 GiB of text, 10,000 errors kept. */
    static final Limits DEFAULT = new Limits(5_000_000L, 32_768, 1L << 30, 10_000);

    Limits {
      if (maxRows < 1 || maxFieldLength < 1 || maxChars < 1 || maxErrors < 1) {
        throw new IllegalArgumentException(
            "limits must be >= 1 but were rows=" + maxRows + ", field length=" + maxFieldLength
                + ", characters=" + maxChars + ", errors=" + maxErrors);
      }
    }
  }

  /** The cells of one data row, by column name. */
  static final class Row {
    private final CsvRecord record;
    private final Map<String, Integer> columns;
    private final List<RowError> errors = new ArrayList<>();

    Row(CsvRecord record, Map<String, Integer> columns) {
      this.record = record;
      this.columns = columns;
    }

    long line() {
      return record.getStartingLineNumber();
    }

    /** The stripped cell of a column, empty if the column is absent or the cell blank. */
    String cell(String column) {
      Integer c = columns.get(column);
      if (c == null || c >= record.getFieldCount()) {
        return "";
      }
      return record.getField(c).strip();
    }

    boolean has(String column) {
      return columns.containsKey(column);
    }

    void error(String column, String value, String reason) {
      errors.add(new RowError(line(), column, value, reason));
    }

    boolean ok() {
      return errors.isEmpty();
    }
  }

  /** Parses one row; reports problems through {@link Row#error}; returns null on error. */
  @FunctionalInterface
  interface RowParser<T> {
    @Nullable T parse(Row row);
  }

  /**
   * Reads a CSV file.
   *
   * @param in the text
   * @param required the columns that must be present (lower case)
   * @param optional the columns that may be present (lower case)
   * @param extra further allowed columns (exact case), such as checklist item ids
   * @param strict throw at the first bad row instead of collecting
   * @param parser the row parser
   */
  static <T> Parsed<T> read(
      Reader in,
      List<String> required,
      List<String> optional,
      Set<String> extra,
      boolean strict,
      RowParser<T> parser)
      throws IOException {
    return read(in, required, optional, extra, strict, parser, Limits.DEFAULT);
  }

  /** {@link #read(Reader, List, List, Set, boolean, RowParser)} with other limits. */
  static <T> Parsed<T> read(
      Reader in,
      List<String> required,
      List<String> optional,
      Set<String> extra,
      boolean strict,
      RowParser<T> parser,
      Limits limits)
      throws IOException {
    List<T> values = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    long rows = 0;
    long bad = 0;
    @Nullable Map<String, Integer> columns = null;
    long lastLine = 0;
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .detectBomHeader(false)
            .ofCsvRecord(LimitedInput.of(in, limits.maxChars()))) {
      for (CsvRecord rec : csv) {
        lastLine = rec.getStartingLineNumber();
        for (int c = 0; c < rec.getFieldCount(); c++) {
          if (rec.getField(c).length() > limits.maxFieldLength()) {
            throw new SurveyFileException(List.of(new RowError(lastLine, "#" + (c + 1), rec.getField(c),
                "the field has " + rec.getField(c).length() + " characters, more than the limit of "
                    + limits.maxFieldLength())));
          }
        }
        if (columns == null) {
          columns = header(rec, required, optional, extra);
          continue;
        }
        if (blank(rec)) {
          continue; // before: a line of blanks was counted as a bad row of one field
        }
        rows++;
        if (rows > limits.maxRows()) {
          throw new SurveyFileException(List.of(new RowError(lastLine, "", "",
              "the file has more than " + limits.maxRows() + " data rows, the limit")));
        }
        Row row = new Row(rec, columns);
        if (rec.getFieldCount() != columns.size()) {
          row.error(
              "", Integer.toString(rec.getFieldCount()),
              "the row has " + rec.getFieldCount() + " fields but the header has " + columns.size());
        }
        @Nullable T value = row.ok() ? parser.parse(row) : null;
        if (value != null && row.ok()) {
          values.add(value);
        } else {
          bad++;
          // before: every error was kept, so a large bad file filled the memory with them
          for (RowError e : row.errors) {
            if (errors.size() < limits.maxErrors()) {
              errors.add(e);
            }
          }
          if (strict) {
            throw new SurveyFileException(row.errors);
          }
        }
      }
    } catch (CsvParseException e) {
      throw new SurveyFileException(
          List.of(new RowError(lastLine + 1, "", "", "malformed CSV: " + e.getMessage())));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof LimitedInput.Exceeded) {
        throw new SurveyFileException(List.of(new RowError(lastLine + 1, "", "",
            "the file is larger than the limit of " + limits.maxChars() + " characters")));
      }
      throw e.getCause(); // before: FastCSV's wrapper of a failing reader escaped
    }
    if (columns == null) {
      throw new SurveyFileException(
          List.of(new RowError(1, "", "", "the file is empty: a header row is required")));
    }
    return new Parsed<>(values, errors, rows, bad);
  }

  private static boolean blank(CsvRecord rec) {
    for (String cell : rec.getFields()) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> header(
      CsvRecord rec, List<String> required, List<String> optional, Set<String> extra)
      throws SurveyFileException {
    Map<String, Integer> columns = new HashMap<>();
    List<RowError> bad = new ArrayList<>();
    for (int c = 0; c < rec.getFieldCount(); c++) {
      String name = rec.getField(c).strip();
      if (c == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      String key = extra.contains(name) ? name : name.toLowerCase(Locale.ROOT);
      if (!extra.contains(name) && !required.contains(key) && !optional.contains(key)) {
        bad.add(
            new RowError(
                1, name, name,
                "unknown column; allowed are " + String.join(", ", required) + " (required), "
                    + String.join(", ", optional) + (extra.isEmpty() ? "" : ", " + String.join(", ", extra))));
      } else if (columns.put(key, c) != null) {
        bad.add(new RowError(1, name, name, "duplicate column"));
      }
    }
    for (String r : required) {
      if (!columns.containsKey(r)) {
        bad.add(new RowError(1, r, "", "the required column '" + r + "' is missing"));
      }
    }
    for (String x : extra) {
      if (!columns.containsKey(x)) {
        bad.add(new RowError(1, x, "", "the column '" + x + "' is missing"));
      }
    }
    if (!bad.isEmpty()) {
      throw new SurveyFileException(bad);
    }
    return columns;
  }
}
