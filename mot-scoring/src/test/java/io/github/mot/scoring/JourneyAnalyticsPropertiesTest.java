package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Properties of {@link Funnel}, {@link Precursors} and {@link Recovery} on generated logs (ties in
 * time, missing levels and staff, an attribute on some rows): their counts add up; the results do
 * not depend on the order of the log's rows; and a naive implementation over {@link Encounter}
 * objects and plain collections agrees.
 */
class JourneyAnalyticsPropertiesTest {

  /** A generated log (each encounter with its attributes), its map and the analyses to run. */
  private record Case(List<Map.Entry<Encounter, Map<String, String>>> rows, CustomerJourney journey,
      ObservedJourneys observe, Funnel funnel, Precursors precursors, Recovery recovery) {

    Episodes episodes() {
      return observe.observe(log(rows));
    }
  }

  private static EncounterLog log(List<Map.Entry<Encounter, Map<String, String>>> rows) {
    EncounterLog.Builder b = EncounterLog.builder();
    for (Map.Entry<Encounter, Map<String, String>> row : rows) {
      b.add(row.getKey(), row.getValue());
    }
    return b.build();
  }

  private static Case generate(SplittableRandom r) {
    CustomerJourney journey = r.nextBoolean() ? JourneyTemplate.RETAIL_COUNTER.journey() : CoreGenerators.customerJourney(r);
    List<Map.Entry<Encounter, Map<String, String>>> rows = new ArrayList<>();
    for (Encounter e : LogAnalysesTest.encounters(r, journey, RatingScale.SEVEN_POINT)) {
      // the same attributes for copies of an encounter (customer, touchpoint, instant): which copy
      // ObservedJourneys keeps of copies that agree in level and staff follows the row order
      int h = Math.floorMod(Objects.hash(e.customerId(), e.touchpointId(), e.occurredAt()), 9);
      Map<String, String> attributes = h < 3 ? Map.of("region", List.of("north", "south", "east").get(h)) : Map.of();
      rows.add(Map.entry(e, attributes));
    }
    ObservedJourneys observe = ObservedJourneys.withDefaults().withJourney(journey)
        .withGap(Duration.ofSeconds(List.of(60, 600, 1800, 86_400).get(r.nextInt(4))));
    Funnel funnel;
    if (r.nextBoolean()) {
      funnel = Funnel.ofStages(journey);
    } else {
      List<String> ids = new ArrayList<>(journey.touchpoints().stream().map(Touchpoint::id).toList());
      Collections.shuffle(ids, new Random(r.nextLong()));
      funnel = Funnel.of(ids.subList(0, 1 + r.nextInt(ids.size())));
    }
    int grouping = r.nextInt(4);
    if (grouping > 0) {
      funnel = funnel.withGroupBy(grouping == 1 ? EpisodeGrouping.channel()
          : grouping == 2 ? EpisodeGrouping.staff() : EpisodeGrouping.attribute("region"));
    }
    Precursors precursors = Precursors.withDefaults().withThreshold(-3 + r.nextInt(4)).withMinSupport(1);
    int damage = -3 + r.nextInt(4);
    Recovery recovery = Recovery.withDefaults().withDamageThreshold(damage)
        .withRecoveryThreshold(damage + 1 + r.nextInt(3 - damage))
        .withModel(JourneyModel.values()[r.nextInt(JourneyModel.values().length)]);
    if (rows.isEmpty() || !hasAttribute(rows)) {
      // a log without the attribute cannot be grouped by it
      funnel = funnel.groupBy().filter(g -> g.name().equals("region")).isPresent()
          ? funnel.withGroupBy(EpisodeGrouping.staff()) : funnel;
    }
    return new Case(rows, journey, observe, funnel, precursors, recovery);
  }

  private static boolean hasAttribute(List<Map.Entry<Encounter, Map<String, String>>> rows) {
    return rows.stream().anyMatch(e -> !e.getValue().isEmpty());
  }

