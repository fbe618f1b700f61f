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
import io.github.mot.core.io.RowSource;
import io.github.mot.core.internal.Rows;
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
 * The loop of the definition files (column mappings, instruments), from CSV text or from the rows
 * of another source (a workbook's sheet), which are read whole or not at all: a header row of known column names in any case and order, then one definition a row. Every
 * bad row's errors are collected (up to the limits' {@code maxErrors}) before the file is refused
 * with one {@link DataFileException}, so all can be fixed at once. Decoding, limits and the
 * messages of empty, malformed and oversized files are the data readers' own (mot-core's internal
 * {@code ReadErrors}).
 */
final class DefinitionCsv {

  private DefinitionCsv() {}

  /** One data row of a definition file, with the errors found in it. */
  static final class Row {
    private final long line;
    private final List<String> fields;
    private final Map<String, Integer> columns;
    private final List<RowError> errors = new ArrayList<>();

    private Row(long line, List<String> fields, Map<String, Integer> columns) {
      this.line = line;
      this.fields = fields;
      this.columns = columns;
    }

    /** The 1-based line the row starts on. */
    long line() {
      return line;
    }

    /** The stripped cell of a column (lower-case name), empty if the file or the row has none. */
    String cell(String column) {
      Integer c = columns.get(column);
      return c == null || c >= fields.size() ? "" : fields.get(c).strip();
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

  /** The rows of a definition from one source, each handed to {@code each}. */
  @FunctionalInterface
  interface Feed {
    void read(RowHandler each) throws IOException;
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
    Definition d = new Definition(limits, kind, required, optional, each);
    long lastLine = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
        .allowMissingFields(true).detectBomHeader(false).ofCsvRecord(limited)) {
      for (CsvRecord rec : csv) {
        lastLine = rec.getStartingLineNumber();
        d.row(lastLine, rec.getFields());
      }
    } catch (CsvParseException e) {
      throw ReadErrors.malformedCsv(lastLine + 1, String.valueOf(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw ReadErrors.unwrap(e, lastLine + 1, limits, characters);
    }
    d.finish();
  }

  /**
   * Reads every row of a definition from another tabular source (a workbook's sheet), as {@link
   * #read(Reader, boolean, ReadLimits, String, List, List, RowHandler)} reads CSV.
   *
   * @throws DataFileException without a source, as the CSV read
   * @throws IOException if the source fails
   */
  static void read(RowSource source, ReadLimits limits, String kind, List<String> required,
      List<String> optional, RowHandler each) throws IOException {
    Definition d = new Definition(limits, kind, required, optional, each);
    source.read(limits, (line, cells) -> d.row(line, Rows.fit(cells, d.width())));
    d.finish();
  }

  /** The state of one read of a definition file. Single-threaded. */
  private static final class Definition {
    private final ReadLimits limits;
    private final String kind;
    private final List<String> required;
    private final List<String> optional;
    private final RowHandler each;
    private final List<RowError> errors = new ArrayList<>();
    private long errorCount;
    private @Nullable Map<String, Integer> columns;
    private List<String> names = List.of();
    private long rows;

    Definition(ReadLimits limits, String kind, List<String> required, List<String> optional, RowHandler each) {
      this.limits = limits;
      this.kind = kind;
      this.required = required;
      this.optional = optional;
      this.each = each;
    }

    /** The header's number of columns, -1 before the header. */
    int width() {
      return columns == null ? -1 : names.size();
    }

    void row(long line, List<String> fields) throws DataFileException {
      ReadErrors.checkFieldLengths(fields, names, line, limits);
      Map<String, Integer> cols = columns;
      if (Rows.blank(fields)) {
        return; // blank rows above the header (a spreadsheet's) or among the definitions
      }
      if (cols == null) {
        columns = header(line, fields, kind, required, optional);
        names = fields.stream().map(String::strip).toList();
        return;
      }
      if (++rows > limits.maxRows()) {
        throw ReadErrors.tooManyRows(line, limits);
      }
      Row row = new Row(line, fields, cols);
      each.row(row);
      errorCount += row.errors.size();
      row.errors.stream().limit(Math.max(0, limits.maxErrors() - errors.size())).forEach(errors::add);
    }

    void finish() throws DataFileException {
      if (columns == null) {
        throw ReadErrors.empty(1);
      }
      if (errorCount > 0) {
        throw new DataFileException(errors);
      }
    }
  }

  private static Map<String, Integer> header(long line, List<String> fields, String kind, List<String> required,
      List<String> optional) throws DataFileException {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<RowError> bad = new ArrayList<>();
    List<RowError> unknown = new ArrayList<>();
    for (int c = 0; c < fields.size(); c++) {
      String name = fields.get(c).replace("\uFEFF", "").strip();
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
