package io.github.mot.servqual.io;

import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.internal.FileSources;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import io.github.mot.core.io.RowSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@link ColumnMapping} file: CSV with a header row and one source column of the survey
 * export a row. Columns, in any order, names in any case:
 *
 * <ul>
 *   <li>{@code source} (required): the export's column header as it is, or {@code #n} for the n-th
 *       column (1-based);
 *   <li>{@code role} (required): {@code respondent}, {@code E}/{@code expectation}, {@code
 *       P}/{@code perception}, {@code A}/{@code adequate}, {@code D}/{@code desired}, {@code points},
 *       {@code attribute} or {@code ignore};
 *   <li>{@code item}: the item number of an answer column;
 *   <li>{@code dimension}: the item's dimension (or the dimension of a points column);
 *   <li>{@code label}: the item's label, or an attribute's name;
 *   <li>{@code reverse}: {@code true} or {@code false}, the item's reverse coding.
 * </ul>
 *
 * <p>A mapping is read whole or not at all: a file with bad rows is refused with one {@link
 * DataFileException} that names the file and lists every bad row with its line, column, value and
 * what is allowed (up to the limits' {@link ReadLimits#maxErrors() maxErrors}), so all can be fixed
 * at once; so are a bad header, an empty file, malformed CSV, bytes that are not valid in the
 * encoding (a spreadsheet on a Chinese or Korean Windows saves GB18030 or cp949: give it with {@link
 * #withEncoding}) and a file over the limits. This is the shape of every definition reader of the
 * library (mot-scoring's {@code ChecklistReader}, {@link InstrumentReader}).
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMappingReader.withDefaults().read(Path.of("mapping.csv"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; configure by copying.
 *
 * @since 0.3.0
 */
public final class ColumnMappingReader {

  private static final String KIND = "a column mapping";
  private static final List<String> REQUIRED = List.of("source", "role");
  private static final List<String> OPTIONAL = List.of("item", "dimension", "label", "reverse");
  private static final ColumnMappingReader DEFAULTS =
      new ColumnMappingReader(StandardCharsets.UTF_8, ReadLimits.DEFAULT);

  private final Charset encoding;
  private final ReadLimits limits;

  private ColumnMappingReader(Charset encoding, ReadLimits limits) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A reader of UTF-8 files (a byte-order mark is skipped) with the library's {@link
   * ReadLimits#DEFAULT} limits.
   *
   * @return the reader
   */
  public static ColumnMappingReader withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy that decodes files and streams in another encoding; a byte sequence that is not valid in
   * it fails the read with its line.
   *
   * @param encoding the charset, UTF-8 by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code encoding} is null
   */
  public ColumnMappingReader withEncoding(Charset encoding) {
    return new ColumnMappingReader(encoding, limits);
  }

  /**
   * A copy with other size limits (rows, field length, bytes, errors listed).
   *
   * @param limits the limits, {@link ReadLimits#DEFAULT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code limits} is null
   */
  public ColumnMappingReader withLimits(ReadLimits limits) {
    return new ColumnMappingReader(encoding, limits);
  }

  /**
   * The encoding of files and streams.
   *
   * @return the charset, UTF-8 by default
   */
  public Charset encoding() {
    return encoding;
  }

  /**
   * The size limits of a read.
   *
   * @return the limits, {@link ReadLimits#DEFAULT} by default
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a mapping file: CSV in the reader's encoding, or another format chosen by the file's
   * extension (an {@code .xlsx} workbook's first sheet, with mot-xlsx on the path; see {@link
   * RowSource}).
   *
   * @param file the mapping CSV, or a file in a format a module on the path provides
   * @return the mapping
   * @throws DataFileException naming the file, if a row or the header is bad, no answer column is
   *     mapped, the file is empty, a byte sequence is not valid in the encoding, the CSV is
   *     malformed or a limit is passed
   * @throws IOException if the file cannot be read, or is a spreadsheet that no module on the path
   *     reads (the message names the module to add)
   */
  public ColumnMapping read(Path file) throws IOException {
    Optional<RowSource> other = FileSources.of(file);
    if (other.isPresent()) {
      return read(other.get());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a mapping from bytes in the reader's encoding; the stream is not closed.
   *
   * @param in the mapping CSV
   * @param name the name the errors give the input
   * @return the mapping
   * @throws DataFileException naming {@code name}, as {@link #read(Path)}
   * @throws IOException if the stream fails
   */
  public ColumnMapping read(InputStream in, String name) throws IOException {
    return read(DefinitionCsv.decode(Objects.requireNonNull(in, "in"), encoding, limits), false, name);
  }

  /**
   * Reads a mapping from text; the reader is not closed. The byte limit counts characters.
   *
   * @param reader the mapping CSV
   * @param name the name the errors give the input
   * @return the mapping
   * @throws DataFileException naming {@code name}, as {@link #read(Path)}
   * @throws IOException if the reader fails
   */
  public ColumnMapping read(Reader reader, String name) throws IOException {
    return read(Objects.requireNonNull(reader, "reader"), true, name);
  }

  /**
   * Reads a mapping from the rows of another tabular source, such as a sheet of an {@code .xlsx}
   * workbook (mot-xlsx's {@code XlsxSource}) or rows in memory ({@link RowSource#of}), with the
   * same checks as CSV; the lines the errors name are the source's row numbers.
   *
   * @param source the rows, the header first
   * @return the mapping
   * @throws DataFileException naming the source, as {@link #read(Path)}
   * @throws IOException if the source cannot be read
   * @since 0.3.0
   */
  public ColumnMapping read(RowSource source) throws IOException {
    return read(each -> DefinitionCsv.read(source, limits, KIND, REQUIRED, OPTIONAL, each), source.name());
  }

  private ColumnMapping read(Reader text, boolean characters, String name) throws IOException {
    return read(each -> DefinitionCsv.read(text, characters, limits, KIND, REQUIRED, OPTIONAL, each), name);
  }

  private ColumnMapping read(DefinitionCsv.Feed rows, String name) throws IOException {
    Objects.requireNonNull(name, "name");
    ColumnMapping.Builder b = ColumnMapping.builder();
    try {
      rows.read(row -> {
        try {
          b.row(row.cell("source"), row.cell("role"), row.cell("item"), row.cell("dimension"),
              row.cell("label"), row.cell("reverse"));
        } catch (IllegalArgumentException e) {
          String message = String.valueOf(e.getMessage());
          String column = OPTIONAL.stream().filter(message::startsWith).findFirst()
              .orElse(message.startsWith("role") ? "role" : "source");
          row.error(column, row.cell(column), message);
        }
      });
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw new DataFileException(List.of(new RowError(1, "role", "", String.valueOf(e.getMessage()))));
      }
    } catch (DataFileException e) {
      throw ReadErrors.named(e, name);
    }
  }

  /**
   * For example {@code ColumnMappingReader[UTF-8]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "ColumnMappingReader[" + encoding.name() + "]";
  }
}
