package io.github.mot.servqual.xlsx;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.io.DataFileException;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import io.github.mot.servqual.internal.ReaderAccess;
import io.github.mot.servqual.internal.TableRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
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
 * configured {@link SurveyReader}, so the instrument, the column mapping, strict or lenient mode,
 * the points policy, the blank-respondent report and the error messages are those of CSV; error
 * lines are the sheet's row numbers.
 *
 * <pre>{@code
 * SurveyReader rows = SurveyReader.of(instrument).withMapping(mapping).lenient();
 * SurveyReadResult read = SurveyXlsxReader.of(rows).withSheet("Responses").read(Path.of("export.xlsx"));
 * }</pre>
 *
 * <p>Cells become text: numbers in plain notation without trailing zeros ({@code 5.0} reads as
 * {@code 5}, {@code 4.5} stays {@code 4.5} and is then reported as not an integer), text as it is,
 * booleans as {@code TRUE}/{@code FALSE}, formulas as their cached value, error cells as their code
 * ({@code #N/A}), empty cells as empty. Dates are numbers in Excel and read as their serial number.
 * Rows before the first non-empty row, empty rows, and empty cells after the header's last column
 * are skipped. Encodings do not apply: the workbook's XML declares its own.
 *
 * <p>Untrusted workbooks: the file may be at most the row reader's {@link
 * SurveyReader#maxBytes()} (1 GiB by default), and before a row is read every part of the zip
 * is inflated once and counted: a part that inflates more than {@link #maxInflateRatio()} times
 * its compressed size (100 by default; parts up to 1 MiB excepted) or a workbook that inflates to
 * more than {@link #maxUncompressedBytes()} (4 GiB by default) is refused with an {@link
 * IOException} that names the part and the limit: a zip bomb cannot exhaust the memory through
 * the shared-strings table or a giant cell. The row reader's limits of rows and field length apply
 * to the rows as for CSV. A file is read in place; a stream is first read into memory (a zip is
 * read from its end), up to the byte limit.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class SurveyXlsxReader {

  /**
   * The default limit of the bytes all parts of a workbook may inflate to: 4 GiB, more than the
   * XML of a full Excel sheet of survey answers (1,048,576 rows of about 50 short cells).
   */
  public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 4L << 30;

  /**
   * The default limit of how many times larger than its compressed size a part may inflate: 100
   * (the XML of real survey exports compresses 5 to 30 times; zip bombs thousands of times).
   */
  public static final int DEFAULT_MAX_INFLATE_RATIO = 100;

  /**
   * Parts that inflate to at most this many bytes (1 MiB) are not held to the ratio: small,
   * repetitive parts (styles) compress very well and cannot hurt.
   */
  public static final long RATIO_EXEMPT_BYTES = 1L << 20;

  private final SurveyReader rows;
  private final Optional<String> sheet;
  private final long maxUncompressedBytes;
  private final int maxInflateRatio;

  private SurveyXlsxReader(SurveyReader rows, Optional<String> sheet, long maxUncompressedBytes,
      int maxInflateRatio) {
    this.rows = rows;
    this.sheet = sheet;
    this.maxUncompressedBytes = maxUncompressedBytes;
    this.maxInflateRatio = maxInflateRatio;
  }

  /**
   * A reader of the first sheet with the given configuration.
   *
   * @param rows the configured reader whose instrument, mapping, mode and points policy apply
   * @return the reader
   * @throws NullPointerException if {@code rows} is null
   */
  public static SurveyXlsxReader of(SurveyReader rows) {
    return new SurveyXlsxReader(Objects.requireNonNull(rows, "rows"), Optional.empty(),
        DEFAULT_MAX_UNCOMPRESSED_BYTES, DEFAULT_MAX_INFLATE_RATIO);
  }

  /**
   * A copy that reads the named sheet.
   *
   * @param name the sheet's name, as in Excel's tab
   * @return the reconfigured reader
   * @throws NullPointerException if {@code name} is null
   */
  public SurveyXlsxReader withSheet(String name) {
    return new SurveyXlsxReader(rows, Optional.of(Objects.requireNonNull(name, "name")),
        maxUncompressedBytes, maxInflateRatio);
  }

  /**
   * A copy that reads the first sheet (the default).
   *
   * @return the reconfigured reader
   */
  public SurveyXlsxReader withFirstSheet() {
    return new SurveyXlsxReader(rows, Optional.empty(), maxUncompressedBytes, maxInflateRatio);
  }

  /**
   * A copy with another limit of the bytes all parts of the workbook may inflate to together (the
   * sheets, the shared strings and the rest). A workbook over the limit is refused before any row
   * is read. The compressed file itself is bounded by the row reader's {@link
   * SurveyReader#maxBytes()}.
   *
   * @param max the limit in bytes, at least 1
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public SurveyXlsxReader withMaxUncompressedBytes(long max) {
    Preconditions.check(max >= 1, "maxUncompressedBytes", "at least 1", max);
    return new SurveyXlsxReader(rows, sheet, max, maxInflateRatio);
  }

  /**
   * A copy with another limit of how many times larger than its compressed size one part of the
   * workbook may inflate (parts of at most {@value #RATIO_EXEMPT_BYTES} bytes excepted). A part
   * over the limit makes the workbook refused as a possible zip bomb before any row is read.
   *
   * @param max the ratio, at least 1
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public SurveyXlsxReader withMaxInflateRatio(int max) {
    Preconditions.check(max >= 1, "maxInflateRatio", "at least 1", max);
    return new SurveyXlsxReader(rows, sheet, maxUncompressedBytes, max);
  }

  /**
   * The limit of the bytes all parts of a workbook may inflate to.
   *
   * @return the limit in bytes ({@value #DEFAULT_MAX_UNCOMPRESSED_BYTES} by default)
   */
  public long maxUncompressedBytes() {
    return maxUncompressedBytes;
  }

  /**
   * The limit of how many times larger than its compressed size one part may inflate.
   *
   * @return the ratio ({@value #DEFAULT_MAX_INFLATE_RATIO} by default)
   */
  public int maxInflateRatio() {
    return maxInflateRatio;
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
   * @throws DataFileException if the header is bad, or in strict mode at the first bad row
   * @throws IllegalArgumentException if the workbook has no sheet of the configured name
   * @throws IOException if the file cannot be read or is not an {@code .xlsx} workbook (an old
   *     {@code .xls} file, a CSV file with another extension), or if it is larger than the row
   *     reader's {@link SurveyReader#maxBytes()} or inflates beyond {@link
   *     #maxUncompressedBytes()} or {@link #maxInflateRatio()} (the message says which)
   */
  public SurveyReadResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long maxBytes = rows.maxBytes();
    long size = Files.size(file);
    if (size > maxBytes) {
      throw tooLarge(maxBytes);
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    checkHeader(head);
    // read in place: the zip's parts are found from its end, the file is never copied into memory
    ZipFile zip;
    try {
      zip = ZipFile.builder().setPath(file).get();
    } catch (IOException | RuntimeException e) {
      throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
    }
    checkInflation(zip);
    return readWorkbook(() -> new ReadableWorkbook(file.toFile()));
  }

  /**
   * Reads a workbook from a stream; the stream is not closed.
   *
   * @param in the {@code .xlsx} bytes
   * @return the data, the errors and the blank respondents
   * @throws DataFileException if the header is bad, or in strict mode at the first bad row
   * @throws IllegalArgumentException if the workbook has no sheet of the configured name
   * @throws IOException if the stream fails or is not an {@code .xlsx} workbook, or if it is
   *     larger than the row reader's {@link SurveyReader#maxBytes()} or inflates beyond {@link
   *     #maxUncompressedBytes()} or {@link #maxInflateRatio()} (the message says which)
   */
  public SurveyReadResult read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    long maxBytes = rows.maxBytes();
    // The whole workbook is needed in memory anyway (a zip is read from its end); bounded.
    byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > maxBytes || (bytes.length == Integer.MAX_VALUE - 8 && in.read() >= 0)) {
      throw tooLarge(maxBytes);
    }
    checkHeader(Arrays.copyOf(bytes, Math.min(8, bytes.length)));
    ZipFile zip;
    try {
      zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    } catch (IOException | RuntimeException e) {
      throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
    }
    checkInflation(zip);
    return readWorkbook(() -> new ReadableWorkbook(new ByteArrayInputStream(bytes)));
  }

  private static IOException tooLarge(long maxBytes) {
    return new IOException("the workbook is larger than the limit of " + maxBytes
        + " bytes; raise it with SurveyReader.withMaxBytes");
  }

  private static void checkHeader(byte[] head) throws IOException {
    if (ReadableWorkbook.isOLE2Header(head)) {
      throw new IOException("not an .xlsx workbook but an old binary .xls file: save it as .xlsx or CSV");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw new IOException("not an .xlsx workbook (it does not start as a zip archive): is it CSV?");
    }
  }

  /** Opens a workbook. */
  @FunctionalInterface
  private interface WorkbookSource {
    ReadableWorkbook open() throws IOException;
  }

  /** Streams the configured sheet's rows into the row reader. */
  private SurveyReadResult readWorkbook(WorkbookSource source) throws IOException {
    try (ReadableWorkbook wb = source.open()) {
      Sheet s = sheet.isPresent() ? find(wb, sheet.get()) : wb.getFirstSheet();
      try (Stream<Row> stream = s.openStream()) {
        Iterator<Row> it = stream.iterator();
        return ReaderAccess.readRows(rows, () -> new Iterator<TableRow>() {
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

  /**
   * Inflates every part of the workbook once, with the same zip reader fastexcel-reader uses, and
   * refuses the workbook when a part inflates more than {@link #maxInflateRatio()} times its
   * compressed size (parts up to {@value #RATIO_EXEMPT_BYTES} bytes excepted) or all parts more
   * than {@link #maxUncompressedBytes()}. It counts the bytes actually inflated (the sizes a zip
   * declares can lie) and stops at the first part over a limit, so a zip bomb costs at most the
   * limit in time and nothing in memory.
   */
  private void checkInflation(ZipFile zip) throws IOException {
    try (zip) {
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long partLimit = Math.max(RATIO_EXEMPT_BYTES, multiplySaturated(compressed, maxInflateRatio));
        long part = 0;
        try (InputStream content = zip.getInputStream(entry)) {
          int n;
          while ((n = content.read(buffer)) > 0) {
            part += n;
            total += n;
            if (part > partLimit) {
              throw new IOException("the workbook part " + entry.getName() + " inflates to more than "
                  + partLimit + " bytes from " + compressed + " compressed bytes, more than "
                  + maxInflateRatio + " times: refused as a possible zip bomb; raise the limit with"
                  + " withMaxInflateRatio if the file is genuine");
            }
            if (total > maxUncompressedBytes) {
              throw new IOException("the workbook inflates to more than " + maxUncompressedBytes
                  + " bytes (at part " + entry.getName() + "): refused; raise the limit with"
                  + " withMaxUncompressedBytes if the file is genuine");
            }
          }
        } catch (IOException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new IOException("not a readable .xlsx workbook: part " + entry.getName() + ": " + e, e);
        }
      }
    }
  }

  private static long multiplySaturated(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
  }

  private static Sheet find(ReadableWorkbook wb, String name) {
    Optional<Sheet> s = wb.findSheet(name);
    if (s.isEmpty()) {
      throw Preconditions.invalid("sheet", "one of " + wb.getSheets().map(Sheet::getName).toList(), name);
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
   * For example {@code SurveyXlsxReader[first sheet, SurveyReader[...], inflating at most
   * 4294967296 bytes and 100x a part]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "SurveyXlsxReader[" + sheet.map(n -> "sheet '" + n + "'").orElse("first sheet") + ", " + rows
        + ", inflating at most " + maxUncompressedBytes + " bytes and " + maxInflateRatio + "x a part]";
  }
}
