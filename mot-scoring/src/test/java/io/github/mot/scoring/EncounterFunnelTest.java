package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.table.Format;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.log.EncounterLog;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link EncounterFunnel}: its byte form (kind 12) reads back exactly and canonically, refuses what
 * no funnel writes, and its tallies of customers merge into the single-machine report.
 */
class EncounterFunnelTest {

  private static final CustomerJourney MAP = JourneyTemplate.RETAIL_COUNTER.journey();

  @SeededTest
  void roundTripIsIdentityAndCanonical(Seed seed) {
    SplittableRandom r = seed.random();
    EncounterFunnel f = ScoringGenerators.encounterFunnel(r, CoreGenerators.customerJourney(r));
    byte[] bytes = f.toBytes();
    EncounterFunnel back = EncounterFunnel.fromBytes(bytes);
    assertThat(back).as(seed.toString()).isEqualTo(f).hasSameHashCodeAs(f);
    assertThat(back.toBytes()).as(seed.toString()).isEqualTo(bytes);
    assertThat(back.observing().journey()).as(seed.toString()).isEqualTo(f.observing().journey());
  }

  @SeededTest
  void talliesPerCustomerMergeIntoTheSingleMachineReport(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    EncounterFunnel f = ScoringGenerators.encounterFunnel(r, journey);
    List<Encounter> all = ScoringGenerators.customersEncounters(r, journey, r.nextInt(1, 12), 10);
    Map<String, List<Encounter>> byCustomer = all.stream().collect(Collectors.groupingBy(Encounter::customerId));
    EncounterFunnel shipped = EncounterFunnel.fromBytes(f.toBytes());
    FunnelTally merged = f.funnel().tally();
    for (List<Encounter> customer : CoreGenerators.shuffled(r, List.copyOf(byCustomer.values()))) {
      merged = FunnelTally.fromBytes(shipped.tally(customer).toBytes(), f.funnel()).merge(merged);
    }
    FunnelReport expected = f.funnel().tally().add(f.observing().observe(EncounterLog.of(all))).report();
    assertThat(Format.JSON.render(merged.report())).as(seed.toString()).isEqualTo(Format.JSON.render(expected));
    assertThat(merged.toBytes()).as(seed.toString()).isEqualTo(f.tally(all).toBytes());
  }

