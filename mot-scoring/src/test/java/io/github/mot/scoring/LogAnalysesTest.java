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
    // some logs without staff or without levels at all, some with staff everywhere, some with more
    // than 255 customers (two-byte codes)
    int staffOdds = r.nextInt(3);
    boolean levels = r.nextInt(6) != 0;
    int customers = r.nextInt(5) == 0 ? 1000 : 1 + r.nextInt(30);
    for (int i = 0; i < n; i++) {
      Encounter.Builder b = Encounter.builder()
          .customerId("c" + r.nextInt(customers))
          .touchpointId(tps.get(r.nextInt(tps.size())).id())
          .occurredAt(base.plusSeconds(r.nextInt(4) == 0 ? 0 : r.nextInt(5000)).plusNanos(r.nextInt(3)));
      if (staffOdds == 2 || (staffOdds == 1 && r.nextBoolean())) {
        b.staffId("s" + r.nextInt(6));
      }
      if (r.nextInt(3) != 0) {
        b.ratings(CoreGenerators.abcRatings(r, scale));
      }
      if (levels && r.nextInt(4) != 0) {
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
    Map<String, FirstImpressionSummary> byTouchpoint = encounters.stream()
        .collect(FirstImpressionScorer.STANDARD.toSummaryBy(scale, Encounter::touchpointId));
    assertThat(FirstImpressionScorer.STANDARD.summarizeByTouchpoint(log, scale)).as(seed.toString())
        .containsExactlyInAnyOrderEntriesOf(byTouchpoint);
    Map<String, FirstImpressionSummary> byStaff = encounters.stream().filter(e -> e.staffIdOrNull() != null)
        .collect(FirstImpressionScorer.STANDARD.toSummaryBy(scale, e -> java.util.Objects.requireNonNull(e.staffIdOrNull())));
    assertThat(FirstImpressionScorer.STANDARD.summarizeByStaff(log, scale)).as(seed.toString())
        .containsExactlyInAnyOrderEntriesOf(byStaff);
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

  /** Ratings on another scale than the one asked for are refused as the accumulator refuses them. */
  @Test
  void firstImpressionsOfALogRefuseRatingsOnAnotherScale() {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    Encounter seven = Encounter.builder().customerId("c").touchpointId("greeting").occurredAt(at).staffId("s")
        .ratings(io.github.mot.core.AbcRatings.of(RatingScale.SEVEN_POINT, 7, 6, 5)).build();
    Encounter five = Encounter.builder().customerId("d").touchpointId("paying").occurredAt(at).staffId("s")
        .ratings(io.github.mot.core.AbcRatings.of(RatingScale.FIVE_POINT, 5, 4, 3)).build();
    EncounterLog log = EncounterLog.of(List.of(seven, five));
    for (java.util.function.Supplier<?> call : List.<java.util.function.Supplier<?>>of(
        () -> FirstImpressionScorer.STANDARD.summarize(log, RatingScale.SEVEN_POINT),
        () -> FirstImpressionScorer.STANDARD.summarizeByTouchpoint(log, RatingScale.SEVEN_POINT),
        () -> FirstImpressionScorer.STANDARD.summarizeByStaff(log, RatingScale.SEVEN_POINT))) {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(call::get)
          .withMessageContaining("scale");
    }
    // the log of one scale: summaries of whole ratings counted by combination, as the encounters give them
    EncounterLog one = EncounterLog.of(List.of(seven, seven.withStaffId("t")));
    assertThat(FirstImpressionScorer.STANDARD.summarizeByStaff(one, RatingScale.SEVEN_POINT))
        .containsOnlyKeys("s", "t")
        .containsEntry("s", java.util.stream.Stream.of(seven.ratingsOrNull())
            .collect(FirstImpressionScorer.STANDARD.toSummary(RatingScale.SEVEN_POINT)));
  }

  /** Code columns of two and four bytes (over 255 staff members, over 65,535 customers) count as one byte does. */
  @Test
  void wideCodeColumnsAreCountedAsTheirEncounters() {
    SplittableRandom r = new SplittableRandom(5);
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    List<Touchpoint> tps = journey.touchpoints();
    List<Encounter> encounters = new ArrayList<>();
    Instant base = Instant.parse("2026-03-02T09:00:00Z");
    for (int i = 0; i < 100_000; i++) {
      Encounter e = Encounter.builder().customerId("c" + r.nextInt(80_000)).touchpointId(tps.get(r.nextInt(tps.size())).id())
          .occurredAt(base.plusSeconds(i)).staffId("s" + r.nextInt(700)).build();
      encounters.add(r.nextInt(5) == 0 ? e : e.withLevel(CoreGenerators.scorecardLevel(r)));
    }
    EncounterLog log = EncounterLog.of(encounters);
    EncounterScorecard cards = EncounterScorecard.of(journey);
    for (EncounterScorecard.GroupBy by : List.of(EncounterScorecard.GroupBy.CUSTOMER, EncounterScorecard.GroupBy.STAFF,
        EncounterScorecard.GroupBy.STAGE)) {
      assertThat(cards.summarize(by, log)).as("by %s", by).isEqualTo(cards.summarize(by, encounters));
    }
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
