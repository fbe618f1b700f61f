package io.github.mot.scoring;

import static io.github.mot.scoring.Fixtures.CHECKLIST;
import static io.github.mot.scoring.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AuditTest {

  private static final double EPS = 1e-9;

  /** s1, day 0: greet, listen, receipt passed; offer failed; thanks n/a. */
  static final Audit A1 =
      Audit.builder(CHECKLIST)
          .id("A1")
          .staffId("s1")
          .auditedAt(T0)
          .passed("greet", "listen", "receipt")
          .failed("offer")
          .notApplicable("thanks")
          .build();

  /** s1, day 1: everything passed except the critical receipt. */
  static final Audit A2 =
      Audit.builder(CHECKLIST)
          .id("A2")
          .staffId("s1")
          .touchpointId("greet")
          .auditedAt(T0.plus(Duration.ofDays(1)))
          .passed("greet", "listen", "offer", "thanks")
          .failed("receipt")
          .build();

  /** s2, day 2: everything passed. */
  static final Audit A3 =
      Audit.builder(CHECKLIST)
          .id("A3")
          .staffId("s2")
          .auditedAt(T0.plus(Duration.ofDays(2)))
          .passed("greet", "listen", "offer", "receipt", "thanks")
          .build();

  @Test
  void weightedScoreOfPassedOverApplicable() {
    // Weights greet 1, listen 2, offer 3, receipt 1 (critical), thanks 1.
    // passed = 1 + 2 + 1 = 4; applicable = 4 + 3 (offer failed) = 7; thanks n/a counts nowhere.
    // score = 4 / 7 = 0.571428571428571
    AuditScore s = AuditScore.of(A1);
    assertThat(s.score()).isCloseTo(4.0 / 7.0, within(EPS));
    assertThat(s.overall().passedWeight()).isEqualTo(4.0);
    assertThat(s.overall().applicableWeight()).isEqualTo(7.0);
    assertThat(s.overall().passed()).isEqualTo(3);
    assertThat(s.overall().failed()).isEqualTo(1);
    assertThat(s.overall().notApplicable()).isEqualTo(1);
    assertThat(s.criticalFailures()).isEmpty();
    // steps: EXPLORE 3/3 = 1; OFFER 0/3 = 0; ACT 1/1 = 1; CONFIRM only n/a: no score
    assertThat(s.byStep().keySet())
        .containsExactly(BehaviourStep.EXPLORE, BehaviourStep.OFFER, BehaviourStep.ACT, BehaviourStep.CONFIRM);
    assertThat(s.step(BehaviourStep.EXPLORE).orElseThrow().score()).isEqualTo(1.0);
    assertThat(s.step(BehaviourStep.OFFER).orElseThrow().score()).isEqualTo(0.0);
    assertThat(s.step(BehaviourStep.ACT).orElseThrow().score()).isEqualTo(1.0);
    assertThat(s.step(BehaviourStep.CONFIRM).orElseThrow().score()).isNaN();
    // touchpoints of items: greet 1/1, advise 0/3, pay 1/1 (the audit has no touchpoint of its own)
    assertThat(s.byTouchpoint().keySet()).containsExactly("greet", "advise", "pay");
    assertThat(s.touchpoint("advise").orElseThrow().score()).isEqualTo(0.0);
  }

  @Test
  void failedCriticalItemZeroesTheScoreAndSaysWhich() {
    // raw = (1 + 2 + 3 + 1) / (1 + 2 + 3 + 1 + 1) = 7 / 8 = 0.875, but receipt (critical) failed: 0
    AuditScore s = AuditScore.of(A2);
    assertThat(s.score()).isEqualTo(0.0);
    assertThat(s.overall().rawScore()).isCloseTo(0.875, within(EPS));
    assertThat(s.overall().criticalFailed()).isTrue();
    assertThat(s.overall().criticalFailures()).containsExactly("receipt");
    assertThat(s.criticalFailures()).extracting(ChecklistItem::id).containsExactly("receipt");
    // Only the part holding the critical item is zeroed: ACT 0, EXPLORE still 1.
    assertThat(s.step(BehaviourStep.ACT).orElseThrow().score()).isEqualTo(0.0);
    assertThat(s.step(BehaviourStep.EXPLORE).orElseThrow().score()).isEqualTo(1.0);
    // Items without a touchpoint count for the audit's touchpoint 'greet': greet + listen + thanks
    // = (1 + 2 + 1) / 4 = 1
    assertThat(s.touchpoint("greet").orElseThrow().applicableWeight()).isEqualTo(4.0);
    assertThat(s.touchpoint("pay").orElseThrow().score()).isEqualTo(0.0);
    assertThat(s.toString())
        .startsWith("AuditScore A2 of s1 at 2026-11-25T10:00:00Z: 0.0000 (critical item failed: receipt)\n")
        .contains("overall            0.0000  0.8750       7.00           8.00     4     1    0\n");
    assertThat(s.overall().toString())
        .isEqualTo("score 0.0000 (raw 0.8750, weight 7.00/8.00; passed 4, failed 1, n/a 0; critical failed: receipt)");
  }

  @Test
  void nothingApplicableGivesNoScore() {
    Audit none =
        Audit.builder(CHECKLIST)
            .id("A0")
            .staffId("s1")
            .auditedAt(T0)
            .notApplicable("greet", "listen", "offer", "receipt", "thanks")
            .build();
    AuditScore s = AuditScore.of(none);
    assertThat(s.score()).isNaN();
    assertThat(s.overall().rawScore()).isNaN();
    assertThat(s.overall().isScored()).isFalse();
    AuditOverview report = AuditOverviewAccumulator.create().add(none).overview();
    assertThat(report.overall().count()).isEqualTo(1);
    assertThat(report.overall().meanScore()).isNaN();
    assertThat(report.trend().size()).isZero();
    assertThat(report.trend().slope()).isNaN();
    assertThat(report.toString()).doesNotContain("NaN");
  }

  @Test
  void reportPerStaffStepTouchpointAndTrend() {
    AuditOverview r = List.of(A3, A1, A2).parallelStream().collect(AuditOverviewAccumulator.toOverview());
    // overall: scores 4/7, 0, 1 -> mean (4/7 + 0 + 1) / 3 = 11/21 = 0.523809523809524
    assertThat(r.overall().count()).isEqualTo(3);
    assertThat(r.overall().meanScore()).isCloseTo(11.0 / 21.0, within(EPS));
    assertThat(r.overall().criticalFailureCount()).isEqualTo(1);
    assertThat(r.overall().criticalFailureRate()).isCloseTo(1.0 / 3.0, within(EPS));
    // staff s1: mean (4/7 + 0) / 2 = 2/7; pooled compliance (4 + 7) / (7 + 8) = 11/15;
    // items passed 3 + 4 = 7, failed 1 + 1 = 2 -> 7/9. s2: mean 1. Worst first: s1, s2.
    assertThat(r.byStaff().keys()).containsExactly("s1", "s2");
    AuditSummary s1 = r.byStaff().get("s1").orElseThrow();
    assertThat(s1.meanScore()).isCloseTo(2.0 / 7.0, within(EPS));
    assertThat(s1.compliance()).isCloseTo(11.0 / 15.0, within(EPS));
    assertThat(s1.itemPassRate()).isCloseTo(7.0 / 9.0, within(EPS));
    assertThat(s1.minScore()).isEqualTo(0.0);
    assertThat(s1.maxScore()).isCloseTo(4.0 / 7.0, within(EPS));
    // steps: ACT 1, 0, 1 (one critical) and OFFER 0, 1, 1 both mean 2/3: ACT first (more
    // critical failures); EXPLORE 1, 1, 1 and CONFIRM (n/a), 1, 1 both mean 1 and compliance 1:
    // by key, EXPLORE before CONFIRM.
    assertThat(r.byStep().keys())
        .containsExactly(BehaviourStep.ACT, BehaviourStep.OFFER, BehaviourStep.EXPLORE, BehaviourStep.CONFIRM);
    assertThat(r.byStep().get(BehaviourStep.CONFIRM).orElseThrow().scoredCount()).isEqualTo(2);
    assertThat(r.byTouchpoint().worst().orElseThrow().key()).isEqualTo("pay");
    // trend: A1 4/7, A2 0, A3 1 in time order; x = 0, 1, 2, xbar = 1, Sxx = 2;
    // slope = (-1 x 4/7 + 0 x 0 + 1 x 1) / 2 = (3/7) / 2 = 3/14 = 0.214285714285714 per audit
    assertThat(r.trend().points()).extracting(AuditTrend.Point::auditId).containsExactly("A1", "A2", "A3");
    assertThat(r.trend().slope()).isCloseTo(3.0 / 14.0, within(EPS));
    assertThat(r.trend().mean()).isCloseTo(11.0 / 21.0, within(EPS));
    // s1 alone: 4/7 then 0: slope = 0 - 4/7 = -4/7 per audit
    assertThat(r.trendOf("s1").slope()).isCloseTo(-4.0 / 7.0, within(EPS));
    assertThat(r.trendOf("nobody").size()).isZero();
    assertThat(r.trend().toString())
        .isEqualTo(
            "AuditTrend n=3, mean 0.5238, slope +0.2143 per audit\n"
                + "#  audited at            audit  staff   score\n"
                + "1  2026-11-24T10:00:00Z  A1     s1     0.5714\n"
                + "2  2026-11-25T10:00:00Z  A2     s1     0.0000\n"
                + "3  2026-11-26T10:00:00Z  A3     s2     1.0000\n");
    assertThat(r.byStaff().toString())
        .isEqualTo(
            "GroupedSummary by staff, 2 groups, worst first\n"
                + "staff  audits    mean     min     max  critical  compliance  items pass\n"
                + "s1          2  0.2857  0.0000  0.5714         1      0.7333       77.8%\n"
                + "s2          1  1.0000  1.0000  1.0000         0      1.0000      100.0%\n"
                + "-----------------------------------------------------------------------\n"
                + "(all)       3  0.5238  0.0000  1.0000         1      0.8261       85.7%\n");
  }

  @Test
  void builderRejectsIncompleteOrWrongForms() {
    Rejections.assertRejects(
        "unknown checklist item 'nope' in checklist 'Counter audit'",
        () -> Audit.builder(CHECKLIST).passed("nope"));
    assertThatThrownBy(() -> Audit.builder(CHECKLIST).passed("greet").failed("greet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("checklist item 'greet' already has outcome PASSED");
    assertThatThrownBy(
            () -> Audit.builder(CHECKLIST).id("x").staffId("s").auditedAt(T0).passed("greet").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("checklist item 'listen' has no outcome");
    Rejections.assertRejects(
        "staffId must not be blank but was ' '", () -> Audit.builder(CHECKLIST).staffId(" "));
    Rejections.assertRejects(
        "audit id must not be blank but was ''", () -> Audit.builder(CHECKLIST).id(""));
    assertThatThrownBy(
            () ->
                Audit.builder(CHECKLIST)
                    .staffId("s")
                    .auditedAt(T0)
                    .passed("greet", "listen", "offer", "receipt", "thanks")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("audit id must be set before build()");
    Rejections.assertRejectsWith("'nope'", () -> A1.outcome("nope"));
    assertThat(A1.outcome("offer")).isEqualTo(AuditOutcome.FAILED);
    assertThat(A1.outcomes().keySet()).containsExactly("greet", "listen", "offer", "receipt", "thanks");
    assertThat(A2.touchpointId()).contains("greet");
  }

  @Test
  void trendPointValidation() {
    Rejections.assertRejects(
        "score must be in [0, 1] but was 1.5", () -> AuditTrend.Point.of(T0, "a", "s", 1.5));
    assertThatThrownBy(() -> AuditTrend.Point.of(T0, "a", "s", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @SeededTest
  void reportsMergeExactlyWhateverTheSplit(Seed seed) {
    SplittableRandom r = seed.random();
    SupervisionChecklist checklist = CoreGenerators.supervisionChecklist(r);
    int n = r.nextInt(0, 25);
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      audits.add(ScoringGenerators.audit(r, checklist, "a" + i));
    }
    AuditOverview whole = audits.stream().collect(AuditOverviewAccumulator.toOverview());
    int[] cuts = ScoringGenerators.cuts(r, n);
    AuditOverviewAccumulator merged = AuditOverviewAccumulator.create();
    for (int i = cuts.length - 2; i >= 0; i--) {
      AuditOverviewAccumulator part = AuditOverviewAccumulator.create();
      audits.subList(cuts[i], cuts[i + 1]).forEach(part::add);
      merged.merge(part);
    }
    assertThat(merged.overview()).as("%s", seed).isEqualTo(whole);
    assertThat(audits.parallelStream().collect(AuditOverviewAccumulator.toOverview())).as("%s", seed).isEqualTo(whole);
    // Summaries: associative and commutative merges; scores in [0, 1]; critical failure -> 0.
    AuditSummary a = AuditAccumulator.create().summary();
    AuditSummary b = AuditAccumulator.create().summary();
    AuditSummary c = AuditAccumulator.create().summary();
    for (Audit audit : audits) {
      AuditScore s = AuditScore.of(audit);
      if (!Double.isNaN(s.score())) {
        assertThat(s.score()).as("%s", seed).isBetween(0.0, 1.0);
      }
      if (!s.criticalFailures().isEmpty()) {
        assertThat(s.score()).as("%s", seed).isEqualTo(0.0);
      }
      AuditSummary one = List.of(s).stream().collect(AuditAccumulator.toSummary());
      switch (r.nextInt(3)) {
        case 0 -> a = a.merge(one);
        case 1 -> b = b.merge(one);
        default -> c = c.merge(one);
      }
    }
    assertThat(a.merge(b).merge(c)).as("%s", seed).isEqualTo(c.merge(b.merge(a))).isEqualTo(whole.overall());
    if (!Double.isNaN(whole.overall().meanScore())) {
      assertThat(whole.overall().meanScore()).isBetween(0.0, 1.0);
      double slope = whole.trend().slope();
      if (!Double.isNaN(slope)) {
        assertThat(slope).isBetween(-1.0, 1.0);
      }
    }
  }

  /** A table of audits, one row an audit with its figures, tallies as the audits themselves. */
  @SeededTest
  void auditsAddedByTheirFiguresTallyAsTheAuditsThemselves(Seed seed) {
    SplittableRandom r = seed.random();
    SupervisionChecklist checklist = CoreGenerators.supervisionChecklist(r);
    AuditAccumulator byScore = AuditAccumulator.create();
    AuditAccumulator byFigures = AuditAccumulator.create();
    for (int i = 0, n = r.nextInt(0, 40); i < n; i++) {
      ComplianceScore c = AuditScore.of(ScoringGenerators.audit(r, checklist, "a" + i)).overall();
      byScore.add(c);
      byFigures.add(c.passed(), c.failed(), c.notApplicable(), c.passedWeight(), c.applicableWeight(),
          c.criticalFailed());
    }
    assertThat(byFigures.toBytes()).isEqualTo(byScore.toBytes());
    assertThat(byFigures.summary()).isEqualTo(byScore.summary());
  }

  @Test
  void anAuditByItsFiguresIsScoredAsItsComplianceScore() {
    AuditSummary s = AuditAccumulator.create()
        .add(3, 1, 2, 3.0, 4.0, false) // 0.75
        .add(1, 1, 0, 2.0, 3.0, true) // critical: 0
        .add(0, 0, 5, 0.0, 0.0, false) // nothing applied: not scored
        .summary();
    // audits, scored, critical failures; passed, failed and not applicable items
    assertThat(List.of(s.count(), s.scoredCount(), s.criticalFailureCount(), s.passedItems(), s.failedItems(),
        s.notApplicableItems())).containsExactly(3L, 2L, 1L, 4L, 2L, 7L);
    // mean (0.75 + 0) / 2, min, max
    assertThat(new double[] {s.meanScore(), s.minScore(), s.maxScore()}).containsExactly(0.375, 0.0, 0.75);
    // compliance: passed weight over applicable weight of all audits, 5 / 7
    assertThat(s.compliance()).isCloseTo(5.0 / 7.0, within(1e-15));
  }

  @Test
  void impossibleFiguresAreRefusedAndLeaveTheTallyUnchanged() {
    AuditAccumulator acc = AuditAccumulator.create().add(2, 1, 0, 2.0, 3.0, false);
    byte[] before = acc.toBytes();
    assertThatThrownBy(() -> acc.add(-1, 1, 0, 0.0, 1.0, false))
        .hasMessage("passed items must be at least 0 but was -1");
    assertThatThrownBy(() -> acc.add(1, 1, 0, 2.0, 1.0, false))
        .hasMessage("passed weight must be in [0, applicable weight 1.0] but was 2.0");
    assertThatThrownBy(() -> acc.add(1, 0, 0, 1.0, Double.NaN, false))
        .hasMessageStartingWith("applicable weight must be");
    assertThatThrownBy(() -> acc.add(0, 0, 3, 0.0, 1.0, false))
        .hasMessage("applicable weight must be 0 when no item applied but was 1.0");
    assertThatThrownBy(() -> acc.add(2, 0, 0, 0.0, 0.0, false))
        .hasMessage("applicable weight must be above 0 when 2 items applied but was 0.0");
    assertThatThrownBy(() -> acc.add(0, 2, 0, 1.0, 2.0, false))
        .hasMessage("passed weight must be 0 when no item passed but was 1.0");
    assertThatThrownBy(() -> acc.add(2, 0, 0, 2.0, 2.0, true))
        .hasMessage("failed items must be at least 1 when a critical item failed but was 0");
    assertThat(acc.toBytes()).isEqualTo(before);
  }

  /** A score made from a form's figures equals the form's score, in every figure and its text. */
  @SeededTest
  void aComplianceScoreFromItsFiguresEqualsTheFormsScore(Seed seed) {
    SplittableRandom r = seed.random();
    SupervisionChecklist checklist = CoreGenerators.supervisionChecklist(r);
    for (int i = 0; i < 10; i++) {
      AuditScore form = AuditScore.of(ScoringGenerators.audit(r, checklist, "a" + i));
      List<ComplianceScore> parts = new ArrayList<>(form.byStep().values());
      parts.addAll(form.byTouchpoint().values());
      parts.add(form.overall());
      for (ComplianceScore c : parts) {
        ComplianceScore copy = ComplianceScore.of(c.passed(), c.failed(), c.notApplicable(), c.passedWeight(),
            c.applicableWeight(), c.criticalFailures());
        assertThat(copy).isEqualTo(c);
        assertThat(copy.toString()).isEqualTo(c.toString());
        assertThat(Double.doubleToLongBits(copy.score())).isEqualTo(Double.doubleToLongBits(c.score()));
      }
    }
  }

  @Test
  void aComplianceScoreFromImpossibleFiguresIsRefused() {
    assertThat(ComplianceScore.of(3, 1, 0, 3.0, 4.0, List.of()).score()).isEqualTo(0.75);
    assertThat(ComplianceScore.of(3, 1, 0, 3.0, 4.0, List.of("greet")).score()).isEqualTo(0.0);
    assertThat(ComplianceScore.of(0, 0, 2, 0.0, 0.0, List.of()).isScored()).isFalse();
    assertThatThrownBy(() -> ComplianceScore.of(3, 1, 0, 5.0, 4.0, List.of()))
        .hasMessage("passed weight must be in [0, applicable weight 4.0] but was 5.0");
    assertThatThrownBy(() -> ComplianceScore.of(3, 0, 0, 3.0, 3.0, List.of("greet")))
        .hasMessage("failed items must be at least 1 when a critical item failed but was 0");
    assertThatThrownBy(() -> ComplianceScore.of(3, 1, 0, 3.0, 4.0, List.of("greet", "smile")))
        .hasMessage("failed items must be at least the 2 failed critical items but was 1");
    assertThatThrownBy(() -> ComplianceScore.of(3, 2, 0, 3.0, 4.0, List.of("greet", "greet")))
        .hasMessage("failed critical items must be distinct but was [greet, greet]");
    assertThatThrownBy(() -> ComplianceScore.of(3, 1, 0, 3.0, 4.0, List.of(" ")))
        .hasMessageStartingWith("failed critical item id must");
  }
}
