package io.github.mot.servqual;

/**
 * An estimate (a mean, or a difference of two means) with its two-sided t test against 0 and its
 * confidence interval {@code estimate +- t(1 - (1 - level) / 2; df) x se}: what {@link
 * MeanEstimate} and {@code SegmentComparison.WelchTest} share. Values that are undefined for the
 * data at hand are NaN, as each implementation's Javadoc says. Instances are immutable and
 * thread-safe.
 *
 * @since 0.3.0
 */
public interface TTestResult {

  /** {@return the standard error of the estimate} */
  double standardError();

  /** {@return the t statistic of the test that the population value is 0} */
  double t();

  /** {@return the degrees of freedom: {@code n - 1} for a mean, Welch-Satterthwaite for a difference} */
  double degreesOfFreedom();

  /** {@return the two-sided p-value of that test, in {@code [0, 1]}} */
  double p();

  /** {@return the lower bound of the confidence interval} */
  double ciLower();

  /** {@return the upper bound of the confidence interval} */
  double ciUpper();

  /** {@return the confidence level of the interval, such as 0.95} */
  double confidenceLevel();
}
