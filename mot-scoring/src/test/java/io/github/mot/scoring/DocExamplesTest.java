package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import io.github.mot.scoring.io.EncounterReader;
import io.github.mot.scoring.log.CustomerTimelines;
import io.github.mot.scoring.log.EncounterLog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the snippets of docs/mot-scoring.md; keep both in step. */
class DocExamplesTest {

  // --- README snippet "request path" (verbatim) ---
  /** A CRM service: the scorers are built once and shared by every request thread. */
  static final class ContactScoring {
    private static final FirstImpressionScorer FIRST_IMPRESSION = FirstImpressionScorer.STANDARD;
    private static final JourneyScorer RETAIL = JourneyScorer.of(JourneyTemplate.RETAIL_COUNTER.journey());

    /** Per request: no locks, no shared mutable state, no allocation. */
    double firstImpressionIndex(AbcRatings ratings) {
      return FIRST_IMPRESSION.index(ratings); // 0..100
    }

    /** Per request: one customer's encounters, in any order. */
    String nextBestAction(List<Encounter> customerEncounters) {
      JourneyScore journey = RETAIL.score(customerEncounters);
      return journey.firstNegative()
          .map(e -> "recover at " + e.touchpointId())
          .orElse("thank: peak-end " + journey.peakEnd());
    }
  }
  // --- end of snippet ---

  // --- README snippet "nightly batch" (verbatim) ---
  static String nightly(List<Encounter> yesterday, List<Audit> audits) {
    EncounterScorecard cards = EncounterScorecard.of(JourneyTemplate.RETAIL_COUNTER.journey());
    GroupedSummary<String, ScorecardSummary> byTouchpoint =
        yesterday.parallelStream().collect(cards.grouping(GroupBy.TOUCHPOINT));
    ScorecardSummary all = byTouchpoint.total();
    ContactForecast negatives = ContactVolume.CARLZON_SAS.negativeContacts(all);
    AuditOverview supervision = audits.parallelStream().collect(AuditOverviewAccumulator.toOverview());
    return byTouchpoint + "\n" + all + "\n" + negatives + "\n" + supervision.byStaff();
  }
  // --- end of snippet ---

  // --- README snippet "sharded" (verbatim) ---
  static ScorecardSummary shards(List<int[]> levelsPerShard) {
    List<ScorecardSummary> partials = new ArrayList<>();
    for (int[] shard : levelsPerShard) { // each shard: its own thread, partition or node
      ScorecardAccumulator acc = ScorecardAccumulator.create();
      for (int level : shard) {
        acc.add(level); // increments a long[7]: no allocation
      }
      partials.add(acc.summary());
    }
    return partials.stream().reduce(ScorecardSummary.EMPTY, ScorecardSummary::merge);
  }
  // --- end of snippet ---

  // --- docs snippet "reading encounter logs" (verbatim but for the path: the tests of this module
  // run in mot-scoring/, the snippet in the project root) ---
  static ReadResult<Encounter> readEncounters(Path file) throws IOException {
    ReadResult<Encounter> read = EncounterReader.withDefaults().withJourney(JourneyTemplate.RETAIL_COUNTER.journey()).lenient().read(file);
    System.out.println(read);   // 8 rows: 7 good, 1 bad, with the line, column and value
    return read;
  }

  // --- README snippet "exporting results" (verbatim) ---
  static String export(List<Encounter> yesterday, Writer csvFile) throws IOException {
    EncounterScorecard cards = EncounterScorecard.of(JourneyTemplate.RETAIL_COUNTER.journey());
    GroupedSummary<String, ScorecardSummary> byTouchpoint =
        yesterday.stream().collect(cards.grouping(EncounterScorecard.GroupBy.TOUCHPOINT));
    Format.CSV.write(byTouchpoint, csvFile); // one row per touchpoint, then the total
    ScorecardSummary summary = byTouchpoint.total();
    return Format.JSON.render(summary); // {"n" : 3, "mean" : 0.3333333333333333, ...}
  }
  // --- end of snippet ---

