package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link FunnelTally}: merging, the byte form and its refusals, on a hand-made log. */
class FunnelTallyTest {

  private static final CustomerJourney MAP = JourneyTemplate.RETAIL_COUNTER.journey();
  private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

  /** A customer's visits, a minute apart, each with a region. */
  private static void visits(EncounterLog.Builder b, String customer, String region, String... touchpoints) {
    for (int i = 0; i < touchpoints.length; i++) {
      b.add(Encounter.builder().customerId(customer).touchpointId(touchpoints[i]).occurredAt(T.plusSeconds(60L * i))
          .build(), Map.of("region", region));
    }
  }

  private static Episodes episodes(String region, String... customersAndPaths) {
    EncounterLog.Builder b = EncounterLog.builder();
    for (String cp : customersAndPaths) {
      String[] parts = cp.split(":");
      visits(b, parts[0], region, parts[1].split(","));
    }
    return ObservedJourneys.withDefaults().withJourney(MAP).observe(b.build());
  }

  @Test
  void tallyByHand() {
    String first = MAP.touchpoints().get(0).id();
    String last = MAP.touchpoints().get(MAP.touchpoints().size() - 1).id();
    Funnel funnel = Funnel.of(List.of(first, last)).withGroupBy(EpisodeGrouping.attribute("region"));
    FunnelTally north = funnel.tally().add(episodes("north", "a:" + first + "," + last, "b:" + last));
    FunnelTally south = funnel.tally().add(episodes("south", "c:" + first));
    FunnelReport report = FunnelTally.fromBytes(north.toBytes(), funnel).merge(south).report();
    // a reaches both steps; c the first only; b visits the last step without the first: none
    assertThat(report.overall().episodeCount()).isEqualTo(3);
    assertThat(report.steps()).extracting(FunnelReport.Step::reached).containsExactly(2L, 1L);
    assertThat(report.overall().notEntered()).isEqualTo(1);
    assertThat(report.groups()).extracting(FunnelReport.Group::name).containsExactly("north", "south");
    assertThat(report.groups().get(0).steps()).extracting(FunnelReport.Step::reached).containsExactly(1L, 1L);
    assertThat(report.groups().get(1).steps()).extracting(FunnelReport.Step::reached).containsExactly(1L, 0L);
    assertThat(north.episodeCount()).isEqualTo(2);
    assertThat(north).hasToString("FunnelTally[" + funnel + ", 2 episodes]");
  }

  @Test
  void aShardWithoutTheAttributeHasNoGroupButOneLogMustHaveIt() {
    String first = MAP.touchpoints().get(0).id();
    Funnel byRegion = Funnel.of(List.of(first)).withGroupBy(EpisodeGrouping.attribute("area"));
    Episodes episodes = episodes("north", "a:" + first);
    assertThat(byRegion.tally().add(episodes).report().ungroupedCount()).isEqualTo(1);
    assertThatThrownBy(() -> byRegion.analyze(episodes)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute name must be one of [region] but was 'area'");
  }

  @Test
  void talliesOfAnotherFunnelAreRefused() {
    String first = MAP.touchpoints().get(0).id();
    String second = MAP.touchpoints().get(1).id();
    Funnel one = Funnel.of(List.of(first));
    Funnel two = Funnel.of(List.of(first, second));
    FunnelTally tally = one.tally().add(episodes("north", "a:" + first));
    assertThatThrownBy(() -> two.tally().merge(tally)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merged funnel tallies must be of the same funnel but were of " + two + " and " + one);
    assertThatThrownBy(() -> FunnelTally.fromBytes(tally.toBytes(), two)).isInstanceOf(MalformedBytesException.class)
        .hasMessage("funnel tally bytes: they tally the funnel of steps [" + first + "] [[" + first
            + "]], not " + two + " [[" + first + "], [" + second + "]]");
    assertThatThrownBy(() -> FunnelTally.fromBytes(tally.toBytes(), one.withGroupBy(EpisodeGrouping.staff())))
        .hasMessageContaining("not Funnel[steps=[" + first + "], groupBy=staff]");
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(tally.toBytes()))
        .hasMessage("scorecard accumulator bytes: they hold a funnel tally, not a scorecard accumulator");
  }

  @Test
  void everyChangedByteIsRefused() {
    String first = MAP.touchpoints().get(0).id();
    Funnel funnel = Funnel.of(List.of(first)).withGroupBy(EpisodeGrouping.staff());
    byte[] bytes = funnel.tally().add(episodes("north", "a:" + first, "b:" + first)).toBytes();
    for (int i = 0; i < bytes.length; i++) {
      byte[] changed = bytes.clone();
      changed[i] ^= 0x5A;
      assertThatThrownBy(() -> FunnelTally.fromBytes(changed, funnel)).as("byte %d", i)
          .isInstanceOf(MalformedBytesException.class);
    }
  }
}
