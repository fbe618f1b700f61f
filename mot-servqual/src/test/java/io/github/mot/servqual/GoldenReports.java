package io.github.mot.servqual;

import io.github.mot.servqual.testing.Fixtures;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.gap.SegmentComparison;
import io.github.mot.servqual.gap.SegmentReport;
import io.github.mot.servqual.gap.WilcoxonGapAnalysis;
import io.github.mot.servqual.gap.WilcoxonGapReport;
import io.github.mot.servqual.gap.ZoneReport;
import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.perception.ImportancePerformanceReport;
import io.github.mot.servqual.perception.PerceptionAnalysis;
import io.github.mot.servqual.perception.PerceptionReport;
import io.github.mot.servqual.perception.PerformanceMeasure;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import io.github.mot.servqual.reliability.ReliabilityReport;
import io.github.mot.core.RatingScale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import io.github.mot.servqual.testing.ServqualGenerators;

/**
 * The results whose exports are kept as golden files (src/test/resources/.../golden): the
 * fixtures of the existing tests, plus a standard survey with missing answers (listwise and
 * pairwise, translated labels) and hostile labels. Each call builds them afresh.
 */
final class GoldenReports {

  private GoldenReports() {}

  /** Zones fixture: E and P of {@link Fixtures}, A and D of ZonesIpaSegmentsTest. */
  static SurveyData withZones() {
    int[][] e = {{7, 6, 5}, {6, 6, 7}, {5, 7, 6}, {7, 5, 6}};
    int[][] a = {{4, 4, 5}, {5, 3, 6}, {3, 4, 6}, {4, 5, 5}};
    int[][] d = {{6, 5, 7}, {7, 4, 7}, {6, 5, 7}, {7, 5, 7}};
    int[][] p = {{5, 6, 4}, {5, 4, 6}, {5, 5, 6}, {4, 6, 3}};
    SurveyData.Builder b = SurveyData.builder(Fixtures.THREE_ITEMS);
    for (int r = 0; r < 4; r++) {
      b.add(Response.builder("r" + r).expectations(e[r]).adequate(a[r]).desired(d[r]).perceptions(p[r]).build());
    }
    return b.build();
  }

  /** The standard instrument, 5% of answers missing, importance points (seed chosen for that). */
  static SurveyData standardSurvey() {
    return ServqualGenerators.answers(new SplittableRandom(7), Instrument.standard(), 0.05, 7).build();
  }

  /** Item labels, segment values and an attribute name that a spreadsheet would run. */
  static SurveyData hostile() {
    Instrument evil = Instrument.of("=HYPERLINK(\"x\")", RatingScale.FIVE_POINT, List.of(
        Item.of("=cmd|' /C calc'!A0", Dimension.EMPATHY), Item.of("-label, \"quoted\"", Dimension.EMPATHY),
        Item.of("@SUM(A1)", Dimension.of("ACCESS"))));
    int[][] e = {{1, 2, 3}, {2, 2, 4}, {3, 1, 5}, {4, 5, 2}};
    int[][] p = {{3, 4, 3}, {3, 5, 2}, {2, 2, 4}, {5, 4, 3}};
    String[] seg = {"=HYPERLINK(1)", "=HYPERLINK(1)", "-b", "-b"};
    SurveyData.Builder b = SurveyData.builder(evil);
    for (int r = 0; r < 4; r++) {
      b.add(Response.builder("r" + r).expectations(e[r]).perceptions(p[r]).attribute("@segment", seg[r]).build());
    }
    return b.build();
  }