  @SeededTest
  void theCountsAddUp(Seed seed) {
    Case c = generate(seed.random());
    Episodes episodes = c.episodes();
    FunnelReport funnel = c.funnel().analyze(episodes);
    long grouped = 0;
    List<FunnelReport.Group> groups = new ArrayList<>(funnel.groups());
    groups.add(funnel.overall());
    for (FunnelReport.Group g : groups) {
      long previous = g.episodeCount();
      long ended = g.notEntered();
      for (FunnelReport.Step s : g.steps()) {
        assertThat(s.reached()).as("%s %s", seed, g).isLessThanOrEqualTo(previous);
        assertThat(s.conversion().trials()).as("%s %s", seed, g).isEqualTo(previous);
        previous = s.reached();
        ended += s.dropOff();
      }
      assertThat(ended).as("%s %s", seed, g).isEqualTo(g.episodeCount());
      grouped += g == funnel.overall() ? 0 : g.episodeCount();
    }
    assertThat(funnel.overall().episodeCount()).as(seed.toString()).isEqualTo(episodes.size());
    assertThat(grouped + funnel.ungroupedCount()).as(seed.toString())
        .isEqualTo(funnel.groups().isEmpty() && funnel.grouping().isEmpty() ? 0 : episodes.size());

    PrecursorReport precursors = c.precursors().analyze(episodes);
    assertThat(precursors.touchpoints().stream().mapToLong(PrecursorReport.Precursor::damaging).sum())
        .as(seed.toString()).isEqualTo(precursors.touchpointPopulation().damaging());
    assertThat(precursors.touchpoints().stream().mapToLong(PrecursorReport.Precursor::support).sum())
        .as(seed.toString()).isEqualTo(precursors.touchpointPopulation().successors());
    assertThat(precursors.paths().stream().mapToLong(PrecursorReport.Precursor::damaging).sum())
        .as(seed.toString()).isEqualTo(precursors.pathPopulation().damaging());
    assertThat(precursors.paths().stream().mapToLong(PrecursorReport.Precursor::support).sum())
        .as(seed.toString()).isEqualTo(precursors.pathPopulation().successors());

    RecoveryReport recovery = c.recovery().analyze(episodes);
    RecoveryReport.Share total = recovery.total();
    assertThat(total.recovered() + total.unrecovered()).as(seed.toString()).isEqualTo(total.damaged());
    assertThat(recovery.scores(RecoveryReport.Outcome.RECOVERED).episodes()).isEqualTo(total.recovered());
    assertThat(recovery.scores(RecoveryReport.Outcome.UNRECOVERED).episodes()).isEqualTo(total.unrecovered());
    assertThat(total.damaged() + recovery.scores(RecoveryReport.Outcome.NEVER_DAMAGED).episodes())
        .as(seed.toString()).isEqualTo(episodes.size());
    assertThat(recovery.byTouchpoint().stream().mapToLong(RecoveryReport.Share::damaged).sum())
        .as(seed.toString()).isEqualTo(total.damaged());
    assertThat(recovery.byTouchpoint().stream().mapToLong(RecoveryReport.Share::recovered).sum())
        .as(seed.toString()).isEqualTo(total.recovered());
    assertThat(recovery.byStaff().stream().mapToLong(RecoveryReport.Share::damaged).sum()
        + recovery.damagedWithoutStaff()).as(seed.toString()).isEqualTo(total.damaged());
  }

  @SeededTest
  void theResultsDoNotDependOnTheOrderOfTheRows(Seed seed) {
    SplittableRandom r = seed.random();
    Case c = generate(r);
    List<Map.Entry<Encounter, Map<String, String>>> shuffled = CoreGenerators.shuffled(r, c.rows());
    Episodes a = c.episodes();
    Episodes b = c.observe().observe(log(shuffled));
    assertThat(Format.JSON.render(c.funnel().analyze(b))).as(seed.toString())
        .isEqualTo(Format.JSON.render(c.funnel().analyze(a)));
    assertThat(Format.JSON.render(c.precursors().analyze(b))).as(seed.toString())
        .isEqualTo(Format.JSON.render(c.precursors().analyze(a)));
    assertThat(Format.JSON.render(c.recovery().analyze(b))).as(seed.toString())
        .isEqualTo(Format.JSON.render(c.recovery().analyze(a)));
  }

