package io.github.mot.servqual;

import io.github.mot.core.testing.Rejections;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.gap.SegmentComparison;
import io.github.mot.servqual.gap.SegmentReport;
import io.github.mot.servqual.gap.ZoneReport;
import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.perception.ImportancePerformanceReport;
import io.github.mot.servqual.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZonesIpaSegmentsTest {

  private static final double EPS = 1e-9;

  /**
   * Three-column data on the three-item instrument (P as in {@link Fixtures}):
   *
   * <pre>
   *        A1 A2 A3   D1 D2 D3   P1 P2 P3
   *   r1    4  4  5    6  5  7    5  6  4
   *   r2    5  3  6    7  4  7    5  4  6
   *   r3    3  4  6    6  5  7    5  5  6
   *   r4    4  5  5    7  5  7    4  6  3
   * </pre>
   */
  static SurveyData threeColumn() {
    int[][] a = {{4, 4, 5}, {5, 3, 6}, {3, 4, 6}, {4, 5, 5}};
    int[][] d = {{6, 5, 7}, {7, 4, 7}, {6, 5, 7}, {7, 5, 7}};
    int[][] p = {{5, 6, 4}, {5, 4, 6}, {5, 5, 6}, {4, 6, 3}};
    SurveyData.Builder b = SurveyData.builder(Fixtures.THREE_ITEMS);
    for (int r = 0; r < 4; r++) {
      b.add(Response.builder("r" + r).adequate(a[r]).desired(d[r]).perceptions(p[r]).build());
    }
    return b.build();
  }

  @Test
  void zonesOfToleranceByHand() {
    ZoneReport z = GapAnalysis.withDefaults().zones(threeColumn());
    ZoneReport.Zone i1 = z.items().get(0);
    // A1 = 4,5,3,4 -> 4; D1 = 6,7,6,7 -> 6.5; P1 -> 4.75
    assertThat(i1.meanAdequate()).isCloseTo(4.0, within(EPS));
    assertThat(i1.meanDesired()).isCloseTo(6.5, within(EPS));
    assertThat(i1.meanPerceived()).isCloseTo(4.75, within(EPS));
    // MSA = P - A = 1,0,2,0: mean .75, sd sqrt(2.75/3), t 1.5666989036012806 (SciPy)
    assertThat(i1.msa().mean()).isCloseTo(0.75, within(EPS));
    assertThat(i1.msa().t()).isCloseTo(1.5666989036012806, within(EPS));
    assertThat(i1.msa().p()).isCloseTo(0.21516994256955002, within(EPS));
    // MSS = P - D = -1,-2,-1,-3: -1.75
    assertThat(i1.mss().mean()).isCloseTo(-1.75, within(EPS));
    assertThat(i1.position()).isEqualTo(ZoneReport.Position.INSIDE);
    // item 2: MSA 2,1,1,1 -> 1.25; MSS 1,0,0,1 -> .5: above the zone
    assertThat(z.items().get(1).mss().mean()).isCloseTo(0.5, within(EPS));
    assertThat(z.items().get(1).position()).isEqualTo(ZoneReport.Position.ABOVE);
    // item 3: MSA -1,0,0,-2 -> -.75: below; MSS -3,-1,-1,-4 -> -2.25, t -3, p .0576688856224373
    ZoneReport.Zone i3 = z.items().get(2);
    assertThat(i3.msa().mean()).isCloseTo(-0.75, within(EPS));
    assertThat(i3.position()).isEqualTo(ZoneReport.Position.BELOW);
    assertThat(i3.mss().t()).isCloseTo(-3.0, within(EPS));
    assertThat(i3.mss().p()).isCloseTo(0.0576688856224373, within(EPS));
    // TANGIBLES: respondent means A 4,4,3.5,4.5 -> 4; D 5.5,5.5,5.5,6 -> 5.625; P -> 5
    ZoneReport.Zone t = z.dimensions().get(0);
    assertThat(t.label()).isEqualTo("TANGIBLES");
    assertThat(t.itemId()).isEmpty();
    assertThat(t.meanAdequate()).isCloseTo(4.0, within(EPS));
    assertThat(t.meanDesired()).isCloseTo(5.625, within(EPS));
    assertThat(t.meanPerceived()).isCloseTo(5.0, within(EPS));
    assertThat(t.msa().mean()).isCloseTo(1.0, within(EPS));
    assertThat(t.mss().mean()).isCloseTo(-0.625, within(EPS));
    assertThat(t.position()).isEqualTo(ZoneReport.Position.INSIDE);
    assertThat(z.toString()).contains("BELOW").contains("ABOVE").contains("MSA");
  }

  @Test
  void gapReportIncludesZonesWhenAllFourKindsArePresent() {
    SurveyData.Builder b = SurveyData.builder(Fixtures.THREE_ITEMS);
    b.add(Response.builder("x").expectations(7, 7, 7).adequate(4, 4, 4).desired(6, 6, 6).perceptions(5, 5, 5).build());
    b.add(Response.builder("y").expectations(6, 6, 6).adequate(3, 3, 3).desired(7, 7, 7).perceptions(5, 6, 4).build());
    GapReport r = GapAnalysis.withDefaults().analyze(b.build());
    assertThat(r.zones()).isPresent();
    assertThat(r.zones().orElseThrow().items()).hasSize(3);
  }

  @Test
  void zonesNeedAdequateAndDesired() {
    Rejections.assertRejectsWith(
        "adequate answers",
        () -> GapAnalysis.withDefaults().zones(Fixtures.fourRespondents(false).build()));
  }

  @Test
  void ipaOfDimensionsFromPointsByHand() {
    ImportancePerformanceReport ipa = ImportancePerformance.withDefaults().analyzeDimensions(Fixtures.fourRespondents(true).build());
    // importance: TANGIBLES (60+50+30+80)/4 = 55, RELIABILITY (40+50+70+20)/4 = 45; grand mean 50
    // performance: TANGIBLES 5.0, RELIABILITY 4.75; grand mean 4.875
    assertThat(ipa.importanceCut()).isCloseTo(50, within(EPS));
    assertThat(ipa.performanceCut()).isCloseTo(4.875, within(EPS));
    ImportancePerformanceReport.Point t = ipa.points().get(0);
    assertThat(t.importance()).isCloseTo(55, within(EPS));
    assertThat(t.performance()).isCloseTo(5.0, within(EPS));
    assertThat(t.quadrant()).isEqualTo(ImportancePerformanceReport.Quadrant.KEEP_UP_THE_GOOD_WORK);
    assertThat(ipa.points().get(1).quadrant()).isEqualTo(ImportancePerformanceReport.Quadrant.LOW_PRIORITY);
    // priority: (55-50)/10 - (5-4.875)/.25 = .5 - .5 = 0
    assertThat(t.priority()).isCloseTo(0.0, within(EPS));
    assertThat(ipa.toString()).contains("KEEP_UP_THE_GOOD_WORK");
  }

  @Test
  void ipaOfItemsWithSuppliedImportanceByHand() {
    SurveyData data = Fixtures.fourRespondents(false).build();
    // performance: P1 4.75, P2 5.25, P3 4.75 (grand mean 59/12); importance 6, 5, 7 (grand mean 6)
    ImportancePerformanceReport ipa = ImportancePerformance.withDefaults().analyzeItems(data, List.of(6.0, 5.0, 7.0));
    assertThat(ipa.points().get(0).quadrant()).isEqualTo(ImportancePerformanceReport.Quadrant.CONCENTRATE_HERE); // 6 >= 6, 4.75 < 4.9167
    assertThat(ipa.points().get(1).quadrant()).isEqualTo(ImportancePerformanceReport.Quadrant.POSSIBLE_OVERKILL);
    assertThat(ipa.points().get(2).quadrant()).isEqualTo(ImportancePerformanceReport.Quadrant.CONCENTRATE_HERE);
    // priority, spreads 2 and .5: item 1: 0/2 - (4.75 - 59/12)/.5 = 1/3; item 3: 1/2 + 1/3 = 5/6
    assertThat(ipa.points().get(0).priority()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(ipa.points().get(2).priority()).isCloseTo(5.0 / 6, within(EPS));
    assertThat(ipa.priorities()).extracting(p -> p.itemId().getAsInt()).containsExactly(3, 1, 2);
    ImportancePerformanceReport cut = ImportancePerformance.withDefaults().withCuts(5.5, 5.0).analyzeItems(data, List.of(6.0, 5.0, 7.0));
    assertThat(cut.grandMeanCuts()).isFalse();
    assertThat(cut.points()).extracting(ImportancePerformanceReport.Point::quadrant)
        .containsExactly(ImportancePerformanceReport.Quadrant.CONCENTRATE_HERE, ImportancePerformanceReport.Quadrant.POSSIBLE_OVERKILL, ImportancePerformanceReport.Quadrant.CONCENTRATE_HERE);
  }

  @Test
  void ipaRejectsBadInput() {
    SurveyData data = Fixtures.fourRespondents(false).build();
    assertThatThrownBy(() -> ImportancePerformance.withDefaults().analyzeDimensions(data))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("importance points");
    assertThatThrownBy(() -> ImportancePerformance.withDefaults().analyzeItems(data, List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value per item (3) but had 1");
    assertThatThrownBy(() -> ImportancePerformance.withDefaults().analyzeItems(data, List.of(1.0, Double.NaN, 2.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("importance of item 2 must be finite");
    assertThatThrownBy(() -> ImportancePerformance.withDefaults().withCuts(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("importance cut must be finite");
  }

  @Test
  void segmentsAndWelchByHand() {
    SurveyData data = Fixtures.fourRespondents(true).build();
    SegmentReport seg = GapAnalysis.withDefaults().analyzeSegments(data, "segment");
    assertThat(seg.segments()).containsOnlyKeys("a", "b");
    assertThat(java.util.Objects.requireNonNull(seg.segments().get("a")).n()).isEqualTo(2);
    // segment a: item 1 gaps -2, -1
    assertThat(java.util.Objects.requireNonNull(seg.segments().get("a")).item(1).meanGap()).isCloseTo(-1.5, within(EPS));
    assertThat(seg.toString()).contains("segment").contains("TANGIBLES");
    SegmentComparison c = GapAnalysis.withDefaults().compareSegments(data, "segment", "a", "b");
    // item 2: a 0,-2 (mean -1, var 2), b -2,1 (mean -.5, var 4.5): se = sqrt(1 + 2.25),
    // t = -.5/sqrt(3.25) = -0.2773500981126146, df = 3.25^2/(1 + 2.25^2) = 1.7422680412371134;
    // p and CI: SciPy ttest_ind(equal_var=False)
    SegmentComparison.WelchTest w = c.items().get(1);
    assertThat(w.difference()).isCloseTo(-0.5, within(EPS));
    assertThat(w.t()).isCloseTo(-0.2773500981126146, within(EPS));
    assertThat(w.degreesOfFreedom()).isCloseTo(1.7422680412371134, within(EPS));
    assertThat(w.p()).isCloseTo(0.8108923842234067, within(EPS));
    assertThat(w.ciLower()).isCloseTo(-9.467061768081358, within(EPS));
    assertThat(w.ciUpper()).isCloseTo(8.467061768081358, within(EPS));
    // item 3: a -1,-1 (var 0), b 0,-3 (mean -1.5, var 4.5): t = .5/1.5, df = 1, p .7951672353008665
    SegmentComparison.WelchTest w3 = c.items().get(2);
    assertThat(w3.t()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(w3.degreesOfFreedom()).isCloseTo(1.0, within(EPS));
    assertThat(w3.p()).isCloseTo(0.7951672353008665, within(EPS));
    assertThat(c.overall()).extracting(SegmentComparison.WelchTest::label)
        .containsExactly("unweighted SERVQUAL", "weighted SERVQUAL", "SERVPERF");
    assertThat(c.toString()).contains("Welch").contains("2 Neat staff");
  }

  @Test
  void segmentsRejectUnknownAttributeOrValue() {
    SurveyData data = Fixtures.fourRespondents(false).build();
    Rejections.assertRejectsWith(
        "attribute must be one of [segment] but was 'branch'",
        () -> GapAnalysis.withDefaults().analyzeSegments(data, "branch"));
    Rejections.assertRejectsWith(
        "segment value of segment must be one of [a, b] but was 'z'",
        () -> GapAnalysis.withDefaults().compareSegments(data, "segment", "a", "z"));
  }
}
