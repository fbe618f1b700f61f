package io.github.mot.servqual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.SegmentComparison;
import io.github.mot.servqual.gap.WilcoxonGapAnalysis;
import io.github.mot.servqual.gap.WilcoxonGapReport;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import io.github.mot.servqual.reliability.ReliabilityReport;
import io.github.mot.servqual.testing.Fixtures;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 10: statistics on plain {@code double[][]} and {@code double[]} data, one call
 * each, with the survey analyses' result types, equal to them on the same answers and to R on
 * numbers no survey could hold (sliders, halves).
 */
class PlainDataStatisticsTest {

  private static final double EPS = 1e-9;

  /** Seven respondents' 0..100 slider answers to three items. */
  private static final double[][] SLIDERS = {{72.5, 80.25, 68}, {55, 61.5, 58.75}, {90, 85.5, 93.25}, {40.5, 52, 47},
      {66.75, 70, 64.5}, {81, 77.25, 85.5}, {59.5, 49, 62.25}};

  @Test
  void alphaOfSlidersMatchesPsych() {
    // R 4.2.2, psych 2.2.9: m <- matrix(c(72.5, 80.25, 68, 55, 61.5, 58.75, 90, 85.5, 93.25, 40.5, 52, 47,
    // 66.75, 70, 64.5, 81, 77.25, 85.5, 59.5, 49, 62.25), ncol = 3, byrow = TRUE); a <- psych::alpha(m)
    ReliabilityReport rep = ReliabilityAnalysis.withDefaults().analyze(SLIDERS);
    ReliabilityReport.Scale s = rep.scales().get(0);
    assertThat(s.n()).isEqualTo(7);
    assertThat(s.score()).isEqualTo(ScoreKind.VALUES);
    assertThat(s.itemIds()).containsExactly(1, 2, 3);
    // a$total$raw_alpha 0.9596000664644305, std.alpha 0.9601774325973294, average_r 0.8893453984493233
    assertThat(s.alpha()).isCloseTo(0.9596000664644305, within(EPS));
    assertThat(s.standardizedAlpha()).isCloseTo(0.9601774325973294, within(EPS));
    assertThat(s.meanInterItemCorrelation()).isCloseTo(0.8893453984493233, within(EPS));
    // a$item.stats$r.drop 0.9743383917895941 0.8547713212277761 0.9282771662676245
    // a$alpha.drop$raw_alpha 0.8955005204121229 0.9852752039235637 0.92992873316012
    double[] rDrop = {0.9743383917895941, 0.8547713212277761, 0.9282771662676245};
    double[] drop = {0.8955005204121229, 0.9852752039235637, 0.92992873316012};
    for (int i = 0; i < 3; i++) {
      assertThat(s.itemStatistics().get(i).correctedItemTotalCorrelation()).isCloseTo(rDrop[i], within(EPS));
      assertThat(s.itemStatistics().get(i).alphaIfDeleted()).isCloseTo(drop[i], within(EPS));
    }
    // psych::alpha.ci(0.9596000664644305, n.obs = 7, n.var = 3): lower.ci 0.8493772463369549,
    // upper.ci 0.9924714690733766 (= 1 - (1 - a) qf(0.975 | 0.025, 6, 12))
    assertThat(s.feldt().lower()).isCloseTo(0.8493772463369549, within(EPS));
    assertThat(s.feldt().upper()).isCloseTo(0.9924714690733766, within(EPS));
    assertThat(rep.toString()).contains("DATA", "values", "0.960");
    // halves: alpha does not depend on the unit
    double[][] halves = new double[SLIDERS.length][];
    for (int r = 0; r < SLIDERS.length; r++) {
      halves[r] = new double[] {Math.rint(SLIDERS[r][0] / 10) / 2, Math.rint(SLIDERS[r][1] / 10) / 2,
          Math.rint(SLIDERS[r][2] / 10) / 2};
    }
    double[][] wholes = new double[SLIDERS.length][3];
    for (int r = 0; r < SLIDERS.length; r++) {
      for (int i = 0; i < 3; i++) {
        wholes[r][i] = halves[r][i] * 2;
      }
    }
    assertThat(ReliabilityAnalysis.withDefaults().analyze(halves).scales().get(0).alpha())
        .isCloseTo(ReliabilityAnalysis.withDefaults().analyze(wholes).scales().get(0).alpha(), within(1e-12));
  }

