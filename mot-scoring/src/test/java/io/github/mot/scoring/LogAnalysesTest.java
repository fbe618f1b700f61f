package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The analyses of a columnar {@link EncounterLog} equal those of its encounters: grouped
 * scorecards by every grouping, the total, the first impression and every customer's journey
 * score, on generated logs with ties in time, missing levels, ratings and staff.
 */
class LogAnalysesTest {

  static List<Encounter> encounters(SplittableRandom r, CustomerJourney journey, RatingScale scale) {
    List<Touchpoint> tps = journey.touchpoints();
    List<Encounter> out = new ArrayList<>();
    int n = r.nextInt(300);
    Instant base = Instant.parse("2026-03-02T09:00:00Z");
    for (int i = 0; i < n; i++) {
      Encounter.Builder b = Encounter.builder()
          .customerId("c" + r.nextInt(1 + r.nextInt(30)))
          .touchpointId(tps.get(r.nextInt(tps.size())).id())
          .occurredAt(base.plusSeconds(r.nextInt(4) == 0 ? 0 : r.nextInt(5000)).plusNanos(r.nextInt(3)));
      if (r.nextBoolean()) {
        b.staffId("s" + r.nextInt(6));
      }
      if (r.nextInt(3) != 0) {
        b.ratings(CoreGenerators.abcRatings(r, scale));
      }
      if (r.nextInt(4) != 0) {
        b.level(CoreGenerators.scorecardLevel(r));
      }
      if (r.nextBoolean()) {
        b.duration(Duration.ofMillis(r.nextInt(100_000)));
      }
      out.add(b.build());
    }
    return out;
  }

  @SeededTest
  void theLogGivesWhatItsEncountersGive(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = r.nextBoolean() ? JourneyTemplate.RETAIL_COUNTER.journey() : CoreGenerators.customerJourney(r);
    RatingScale scale = r.nextBoolean() ? RatingScale.SEVEN_POINT : CoreGenerators.ratingScale(r);
    List<Encounter> encounters = encounters(r, journey, scale);
    EncounterLog log = EncounterLog.of(encounters);
    EncounterScorecard cards = EncounterScorecard.of(journey);
    for (EncounterScorecard.GroupBy by : EncounterScorecard.GroupBy.values()) {
      assertThat(cards.summarize(by, log)).as("%s by %s", seed, by).isEqualTo(cards.summarize(by, encounters));
    }
    assertThat(cards.summarize(log)).as(seed.toString()).isEqualTo(cards.summarize(encounters));
    FirstImpressionSummary fi = encounters.stream().flatMap(e -> e.ratings().stream())
        .collect(FirstImpressionScorer.STANDARD.toSummary(scale));
    assertThat(FirstImpressionScorer.STANDARD.summarize(log, scale)).as(seed.toString()).isEqualTo(fi);
    JourneyScorer scorer = JourneyScorer.of(journey);
    Map<String, JourneyScore> expected = encounters.stream().collect(scorer.byCustomer());
    Map<String, JourneyScore> actual = scorer.score(log).asMap();
    assertThat(actual.keySet()).as(seed.toString()).containsExactlyElementsOf(expected.keySet());
    actual.forEach((customer, score) -> {
      JourneyScore e = java.util.Objects.requireNonNull(expected.get(customer));
      assertThat(score.encounters()).as("%s %s", seed, customer).isEqualTo(e.encounters());
      assertThat(score.toString()).as("%s %s", seed, customer).isEqualTo(e.toString());
      for (JourneyModel model : JourneyModel.values()) {
        assertThat(Double.doubleToLongBits(score.score(model))).as("%s %s %s", seed, customer, model)
            .isEqualTo(Double.doubleToLongBits(e.score(model)));
      }
    });
  }

  @Test
  void aTouchpointOffTheMapIsReportedAsForTheEncounters() {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    Encounter off = Encounter.builder().customerId("c").touchpointId("teleporting")
        .occurredAt(Instant.parse("2026-03-02T09:00:00Z")).build();
    EncounterLog log = EncounterLog.of(List.of(off));
    String message = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> EncounterScorecard.of(journey).summarize(List.of(off))).getMessage();
    assertThatThrownBy(() -> EncounterScorecard.of(journey).summarize(EncounterScorecard.GroupBy.STAGE, log))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> JourneyScorer.of(journey).score(log)).isInstanceOf(IllegalArgumentException.class);
  }
}
