package io.github.mot.servqual.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.gap.WilcoxonGapAnalysis.PValueMethod;
import io.github.mot.servqual.testing.Fixtures;
import io.github.mot.servqual.gap.WilcoxonGapAnalysis.ZeroMethod;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The Wilcoxon options (issue 17, point 9) against the values published in SciPy's and R's test
 * suites, and the rule that the printed Z gives the printed p.
 */
class WilcoxonOptionsTest {

  private static final double EPS = 1e-9;
  private static final WilcoxonGapAnalysis APPROX = WilcoxonGapAnalysis.withDefaults()
      .withPValueMethod(PValueMethod.APPROXIMATE);

  /** scipy/stats/tests/test_morestats.py, TestWilcoxon.test_accuracy_wilcoxon: -4..4 with these counts. */
  private static final double[] FREQ_DATA = IntStream.range(0, 9)
      .flatMap(i -> IntStream.range(0, new int[] {1, 4, 16, 15, 8, 4, 5, 1, 2}[i]).map(j -> i - 4))
      .asDoubleStream().toArray();

  /** The same test_accuracy_wilcoxon: values computed in R, options(digits = 16). */
  private static final double[] R_X = {120, 114, 181, 188, 180, 146, 121, 191, 132, 113, 127, 112};
  private static final double[] R_Y = {133, 143, 119, 189, 112, 199, 198, 113, 115, 121, 142, 187};

  private static WilcoxonGapReport.SignedRank test(WilcoxonGapAnalysis a, double[] d) {
    return a.test(d, new double[d.length]);
  }

  /** SciPy's statistic for a two-sided test: the smaller rank sum. */
  private static double scipyStatistic(WilcoxonGapReport.SignedRank w) {
    return Math.min(w.wPlus(), w.wMinus());
  }

  @Test
  void zeroMethodsMatchScipysPublishedValues() {
    // test_accuracy_wilcoxon: wilcoxon(x, y, "pratt" | "zsplit" | "wilcox", method="asymptotic",
    // correction=False) -> (423, 0.0031724568006762576), (441, 0.0032145343172473055),
    // (SciPy's zstatistic of a two-sided test is -|z|; ours keeps the sign of W+ - mean)
    // (327, 0.00641346115861); z from SciPy 1.17.1's res.zstatistic (-2.950513986898765,
    // -2.9464412936844413, -2.7258578552669284)
    WilcoxonGapAnalysis plain = APPROX.withContinuityCorrection(false);
    WilcoxonGapReport.SignedRank pratt = test(plain.withZeroMethod(ZeroMethod.PRATT), FREQ_DATA);
    assertThat(scipyStatistic(pratt)).isEqualTo(423.0);
    assertThat(pratt.p()).isCloseTo(0.0031724568006762576, within(EPS));
    assertThat(-Math.abs(pratt.z())).isCloseTo(-2.950513986898765, within(EPS));
    assertThat(pratt.zeros()).isEqualTo(8);
    WilcoxonGapReport.SignedRank zsplit = test(plain.withZeroMethod(ZeroMethod.ZSPLIT), FREQ_DATA);
    assertThat(scipyStatistic(zsplit)).isEqualTo(441.0);
    assertThat(zsplit.p()).isCloseTo(0.0032145343172473055, within(EPS));
    assertThat(-Math.abs(zsplit.z())).isCloseTo(-2.9464412936844413, within(EPS));
    WilcoxonGapReport.SignedRank wilcox = test(plain, FREQ_DATA);
    assertThat(scipyStatistic(wilcox)).isEqualTo(327.0);
    assertThat(wilcox.p()).isCloseTo(0.00641346115861, within(EPS));
    assertThat(-Math.abs(wilcox.z())).isCloseTo(-2.7258578552669284, within(EPS));
    // with correction=True, SciPy 1.17.1: p 0.003215154664371923, 0.003257687621985364,
    // 0.0065156482445998315; z -2.9463816143680943, -2.9423146252058916, -2.720635905352624
    assertThat(test(APPROX.withZeroMethod(ZeroMethod.PRATT), FREQ_DATA).p()).isCloseTo(0.003215154664371923, within(EPS));
    assertThat(test(APPROX.withZeroMethod(ZeroMethod.PRATT), FREQ_DATA).z()).isCloseTo(-2.9463816143680943, within(EPS));
    assertThat(test(APPROX.withZeroMethod(ZeroMethod.ZSPLIT), FREQ_DATA).p()).isCloseTo(0.003257687621985364, within(EPS));
    assertThat(test(APPROX.withZeroMethod(ZeroMethod.ZSPLIT), FREQ_DATA).z()).isCloseTo(-2.9423146252058916, within(EPS));
    assertThat(test(APPROX, FREQ_DATA).p()).isCloseTo(0.0065156482445998315, within(EPS));
    assertThat(test(APPROX, FREQ_DATA).z()).isCloseTo(-2.720635905352624, within(EPS));
  }

