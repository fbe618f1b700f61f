package io.github.mot.servqual.reliability;

import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.testing.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.RatingScale;
import io.github.mot.core.testing.Seed;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReliabilityAnalysisTest {

  private static final double EPS = 1e-9;

  /** Items 1-3 TANGIBLES, item 4 RELIABILITY, on 1..7. */
  private static final Instrument FOUR = Fixtures.FOUR_ITEMS;

  /** Perceptions of 8 respondents (rows) for items 1-4; reference values from alpha_reference.py. */
  private static final int[][] P = Fixtures.FOUR_ITEMS_PERCEPTIONS;

  @Test
  void rawAndStandardisedAlphaAndFeldtIntervalMatchTheReference() {
    ReliabilityReport rep = ReliabilityAnalysis.withDefaults().analyze(Fixtures.perceptionsOnly(FOUR, P));
    ReliabilityReport.Scale t = rep.scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    assertThat(t.n()).isEqualTo(8);
    assertThat(t.items()).isEqualTo(3);
    // P1 = 5,3,6,2,4,7,4,5: mean 4.5, squared deviations 18, var 18/7
    // P2 = 6,4,6,3,5,6,4,5: mean 4.875, squared deviations 8.875; P3 = 5,4,7,2,4,6,5,6: 16.875
    // totals 16,11,19,7,13,19,13,16: mean 14.25, squared deviations 117.5
    // alpha = 3/2 (1 - (18 + 8.875 + 16.875) / 117.5) = 1.5 x 73.75 / 117.5 = 0.9414893617021276
    assertThat(t.alpha()).isCloseTo(0.9414893617021276, within(EPS));
    // standardised alpha: rbar = mean of the three correlations = 0.8687128988212943,
    // 3 rbar / (1 + 2 rbar) = 0.9520399415787756 (alpha_reference.py, statistics.covariance)
    assertThat(t.meanInterItemCorrelation()).isCloseTo(0.8687128988212943, within(EPS));
    assertThat(t.standardizedAlpha()).isCloseTo(0.9520399415787756, within(EPS));
    // Feldt, 95%: df 7 and 14; 1 - (1 - alpha) F(0.975; 7, 14) and 1 - (1 - alpha) F(0.025; 7, 14)
    // (alpha_reference.py: incomplete beta + bisection, checked against printed F tables)
    assertThat(t.feldt().lower()).isCloseTo(0.8022379699245625, within(1e-8));
    assertThat(t.feldt().upper()).isCloseTo(0.9872694873455243, within(1e-8));
    assertThat(t.feldt().confidenceLevel()).isEqualTo(0.95);
    // item 1: alpha of items 2 and 3 = 0.8681318681318682; r(P1, P2 + P3) = 0.9434563530497264
    CronbachAlpha.ItemStatistics i1 = t.itemStatistics().get(0);
    assertThat(i1.alphaIfDeleted()).isCloseTo(0.8681318681318682, within(EPS));
    assertThat(i1.correctedItemTotalCorrelation()).isCloseTo(0.9434563530497264, within(EPS));
    assertThat(t.bootstrap()).isEmpty();
  }

  @Test
  void listwiseAlphasEqualTheGapReportAlphas() {
    SurveyData data = Fixtures.fourRespondents(false).build();
    GapReport gaps = GapAnalysis.withDefaults().analyze(data);
    ReliabilityReport rel = ReliabilityAnalysis.withDefaults().analyze(data);
    GapReport.DimensionGap t = gaps.dimension(Dimension.TANGIBLES);
    assertThat(rel.scale(Dimension.TANGIBLES, ScoreKind.EXPECTATION).alpha()).isCloseTo(-32.0 / 3, within(EPS));
    assertThat(rel.scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION).alpha()).isCloseTo(t.alphaPerception(), within(EPS));
    assertThat(rel.scale(Dimension.TANGIBLES, ScoreKind.GAP).alpha()).isCloseTo(t.alphaGap(), within(EPS));
    assertThat(rel.scale(Dimension.TANGIBLES, ScoreKind.GAP).itemStatistics().get(1).correctedItemTotalCorrelation())
        .isCloseTo(t.gapReliability().itemStatistics().get(1).correctedItemTotalCorrelation(), within(EPS));
  }

  @Test
  void everyWarningIsReportedAndPrinted() {
    // item 2 reverse-keyed in the data: 8 - x; it now runs against items 1 and 3
    int[][] p = new int[P.length][];
    for (int r = 0; r < P.length; r++) {
      p[r] = P[r].clone();
      p[r][1] = 8 - p[r][1];
    }
    ReliabilityReport rep = ReliabilityAnalysis.withDefaults().analyze(Fixtures.perceptionsOnly(FOUR, p));
    List<ReliabilityReport.Warning> neg = rep.warnings(ReliabilityReport.Warning.Type.NEGATIVE_ITEM_TOTAL_CORRELATION);
    assertThat(neg).extracting(w -> w.itemId().getAsInt()).contains(2);
    assertThat(neg.get(0).message()).contains("item 2", "Neat staff", "reverse-keyed");
    assertThat(rep.warnings(ReliabilityReport.Warning.Type.TOO_FEW_ITEMS)).singleElement()
        .satisfies(w -> {
          assertThat(w.dimension()).isEqualTo(Dimension.RELIABILITY);
          assertThat(w.score()).isEmpty();
          assertThat(w.message()).contains("RELIABILITY", "1 item", "undefined");
        });
    // Fixtures: expectations of TANGIBLES have alpha -32/3
    ReliabilityReport negative = ReliabilityAnalysis.withDefaults().analyze(Fixtures.fourRespondents(false).build());
    assertThat(negative.warnings(ReliabilityReport.Warning.Type.NEGATIVE_ALPHA))
        .anySatisfy(w -> assertThat(w.message()).contains("expectation of TANGIBLES", "-10.667"));
    // constant answers: the total has no variance
    int[][] flat = {{4, 4, 4, 4}, {4, 4, 4, 5}, {4, 4, 4, 3}};
    ReliabilityReport undefined = ReliabilityAnalysis.withDefaults().analyze(Fixtures.perceptionsOnly(FOUR, flat));
    assertThat(undefined.warnings(ReliabilityReport.Warning.Type.UNDEFINED_ALPHA)).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("perception of TANGIBLES", "no variance"));
    // printed: the warnings, "undefined" instead of NaN
    String text = rep.toString();
    assertThat(text).contains("warnings:", "NEGATIVE_ITEM_TOTAL_CORRELATION", "TOO_FEW_ITEMS",
        "undefined (1 item)", "raw alpha", "std alpha", "95% Feldt CI").doesNotContain("NaN");
    assertThat(undefined.toString()).contains("UNDEFINED_ALPHA").doesNotContain("NaN");
    assertThat(ReliabilityAnalysis.withDefaults().analyze(Fixtures.perceptionsOnly(FOUR, P)).warnings())
        .extracting(ReliabilityReport.Warning::type).containsExactly(ReliabilityReport.Warning.Type.TOO_FEW_ITEMS);
  }

  @Test
  void perceptionOnlyDataGivesPerceptionScalesOnly() {
    ReliabilityReport rep = ReliabilityAnalysis.withDefaults().analyze(Fixtures.perceptionsOnly(FOUR, P));
    assertThat(rep.scales()).extracting(ReliabilityReport.Scale::score).containsOnly(ScoreKind.PERCEPTION);
    assertThat(rep.scales()).hasSize(2);
    assertThatThrownBy(() -> rep.scale(Dimension.TANGIBLES, ScoreKind.GAP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TANGIBLES GAP");
  }

  @Test
  void bootstrapIsSeededAndBracketsAlpha() {
    SurveyData data = Fixtures.perceptionsOnly(FOUR, P);
    ReliabilityAnalysis boot = ReliabilityAnalysis.withDefaults().withBootstrap(500, 42);
    ReliabilityReport.Scale a = boot.analyze(data).scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    ReliabilityReport.Scale b = boot.analyze(data).scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    ReliabilityReport.Scale c = ReliabilityAnalysis.withDefaults().withBootstrap(500, 43).analyze(data)
        .scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    assertThat(a.bootstrap()).isEqualTo(b.bootstrap());
    assertThat(a.bootstrap()).isNotEqualTo(c.bootstrap());
    AlphaInterval ci = a.bootstrap().orElseThrow();
    assertThat(ci.lower()).isLessThan(a.alpha());
    assertThat(ci.upper()).isBetween(a.alpha(), 1.0);
    assertThat(a.bootstrapReplicates()).isBetween(400, 500);
    assertThat(boot.analyze(data).toString()).contains("bootstrap seed 42", "95% bootstrap CI");
    assertThat(boot.withoutBootstrap().analyze(data).bootstrapSeed()).isEmpty();
  }

  @Test
  void quantileIsRType7() {
    // R: quantile(c(1, 2, 3, 4), 0.25) = 1.75; quantile(c(1, 2, 3, 4), 0.975) = 3.925
    double[] x = {1, 2, 3, 4};
    assertThat(ReliabilityAnalysis.quantile(x, 0.25)).isCloseTo(1.75, within(EPS));
    assertThat(ReliabilityAnalysis.quantile(x, 0.975)).isCloseTo(3.925, within(EPS));
  }

  @SeededTest
  void pairwiseAlphaIsThatOfThePairwiseCovarianceMatrix(Seed seed) {
    SplittableRandom random = seed.random();
    Instrument ins = ServqualGenerators.instrument(random);
    ServqualGenerators.Answers ans = ServqualGenerators.answers(random, ins, 0.15, ins.scale().max());
    SurveyData data = ans.build();
    ReliabilityReport rep = ReliabilityAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    for (ReliabilityReport.Scale s : rep.scales()) {
      if (s.score() != ScoreKind.PERCEPTION) {
        continue;
      }
      double[][] cols = new double[s.items()][];
      for (int j = 0; j < s.items(); j++) {
        int id = s.itemIds().get(j);
        cols[j] = new double[data.size()];
        for (int r = 0; r < data.size(); r++) {
          cols[j][r] = data.answer(AnswerKind.PERCEPTION, id, r).isPresent()
              ? data.answer(AnswerKind.PERCEPTION, id, r).getAsInt() : Double.NaN;
        }
      }
      double expected = bruteForcePairwiseAlpha(cols);
      if (Double.isNaN(expected)) {
        assertThat(s.alpha()).as(seed.toString()).isNaN();
      } else {
        assertThat(s.alpha()).as(seed.toString()).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
      }
    }
  }

  /** R: k/(k-1) (1 - tr(C)/sum(C)) with C = cov(x, use = "pairwise.complete.obs"), in plain doubles. */
  private static double bruteForcePairwiseAlpha(double[][] x) {
    int k = x.length;
    if (k < 2) {
      return Double.NaN;
    }
    double tr = 0;
    double sum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        List<double[]> pairs = new ArrayList<>();
        for (int r = 0; r < x[i].length; r++) {
          if (!Double.isNaN(x[i][r]) && !Double.isNaN(x[j][r])) {
            pairs.add(new double[] {x[i][r], x[j][r]});
          }
        }
        int n = pairs.size();
        if (n < 2) {
          return Double.NaN;
        }
        double mi = pairs.stream().mapToDouble(p -> p[0]).sum() / n;
        double mj = pairs.stream().mapToDouble(p -> p[1]).sum() / n;
        double c = pairs.stream().mapToDouble(p -> (p[0] - mi) * (p[1] - mj)).sum() / (n - 1);
        sum += c;
        tr += i == j ? c : 0;
      }
    }
    return sum == 0 ? Double.NaN : k / (k - 1.0) * (1 - tr / sum);
  }

  @Test
  void pairwiseWithoutMissingEqualsListwiseAndAlphaIfDeletedWorksWithMissing() {
    SurveyData full = Fixtures.perceptionsOnly(FOUR, P);
    ReliabilityReport.Scale l = ReliabilityAnalysis.withDefaults().analyze(full).scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    ReliabilityReport.Scale pw = ReliabilityAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(full)
        .scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    assertThat(pw).isEqualTo(l);
    int[][] holes = new int[P.length][];
    for (int r = 0; r < P.length; r++) {
      holes[r] = P[r].clone();
    }
    holes[0][0] = Response.MISSING;
    holes[3][2] = Response.MISSING;
    ReliabilityReport.Scale missing = ReliabilityAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE)
        .analyze(Fixtures.perceptionsOnly(FOUR, holes)).scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    ReliabilityReport.Scale listwise = ReliabilityAnalysis.withDefaults().analyze(Fixtures.perceptionsOnly(FOUR, holes))
        .scale(Dimension.TANGIBLES, ScoreKind.PERCEPTION);
    assertThat(listwise.n()).isEqualTo(6);
    assertThat(missing.n()).isEqualTo(6); // pair (1, 3) has 6 respondents; (1, 2) and (2, 3) have 7
    for (CronbachAlpha.ItemStatistics ir : missing.itemStatistics()) {
      assertThat(ir.alphaIfDeleted()).isFinite();
      assertThat(ir.correctedItemTotalCorrelation()).isBetween(-1.0, 1.0);
    }
    assertThat(missing.alpha()).isNotEqualTo(listwise.alpha());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void invalidArgumentsAreNamed() {
    ReliabilityAnalysis a = ReliabilityAnalysis.withDefaults();
    assertThatThrownBy(() -> a.withConfidenceLevel(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence level must be in (0, 1) but was NaN");
    assertThatThrownBy(() -> a.withConfidenceLevel(1)).hasMessageContaining("confidence level");
    assertThatThrownBy(() -> a.withBootstrap(99, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bootstrap replicates must be in [100, 1000000] but was 99");
    assertThatThrownBy(() -> a.withBootstrap(1_000_001, 1)).hasMessageContaining("bootstrap replicates");
    assertThatThrownBy(() -> a.withMissing(null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> a.analyze((SurveyData) null)).isInstanceOf(NullPointerException.class).hasMessage("data");
    assertThatThrownBy(() -> new Rows.AlphaInterval(0, 1, 1.5)).hasMessageContaining("confidence level");
    assertThat(a.toString()).isEqualTo("ReliabilityAnalysis[missing=LISTWISE, confidence=0.95, bootstrap=none]");
  }
}
