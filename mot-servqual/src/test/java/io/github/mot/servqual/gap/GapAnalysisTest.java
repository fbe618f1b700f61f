package io.github.mot.servqual.gap;

import io.github.mot.core.testing.Rejections;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.testing.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.RatingScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

  private static final double EPS = 1e-9;

  @Test
  void itemGapsByHand() {
    GapReport r = GapAnalysis.withDefaults().analyze(Fixtures.fourRespondents(true).build());
    assertThat(r.n()).isEqualTo(4);
    GapReport.ItemGap i1 = r.item(1);
    // E1 = 7,6,5,7: mean 25/4 = 6.25; squared deviations .5625+.0625+1.5625+.5625 = 2.75, var 2.75/3
    assertThat(i1.n()).isEqualTo(4);
    assertThat(i1.meanExpectation()).isCloseTo(6.25, within(EPS));
    assertThat(i1.sdExpectation()).isCloseTo(Math.sqrt(2.75 / 3), within(EPS));
    // P1 = 5,5,5,4: mean 4.75; squared deviations 3 x .0625 + .5625 = .75, var .25, sd .5
    assertThat(i1.meanPerception()).isCloseTo(4.75, within(EPS));
    assertThat(i1.sdPerception()).isCloseTo(0.5, within(EPS));
    // gaps -2,-1,0,-3: mean -1.5, squared deviations .25+.25+2.25+2.25 = 5, sd sqrt(5/3),
    // se = sd/2, t = -1.5/se = -2.32379000772445; p and CI: SciPy 1.17 scipy.stats.t, df 3
    MeanEstimate g = i1.gap();
    assertThat(g.mean()).isCloseTo(-1.5, within(EPS));
    assertThat(g.standardDeviation()).isCloseTo(Math.sqrt(5.0 / 3), within(EPS));
    assertThat(g.standardError()).isCloseTo(Math.sqrt(5.0 / 3) / 2, within(EPS));
    assertThat(g.t()).isCloseTo(-2.32379000772445, within(EPS));
    assertThat(g.degreesOfFreedom()).isEqualTo(3);
    assertThat(g.p()).isCloseTo(0.10272807885839899, within(EPS));
    // CI = -1.5 +- 3.1824463052837078 x 0.6454972243679028
    assertThat(g.ciLower()).isCloseTo(-3.5542602567605206, within(EPS));
    assertThat(g.ciUpper()).isCloseTo(0.5542602567605206, within(EPS));
    // item 2: gaps 0,-2,-2,1: mean -.75, squared deviations 6.75, var 2.25, sd 1.5, t = -.75/.75 = -1
    assertThat(r.item(2).gap().t()).isCloseTo(-1.0, within(EPS));
    assertThat(r.item(2).gap().p()).isCloseTo(0.3910022189557705, within(EPS));
    // item 3: gaps -1,-1,0,-3: mean -1.25, squared deviations 4.75, sd sqrt(4.75/3)
    assertThat(r.item(3).gap().standardDeviation()).isCloseTo(1.2583057392117916, within(EPS));
    assertThat(r.item(3).gap().t()).isCloseTo(-1.9867985355975657, within(EPS));
  }

  @Test
  void dimensionGapsAndAlphaByHand() {
    GapReport r = GapAnalysis.withDefaults().analyze(Fixtures.fourRespondents(false).build());
    GapReport.DimensionGap t = r.dimension(Dimension.TANGIBLES);
    assertThat(t.itemIds()).containsExactly(1, 2);
    // respondent means E: 6.5, 6, 6, 6 -> 6.125; P: 5.5, 4.5, 5, 5 -> 5.0
    assertThat(t.meanExpectation()).isCloseTo(6.125, within(EPS));
    assertThat(t.meanPerception()).isCloseTo(5.0, within(EPS));
    // E means deviations .375,-.125,-.125,-.125: squares .140625+3x.015625 = .1875, var .0625
    assertThat(t.sdExpectation()).isCloseTo(0.25, within(EPS));
    // gaps -1, -1.5, -1, -1: mean -1.125, var .0625, sd .25, se .125, t = -9
    assertThat(t.gap().mean()).isCloseTo(-1.125, within(EPS));
    assertThat(t.gap().standardDeviation()).isCloseTo(0.25, within(EPS));
    assertThat(t.gap().t()).isCloseTo(-9.0, within(EPS));
    assertThat(t.gap().p()).isCloseTo(0.002895812161864147, within(EPS)); // SciPy
    assertThat(t.gap().ciLower()).isCloseTo(-1.5228057881604635, within(EPS));
    // alpha E: var(E1) = 11/12, var(E2) = 2/3 (6,6,7,5), var(total 13,12,12,12) = .25
    // alpha = 2 x (1 - (11/12 + 2/3) / .25) = 2 x (1 - 19/3) = -32/3
    assertThat(t.alphaExpectation()).isCloseTo(-32.0 / 3, within(EPS));
    // alpha P: var(P1) = 1/4, var(P2) = 11/12 (6,4,5,6), var(total 11,9,10,10) = 2/3
    // alpha = 2 x (1 - (14/12) / (2/3)) = 2 x (1 - 7/4) = -1.5
    assertThat(t.alphaPerception()).isCloseTo(-1.5, within(EPS));
    // alpha gap: var(g1) = 5/3, var(g2) = 9/4, var(total -2,-3,-2,-2) = .25
    // alpha = 2 x (1 - (47/12) x 4) = -88/3
    assertThat(t.alphaGap()).isCloseTo(-88.0 / 3, within(EPS));
    // two items: alpha-if-deleted leaves one item, undefined
    assertThat(t.expectationReliability().itemStatistics().get(0).alphaIfDeleted()).isNaN();
    // corrected item-total of a two-item scale is the correlation of the two items:
    // E1 = 7,6,5,7 and E2 = 6,6,7,5: cross deviations .75x0 + -.25x0 + -1.25x1 + .75x-1 = -2
    // r = -2 / sqrt(2.75 x 2) = -0.8528028654224417
    assertThat(t.expectationReliability().itemStatistics().get(0).correctedItemTotalCorrelation())
        .isCloseTo(-2 / Math.sqrt(2.75 * 2), within(EPS));
    // one-item dimension: alpha undefined
    assertThat(r.dimension(Dimension.RELIABILITY).alphaPerception()).isNaN();
  }

  @Test
  void positiveAlphaItemTotalAndAlphaIfDeletedByHand() {
    // one dimension of 3 items; E constant 7, P:
    //   r1 2 3 3 / r2 4 4 5 / r3 5 6 6 / r4 7 6 7
    // var(P1) = 13/3, var(P2) = 9/4, var(P3) = 35/12, sum 9.5; totals 8,13,17,20, var 27
    // alpha = 3/2 x (1 - 9.5/27) = 35/36
    Dimension s = Dimension.of("service");
    Instrument ins = Instrument.of("one dimension", RatingScale.SEVEN_POINT,
        List.of(Item.of("a", s), Item.of("b", s), Item.of("c", s)));
    int[][] p = {{2, 3, 3}, {4, 4, 5}, {5, 6, 6}, {7, 6, 7}};
    SurveyData.Builder b = SurveyData.builder(ins);
    for (int r = 0; r < 4; r++) {
      b.add(Response.builder("r" + r).expectations(7, 7, 7).perceptions(p[r]).build());
    }
    GapReport.DimensionGap d = GapAnalysis.withDefaults().analyze(b.build()).dimension(s);
    assertThat(d.alphaPerception()).isCloseTo(35.0 / 36, within(EPS));
    // the gap is P - 7: the same variances, the same alpha
    assertThat(d.alphaGap()).isCloseTo(35.0 / 36, within(EPS));
    // constant E: the total has no variance, alpha undefined
    assertThat(d.alphaExpectation()).isNaN();
    List<CronbachAlpha.ItemStatistics> items = d.perceptionReliability().itemStatistics();
    // item 1 vs rest 6,9,12,13: cov = 19/3, var(rest) = 10, r = (19/3)/sqrt(13/3 x 10)
    assertThat(items.get(0).correctedItemTotalCorrelation()).isCloseTo(0.9621023987294832, within(EPS));
    // without item 1: alpha = 2 x (1 - (9/4 + 35/12)/10) = 29/30
    assertThat(items.get(0).alphaIfDeleted()).isCloseTo(29.0 / 30, within(EPS));
    // items 2 and 3 (numpy corrcoef and the alpha formula on the remaining columns)
    assertThat(items.get(1).correctedItemTotalCorrelation()).isCloseTo(0.9271726499455306, within(EPS));
    assertThat(items.get(1).alphaIfDeleted()).isCloseTo(0.9824561403508771, within(EPS));
    assertThat(items.get(2).correctedItemTotalCorrelation()).isCloseTo(0.9898415025620836, within(EPS));
    assertThat(items.get(2).alphaIfDeleted()).isCloseTo(0.925170068027211, within(EPS));
  }

  @Test
  void overallScoresByHand() {
    GapReport r = GapAnalysis.withDefaults().analyze(Fixtures.fourRespondents(true).build());
    // unweighted: per respondent the mean of (TANGIBLES gap, RELIABILITY gap):
    // r1 (-1, -1) -> -1; r2 (-1.5, -1) -> -1.25; r3 (-1, 0) -> -.5; r4 (-1, -3) -> -2; mean -1.1875,
    // equal to the mean of the dimension gaps (-1.125 + -1.25) / 2
    assertThat(r.unweighted().mean()).isCloseTo(-1.1875, within(EPS));
    assertThat(r.unweighted().standardDeviation()).isCloseTo(0.625, within(EPS));
    assertThat(r.unweighted().t()).isCloseTo(-3.8, within(EPS));
    assertThat(r.unweighted().p()).isCloseTo(0.03200458906263885, within(EPS)); // SciPy
    // weighted (PZB 1991): r1 .6x-1 + .4x-1 = -1; r2 .5x-1.5 + .5x-1 = -1.25; r3 .3x-1 + .7x0 = -.3;
    // r4 .8x-1 + .2x-3 = -1.4; mean -3.95/4 = -.9875
    MeanEstimate w = r.weighted().orElseThrow();
    assertThat(w.n()).isEqualTo(4);
    assertThat(w.mean()).isCloseTo(-0.9875, within(EPS));
    assertThat(w.standardDeviation()).isCloseTo(0.48712592485584943, within(EPS));
    // SERVPERF: all perceptions 19 + 21 + 19 = 59 over 12 answers
    assertThat(r.servperf().mean()).isCloseTo(59.0 / 12, within(EPS));
    assertThat(r.servperf().standardDeviation()).isCloseTo(0.4194352464039306, within(EPS));
  }

  @Test
  void noPointsNoWeightedScore() {
    GapReport r = GapAnalysis.withDefaults().analyze(Fixtures.fourRespondents(false).build());
    assertThat(r.weighted()).isEmpty();
    assertThat(r.zones()).isEmpty();
    assertThat(r.toString()).contains("no weighted SERVQUAL");
  }

  @Test
  void pairwiseUsesAvailableCasesListwiseDropsTheRespondent() {
    // r5: E1 missing, E2 = E3 = 5, P = 4,4,4
    SurveyData data = Fixtures.fourRespondents(false)
        .add(Response.builder("r5").expectations(Response.MISSING, 5, 5).perceptions(4, 4, 4).build())
        .build();
    GapReport listwise = GapAnalysis.withDefaults().analyze(data);
    GapReport pairwise = GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    assertThat(listwise.respondents()).isEqualTo(5);
    assertThat(listwise.n()).isEqualTo(4);
    assertThat(listwise.item(2).n()).isEqualTo(4);
    assertThat(listwise.item(2).meanGap()).isCloseTo(-0.75, within(EPS));
    assertThat(pairwise.n()).isEqualTo(5);
    assertThat(pairwise.item(1).n()).isEqualTo(4);
    // item 2 with r5: E 6,6,7,5,5 -> 5.8; gaps 0,-2,-2,1,-1 -> -.8, sd 1.3038404810405297 (SciPy)
    assertThat(pairwise.item(2).n()).isEqualTo(5);
    assertThat(pairwise.item(2).meanExpectation()).isCloseTo(5.8, within(EPS));
    assertThat(pairwise.item(2).meanGap()).isCloseTo(-0.8, within(EPS));
    assertThat(pairwise.item(2).gap().p()).isCloseTo(0.24198153056802085, within(EPS));
    // TANGIBLES needs E1 of r5: still 4; RELIABILITY (item 3) has 5
    assertThat(pairwise.dimension(Dimension.TANGIBLES).n()).isEqualTo(4);
    assertThat(pairwise.dimension(Dimension.RELIABILITY).n()).isEqualTo(5);
    // overall scores need every E and P; SERVPERF needs every P: r5 counts there
    assertThat(pairwise.unweighted().n()).isEqualTo(4);
    assertThat(pairwise.servperf().n()).isEqualTo(5);
    assertThat(listwise.servperf().n()).isEqualTo(4);
  }

  @Test
  void reverseCodedItemsAreScoredMinPlusMaxMinusX() {
    Instrument ins = Instrument.of("reversed", RatingScale.SEVEN_POINT,
        List.of(Item.of("a", Dimension.TANGIBLES), Item.reversed("b (negative)", Dimension.TANGIBLES)));
    SurveyData data = SurveyData.builder(ins)
        .add(Response.builder("1").expectations(7, 2).perceptions(5, 3).build())
        .add(Response.builder("2").expectations(6, 1).perceptions(4, 4).build())
        .build();
    // item 2 scored 8 - x: E 6, 7 -> mean 6.5; P 5, 4 -> mean 4.5
    assertThat(data.answer(AnswerKind.EXPECTATION, 2, 0)).hasValue(6);
    GapReport r = GapAnalysis.withDefaults().analyze(data);
    assertThat(r.item(2).meanExpectation()).isCloseTo(6.5, within(EPS));
    assertThat(r.item(2).meanPerception()).isCloseTo(4.5, within(EPS));
    assertThat(r.item(2).meanGap()).isCloseTo(-2.0, within(EPS));
  }

  @Test
  void edgeCasesAreAnnouncedNaN() {
    SurveyData one = SurveyData.builder(Fixtures.THREE_ITEMS)
        .add(Response.builder("x").expectations(5, 5, 5).perceptions(6, 6, 6).build()).build();
    GapReport r = GapAnalysis.withDefaults().analyze(one);
    assertThat(r.item(1).n()).isEqualTo(1);
    assertThat(r.item(1).meanGap()).isEqualTo(1.0);
    assertThat(r.item(1).gap().standardDeviation()).isNaN();
    assertThat(r.item(1).gap().p()).isNaN();
    SurveyData constant = SurveyData.builder(Fixtures.THREE_ITEMS)
        .add(Response.builder("x").expectations(5, 5, 5).perceptions(6, 6, 6).build())
        .add(Response.builder("y").expectations(5, 5, 5).perceptions(6, 6, 6).build()).build();
    MeanEstimate g = GapAnalysis.withDefaults().analyze(constant).item(1).gap();
    // sd 0, mean 1: t infinite, p 0, CI [1, 1]
    assertThat(g.t()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(g.p()).isEqualTo(0.0);
    assertThat(g.ciLower()).isEqualTo(1.0);
    SurveyData empty = SurveyData.builder(Fixtures.THREE_ITEMS).kinds(AnswerKind.EXPECTATION, AnswerKind.PERCEPTION)
        .build();
    GapReport none = GapAnalysis.withDefaults().analyze(empty);
    assertThat(none.n()).isZero();
    assertThat(none.item(1).meanGap()).isNaN();
    assertThat(none.toString()).contains("n/a");
  }

  @Test
  void confidenceLevelIsConfigurable() {
    GapAnalysis a = GapAnalysis.withDefaults().withConfidenceLevel(0.99);
    MeanEstimate g = a.analyze(Fixtures.fourRespondents(false).build()).item(2).gap();
    // t(0.995; 3) = 5.840909309733355 (SciPy); -0.75 +- 5.840909309733355 x .75
    assertThat(g.ciUpper()).isCloseTo(-0.75 + 5.840909309733355 * 0.75, within(EPS));
    assertThat(a.confidenceLevel()).isEqualTo(0.99);
    assertThat(a.toString()).contains("0.99");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsBadConfiguration() {
    Rejections.assertRejectsWith(
        "confidence level must be in (0, 1) but was 1.0",
        () -> GapAnalysis.withDefaults().withConfidenceLevel(1.0));
    Rejections.assertRejectsWith(
        "NaN", () -> GapAnalysis.withDefaults().withConfidenceLevel(Double.NaN));
    assertThatThrownBy(() -> GapAnalysis.withDefaults().withMissing(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy");
  }

  @Test
  void requiresExpectations() {
    SurveyData perceptionsOnly = SurveyData.builder(Fixtures.THREE_ITEMS)
        .add(Response.builder("x").perceptions(6, 6, 6).build()).build();
    Rejections.assertRejectsWith(
        "expectation answers", () -> GapAnalysis.withDefaults().analyze(perceptionsOnly));
  }

  @Test
  void reportPrintsAlignedTables() {
    String text = GapAnalysis.withDefaults().analyze(Fixtures.fourRespondents(true).build()).toString();
    assertThat(text)
        .contains("SERVQUAL gap analysis: three items, 4 respondents, listwise n = 4")
        .contains("TANGIBLES")
        .contains("-1.500")
        .contains("weighted SERVQUAL")
        .contains("alpha gap");
  }
}