  @Test
  void continuityCorrectionMatchesR() {
    // test_accuracy_wilcoxon, computed in R: wilcox.test(x, y, paired=TRUE, exact=FALSE,
    // correct=FALSE) p 0.6948866023724735; correct=TRUE p 0.7240816609153895; V = 34
    WilcoxonGapReport.SignedRank off = APPROX.withContinuityCorrection(false).test(R_X, R_Y);
    WilcoxonGapReport.SignedRank on = APPROX.test(R_X, R_Y);
    assertThat(off.wPlus()).isEqualTo(34.0);
    assertThat(off.p()).isCloseTo(0.6948866023724735, within(EPS));
    assertThat(on.p()).isCloseTo(0.7240816609153895, within(EPS));
    // z: SciPy 1.17.1 zstatistic -0.3922322702763681 and -0.3530090432487313
    assertThat(-Math.abs(off.z())).isCloseTo(-0.3922322702763681, within(EPS));
    assertThat(-Math.abs(on.z())).isCloseTo(-0.3530090432487313, within(EPS));
    assertThat(on.exact()).isFalse();
    // the default (AUTO) is exact here: 12 pairs, no zeros, no ties; R wilcox.test(x, y, paired=TRUE)
    // and SciPy wilcoxon(x, y, method='exact') p 0.7333984375 (= 751 / 1024)
    WilcoxonGapReport.SignedRank auto = WilcoxonGapAnalysis.withDefaults().test(R_X, R_Y);
    assertThat(auto.exact()).isTrue();
    assertThat(auto.p()).isCloseTo(0.7333984375, within(EPS));
    assertThat(auto.z()).isNaN();
    // the effect size r is the uncorrected Z over root n whatever the method
    assertThat(auto.r()).isCloseTo(-0.3922322702763681 / Math.sqrt(12), within(EPS));
  }

  @Test
  void tiesMatchR() {
    // test_wilcoxon_tie (gh-2391), R: wilcox.test(rep(0.1, 10), exact=FALSE, correct=FALSE)$p.value
    // 0.001565402258002551; correct=TRUE 0.00190419504300439
    double[] d = new double[10];
    Arrays.fill(d, 0.1);
    assertThat(test(APPROX.withContinuityCorrection(false), d).p()).isCloseTo(0.001565402258002551, within(EPS));
    assertThat(test(APPROX, d).p()).isCloseTo(0.00190419504300439, within(EPS));
    // exact is asked for but there are ties: the normal approximation, as R (which warns)
    WilcoxonGapReport.SignedRank exact = test(WilcoxonGapAnalysis.withDefaults().withPValueMethod(PValueMethod.EXACT), d);
    assertThat(exact.exact()).isFalse();
    assertThat(exact.p()).isCloseTo(0.00190419504300439, within(EPS));
  }

