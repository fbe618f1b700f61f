package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.log.EncounterLog;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link EncounterJourneys} and {@link JourneyTallies}: the settings' byte form (kind 13) reads back
 * exactly and canonically; the tallies of customers, one at a time and shipped as bytes (kind 14),
 * merge into the single-machine analyses of all of them; what does not fit is refused.
 */
class EncounterJourneysTest {

  private static final CustomerJourney MAP = JourneyTemplate.RETAIL_COUNTER.journey();

  /**
   * The settings read back from their bytes are equal. Each customer tallied on its own from the
   * settings shipped as bytes, its tallies shipped as
   * bytes too and merged in random order: the report is every analysis on all the episodes at once.
   */
  @SeededTest
  void talliesPerCustomerMergeIntoTheSingleMachineAnalyses(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    EncounterJourneys j = ScoringGenerators.encounterJourneys(r, journey);
    // the settings' round trip is identity, canonical
    assertThat(EncounterJourneys.fromBytes(j.toBytes())).as(seed.toString()).isEqualTo(j).hasSameHashCodeAs(j);
    List<Encounter> all = ScoringGenerators.customersEncounters(r, journey, r.nextInt(1, 12), 10);
    Map<String, List<Encounter>> byCustomer = all.stream().collect(Collectors.groupingBy(Encounter::customerId));
    EncounterJourneys shipped = EncounterJourneys.fromBytes(j.toBytes());
    JourneyTallies merged = j.tally();
    for (List<Encounter> customer : CoreGenerators.shuffled(r, List.copyOf(byCustomer.values()))) {
      merged = JourneyTallies.fromBytes(shipped.tally(customer).toBytes(), j).merge(merged);
    }
    Episodes episodes = j.observing().observe(EncounterLog.of(all));
    JourneyReport report = merged.report();
    assertThat(merged.toBytes()).as(seed.toString()).isEqualTo(j.tally(all).toBytes());
    assertThat(merged.episodeCount()).as(seed.toString()).isEqualTo(episodes.size());
    assertThat(report.directlyFollows()).as(seed.toString()).isEqualTo(episodes.directlyFollows());
    assertThat(Format.JSON.render(report.precursors())).as(seed.toString())
        .isEqualTo(Format.JSON.render(j.precursors().analyze(episodes)));
    assertThat(report.funnel().map(Format.JSON::render)).as(seed.toString())
        .isEqualTo(j.funnel().map(f -> Format.JSON.render(f.tally().add(episodes).report())));
    boolean map = j.observing().journey().isPresent();
    assertThat(report.recovery()).as(seed.toString())
        .isEqualTo(map ? Optional.of(j.recovery().analyze(episodes)) : Optional.empty());
    assertThat(report.conformance()).as(seed.toString()).isEqualTo(
        j.observing().journey().map(m -> Conformance.of(m).check(episodes).summary()));
  }

  @Test
  void defaultsAndTheJavadocExample() {
    EncounterJourneys withMap = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(MAP));
    assertThat(withMap.funnel()).contains(Funnel.ofStages(MAP));
    assertThat(withMap.precursors()).isEqualTo(Precursors.withDefaults());
    assertThat(withMap.recovery()).isEqualTo(Recovery.withDefaults());
    assertThat(withMap.hasJourneyMap()).isTrue();
    assertThat(withMap.withoutFunnel().funnel()).isEmpty();
    assertThat(withMap.tally()).hasToString(
        "JourneyTallies[0 episodes; graph, funnel, precursors, recovery, conformance]");
    EncounterJourneys plain = EncounterJourneys.of(ObservedJourneys.withDefaults());
    assertThat(plain.funnel()).isEmpty();
    assertThat(plain.hasJourneyMap()).isFalse();
    JourneyReport empty = plain.tally(List.of()).report();
    assertThat(empty.recovery()).isEmpty();
    assertThat(empty.conformance()).isEmpty();
    assertThat(plain.tally()).hasToString("JourneyTallies[0 episodes; graph, precursors]");
    assertThat(Arrays.copyOf(plain.toBytes(), 5)).containsExactly('M', 'O', 'T', 13, 1);
    assertThat(Arrays.copyOf(plain.tally().toBytes(), 5)).containsExactly('M', 'O', 'T', 14, 1);

