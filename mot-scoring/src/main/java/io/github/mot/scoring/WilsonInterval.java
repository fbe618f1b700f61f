package io.github.mot.scoring;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.Locale;

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
 * <p>Instances are immutable and thread-safe; equal when successes, trials and confidence are
 * equal (the bounds follow).
 *
 * @since 0.1.0
 */
public sealed interface WilsonInterval extends Tabular permits Results.Wilson {

  /** The confidence level used when none is given: 0.95. */
  double DEFAULT_CONFIDENCE = 0.95;

  /**
   * The 95% Wilson interval for {@code successes} out of {@code trials}.
   *
   * @param successes the trials that were successes, {@code 0 <= successes <= trials}
   * @param trials the number of trials, {@code >= 0}
   * @return the interval
   * @throws IllegalArgumentException if {@code trials < 0} or {@code successes} is outside
   *     {@code [0, trials]}
   */
  static WilsonInterval of(long successes, long trials) {
    return Results.Wilson.of(successes, trials);
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
  static WilsonInterval of(long successes, long trials, double confidence) {
    return Results.Wilson.of(successes, trials, confidence);
  }

  /**
   * The interval for every {@link Format}: the line of {@code toString()} (text), the fields
   * {@code estimate} (the share {@code s / n}, {@code null} without trials), {@code lower}, {@code
   * upper} (the bounds, shares in [0, 1]), {@code successes}, {@code trials} and {@code confidence}
   * (in (0, 1)) as JSON fields and as the one CSV row, and a one-row HTML table.
   *
   * @return the description of this interval
   * @since 0.3.0
   */
  @Override
  Tables tables();

  /**
   * The number of successes.
   *
   * @return {@code s}, in {@code [0, trials()]}
   */
  long successes();

  /**
   * The number of trials.
   *
   * @return {@code n >= 0}
   */
  long trials();

  /**
   * The confidence level.
   *
   * @return a value in (0, 1), 0.95 by default
   */
  double confidence();

  /**
   * The standard normal quantile {@code z} at {@code 1 - (1 - confidence) / 2}.
   *
   * @return {@code z > 0}, 1.959963984540054 at 95%
   */
  double z();

  /**
   * The observed share {@code s / n}, the point estimate.
   *
   * @return the share in [0, 1], NaN when there were no trials
   */
  default double estimate() {
    return trials() == 0 ? Double.NaN : (double) successes() / trials();
  }

  /**
   * The lower bound of the interval.
   *
   * @return a value in [0, 1], 0 when {@code s = 0} or {@code n = 0}
   */
  double lower();

  /**
   * The upper bound of the interval.
   *
   * @return a value in [lower, 1], 1 when {@code s = n} (including {@code n = 0})
   */
  double upper();

  /**
   * Whether the interval contains a share.
   *
   * @param share a share
   * @return {@code lower <= share <= upper}; false for NaN
   */
  default boolean contains(double share) {
    return share >= lower() && share <= upper();
  }

  /**
   * The interval as text, for example {@code "0.8000 [0.4902, 0.9433] (8/10, 95% Wilson)"}; with
   * no trials the estimate prints as {@code "n/a"}.
   *
   * @return {@code Format.TEXT.render(this)}
   */
  @Override
  String toString();

  /**
   * The same in a language: numbers with the locale's decimal separator ({@code 0,8000 [0,4902;
   * 0,9433] (8/10, 95% Wilson)} for {@code de-DE}), the word from the bundle {@code
   * io.github.mot.scoring.i18n.labels} ({@code 95% Wilson 区间} in Chinese). {@code
   * toString(Locale.ENGLISH)} equals {@code toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the interval as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }
}
