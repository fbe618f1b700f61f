package io.github.mot.servqual.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.core.table.Format;
import io.github.mot.servqual.perception.PerceptionAnalysis;
import io.github.mot.servqual.perception.PerceptionReport;
import java.util.Locale;
import io.github.mot.servqual.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 8: under {@link MissingPolicy#PAIRWISE} the gap and perception tables' alphas
 * (the respondents complete for the dimension) and the reliability report's alpha (pairwise
 * covariances) are two statistics; each is the R reference it claims to be, and every report that
 * prints one names it.
 */
class PairwiseAlphaNamesTest {

  private static final double EPS = 1e-9;

  /**
   * {@link Fixtures#twelve()} with five holes. In R 4.2.2 (Debian r-base-core) with psych 2.2.9:
   *
   * <pre>
   * E &lt;- matrix(c(6,7,6, 5,6,6, 7,7,7, 6,5,6, 4,5,5, 7,6,7, 6,6,5, 5,5,6, 7,7,6, 6,6,6, 3,4,4, 6,7,7), ncol=3, byrow=TRUE)
   * P &lt;- matrix(c(4,5,5, 5,6,4, 6,5,7, 4,5,3, 5,4,5, 5,6,6, 6,4,5, 3,5,4, 7,5,5, 4,3,5, 4,4,3, 5,7,6), ncol=3, byrow=TRUE)
   * P[1,1] &lt;- NA; P[5,3] &lt;- NA; E[8,2] &lt;- NA; E[3,1] &lt;- NA; P[10,2] &lt;- NA
   * </pre>
   */
  static SurveyData holes() {
    int[][] e = copy(Fixtures.TWELVE_EXPECTATIONS);
    int[][] p = copy(Fixtures.TWELVE_PERCEPTIONS);
    p[0][0] = Response.MISSING;
    p[4][2] = Response.MISSING;
    e[7][1] = Response.MISSING;
    e[2][0] = Response.MISSING;
    p[9][1] = Response.MISSING;
    SurveyData.Builder b = SurveyData.builder(Fixtures.THREE_TANGIBLES);
    for (int r = 0; r < e.length; r++) {
      b.add(Response.builder("r" + (r + 1)).expectations(e[r]).perceptions(p[r]).build());
    }
    return b.build();
  }

  private static int[][] copy(int[][] a) {
    int[][] c = new int[a.length][];
    for (int r = 0; r < a.length; r++) {
      c[r] = a[r].clone();
    }
    return c;
  }

  @Test
  void eachAlphaIsItsReferenceAndEachReportNamesIt() {
    SurveyData data = holes();
    ReliabilityReport rel = ReliabilityAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    GapReport gaps = GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    GapReport.DimensionGap gap = gaps.dimension(Dimension.TANGIBLES);
    // the gap table: the 7 respondents who answered every E and P of the dimension,
    // cc <- complete.cases(cbind(E, P)); psych::alpha(E[cc, ])$total$raw_alpha 0.8888888888888888,
    // psych::alpha(P[cc, ]) 0.6428571428571429, psych::alpha((P - E)[cc, ]) -0.5625
    assertThat(gap.n()).isEqualTo(7);
    assertThat(gap.expectationReliability().n()).isEqualTo(7);
    assertThat(gap.alphaExpectation()).isCloseTo(0.8888888888888888, within(EPS));
    assertThat(gap.alphaPerception()).isCloseTo(0.6428571428571429, within(EPS));
    assertThat(gap.alphaGap()).isCloseTo(-0.5625, within(EPS));
    // the reliability report: psych::alpha(X, use = "pairwise")$total$raw_alpha for E 0.9003136338478568,
    // P 0.6298498122653315, P - E -0.8608744739813197
    assertThat(rel.scale(Dimension.TANGIBLES, ScoreKind.EXPECTATION).alpha()).isCloseTo(0.9003136338478568, within(EPS));
    assertThat(rel.scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION).alpha()).isCloseTo(0.6298498122653315, within(EPS));
    assertThat(rel.scale(Dimension.TANGIBLES, ScoreKind.GAP).alpha()).isCloseTo(-0.8608744739813197, within(EPS));
    // the perception report: the 9 respondents who answered every P of the dimension,
    // psych::alpha(P[complete.cases(P), ])$total$raw_alpha 0.6222222222222221 (= the listwise reliability)
    PerceptionReport perception = PerceptionAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    assertThat(perception.dimension(Dimension.TANGIBLES).reliability().alpha()).isCloseTo(0.6222222222222221, within(EPS));
    assertThat(perception.dimension(Dimension.TANGIBLES).reliability().alpha()).isEqualTo(ReliabilityAnalysis.withDefaults()
        .analyze(data).scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION).alpha());
    // every report names the alpha it prints, in text and HTML
    assertThat(gaps.toString()).contains("alpha E, alpha P, alpha gap: Cronbach's alpha over each dimension's n");
    assertThat(Format.HTML.render(gaps)).contains("pairwise alpha (pairwise covariances) can differ");
    assertThat(perception.toString()).contains("alpha P: Cronbach's alpha over each dimension's n");
    assertThat(rel.toString()).contains("from pairwise covariances (psych::alpha, use = \"pairwise\")");
    assertThat(gaps.toString(Locale.SIMPLIFIED_CHINESE)).contains("成对协方差");
    // listwise, nothing to tell apart: no note
    assertThat(GapAnalysis.withDefaults().analyze(data).toString()).doesNotContain("pairwise covariances");
  }

  @Test
  void theCompanionStatisticsAreTheReferences() {
    ReliabilityReport.Scale p = ReliabilityAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(holes())
        .scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    // psych::alpha(P, use="pairwise"): $total$std.alpha 0.6086369430970967, $item.stats$r.drop
    // 0.4117277829102068 0.2418173759326844 0.7339055332957275, $alpha.drop$raw_alpha
    // 0.5697469099470276 0.7556142668428005 0
    assertThat(p.standardizedAlpha()).isCloseTo(0.6086369430970967, within(EPS));
    assertThat(p.itemStatistics().get(0).correctedItemTotalCorrelation()).isCloseTo(0.4117277829102068, within(EPS));
    assertThat(p.itemStatistics().get(1).correctedItemTotalCorrelation()).isCloseTo(0.2418173759326844, within(EPS));
    assertThat(p.itemStatistics().get(2).correctedItemTotalCorrelation()).isCloseTo(0.7339055332957275, within(EPS));
    assertThat(p.itemStatistics().get(0).alphaIfDeleted()).isCloseTo(0.5697469099470276, within(EPS));
    assertThat(p.itemStatistics().get(1).alphaIfDeleted()).isCloseTo(0.7556142668428005, within(EPS));
  }
}
