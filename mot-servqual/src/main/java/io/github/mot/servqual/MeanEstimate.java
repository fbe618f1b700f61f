package io.github.mot.servqual;

import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.core.internal.Preconditions;
import java.util.Objects;

/**
 * A mean with its sampling statistics: the sample standard deviation (divisor {@code n - 1}), the
 * standard error {@code sd / sqrt(n)}, the one-sample t test of "the population mean is 0" and the
 * confidence interval {@code mean +- t(1 - (1 - level) / 2; n - 1) x se} (Student's t
 * distribution with {@code n - 1} degrees of freedom).
 *
 * <p>For a gap score {@code P - E} this is the paired t test of E against P: {@code t = mean
 * gap / (sd of gaps / sqrt(n))}, two-sided {@code p = 2 x P(T > |t|)}.
 *
 * <p>Undefined values are NaN: everything but {@code n} when {@code n = 0}; the standard
 * deviation, standard error, t, p and interval when {@code n = 1}. When the standard deviation is
 * 0 the interval is {@code [mean, mean]}, and t is infinite with {@code p = 0} if the mean is not
 * 0, NaN with {@code p = NaN} if it is.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeanEstimate extends ResultValue {

  private final long n;
  private final double mean;
  private final double standardDeviation;
  private final double standardError;
  private final double t;
  private final double degreesOfFreedom;
  private final double p;
  private final double ciLower;
  private final double ciUpper;
  private final double confidenceLevel;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code n < 0} or the confidence level is not in (0, 1)
   */
  MeanEstimate(
      long n,
      double mean,
      double standardDeviation,
      double standardError,
      double t,
      double degreesOfFreedom,
      double p,
      double ciLower,
      double ciUpper,
      double confidenceLevel) {
    Preconditions.atLeast("n", n, 0);
    Preconditions.openUnit("confidence level", confidenceLevel);
    this.n = n;
    this.mean = mean;
    this.standardDeviation = standardDeviation;
    this.standardError = standardError;
    this.t = t;
    this.degreesOfFreedom = degreesOfFreedom;
    this.p = p;
    this.ciLower = ciLower;
    this.ciUpper = ciUpper;
    this.confidenceLevel = confidenceLevel;
  }

  /** {@return the number of cases} */
  public long n() {
    return n;
  }

  /** {@return the mean, in the units of the scale (or points)} */
  public double mean() {
    return mean;
  }

  /** {@return the sample standard deviation, {@code n - 1} divisor} */
  public double standardDeviation() {
    return standardDeviation;
  }

  /** {@return {@code standardDeviation / sqrt(n)}} */
  public double standardError() {
    return standardError;
  }

  /** {@return the t statistic of the test that the population mean is 0} */
  public double t() {
    return t;
  }

  /** {@return {@code n - 1}} */
  public double degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /** {@return the two-sided p-value of that test, in {@code [0, 1]}} */
  public double p() {
    return p;
  }

  /** {@return the lower bound of the confidence interval of the mean} */
  public double ciLower() {
    return ciLower;
  }

  /** {@return the upper bound of the confidence interval of the mean} */
  public double ciUpper() {
    return ciUpper;
  }

  /** {@return the confidence level of the interval, such as 0.95} */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /**
   * For example {@code -0.750 (sd 0.500, n 4, t -3.000, p 0.0577, 95% CI [-1.546, 0.046])}.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return ResultColumns.PLAIN.num(mean, 3)
        + " (sd "
        + ResultColumns.PLAIN.num(standardDeviation, 3)
        + ", n "
        + n
        + ", t "
        + ResultColumns.PLAIN.num(t, 3)
        + ", p "
        + ResultColumns.PLAIN.p(p)
        + ", "
        + Math.round(confidenceLevel * 100)
        + "% CI "
        + ResultColumns.PLAIN.interval(ciLower, ciUpper, 3)
        + ")";
  }

  @Override
  protected Object[] components() {
    return new Object[] {
        "n", n,
        "mean", mean,
        "standardDeviation", standardDeviation,
        "standardError", standardError,
        "t", t,
        "degreesOfFreedom", degreesOfFreedom,
        "p", p,
        "ciLower", ciLower,
        "ciUpper", ciUpper,
        "confidenceLevel", confidenceLevel};
  }
}