  // --- docs snippet "the columnar encounter log" (verbatim; docs/mot-scoring.md and the Javadoc of
  // EncounterLog) ---
  static Map<String, JourneyScore> november(List<Encounter> encounters) {
    EncounterLog log = EncounterLog.of(encounters);        // at most 24 bytes per encounter
    System.out.println(log);                               // size, customers, time range, first rows
    EncounterLog november = log.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
    long[] levelSum = new long[november.touchpoints().size()];
    for (int row = 0; row < november.size(); row++) {      // no object per encounter
      if (november.hasLevel(row)) {
        levelSum[november.touchpointCode(row)] += november.levelValue(row);
      }
    }
    JourneyScorer scorer = JourneyScorer.of(JourneyTemplate.RETAIL_COUNTER.journey());
    CustomerTimelines timelines = november.byCustomer(); // each customer's rows in time order
    Map<String, JourneyScore> scores = new TreeMap<>();
    for (int c = 0; c < timelines.customers(); c++) {
      scores.put(timelines.customerId(c), scorer.score(timelines.encounters(c)));
    }
    return scores;
  }
  // --- end of snippet ---

  // --- docs snippet "observed journeys and the directly-follows graph" (verbatim but for the path:
  // the tests of this module run in mot-scoring/, the snippet in the project root) ---
  static DirectlyFollowsGraph observedJourneys(Path file) throws IOException {
    EncounterLog log = EncounterReader.withDefaults().readLog(file).log();
    CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey();
    // a new episode after 30 minutes without an encounter and at every "entering"; ties in time by
    // position on the map; encounters off the map set aside and counted
    Episodes episodes = ObservedJourneys.withDefaults().withJourney(retail).withStartTouchpoints(Set.of("entering")).observe(log);
    System.out.println(episodes);                             // 2 episodes of 2 customers, 1 encounter off the map
    DirectlyFollowsGraph graph = episodes.directlyFollows().withMinTransitions(2);
    System.out.println(graph);                                // the edges of at least 2 transitions, the rest counted
    return graph;
  }
  // --- end of snippet ---

  // --- docs snippet "where and why journeys go wrong" (verbatim but for the path and the return:
  // the tests of this module run in mot-scoring/, the snippet in the project root) ---
  static List<Object> whereJourneysGoWrong(Path file) throws IOException {
    CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterLog log = EncounterReader.withDefaults().readLog(file).log();
    Episodes episodes = ObservedJourneys.withDefaults().withJourney(retail).observe(log);
    ConformanceReport conformance = Conformance.of(retail).check(episodes).withTop(3);
    System.out.println(conformance);                         // fitness per episode, the 3 most frequent deviations
    FunnelReport funnel = Funnel.ofStages(retail).analyze(episodes);
    System.out.println(funnel);                              // episodes reaching each stage in order
    PrecursorReport precursors = Precursors.withDefaults().analyze(episodes);
    RecoveryReport recovery = Recovery.withDefaults().withModel(JourneyModel.PEAK_END).analyze(episodes);
    System.out.println(recovery.total());                    // damaged episodes recovered, with its interval
    return List.of(conformance, funnel, precursors, recovery);
  }
  // --- end of snippet ---

