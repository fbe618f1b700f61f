package io.github.mot.scoring;

import static io.github.mot.scoring.Fixtures.C1;
import static io.github.mot.scoring.Fixtures.COUNTER;
import static io.github.mot.scoring.Fixtures.enc;
import static io.github.mot.scoring.Fixtures.unscored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JourneyScorerTest {

  private static final double EPS = 1e-9;
  private static final JourneyScorer SCORER = JourneyScorer.of(COUNTER);

  @Test
  void handComputedModels() {
    // Time order: enter +1, greet -2, advise +3, pay -1 (importance 1, 2, 3, 1).
    JourneyScore s = SCORER.score(C1);
    assertThat(s.customerId()).isEqualTo("c1");
    assertThat(s.encounters()).extracting(Encounter::touchpointId)
        .containsExactly("enter", "greet", "advise", "pay");
    assertThat(s.scoredCount()).isEqualTo(4);
    // mean = (1 - 2 + 3 - 1) / 4 = 1 / 4 = 0.25
    assertThat(s.mean()).isCloseTo(0.25, within(EPS));
    // weighted = (1*1 + 2*(-2) + 3*3 + 1*(-1)) / (1 + 2 + 3 + 1) = 5 / 7 = 0.714285714285714
    assertThat(s.weightedMean()).isCloseTo(5.0 / 7.0, within(EPS));
    // peak = advise +3 (largest |level|), end = pay -1: (3 + (-1)) / 2 = 1.0
    assertThat(s.peakEnd()).isCloseTo(1.0, within(EPS));
    assertThat(s.peak().orElseThrow().touchpointId()).isEqualTo("advise");
    assertThat(s.last().orElseThrow().touchpointId()).isEqualTo("pay");
    // weakest link = min = -2 at greet
    assertThat(s.weakestLink()).isEqualTo(-2.0);
    assertThat(s.weakest().orElseThrow().touchpointId()).isEqualTo("greet");
    assertThat(s.score(JourneyModel.MEAN)).isEqualTo(s.mean());
    assertThat(s.score(JourneyModel.WEIGHTED_MEAN)).isEqualTo(s.weightedMean());
    assertThat(s.score(JourneyModel.PEAK_END)).isEqualTo(s.peakEnd());
    assertThat(s.score(JourneyModel.WEAKEST_LINK)).isEqualTo(s.weakestLink());
    // coverage: 4 of 5 touchpoints met; farewell skipped
    assertThat(s.coverage()).isCloseTo(0.8, within(EPS));
    assertThat(s.metTouchpoints()).extracting(Touchpoint::id)
        .containsExactly("enter", "greet", "advise", "pay");
    assertThat(s.skippedTouchpoints()).extracting(Touchpoint::id).containsExactly("farewell");
    // first negative: greet -2; negative encounters at moments of truth: greet -2 and pay -1
    assertThat(s.firstNegative().orElseThrow().touchpointId()).isEqualTo("greet");
    assertThat(s.negativeAtMomentsOfTruth()).extracting(Encounter::touchpointId)
        .containsExactly("greet", "pay");
  }

  @Test
  void readableTable() {
    assertThat(SCORER.score(C1).toString())
        .isEqualTo(
            "JourneyScore of c1 on 'Test counter': 4 encounters, 4 scored\n"
                + "#  occurred at           touchpoint  level  notes\n"
                + "1  2026-11-24T10:00:00Z  enter          +1\n"
                + "2  2026-11-24T10:05:00Z  greet          -2  first negative negative MOT\n"
                + "3  2026-11-24T10:10:00Z  advise         +3  peak\n"
                + "4  2026-11-24T10:20:00Z  pay            -1  last negative MOT\n"
                + "model          score\n"
                + "mean           +0.25\n"
                + "weighted mean  +0.71\n"
                + "peak end       +1.00\n"
                + "weakest link   -2.00\n"
                + "coverage 4/5 (80.0%), skipped: farewell\n");
  }

  @Test
  void peakTiesGoToTheNegativeMomentThenTheEarliest() {
    // +3 at 0, -3 at 1, +1 at 2: |+3| = |-3|, the negative wins: peak -3; end +1;
    // peak-end = (-3 + 1) / 2 = -1.0
    JourneyScore s =
        SCORER.score(List.of(enc("c", "enter", 0, 3), enc("c", "greet", 1, -3), enc("c", "advise", 2, 1)));
    assertThat(s.peak().orElseThrow().touchpointId()).isEqualTo("greet");
    assertThat(s.peakEnd()).isEqualTo(-1.0);
    // -2 at 0 and -2 at 1: the earliest is the peak (and the weakest); end -2: peak-end -2
    JourneyScore t = SCORER.score(List.of(enc("c", "greet", 1, -2), enc("c", "enter", 0, -2)));
    assertThat(t.peak().orElseThrow().touchpointId()).isEqualTo("enter");
    assertThat(t.weakest().orElseThrow().touchpointId()).isEqualTo("enter");
    assertThat(t.last().orElseThrow().touchpointId()).isEqualTo("greet");
    assertThat(t.peakEnd()).isEqualTo(-2.0);
  }

  @Test
  void simultaneousEncountersFollowTheJourneyMap() {
    // Same minute: pay (position 3) after greet (position 1) whatever the input order.
    JourneyScore s = SCORER.score(List.of(enc("c", "pay", 0, 2), enc("c", "greet", 0, -1)));
    assertThat(s.encounters()).extracting(Encounter::touchpointId).containsExactly("greet", "pay");
    assertThat(s.last().orElseThrow().touchpointId()).isEqualTo("pay");
  }

  @Test
  void zeroImportanceEverywhereGivesNoWeightedMean() {
    // farewell has importance 0: sum of weights 0, no weighted mean; the other models work.
    JourneyScore s = SCORER.score(List.of(enc("c", "farewell", 0, 2)));
    assertThat(s.weightedMean()).isNaN();
    assertThat(s.mean()).isEqualTo(2.0);
    assertThat(s.peakEnd()).isEqualTo(2.0);
    assertThat(s.toString()).contains("weighted mean    n/a").doesNotContain("NaN");
  }

  @Test
  void unscoredEncountersCountForCoverageOnly() {
    JourneyScore s = SCORER.score(List.of(unscored("c", "enter", 0), unscored("c", "pay", 1)));
    assertThat(s.scoredCount()).isZero();
    for (JourneyModel m : JourneyModel.values()) {
      assertThat(s.score(m)).isNaN();
    }
    assertThat(s.peak()).isEmpty();
    assertThat(s.last()).isEmpty();
    assertThat(s.firstNegative()).isEmpty();
    assertThat(s.coverage()).isCloseTo(0.4, within(EPS));
  }

  @Test
  void rejectsBadInput() {
    Rejections.assertRejectsWith(
        "encounters must hold at least one encounter", () -> SCORER.score(List.of()));
    assertThatThrownBy(() -> SCORER.score(List.of(enc("c", "nowhere", 0, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere")
        .hasMessageContaining("Test counter");
    Rejections.assertRejects(
        "encounters must all be of one customer but had 'a' and 'b'",
        () -> SCORER.score(List.of(enc("a", "enter", 0, 1), enc("b", "pay", 1, 1))));
    Rejections.assertRejectsWith(
        "nowhere", () -> List.of(enc("c", "nowhere", 0, 1)).stream().collect(SCORER.byCustomer()));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsNullJourney() {
    Rejections.assertRejectsNull("journey", () -> JourneyScorer.of(null));
  }

  @Test
  void byCustomerScoresEachCustomer() {
    List<Encounter> all = new ArrayList<>(C1);
    all.add(enc("c2", "pay", 3, 2));
    Map<String, JourneyScore> scores = all.parallelStream().collect(SCORER.byCustomer());
    assertThat(scores.keySet()).containsExactly("c1", "c2");
    assertThat(scores.get("c1")).isEqualTo(SCORER.score(C1));
    assertThat(java.util.Objects.requireNonNull(scores.get("c2")).mean()).isEqualTo(2.0);
  }

  @SeededTest
  void modelsLieBetweenTheLowestAndHighestMoment(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    List<Encounter> encounters = ScoringGenerators.customerEncounters(r, journey, "c", 12);
    JourneyScore s = JourneyScorer.of(journey).score(encounters);
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (Encounter e : encounters) {
      if (e.level().isPresent()) {
        lo = Math.min(lo, e.level().get().value());
        hi = Math.max(hi, e.level().get().value());
      }
    }
    for (JourneyModel m : JourneyModel.values()) {
      if (lo == Integer.MAX_VALUE) {
        assertThat(s.score(m)).as("%s %s", seed, m).isNaN();
      } else if (!Double.isNaN(s.score(m))) {
        assertThat(s.score(m)).as("%s %s", seed, m).isBetween((double) lo, (double) hi);
      } else {
        assertThat(m).as("%s", seed).isEqualTo(JourneyModel.WEIGHTED_MEAN);
      }
    }
    if (lo == Integer.MAX_VALUE) {
      assertThat(s.weakestLink()).as("%s", seed).isNaN();
    } else {
      assertThat(s.weakestLink()).as("%s", seed).isEqualTo(lo);
    }
    assertThat(s.coverage()).as("%s", seed).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
    assertThat(s.metTouchpoints().size() + s.skippedTouchpoints().size())
        .isEqualTo(journey.touchpoints().size());
    // The input order does not matter.
    List<Encounter> shuffled = CoreGenerators.shuffled(r, encounters);
    JourneyScore again = JourneyScorer.of(journey).score(shuffled);
    for (JourneyModel m : JourneyModel.values()) {
      assertThat(again.score(m)).as("%s %s", seed, m).isEqualTo(Double.valueOf(s.score(m)));
    }
  }
}
