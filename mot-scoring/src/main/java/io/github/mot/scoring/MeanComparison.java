package io.github.mot.scoring;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Two groups of values (journey scores of episodes with and without a deviation, say) compared by
 * the difference of their means, with Welch's interval and test for unequal variances.
 *
 * <p>With {@code n1, n2} values, means {@code m1, m2} and sample variances {@code v1, v2}
 * (denominator {@code n - 1}):
 *
 * <pre>
 *   difference = m1 - m2
 *   se         = sqrt(v1 / n1 + v2 / n2)
 *   df         = se^4 / ((v1 / n1)^2 / (n1 - 1) + (v2 / n2)^2 / (n2 - 1))   (Welch-Satterthwaite)
 *   t          = difference / se
 *   p          = 2 P(T_df &gt; |t|)
 *   interval   = difference -+ t_{df, 1 - (1 - confidence) / 2} se
 * </pre>
 *
 * Reference: B. L. Welch, "The generalization of 'Student's' problem when several different
 * population variances are involved", <i>Biometrika</i> 34 (1947) 28-35; it is R's {@code
 * t.test(x, y)} (whose default is {@code var.equal = FALSE}) and SciPy's {@code
 * scipy.stats.ttest_ind(x, y, equal_var=False)}.
 *
 * <p>Undefined figures are {@code NaN}: the standard deviation of a group of fewer than 2 values,
 * the mean of an empty group (and the difference with it), and {@code se}, {@code df}, {@code t},
 * {@code p} and the interval when a group has fewer than 2 values or both variances are 0.
 * Means and variances are computed from exact sums (each value on a grid of 2<sup>-52</sup>, its
 * sum and the sum of its squares as exact integers; the variance as {@code (n Q - S^2) / (n (n -
 * 1))} from them, rounded once), so the result depends on the multiset of values only: any order,
 * any split into shards merged, gives it bit for bit.
 *
 * <p>Instances are immutable and thread-safe; equal when every figure is.
 *
 * @since 0.4.0
 */
public final class MeanComparison implements Tabular {

  /** The confidence level used when none is given: 0.95. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private final long firstCount;
  private final double firstMean;
  private final double firstSd;
  private final long secondCount;
  private final double secondMean;
  private final double secondSd;
  private final double confidence;
  private final double se;
  private final double df;

  private MeanComparison(ExactMoments first, ExactMoments second, double confidence) {
    this.firstCount = first.count();
    this.secondCount = second.count();
    this.firstMean = first.mean();
    this.secondMean = second.mean();
    double v1 = first.variance();
    double v2 = second.variance();
    this.firstSd = Math.sqrt(v1);
    this.secondSd = Math.sqrt(v2);
    this.confidence = confidence;
    double a = v1 / firstCount;
    double b = v2 / secondCount;
    double s2 = a + b;
    if (firstCount < 2 || secondCount < 2 || !(s2 > 0)) {
      this.se = Double.NaN;
      this.df = Double.NaN;
    } else {
      this.se = Math.sqrt(s2);
      this.df = s2 * s2 / (a * a / (firstCount - 1) + b * b / (secondCount - 1));
    }
  }

  /**
   * Compares two groups at 95% confidence.
   *
   * @param first the values of the first group (the group "with"), finite with a magnitude below
   *     2<sup>62</sup>
   * @param second the values of the second group (the group "without"), likewise
   * @return the comparison, {@code first - second}
   * @throws IllegalArgumentException if a value is NaN, infinite or of magnitude 2<sup>62</sup> or
   *     more (naming the group and index)
   * @throws NullPointerException if an array is null
   */
  public static MeanComparison of(double[] first, double[] second) {
    return of(first, second, DEFAULT_CONFIDENCE);
  }

  /**
   * Compares two groups at a confidence level.
   *
   * @param first the values of the first group (the group "with"), finite with a magnitude below
   *     2<sup>62</sup>
   * @param second the values of the second group (the group "without"), likewise
   * @param confidence the confidence of the interval, in (0, 1)
   * @return the comparison, {@code first - second}
   * @throws IllegalArgumentException if a value is NaN, infinite or of magnitude 2<sup>62</sup> or
   *     more (naming the group and index), or the confidence is outside (0, 1)
   * @throws NullPointerException if an array is null
   */
  public static MeanComparison of(double[] first, double[] second, double confidence) {
    check("first", first, first.length);
    check("second", second, second.length);
    return of(first, first.length, second, second.length, confidence);
  }

