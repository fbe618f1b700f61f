package io.github.mot.xlsx;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowSource;
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
import java.util.concurrent.atomic.AtomicBoolean;
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
 * The rows of one sheet of an Excel {@code .xlsx} workbook, for every reader of the library:
 * surveys, encounter logs, audit forms, checklists, column mappings and instruments read a sheet
 * with the same checks, limits, column mapping and error messages as CSV; the lines the errors
 * name are the sheet's row numbers. Rows stream from the sheet (fastexcel-reader's StAX parser,
 * never the whole sheet in memory).
 *
 * <pre>{@code
 * SurveyReadResult read = SurveyReader.of(instrument).withMapping(mapping).lenient()
 *     .read(XlsxSource.of(Path.of("export.xlsx")).withSheet("Responses"));
 * ReadResult<Encounter> log = EncounterReader.withDefaults().read(XlsxSource.of(Path.of("crm.xlsx")));
 * }</pre>
 *
 * <p>With this module on the class or module path, every reader's {@code read(Path)} reads a file
 * named {@code .xlsx} or {@code .xlsm} as its first sheet (this module provides the {@link
 * io.github.mot.core.io.RowSourceProvider} for those extensions); a source of its own is needed
 * only for another sheet, other inflation limits or a stream.
 *
 * <p>Cells become text: numbers in plain notation without trailing zeros ({@code 5.0} reads as
 * {@code 5}, {@code 4.5} stays {@code 4.5} and is then reported as not an integer where one is
 * required), text as it is, booleans as {@code TRUE}/{@code FALSE}, formulas as their cached
 * value, error cells as their code ({@code #N/A}), empty cells as empty. Dates are numbers in Excel
 * and read as their serial number: format a time column as text ({@code 2026-03-02T09:14:05Z}) for
 * an encounter log. Rows before the first non-empty row, empty rows, and empty cells after the
 * header's last column are skipped. Encodings do not apply: the workbook's XML declares its own.
 *
 * <p>Untrusted workbooks: the file may be at most the reader's {@link ReadLimits#maxBytes()} (1
 * GiB by default), and before a row is read every part of the zip is inflated once and counted: a
 * part that inflates more than {@link #maxInflateRatio()} times its compressed size (100 by
 * default; parts up to 1 MiB excepted) or a workbook that inflates to more than {@link
 * #maxUncompressedBytes()} (4 GiB by default) is refused with an {@link IOException} that names the
 * part and the limit: a zip bomb cannot exhaust the memory through the shared-strings table or a
 * giant cell. The reader's limits of rows and field length apply to the rows as for CSV. A file is
 * read in place; a stream is first read into memory (a zip is read from its end), up to the byte
 * limit.
 *
 * <p>A source over a file is immutable and thread-safe and can be read any number of times; a
 * source over a stream ({@link #of(InputStream, String)}) can be read once.
 *
 * @since 0.3.0
 */
public final class XlsxSource implements RowSource {

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

  private final @Nullable Path file;
  private final @Nullable InputStream stream;
  private final String name;
  private final AtomicBoolean streamRead;
  private final Optional<String> sheet;
  private final long maxUncompressedBytes;
  private final int maxInflateRatio;

  private XlsxSource(@Nullable Path file, @Nullable InputStream stream, String name, AtomicBoolean streamRead,
      Optional<String> sheet, long maxUncompressedBytes, int maxInflateRatio) {
    this.file = file;
    this.stream = stream;
    this.name = name;
    this.streamRead = streamRead;
    this.sheet = sheet;
    this.maxUncompressedBytes = maxUncompressedBytes;
    this.maxInflateRatio = maxInflateRatio;
  }

  /**
   * The first sheet of a workbook file. Nothing is read until the source is.
   *
   * @param file the {@code .xlsx} file
   * @return the source, named by the file as given
   * @throws NullPointerException if {@code file} is null
   */
  public static XlsxSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return new XlsxSource(file, null, file.toString(), new AtomicBoolean(), Optional.empty(),
        DEFAULT_MAX_UNCOMPRESSED_BYTES, DEFAULT_MAX_INFLATE_RATIO);
  }

  /**
   * The first sheet of a workbook read from a stream (an upload, a resource), which can be read
   * once; the stream is read into memory then (up to the reader's byte limit) and not closed.
   *
   * @param in the {@code .xlsx} bytes
   * @param name the name the errors give the workbook, such as the upload's file name; not blank
   * @return the source
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if an argument is null
   */
  public static XlsxSource of(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Preconditions.notBlank("name", Objects.requireNonNull(name, "name"));
    return new XlsxSource(null, in, name, new AtomicBoolean(), Optional.empty(),
        DEFAULT_MAX_UNCOMPRESSED_BYTES, DEFAULT_MAX_INFLATE_RATIO);
  }

  /**
   * A copy that reads the named sheet.
   *
   * @param name the sheet's name, as in Excel's tab
   * @return the reconfigured source; reading it fails with an {@link IOException} that lists the
   *     workbook's sheets if it has no sheet of that name (see {@link #sheets()})
   * @throws NullPointerException if {@code name} is null
   */
  public XlsxSource withSheet(String name) {
    return new XlsxSource(file, stream, this.name, streamRead, Optional.of(Objects.requireNonNull(name, "name")),
        maxUncompressedBytes, maxInflateRatio);
  }

  /**
   * A copy that reads the first sheet (the default).
   *
   * @return the reconfigured source
   */
  public XlsxSource withFirstSheet() {
    return new XlsxSource(file, stream, name, streamRead, Optional.empty(), maxUncompressedBytes, maxInflateRatio);
  }

  /**
   * A copy with another limit of the bytes all parts of the workbook may inflate to together (the
   * sheets, the shared strings and the rest). A workbook over the limit is refused before any row
   * is read. The compressed file itself is bounded by the reader's {@link ReadLimits#maxBytes()}.
   *
   * @param max the limit in bytes, at least 1
   * @return the reconfigured source
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public XlsxSource withMaxUncompressedBytes(long max) {
    Preconditions.check(max >= 1, "maxUncompressedBytes", "at least 1", max);
    return new XlsxSource(file, stream, name, streamRead, sheet, max, maxInflateRatio);
  }

  /**
   * A copy with another limit of how many times larger than its compressed size one part of the
   * workbook may inflate (parts of at most {@value #RATIO_EXEMPT_BYTES} bytes excepted). A part
   * over the limit makes the workbook refused as a possible zip bomb before any row is read.
   *
   * @param max the ratio, at least 1
   * @return the reconfigured source
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public XlsxSource withMaxInflateRatio(int max) {
    Preconditions.check(max >= 1, "maxInflateRatio", "at least 1", max);
    return new XlsxSource(file, stream, name, streamRead, sheet, maxUncompressedBytes, max);
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
   * The name the errors give the source: the file as given, or the stream's name; with the sheet
   * when one is named ({@code export.xlsx, sheet 'Responses'}).
   *
   * @return the name
   */
  @Override
  public String name() {
    return sheet.map(s -> name + ", sheet '" + s + "'").orElse(name);
  }

  /**
   * The names of the workbook's sheets, in the order of its tabs; for a file only (a stream is
   * read once, by the reader).
   *
   * @return the names
   * @throws IOException if the file cannot be read or is not an {@code .xlsx} workbook
   * @throws IllegalStateException if the source is a stream
   */
  public List<String> sheets() throws IOException {
    Path f = file;
    if (f == null) {
      throw new IllegalStateException("the sheets of a stream are known when it is read: use a file source");
    }
    checkHeader(f);
    try (ReadableWorkbook wb = new ReadableWorkbook(f.toFile())) {
      return wb.getSheets().map(Sheet::getName).toList();
    } catch (ExcelReaderException | UncheckedIOException e) {
      throw new IOException(name + ": not a readable .xlsx workbook: " + e.getMessage(), e);
    }
  }

  /**
   * Hands the sheet's rows to a reader: rows with a non-blank cell, with their sheet row numbers;
   * the first such row sets the width, and blank cells after it are dropped from later rows.
   *
   * @param limits the reader's limits; the file or stream may be at most {@link
   *     ReadLimits#maxBytes()} bytes
   * @param handler the reader's handler
   * @throws IOException if the file or stream cannot be read, is not an {@code .xlsx} workbook (an
   *     old {@code .xls} file, a CSV file with another extension), is larger than the byte limit,
   *     inflates beyond {@link #maxUncompressedBytes()} or {@link #maxInflateRatio()}, or has no
   *     sheet of the configured name (the message says which, and lists the sheets); or what the
   *     handler throws
   * @throws IllegalStateException if the source is a stream that was read before
   */
  @Override
  public void read(ReadLimits limits, RowHandler handler) throws IOException {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(handler, "handler");
    long maxBytes = limits.maxBytes();
    Path f = file;
    if (f != null) {
      if (Files.size(f) > maxBytes) {
        throw tooLarge(maxBytes);
      }
      checkHeader(f);
      // read in place: the zip's parts are found from its end, the file is never copied into memory
      checkInflation(open(() -> ZipFile.builder().setPath(f).get()));
      readWorkbook(() -> new ReadableWorkbook(f.toFile()), handler);
      return;
    }
    InputStream in = Objects.requireNonNull(stream);
    if (streamRead.getAndSet(true)) {
      throw new IllegalStateException(name + ": a workbook stream can be read once; use a file source to read it again");
    }
    // The whole workbook is needed in memory anyway (a zip is read from its end); bounded.
    byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > maxBytes || (bytes.length == Integer.MAX_VALUE - 8 && in.read() >= 0)) {
      throw tooLarge(maxBytes);
    }
    checkHeader(Arrays.copyOf(bytes, Math.min(8, bytes.length)));
    checkInflation(open(() -> ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()));
    readWorkbook(() -> new ReadableWorkbook(new ByteArrayInputStream(bytes)), handler);
  }

  /** Opens the zip of a workbook. */
  @FunctionalInterface
  private interface ZipSource {
    ZipFile open() throws IOException;
  }

  private ZipFile open(ZipSource zip) throws IOException {
    try {
      return zip.open();
    } catch (IOException | RuntimeException e) {
      throw new IOException(name + ": not a readable .xlsx workbook: " + e.getMessage(), e);
    }
  }

  private IOException tooLarge(long maxBytes) {
    return new IOException(name + ": the workbook is larger than the limit of " + maxBytes
        + " bytes; raise the reader's limit with withLimits(ReadLimits.DEFAULT.withMaxBytes(...))");
  }

  private void checkHeader(Path f) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(f)) {
      head = in.readNBytes(8);
    }
    checkHeader(head);
  }

  private void checkHeader(byte[] head) throws IOException {
    if (ReadableWorkbook.isOLE2Header(head)) {
      throw new IOException(name + ": not an .xlsx workbook but an old binary .xls file: save it as .xlsx or CSV");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw new IOException(name + ": not an .xlsx workbook (it does not start as a zip archive): is it CSV?");
    }
  }

  /** Opens a workbook. */
  @FunctionalInterface
  private interface WorkbookSource {
    ReadableWorkbook open() throws IOException;
  }

  /** Streams the configured sheet's rows into the handler. */
  private void readWorkbook(WorkbookSource source, RowHandler handler) throws IOException {
    try (ReadableWorkbook wb = source.open()) {
      Sheet s = sheet.isPresent() ? find(wb, sheet.get()) : wb.getFirstSheet();
      try (Stream<Row> stream = s.openStream()) {
        Iterator<Row> it = stream.iterator();
        int width = -1;
        List<String> cells = new ArrayList<>();
        while (it.hasNext()) {
          Row row = it.next();
          cells.clear();
          boolean any = false;
          for (int c = 0; c < row.getCellCount(); c++) {
            String text = text(row.getCell(c));
            any |= !text.isBlank();
            cells.add(text);
          }
          if (!any) {
            continue;
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
          handler.row(row.getRowNum(), List.copyOf(cells.subList(0, end)));
        }
      }
    } catch (DataFileException e) {
      throw e; // the reader's, unchanged
    } catch (ExcelReaderException e) {
      throw new IOException(name + ": not a readable .xlsx workbook: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      // before: a damaged workbook let fastexcel-reader's exceptions escape, for example an
      // IndexOutOfBoundsException for a shared-string index beyond the table
      throw new IOException(name + ": not a readable .xlsx workbook: " + e, e);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      // before: the XML parser's checked XMLStreamException (malformed sheet XML) escaped undeclared
      throw new IOException(name + ": not a readable .xlsx workbook: " + e.getMessage(), e);
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
              throw new IOException(name + ": the workbook part " + entry.getName() + " inflates to more than "
                  + partLimit + " bytes from " + compressed + " compressed bytes, more than "
                  + maxInflateRatio + " times: refused as a possible zip bomb; raise the limit with"
                  + " withMaxInflateRatio if the file is genuine");
            }
            if (total > maxUncompressedBytes) {
              throw new IOException(name + ": the workbook inflates to more than " + maxUncompressedBytes
                  + " bytes (at part " + entry.getName() + "): refused; raise the limit with"
                  + " withMaxUncompressedBytes if the file is genuine");
            }
          }
        } catch (IOException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new IOException(name + ": not a readable .xlsx workbook: part " + entry.getName() + ": " + e, e);
        }
      }
    }
  }

  private static long multiplySaturated(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
  }

  private Sheet find(ReadableWorkbook wb, String sheetName) throws IOException {
    Optional<Sheet> s = wb.findSheet(sheetName);
    if (s.isEmpty()) {
      throw new IOException(name + " has no sheet '" + sheetName + "'; its sheets are "
          + wb.getSheets().map(Sheet::getName).toList());
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
   * For example {@code XlsxSource[export.xlsx, first sheet, inflating at most 4294967296 bytes and
   * 100x a part]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "XlsxSource[" + name + ", " + sheet.map(n -> "sheet '" + n + "'").orElse("first sheet")
        + ", inflating at most " + maxUncompressedBytes + " bytes and " + maxInflateRatio + "x a part]";
  }
}
