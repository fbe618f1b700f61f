package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Conformance}: episodes walked from the map conform; every injected deviation
 * is found; fitness is in [0, 1] and the counts add up to the alignment's cost; the report does not
 * depend on the order of the log's rows or on the threads; and a naive alignment (the textbook
 * recursion over log, model and synchronous moves) gives the same cost as the weighted increasing
 * chain of {@link Alignment}.
 */
class ConformancePropertiesTest {

  private static final Instant BASE = Instant.parse("2026-03-02T08:00:00Z");

  /** A path walked from the map: every moment of truth in order, each optional touchpoint at random. */
  private static List<String> conformingPath(SplittableRandom r, CustomerJourney map) {
    List<String> path = new ArrayList<>();
    for (Touchpoint t : map.touchpoints()) {
      if (t.momentOfTruth() || r.nextInt(3) == 0) {
        path.add(t.id());
      }
    }
    if (path.isEmpty()) {
      path.add(map.touchpoints().get(r.nextInt(map.touchpoints().size())).id());
    }
    return path;
  }

  /** The encounters of one episode of a customer: a minute apart, from {@code start}. */
  private static void walk(List<Encounter> out, SplittableRandom r, String customer, Instant start, List<String> path) {
    for (int i = 0; i < path.size(); i++) {
      Encounter.Builder b = Encounter.builder().customerId(customer).touchpointId(path.get(i))
          .occurredAt(start.plusSeconds(60L * i));
      if (r.nextBoolean()) {
        b.level(CoreGenerators.scorecardLevel(r));
      }
      out.add(b.build());
    }
  }

  @SeededTest
  void episodesWalkedFromTheMapConform(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney map = CoreGenerators.customerJourney(r);
    List<Encounter> encounters = new ArrayList<>();
    int customers = 1 + r.nextInt(20);
    for (int c = 0; c < customers; c++) {
      int episodes = 1 + r.nextInt(3);
      for (int k = 0; k < episodes; k++) { // three hours apart: a new episode each
        walk(encounters, r, "c" + c, BASE.plus(Duration.ofHours(3L * k)), conformingPath(r, map));
      }
    }
    ObservedJourneys observe = r.nextBoolean() ? ObservedJourneys.withDefaults().withJourney(map) : ObservedJourneys.withDefaults();
    ConformanceReport report = Conformance.of(map).check(observe.observe(EncounterLog.of(encounters)));
    assertThat(report.size()).as(seed.toString()).isGreaterThanOrEqualTo(customers);
    for (int e = 0; e < report.size(); e++) {
      assertThat(report.fitness(e)).as("%s episode %d", seed, e).isEqualTo(1.0);
      assertThat(report.conforming(e)).as("%s episode %d", seed, e).isTrue();
      assertThat(report.deviations(e)).as("%s episode %d", seed, e).isEmpty();
    }
    assertThat(report.conformingCount()).as(seed.toString()).isEqualTo(report.size());
    assertThat(report.meanFitness()).as(seed.toString()).isEqualTo(1.0);
    assertThat(report.allDeviations()).as(seed.toString()).isEmpty();
  }

  private enum Injection { SKIP_MOMENT, REPEAT, OFF_MAP, SWAP_STAGES }

