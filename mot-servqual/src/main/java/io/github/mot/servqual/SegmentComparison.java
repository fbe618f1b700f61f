package io.github.mot.servqual;

import io.github.mot.core.table.Column;
import io.github.mot.core.table.Column.Target;
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
 * @param attribute the attribute name
 * @param first the first segment's value
 * @param second the second segment's value
 * @param firstReport the gap analysis of the first segment
 * @param secondReport the gap analysis of the second segment
 * @param items Welch tests of the item gaps, in item order
 * @param dimensions Welch tests of the dimension gaps, in instrument order
 * @param overall Welch tests of the unweighted SERVQUAL, the weighted one (if both segments have
 *     points) and SERVPERF
 * @since 0.1.0
 */
public record SegmentComparison(
    String attribute,
    String first,
    String second,
    GapReport firstReport,
    GapReport secondReport,
    List<WelchTest> items,
    List<WelchTest> dimensions,
    List<WelchTest> overall) implements Tabular {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public SegmentComparison {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(firstReport, "firstReport");
    Objects.requireNonNull(secondReport, "secondReport");
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
    overall = List.copyOf(overall);
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
}
