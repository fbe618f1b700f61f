package io.github.mot.servqual.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.internal.LimitedInput;
import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.internal.StrictDecodingReader;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The loop of the definition files (column mappings, instruments), which are read whole or not at
 * all: a header row of known column names in any case and order, then one definition a row. Every
 * bad row's errors are collected (up to the limits' {@code maxErrors}) before the file is refused
 * with one {@link DataFileException}, so all can be fixed at once. Decoding, limits and the
 * messages of empty, malformed and oversized files are the data readers' own (mot-core's internal
 * {@code ReadErrors}).
 */
final class DefinitionCsv {

  private DefinitionCsv() {}

  /** One data row of a definition file, with the errors found in it. */
  static final class Row {
    private final CsvRecord rec;
    private final Map<String, Integer> columns;
    private final List<RowError> errors = new ArrayList<>();

    private Row(CsvRecord rec, Map<String, Integer> columns) {
      this.rec = rec;
      this.columns = columns;
    }

    /** The 1-based line the row starts on. */
    long line() {
      return rec.getStartingLineNumber();
    }

    /** The stripped cell of a column (lower-case name), empty if the file or the row has none. */
    String cell(String column) {
      Integer c = columns.get(column);
      return c == null || c >= rec.getFieldCount() ? "" : rec.getField(c).strip();
    }

    /** Records a problem of this row. */
    void error(String column, String value, String reason) {
      errors.add(new RowError(line(), column, value, reason));
    }
  }

  /** What a definition file does with one of its rows: reports problems with {@link Row#error}. */
  @FunctionalInterface
  interface RowHandler {
    void row(Row row);
  }

  /** Bytes in an encoding, limited to the limits' bytes; the stream is not closed. */
  static Reader decode(InputStream in, Charset encoding, ReadLimits limits) {
    return new StrictDecodingReader(LimitedInput.of(in, limits.maxBytes()), encoding);
  }

  /**
   * Reads every row of a definition file.
   *
   * @param text the text, already decoded (see {@link #decode}) or given as characters
   * @param characters whether the input was given as characters (the byte limit counts them)
   * @param limits the limits of the read
   * @param kind what the file defines, with its article, for messages ("a column mapping")
   * @param required the required column names, lower case
   * @param optional the optional column names, lower case; other columns are an error
   * @param each what to do with each row
   * @throws DataFileException without a source, if the file is empty, its header lacks a required
   *     column or names an unknown or repeated one, a row is bad, the CSV is malformed, a byte is not
   *     valid in the encoding or a limit is passed
   * @throws IOException if the input fails
   */
  static void read(Reader text, boolean characters, ReadLimits limits, String kind, List<String> required,
      List<String> optional, RowHandler each) throws IOException {
    Reader limited = characters ? LimitedInput.of(text, limits.maxBytes()) : text;
    List<RowError> errors = new ArrayList<>();
    long errorCount = 0;
    @Nullable Map<String, Integer> columns = null;
    List<String> names = List.of();
    long rows = 0;
    long lastLine = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
        .allowMissingFields(true).detectBomHeader(false).ofCsvRecord(limited)) {
      for (CsvRecord rec : csv) {
        lastLine = rec.getStartingLineNumber();
        ReadErrors.checkFieldLengths(rec.getFields(), names, lastLine, limits);
        if (columns == null) {
          columns = header(rec, kind, required, optional);
          names = rec.getFields().stream().map(String::strip).toList();
        } else if (!rec.getFields().stream().allMatch(String::isBlank)) {
          if (++rows > limits.maxRows()) {
            throw ReadErrors.tooManyRows(lastLine, limits);
          }
          Row row = new Row(rec, columns);
          each.row(row);
          errorCount += row.errors.size();
          row.errors.stream().limit(Math.max(0, limits.maxErrors() - errors.size())).forEach(errors::add);
        }
      }
    } catch (CsvParseException e) {
      throw ReadErrors.malformedCsv(lastLine + 1, String.valueOf(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw ReadErrors.unwrap(e, lastLine + 1, limits, characters);
    }
    if (columns == null) {
      throw ReadErrors.empty(1);
    }
    if (errorCount > 0) {
      throw new DataFileException(errors);
    }
  }

  private static Map<String, Integer> header(CsvRecord rec, String kind, List<String> required,
      List<String> optional) throws DataFileException {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<RowError> bad = new ArrayList<>();
    long line = rec.getStartingLineNumber();
    List<RowError> unknown = new ArrayList<>();
    for (int c = 0; c < rec.getFieldCount(); c++) {
      String name = rec.getField(c).replace("\uFEFF", "").strip();
      String key = name.toLowerCase(Locale.ROOT);
      if (!required.contains(key) && !optional.contains(key)) {
        unknown.add(new RowError(line, name, name, "unknown column of " + kind + " file; allowed are "
            + String.join(", ", required) + " (required), " + String.join(", ", optional)));
      } else if (columns.put(key, c) != null) {
        unknown.add(new RowError(line, name, name, "duplicate column"));
      }
    }
    for (String r : required) {
      if (!columns.containsKey(r)) {
        bad.add(new RowError(line, r, "", kind + " file must have the column " + r + " (columns: "
            + String.join(", ", required) + ", optionally " + String.join(", ", optional) + ")"));
      }
    }
    bad.addAll(unknown); // the missing columns first: the message shows the first error
    if (!bad.isEmpty()) {
      throw new DataFileException(bad);
    }
    return columns;
  }
}
