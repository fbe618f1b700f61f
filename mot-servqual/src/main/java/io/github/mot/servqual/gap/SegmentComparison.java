package io.github.mot.servqual.gap;

import io.github.mot.servqual.TTestResult;
import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.servqual.internal.Text;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two segments compared with Welch's t test ({@link GapAnalysis#compareSegments(SurveyData,
 * String, String, String)}); differences are {@code first - second}.
 *
 * @since 0.1.0
 */
public sealed interface SegmentComparison extends Tabular permits Rows.Comparison {

  /** {@return the attribute name} */
  String attribute();

  /** {@return the first segment's value} */
  String first();

  /** {@return the second segment's value} */
  String second();

  /** {@return the gap analysis of the first segment} */
  GapReport firstReport();

  /** {@return the gap analysis of the second segment} */
  GapReport secondReport();

  /** {@return Welch tests of the item gaps, in item order} */
  List<WelchTest> items();

  /** {@return Welch tests of the dimension gaps, in instrument order} */
  List<WelchTest> dimensions();

  /**
   * {@return Welch tests of the unweighted SERVQUAL, the weighted one (if both segments have
   * points) and SERVPERF}
   */
  List<WelchTest> overall();

  /**
   * The comparison for every {@link Format}: in text and HTML one table of every test (means and
   * n of both segments, difference, t, df, p, interval); in JSON {@code attribute}, {@code first},
   * {@code second} and the tests under {@code items}, {@code dimensions} and {@code overall}; in CSV
   * one row per test, {@code level} {@code item}, {@code dimension} or {@code overall}.
   *
   * @return the description of this comparison
   * @since 0.3.0
   */
  @Override
  Tables tables();

  /**
   * One table of every test: means and n of both segments, difference, t, df, p, interval ({@code
   * Format.TEXT.render(this)}).
   *
   * @return an aligned table
   */
  @Override
  String toString();

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
   * @since 0.1.0
   */
  public sealed interface WelchTest extends TTestResult permits Rows.Welch {

    /** {@return what is compared: an item label, a dimension name or an overall score name} */
    String label();

    /** {@return cases of the first group} */
    long n1();

    /** {@return mean of the first group} */
    double mean1();

    /** {@return sample standard deviation of the first group} */
    double sd1();

    /** {@return cases of the second group} */
    long n2();

    /** {@return mean of the second group} */
    double mean2();

    /** {@return sample standard deviation of the second group} */
    double sd2();

    /** {@return {@code mean1 - mean2}} */
    double difference();
  }
}
