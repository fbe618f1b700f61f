package io.github.mot.servqual;

/**
 * Welch's two-sample t test of the difference of two means with unequal variances (Welch 1947):
 *
 * <pre>
 * t  = (mean1 - mean2) / se,   se = sqrt(v1 / n1 + v2 / n2)
 * df = se^4 / ((v1 / n1)^2 / (n1 - 1) + (v2 / n2)^2 / (n2 - 1))   (Welch-Satterthwaite)
 * </pre>
 *
 * <p>with sample variances {@code v}, the two-sided p-value {@code 2 x P(T_df > |t|)} and the
 * confidence interval {@code difference +- t(1 - (1 - level) / 2; df) x se}. The same as R's
 * {@code t.test(x, y)}. Values are NaN when a group has fewer than 2 cases; with {@code se = 0}
 * the interval is {@code [difference, difference]}, df is NaN, and t is infinite with {@code p = 0}
 * (or NaN with {@code p = NaN} when the difference is 0).
 *
 * @param label what is compared: an item label, a dimension name or an overall score name
 * @param n1 cases of the first group
 * @param mean1 mean of the first group
 * @param sd1 sample standard deviation of the first group
 * @param n2 cases of the second group
 * @param mean2 mean of the second group
 * @param sd2 sample standard deviation of the second group
 * @param difference {@code mean1 - mean2}
 * @param standardError the standard error of the difference
 * @param t the t statistic
 * @param degreesOfFreedom the Welch-Satterthwaite degrees of freedom
 * @param p the two-sided p-value
 * @param ciLower lower bound of the confidence interval of the difference
 * @param ciUpper upper bound of the confidence interval of the difference
 * @param confidenceLevel the confidence level, such as 0.95
 * @since 0.1.0
 */
public record WelchTest(
    String label,
    long n1,
    double mean1,
    double sd1,
    long n2,
    double mean2,
    double sd2,
    double difference,
    double standardError,
    double t,
    double degreesOfFreedom,
    double p,
    double ciLower,
    double ciUpper,
    double confidenceLevel) {

  /**
   * Checks the label.
   *
   * @throws NullPointerException if the label is null
   */
  public WelchTest {
    MeanEstimate.requireLabel(label);
  }

  /**
   * For example {@code Prompt service: -0.500 (t -1.732, df 5.6, p 0.1372)}.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return label
        + ": "
        + ResultColumns.PLAIN.num(difference, 3)
        + " (t "
        + ResultColumns.PLAIN.num(t, 3)
        + ", df "
        + ResultColumns.PLAIN.num(degreesOfFreedom, 1)
        + ", p "
        + ResultColumns.PLAIN.p(p)
        + ")";
  }
}