  @SeededTest
  void aNaiveImplementationAgrees(Seed seed) {
    Case c = generate(seed.random());
    Episodes episodes = c.episodes();
    EncounterLog log = episodes.log();
    List<List<Encounter>> paths = new ArrayList<>();
    List<List<Map<String, String>>> attributes = new ArrayList<>();
    for (int e = 0; e < episodes.size(); e++) {
      List<Encounter> path = new ArrayList<>();
      List<Map<String, String>> attrs = new ArrayList<>();
      for (int row : episodes.rows(e)) {
        path.add(log.encounter(row));
        attrs.add(log.attributes(row));
      }
      paths.add(path);
      attributes.add(attrs);
    }
    naiveFunnel(seed, c, paths, attributes, c.funnel().analyze(episodes));
    naivePrecursors(seed, c.precursors().threshold(), paths, c.precursors().analyze(episodes));
    naiveRecovery(seed, c.recovery(), paths, episodes.scores(c.recovery().model()), c.recovery().analyze(episodes));
  }

  private static @Nullable Integer level(Encounter e) {
    return e.levelOrNull() == null ? null : Objects.requireNonNull(e.levelOrNull()).value();
  }

  private static void naiveFunnel(Seed seed, Case c, List<List<Encounter>> paths,
      List<List<Map<String, String>>> attributes, FunnelReport report) {
    List<List<String>> steps = c.funnel().stepTouchpoints();
    Map<String, long[]> byGroup = new TreeMap<>();
    long[] all = new long[steps.size() + 1];
    long ungrouped = 0;
    String grouping = c.funnel().groupBy().map(EpisodeGrouping::name).orElse("");
    for (int e = 0; e < paths.size(); e++) {
      int last = 0;
      for (Encounter enc : paths.get(e)) {
        if (last < steps.size() && steps.get(last).contains(enc.touchpointId())) {
          last++;
        }
      }
      all[last]++;
      @Nullable String group = null;
      for (int i = 0; i < paths.get(e).size() && group == null; i++) {
        Encounter enc = paths.get(e).get(i);
        group = switch (grouping) {
          case "channel" -> i == 0 ? c.journey().requireTouchpoint(enc.touchpointId()).channel().id() : "";
          case "staff" -> enc.staffIdOrNull();
          case "region" -> attributes.get(e).get(i).get("region");
          default -> "";
        };
      }
      if (grouping.isEmpty()) {
        continue;
      }
      if (group == null) {
        ungrouped++;
      } else {
        byGroup.computeIfAbsent(group, k -> new long[steps.size() + 1])[last]++;
      }
    }
    assertThat(ends(report.overall())).as(seed.toString()).containsExactly(all);
    assertThat(report.groups()).extracting(FunnelReport.Group::name).as(seed.toString())
        .containsExactlyElementsOf(byGroup.keySet());
    for (FunnelReport.Group g : report.groups()) {
      assertThat(ends(g)).as("%s %s", seed, g).containsExactly(byGroup.get(g.name()));
    }
    assertThat(report.ungroupedCount()).as(seed.toString()).isEqualTo(ungrouped);
  }

  /** The episodes of a group by last step: not entered, then each step's drop-off. */
  private static long[] ends(FunnelReport.Group g) {
    long[] out = new long[g.steps().size() + 1];
    out[0] = g.notEntered();
    for (int s = 0; s < g.steps().size(); s++) {
      out[s + 1] = g.steps().get(s).dropOff();
    }
    return out;
  }

