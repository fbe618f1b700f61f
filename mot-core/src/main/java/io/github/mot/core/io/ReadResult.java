package io.github.mot.core.io;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.internal.ReadErrors;
import java.util.List;
import java.util.Objects;

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
 * <p>Instances are immutable and thread-safe (when the values are).
 *
 * @param <T> the value read from one row, such as an {@code Encounter}
 * @since 0.2.0
 */
public final class ReadResult<T> implements ReadOutcome {

  private final List<T> values;
  private final List<RowError> errors;
  private final long rows;
  private final long badRows;
  private final long errorCount;
  private final long blankRows;

  private ReadResult(List<T> values, List<RowError> errors, long rows, long badRows, long errorCount,
      long blankRows) {
    this.values = values;
    this.errors = errors;
    this.rows = rows;
    this.badRows = badRows;
    this.errorCount = errorCount;
    this.blankRows = blankRows;
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
    List<T> v = List.copyOf(values);
    List<RowError> e = List.copyOf(errors);
    if (rows < 0 || badRows < 0 || errorCount < 0 || blankRows < 0) {
      throw Preconditions.unmet("counts", "be >= 0", "were rows=" + rows + ", bad rows=" + badRows
          + ", errors=" + errorCount + ", blank rows=" + blankRows);
    }
    if (v.size() + badRows + blankRows != rows) {
      throw Preconditions.unmet("good rows + bad rows + blank rows", "be the rows (" + rows + ")",
          "were " + v.size() + " + " + badRows + " + " + blankRows);
    }
    if (errorCount < e.size() || errorCount < badRows || (badRows == 0) != (errorCount == 0)) {
      throw Preconditions.unmet("errors counted", "be at least the errors kept (" + e.size()
          + ") and the bad rows (" + badRows + "), and 0 only without bad rows,", "were " + errorCount);
    }
    return new ReadResult<>(v, e, rows, badRows, errorCount, blankRows);
  }

  /**
   * The values of the good rows, in file order.
   *
   * @return an unmodifiable list
   */
  public List<T> values() {
    return values;
  }

  @Override
  public List<RowError> errors() {
    return errors;
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public long goodRows() {
    return values.size();
  }

  @Override
  public long badRows() {
    return badRows;
  }

  @Override
  public long errorCount() {
    return errorCount;
  }

  @Override
  public long blankRows() {
    return blankRows;
  }

  /**
   * Whether the other object is a result with equal values, errors and counts.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof ReadResult<?> r
        && r.rows == rows
        && r.badRows == badRows
        && r.errorCount == errorCount
        && r.blankRows == blankRows
        && r.values.equals(values)
        && r.errors.equals(errors);
  }

  /**
   * A hash of the values, errors and counts.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(values, errors, rows, badRows, errorCount, blankRows);
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