  /** Compares the first {@code n1} and {@code n2} values of checked arrays (no copy). */
  static MeanComparison of(double[] first, int n1, double[] second, int n2, double confidence) {
    return of(moments("first", first, n1), moments("second", second, n2), confidence);
  }

  /** Compares two groups given by their exact moments. */
  static MeanComparison of(ExactMoments first, ExactMoments second, double confidence) {
    Preconditions.check(confidence > 0.0 && confidence < 1.0, "confidence", "in (0, 1) (for example 0.95)",
        confidence);
    return new MeanComparison(first, second, confidence);
  }

  private static void check(String group, double[] values, int n) {
    for (int i = 0; i < n; i++) {
      if (!(Math.abs(values[i]) < 0x1p62)) {
        throw Preconditions.invalid(group + "[" + i + "]", "a finite number with a magnitude below 2^62", values[i]);
      }
    }
  }

  /** The exact moments of {@code values[0, n)} (checked values). */
  static ExactMoments moments(String group, double[] values, int n) {
    ExactMoments m = new ExactMoments();
    for (int i = 0; i < n; i++) {
      m.add(group, values[i]);
    }
    return m;
  }

  /**
   * The number of values of the first group.
   *
   * @return {@code >= 0}
   */
  public long firstCount() {
    return firstCount;
  }

  /**
   * The mean of the first group.
   *
   * @return the mean, NaN for an empty group
   */
  public double firstMean() {
    return firstMean;
  }

  /**
   * The sample standard deviation of the first group (denominator {@code n - 1}).
   *
   * @return {@code >= 0}, NaN for fewer than 2 values
   */
  public double firstSd() {
    return firstSd;
  }

  /**
   * The number of values of the second group.
   *
   * @return {@code >= 0}
   */
  public long secondCount() {
    return secondCount;
  }

  /**
   * The mean of the second group.
   *
   * @return the mean, NaN for an empty group
   */
  public double secondMean() {
    return secondMean;
  }

  /**
   * The sample standard deviation of the second group (denominator {@code n - 1}).
   *
   * @return {@code >= 0}, NaN for fewer than 2 values
   */
  public double secondSd() {
    return secondSd;
  }

  /**
   * The difference of the means, first minus second.
   *
   * @return the difference, NaN if a group is empty
   */
  public double difference() {
    return firstMean - secondMean;
  }

  /**
   * The standard error of the difference, {@code sqrt(v1 / n1 + v2 / n2)}.
   *
   * @return {@code > 0}, NaN when undefined (see the class comment)
   */
  public double standardError() {
    return se;
  }

  /**
   * The Welch-Satterthwaite degrees of freedom.
   *
   * @return in {@code [min(n1, n2) - 1, n1 + n2 - 2]}, NaN when undefined
   */
  public double degreesOfFreedom() {
    return df;
  }

  /**
   * Welch's statistic, {@code difference / se}.
   *
   * @return the statistic, NaN when undefined
   */
  public double t() {
    return difference() / se;
  }

  /**
   * The two-sided p value of Welch's test of equal means.
   *
   * @return in [0, 1], NaN when undefined
   */
  public double p() {
    if (Double.isNaN(se)) {
      return Double.NaN;
    }
    return Math.min(1.0, 2.0 * TDistribution.of(df).survivalProbability(Math.abs(t())));
  }

  /**
   * The confidence level of the interval.
   *
   * @return in (0, 1)
   */
  public double confidence() {
    return confidence;
  }

  /**
   * The lower bound of the interval of the difference.
   *
   * @return the bound, NaN when undefined
   */
  public double lower() {
    return difference() - halfWidth();
  }

  /**
   * The upper bound of the interval of the difference.
   *
   * @return the bound, NaN when undefined
   */
  public double upper() {
    return difference() + halfWidth();
  }

  /**
   * Whether the interval excludes 0: the difference is more than noise at this confidence.
   *
   * @return false when undefined
   */
  public boolean isSignificant() {
    return lower() > 0 || upper() < 0;
  }

  private double halfWidth() {
    if (Double.isNaN(se)) {
      return Double.NaN;
    }
    return TDistribution.of(df).inverseSurvivalProbability((1.0 - confidence) / 2.0) * se;
  }

