package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Properties of {@link ObservedJourneys} and {@link DirectlyFollowsGraph} on generated logs (ties
 * in time, missing levels, staff, encounters off the map, duplicates): the edges' transitions add
 * up to the episodes' transitions; the result does not depend on the order of the log's rows; and
 * a second, naive implementation over {@link Encounter} objects with plain collections (maps of
 * lists, a comparator, a sort) agrees on every episode and edge.
 */
class EpisodesPropertiesTest {

  /** A generated log with off-map touchpoints and duplicates, and the analysis to run on it. */
  private record Case(List<Encounter> encounters, ObservedJourneys analysis, @Nullable CustomerJourney journey) {}

  private static Case generate(SplittableRandom r) {
    CustomerJourney journey = r.nextBoolean() ? JourneyTemplate.RETAIL_COUNTER.journey() : CoreGenerators.customerJourney(r);
    List<Encounter> encounters = new ArrayList<>(LogAnalysesTest.encounters(r, journey, RatingScale.SEVEN_POINT));
    int extra = encounters.isEmpty() ? 0 : r.nextInt(1 + encounters.size() / 5);
    for (int i = 0; i < extra; i++) {
      Encounter e = encounters.get(r.nextInt(encounters.size()));
      Encounter.Builder b = Encounter.builder().customerId(e.customerId()).occurredAt(e.occurredAt());
      if (r.nextBoolean()) {
        b.touchpointId("off-map-" + r.nextInt(3)); // off the map (or, without a map, one more touchpoint)
      } else {
        b.touchpointId(e.touchpointId()); // a duplicate, maybe with another level or staff member
      }
      if (r.nextBoolean()) {
        b.level(CoreGenerators.scorecardLevel(r));
      }
      if (r.nextInt(4) == 0) {
        b.staffId("s" + r.nextInt(3));
      }
      encounters.add(b.build());
    }
    ObservedJourneys analysis = ObservedJourneys.withDefaults()
        .withGap(Duration.ofSeconds(List.of(60, 600, 1800, 86_400).get(r.nextInt(4))));
    boolean withMap = r.nextBoolean();
    if (withMap) {
      analysis = analysis.withJourney(journey);
    }
    if (r.nextBoolean()) {
      List<Touchpoint> tps = journey.touchpoints();
      analysis = analysis.withStartTouchpoints(Set.of(tps.get(r.nextInt(tps.size())).id()));
    }
    return new Case(encounters, analysis, withMap ? journey : null);
  }

  @SeededTest
  void theEdgesTransitionsAddUpToTheEpisodesTransitions(Seed seed) {
    Case c = generate(seed.random());
    EncounterLog log = EncounterLog.of(c.encounters());
    Episodes episodes = c.analysis().observe(log);
    long expected = 0;
    for (int i = 0; i < episodes.size(); i++) {
      expected += episodes.encounterCount(i) + 1;
    }
    DirectlyFollowsGraph graph = episodes.directlyFollows();
    // edges numbered by sorting their keys (a map too large for the table) give the same graph
    assertThat(Format.JSON.render(DirectlyFollows.of(episodes, 0))).as(seed.toString())
        .isEqualTo(Format.JSON.render(graph));
    assertThat(graph.allEdges().stream().mapToLong(DirectlyFollowsGraph.Edge::transitions).sum())
        .as(seed.toString()).isEqualTo(expected).isEqualTo(episodes.transitionCount()).isEqualTo(graph.transitions());
    assertThat(episodes.encounterCount() + episodes.offMapCount() + episodes.duplicateCount())
        .as(seed.toString()).isEqualTo(log.size());
    long starts = graph.allEdges().stream().filter(DirectlyFollowsGraph.Edge::fromStart)
        .mapToLong(DirectlyFollowsGraph.Edge::transitions).sum();
    long ends = graph.allEdges().stream().filter(DirectlyFollowsGraph.Edge::toEnd)
        .mapToLong(DirectlyFollowsGraph.Edge::transitions).sum();
    assertThat(starts).as(seed.toString()).isEqualTo(episodes.size());
    assertThat(ends).as(seed.toString()).isEqualTo(episodes.size());
    long min = 1 + seed.random().nextInt(5);
    DirectlyFollowsGraph filtered = graph.withMinTransitions(min);
    assertThat(filtered.edges().stream().mapToLong(DirectlyFollowsGraph.Edge::transitions).sum()
        + filtered.removedTransitions()).as(seed.toString()).isEqualTo(graph.transitions());
    assertThat(filtered.edges()).as(seed.toString()).allMatch(e -> e.transitions() >= min);
  }

