package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.log.EncounterLog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectlyFollowsTally}: shards of the customers of {@link ObservedJourneysTest}'s hand log
 * merged into the whole graph, the byte form and its refusals.
 */
class DirectlyFollowsTallyTest {

  private static final ObservedJourneys OBSERVE = ObservedJourneys.withDefaults()
      .withJourney(JourneyTemplate.RETAIL_COUNTER.journey()).withStartTouchpoints(Set.of("entering"));

  private static Episodes episodesOf(Set<String> customers) {
    List<Encounter> rows = ObservedJourneysTest.handLog().stream().filter(e -> customers.contains(e.customerId()))
        .toList();
    return OBSERVE.observe(EncounterLog.of(rows));
  }

  /**
   * a and c in one shard, b and d in the other: the merged graph is {@link
   * ObservedJourneysTest#theGraphOfTheHandLog}'s, greeting -> paying's median 330 s the mean of
   * c's 60 s and b's 600 s, which lie in different shards.
   */
  @Test
  void shardsOfCustomersMergeIntoTheWholeGraph() {
    DirectlyFollowsTally first = DirectlyFollowsTally.create().add(episodesOf(Set.of("a", "c")));
    DirectlyFollowsTally second = DirectlyFollowsTally.create().add(episodesOf(Set.of("b", "d")));
    assertThat(first.episodeCount()).isEqualTo(4);
    assertThat(second).hasToString("DirectlyFollowsTally[2 episodes, 6 edges]");
    DirectlyFollowsGraph whole = OBSERVE.observe(EncounterLog.of(ObservedJourneysTest.handLog())).directlyFollows();
    DirectlyFollowsGraph merged = DirectlyFollowsTally.fromBytes(second.toBytes()).merge(first).report();
    assertThat(merged).isEqualTo(whole);
    assertThat(Format.JSON.render(merged)).isEqualTo(Format.JSON.render(whole));
    assertThat(merged.withMinTransitions(2)).isEqualTo(whole.withMinTransitions(2));
    DirectlyFollowsGraph.Edge greetingPaying = merged.edge("greeting", "paying").orElseThrow();
    assertThat(greetingPaying.medianSeconds()).isEqualTo(330.0);
    assertThat(greetingPaying.meanSeconds()).isEqualTo(617.5);
    assertThat(merged).extracting(DirectlyFollowsGraph::episodeCount, DirectlyFollowsGraph::customerCount,
        DirectlyFollowsGraph::offMapCount, DirectlyFollowsGraph::duplicateCount).containsExactly(6L, 4L, 1L, 1L);
    // merge then write = write, read and merge; the order of merging does not matter
    byte[] all = DirectlyFollowsTally.create().add(OBSERVE.observe(EncounterLog.of(ObservedJourneysTest.handLog())))
        .toBytes();
    assertThat(DirectlyFollowsTally.fromBytes(first.toBytes()).merge(DirectlyFollowsTally.fromBytes(second.toBytes()))
        .toBytes()).isEqualTo(all);
    assertThat(DirectlyFollowsTally.create().merge(second).merge(first).toBytes()).isEqualTo(all);
    assertThat(DirectlyFollowsTally.fromBytes(all).toBytes()).isEqualTo(all);
    // a tally merged into itself doubles every count and keeps the times' order
    DirectlyFollowsTally twice = DirectlyFollowsTally.fromBytes(all);
    DirectlyFollowsGraph doubled = twice.merge(twice).report();
    assertThat(doubled.transitions()).isEqualTo(46);
    assertThat(doubled.edge("greeting", "paying").orElseThrow().medianSeconds()).isEqualTo(330.0);
    DirectlyFollowsGraph empty = DirectlyFollowsTally.create().report();
    assertThat(empty.allEdges()).isEmpty();
    assertThat(empty.episodeCount()).isZero();
    assertThat(empty).isEqualTo(OBSERVE.observe(EncounterLog.of(List.of())).directlyFollows());
  }

  /** The tally of customer d alone (greeting at -2, paying 10 s later at -3), field by field. */
  @Test
  void theBytesOfOneEpisodeAreTheDocumentedLayout() {
    byte[] bytes = DirectlyFollowsTally.create().add(episodesOf(Set.of("d"))).toBytes();
    ByteForm.Writer out = new ByteForm.Writer(ByteForm.Kind.DIRECTLY_FOLLOWS_TALLY).count(1).count(1).count(0).count(0)
        .count(3);
    edge(out.count(0).count(1).text("greeting"), 0, 1, 0, 0, 0, 0, 0).count(0); // START -> greeting, at -2
    edge(out.count(1).text("greeting").count(1).text("paying"), 1, 0, 0, 0, 0, 0, 0)
        .count(1).count(10_000_000_000L).count(1); // greeting -> paying, at -3, one time of 10 s
    edge(out.count(1).text("paying").count(0), 0, 0, 0, 0, 0, 0, 0).count(0); // paying -> END
    assertThat(bytes).isEqualTo(out.finish());
  }

  /** One transition in one episode of one customer, then the 7 level counts. */
  private static ByteForm.Writer edge(ByteForm.Writer out, long... levels) {
    out.count(1).count(1).count(1);
    for (long l : levels) {
      out.count(l);
    }
    return out;
  }

