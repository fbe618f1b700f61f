package io.github.mot.servqual.gap;

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

/** Reference values: src/test/resources/reference/wilcoxon_reference.py (Python standard library). */
class WilcoxonGapAnalysisTest {

  private static final double EPS = 1e-9;
  private static final int[][] E = Fixtures.TWELVE_EXPECTATIONS;
  private static final int[][] P = Fixtures.TWELVE_PERCEPTIONS;

  @Test
  void itemGapWithZerosAndTiesMatchesTheReference() {
    WilcoxonGapReport.SignedRank w = WilcoxonGapAnalysis.withDefaults().analyze(Fixtures.twelve()).item(1);
    // gaps -2,0,-1,-2,1,-2,0,-2,0,-2,1,-1: 3 zeros dropped, 9 left; |d| = 1 four times (ranks 1-4,
    // average 2.5) and 2 five times (ranks 5-9, average 7); W+ = 2.5 + 2.5 = 5, W- = 45 - 5 = 40
    assertThat(w.n()).isEqualTo(12);
    assertThat(w.zeros()).isEqualTo(3);
    assertThat(w.nonZero()).isEqualTo(9);
    assertThat(w.wPlus()).isCloseTo(5.0, within(EPS));
    assertThat(w.wMinus()).isCloseTo(40.0, within(EPS));
    // sigma^2 = 9 x 10 x 19 / 24 - ((4^3 - 4) + (5^3 - 5)) / 48 = 71.25 - 3.75 = 67.5
    // Z = (5 - 22.5) / sqrt(67.5) = -2.130032168075646; with continuity correction (-17.5 + 0.5) / sqrt(67.5)
    // = -2.0691741, p = erfc(2.0691741 / sqrt 2) = 0.03852975164991461 (R: wilcox.test(d, correct = TRUE))
    // since issue 17 (point 9) the printed Z is the one behind the printed p: the corrected one
    assertThat(w.z()).isCloseTo(-2.0691741061306277, within(EPS));
    assertThat(w.p()).isCloseTo(0.03852975164991461, within(EPS));
    assertThat(w.exact()).isFalse();
    // rank-biserial (5 - 40) / 45 = -0.7777...; r = Z / sqrt(9) = -0.710010722691882
    assertThat(w.rankBiserial()).isCloseTo(-35.0 / 45, within(EPS));
    assertThat(w.r()).isCloseTo(-0.710010722691882, within(EPS));
    // beside it, the paired t test of the same 12 gaps: sum -10, mean -10/12
    assertThat(w.pairedT().mean()).isCloseTo(-10.0 / 12, within(EPS));
    assertThat(w.pairedT().n()).isEqualTo(12);
  }

  @Test
  void dimensionGapMatchesTheReference() {
    WilcoxonGapReport.SignedRank w = WilcoxonGapAnalysis.withDefaults().analyze(Fixtures.twelve()).dimension(Dimension.TANGIBLES);
    // respondents' gap sums -5,-2,-3,-5,0,-3,-2,-4,-3,-6,0,-2: 2 zeros, 10 negative: W+ = 0, W- = 55
    assertThat(w.zeros()).isEqualTo(2);
    assertThat(w.wPlus()).isCloseTo(0.0, within(EPS));
    assertThat(w.wMinus()).isCloseTo(55.0, within(EPS));
    // ties: |2| x3, |3| x3, |5| x2 -> (24 + 24 + 6) / 48; sigma^2 = 96.25 - 1.125 = 95.125
    // Z = -27.5 / sqrt(95.125) = -2.8195860871805882; p (corrected) = 0.005634594793868866 from the
    // corrected Z = (-27.5 + 0.5) / sqrt(95.125) = -2.7683208855954864, the one printed (issue 17, point 9)
    assertThat(w.z()).isCloseTo(-2.7683208855954864, within(EPS));
    assertThat(w.p()).isCloseTo(0.005634594793868866, within(EPS));
    assertThat(w.rankBiserial()).isCloseTo(-1.0, within(EPS));
    assertThat(w.r()).isCloseTo(-0.8916314094412746, within(EPS));
    // the dimension's paired t is on respondents' mean gaps: mean of sums / 3 = -35 / 36
    assertThat(w.pairedT().mean()).isCloseTo(-35.0 / 36, within(EPS));
  }

