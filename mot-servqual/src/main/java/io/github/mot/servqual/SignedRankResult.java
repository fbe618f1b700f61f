package io.github.mot.servqual;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The Wilcoxon signed-rank test of one item's or dimension's gap {@code P - E}, beside the paired t
 * test of the same respondents. Likert answers are ordinal: the signed-rank test asks whether the
 * gaps are symmetric about 0 without treating the distances between scale points as equal.
 *
 * <p><b>Zeros and ties.</b> Respondents whose gap is exactly 0 are dropped before ranking (Wilcoxon's
 * original method: R's {@code wilcox.test}, SciPy's default {@code zero_method="wilcox"}); {@code
 * nonZero} respondents remain. The absolute gaps are ranked with average ranks for ties. {@code
 * wPlus} is the sum of the ranks of the positive gaps and {@code wMinus = nonZero (nonZero + 1) / 2
 * - wPlus}. The p-value comes from commons-statistics' {@code WilcoxonSignedRankTest}: exact when
 * {@code nonZero <= 50} and no absolute gaps are tied, otherwise the normal approximation with the
 * tie-corrected variance and a continuity correction of 0.5 (as R's {@code wilcox.test(correct =
 * TRUE)}); {@link #exact()} says which.
 *
 * <p><b>Effect sizes</b>, both on the {@code nonZero} respondents:
 *
 * <ul>
 *   <li>{@code rankBiserial}: the matched-pairs rank-biserial correlation (Kerby 2014), {@code (wPlus
 *       - wMinus) / (wPlus + wMinus)}, in [-1, 1]; negative when perceptions fall short;
 *   <li>{@code r}: {@code Z / sqrt(nonZero)} (Rosenthal 1991), with {@code Z = (wPlus - nonZero
 *       (nonZero + 1) / 4) / sigma}, {@code sigma^2 = nonZero (nonZero + 1)(2 nonZero + 1) / 24 -
 *       sum(t^3 - t) / 48} over the groups of t tied absolute gaps, without continuity correction.
 * </ul>
 *
 * <p>When every gap is 0 ({@code nonZero = 0}) the test is undefined: {@code z}, {@code p}, {@code
 * rankBiserial} and {@code r} are NaN (tables print {@code n/a}). Instances are immutable and
 * thread-safe.
 *
 * @param label the item's id and label, or the dimension's name
 * @param dimension the dimension
 * @param itemId the 1-based item id, empty for a dimension
 * @param n the respondents used (who have every answer the gap needs)
 * @param zeros the respondents whose gap is 0, dropped before ranking
 * @param nonZero {@code n - zeros}
 * @param wPlus the sum of the ranks of the positive gaps (W+)
 * @param wMinus the sum of the ranks of the negative gaps (W-)
 * @param z the standardised statistic Z described above (no continuity correction)
 * @param p the two-sided p-value, in [0, 1]
 * @param exact true if {@code p} is exact, false if from the normal approximation
 * @param rankBiserial the matched-pairs rank-biserial correlation
 * @param r {@code Z / sqrt(nonZero)}
 * @param pairedT the paired t test of the same gaps (mean gap, t, p, confidence interval)
 * @since 0.2.0
 */
public record SignedRankResult(
    String label,
    Dimension dimension,
    OptionalInt itemId,
    long n,
    long zeros,
    long nonZero,
    double wPlus,
    double wMinus,
    double z,
    double p,
    boolean exact,
    double rankBiserial,
    double r,
    MeanEstimate pairedT) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the counts are negative or {@code nonZero != n - zeros}
   */
  public SignedRankResult {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(pairedT, "pairedT");
    if (n < 0 || zeros < 0 || nonZero != n - zeros || nonZero < 0) {
      throw new IllegalArgumentException("counts must satisfy 0 <= zeros <= n and nonZero = n - zeros but were n = "
          + n + ", zeros = " + zeros + ", nonZero = " + nonZero);
    }
  }
}
