package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.Channel;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Rejections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NaN, infinities, -0.0, extremes and values just outside a range fed to the scorers and
 * accumulators: rejected with an {@link IllegalArgumentException} that names the field, the
 * accumulator left unchanged, and never a NaN, an infinity or a -0.0 in a result.
 */
class HostileNumbersTest {

  static Stream<Double> hostile() {
    return FuzzGenerators.hostileAround(1.0, 7.0, 0.0);
  }

  private static void assertClean(double x, String what) {
    assertThat(Double.isFinite(x)).as("%s = %s", what, x).isTrue();
    assertThat(Double.doubleToRawLongBits(x)).as("%s is -0.0", what).isNotEqualTo(Long.MIN_VALUE);
  }

  /** Clean where defined: an undefined statistic is NaN. */
  private static void assertCleanIfDefined(double x, String what) {
    if (!Double.isNaN(x)) {
      assertClean(x, what);
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void firstImpressionAccumulatorRejectsOrStaysClean(double x) {
    FirstImpressionAccumulator acc = FirstImpressionScorer.STANDARD.accumulator(RatingScale.SEVEN_POINT);
    acc.add(4, 4, 4);
    FirstImpressionSummary before = acc.summary();
    try {
      acc.add(x, 4, 4);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("appearance rating").hasMessageContaining("but was");
      assertThat(acc.summary()).isEqualTo(before);
      return;
    }
    FirstImpressionSummary s = acc.summary();
    assertCleanIfDefined(s.meanIndex(), "mean index");
    assertCleanIfDefined(s.meanScore(), "mean score");
    assertCleanIfDefined(s.minIndex(), "min index");
    assertThat(s.toString()).doesNotContain("NaN", "Infinity", "-0.0");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void contactVolumeRejectsOrStaysClean(double x) {
    for (long customers : new long[] {0, 1, 10_000_000L, Long.MAX_VALUE}) {
      ContactVolume v;
      try {
        v = new ContactVolume(customers, x, 15);
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessageContaining("contactsPerCustomer").hasMessageContaining("but was");
        continue;
      }
      assertClean(v.contacts(), "contacts");
      assertClean(v.exposureSeconds(), "exposure");
      assertClean(v.exposureHours(), "exposure hours");
      ContactForecast f = v.negativeContacts(1, 3);
      assertClean(f.expected(), "expected");
      assertClean(f.upper(), "upper");
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void wilsonIntervalRejectsOrStaysClean(double confidence) {
    WilsonInterval w;
    try {
      w = WilsonInterval.of(3, 10, confidence);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("confidence must be in (0, 1)");
      return;
    }
    assertClean(w.lower(), "lower");
    assertClean(w.upper(), "upper");
    assertThat(w.lower()).isBetween(0.0, 1.0);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void auditTrendPointRejectsOrStaysClean(double score) {
    AuditTrend.Point p;
    try {
      p = AuditTrend.Point.of(Instant.EPOCH, "a", "s", score);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("score must be in [0, 1] but was");
      return;
    }
    assertClean(p.score(), "score");
    AuditTrend t = AuditTrend.of(List.of(p, AuditTrend.Point.of(Instant.MAX, "b", "s", 0.0)));
    assertCleanIfDefined(t.slope(), "slope");
    assertCleanIfDefined(t.mean(), "mean");
  }

  @Test
  void scorecardLevelsOutsideTheScaleAreRejectedAndLeaveTheTallyUnchanged() {
    ScorecardAccumulator acc = ScorecardAccumulator.create().add(1);
    for (int bad : new int[] {Integer.MIN_VALUE, -4, 4, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> acc.add(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("scorecard level must be in [-3, 3] but was " + bad);
      assertThatThrownBy(() -> acc.add(bad, 5))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> acc.add(1, -1)).hasMessage("times must be >= 0 but was -1");
    assertThat(acc.summary()).isEqualTo(ScorecardSummary.ofCounts(0, 0, 0, 0, 1, 0, 0));
  }

  // ---- regressions ---------------------------------------------------------------------------

  @Test
  void negativeZeroRatingsGiveAnIndexOfZeroNotMinusZero() {
    AbcRatings zero = AbcRatings.of(RatingScale.ZERO_TO_TEN, -0.0, -0.0, -0.0);
    assertClean(FirstImpressionScorer.STANDARD.index(zero), "index");
    assertThat(FirstImpressionScorer.STANDARD.score(zero).toString()).doesNotContain("-0.0");
    FirstImpressionAccumulator acc =
        FirstImpressionScorer.STANDARD.accumulator(RatingScale.ZERO_TO_TEN).add(-0.0, -0.0, -0.0);
    assertCleanIfDefined(acc.summary().minIndex(), "min index");
    assertThat(acc.summary().toString()).doesNotContain("-0.0");
  }

  @Test
  void confidenceJustBelowOneGivesAFiniteInterval() {
    // Before: z = quantile(0.5 + c / 2) with 0.5 + c / 2 rounding to 1.0: z = Infinity, bounds NaN.
    WilsonInterval w = WilsonInterval.of(3, 10, Math.nextDown(1.0));
    assertClean(w.z(), "z");
    // upper-tail quantile at (1 - c) / 2 = 2^-54: qnorm(2^-54, lower.tail = FALSE) in R, or by
    // bisection on erfc(z / sqrt 2) / 2 = 2^-54: 8.292361075813595
    assertThat(w.z()).isCloseTo(8.292361075813595, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(w.lower()).isBetween(0.0, 0.3);
    assertThat(w.upper()).isBetween(0.3, 1.0);
  }

  @Test
  void contactVolumeWhoseExposureOverflowsIsRejected() {
    // Before: accepted, and contacts(), exposure and forecasts were Infinity.
    assertThatThrownBy(() -> new ContactVolume(Long.MAX_VALUE, 1e308, 1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "contact volume customers x contactsPerCustomer x secondsPerContact must be finite but"
                + " was 9223372036854775807 x 1.0E308 x 1.0E308");
    Rejections.assertRejectsWith(
        "must be finite", () -> new ContactVolume(Long.MAX_VALUE, 1e308, 0));
    assertThat(new ContactVolume(3, -0.0, 15)).isEqualTo(new ContactVolume(3, 0.0, 15));
  }

  @Test
  void weightedJourneyMeanWithTheLargestImportancesIsFinite() {
    // Before: importances of 1e308 were accepted and the weighted mean was NaN (Inf / Inf).
    CustomerJourney j =
        CustomerJourney.builder()
            .name("J")
            .addStages(JourneyStage.of("s", "S"))
            .addTouchpoints(
                tp("t1", Touchpoint.MAX_IMPORTANCE), tp("t2", Touchpoint.MAX_IMPORTANCE))
            .build();
    List<Encounter> es = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      es.add(enc(i % 2 == 0 ? "t1" : "t2", i, i % 2 == 0 ? 3 : -3));
    }
    JourneyScore s = JourneyScorer.of(j).score(es);
    // 500 x 1e6 x 3 + 500 x 1e6 x (-3) over 1000 x 1e6 = 0 exactly
    assertThat(s.weightedMean()).isEqualTo(0.0);
  }

  @Test
  void complianceWithTheSmallestWeightsIsNotNaN() {
    // Before: Double.MIN_VALUE weights were accepted; their exact sum rounded to 0 and the
    // compliance was 0 / 0 = NaN.
    SupervisionChecklist cl =
        SupervisionChecklist.of(
            "C", List.of(item("a", ChecklistItem.MIN_WEIGHT), item("b", ChecklistItem.MIN_WEIGHT)));
    AuditSummary sum = AuditAccumulator.create().add(AuditScore.of(audit(cl))).summary();
    // one of two equal weights passed: 0.5 (to the 2^-52 rounding of the exact sum)
    assertThat(sum.compliance()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void auditScoreWithTheLargestWeightsIsExact() {
    // Before: two weights of 1e308 summed to Infinity and the score was 1e308 / Inf = 0.0.
    SupervisionChecklist cl =
        SupervisionChecklist.of(
            "C", List.of(item("a", ChecklistItem.MAX_WEIGHT), item("b", ChecklistItem.MAX_WEIGHT)));
    AuditScore score = AuditScore.of(audit(cl));
    assertThat(score.score()).isEqualTo(0.5);
    assertThat(AuditAccumulator.create().add(score).summary().compliance()).isEqualTo(0.5);
  }

  @Test
  void exactSumOverflowIsAnIllegalArgumentNotAnArithmeticException() {
    // Before: Math.addExact's ArithmeticException escaped from add(), documented as IAE.
    ExactSum s = new ExactSum();
    s.add("weight", 0x1p61);
    s.add("weight", 0x1p61);
    s.add("weight", 0x1p61);
    ExactSum before = s.copy();
    Rejections.assertRejects(
        "the sum of weights overflows 2^63 when adding 2.305843009213694E18",
        () -> s.add("weight", 0x1p61));
    assertThat(s).isEqualTo(before);
  }

  private static Touchpoint tp(String id, double importance) {
    return Touchpoint.builder()
        .id(id)
        .name(id)
        .stageId("s")
        .channel(Channel.WEB)
        .importance(importance)
        .build();
  }

  private static Encounter enc(String touchpoint, int second, int level) {
    return Encounter.builder()
        .customerId("c")
        .touchpointId(touchpoint)
        .occurredAt(Instant.EPOCH.plusSeconds(second))
        .level(ScorecardLevel.of(level))
        .build();
  }

  private static ChecklistItem item(String id, double weight) {
    return ChecklistItem.builder().id(id).text(id).step(BehaviourStep.ACT).weight(weight).build();
  }

  private static Audit audit(SupervisionChecklist cl) {
    return Audit.builder(cl)
        .id("x")
        .staffId("s")
        .auditedAt(Instant.EPOCH)
        .passed("a")
        .failed("b")
        .build();
  }
}
