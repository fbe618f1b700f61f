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
public sealed interface MeanEstimate extends TTestResult permits Values.MeanEstimate {

  /** {@return the number of cases} */
  long n();

  /** {@return the mean, in the units of the scale (or points)} */
  double mean();

  /** {@return the sample standard deviation, {@code n - 1} divisor} */
  double standardDeviation();
}
