package io.github.mot.core.io;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.internal.ReadErrors;
import java.util.List;

/**
 * What a lenient read of a data file gave: the values of the good rows in file order, the errors
 * of the bad rows (each with its line, column, value and reason) and the counts. Every data row of
 * the file is good, bad or blank: {@code goodRows() + badRows() + blankRows() == rows()}. Empty
 * lines (every cell blank) are not data rows.
 *
 * <p>At most {@link ReadLimits#maxErrors()} errors are kept; {@link #errorCount()} counts them
 * all. {@code toString()} prints the counts and the first errors, so in JShell typing the variable
 * shows what was read:
 *
 * <pre>
 * ReadResult[5 rows: 3 good, 2 bad, 0 blank, 3 errors]
 *   line 3, column touchpoint, value 'teleporting': not a touchpoint of journey 'Retail counter'; ...
 *   line 4, column time, value 'yesterday': must be an ISO-8601 time such as 2026-03-02T09:14:05Z
 *   ...
 * </pre>
 *
 * <p>Instances are immutable and thread-safe (when the values are); equal when their values,
 * errors and counts are equal.
 *
 * @param <T> the value read from one row, such as an {@code Encounter}
 * @param values the values of the good rows, in file order (an unmodifiable list)
 * @param errors the errors kept, in file order (an unmodifiable list)
 * @param rows the data rows of the file (not counting the header and empty lines)
 * @param badRows the rows left out because of at least one error
 * @param errorCount every error found, including those not kept
 * @param blankRows the rows left out because they held nothing to read (not errors)
 * @since 0.2.0
 */
public record ReadResult<T>(
    List<T> values, List<RowError> errors, long rows, long badRows, long errorCount, long blankRows)
    implements ReadOutcome {

  /**
   * A result from its parts, checked for consistency, as {@link #of of} does.
   *
   * @param values the values of the good rows, in file order
   * @param errors the errors kept, in file order
   * @param rows the data rows of the file (not counting the header and empty lines)
   * @param badRows the rows left out because of at least one error
   * @param errorCount every error found, including those not kept
   * @param blankRows the rows left out because they held nothing to read (not errors)
   * @throws IllegalArgumentException if a count is negative, if {@code values.size() + badRows +
   *     blankRows != rows}, if fewer errors are counted than kept or than there are bad rows, or if
   *     errors are kept without a bad row
   * @throws NullPointerException if a list or an element is null
   */
  public ReadResult {
    values = List.copyOf(values);
    errors = List.copyOf(errors);
    if (rows < 0 || badRows < 0 || errorCount < 0 || blankRows < 0) {
      throw Preconditions.unmet("counts", "be >= 0", "were rows=" + rows + ", bad rows=" + badRows
          + ", errors=" + errorCount + ", blank rows=" + blankRows);
    }
    if (values.size() + badRows + blankRows != rows) {
      throw Preconditions.unmet("good rows + bad rows + blank rows", "be the rows (" + rows + ")",
          "were " + values.size() + " + " + badRows + " + " + blankRows);
    }
    if (errorCount < errors.size() || errorCount < badRows || (badRows == 0) != (errorCount == 0)) {
      throw Preconditions.unmet("errors counted", "be at least the errors kept (" + errors.size()
          + ") and the bad rows (" + badRows + "), and 0 only without bad rows,", "were " + errorCount);
    }
  }

  /**
   * A result from its parts, checked for consistency: a reader's way to return what it read.
   *
   * @param <T> the value of one row
   * @param values the values of the good rows, in file order
   * @param errors the errors kept, in file order
   * @param rows the data rows of the file (not counting the header and empty lines)
   * @param badRows the rows left out because of at least one error
   * @param errorCount every error found, including those not kept
   * @param blankRows the rows left out because they held nothing to read (not errors)
   * @return the result
   * @throws IllegalArgumentException if a count is negative, if {@code values.size() + badRows +
   *     blankRows != rows}, if fewer errors are counted than kept or than there are bad rows, or if
   *     errors are kept without a bad row
   * @throws NullPointerException if a list or an element is null
   */
  public static <T> ReadResult<T> of(List<T> values, List<RowError> errors, long rows, long badRows,
      long errorCount, long blankRows) {
    return new ReadResult<>(values, errors, rows, badRows, errorCount, blankRows);
  }

  @Override
  public long goodRows() {
    return values.size();
  }

  /**
   * The counts and the first 20 errors, one a line.
   *
   * @return a few lines of text
   */
  @Override
  public String toString() {
    return ReadErrors.describe("ReadResult", this);
  }
}