  @Test
  void exactPWithoutTies() {
    // d = 1,-2,3,4,5,-6,7,8,9,10,0: the zero is dropped; 10 distinct |d|: W+ = 55 - 8 = 47;
    // exact two-sided p = 2 P(W+ <= 8) = 2 x 25 / 1024 = 0.048828125 (R: wilcox.test(d[d != 0]))
    WilcoxonGapAnalysis.SignedRank w = WilcoxonGapAnalysis.signedRank(new double[] {1, -2, 3, 4, 5, -6, 7, 8, 9, 10},
        WilcoxonGapAnalysis.PValueMethod.AUTO, true, WilcoxonGapAnalysis.ZeroMethod.WILCOX);
    assertThat(w.nonZero).isEqualTo(10);
    assertThat(w.wPlus).isCloseTo(47.0, within(EPS));
    assertThat(w.exact).isTrue();
    assertThat(w.p).isCloseTo(0.048828125, within(EPS));
    // the p is exact, so no Z is printed (issue 17, point 9); r keeps the uncorrected Z 1.9876240466067396
    assertThat(w.z).isNaN();
    assertThat(w.r).isCloseTo(1.9876240466067396 / Math.sqrt(10), within(EPS));
    assertThat(w.rankBiserial).isCloseTo(0.7090909090909091, within(EPS));
    // with the zero, R's wilcox.test(d) (and so AUTO) cannot be exact: the normal approximation,
    // p 0.052787000632224565 with correction (SciPy 1.17.1 wilcoxon(d, method='asymptotic',
    // correction=True), which is R's wilcox.test(d, exact = FALSE): zeros dropped, corrected)
    WilcoxonGapAnalysis.SignedRank zero = WilcoxonGapAnalysis.signedRank(new double[] {1, -2, 3, 4, 5, -6, 7, 8, 9, 10, 0},
        WilcoxonGapAnalysis.PValueMethod.AUTO, true, WilcoxonGapAnalysis.ZeroMethod.WILCOX);
    assertThat(zero.exact).isFalse();
    assertThat(zero.wPlus).isCloseTo(47.0, within(EPS));
    assertThat(zero.p).isCloseTo(0.052787000632224565, within(EPS));
  }

  @Test
  void allZeroGapsAreUndefinedNotAnError() {
    SurveyData same = SurveyData.builder(Fixtures.THREE_TANGIBLES)
        .add(Response.builder("a").expectations(5, 5, 5).perceptions(5, 5, 5).build())
        .add(Response.builder("b").expectations(4, 6, 5).perceptions(4, 6, 5).build()).build();
    WilcoxonGapReport rep = WilcoxonGapAnalysis.withDefaults().analyze(same);
    WilcoxonGapReport.SignedRank w = rep.item(1);
    assertThat(w.zeros()).isEqualTo(2);
    assertThat(w.nonZero()).isZero();
    assertThat(w.p()).isNaN();
    assertThat(w.rankBiserial()).isNaN();
    assertThat(rep.toString()).contains("n/a").doesNotContain("NaN");
  }

  @Test
  void pairwiseLetsEachItemUseItsRespondents() {
    SurveyData.Builder b = SurveyData.builder(Fixtures.THREE_TANGIBLES);
    for (int r = 0; r < E.length; r++) {
      int[] p = P[r].clone();
      if (r == 0) {
        p[2] = Response.MISSING;
      }
      b.add(Response.builder("r" + r).expectations(E[r]).perceptions(p).build());
    }
    SurveyData data = b.build();
    assertThat(WilcoxonGapAnalysis.withDefaults().analyze(data).item(1).n()).isEqualTo(11);
    WilcoxonGapReport pw = WilcoxonGapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    assertThat(pw.item(1).n()).isEqualTo(12);
    assertThat(pw.item(3).n()).isEqualTo(11);
    assertThat(pw.dimension(Dimension.TANGIBLES).n()).isEqualTo(11);
    // the same n and mean as the gap analysis' paired t test
    GapReport gaps = GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    assertThat(pw.item(1).pairedT()).isEqualTo(gaps.item(1).gap());
    assertThat(pw.dimension(Dimension.TANGIBLES).pairedT().mean())
        .isCloseTo(gaps.dimension(Dimension.TANGIBLES).gap().mean(), within(EPS));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badInputIsNamed() {
    SurveyData perceptionsOnly = SurveyData.builder(Fixtures.THREE_TANGIBLES)
        .add(Response.builder("x").perceptions(6, 6, 6).build()).build();
    assertThatThrownBy(() -> WilcoxonGapAnalysis.withDefaults().analyze(perceptionsOnly))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expectation answers");
    assertThatThrownBy(() -> WilcoxonGapAnalysis.withDefaults().withConfidenceLevel(0))
        .hasMessageContaining("confidence level must be in (0, 1) but was 0.0");
    assertThatThrownBy(() -> WilcoxonGapAnalysis.withDefaults().withMissing(null)).hasMessage("policy");
    assertThatThrownBy(() -> new Rows.SignedRank("x", Dimension.TANGIBLES, java.util.OptionalInt.empty(), 3, 1, 1,
        0, 0, 0, 1, false, 0, 0, twelveGap())).hasMessageContaining("nonZero = n - zeros");
    String text = WilcoxonGapAnalysis.withDefaults().analyze(Fixtures.twelve()).toString();
    assertThat(text).contains("W+", "r_rb", "p Wilcoxon", "p t", "TANGIBLES", "zero gaps dropped");
  }

  private static MeanEstimate twelveGap() {
    return GapAnalysis.withDefaults().analyze(Fixtures.twelve()).item(1).gap();
  }
}