  @Test
  void byHand() {
    EncounterFunnel f = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(MAP), Funnel.ofStages(MAP));
    assertThat(f.observing().journey()).contains(MAP);
    assertThat(f.funnel()).isEqualTo(Funnel.ofStages(MAP));
    assertThat(f).hasToString("EncounterFunnel[observing=" + f.observing() + ", funnel=" + f.funnel() + "]");
    byte[] bytes = f.toBytes();
    assertThat(Arrays.copyOf(bytes, 5)).containsExactly('M', 'O', 'T', 12, 1);
    assertThat(f.tally(List.of()).episodeCount()).isZero();
  }

  @Test
  void javadocExample() {
    List<Encounter> annsEncounters = ScoringGenerators.customerEncounters(new SplittableRandom(1), MAP, "ann", 8);
    List<Encounter> bobsEncounters = ScoringGenerators.customerEncounters(new SplittableRandom(2), MAP, "bob", 8);
    // --- the class Javadoc's example (verbatim) ---
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterFunnel stages = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(map), Funnel.ofStages(map));
    byte[] shipped = stages.toBytes();                           // to the workers
    FunnelTally ann = EncounterFunnel.fromBytes(shipped).tally(annsEncounters);
    FunnelReport report = ann.merge(stages.tally(bobsEncounters)).report();
    // --- end of example ---
    List<Encounter> both = new java.util.ArrayList<>(annsEncounters);
    both.addAll(bobsEncounters);
    assertThat(Format.JSON.render(report)).isEqualTo(Format.JSON.render(
        Funnel.ofStages(map).analyze(ObservedJourneys.withDefaults().withJourney(map).observe(EncounterLog.of(both)))));
  }

  @Test
  void settingsThatCannotWorkAreRefusedWhenMade() {
    assertThatThrownBy(() -> EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(MAP),
        Funnel.of(List.of("nowhere"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere")
        .hasMessageContaining("on the journey map of the episodes");
    assertThatThrownBy(() -> EncounterFunnel.of(ObservedJourneys.withDefaults(),
        Funnel.ofStages(MAP).withGroupBy(EpisodeGrouping.channel())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a journey map");
  }

  /** The state of a funnel over encounters without a map, written field by field. */
  private static byte[] written(long gapSeconds, List<String> starts, String step, List<String> tps, String grouping) {
    ByteForm.Writer out = new ByteForm.Writer(ByteForm.Kind.ENCOUNTER_FUNNEL).signed(gapSeconds).count(0)
        .count(starts.size());
    starts.forEach(out::text);
    out.count(0).count(1).text(step).count(tps.size());
    tps.forEach(out::text);
    return out.text(grouping).finish();
  }

  @Test
  void whatNoFunnelWritesIsRefused() {
    byte[] good = written(60, List.of("a", "b"), "s", List.of("a"), "staff:staff");
    assertThat(EncounterFunnel.fromBytes(good).funnel().groupBy()).contains(EpisodeGrouping.staff());
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(written(0, List.of(), "s", List.of("a"), "")))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("encounter funnel bytes: they hold settings that are refused: gap must be positive but was PT0S");
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(written(60, List.of("b", "a"), "s", List.of("a"), "")))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("encounter funnel bytes: they are not in the canonical form of what they hold");
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(written(60, List.of(), "s", List.of(), "")))
        .isInstanceOf(MalformedBytesException.class).hasMessageContaining("funnel step 's' must have a touchpoint");
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(written(60, List.of(), "s", List.of("a", "a"), "")))
        .isInstanceOf(MalformedBytesException.class).hasMessageContaining("in one step only");
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(written(60, List.of(), "s", List.of("a"), "region")))
        .isInstanceOf(MalformedBytesException.class).hasMessageContaining("grouping must be")
        .hasMessageContaining("'region'");
    byte[] flag = new ByteForm.Writer(ByteForm.Kind.ENCOUNTER_FUNNEL).signed(60).count(0).count(0).count(2).finish();
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(flag)).isInstanceOf(MalformedBytesException.class)
        .hasMessage("encounter funnel bytes: the journey map's flag at byte 8 must be 0 or 1 but was 2");
    byte[] changed = good.clone();
    changed[7] ^= 1;
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(changed)).isInstanceOf(MalformedBytesException.class)
        .hasMessageContaining("the checksum does not match");
    byte[] tally = Funnel.of(List.of("a")).tally().toBytes();
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(tally)).isInstanceOf(MalformedBytesException.class)
        .hasMessageContaining("a funnel tally, not an encounter funnel");
  }

  /** A funnel over encounters with a one-touchpoint map ("a" in stage {@code stageOfA}) and a one-step funnel. */
  private static byte[] withMap(String stageOfA, String funnelTouchpoint) {
    return new ByteForm.Writer(ByteForm.Kind.ENCOUNTER_FUNNEL).signed(60).count(0).count(0)
        .count(1).text("j").count(1).text("s").text("S")
        .count(1).text("a").text("A").text(stageOfA).text("web").count(0).count(0).real(1.0).count(0)
        .count(1).text("step").count(1).text(funnelTouchpoint).text("").finish();
  }

  @Test
  void aMapThatDoesNotValidateOrDoesNotHoldTheFunnelIsRefused() {
    assertThat(EncounterFunnel.fromBytes(withMap("s", "a")).observing().journey().orElseThrow().touchpoints())
        .hasSize(1);
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(withMap("s", "b"))).isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("encounter funnel bytes: they hold settings that are refused: funnel touchpoint id")
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> EncounterFunnel.fromBytes(withMap("x", "a"))).isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("encounter funnel bytes: they hold a journey map that is refused: touchpoint 'a'");
  }
}
