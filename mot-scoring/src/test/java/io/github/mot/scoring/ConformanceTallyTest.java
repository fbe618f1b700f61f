package io.github.mot.scoring;

import static io.github.mot.scoring.ConformanceTest.PHARMACY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.log.EncounterLog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ConformanceTally}: shards of the customers of {@link ConformanceTest}'s hand log merged
 * into the whole, the byte form and its refusals.
 */
class ConformanceTallyTest {

  private static final Conformance CONFORMANCE = Conformance.of(PHARMACY);

  private static Episodes episodesOf(Set<String> customers) {
    List<Encounter> rows = ConformanceTest.handLog().stream().filter(e -> customers.contains(e.customerId())).toList();
    return ObservedJourneys.withDefaults().withJourney(PHARMACY).observe(EncounterLog.of(rows));
  }

  /**
   * a, c, f, g in one shard (a and f#2 conform; c's coffee and f's two surveys attributed, g's
   * coffee not), the others in the other: together the figures of {@link ConformanceTest}.
   */
  @Test
  void shardsOfCustomersMergeIntoTheWhole() {
    ConformanceTally first = CONFORMANCE.tally().add(episodesOf(Set.of("a", "c", "f", "g")));
    ConformanceTally second = CONFORMANCE.tally().add(episodesOf(Set.of("b", "d", "e", "h", "i")));
    assertThat(first.episodeCount()).isEqualTo(4);
    ConformanceSummary merged = ConformanceTally.fromBytes(second.toBytes(), CONFORMANCE).merge(first).report();
    ConformanceSummary whole = ConformanceTest.handReport().summary();
    assertThat(merged).isEqualTo(whole);
    assertThat(Format.JSON.render(merged)).isEqualTo(Format.JSON.render(whole));
    assertThat(merged.episodeCount()).isEqualTo(9);
    assertThat(merged.conformingCount()).isEqualTo(2);
    assertThat(merged.meanFitness()).isCloseTo(0.785978835978836, within(1e-15));
    assertThat(merged.attributedOffMapCount()).isEqualTo(3);
    assertThat(merged.unattributedOffMapCount()).isEqualTo(1);
    assertThat(merged.conformingInterval()).isEqualTo(WilsonInterval.of(2, 9));
    assertThat(merged.deviations()).extracting(ConformanceReport.Deviation::episodes)
        .containsExactlyElementsOf(ConformanceTest.handReport().allDeviations().stream()
            .map(ConformanceReport.Deviation::episodes).toList());
    // merge then write = write, read and merge; bytes of the whole
    byte[] whole2 = CONFORMANCE.tally().add(ConformanceTest.handEpisodes()).toBytes();
    assertThat(ConformanceTally.fromBytes(first.toBytes(), CONFORMANCE)
        .merge(ConformanceTally.fromBytes(second.toBytes(), CONFORMANCE)).toBytes()).isEqualTo(whole2);
    assertThat(ConformanceTally.fromBytes(whole2, CONFORMANCE).toBytes()).isEqualTo(whole2);
    assertThat(first).hasToString("ConformanceTally[journey=Pharmacy, 4 episodes, 2 deviations]");
    // the text: the report's headline and deviations, without the episodes
    assertThat(merged.toString()).startsWith(ConformanceTest.handReport().toString().lines().findFirst().orElseThrow());
    ConformanceSummary empty = CONFORMANCE.tally().report();
    assertThat(empty.meanFitness()).isNaN();
    assertThat(empty.conformingShare()).isNaN();
  }

