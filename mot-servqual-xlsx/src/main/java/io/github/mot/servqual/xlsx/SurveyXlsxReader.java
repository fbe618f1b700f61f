package io.github.mot.servqual.xlsx;

import io.github.mot.servqual.io.CsvReadResult;
import io.github.mot.servqual.io.SurveyCsvReader;
import io.github.mot.servqual.io.SurveyFileException;
import io.github.mot.servqual.io.TableRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads survey answers from an Excel {@code .xlsx} workbook: the first sheet, or a named one. Rows
 * stream from the sheet (fastexcel-reader's StAX parser, never the whole sheet in memory) into a
 * configured {@link SurveyCsvReader}, so the instrument, the column mapping, strict or lenient mode,
 * the points policy, the blank-respondent report and the error messages are those of CSV; error
 * lines are the sheet's row numbers.
 *
 * <pre>{@code
 * SurveyCsvReader rows = SurveyCsvReader.of(instrument).withMapping(mapping).lenient();
 * CsvReadResult read = SurveyXlsxReader.of(rows).withSheet("Responses").read(Path.of("export.xlsx"));
 * }</pre>
 *
 * <p>Cells become text: numbers in plain notation without trailing zeros ({@code 5.0} reads as
 * {@code 5}, {@code 4.5} stays {@code 4.5} and is then reported as not an integer), text as it is,
 * booleans as {@code TRUE}/{@code FALSE}, formulas as their cached value, error cells as their code
 * ({@code #N/A}), empty cells as empty. Dates are numbers in Excel and read as their serial number.
 * Rows before the first non-empty row, empty rows, and empty cells after the header's last column
 * are skipped. Encodings do not apply: the workbook's XML declares its own.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class SurveyXlsxReader {

  private final SurveyCsvReader rows;
  private final Optional<String> sheet;

  private SurveyXlsxReader(SurveyCsvReader rows, Optional<String> sheet) {
    this.rows = rows;
    this.sheet = sheet;
  }

  /**
   * A reader of the first sheet with the given configuration.
   *
   * @param rows the configured reader whose instrument, mapping, mode and points policy apply
   * @return the reader
   * @throws NullPointerException if {@code rows} is null
   */
  public static SurveyXlsxReader of(SurveyCsvReader rows) {
    return new SurveyXlsxReader(Objects.requireNonNull(rows, "rows"), Optional.empty());
  }

  /**
   * A copy that reads the named sheet.
   *
   * @param name the sheet's name, as in Excel's tab
   * @return the reconfigured reader
   * @throws NullPointerException if {@code name} is null
   */
  public SurveyXlsxReader withSheet(String name) {
    return new SurveyXlsxReader(rows, Optional.of(Objects.requireNonNull(name, "name")));
  }

  /**
   * A copy that reads the first sheet (the default).
   *
   * @return the reconfigured reader
   */
  public SurveyXlsxReader withFirstSheet() {
    return new SurveyXlsxReader(rows, Optional.empty());
  }

  /**
   * The sheet read.
   *
   * @return the sheet name, empty for the first sheet
   */
  public Optional<String> sheet() {
    return sheet;
  }

  /**
   * Reads a workbook file.
   *
   * @param file the {@code .xlsx} file
   * @return the data, the errors and the blank respondents
   * @throws SurveyFileException if the header is bad, or in strict mode at the first bad row
   * @throws IllegalArgumentException if the workbook has no sheet of the configured name
   * @throws IOException if the file cannot be read or is not an {@code .xlsx} workbook (an old
   *     {@code .xls} file, a CSV file with another extension)
   */
  public CsvReadResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a workbook from a stream; the stream is not closed.
   *
   * @param in the {@code .xlsx} bytes
   * @return the data, the errors and the blank respondents
   * @throws SurveyFileException if the header is bad, or in strict mode at the first bad row
   * @throws IllegalArgumentException if the workbook has no sheet of the configured name
   * @throws IOException if the stream fails or is not an {@code .xlsx} workbook
   */
  public CsvReadResult read(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(new NonClosing(Objects.requireNonNull(in, "in")));
    buffered.mark(8);
    byte[] head = buffered.readNBytes(8);
    buffered.reset();
    if (ReadableWorkbook.isOLE2Header(head)) {
      throw new IOException("not an .xlsx workbook but an old binary .xls file: save it as .xlsx or CSV");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw new IOException("not an .xlsx workbook (it does not start as a zip archive): is it CSV?");
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(buffered)) {
      Sheet s = sheet.isPresent() ? find(wb, sheet.get()) : wb.getFirstSheet();
      try (Stream<Row> stream = s.openStream()) {
        Iterator<Row> it = stream.iterator();
        return rows.readRows(() -> new Iterator<TableRow>() {
          private @Nullable TableRow next;
          private int width = -1;

          @Override
          public boolean hasNext() {
            while (next == null && it.hasNext()) {
              next = toTableRow(it.next());
            }
            return next != null;
          }

          @Override
          public TableRow next() {
            if (!hasNext()) {
              throw new java.util.NoSuchElementException();
            }
            TableRow r = Objects.requireNonNull(next);
            next = null;
            return r;
          }

          /** The row's cells, null for an empty row; the first non-empty row sets the width. */
          private @Nullable TableRow toTableRow(Row row) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < row.getCellCount(); c++) {
              String text = text(row.getCell(c));
              any |= !text.isBlank();
              cells.add(text);
            }
            if (!any) {
              return null;
            }
            if (width < 0) {
              int w = cells.size();
              while (w > 0 && cells.get(w - 1).isBlank()) {
                w--;
              }
              width = w;
            }
            int end = cells.size();
            while (end > width && cells.get(end - 1).isBlank()) {
              end--;
            }
            return new TableRow(row.getRowNum(), cells.subList(0, end));
          }
        });
      }
    } catch (ExcelReaderException e) {
      throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (IllegalArgumentException e) {
      throw e; // no sheet of the configured name (documented)
    } catch (RuntimeException e) {
      // before: a damaged workbook let fastexcel-reader's exceptions escape, for example an
      // IndexOutOfBoundsException for a shared-string index beyond the table
      throw new IOException("not a readable .xlsx workbook: " + e, e);
    } catch (Exception e) {
      if (e instanceof IOException) {
        throw (IOException) e;
      }
      // before: the XML parser's checked XMLStreamException (malformed sheet XML) escaped undeclared
      throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
    }
  }

  private static Sheet find(ReadableWorkbook wb, String name) {
    Optional<Sheet> s = wb.findSheet(name);
    if (s.isEmpty()) {
      throw new IllegalArgumentException("sheet must be one of " + wb.getSheets().map(Sheet::getName).toList()
          + " but was '" + name + "'");
    }
    return s.get();
  }

  /** The longest numeric cell written out in plain digits; longer or wider ones stay as stored. */
  private static final int MAX_NUMBER_TEXT = 64;

  /** The text of a cell as described in the class comment. */
  static String text(@Nullable Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getType();
    String raw = cell.getRawValue();
    if (type == CellType.EMPTY || raw == null) {
      return type == CellType.STRING ? Objects.toString(cell.getText(), "") : "";
    }
    if (type == CellType.NUMBER || (type == CellType.FORMULA && looksNumeric(raw))) {
      if (raw.length() > MAX_NUMBER_TEXT) {
        return raw; // no answer is that long; parsing it would cost quadratic time
      }
      try {
        BigDecimal d = new BigDecimal(raw).stripTrailingZeros();
        if (d.signum() == 0) {
          return "0";
        }
        // before: 1E999999999 was expanded to a billion digits; such a number is no answer
        return (long) d.precision() + Math.abs((long) d.scale()) > MAX_NUMBER_TEXT ? raw : d.toPlainString();
      } catch (NumberFormatException e) {
        return raw;
      }
    }
    if (type == CellType.BOOLEAN) {
      return raw.equals("1") || raw.equalsIgnoreCase("true") ? "TRUE" : "FALSE";
    }
    if (type == CellType.STRING) {
      return Objects.toString(cell.getText(), raw);
    }
    return raw;
  }

  private static boolean looksNumeric(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'E'
        || c == 'e' || c == '+');
  }

  /**
   * For example {@code SurveyXlsxReader[first sheet, SurveyCsvReader[...]]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "SurveyXlsxReader[" + sheet.map(n -> "sheet '" + n + "'").orElse("first sheet") + ", " + rows + "]";
  }

  /** Keeps the workbook reader from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