  @SeededTest
  void everyInjectedDeviationIsFound(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney map = r.nextInt(4) == 0 ? JourneyTemplate.RETAIL_COUNTER.journey() : CoreGenerators.customerJourney(r);
    Injection injection = Injection.values()[r.nextInt(Injection.values().length)];
    List<String> path = conformingPath(r, map);
    List<String> moments = path.stream().filter(id -> map.requireTouchpoint(id).momentOfTruth()).toList();
    Map<String, Integer> stageIndex = new HashMap<>();
    for (JourneyStage s : map.stages()) {
      stageIndex.put(s.id(), stageIndex.size());
    }
    List<Integer> stagesVisited = path.stream()
        .map(id -> stageIndex.getOrDefault(map.requireTouchpoint(id).stageId(), -1)).distinct().toList();
    if (injection == Injection.SKIP_MOMENT && (moments.isEmpty() || path.size() < 2)
        || injection == Injection.SWAP_STAGES && stagesVisited.size() < 2) {
      injection = Injection.REPEAT; // the path allows no such injection
    }
    List<String> changed = new ArrayList<>(path);
    String subject;
    switch (injection) {
      case SKIP_MOMENT -> {
        subject = moments.get(r.nextInt(moments.size()));
        changed.remove(subject);
      }
      case REPEAT -> {
        int i = r.nextInt(path.size());
        subject = path.get(i);
        changed.add(i + 1 + r.nextInt(path.size() - i), subject);
      }
      case OFF_MAP -> {
        subject = "zz-off-map";
        changed.add(r.nextInt(path.size() + 1), subject);
      }
      default -> {
        // the visits of two stages swapped: the later stage's first, each keeping its own order
        int a = stagesVisited.get(r.nextInt(stagesVisited.size()));
        int b;
        do {
          b = stagesVisited.get(r.nextInt(stagesVisited.size()));
        } while (b == a);
        int sa = a;
        int sb = b;
        changed.sort(Comparator.comparingInt(id -> {
          int s = stageIndex.getOrDefault(map.requireTouchpoint(id).stageId(), -1);
          return s == sa ? sb : s == sb ? sa : s;
        }));
        subject = "";
      }
    }
    List<Encounter> encounters = new ArrayList<>();
    walk(encounters, r, "x", BASE, changed);
    for (int c = 0; c < 3; c++) {
      walk(encounters, r, "c" + c, BASE, conformingPath(r, map));
    }
    ConformanceReport report = Conformance.of(map)
        .check(ObservedJourneys.withDefaults().withJourney(map).observe(EncounterLog.of(encounters)));
    String as = seed + " " + injection + " " + changed;
    assertThat(report.size()).as(as).isEqualTo(4);
    int x = 3; // c0 c1 c2 x
    assertThat(report.episodes().customerId(x)).isEqualTo("x");
    for (int c = 0; c < 3; c++) {
      assertThat(report.conforming(c)).as(as).isTrue();
    }
    int n = changed.size();
    int moreMoments = map.momentsOfTruth().size();
    List<String> found = report.deviations(x).stream().map(d -> d.kind() + " " + d.subject() + " " + d.occurrences())
        .toList();
    switch (injection) {
      case SKIP_MOMENT -> {
        assertThat(found).as(as).containsExactly("SKIPPED_MOMENT " + subject + " 1");
        assertThat(report.fitness(x)).as(as).isEqualTo(1.0 - 1.0 / (n + moreMoments));
      }
      case REPEAT -> {
        assertThat(found).as(as).containsExactly("LOOP " + subject + " 1");
        assertThat(report.loopCount(x)).as(as).isEqualTo(1);
        assertThat(report.fitness(x)).as(as).isEqualTo(1.0 - 1.0 / (n + moreMoments));
      }
      case OFF_MAP -> {
        assertThat(found).as(as).containsExactly("OFF_MAP " + subject + " 1");
        assertThat(report.offMapCount(x)).as(as).isEqualTo(1);
        assertThat(report.fitness(x)).as(as).isEqualTo(1.0 - 1.0 / (n + moreMoments));
      }
      default -> {
        assertThat(report.outOfOrderCount(x)).as(as).isGreaterThanOrEqualTo(1);
        assertThat(report.loopCount(x) + report.offMapCount(x)).as(as).isZero();
        assertThat(report.fitness(x)).as(as).isLessThan(1.0);
        for (ConformanceReport.Deviation d : report.deviations(x)) {
          assertThat(d.kind()).as(as).isIn(ConformanceReport.DeviationKind.OUT_OF_ORDER,
              ConformanceReport.DeviationKind.SKIPPED_MOMENT);
          if (d.kind() == ConformanceReport.DeviationKind.OUT_OF_ORDER) {
            // visited in this order against the map's: the first stage is not before the second
            String[] pair = d.subject().split(" > ");
            assertThat(stageIndex.get(pair[0])).as(as + " " + d).isGreaterThanOrEqualTo(stageIndex.get(pair[1]));
          }
        }
      }
    }
  }

  /** A random log with off-map touchpoints and repeats, observed with the map or without one. */
  private record Case(CustomerJourney map, EncounterLog log, ObservedJourneys analysis, List<Encounter> encounters) {}

  private static Case randomCase(SplittableRandom r) {
    CustomerJourney map = r.nextInt(3) == 0 ? JourneyTemplate.RETAIL_COUNTER.journey() : CoreGenerators.customerJourney(r);
    List<Encounter> encounters = new ArrayList<>(LogAnalysesTest.encounters(r, map, RatingScale.SEVEN_POINT));
    int extra = encounters.isEmpty() ? 0 : r.nextInt(1 + encounters.size() / 4);
    for (int i = 0; i < extra; i++) {
      Encounter e = encounters.get(r.nextInt(encounters.size()));
      encounters.add(Encounter.builder().customerId(r.nextInt(5) == 0 ? "lonely" + i : e.customerId())
          .touchpointId("off-map-" + r.nextInt(3))
          .occurredAt(e.occurredAt().plusSeconds(r.nextInt(7200) - 3600)).build());
    }
    ObservedJourneys analysis = ObservedJourneys.withDefaults()
        .withGap(Duration.ofSeconds(List.of(60, 600, 1800, 86_400).get(r.nextInt(4))));
    if (r.nextBoolean()) {
      analysis = analysis.withJourney(map);
    }
    return new Case(map, EncounterLog.of(encounters), analysis, encounters);
  }