  @Test
  void talliesOfAnotherMapAndChangedBytesAreRefused() {
    ConformanceTally tally = CONFORMANCE.tally().add(ConformanceTest.handEpisodes());
    Conformance retail = Conformance.of(JourneyTemplate.RETAIL_COUNTER.journey());
    assertThatThrownBy(() -> retail.tally().merge(tally)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merged conformance tallies must be of the same journey map but were of 'Retail counter' and"
            + " 'Pharmacy'");
    List<String> retailIds = JourneyTemplate.RETAIL_COUNTER.journey().touchpoints().stream().map(Touchpoint::id).toList();
    assertThatThrownBy(() -> ConformanceTally.fromBytes(tally.toBytes(), retail)).isInstanceOf(MalformedBytesException.class)
        .hasMessage("conformance tally bytes: they tally the journey map 'Pharmacy' of touchpoints [entering, greeting,"
            + " advice, product, paying, farewell], not 'Retail counter' of " + retailIds);
    assertThatThrownBy(() -> RecoveryTally.fromBytes(tally.toBytes(), Recovery.withDefaults()))
        .hasMessage("recovery tally bytes: they hold a conformance tally, not a recovery tally");
    // and every byte changed on the way
    ByteFormTest.everyChangedByteIsRefused(tally.toBytes(), changed -> ConformanceTally.fromBytes(changed, CONFORMANCE));
  }

  /** The header of a pharmacy tally's bytes, then episodes, conforming, the fitness sum (whole, fraction). */
  private static ByteForm.Writer start(long episodes, long conforming, long fitnessWhole) {
    ByteForm.Writer out = new ByteForm.Writer(ByteForm.Kind.CONFORMANCE_TALLY).text("Pharmacy").count(6);
    for (String id : List.of("entering", "greeting", "advice", "product", "paying", "farewell")) {
      out.text(id);
    }
    return out.count(episodes).count(conforming).signed(fitnessWhole).count(0).count(0).count(0);
  }

  @Test
  void refusesImpossibleStates() {
    byte[] good = start(2, 1, 1).count(1).text("LOOP").text("advice").count(2).count(1).finish();
    ConformanceSummary s = ConformanceTally.fromBytes(good, CONFORMANCE).report();
    assertThat(s.meanFitness()).isEqualTo(0.5);
    assertThat(s.deviations()).hasSize(1);
    assertThat(ConformanceTally.fromBytes(good, CONFORMANCE).toBytes()).isEqualTo(good);
    assertThatThrownBy(() -> ConformanceTally.fromBytes(start(1, 2, 1).count(0).finish(), CONFORMANCE))
        .hasMessageStartingWith("conformance tally bytes: the conforming episodes at byte ")
        .hasMessageEndingWith(" must be at most the episodes 1 but was 2");
    assertThatThrownBy(() -> ConformanceTally.fromBytes(start(2, 2, 1).count(0).finish(), CONFORMANCE))
        .hasMessageContaining("the sum of the fitness at byte ")
        .hasMessageEndingWith(" must be at least the conforming episodes 2 but was 1.0");
    assertThatThrownBy(() -> ConformanceTally.fromBytes(start(2, 1, 1).count(0).finish(), CONFORMANCE))
        .hasMessage("conformance tally bytes: 1 episodes do not conform but no deviation is written");
    assertThatThrownBy(() -> ConformanceTally.fromBytes(
        start(2, 1, 1).count(1).text("DETOUR").text("advice").count(1).count(1).finish(), CONFORMANCE))
        .hasMessageContaining("the kind of deviation 1 at byte ")
        .hasMessageEndingWith(" must be one of [SKIPPED_MOMENT, OFF_MAP, LOOP, OUT_OF_ORDER] but was 'DETOUR'");
    assertThatThrownBy(() -> ConformanceTally.fromBytes(
        start(2, 1, 1).count(1).text("LOOP").text("advice").count(2).count(2).finish(), CONFORMANCE))
        .hasMessageEndingWith(" must be in [1, 1] (the episodes that do not conform) but was 2");
    assertThatThrownBy(() -> ConformanceTally.fromBytes(
        start(2, 1, 1).count(1).text("LOOP").text("advice").count(1).count(2).finish(), CONFORMANCE))
        .hasMessageEndingWith(" must be at most its occurrences 1 but was 2");
    assertThatThrownBy(() -> ConformanceTally.fromBytes(start(3, 1, 1).count(2).text("LOOP").text("paying").count(1)
        .count(1).text("LOOP").text("advice").count(1).count(1).finish(), CONFORMANCE))
        .hasMessage("conformance tally bytes: deviation 2 LOOP advice comes after LOOP paying: deviations are"
            + " written in order, once each");
  }
}
