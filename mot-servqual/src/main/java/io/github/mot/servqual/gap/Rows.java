package io.github.mot.servqual.gap;

import io.github.mot.core.table.Column;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.internal.ItemsAndDimensions;
import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.servqual.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The implementations of this package's result rows: records behind the public sealed
 * interfaces, so that only the analyses build them (no public constructor). Their components are
 * never null: the analyses, their only callers, are checked by NullAway. Package-private.
 */
final class Rows {

  private Rows() {}

  /** The implementation of {@link GapReport.ItemGap}. */
  record ItemGap(int id, String label, Dimension dimension, long n, double meanExpectation,
      double sdExpectation, double meanPerception, double sdPerception,
      MeanEstimate gap) implements GapReport.ItemGap {}

  /** The implementation of {@link GapReport.DimensionGap}. */
  record DimensionGap(Dimension dimension, List<Integer> itemIds, long n, double meanExpectation,
      double sdExpectation, double meanPerception, double sdPerception, MeanEstimate gap,
      CronbachAlpha expectationReliability, CronbachAlpha perceptionReliability,
      CronbachAlpha gapReliability) implements GapReport.DimensionGap {

    /** Checks and copies the parts. */
    DimensionGap {
      itemIds = List.copyOf(itemIds);
    }
  }

  /** The implementation of {@link ZoneReport.Zone}. */
  record Zone(String label, Dimension dimension, OptionalInt itemId, long n, double meanAdequate,
      double meanDesired, double meanPerceived, MeanEstimate msa, MeanEstimate mss,
      ZoneReport.Position position) implements ZoneReport.Zone {}

  /** The implementation of {@link WilcoxonGapReport.SignedRank}. */
  record SignedRank(String label, Dimension dimension, OptionalInt itemId, long n, long zeros, long nonZero,
      double wPlus, double wMinus, double z, double p, boolean exact, double rankBiserial, double r,
      MeanEstimate pairedT) implements WilcoxonGapReport.SignedRank {

    /** Checks and copies the parts. */
    SignedRank {
      if (n < 0 || zeros < 0 || nonZero != n - zeros || nonZero < 0) {
        throw new IllegalArgumentException("counts must satisfy 0 <= zeros <= n and nonZero = n - zeros but were n = "
            + n + ", zeros = " + zeros + ", nonZero = " + nonZero);
      }
    }

    /**
     * For example {@code x - y: n 12 (3 zeros), W+ 5.0, W- 40.0, Z -2.069, p 0.0385, r_rb -0.778; paired t
     * -0.833 (sd 1.115, ...)}; {@code p ... exact} where the p-value is exact.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
      return label + ": n " + n + " (" + zeros + " zeros), W+ " + ResultColumns.PLAIN.num(wPlus, 1)
          + ", W- " + ResultColumns.PLAIN.num(wMinus, 1) + ", Z " + ResultColumns.PLAIN.num(z, 3)
          + ", p " + ResultColumns.PLAIN.p(p) + (exact ? " exact" : "")
          + ", r_rb " + ResultColumns.PLAIN.num(rankBiserial, 3) + "; paired t " + pairedT;
    }
  }

  /** The implementation of {@link SegmentComparison.WelchTest}. */
  record Welch(String label, long n1, double mean1, double sd1, long n2, double mean2, double sd2,
      double difference, double standardError, double t, double degreesOfFreedom, double p, double ciLower,
      double ciUpper, double confidenceLevel) implements SegmentComparison.WelchTest {

    /**
     * For example {@code Prompt service: -0.500 (t -1.732, df 5.6, p 0.1372)}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
      return label + ": " + ResultColumns.PLAIN.num(difference, 3) + " (t " + ResultColumns.PLAIN.num(t, 3)
          + ", df " + ResultColumns.PLAIN.num(degreesOfFreedom, 1) + ", p " + ResultColumns.PLAIN.p(p) + ")";
    }
  }

  /** The implementation of {@link SegmentComparison}. */
  record Comparison(String attribute, String first, String second, GapReport firstReport,
      GapReport secondReport, List<SegmentComparison.WelchTest> items, List<SegmentComparison.WelchTest> dimensions,
      List<SegmentComparison.WelchTest> overall) implements SegmentComparison {

    /** Copies the lists. */
    Comparison {
      items = List.copyOf(items);
      dimensions = List.copyOf(dimensions);
      overall = List.copyOf(overall);
    }

    private static final List<Column<SegmentComparison.WelchTest>> TESTS = List.of(
        Column.<SegmentComparison.WelchTest>text("label", SegmentComparison.WelchTest::label).header("gap"),
        Column.<SegmentComparison.WelchTest>integer("n1", SegmentComparison.WelchTest::n1),
        Column.<SegmentComparison.WelchTest>decimal("mean1", SegmentComparison.WelchTest::mean1),
        Column.<SegmentComparison.WelchTest>decimal("sd1", SegmentComparison.WelchTest::sd1).except(Target.TEXT, Target.HTML),
        Column.<SegmentComparison.WelchTest>integer("n2", SegmentComparison.WelchTest::n2),
        Column.<SegmentComparison.WelchTest>decimal("mean2", SegmentComparison.WelchTest::mean2),
        Column.<SegmentComparison.WelchTest>decimal("sd2", SegmentComparison.WelchTest::sd2).except(Target.TEXT, Target.HTML),
        Column.<SegmentComparison.WelchTest>decimal("difference", SegmentComparison.WelchTest::difference),
        Column.<SegmentComparison.WelchTest>decimal("t", SegmentComparison.WelchTest::t),
        Column.<SegmentComparison.WelchTest>decimal("df", SegmentComparison.WelchTest::degreesOfFreedom).decimals(1),
        Column.<SegmentComparison.WelchTest>decimal("p", SegmentComparison.WelchTest::p).text((w, c) -> c.p(w.p())),
        Column.<SegmentComparison.WelchTest>decimal("ciLower", SegmentComparison.WelchTest::ciLower).only(Target.JSON, Target.CSV),
        Column.<SegmentComparison.WelchTest>decimal("ciUpper", SegmentComparison.WelchTest::ciUpper).only(Target.JSON, Target.CSV),
        Column.display(ResultColumns.CI, (w, c) -> c.interval(w.ciLower(), w.ciUpper(), 3)));

    @Override
    public Tables tables() {
      List<SegmentComparison.WelchTest> all = new ArrayList<>(items);
      all.addAll(dimensions);
      all.addAll(overall);
      Table<SegmentComparison.WelchTest> text = Table.of("tests", TESTS, List.copyOf(all))
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

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }
}
