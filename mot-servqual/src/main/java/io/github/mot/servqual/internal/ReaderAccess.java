package io.github.mot.servqual.internal;

import io.github.mot.core.io.DataFileException;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The readers' hook for other tabular sources: {@link #readRows(SurveyReader, Iterable)} hands rows
 * of any source (a spreadsheet of {@code mot-servqual-xlsx}) to a configured {@link SurveyReader},
 * which stays free of it in its API. The package {@code io.github.mot.servqual.io} installs its
 * one implementation when {@link SurveyReader} is initialised (the JDK's "shared secrets" pattern).
 */
public abstract class ReaderAccess {

  private static volatile @Nullable ReaderAccess installed;

  /** For the reader package's one implementation. */
  protected ReaderAccess() {}

  /**
   * Installs the reader package's implementation; called once, by {@link SurveyReader}'s static
   * initialiser.
   *
   * @param access the implementation
   */
  public static void install(ReaderAccess access) {
    installed = Objects.requireNonNull(access, "access");
  }

  /**
   * Reads rows from any tabular source with a configured reader, the first being the header. The
   * same checks, mapping and reports apply as to CSV; row numbers come from the rows. A row with
   * fewer cells than the header is padded with empty cells (spreadsheets leave trailing empty
   * cells out).
   *
   * @param reader the configured reader
   * @param rows the header row (the first row with a non-blank cell), then the data rows
   * @return the data and the errors
   * @throws DataFileException if there is no header, the header is bad, or in strict mode at the
   *     first bad row
   */
  public static SurveyReadResult readRows(SurveyReader reader, Iterable<TableRow> rows) throws DataFileException {
    ReaderAccess a = installed;
    if (a == null) {
      ModelAccess.initialize(SurveyReader.class);
      a = Objects.requireNonNull(installed, "SurveyReader installs the reader access");
    }
    return a.read(reader, rows);
  }

  /**
   * The implementation of {@link #readRows(SurveyReader, Iterable)}.
   *
   * @param reader the configured reader
   * @param rows the rows
   * @return the data and the errors
   * @throws DataFileException as {@link #readRows(SurveyReader, Iterable)}
   */
  protected abstract SurveyReadResult read(SurveyReader reader, Iterable<TableRow> rows) throws DataFileException;
}