  @Test
  void prattMatchesCoin() {
    // test_pratt (gh-6805): the p-value of R's coin::wilcoxsign_test(x ~ y, zero.method = "Pratt",
    // distribution = "asymptotic") reported in the issue, 0.31731050786291415; statistic 0, z -1
    WilcoxonGapReport.SignedRank w = APPROX.withContinuityCorrection(false).withZeroMethod(ZeroMethod.PRATT)
        .test(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 5});
    assertThat(w.wPlus()).isEqualTo(0.0);
    assertThat(w.p()).isCloseTo(0.31731050786291415, within(EPS));
    assertThat(w.z()).isCloseTo(-1.0, within(EPS));
    assertThat(w.zeros()).isEqualTo(3);
  }

  @Test
  void exactMatchesR() {
    // test_exact_pval, computed with R 4.0.3: wilcox.test(x - y, exact=TRUE) two-sided p 0.10546875
    double[] x = {1.81, 0.82, 1.56, -0.48, 0.81, 1.28, -1.04, 0.23, -0.75, 0.14};
    double[] y = {0.71, 0.65, -0.2, 0.85, -1.1, -0.45, -0.84, -0.24, -0.68, -0.76};
    WilcoxonGapAnalysis exact = WilcoxonGapAnalysis.withDefaults().withPValueMethod(PValueMethod.EXACT);
    WilcoxonGapReport.SignedRank w = exact.test(x, y);
    assertThat(w.exact()).isTrue();
    assertThat(w.p()).isCloseTo(0.10546875, within(EPS));
    assertThat(w.wMinus()).isEqualTo(11.0); // SciPy's statistic 11
    // and x = 0.5, 1.5, ..., 19.5 against y = 20, 19, ..., 1: p 0.8694877624511719
    double[] x2 = IntStream.range(0, 20).mapToDouble(i -> i + 0.5).toArray();
    double[] y2 = IntStream.range(0, 20).mapToDouble(i -> 20 - i).toArray();
    assertThat(exact.test(x2, y2).p()).isCloseTo(0.8694877624511719, within(EPS));
  }

  @Test
  void surveyGapsMatchRAndCoin() {
    // Fixtures.twelve(), item 1 (3 zero gaps, ties), in R 4.2.2 with coin 1.4-2, options(digits = 16):
    // x <- c(4,5,6,4,5,5,6,3,7,4,4,5) (P1); y <- c(6,5,7,6,4,7,6,5,7,6,3,6) (E1)
    // wilcox.test(x, y, paired = TRUE)$p.value 0.03852975164991462 (ties and zeros: normal, corrected)
    // wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = FALSE)$p.value 0.03316895769207751
    // coin::wilcoxsign_test(x ~ y, zero.method = "Wilcoxon", distribution = "asymptotic"):
    //   statistic -2.130032168075646, pvalue 0.03316895769207751
    // coin::wilcoxsign_test(x ~ y, zero.method = "Pratt", distribution = "asymptotic"):
    //   statistic -2.00643088476282, pvalue 0.04481029591566964
    SurveyData twelve = Fixtures.twelve();
    WilcoxonGapReport.SignedRank byDefault = WilcoxonGapAnalysis.withDefaults().analyze(twelve).item(1);
    assertThat(byDefault.p()).isCloseTo(0.03852975164991462, within(EPS));
    assertThat(byDefault.exact()).isFalse();
    WilcoxonGapAnalysis plain = APPROX.withContinuityCorrection(false);
    WilcoxonGapReport.SignedRank wilcox = plain.analyze(twelve).item(1);
    assertThat(wilcox.p()).isCloseTo(0.03316895769207751, within(EPS));
    assertThat(wilcox.z()).isCloseTo(-2.130032168075646, within(EPS));
    WilcoxonGapReport.SignedRank pratt = plain.withZeroMethod(ZeroMethod.PRATT).analyze(twelve).item(1);
    assertThat(pratt.p()).isCloseTo(0.04481029591566964, within(EPS));
    assertThat(pratt.z()).isCloseTo(-2.00643088476282, within(EPS));
    assertThat(pratt.zeros()).isEqualTo(3);
    WilcoxonGapReport report = plain.withZeroMethod(ZeroMethod.PRATT).analyze(twelve);
    assertThat(report.zeroMethod()).isEqualTo(ZeroMethod.PRATT);
    assertThat(report.toString()).contains("zero gaps ranked, then their ranks dropped (Pratt)", "without continuity correction");
    assertThat(io.github.mot.core.table.Format.JSON.render(report))
        .contains("\"pValueMethod\" : \"APPROXIMATE\"", "\"continuityCorrection\" : false", "\"zeroMethod\" : \"PRATT\"");
  }

  @Test
  void theZPrintedGivesThePPrinted() {
    NormalDistribution normal = NormalDistribution.of(0, 1);
    for (ZeroMethod zm : ZeroMethod.values()) {
      for (boolean correct : new boolean[] {true, false}) {
        WilcoxonGapReport.SignedRank w = test(APPROX.withZeroMethod(zm).withContinuityCorrection(correct), FREQ_DATA);
        assertThat(w.p()).as("%s %s", zm, correct)
            .isCloseTo(2 * normal.survivalProbability(Math.abs(w.z())), within(1e-15));
      }
    }
  }

  @Test
  void autoIsExactBelowFiftyPairsWithoutZerosOrTies() {
    double[] d49 = IntStream.rangeClosed(1, 49).mapToDouble(i -> i % 3 == 0 ? -i : i).toArray();
    double[] d50 = IntStream.rangeClosed(1, 50).mapToDouble(i -> i % 3 == 0 ? -i : i).toArray();
    assertThat(test(WilcoxonGapAnalysis.withDefaults(), d49).exact()).isTrue();
    assertThat(test(WilcoxonGapAnalysis.withDefaults(), d50).exact()).isFalse();
    double[] withZero = d49.clone();
    withZero[0] = 0;
    assertThat(test(WilcoxonGapAnalysis.withDefaults(), withZero).exact()).isFalse();
  }

  @Test
  void optionsAreCopiedAndNamed() {
    WilcoxonGapAnalysis a = WilcoxonGapAnalysis.withDefaults();
    WilcoxonGapAnalysis b = a.withPValueMethod(PValueMethod.EXACT).withContinuityCorrection(false)
        .withZeroMethod(ZeroMethod.PRATT);
    assertThat(a.pValueMethod()).isEqualTo(PValueMethod.AUTO);
    assertThat(a.continuityCorrection()).isTrue();
    assertThat(a.zeroMethod()).isEqualTo(ZeroMethod.WILCOX);
    assertThat(b.toString()).contains("p=EXACT", "correction=false", "zeros=PRATT");
    assertThatThrownBy(() -> a.test(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length of y must be the length of x (2)");
    assertThatThrownBy(() -> a.test(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[1] must be a finite number");
  }
}
