package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Wilson score interval for a binomial proportion: a confidence interval for the share of
 * trials that were successes, for example the share of positive moments among the scored ones.
 *
 * <p>With {@code n} trials, {@code s} successes, {@code f = n - s} failures and {@code z} the
 * standard normal quantile at {@code 1 - (1 - confidence) / 2} (1.959963984540054 at 95%):
 *
 * <pre>
 *   centre    = (s + z^2/2) / (n + z^2)
 *   halfWidth = z / (n + z^2) * sqrt(s*f/n + z^2/4)
 *   [lower, upper] = [centre - halfWidth, centre + halfWidth]
 * </pre>
 *
 * which is the usual {@code (p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)} with
 * {@code p = s/n} multiplied through by {@code n}. Reference: E. B. Wilson, "Probable inference,
 * the law of succession, and statistical inference", <i>JASA</i> 22 (1927) 209-212; it is R's
 * {@code prop.test(s, n, correct = FALSE)$conf.int}. Unlike the Wald interval it stays inside
 * [0, 1] and is sensible for shares near 0 or 1 and small {@code n} (Brown, Cai and DasGupta,
 * <i>Statistical Science</i> 16 (2001) 101-133).
 *
 * <p>Conventions: with {@code s = 0} the lower bound is exactly 0, with {@code s = n} the upper
 * bound is exactly 1, and rounding never carries a bound outside [0, 1]. With no trials ({@code n
 * = 0}) there is no estimate ({@link #estimate()} is NaN) and the interval is [0, 1], the limit
 * of the formula as {@code n -> 0}: no data, no information.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WilsonInterval extends ResultValue implements Tabular {

  /** The confidence level used when none is given: 0.95. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  /**
   * The columns of an interval: JSON fields {@code estimate} (null without trials), {@code lower},
   * {@code upper}, {@code successes}, {@code trials}, {@code confidence}; the one CSV row; the one
   * row of the HTML table.
   */
  static final List<Column<WilsonInterval>> COLUMNS = List.of(
      Column.<WilsonInterval>decimal("estimate", WilsonInterval::estimate).decimals(4).header("table.estimate"),
      Column.<WilsonInterval>decimal("lower", WilsonInterval::lower).decimals(4).header("table.lower"),
      Column.<WilsonInterval>decimal("upper", WilsonInterval::upper).decimals(4).header("table.upper"),
      Column.<WilsonInterval>integer("successes", WilsonInterval::successes).header("table.successes"),
      Column.<WilsonInterval>integer("trials", WilsonInterval::trials).header("table.trials"),
      Column.<WilsonInterval>decimal("confidence", WilsonInterval::confidence).decimals(2)
          .header("table.confidence"));

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  private static final double Z95 = quantile(DEFAULT_CONFIDENCE);

  private final long successes;
  private final long trials;
  private final double confidence;
  private final double z;
  private final double lower;
  private final double upper;

  private WilsonInterval(long successes, long trials, double confidence, double z) {
    this.successes = successes;
    this.trials = trials;
    this.confidence = confidence;
    this.z = z;
    if (trials == 0) {
      lower = 0.0;
      upper = 1.0;
    } else {
      double n = trials;
      double s = successes;
      double f = trials - successes;
      double z2 = z * z;
      double centre = (s + z2 / 2.0) / (n + z2);
      double half = z / (n + z2) * Math.sqrt(s * f / n + z2 / 4.0);
      lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
      upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
    }
  }

  /**
   * The 95% Wilson interval for {@code successes} out of {@code trials}.
   *
   * @param successes the trials that were successes, {@code 0 <= successes <= trials}
   * @param trials the number of trials, {@code >= 0}
   * @return the interval
   * @throws IllegalArgumentException if {@code trials < 0} or {@code successes} is outside
   *     {@code [0, trials]}
   */
  public static WilsonInterval of(long successes, long trials) {
    checkCounts(successes, trials);
    return new WilsonInterval(successes, trials, DEFAULT_CONFIDENCE, Z95);
  }

  /**
   * The Wilson interval for {@code successes} out of {@code trials} at the given confidence.
   *
   * @param successes the trials that were successes, {@code 0 <= successes <= trials}
   * @param trials the number of trials, {@code >= 0}
   * @param confidence the confidence level, strictly between 0 and 1 (0.95 for 95%)
   * @return the interval
   * @throws IllegalArgumentException if a count is out of range or the confidence is not in
   *     {@code (0, 1)} (NaN included)
   */
  public static WilsonInterval of(long successes, long trials, double confidence) {
    checkCounts(successes, trials);
    checkConfidence(confidence);
    double z = confidence == DEFAULT_CONFIDENCE ? Z95 : quantile(confidence);
    return new WilsonInterval(successes, trials, confidence, z);
  }

  static void checkConfidence(double confidence) {
    Preconditions.check(confidence > 0.0 && confidence < 1.0, "confidence", "in (0, 1) (for example 0.95)", confidence);
  }

  private static void checkCounts(long successes, long trials) {
    Preconditions.atLeast("trials", trials, 0);
    if (successes < 0 || successes > trials) {
      throw Preconditions.invalid("successes", "in [0, trials] = [0, " + trials + "]", successes);
    }
  }

  private static double quantile(double confidence) {
    // The upper-tail form keeps z finite for every confidence below 1: 0.5 + confidence / 2
    // rounds to 1.0 (and z to infinity) for confidences within 1e-16 of 1.
    return STANDARD_NORMAL.inverseSurvivalProbability((1.0 - confidence) / 2.0);
  }

  /**
   * The number of successes.
   *
   * @return {@code s}, in {@code [0, trials()]}
   */
  public long successes() {
    return successes;
  }

  /**
   * The number of trials.
   *
   * @return {@code n >= 0}
   */
  public long trials() {
    return trials;
  }

  /**
   * The confidence level.
   *
   * @return a value in (0, 1), 0.95 by default
   */
  public double confidence() {
    return confidence;
  }

  /**
   * The standard normal quantile {@code z} at {@code 1 - (1 - confidence) / 2}.
   *
   * @return {@code z > 0}, 1.959963984540054 at 95%
   */
  public double z() {
    return z;
  }

  /**
   * The observed share {@code s / n}, the point estimate.
   *
   * @return the share in [0, 1], NaN when there were no trials
   */
  public double estimate() {
    return trials == 0 ? Double.NaN : (double) successes / trials;
  }

  /**
   * The lower bound of the interval.
   *
   * @return a value in [0, 1], 0 when {@code s = 0} or {@code n = 0}
   */
  public double lower() {
    return lower;
  }

  /**
   * The upper bound of the interval.
   *
   * @return a value in [lower, 1], 1 when {@code s = n} (including {@code n = 0})
   */
  public double upper() {
    return upper;
  }

  /**
   * Whether the interval contains a share.
   *
   * @param share a share
   * @return {@code lower <= share <= upper}; false for NaN
   */
  public boolean contains(double share) {
    return share >= lower && share <= upper;
  }

  /**
   * The interval as text, for example {@code "0.8000 [0.4902, 0.9433] (8/10, 95% Wilson)"}; with
   * no trials the estimate prints as {@code "n/a"}.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The same in a language: numbers with the locale's decimal separator ({@code 0,8000 [0,4902;
   * 0,9433] (8/10, 95% Wilson)} for {@code de-DE}), the word from the bundle {@code
   * io.github.mot.scoring.i18n.labels} ({@code 95% Wilson 区间} in Chinese). {@code
   * toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the interval as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }

  /**
   * The interval for every {@link Format}: the line of {@link #toString()} (text), the fields
   * {@code estimate} (the share {@code s / n}, {@code null} without trials), {@code lower}, {@code
   * upper} (the bounds, shares in [0, 1]), {@code successes}, {@code trials} and {@code confidence}
   * (in (0, 1)) as JSON fields and as the one CSV row, and a one-row HTML table.
   *
   * @return the description of this interval
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    return ResultTables.sentence(this::text, this, "interval", COLUMNS).build();
  }

  /** The text of {@link #toString()} in a rendering's language and number format. */
  String text(Cells c) {
    double percent = confidence * 100.0;
    return c.num(estimate(), 4)
        + " "
        + c.interval(lower, upper, 4)
        + " ("
        + successes
        + "/"
        + trials
        + ", "
        + c.fill("text.wilson", c.num(percent, percent == Math.rint(percent) ? 0 : 2))
        + ")";
  }

  /** Two intervals are equal when successes, trials and confidence are equal (the bounds follow). */
  @Override
  protected Object[] components() {
    return new Object[] {successes, trials, confidence};
  }
}