  @SeededTest
  void fitnessIsInTheUnitIntervalAndTheCountsAddUp(Seed seed) {
    Case c = randomCase(seed.random());
    Episodes episodes = c.analysis().observe(c.log());
    ConformanceReport report = Conformance.of(c.map()).check(episodes);
    int moments = c.map().momentsOfTruth().size();
    Map<String, long[]> byDeviation = new TreeMap<>();
    long offMap = 0;
    long offMapWithin = 0;
    for (int e = 0; e < report.size(); e++) {
      String as = seed + " episode " + e;
      double f = report.fitness(e);
      assertThat(f).as(as).isBetween(0.0, 1.0);
      int cost = report.skippedMoments(e) + report.offMapCount(e) + report.loopCount(e) + report.outOfOrderCount(e);
      long within = episodes.path(e).stream().filter(id -> c.map().indexOf(id) < 0).count();
      offMapWithin += within;
      offMap += report.offMapCount(e);
      assertThat(report.offMapCount(e)).as(as).isGreaterThanOrEqualTo((int) within);
      int n = episodes.encounterCount(e) + report.offMapCount(e) - (int) within;
      assertThat(f).as(as).isEqualTo(1.0 - (double) cost / (n + moments));
      assertThat(report.conforming(e)).as(as).isEqualTo(f == 1.0).isEqualTo(cost == 0);
      long[] byKind = new long[4];
      for (ConformanceReport.Deviation d : report.deviations(e)) {
        byKind[d.kind().ordinal()] += d.occurrences();
        long[] total = byDeviation.computeIfAbsent(d.kind() + " " + d.subject(), k -> new long[2]);
        total[0]++;
        total[1] += d.occurrences();
      }
      assertThat(byKind).as(as).containsExactly(report.skippedMoments(e), report.offMapCount(e), report.loopCount(e),
          report.outOfOrderCount(e));
    }
    assertThat(offMap).as(seed.toString()).isEqualTo(offMapWithin + report.attributedOffMapCount());
    assertThat(report.attributedOffMapCount() + report.unattributedOffMapCount()).as(seed.toString())
        .isEqualTo(episodes.offMapCount());
    Map<String, long[]> reported = new TreeMap<>();
    for (ConformanceReport.Deviation d : report.allDeviations()) {
      reported.put(d.kind() + " " + d.subject(), new long[] {d.episodes(), d.occurrences()});
    }
    assertThat(reported.keySet()).as(seed.toString()).isEqualTo(byDeviation.keySet());
    reported.forEach((k, v) -> assertThat(v).as(seed + " " + k)
        .containsExactly(java.util.Objects.requireNonNull(byDeviation.get(k))));
    List<ConformanceReport.Deviation> all = report.allDeviations();
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).episodes()).as(seed.toString()).isLessThanOrEqualTo(all.get(i - 1).episodes());
    }
  }

  @SeededTest
  void aNaiveAlignmentGivesTheSameCost(Seed seed) {
    Case c = randomCase(seed.random());
    Episodes episodes = c.analysis().observe(c.log());
    ConformanceReport report = Conformance.of(c.map()).check(episodes);
    // the off-map encounters the map set aside, by the rule: the customer's last episode starting at
    // or before it, else the customer's first
    Map<Integer, Integer> attributed = new HashMap<>();
    if (c.analysis().journey().isPresent()) {
      for (Encounter x : c.encounters()) {
        if (c.map().indexOf(x.touchpointId()) >= 0) {
          continue;
        }
        int chosen = -1;
        for (int e = 0; e < episodes.size(); e++) {
          if (episodes.customerId(e).equals(x.customerId())
              && (chosen < 0 || !episodes.first(e).isAfter(x.occurredAt()))) {
            chosen = e;
          }
        }
        if (chosen >= 0) {
          attributed.merge(chosen, 1, Integer::sum);
        }
      }
    }
    List<Touchpoint> model = c.map().touchpoints();
    for (int e = 0; e < episodes.size(); e++) {
      List<String> trace = new ArrayList<>(episodes.path(e));
      for (int k = attributed.getOrDefault(e, 0); k > 0; k--) {
        trace.add("off-map"); // where in the trace does not change the cost: it is never matched
      }
      int cost = report.skippedMoments(e) + report.offMapCount(e) + report.loopCount(e) + report.outOfOrderCount(e);
      assertThat(cost).as("%s episode %d %s", seed, e, trace).isEqualTo(naiveCost(trace, model));
      assertThat(report.fitness(e)).as("%s episode %d", seed, e)
          .isEqualTo(1.0 - (double) cost / (trace.size() + c.map().momentsOfTruth().size()));
    }
  }

  /**
   * The cost of an optimal alignment by its definition: from the start of the trace and of the
   * model, the cheapest of a log move (1), a model move (1 on a moment of truth, 0 otherwise) and,
   * where the trace and the model agree, a synchronous move (0), recursively (memoised).
   */
  static int naiveCost(List<String> trace, List<Touchpoint> model) {
    Integer[][] memo = new Integer[trace.size() + 1][model.size() + 1];
    return naiveCost(trace, model, 0, 0, memo);
  }

  private static int naiveCost(List<String> trace, List<Touchpoint> model, int i, int j, Integer[][] memo) {
    if (i == trace.size() && j == model.size()) {
      return 0;
    }
    Integer known = memo[i][j];
    if (known != null) {
      return known;
    }
    int best = Integer.MAX_VALUE;
    if (i < trace.size()) {
      best = 1 + naiveCost(trace, model, i + 1, j, memo);
    }
    if (j < model.size()) {
      best = Math.min(best, (model.get(j).momentOfTruth() ? 1 : 0) + naiveCost(trace, model, i, j + 1, memo));
    }
    if (i < trace.size() && j < model.size() && trace.get(i).equals(model.get(j).id())) {
      best = Math.min(best, naiveCost(trace, model, i + 1, j + 1, memo));
    }
    memo[i][j] = best;
    return best;
  }

  @SeededTest
  void theReportDoesNotDependOnTheOrderOfTheRows(Seed seed) {
    SplittableRandom r = seed.random();
    Case c = randomCase(r);
    List<Encounter> shuffled = CoreGenerators.shuffled(r, c.encounters());
    ConformanceReport a = Conformance.of(c.map()).check(c.analysis().observe(c.log()));
    ConformanceReport b = Conformance.of(c.map()).withParallelism(4).check(c.analysis().observe(EncounterLog.of(shuffled)));
    assertThat(Format.JSON.render(b)).as(seed.toString()).isEqualTo(Format.JSON.render(a));
    if (c.analysis().journey().isPresent()) {
      assertThat(Format.JSON.render(b.cost(JourneyModel.PEAK_END))).as(seed.toString())
          .isEqualTo(Format.JSON.render(a.cost(JourneyModel.PEAK_END)));
    }
  }

  /** Enough episodes for several threads (ranges of 4,096 episodes): the same report, bit for bit. */
  @Test
  void theReportIsTheSameOnOneThreadAndOnFour() {
    SplittableRandom r = new SplittableRandom(20261207);
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    List<Touchpoint> tps = map.touchpoints();
    List<Encounter> encounters = new ArrayList<>();
    for (int c = 0; c < 18_000; c++) {
      List<String> path = new ArrayList<>();
      for (int i = 0; i < 2 + r.nextInt(5); i++) {
        path.add(r.nextInt(10) == 0 ? "off-map" : tps.get(r.nextInt(tps.size())).id());
      }
      walk(encounters, r, "c" + c, BASE, path);
    }
    Episodes episodes = ObservedJourneys.withDefaults().withJourney(map).observe(EncounterLog.of(encounters));
    assertThat(episodes.size()).isGreaterThan(4 * Alignment.RANGE);
    Conformance one = Conformance.of(map);
    ConformanceReport a = one.check(episodes);
    ConformanceReport b = one.withParallelism(4).check(episodes);
    assertThat(Format.JSON.render(b)).isEqualTo(Format.JSON.render(a));
    ConformanceReport top = b.withTop(8);
    assertThat(Format.JSON.render(top.cost(JourneyModel.MEAN))).isEqualTo(
        Format.JSON.render(a.withTop(8).cost(JourneyModel.MEAN)));
    // the cost's groups are the episodes that have each deviation
    ConformanceReport.Deviation first = top.deviations().get(0);
    long with = 0;
    for (int e = 0; e < episodes.size(); e++) {
      for (ConformanceReport.Deviation d : top.deviations(e)) {
        if (d.kind() == first.kind() && d.subject().equals(first.subject())) {
          with++;
        }
      }
    }
    assertThat(with).isEqualTo(first.episodes());
    DeviationCost cost = top.cost(JourneyModel.MEAN);
    DeviationCost.Row row = cost.rows().stream().filter(x -> x.deviation() == first).findFirst().orElseThrow();
    assertThat(row.comparison().firstCount() + row.comparison().secondCount())
        .isEqualTo(episodes.size() - cost.unscoredCount());
  }
}