  private static void naivePrecursors(Seed seed, int threshold, List<List<Encounter>> paths, PrecursorReport report) {
    Map<String, long[]> single = new HashMap<>();
    Map<String, long[]> pairs = new HashMap<>();
    for (List<Encounter> path : paths) {
      for (int i = 1; i < path.size(); i++) {
        Integer level = level(path.get(i));
        if (level == null) {
          continue;
        }
        int bad = level <= threshold ? 1 : 0;
        long[] s = single.computeIfAbsent(path.get(i - 1).touchpointId(), k -> new long[2]);
        s[0]++;
        s[1] += bad;
        if (i >= 2) {
          long[] p = pairs.computeIfAbsent(path.get(i - 2).touchpointId() + " > " + path.get(i - 1).touchpointId(),
              k -> new long[2]);
          p[0]++;
          p[1] += bad;
        }
      }
    }
    check(seed, single, report.touchpoints());
    check(seed, pairs, report.paths());
    long n = single.values().stream().mapToLong(v -> v[0]).sum();
    long d = single.values().stream().mapToLong(v -> v[1]).sum();
    assertThat(report.touchpointPopulation().successors()).as(seed.toString()).isEqualTo(n);
    assertThat(report.touchpointPopulation().damaging()).as(seed.toString()).isEqualTo(d);
    for (PrecursorReport.Precursor p : report.touchpoints()) {
      double rate = (double) p.damaging() / p.support();
      double other = n == p.support() ? Double.NaN : (double) (d - p.damaging()) / (n - p.support());
      same(seed + " " + p, p.lift(), d == 0 ? Double.NaN : rate / ((double) d / n), 0);
      same(seed + " " + p, p.relativeRisk(), other > 0 ? rate / other : Double.NaN, 0);
      // Fisher's test summed over the whole support
      org.apache.commons.statistics.distribution.HypergeometricDistribution h =
          org.apache.commons.statistics.distribution.HypergeometricDistribution.of((int) n, (int) d, (int) p.support());
      double limit = h.probability((int) p.damaging()) * (1 + 1e-7);
      double fisher = 0;
      for (int x = h.getSupportLowerBound(); x <= h.getSupportUpperBound(); x++) {
        fisher += h.probability(x) <= limit ? h.probability(x) : 0;
      }
      same(seed + " " + p, p.p(), Math.min(1, fisher), 1e-12);
    }
    // by lift, highest first, undefined last
    for (List<PrecursorReport.Precursor> list : List.of(report.touchpoints(), report.paths())) {
      for (int i = 1; i < list.size(); i++) {
        double before = list.get(i - 1).lift();
        double after = list.get(i).lift();
        assertThat(Double.isNaN(after) || before >= after).as(seed.toString()).isTrue();
      }
    }
  }

