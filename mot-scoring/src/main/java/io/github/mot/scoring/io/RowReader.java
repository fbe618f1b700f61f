package io.github.mot.scoring.io;

import io.github.mot.core.internal.FileSources;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the readers of one value a row ({@link EncounterReader}, {@link AuditReader}) share: the
 * options and the three ways to read. Immutable and thread-safe when the subclass is.
 *
 * @param <T> the value of one row
 */
abstract class RowReader<T> {

  final CsvFrame.Options options;
  private final CsvFrame.Columns columns;

  RowReader(CsvFrame.Options options, CsvFrame.Columns columns) {
    this.options = options;
    this.columns = columns;
  }

  /** The value of a row, or null after reporting its errors on the row. */
  abstract @Nullable T parse(CsvFrame.Row row);

  /**
   * Whether bad rows are collected (true) or the first one throws (false, the default).
   *
   * @return the mode
   */
  public boolean isLenient() {
    return options.lenient();
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
   * Reads a file: CSV in the reader's encoding, or another format chosen by the file's extension
   * (an {@code .xlsx} workbook's first sheet, with mot-xlsx on the path; see {@link RowSource}).
   *
   * @param file the CSV file, or a file in a format a module on the path provides
   * @return the values of the good rows, the errors and the counts
   * @throws DataFileException naming the file, if the file is empty, the header is bad, a byte
   *     sequence is not valid in the encoding, the CSV is malformed, a limit is passed, or in strict
   *     mode at the first bad row
   * @throws IOException if the file cannot be read, or is a spreadsheet that no module on the path
   *     reads (the message names the module to add)
   */
  public ReadResult<T> read(Path file) throws IOException {
    Optional<RowSource> other = FileSources.of(file);
    if (other.isPresent()) {
      return read(other.get());
    }
    return CsvFrame.read(file, options, columns, this::parse);
  }

  /**
   * Reads the rows of another tabular source, such as a sheet of an {@code .xlsx} workbook
   * (mot-xlsx's {@code XlsxSource}) or rows in memory ({@link RowSource#of}), with the same checks,
   * limits and errors as CSV; the lines the errors name are the source's row numbers, the source's
   * name is the file they name. The encoding does not apply.
   *
   * @param source the rows, the header first
   * @return the values of the good rows, the errors and the counts
   * @throws DataFileException naming the source, as {@link #read(Path)}
   * @throws IOException if the source cannot be read
   * @since 0.3.0
   */
  public ReadResult<T> read(RowSource source) throws IOException {
    return CsvFrame.read(source, options, columns, this::parse);
  }

  /**
   * Reads bytes in the reader's encoding; the stream is not closed.
   *
   * @param in the CSV bytes
   * @param sourceName the name the errors give the input, such as a file or upload name
   * @return the values of the good rows, the errors and the counts
   * @throws DataFileException naming {@code sourceName}, as {@link #read(Path)}
   * @throws IOException if the stream fails
   */
  public ReadResult<T> read(InputStream in, String sourceName) throws IOException {
    return CsvFrame.read(in, sourceName, options, columns, this::parse);
  }

  /**
   * Reads text; the reader is not closed. The byte limit counts characters.
   *
   * @param reader the CSV text
   * @param sourceName the name the errors give the input, such as a file or upload name
   * @return the values of the good rows, the errors and the counts
   * @throws DataFileException naming {@code sourceName}, as {@link #read(Path)}
   * @throws IOException if the reader fails
   */
  public ReadResult<T> read(Reader reader, String sourceName) throws IOException {
    return CsvFrame.read(reader, sourceName, options, columns, this::parse);
  }
}