  @SeededTest
  void alphaOfPlainAnswersIsTheSurveysAlpha(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    SurveyData data = ServqualGenerators.answers(r, ins, r.nextBoolean() ? 0.0 : 0.1, ins.scale().max()).build();
    MissingPolicy policy = r.nextBoolean() ? MissingPolicy.LISTWISE : MissingPolicy.PAIRWISE;
    ReliabilityAnalysis analysis = ReliabilityAnalysis.withDefaults().withMissing(policy).withBootstrap(200, seed.value());
    ReliabilityReport survey = analysis.analyze(data);
    Dimension d = ins.dimensions().get(0);
    int[] ids = ins.itemIds(d).stream().mapToInt(Integer::intValue).toArray();
    double[][] answers = new double[data.size()][ids.length];
    for (int resp = 0; resp < data.size(); resp++) {
      for (int i = 0; i < ids.length; i++) {
        java.util.OptionalInt a = data.answer(AnswerKind.PERCEPTION, ids[i], resp);
        answers[resp][i] = a.isPresent() ? a.getAsInt() : Double.NaN;
      }
    }
    ReliabilityReport.Scale plain = analysis.analyze(answers).scales().get(0);
    ReliabilityReport.Scale s = survey.scale(d, ScoreKind.PERCEPTION);
    String why = seed + " " + policy;
    assertThat(plain.n()).as(why).isEqualTo(s.n());
    assertThat(Double.valueOf(plain.alpha())).as(why).isEqualTo(Double.valueOf(s.alpha()));
    assertThat(Double.valueOf(plain.standardizedAlpha())).as(why).isEqualTo(Double.valueOf(s.standardizedAlpha()));
    assertThat(plain.feldt()).as(why).isEqualTo(s.feldt());
    assertThat(plain.itemStatistics().stream().map(x -> x.alphaIfDeleted()).toList()).as(why)
        .isEqualTo(s.itemStatistics().stream().map(x -> x.alphaIfDeleted()).toList());
    assertThat(plain.itemStatistics().stream().map(x -> x.correctedItemTotalCorrelation()).toList()).as(why)
        .isEqualTo(s.itemStatistics().stream().map(x -> x.correctedItemTotalCorrelation()).toList());
  }

  @Test
  void bootstrapOfPlainAnswersIsTheSurveys() {
    int[][] p = Fixtures.FOUR_ITEMS_PERCEPTIONS;
    ReliabilityAnalysis a = ReliabilityAnalysis.withDefaults().withBootstrap(1000, 7);
    ReliabilityReport.Scale s = a.analyze(Fixtures.perceptionsOnly(Fixtures.FOUR_ITEMS, p))
        .scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    double[][] answers = new double[p.length][3];
    for (int r = 0; r < p.length; r++) {
      for (int i = 0; i < 3; i++) {
        answers[r][i] = p[r][i];
      }
    }
    ReliabilityReport.Scale plain = a.analyze(answers).scales().get(0);
    assertThat(plain.bootstrap()).isEqualTo(s.bootstrap());
    assertThat(plain.bootstrapReplicates()).isEqualTo(s.bootstrapReplicates());
  }