    List<Encounter> annsEncounters = ScoringGenerators.customerEncounters(new SplittableRandom(1), MAP, "ann", 8);
    List<Encounter> bobsEncounters = ScoringGenerators.customerEncounters(new SplittableRandom(2), MAP, "bob", 8);
    // --- the class Javadoc's example (verbatim) ---
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterJourneys journeys = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(map))
        .withPrecursors(Precursors.withDefaults().withThreshold(-3));
    byte[] shipped = journeys.toBytes();                                 // to the workers
    JourneyTallies ann = EncounterJourneys.fromBytes(shipped).tally(annsEncounters);
    JourneyReport report = ann.merge(journeys.tally(bobsEncounters)).report();
    // --- end of example ---
    List<Encounter> both = new ArrayList<>(annsEncounters);
    both.addAll(bobsEncounters);
    Episodes episodes = journeys.observing().observe(EncounterLog.of(both));
    assertThat(Format.JSON.render(report)).isEqualTo(Format.JSON.render(journeys.analyze(episodes)));
    assertThat(report.precursors().analysis().threshold()).isEqualTo(-3);
    assertThat(report.toString()).startsWith(episodes.directlyFollows().toString());
  }

  @Test
  void settingsThatCannotWorkAreRefusedWhenMade() {
    EncounterJourneys plain = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(MAP));
    assertThatThrownBy(() -> plain.withFunnel(Funnel.of(List.of("nowhere"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere")
        .hasMessageContaining("on the journey map of the episodes");
    assertThatThrownBy(() -> EncounterJourneys.of(ObservedJourneys.withDefaults())
        .withFunnel(Funnel.ofStages(MAP).withGroupBy(EpisodeGrouping.channel())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a journey map");
  }

  @Test
  void talliesOfOtherSettingsAreRefused() {
    EncounterJourneys stages = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(MAP));
    EncounterJourneys noFunnel = stages.withoutFunnel();
    JourneyTallies tallies = stages.tally(ScoringGenerators.customerEncounters(new SplittableRandom(3), MAP, "c", 6));
    assertThatThrownBy(() -> noFunnel.tally().merge(tallies)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("merged journey tallies must have the same settings but had EncounterJourneys[");
    Episodes other = ObservedJourneys.withDefaults().observe(EncounterLog.of(List.of()));
    assertThatThrownBy(() -> stages.tally().add(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("journey tallies add episodes observed with ObservedJourneys[");
    assertThatThrownBy(() -> JourneyTallies.fromBytes(tallies.toBytes(), noFunnel))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("journey tallies bytes: the funnel tally at byte ")
        .hasMessageEndingWith(" holds " + stages.funnel().orElseThrow().tally().add(stages.observing().observe(
            EncounterLog.of(ScoringGenerators.customerEncounters(new SplittableRandom(3), MAP, "c", 6)))).toBytes()
            .length + " bytes but the settings have none");
    assertThatThrownBy(() -> JourneyTallies.fromBytes(noFunnel.tally().toBytes(), stages))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageEndingWith(" is empty but the settings have one");
    EncounterJourneys stricter = stages.withRecovery(Recovery.withDefaults().withDamageThreshold(-3));
    assertThatThrownBy(() -> JourneyTallies.fromBytes(tallies.toBytes(), stricter))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("journey tallies bytes: the recovery tally at byte ")
        .hasMessageContaining(" is refused: recovery tally bytes: the damage threshold at byte ");
    ByteFormTest.everyChangedByteIsRefused(tallies.toBytes(), changed -> JourneyTallies.fromBytes(changed, stages));
    ByteFormTest.everyChangedByteIsRefused(stages.toBytes(), EncounterJourneys::fromBytes);
  }

  @Test
  void whatNoSettingsWriteIsRefused() {
    byte[] start = new ByteForm.Writer(ByteForm.Kind.ENCOUNTER_JOURNEYS).signed(60).count(0).count(0).count(0).count(0)
        .signed(-2).count(5).signed(-2).signed(1).text("MEAN").finish();
    assertThat(EncounterJourneys.fromBytes(start))
        .isEqualTo(EncounterJourneys.of(ObservedJourneys.withDefaults().withGap(java.time.Duration.ofMinutes(1))));
    assertThatThrownBy(() -> EncounterJourneys.fromBytes(new ByteForm.Writer(ByteForm.Kind.ENCOUNTER_JOURNEYS)
        .signed(60).count(0).count(0).count(0).count(0).signed(-2).count(5).signed(-2).signed(1).text("MEDIAN").finish()))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageContaining("the journey model at byte ")
        .hasMessageEndingWith(" must be one of " + Arrays.toString(JourneyModel.values()) + " but was 'MEDIAN'");
    assertThatThrownBy(() -> EncounterJourneys.fromBytes(new ByteForm.Writer(ByteForm.Kind.ENCOUNTER_JOURNEYS)
        .signed(60).count(0).count(0).count(0).count(0).signed(-4).count(5).signed(-2).signed(1).text("MEAN").finish()))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("encounter journeys bytes: they hold settings that are refused: damaging threshold");
    assertThatThrownBy(() -> EncounterJourneys.fromBytes(new ByteForm.Writer(ByteForm.Kind.ENCOUNTER_JOURNEYS)
        .signed(60).count(0).count(0).count(0).count(2).finish()))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("encounter journeys bytes: the funnel's flag at byte 9 must be 0 or 1 but was 2");
    assertThatThrownBy(() -> EncounterJourneys.fromBytes(EncounterFunnel.of(ObservedJourneys.withDefaults(),
        Funnel.of(List.of("a"))).toBytes())).isInstanceOf(MalformedBytesException.class)
        .hasMessage("encounter journeys bytes: they hold an encounter funnel, not an encounter journeys");
  }
}
