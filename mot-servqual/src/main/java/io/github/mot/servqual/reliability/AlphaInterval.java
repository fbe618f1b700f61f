package io.github.mot.servqual.reliability;

import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.core.internal.Preconditions;


/**
 * A confidence interval for Cronbach's alpha: Feldt's analytic interval or a bootstrap percentile
 * interval (see {@link ReliabilityReport.Scale}). Bounds are NaN where the interval is undefined (alpha
 * undefined, fewer than 2 respondents or items, no valid bootstrap replicate).
 *
 * @since 0.2.0
 */
public final class AlphaInterval extends ResultValue {

  private final double lower;
  private final double upper;
  private final double confidenceLevel;

  /**
   * Checks the level.
   *
   * @throws IllegalArgumentException if the confidence level is not in (0, 1)
   */
  AlphaInterval(double lower, double upper, double confidenceLevel) {
    Preconditions.openUnit("confidence level", confidenceLevel);
    this.lower = lower;
    this.upper = upper;
    this.confidenceLevel = confidenceLevel;
  }

  /** {@return the lower bound, at most 1} */
  public double lower() {
    return lower;
  }

  /** {@return the upper bound, at most 1} */
  public double upper() {
    return upper;
  }

  /** {@return the confidence level, in (0, 1), such as 0.95} */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /**
   * Whether both bounds are defined.
   *
   * @return true if neither bound is NaN
   */
  public boolean isDefined() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }

  /**
   * For example {@code [0.712, 0.845]}, or {@code n/a} where undefined (before 0.3.0: {@code
   * undefined}).
   *
   * @return the interval as text, three decimals
   */
  @Override
  public String toString() {
    return isDefined() ? ResultColumns.PLAIN.interval(lower, upper, 3) : io.github.mot.core.table.Cells.UNDEFINED;
  }

  @Override
  protected Object[] components() {
    return new Object[] {"lower", lower, "upper", upper, "confidenceLevel", confidenceLevel};
  }
}
