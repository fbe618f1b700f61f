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
public sealed interface AlphaInterval permits Rows.AlphaInterval {

  /** {@return the lower bound, at most 1} */
  double lower();

  /** {@return the upper bound, at most 1} */
  double upper();

  /** {@return the confidence level, in (0, 1), such as 0.95} */
  double confidenceLevel();

  /**
   * Whether both bounds are defined.
   *
   * @return true if neither bound is NaN
   */
  default boolean isDefined() {
    return !Double.isNaN(lower()) && !Double.isNaN(upper());
  }
}
