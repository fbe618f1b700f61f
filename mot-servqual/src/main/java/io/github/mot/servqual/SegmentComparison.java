package io.github.mot.servqual;

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
    List<WelchTest> overall) {

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

  /**
   * One table of every test: means and n of both segments, difference, t, df, p, interval.
   *
   * @return an aligned table
   */
  @Override
  public String toString() {
    String ci = overall.isEmpty() ? "CI" : Math.round(overall.get(0).confidenceLevel() * 100) + "% CI";
    TextTable t = new TextTable("gap", "n " + first, first, "n " + second, second, "difference", "t", "df", "p", ci)
        .leftAlign(0);
    for (List<WelchTest> group : List.of(items, dimensions, overall)) {
      for (WelchTest w : group) {
        t.row(w.label(), Long.toString(w.n1()), TextTable.num(w.mean1(), 3), Long.toString(w.n2()),
            TextTable.num(w.mean2(), 3), TextTable.num(w.difference(), 3), TextTable.num(w.t(), 3),
            TextTable.num(w.degreesOfFreedom(), 1), TextTable.p(w.p()), TextTable.ci(w.ciLower(), w.ciUpper()));
      }
    }
    return "Segments " + attribute + " = " + first + " vs " + second + " (Welch's t test)\n" + t;
  }
}