  /**
   * The two episodes of docs/examples/encounters.csv against the retail map (10 moments of truth):
   * c001 visits 4 of them in order, cost 6 skipped, fitness 1 - 6 / (4 + 10) = 0.571; c002 visits 3
   * and teleporting (off the map, counted in its episode), cost 1 + 7 = 8, fitness 1 - 8 / 14 =
   * 0.429. Both reach the arrival stage; neither visits consultation, so in the ordered funnel
   * neither reaches purchase or departure, though both pay. No moment is at -2 or below: nothing
   * damaged, nothing to recover.
   */
  @Test
  void whereJourneysGoWrong() throws IOException {
    List<Object> results = whereJourneysGoWrong(Path.of("..", "docs", "examples", "encounters.csv"));
    ConformanceReport conformance = (ConformanceReport) results.get(0);
    assertThat(conformance.fitness(0)).isCloseTo(1 - 6.0 / 14, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(conformance.fitness(1)).isCloseTo(1 - 8.0 / 14, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(conformance.offMapCount(1)).isEqualTo(1);
    FunnelReport funnel = (FunnelReport) results.get(1);
    assertThat(funnel.overall().steps().get(0).reached()).isEqualTo(2);
    assertThat(funnel.overall().steps().get(1).reached()).isZero();
    RecoveryReport recovery = (RecoveryReport) results.get(3);
    String doc = java.nio.file.Files.readString(Path.of("..", "docs", "mot-scoring.md"));
    assertThat(doc).contains(conformance.toString()).contains(funnel.toString()).contains(recovery.total().toString());
  }

  @Test
  void observedJourneysAndTheDirectlyFollowsGraph() throws IOException {
    DirectlyFollowsGraph graph = observedJourneys(Path.of("..", "docs", "examples", "encounters.csv"));
    String doc = java.nio.file.Files.readString(Path.of("..", "docs", "mot-scoring.md"));
    // the printed texts shown in the docs
    Episodes episodes = ObservedJourneys.withDefaults().withJourney(JourneyTemplate.RETAIL_COUNTER.journey())
        .withStartTouchpoints(Set.of("entering"))
        .observe(EncounterReader.withDefaults().readLog(Path.of("..", "docs", "examples", "encounters.csv")).log());
    assertThat(doc).contains(episodes.toString()).contains(graph.toString());
    assertThat(graph.offMapCount()).isEqualTo(1); // c002 teleporting
    assertThat(graph.episodeCount()).isEqualTo(episodes.size());
    // greeting -> paying: c001 10:01:14 -> 10:12:11 = 657 s, c002 13:03:03 -> 13:20:40 = 1057 s;
    // mean and median (657 + 1057) / 2 = 857 s
    assertThat(graph.edge("greeting", "paying").orElseThrow().medianSeconds()).isEqualTo(857.0);
    assertThat(graph.removedTransitions()).isEqualTo(3);
  }

  private static Encounter at(String customer, String touchpoint, int minute, ScorecardLevel level) {
    return Encounter.builder()
        .customerId(customer)
        .touchpointId(touchpoint)
        .occurredAt(Instant.parse("2026-11-24T10:00:00Z").plusSeconds(60L * minute))
        .level(level)
        .build();
  }

  @Test
  void requestPath() {
    ContactScoring scoring = new ContactScoring();
    // 1..5: 3, 4, 5 -> 65.75 (see FirstImpressionTest)
    assertThat(scoring.firstImpressionIndex(AbcRatings.of(RatingScale.FIVE_POINT, 3, 4, 5)))
        .isCloseTo(65.75, within(1e-9));
  }

  /** A customer's encounters and the next best action for them. */
  static Stream<Arguments> nextBestActions() {
    return Stream.of(
        Arguments.of(
            List.of(at("c", "paying", 9, ScorecardLevel.FAILS_EXPECTATIONS), at("c", "greeting", 1, ScorecardLevel.DELIGHTS)),
            "recover at paying"),
        // peak +3 (greeting), end +1 (farewell): (3 + 1) / 2 = 2.0
        Arguments.of(
            List.of(at("c", "greeting", 1, ScorecardLevel.DELIGHTS), at("c", "farewell", 9, ScorecardLevel.MEETS_EXPECTATIONS)),
            "thank: peak-end 2.0"));
  }

  @ParameterizedTest
  @MethodSource("nextBestActions")
  void requestPathNextBestAction(List<Encounter> encounters, String action) {
    assertThat(new ContactScoring().nextBestAction(encounters)).isEqualTo(action);
  }

  /** Yesterday's encounters: greeting +3; paying -2 and 0. */
  private static List<Encounter> yesterday() {
    return List.of(
        at("a", "greeting", 0, ScorecardLevel.DELIGHTS),
        at("a", "paying", 5, ScorecardLevel.FAILS_EXPECTATIONS),
        at("b", "paying", 7, ScorecardLevel.NEUTRAL));
  }

  @Test
  void nightlyBatch() {
    List<Encounter> yesterday = yesterday();
    Audit audit =
        Audit.builder(Fixtures.CHECKLIST)
            .id("A1")
            .staffId("s1")
            .auditedAt(Fixtures.T0)
            .passed("greet", "listen", "offer", "receipt", "thanks")
            .build();
    String report = nightly(yesterday, List.of(audit));
    // paying: -2, 0 -> mean -1, worst; greeting +3. 1 negative of 3 on 50 million contacts.
    assertThat(report)
        .startsWith("GroupedSummary by touchpoint, 2 groups, worst first\n")
        .contains("paying      2  -1.00")
        .contains("expected negative contacts 16,666,667 ")
        .contains("s1          1  1.0000");
  }

  @Test
  void readingEncounterLogs() throws IOException {
    ReadResult<Encounter> read = readEncounters(Path.of("..", "docs", "examples", "encounters.csv"));
    assertThat(read.rows()).isEqualTo(8);
    assertThat(read.goodRows()).isEqualTo(7);
    assertThat(read.errors()).extracting(RowError::toString).containsExactly(
        "line 8, column touchpoint, value 'teleporting': not a touchpoint of journey 'Retail counter'; known are "
            + String.join(", ", JourneyTemplate.RETAIL_COUNTER.journey().touchpoints().stream().map(t -> t.id()).toList()));
    assertThat(read.toString()).startsWith("ReadResult[8 rows: 7 good, 1 bad, 0 blank, 1 errors]\n");
  }

  @Test
  void theColumnarEncounterLog() {
    List<Encounter> encounters = new ArrayList<>(yesterday()); // 2026-11-24
    encounters.add(Encounter.builder().customerId("a").touchpointId("greeting")
        .occurredAt(Instant.parse("2026-12-01T09:00:00Z")).level(ScorecardLevel.DELIGHTS).build());
    Map<String, JourneyScore> scores = november(encounters);
    JourneyScorer scorer = JourneyScorer.of(JourneyTemplate.RETAIL_COUNTER.journey());
    Map<String, JourneyScore> expected = yesterday().stream().collect(scorer.byCustomer());
    assertThat(scores.keySet()).containsExactly("a", "b");
    scores.forEach((customer, score) ->
        assertThat(score).hasToString(String.valueOf(expected.get(customer))));
  }

  @Test
  void shardedSummariesMergeExactly() {
    ScorecardSummary total = shards(List.of(new int[] {3, -1}, new int[] {}, new int[] {0, 2, -3}));
    assertThat(total.counts()).containsExactly(1, 0, 1, 1, 0, 1, 1);
    assertThat(total.sum()).isEqualTo(1);
  }

  @Test
  void exportingResults() throws IOException {
    List<Encounter> yesterday = yesterday();
    StringWriter csv = new StringWriter();
    String json = export(yesterday, csv);
    // +3, -2, 0: mean 1/3, one positive and one negative of three: net score 0
    assertThat(json).startsWith("{\n  \"n\" : 3,\n  \"mean\" : 0.3333333333333333,\n  \"netScore\" : 0.0,\n");
    assertThat(csv.toString())
        .startsWith("level,key,n,mean,net_score,positive_share,")
        .contains("\ngroup,paying,2,-1.0,-50.0,0.0,")
        .contains("\ngroup,greeting,1,3.0,100.0,1.0,")
        .contains("\ntotal,,3,0.3333333333333333,0.0,");
  }
}
