package io.github.mot.servqual.gap;

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
public final class SegmentComparison extends ResultValue implements Tabular {

  private final String attribute;
  private final String first;
  private final String second;
  private final GapReport firstReport;
  private final GapReport secondReport;
  private final List<WelchTest> items;
  private final List<WelchTest> dimensions;
  private final List<WelchTest> overall;

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  SegmentComparison(
      String attribute,
      String first,
      String second,
      GapReport firstReport,
      GapReport secondReport,
      List<WelchTest> items,
      List<WelchTest> dimensions,
      List<WelchTest> overall) {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(firstReport, "firstReport");
    Objects.requireNonNull(secondReport, "secondReport");
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
    overall = List.copyOf(overall);
    this.attribute = attribute;
    this.first = first;
    this.second = second;
    this.firstReport = firstReport;
    this.secondReport = secondReport;
    this.items = items;
    this.dimensions = dimensions;
    this.overall = overall;
  }

  /** {@return the attribute name} */
  public String attribute() {
    return attribute;
  }

  /** {@return the first segment's value} */
  public String first() {
    return first;
  }

  /** {@return the second segment's value} */
  public String second() {
    return second;
  }

  /** {@return the gap analysis of the first segment} */
  public GapReport firstReport() {
    return firstReport;
  }

  /** {@return the gap analysis of the second segment} */
  public GapReport secondReport() {
    return secondReport;
  }

  /** {@return Welch tests of the item gaps, in item order} */
  public List<WelchTest> items() {
    return items;
  }

  /** {@return Welch tests of the dimension gaps, in instrument order} */
  public List<WelchTest> dimensions() {
    return dimensions;
  }

  /**
   * {@return Welch tests of the unweighted SERVQUAL, the weighted one (if both segments have
   * points) and SERVPERF}
   */
  public List<WelchTest> overall() {
    return overall;
  }

  private static final List<Column<WelchTest>> TESTS = List.of(
      Column.<WelchTest>text("label", WelchTest::label).header("gap"),
      Column.<WelchTest>integer("n1", WelchTest::n1),
      Column.<WelchTest>decimal("mean1", WelchTest::mean1),
      Column.<WelchTest>decimal("sd1", WelchTest::sd1).except(Target.TEXT, Target.HTML),
      Column.<WelchTest>integer("n2", WelchTest::n2),
      Column.<WelchTest>decimal("mean2", WelchTest::mean2),
      Column.<WelchTest>decimal("sd2", WelchTest::sd2).except(Target.TEXT, Target.HTML),
      Column.<WelchTest>decimal("difference", WelchTest::difference),
      Column.<WelchTest>decimal("t", WelchTest::t),
      Column.<WelchTest>decimal("df", WelchTest::degreesOfFreedom).decimals(1),
      Column.<WelchTest>decimal("p", WelchTest::p).text((w, c) -> c.p(w.p())),
      Column.<WelchTest>decimal("ciLower", WelchTest::ciLower).only(Target.JSON, Target.CSV),
      Column.<WelchTest>decimal("ciUpper", WelchTest::ciUpper).only(Target.JSON, Target.CSV),
      Column.display(ResultColumns.CI, (w, c) -> c.interval(w.ciLower(), w.ciUpper(), 3)));

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
  public Tables tables() {
    List<WelchTest> all = new ArrayList<>(items);
    all.addAll(dimensions);
    all.addAll(overall);
    Table<WelchTest> text = Table.of("tests", TESTS, List.copyOf(all))
        .header("n1", c -> "n " + first).header("mean1", c -> first)
        .header("n2", c -> "n " + second).header("mean2", c -> second)
        .header(ResultColumns.CI, c -> overall.isEmpty() ? ResultColumns.CI
            : Text.ci(c, overall.get(0).confidenceLevel()))
        .only(Target.TEXT, Target.HTML);
    return Text.tables().csvLevel("level")
        .line(c -> "Segments " + attribute + " = " + first + " vs " + second + " (Welch's t test)")
        .field("attribute", attribute)
        .field("first", first)
        .field("second", second)
        .table(text)
        .table(Table.of("items", TESTS, items).level("item").only(Target.JSON, Target.CSV))
        .table(Table.of("dimensions", TESTS, dimensions).level("dimension").only(Target.JSON, Target.CSV))
        .table(Table.of("overall", TESTS, overall).level("overall").only(Target.JSON, Target.CSV))
        .build();
  }

  /**
   * One table of every test: means and n of both segments, difference, t, df, p, interval ({@code
   * Format.TEXT.render(this)}).
   *
   * @return an aligned table
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  @Override
  protected Object[] components() {
    return new Object[] {
        "attribute", attribute,
        "first", first,
        "second", second,
        "firstReport", firstReport,
        "secondReport", secondReport,
        "items", items,
        "dimensions", dimensions,
        "overall", overall};
  }

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
  public sealed interface WelchTest permits Rows.WelchTest {

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

    /** {@return the standard error of the difference} */
    double standardError();

    /** {@return the t statistic} */
    double t();

    /** {@return the Welch-Satterthwaite degrees of freedom} */
    double degreesOfFreedom();

    /** {@return the two-sided p-value} */
    double p();

    /** {@return lower bound of the confidence interval of the difference} */
    double ciLower();

    /** {@return upper bound of the confidence interval of the difference} */
    double ciUpper();

    /** {@return the confidence level, such as 0.95} */
    double confidenceLevel();
  }
}