  /** Gap reports by name. */
  static Map<String, GapReport> gaps() {
    Map<String, GapReport> m = new LinkedHashMap<>();
    GapAnalysis listwise = GapAnalysis.withDefaults();
    GapAnalysis pairwise = GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE);
    m.put("gap-four", listwise.analyze(Fixtures.fourRespondents(false).build()));
    m.put("gap-four-points", listwise.analyze(Fixtures.fourRespondents(true).build()));
    m.put("gap-zones", listwise.analyze(withZones()));
    m.put("gap-standard-listwise", listwise.analyze(standardSurvey()));
    m.put("gap-standard-pairwise", pairwise.analyze(standardSurvey()));
    m.put("gap-hostile", listwise.analyze(hostile()));
    return m;
  }

  static Map<String, SegmentReport> segments() {
    Map<String, SegmentReport> m = new LinkedHashMap<>();
    m.put("segments-four", GapAnalysis.withDefaults().analyzeSegments(Fixtures.fourRespondents(true).build(), "segment"));
    m.put("segments-hostile", GapAnalysis.withDefaults().analyzeSegments(hostile(), "@segment"));
    return m;
  }

  static Map<String, SegmentComparison> comparisons() {
    Map<String, SegmentComparison> m = new LinkedHashMap<>();
    m.put("comparison-four",
        GapAnalysis.withDefaults().compareSegments(Fixtures.fourRespondents(true).build(), "segment", "a", "b"));
    m.put("comparison-hostile",
        GapAnalysis.withDefaults().compareSegments(hostile(), "@segment", "=HYPERLINK(1)", "-b"));
    return m;
  }

  static Map<String, ImportancePerformanceReport> ipas() {
    Map<String, ImportancePerformanceReport> m = new LinkedHashMap<>();
    SurveyData four = Fixtures.fourRespondents(true).build();
    m.put("ipa-dimensions", ImportancePerformance.withDefaults().analyzeDimensions(four));
    m.put("ipa-items", ImportancePerformance.withDefaults().withCuts(5.5, 5.0).analyzeItems(four, List.of(6.0, 5.0, 7.0)));
    m.put("ipa-top-box", ImportancePerformance.withDefaults().withPerformance(PerformanceMeasure.topTwoBox())
        .analyzeDimensions(four));
    SurveyData standard = standardSurvey();
    List<Double> importance = java.util.stream.IntStream.rangeClosed(1, 22).mapToObj(i -> (double) (i % 7)).toList();
    m.put("ipa-standard-items", ImportancePerformance.withDefaults().analyzeItems(standard, importance));
    return m;
  }

  static Map<String, ReliabilityReport> reliabilities() {
    Map<String, ReliabilityReport> m = new LinkedHashMap<>();
    SurveyData p = Fixtures.perceptionsOnly(Fixtures.FOUR_ITEMS, Fixtures.FOUR_ITEMS_PERCEPTIONS);
    m.put("reliability-perceptions", ReliabilityAnalysis.withDefaults().analyze(p));
    m.put("reliability-bootstrap", ReliabilityAnalysis.withDefaults().withBootstrap(100, 7).analyze(p));
    m.put("reliability-gaps", ReliabilityAnalysis.withDefaults().analyze(Fixtures.fourRespondents(false).build()));
    m.put("reliability-gaps-bootstrap",
        ReliabilityAnalysis.withDefaults().withBootstrap(100, 3).analyze(Fixtures.fourRespondents(false).build()));
    int[][] flat = {{4, 4, 4, 4}, {4, 4, 4, 5}, {4, 4, 4, 3}};
    m.put("reliability-undefined",
        ReliabilityAnalysis.withDefaults().analyze(Fixtures.perceptionsOnly(Fixtures.FOUR_ITEMS, flat)));
    return m;
  }

  static Map<String, WilcoxonGapReport> wilcoxons() {
    Map<String, WilcoxonGapReport> m = new LinkedHashMap<>();
    m.put("wilcoxon-twelve", WilcoxonGapAnalysis.withDefaults().analyze(Fixtures.twelve()));
    SurveyData same = SurveyData.builder(Fixtures.THREE_TANGIBLES)
        .add(Response.builder("a").expectations(5, 5, 5).perceptions(5, 5, 5).build())
        .add(Response.builder("b").expectations(4, 6, 5).perceptions(4, 6, 5).build()).build();
    m.put("wilcoxon-zeros", WilcoxonGapAnalysis.withDefaults().analyze(same));
    m.put("wilcoxon-standard", WilcoxonGapAnalysis.withDefaults().analyze(standardSurvey()));
    return m;
  }

  static Map<String, PerceptionReport> perceptions() {
    Map<String, PerceptionReport> m = new LinkedHashMap<>();
    SurveyData p = Fixtures.perceptionsOnly(Fixtures.FOUR_ITEMS, Fixtures.FOUR_ITEMS_PERCEPTIONS);
    m.put("perception-four", PerceptionAnalysis.withDefaults().analyze(p));
    m.put("perception-standard-pairwise",
        PerceptionAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(standardSurvey()));
    return m;
  }

  static Map<String, ZoneReport> zones() {
    Map<String, ZoneReport> m = new LinkedHashMap<>();
    m.put("zones-three-column", GapAnalysis.withDefaults().zones(ZonesIpaSegmentsTest.threeColumn()));
    m.put("zones-pairwise", GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).zones(withZones()));
    return m;
  }
}
