package io.github.mot.scoring.io;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.io.ReadOutcome;
import io.github.mot.core.io.RowError;
import io.github.mot.scoring.log.EncounterLog;
import java.util.List;
import java.util.Objects;

/**
 * What {@link EncounterReader#readLog(java.nio.file.Path)} read: the good rows as a columnar
 * {@link EncounterLog} (no object per encounter), the row errors and the counts. Every data row
 * is good or bad: {@code goodRows() + badRows() == rows()}, {@code goodRows() == log().size()}
 * (the {@link ReadOutcome} of every reader; an encounter log has no blank rows, a line of blank
 * cells is skipped like an empty line).
 *
 * @param log the encounters of the good rows, in file order
 * @param errors the errors kept (at most the limits' {@code maxErrors}), in file order
 * @param rows the data rows of the file (not counting the header and empty lines)
 * @param badRows the rows left out because of at least one error
 * @param errorCount every error found, including those not kept
 * @since 0.3.0
 */
public record EncounterLogReadResult(EncounterLog log, List<RowError> errors, long rows, long badRows, long errorCount)
    implements ReadOutcome {

  /**
   * Checks the parts for consistency.
   *
   * @throws IllegalArgumentException if a count is negative, if {@code log.size() + badRows !=
   *     rows}, or if fewer errors are counted than kept or than there are bad rows, or errors are
   *     counted without a bad row
   * @throws NullPointerException if the log, the list or an error is null
   */
  public EncounterLogReadResult {
    Objects.requireNonNull(log, "log");
    errors = List.copyOf(errors);
    if (rows < 0 || badRows < 0 || errorCount < 0) {
      throw Preconditions.unmet("counts", "be >= 0", "were rows=" + rows + ", bad rows=" + badRows
          + ", errors=" + errorCount);
    }
    if (log.size() + badRows != rows) {
      throw Preconditions.unmet("good rows + bad rows", "be the rows (" + rows + ")",
          "were " + log.size() + " + " + badRows);
    }
    if (errorCount < errors.size() || errorCount < badRows || (badRows == 0) != (errorCount == 0)) {
      throw Preconditions.unmet("errors counted", "be at least the errors kept (" + errors.size()
          + ") and the bad rows (" + badRows + "), and 0 only without bad rows,", "were " + errorCount);
    }
  }

  /**
   * The rows read into the log.
   *
   * @return {@code log().size()}
   */
  @Override
  public long goodRows() {
    return log.size();
  }

  /**
   * None: a line of blank cells is skipped, not counted.
   *
   * @return 0
   */
  @Override
  public long blankRows() {
    return 0;
  }

  /**
   * The counts and the first 20 errors, one a line.
   *
   * @return a few lines of text
   */
  @Override
  public String toString() {
    return ReadErrors.describe("EncounterLogReadResult", this);
  }
}