  /** Equal within a tolerance, or both NaN. */
  private static void same(String what, double actual, double expected, double tolerance) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
    } else {
      assertThat(actual).as(what).isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance));
    }
  }

  private static void check(Seed seed, Map<String, long[]> expected, List<PrecursorReport.Precursor> actual) {
    assertThat(actual).as(seed.toString()).hasSize(expected.size());
    for (PrecursorReport.Precursor p : actual) {
      long[] e = expected.get(String.join(" > ", p.touchpoints()));
      assertThat(e).as("%s %s", seed, p).isNotNull();
      assertThat(new long[] {p.support(), p.damaging()}).as("%s %s", seed, p).containsExactly(Objects.requireNonNull(e));
    }
  }

  private static void naiveRecovery(Seed seed, Recovery recovery, List<List<Encounter>> paths, double[] scores,
      RecoveryReport report) {
    Map<String, long[]> byTouchpoint = new TreeMap<>();
    Map<String, long[]> byStaff = new TreeMap<>();
    List<List<Double>> byOutcome = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int e = 0; e < paths.size(); e++) {
      List<Encounter> path = paths.get(e);
      int first = -1;
      for (int i = 0; i < path.size() && first < 0; i++) {
        Integer level = level(path.get(i));
        if (level != null && level <= recovery.damageThreshold()) {
          first = i;
        }
      }
      boolean recovered = false;
      for (int i = first + 1; first >= 0 && i < path.size(); i++) {
        Integer level = level(path.get(i));
        recovered |= level != null && level >= recovery.recoveryThreshold();
      }
      int outcome = first < 0 ? 2 : recovered ? 0 : 1;
      if (!Double.isNaN(scores[e])) {
        byOutcome.get(outcome).add(scores[e]);
      }
      if (first >= 0) {
        Encounter damaging = path.get(first);
        long[] t = byTouchpoint.computeIfAbsent(damaging.touchpointId(), k -> new long[2]);
        t[0]++;
        t[1] += recovered ? 1 : 0;
        String staff = damaging.staffIdOrNull();
        if (staff != null) {
          long[] s = byStaff.computeIfAbsent(staff, k -> new long[2]);
          s[0]++;
          s[1] += recovered ? 1 : 0;
        }
      }
    }
    shares(seed, byTouchpoint, report.byTouchpoint());
    shares(seed, byStaff, report.byStaff());
    for (RecoveryReport.Outcome o : RecoveryReport.Outcome.values()) {
      List<Double> values = byOutcome.get(o.ordinal());
      RecoveryReport.ScoreGroup g = report.scores(o);
      assertThat(g.scored()).as("%s %s", seed, o).isEqualTo(values.size());
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      same(seed + " " + o, g.mean(), mean, 1e-12);
    }
    double[] rec = byOutcome.get(0).stream().mapToDouble(Double::doubleValue).toArray();
    double[] never = byOutcome.get(2).stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(Format.JSON.render(report.recoveredVsNeverDamaged())).as(seed.toString())
        .isEqualTo(Format.JSON.render(MeanComparison.of(rec, never)));
  }

  private static void shares(Seed seed, Map<String, long[]> expected, List<RecoveryReport.Share> actual) {
    assertThat(actual).as(seed.toString()).hasSize(expected.size());
    for (RecoveryReport.Share s : actual) {
      long[] e = Objects.requireNonNull(expected.get(s.name()), s.name());
      assertThat(new long[] {s.damaged(), s.recovered()}).as("%s %s", seed, s).containsExactly(e);
      assertThat(s.share()).isEqualTo(WilsonInterval.of(e[1], e[0]));
    }
  }

  /**
   * The log's rows cut into 1 to 4 shards of customers (each customer's rows in one shard, in their
   * order), each shard's funnel, precursor, recovery and conformance tallies made from its own log, some of them shipped as
   * bytes, merged in a random order: the reports equal the analyses of the whole log, to the last
   * byte of their JSON.
   */
  @SeededTest
  void talliesOfShardsOfCustomersMergeIntoTheWhole(Seed seed) {
    SplittableRandom r = seed.random();
    Case c = generate(r);
    int shards = 1 + r.nextInt(4);
    Map<String, Integer> shardOf = new HashMap<>();
    List<List<Map.Entry<Encounter, Map<String, String>>>> rows = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      rows.add(new ArrayList<>());
    }
    for (Map.Entry<Encounter, Map<String, String>> row : c.rows()) {
      rows.get(shardOf.computeIfAbsent(row.getKey().customerId(), k -> r.nextInt(shards))).add(row);
    }
    Collections.shuffle(rows, new Random(r.nextLong()));
    FunnelTally funnel = c.funnel().tally();
    PrecursorTally precursors = c.precursors().tally();
    RecoveryTally recovery = c.recovery().tally();
    Conformance conformance = Conformance.of(c.journey());
    ConformanceTally conforming = conformance.tally();
    DirectlyFollowsTally graph = DirectlyFollowsTally.create();
    EncounterJourneys journeys = new EncounterJourneys(c.observe(), Optional.of(c.funnel()), c.precursors(),
        c.recovery());
    JourneyTallies all = journeys.tally();
    for (List<Map.Entry<Encounter, Map<String, String>>> shard : rows) {
      if (!shard.isEmpty()) {
        Episodes episodes = c.observe().observe(log(shard));
        FunnelTally f = c.funnel().tally().add(episodes);
        PrecursorTally p = c.precursors().tally().add(episodes);
        RecoveryTally v = c.recovery().tally().add(episodes);
        boolean bytes = r.nextBoolean();
        funnel.merge(bytes ? FunnelTally.fromBytes(f.toBytes(), c.funnel()) : f);
        precursors.merge(bytes ? PrecursorTally.fromBytes(p.toBytes(), c.precursors()) : p);
        recovery.merge(bytes ? RecoveryTally.fromBytes(v.toBytes(), c.recovery()) : v);
        ConformanceTally k = conformance.tally().add(episodes);
        conforming.merge(bytes ? ConformanceTally.fromBytes(k.toBytes(), conformance) : k);
        DirectlyFollowsTally d = DirectlyFollowsTally.create().add(episodes);
        graph.merge(bytes ? DirectlyFollowsTally.fromBytes(d.toBytes()) : d);
        JourneyTallies j = journeys.tally().add(episodes);
        all.merge(bytes ? JourneyTallies.fromBytes(j.toBytes(), journeys) : j);
      }
    }
    Episodes whole = c.episodes();
    assertThat(funnel.toBytes()).as(seed.toString()).isEqualTo(c.funnel().tally().add(whole).toBytes());
    assertThat(Format.JSON.render(funnel.report())).as(seed.toString())
        .isEqualTo(Format.JSON.render(c.funnel().analyze(whole)));
    assertThat(precursors.toBytes()).as(seed.toString()).isEqualTo(c.precursors().tally().add(whole).toBytes());
    assertThat(Format.JSON.render(precursors.report())).as(seed.toString())
        .isEqualTo(Format.JSON.render(c.precursors().analyze(whole)));
    assertThat(recovery.toBytes()).as(seed.toString()).isEqualTo(c.recovery().tally().add(whole).toBytes());
    assertThat(recovery.report()).as(seed.toString()).isEqualTo(c.recovery().analyze(whole));
    assertThat(Format.JSON.render(recovery.report())).as(seed.toString())
        .isEqualTo(Format.JSON.render(c.recovery().analyze(whole)));
    assertThat(RecoveryTally.fromBytes(recovery.toBytes(), c.recovery()).toBytes()).as(seed.toString())
        .isEqualTo(recovery.toBytes());
    assertThat(conforming.toBytes()).as(seed.toString()).isEqualTo(conformance.tally().add(whole).toBytes());
    ConformanceSummary summary = conformance.check(whole).summary();
    assertThat(conforming.report()).as(seed.toString()).isEqualTo(summary);
    assertThat(Format.JSON.render(conforming.report())).as(seed.toString()).isEqualTo(Format.JSON.render(summary));
    assertThat(ConformanceTally.fromBytes(conforming.toBytes(), conformance).toBytes()).as(seed.toString())
        .isEqualTo(conforming.toBytes());
    assertThat(graph.toBytes()).as(seed.toString()).isEqualTo(DirectlyFollowsTally.create().add(whole).toBytes());
    assertThat(graph.report()).as(seed.toString()).isEqualTo(whole.directlyFollows());
    assertThat(Format.JSON.render(graph.report())).as(seed.toString())
        .isEqualTo(Format.JSON.render(whole.directlyFollows()));
    assertThat(DirectlyFollowsTally.fromBytes(graph.toBytes()).toBytes()).as(seed.toString())
        .isEqualTo(graph.toBytes());
    // every analysis at once: the same tallies, and the report of the parts
    assertThat(all.toBytes()).as(seed.toString()).isEqualTo(journeys.tally().add(whole).toBytes());
    JourneyReport report = all.report();
    assertThat(Format.JSON.render(report)).as(seed.toString()).isEqualTo(Format.JSON.render(journeys.analyze(whole)));
    assertThat(Format.JSON.render(report.directlyFollows())).isEqualTo(Format.JSON.render(graph.report()));
    assertThat(Format.JSON.render(report.funnel().orElseThrow())).isEqualTo(Format.JSON.render(funnel.report()));
    assertThat(Format.JSON.render(report.precursors())).isEqualTo(Format.JSON.render(precursors.report()));
    assertThat(report.recovery()).contains(recovery.report());
    assertThat(report.conformance()).contains(summary);
  }
}