  @Test
  void changedAndForeignBytesAreRefused() {
    byte[] bytes = DirectlyFollowsTally.create().add(OBSERVE.observe(EncounterLog.of(ObservedJourneysTest.handLog())))
        .toBytes();
    ByteFormTest.everyChangedByteIsRefused(bytes, DirectlyFollowsTally::fromBytes);
    assertThatThrownBy(() -> PrecursorTally.fromBytes(bytes, Precursors.withDefaults()))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("precursor tally bytes: they hold a directly follows tally, not a precursor tally");
    byte[] scorecard = ScorecardAccumulator.create().toBytes();
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(scorecard))
        .hasMessage("directly follows tally bytes: they hold a scorecard accumulator, not a directly follows tally");
  }

  /** A tally of {@code episodes} episodes of as many customers and these edges' bytes. */
  private static ByteForm.Writer start(long episodes, int edges) {
    return new ByteForm.Writer(ByteForm.Kind.DIRECTLY_FOLLOWS_TALLY).count(episodes).count(episodes).count(0).count(0)
        .count(edges);
  }

  @Test
  void refusesImpossibleStates() {
    // one episode: START -> a -> END, a at +1
    byte[] good = edge(start(1, 2).count(0).count(1).text("a"), 0, 0, 0, 0, 1, 0, 0).count(0)
        .count(1).text("a").count(0).count(1).count(1).count(1).count(0).count(0).count(0).count(0).count(0).count(0)
        .count(0).count(0).finish();
    DirectlyFollowsGraph g = DirectlyFollowsTally.fromBytes(good).report();
    assertThat(g.edge("START", "a").orElseThrow().levels().mean()).isEqualTo(1.0);
    assertThat(DirectlyFollowsTally.fromBytes(good).toBytes()).isEqualTo(good);
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(new ByteForm.Writer(ByteForm.Kind.DIRECTLY_FOLLOWS_TALLY)
        .count(1).count(2).count(0).count(0).count(0).finish()))
        .hasMessageStartingWith("directly follows tally bytes: the customers at byte ")
        .hasMessageEndingWith(" must be at most the episodes 1 but was 2");
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(start(1, 0).finish()))
        .hasMessage("directly follows tally bytes: the transitions from the start node (0) and into the end node (0)"
            + " must each add up to the episodes 1");
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(edge(start(1, 1).count(0).count(0), 0, 0, 0, 0, 0, 0, 0)
        .count(0).finish()))
        .hasMessage("directly follows tally bytes: edge 1 goes from the start node straight to the end node: an episode"
            + " has an encounter");
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(start(1, 2).count(1).text("a").count(0)
        .count(1).count(1).count(1).count(0).count(0).count(0).count(0).count(0).count(0).count(0).count(0)
        .count(0).count(1).text("a").count(1).count(1).count(1).count(0).count(0).count(0).count(0).count(0)
        .count(0).count(0).count(0).finish()))
        .hasMessage("directly follows tally bytes: edge 2 START -> 'a' comes after 'a' -> END: edges are written in"
            + " order, once each");
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(start(1, 1).count(0).count(1).text("a").count(1).count(2)
        .finish()))
        .hasMessageEndingWith(" must be in [1, 1] (its transitions and the tally's episodes) but was 2");
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(edge(start(1, 1).count(1).text("a").count(0), 0, 0, 0, 0,
        1, 0, 0).count(0).finish()))
        .hasMessageContaining("the scored encounters edge 1 leads into at byte ")
        .hasMessageEndingWith(" must be 0 (it leads into the end node) but was 1");
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(edge(start(1, 1).count(0).count(1).text("a"), 0, 0, 0, 0,
        0, 0, 0).count(1).count(5).count(1).finish()))
        .hasMessage("directly follows tally bytes: edge 1 START -> 'a' has 1 times but must have 0 (it leaves the"
            + " start node or leads into the end node)");
    // a -> b with one transition but two times; then times out of order (a difference of 0)
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(edge(start(1, 1).count(1).text("a").count(1).text("b"), 0,
        0, 0, 0, 0, 0, 0).count(1).count(5).count(2).finish()))
        .hasMessage("directly follows tally bytes: edge 1 'a' -> 'b' has 2 times but must have 1 (one per transition)");
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(edge(start(1, 1).count(1).text("a").count(1).text("b"), 0,
        0, 0, 0, 0, 0, 0).count(2).count(5).count(1).count(0).count(1).finish()))
        .hasMessageContaining("the time 2 of edge 1 at byte ")
        .hasMessageEndingWith(" must be after the previous one (times are written in increasing order, once each, as"
            + " differences) but was 0");
    assertThatThrownBy(() -> DirectlyFollowsTally.fromBytes(edge(start(1, 1).count(1).text("a").count(2).text("b"), 0,
        0, 0, 0, 0, 0, 0).count(0).finish()))
        .hasMessageContaining("the second node of edge 1's flag at byte ")
        .hasMessageEndingWith(" must be 0 (the start or end node) or 1 (a touchpoint) but was 2");
  }
}