  @Test
  void pairedAndWelchTMatchR() {
    double[] x = {4.5, 3, 5, 2.5, 4, 3.5, 5, 1.5};
    double[] y = {4, 3.5, 3, 3, 2.5, 3.5, 4, 2};
    // R: r <- t.test(x, y, paired = TRUE) (options(digits = 16), printed to 17 digits): t 1.2630711924548441,
    // df 7, p 0.2470065274536528,
    // conf.int -0.3815536814169548 1.2565536814169549, mean difference 0.4375
    MeanEstimate t = GapAnalysis.withDefaults().pairedTest(x, y);
    assertThat(t.mean()).isCloseTo(0.4375, within(EPS));
    assertThat(t.t()).isCloseTo(1.2630711924548441, within(EPS));
    assertThat(t.degreesOfFreedom()).isEqualTo(7.0);
    assertThat(t.p()).isCloseTo(0.2470065274536528, within(EPS));
    assertThat(t.ciLower()).isCloseTo(-0.3815536814169548, within(EPS));
    assertThat(t.ciUpper()).isCloseTo(1.256553681416955, within(EPS));
    // R: w <- t.test(x, c(2.5, 3.25, 1.75, 4, 2)): t 1.530135431681322, df 10.5000382328987047,
    // p 0.1555353321081354, conf.int -0.4133137668455471 2.2633137668455467
    SegmentComparison.WelchTest w = GapAnalysis.withDefaults().welchTest(x, new double[] {2.5, 3.25, 1.75, 4, 2});
    assertThat(w.t()).isCloseTo(1.530135431681322, within(EPS));
    assertThat(w.degreesOfFreedom()).isCloseTo(10.500038232898705, within(EPS));
    assertThat(w.p()).isCloseTo(0.1555353321081354, within(EPS));
    assertThat(w.ciLower()).isCloseTo(-0.4133137668455471, within(EPS));
    assertThat(w.ciUpper()).isCloseTo(2.2633137668455467, within(EPS));
    assertThat(w.toString()).startsWith("x - y: ");
    // R: wilcox.test(x, y, paired = TRUE)$p.value 0.3016995824783479 (a zero and ties: normal,
    // corrected); coin::wilcoxsign_test(x ~ y, zero.method = "Pratt", distribution = "asymptotic")
    // pvalue 0.3197670634951788
    assertThat(WilcoxonGapAnalysis.withDefaults().test(x, y).p()).isCloseTo(0.3016995824783479, within(EPS));
    assertThat(WilcoxonGapAnalysis.withDefaults().withPValueMethod(WilcoxonGapAnalysis.PValueMethod.APPROXIMATE)
        .withContinuityCorrection(false).withZeroMethod(WilcoxonGapAnalysis.ZeroMethod.PRATT).test(x, y).p())
        .isCloseTo(0.3197670634951788, within(EPS));
  }

  @Test
  void plainTestsAreTheSurveyAnalysesOnTheSameAnswers() {
    SurveyData twelve = Fixtures.twelve();
    double[] e1 = column(Fixtures.TWELVE_EXPECTATIONS, 0);
    double[] p1 = column(Fixtures.TWELVE_PERCEPTIONS, 0);
    // paired t: the gap table's item 1
    assertThat(GapAnalysis.withDefaults().pairedTest(p1, e1)).isEqualTo(GapAnalysis.withDefaults().analyze(twelve).item(1).gap());
    // Wilcoxon: the Wilcoxon report's item 1, but for its label and place
    WilcoxonGapReport.SignedRank plain = WilcoxonGapAnalysis.withDefaults().test(p1, e1);
    WilcoxonGapReport.SignedRank survey = WilcoxonGapAnalysis.withDefaults().analyze(twelve).item(1);
    assertThat(plain).usingRecursiveComparison().ignoringFields("label", "dimension", "itemId").isEqualTo(survey);
    // Welch: the segment comparison's item 2 (segment a gaps 0, -2; segment b -2, 1)
    SegmentComparison.WelchTest seg = GapAnalysis.withDefaults()
        .compareSegments(Fixtures.fourRespondents(true).build(), "segment", "a", "b").items().get(1);
    assertThat(GapAnalysis.withDefaults().welchTest(new double[] {0, -2}, new double[] {-2, 1}))
        .usingRecursiveComparison().ignoringFields("label").isEqualTo(seg);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badPlainDataIsNamed() {
    ReliabilityAnalysis a = ReliabilityAnalysis.withDefaults();
    assertThatThrownBy(() -> a.analyze(new double[0][])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answers must be at least one row");
    assertThatThrownBy(() -> a.analyze(new double[][] {{1, 2}, {1}})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length of answers[1] must be the length of answers[0] (2) but was 1");
    assertThatThrownBy(() -> a.analyze(new double[][] {{1, Double.NEGATIVE_INFINITY}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answers[0][1] must be a finite number");
    assertThatThrownBy(() -> a.analyze((double[][]) null)).isInstanceOf(NullPointerException.class).hasMessage("answers");
    assertThatThrownBy(() -> GapAnalysis.withDefaults().welchTest(new double[] {1}, null))
        .isInstanceOf(NullPointerException.class).hasMessage("y");
    // one item: alpha undefined, with the warning the survey analysis gives
    ReliabilityReport one = a.analyze(new double[][] {{1}, {2}, {3}});
    assertThat(one.warnings(ReliabilityReport.Warning.Type.TOO_FEW_ITEMS)).hasSize(1);
    assertThat(one.scales().get(0).alpha()).isNaN();
  }

  private static double[] column(int[][] rows, int i) {
    double[] c = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      c[r] = rows[r][i];
    }
    return c;
  }
}
