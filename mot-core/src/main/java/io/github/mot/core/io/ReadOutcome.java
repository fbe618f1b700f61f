package io.github.mot.core.io;

import java.util.List;

/**
 * The account every reader of the library gives of one lenient read of a data file, whatever it
 * read the good rows into (a {@link ReadResult}'s list of values, a survey's columns): how many data
 * rows the file had, how many were good, bad or blank, and the errors of the bad rows. Every data
 * row is exactly one of good, bad or blank:
 *
 * <pre>
 * goodRows() + badRows() + blankRows() == rows()
 * </pre>
 *
 * <p>A bad row has at least one {@link RowError} (line, column, value, reason); a blank row held
 * nothing to read and is not an error (a survey respondent whose every answer is empty). Empty
 * lines (every cell blank) and the header are not data rows. At most {@link ReadLimits#maxErrors()}
 * errors are kept; {@link #errorCount()} counts them all.
 *
 * <p>A program that reports on a read (the {@code mot} command line prints "file: 5000 rows: 4998
 * good, 2 bad, 0 blank" and lists the errors) needs only this interface, so one code path serves
 * every reader.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public interface ReadOutcome {

  /**
   * The data rows of the file, not counting the header and empty lines.
   *
   * @return the count, {@code >= 0}
   */
  long rows();

  /**
   * The rows read into the result's data.
   *
   * @return the count, {@code >= 0}
   */
  long goodRows();

  /**
   * The rows with at least one error, left out of the data.
   *
   * @return the count, {@code >= 0}
   */
  long badRows();

  /**
   * The rows left out because they held nothing to read; not errors. Readers that have no such
   * rows report 0.
   *
   * @return the count, {@code >= 0}
   */
  long blankRows();

  /**
   * Every error found, including those beyond the errors kept.
   *
   * @return the count, {@code >= errors().size()} and {@code >= badRows()}
   */
  long errorCount();

  /**
   * The errors kept, in file order (several per row possible); at most the reader's {@link
   * ReadLimits#maxErrors()}.
   *
   * @return an unmodifiable list, empty for a clean file
   */
  List<RowError> errors();

  /**
   * Whether the file had no bad row (blank rows are not errors).
   *
   * @return true if {@code badRows() == 0}
   */
  default boolean isClean() {
    return badRows() == 0;
  }
}