  /**
   * The columns of the difference of a comparison, for the rows of a result's table that declares
   * its groups' own columns beside them: {@code difference}, {@code lower}, {@code upper}, {@code
   * df}, {@code p} (undefined figures empty in CSV, null in JSON).
   *
   * @param <R> the row type
   * @param comparison the comparison of a row
   * @return the columns
   */
  static <R> List<Column<R>> differenceColumns(java.util.function.Function<R, MeanComparison> comparison) {
    return List.of(
        Column.<R>decimal("difference", r -> comparison.apply(r).difference()).decimals(3).header("table.difference"),
        Column.<R>decimal("lower", r -> comparison.apply(r).lower()).decimals(3).header("table.lower"),
        Column.<R>decimal("upper", r -> comparison.apply(r).upper()).decimals(3).header("table.upper"),
        Column.<R>decimal("df", r -> comparison.apply(r).degreesOfFreedom()).decimals(1).header("table.df"),
        Column.<R>decimal("p", r -> comparison.apply(r).p()).decimals(4).header("table.p"));
  }

  private static final List<Column<MeanComparison>> COLUMNS = List.of(
      Column.<MeanComparison>integer("firstCount", MeanComparison::firstCount).header("table.firstN"),
      Column.<MeanComparison>decimal("firstMean", MeanComparison::firstMean).decimals(4).header("table.firstMean"),
      Column.<MeanComparison>decimal("firstSd", MeanComparison::firstSd).decimals(4).header("table.firstSd"),
      Column.<MeanComparison>integer("secondCount", MeanComparison::secondCount).header("table.secondN"),
      Column.<MeanComparison>decimal("secondMean", MeanComparison::secondMean).decimals(4).header("table.secondMean"),
      Column.<MeanComparison>decimal("secondSd", MeanComparison::secondSd).decimals(4).header("table.secondSd"),
      Column.<MeanComparison>decimal("difference", MeanComparison::difference).decimals(4).header("table.difference"),
      Column.<MeanComparison>decimal("lower", MeanComparison::lower).decimals(4).header("table.lower"),
      Column.<MeanComparison>decimal("upper", MeanComparison::upper).decimals(4).header("table.upper"),
      Column.<MeanComparison>decimal("standardError", MeanComparison::standardError).decimals(4).header("table.se"),
      Column.<MeanComparison>decimal("df", MeanComparison::degreesOfFreedom).decimals(2).header("table.df"),
      Column.<MeanComparison>decimal("t", MeanComparison::t).decimals(4).header("table.t"),
      Column.<MeanComparison>decimal("p", MeanComparison::p).decimals(4).header("table.p"),
      Column.<MeanComparison>decimal("confidence", MeanComparison::confidence).decimals(2).header("table.confidence"));

  /**
   * The comparison for every {@link Format}: one sentence in text and HTML ({@code difference
   * [lower, upper] (n1 vs n2, Welch 95%, p)}), and the JSON fields and one CSV row {@code
   * firstCount}, {@code firstMean}, {@code firstSd}, {@code secondCount}, {@code secondMean}, {@code
   * secondSd}, {@code difference}, {@code lower}, {@code upper}, {@code standardError}, {@code df},
   * {@code t}, {@code p}, {@code confidence} (undefined figures null in JSON, empty in CSV).
   *
   * @return the description of this comparison
   */
  @Override
  public Tables tables() {
    return ResultTables.sentence(this::text, this, "comparison", COLUMNS).build();
  }

  private String text(Cells c) {
    double percent = confidence * 100.0;
    return c.fill("text.meanComparison", c.num(difference(), 3), c.interval(lower(), upper(), 3),
        c.num(firstMean, 3), c.count(firstCount), c.num(secondMean, 3), c.count(secondCount),
        c.num(percent, percent == Math.rint(percent) ? 0 : 2), c.num(p(), 4));
  }

  /**
   * Whether {@code o} is a comparison with the same figures: counts, means, standard deviations,
   * confidence, standard error and degrees of freedom (doubles compared as by {@link
   * Double#compare}, so NaN equals NaN).
   *
   * @param o the other object
   * @return true if every figure is equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MeanComparison m && m.firstCount == firstCount && m.secondCount == secondCount
        && Double.compare(m.firstMean, firstMean) == 0 && Double.compare(m.secondMean, secondMean) == 0
        && Double.compare(m.firstSd, firstSd) == 0 && Double.compare(m.secondSd, secondSd) == 0
        && Double.compare(m.confidence, confidence) == 0 && Double.compare(m.se, se) == 0
        && Double.compare(m.df, df) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new double[] {firstCount, firstMean, firstSd, secondCount, secondMean, secondSd,
        confidence, se, df});
  }

  /**
   * One sentence: the difference, its interval, each group's mean and size, the p value.
   *
   * @return the sentence, without a final line break
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