  @SeededTest
  void anEpisodesScoreIsTheJourneyScoreOfItsEncounters(Seed seed) {
    Case c = generate(seed.random());
    CustomerJourney journey = c.journey();
    if (journey == null) {
      Episodes episodes = c.analysis().observe(EncounterLog.of(c.encounters()));
      assertThatThrownBy(() -> episodes.scores(JourneyModel.MEAN)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("withJourney");
      return;
    }
    Episodes episodes = c.analysis().observe(EncounterLog.of(c.encounters()));
    JourneyScorer scorer = JourneyScorer.of(journey);
    for (JourneyModel model : JourneyModel.values()) {
      double[] scores = episodes.scores(model);
      assertThat(scores).as(seed.toString()).hasSize(episodes.size());
      for (int i = 0; i < episodes.size(); i++) {
        List<Encounter> encounters = new ArrayList<>();
        for (int row : episodes.rows(i)) {
          encounters.add(episodes.log().encounter(row));
        }
        // bit for bit, NaN (no score) included
        assertThat(Double.doubleToLongBits(scores[i])).as(seed + " " + model + " episode " + i)
            .isEqualTo(Double.doubleToLongBits(scorer.score(encounters).score(model)));
      }
    }
  }

  /** The median by selection equals the middle of a sort, with ties, runs and sorted input. */
  @SeededTest
  void theMedianBySelectionIsTheMiddleOfTheSortedTimes(Seed seed) {
    SplittableRandom r = seed.random();
    for (int round = 0; round < 20; round++) {
      int n = r.nextInt(300);
      long[] a = new long[n];
      int spread = 1 + r.nextInt(r.nextBoolean() ? 3 : 1_000_000);
      for (int i = 0; i < n; i++) {
        a[i] = r.nextInt(spread) * 1_000_000_000L;
      }
      if (r.nextInt(4) == 0) {
        java.util.Arrays.sort(a);
      }
      long[] sorted = a.clone();
      java.util.Arrays.sort(sorted);
      double expected = n == 0 ? Double.NaN
          : n % 2 == 1 ? sorted[n / 2] / 1e9
          : (sorted[n / 2 - 1] + (sorted[n / 2] - sorted[n / 2 - 1]) / 2.0) / 1e9;
      long[] shifted = new long[n + 2]; // a range inside a larger array
      System.arraycopy(a, 0, shifted, 1, n);
      shifted[0] = Long.MAX_VALUE;
      shifted[n + 1] = -1;
      assertThat(Double.doubleToLongBits(DirectlyFollows.medianSeconds(shifted, 1, n + 1))).as(seed.toString())
          .isEqualTo(Double.doubleToLongBits(expected));
      assertThat(shifted[0]).isEqualTo(Long.MAX_VALUE);
      assertThat(shifted[n + 1]).isEqualTo(-1);
    }
  }

  @SeededTest
  void theResultDoesNotDependOnTheOrderOfTheRows(Seed seed) {
    SplittableRandom r = seed.random();
    Case c = generate(r);
    List<Encounter> shuffled = CoreGenerators.shuffled(r, c.encounters());
    Episodes a = c.analysis().observe(EncounterLog.of(c.encounters()));
    Episodes b = c.analysis().observe(EncounterLog.of(shuffled));
    assertThat(describe(b)).as(seed.toString()).isEqualTo(describe(a));
    assertThat(b.toString()).as(seed.toString()).isEqualTo(a.toString());
    assertThat(Format.JSON.render(b.directlyFollows())).as(seed.toString())
        .isEqualTo(Format.JSON.render(a.directlyFollows()));
  }

  /** Each episode as its customer and its encounters (touchpoint, instant, level, staff). */
  private static List<String> describe(Episodes episodes) {
    List<String> out = new ArrayList<>();
    EncounterLog log = episodes.log();
    for (int i = 0; i < episodes.size(); i++) {
      StringBuilder s = new StringBuilder(episodes.customerId(i)).append(':');
      for (int row : episodes.rows(i)) {
        Encounter e = log.encounter(row);
        s.append(' ').append(e.touchpointId()).append('@').append(e.occurredAt()).append('/')
            .append(e.levelOrNull()).append('/').append(e.staffIdOrNull());
      }
      out.add(s.toString());
    }
    return out;
  }

  @SeededTest
  void aNaiveImplementationAgrees(Seed seed) {
    Case c = generate(seed.random());
    Episodes episodes = c.analysis().observe(EncounterLog.of(c.encounters()));
    Naive naive = new Naive(c);
    assertThat(episodes.size()).as(seed.toString()).isEqualTo(naive.episodes.size());
    assertThat(episodes.offMapCount()).as(seed.toString()).isEqualTo(naive.offMap);
    assertThat(episodes.duplicateCount()).as(seed.toString()).isEqualTo(naive.duplicates);
    for (int i = 0; i < episodes.size(); i++) {
      List<Encounter> expected = naive.episodes.get(i);
      assertThat(episodes.customerId(i)).as("%s episode %d", seed, i).isEqualTo(expected.get(0).customerId());
      assertThat(episodes.path(i)).as("%s episode %d", seed, i)
          .isEqualTo(expected.stream().map(Encounter::touchpointId).toList());
      assertThat(episodes.first(i)).isEqualTo(expected.get(0).occurredAt());
      assertThat(episodes.last(i)).isEqualTo(expected.get(expected.size() - 1).occurredAt());
      List<@Nullable ScorecardLevel> levels = new ArrayList<>();
      for (int row : episodes.rows(i)) {
        levels.add(episodes.log().encounter(row).levelOrNull());
      }
      assertThat(levels).as("%s episode %d", seed, i)
          .isEqualTo(expected.stream().map(Encounter::levelOrNull).toList());
    }
    DirectlyFollowsGraph graph = episodes.directlyFollows();
    assertThat(graph.allEdges()).as(seed.toString()).hasSize(naive.edges.size());
    for (DirectlyFollowsGraph.Edge e : graph.allEdges()) {
      NaiveEdge n = naive.edges.get(List.of(e.fromStart() ? "\0start" : e.from(), e.toEnd() ? "\0end" : e.to()));
      assertThat(n).as("%s %s", seed, e).isNotNull();
      Objects.requireNonNull(n);
      assertThat(e.transitions()).as("%s %s", seed, e).isEqualTo(n.transitions);
      assertThat(e.episodes()).as("%s %s", seed, e).isEqualTo(n.episodes.size());
      assertThat(e.customers()).as("%s %s", seed, e).isEqualTo(n.customers.size());
      assertThat(e.levels()).as("%s %s", seed, e).isEqualTo(n.levels.summary());
      List<Long> times = new ArrayList<>(n.nanos);
      Collections.sort(times);
      if (times.isEmpty()) {
        assertThat(e.meanSeconds()).isNaN();
        assertThat(e.medianSeconds()).isNaN();
      } else {
        long sum = times.stream().mapToLong(Long::longValue).sum();
        assertThat(e.meanSeconds()).as("%s %s", seed, e).isEqualTo((double) sum / times.size() / 1e9);
        int m = times.size();
        double median = m % 2 == 1 ? times.get(m / 2) / 1e9 : (times.get(m / 2 - 1) + times.get(m / 2)) / 2.0 / 1e9;
        assertThat(e.medianSeconds()).as("%s %s", seed, e).isEqualTo(median);
      }
    }
  }

  private static final class NaiveEdge {
    long transitions;
    final Set<Integer> episodes = new HashSet<>();
    final Set<String> customers = new HashSet<>();
    final ScorecardAccumulator levels = ScorecardAccumulator.create();
    final List<Long> nanos = new ArrayList<>();
  }

  /** Episodes and edges with maps and lists of encounters. */
  private static final class Naive {
    final List<List<Encounter>> episodes = new ArrayList<>();
    final Map<List<String>, NaiveEdge> edges = new HashMap<>();
    int offMap;
    int duplicates;

    Naive(Case c) {
      CustomerJourney journey = c.journey();
      Map<String, Integer> position = new HashMap<>();
      if (journey != null) {
        for (Touchpoint t : journey.touchpoints()) {
          position.put(t.id(), position.size());
        }
      }
      Comparator<Encounter> byPosition = journey != null
          ? Comparator.comparingInt(e -> Objects.requireNonNull(position.get(e.touchpointId())))
          : Comparator.comparing(Encounter::touchpointId);
      // level: unscored first, then -3..+3; then staff, none first
      Comparator<Encounter> copies = Comparator.<Encounter>comparingInt(
              e -> e.levelOrNull() == null ? -100 : Objects.requireNonNull(e.levelOrNull()).value())
          .thenComparing(e -> Objects.requireNonNullElse(e.staffIdOrNull(), ""));
      Comparator<Encounter> order = Comparator.comparing(Encounter::occurredAt).thenComparing(byPosition).thenComparing(copies);
      // one encounter per customer, touchpoint and instant: the greatest copy
      Map<String, Map<List<Object>, Encounter>> byCustomer = new TreeMap<>();
      for (Encounter e : c.encounters()) {
        if (journey != null && !position.containsKey(e.touchpointId())) {
          offMap++;
          continue;
        }
        Map<List<Object>, Encounter> kept = byCustomer.computeIfAbsent(e.customerId(), k -> new LinkedHashMap<>());
        List<Object> key = List.of(e.touchpointId(), e.occurredAt());
        Encounter old = kept.get(key);
        if (old != null) {
          duplicates++;
          if (copies.compare(e, old) < 0) {
            continue;
          }
        }
        kept.put(key, e);
      }
      long gap = c.analysis().gap().toNanos();
      Set<String> starts = c.analysis().startTouchpoints();
      for (Map<List<Object>, Encounter> kept : byCustomer.values()) {
        List<Encounter> timeline = new ArrayList<>(kept.values());
        timeline.sort(order);
        List<Encounter> current = new ArrayList<>();
        for (Encounter e : timeline) {
          boolean cut = current.isEmpty()
              || Duration.between(current.get(current.size() - 1).occurredAt(), e.occurredAt()).toNanos() > gap
              || starts.contains(e.touchpointId());
          if (cut && !current.isEmpty()) {
            episodes.add(current);
            current = new ArrayList<>();
          }
          current.add(e);
        }
        if (!current.isEmpty()) {
          episodes.add(current);
        }
      }
      for (int i = 0; i < episodes.size(); i++) {
        List<Encounter> ep = episodes.get(i);
        String from = "\0start";
        @Nullable Instant previous = null;
        for (Encounter e : ep) {
          NaiveEdge edge = edges.computeIfAbsent(List.of(from, e.touchpointId()), k -> new NaiveEdge());
          count(edge, i, e.customerId());
          if (e.levelOrNull() != null) {
            edge.levels.add(Objects.requireNonNull(e.levelOrNull()));
          }
          if (previous != null) {
            edge.nanos.add(Duration.between(previous, e.occurredAt()).toNanos());
          }
          from = e.touchpointId();
          previous = e.occurredAt();
        }
        count(edges.computeIfAbsent(List.of(from, "\0end"), k -> new NaiveEdge()), i, ep.get(0).customerId());
      }
    }

    private static void count(NaiveEdge edge, int episode, String customer) {
      edge.transitions++;
      edge.episodes.add(episode);
      edge.customers.add(customer);
    }
  }
}
