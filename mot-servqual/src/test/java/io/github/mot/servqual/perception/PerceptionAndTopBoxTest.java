package io.github.mot.servqual.perception;

import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.testing.Fixtures;
import io.github.mot.servqual.gap.GapAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.RatingScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Perception-only (SERVPERF) analysis and importance-performance analysis with top-box shares. */
class PerceptionAndTopBoxTest {

  private static final double EPS = 1e-9;

  @Test
  void perceptionOnlyDataIsAnalysedWithoutGaps() {
    SurveyData data = Fixtures.perceptionsOnly(Fixtures.FOUR_ITEMS, Fixtures.FOUR_ITEMS_PERCEPTIONS);
    PerceptionReport r = PerceptionAnalysis.withDefaults().analyze(data);
    assertThat(r.completeCases()).isEqualTo(8);
    // P1 = 5,3,6,2,4,7,4,5: mean 4.5, squared deviations 18, sd sqrt(18/7)
    assertThat(r.item(1).perception().mean()).isCloseTo(4.5, within(EPS));
    assertThat(r.item(1).perception().standardDeviation()).isCloseTo(Math.sqrt(18.0 / 7), within(EPS));
    // TANGIBLES totals 16,11,19,7,13,19,13,16: mean of means 14.25 / 3 = 4.75, sd sqrt(117.5/7) / 3
    PerceptionReport.DimensionPerception t = r.dimension(Dimension.TANGIBLES);
    assertThat(t.perception().mean()).isCloseTo(4.75, within(EPS));
    assertThat(t.perception().standardDeviation()).isCloseTo(Math.sqrt(117.5 / 7) / 3, within(EPS));
    assertThat(t.reliability().alpha()).isCloseTo(0.9414893617021276, within(EPS)); // see ReliabilityAnalysisTest
    assertThat(r.dimension(Dimension.RELIABILITY).reliability().alpha()).isNaN();
    // SERVPERF: 4-item totals 21,15,25,10,17,25,18,21: sum 152, mean 152 / 32 = 4.75;
    // squared deviations from 19: 4+16+36+81+4+36+1+4 = 182, var 26, sd of the means sqrt(26) / 4
    assertThat(r.servperf().mean()).isCloseTo(4.75, within(EPS));
    assertThat(r.servperf().standardDeviation()).isCloseTo(Math.sqrt(26) / 4, within(EPS));
    assertThat(r.toString()).contains("SERVPERF perception analysis (no expectations, no gaps)",
        "undefined (1 item)", "SERVPERF").doesNotContain("NaN");
    // and the gap analysis explains what to use instead
    assertThatThrownBy(() -> GapAnalysis.withDefaults().analyze(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expectation answers", "PerceptionAnalysis");
    // importance-performance works on such data too
    assertThat(ImportancePerformance.withDefaults().analyzeItems(data, List.of(1.0, 2.0, 3.0, 4.0)).points())
        .hasSize(4);
  }

  @Test
  void pairwisePerceptionsUseWhoAnsweredTheItem() {
    int[][] p = {{5, 6, 5, 5}, {3, Response.MISSING, 4, 4}, {6, 6, 7, 6}};
    SurveyData data = Fixtures.perceptionsOnly(Fixtures.FOUR_ITEMS, p);
    PerceptionReport l = PerceptionAnalysis.withDefaults().analyze(data);
    PerceptionReport pw = PerceptionAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    assertThat(l.item(1).perception().n()).isEqualTo(2);
    assertThat(pw.item(1).perception().n()).isEqualTo(3);
    assertThat(pw.item(1).perception().mean()).isCloseTo(14.0 / 3, within(EPS));
    assertThat(pw.dimension(Dimension.RELIABILITY).perception().n()).isEqualTo(3);
    assertThat(pw.servperf().n()).isEqualTo(2);
  }

  @Test
  void topTwoBoxSharesChangeTheQuadrants() {
    SurveyData data = Fixtures.fourRespondents(true).build();
    // P1 = 5,5,5,4; P2 = 6,4,5,6; P3 = 4,6,6,3 on 1..7; top-2-box = answers 6 or 7
    // TANGIBLES (items 1, 2): 2 of 8 answers = 0.25; RELIABILITY (item 3): 2 of 4 = 0.5
    // importance: TANGIBLES (60+50+30+80)/4 = 55, RELIABILITY 45; cuts 50 and 0.375
    ImportancePerformanceReport top = ImportancePerformance.withDefaults().withPerformance(PerformanceMeasure.topTwoBox())
        .analyzeDimensions(data);
    assertThat(top.performanceMeasure()).isEqualTo(PerformanceMeasure.topTwoBox());
    assertThat(top.points().get(0).performance()).isCloseTo(0.25, within(EPS));
    assertThat(top.points().get(1).performance()).isCloseTo(0.5, within(EPS));
    assertThat(top.performanceCut()).isCloseTo(0.375, within(EPS));
    assertThat(top.points()).extracting(ImportancePerformanceReport.Point::quadrant)
        .containsExactly(ImportancePerformanceReport.Quadrant.CONCENTRATE_HERE, ImportancePerformanceReport.Quadrant.POSSIBLE_OVERKILL);
    assertThat(top.toString()).contains("performance = top-2-box share");
    // with the mean: TANGIBLES 5.0, RELIABILITY 4.75, cut 4.875
    ImportancePerformanceReport mean = ImportancePerformance.withDefaults().analyzeDimensions(data);
    assertThat(mean.points()).extracting(ImportancePerformanceReport.Point::quadrant)
        .containsExactly(ImportancePerformanceReport.Quadrant.KEEP_UP_THE_GOOD_WORK, ImportancePerformanceReport.Quadrant.LOW_PRIORITY);
    assertThat(mean.performanceMeasure()).isEqualTo(PerformanceMeasure.MEAN);
    // items, top box (7 only): nobody answered 7
    ImportancePerformanceReport items = ImportancePerformance.withDefaults().withPerformance(PerformanceMeasure.topBox())
        .analyzeItems(data, List.of(1.0, 2.0, 3.0));
    assertThat(items.points()).extracting(ImportancePerformanceReport.Point::performance).containsExactly(0.0, 0.0, 0.0);
    ImportancePerformanceReport items2 = ImportancePerformance.withDefaults().withPerformance(PerformanceMeasure.topBoxes(2))
        .analyzeItems(data, List.of(1.0, 2.0, 3.0));
    assertThat(items2.points()).extracting(ImportancePerformanceReport.Point::performance).containsExactly(0.0, 0.5, 0.5);
  }

  @Test
  void performanceMeasureTextAndChecks() {
    for (PerformanceMeasure m : List.of(PerformanceMeasure.MEAN, PerformanceMeasure.topBox(),
        PerformanceMeasure.topTwoBox(), PerformanceMeasure.topBoxes(3))) {
      assertThat(PerformanceMeasure.parse(m.toString())).isEqualTo(m);
    }
    assertThat(PerformanceMeasure.parse("TOP-BOX")).isEqualTo(PerformanceMeasure.topBoxes(1));
    assertThat(PerformanceMeasure.topTwoBox().toString()).isEqualTo("top-2-box");
    assertThatThrownBy(() -> PerformanceMeasure.topBoxes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("top boxes must be in [1, 254] but was 0");
    assertThatThrownBy(() -> PerformanceMeasure.parse("median"))
        .hasMessageContaining("performance measure must be 'mean', 'top-box' or 'top-<b>-box'", "'median'");
    Instrument two = Instrument.of("yes/no", RatingScale.of(0, 1), List.of(Item.of("ok", Dimension.TANGIBLES)));
    SurveyData d = SurveyData.builder(two).add(Response.builder("a").perceptions(1).build()).build();
    assertThatThrownBy(() -> ImportancePerformance.withDefaults().withPerformance(PerformanceMeasure.topTwoBox())
        .analyzeItems(d, List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("top boxes must be fewer than the scale's 2 points", "but was 2");
  }
}
