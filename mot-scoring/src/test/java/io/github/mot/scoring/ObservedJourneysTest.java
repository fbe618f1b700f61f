package io.github.mot.scoring;

import static io.github.mot.core.testing.Rejections.assertRejectsNull;
import static io.github.mot.core.testing.Rejections.assertRejectsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.DirectlyFollowsGraph.Edge;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Episodes and the directly-follows graph of a small hand-made log, with the working written out.
 *
 * <p>The log (retail counter map, gap 30 minutes, {@code entering} starts a journey; day
 * 2026-03-02, UTC; level in brackets, none when absent):
 *
 * <pre>
 * a 10:00:00 entering (+1)       E1 starts (first encounter)
 * a 10:02:00 greeting (+2)
 * a 10:05:00 paying (-1)         added before presenting-goods at the same instant:
 * a 10:05:00 presenting-goods (0)   the map puts presenting-goods (3) before paying (6)
 * a 10:20:00 farewell (-2)
 * a 11:00:00 greeting (+1)       E2: 40 minutes after 10:20 > 30
 * a 11:30:00 paying (-3)         exactly 30 minutes: same episode
 * a 11:31:00 entering            E3: a start touchpoint; unscored, a duplicate of the next row
 * a 11:31:00 entering (0)        kept: the last of the duplicates in journey order (scored after unscored)
 * a 11:35:00 coffee              not on the map: set aside, does not split E3
 * b 09:00:00 greeting (+1)       E4
 * b 09:10:00 paying (-1)
 * b 09:40:00 paying (-2)         30 minutes: same episode, a loop paying -> paying
 * b 09:41:00 farewell
 * c 12:00:00 greeting (-1)       E5
 * c 12:01:00 paying
 * c 12:03:00 farewell
 * d 08:00:00 greeting (-2)       E6
 * d 08:00:10 paying (-3)
 * </pre>
 *
 * 19 rows: 17 in 6 episodes (5 + 2 + 1 + 4 + 3 + 2), 1 off the map, 1 duplicate; 17 + 6 = 23
 * transitions.
 */
class ObservedJourneysTest {

  private static final CustomerJourney RETAIL = JourneyTemplate.RETAIL_COUNTER.journey();

  static Encounter e(String customer, String touchpoint, String time, @Nullable Integer level) {
    Encounter.Builder b = Encounter.builder().customerId(customer).touchpointId(touchpoint)
        .occurredAt(Instant.parse("2026-03-02T" + time + "Z"));
    if (level != null) {
      b.level(ScorecardLevel.of(level));
    }
    return b.build();
  }

  static List<Encounter> handLog() {
    return List.of(
        e("a", "entering", "10:00:00", 1),
        e("a", "greeting", "10:02:00", 2),
        e("a", "paying", "10:05:00", -1),
        e("a", "presenting-goods", "10:05:00", 0),
        e("a", "farewell", "10:20:00", -2),
        e("a", "greeting", "11:00:00", 1),
        e("a", "paying", "11:30:00", -3),
        e("a", "entering", "11:31:00", null),
        e("a", "entering", "11:31:00", 0),
        e("a", "coffee", "11:35:00", null),
        e("b", "greeting", "09:00:00", 1),
        e("b", "paying", "09:10:00", -1),
        e("b", "paying", "09:40:00", -2),
        e("b", "farewell", "09:41:00", null),
        e("c", "greeting", "12:00:00", -1),
        e("c", "paying", "12:01:00", null),
        e("c", "farewell", "12:03:00", null),
        e("d", "greeting", "08:00:00", -2),
        e("d", "paying", "08:00:10", -3));
  }

  private static final ObservedJourneys ANALYSIS = ObservedJourneys.withDefaults().withJourney(RETAIL)
      .withStartTouchpoints(Set.of("entering"));

  // --- the Javadoc example of ObservedJourneys (verbatim) ---
  static DirectlyFollowsGraph javadocExample(EncounterLog log) {
    Episodes episodes = ObservedJourneys.withDefaults()
        .withJourney(JourneyTemplate.RETAIL_COUNTER.journey())
        .withGap(Duration.ofHours(2))
        .observe(log);
    DirectlyFollowsGraph graph = episodes.directlyFollows().withMinTransitions(10);
    return graph;
  }
  // --- end of the example ---

  @Test
  void theJavadocExampleRuns() {
    // a gap of 2 hours and no start touchpoint: one episode per customer but a (10:00 .. 11:31);
    // no edge has 10 transitions, so all 21 (17 encounters + 4 episodes) are filtered out
    DirectlyFollowsGraph graph = javadocExample(EncounterLog.of(handLog()));
    assertThat(graph.episodeCount()).isEqualTo(4);
    assertThat(graph.edges()).isEmpty();
    assertThat(graph.removedTransitions()).isEqualTo(21).isEqualTo(graph.transitions());
  }

  @Test
  void theHandLogSplitsIntoSixEpisodes() {
    EncounterLog log = EncounterLog.of(handLog());
    Episodes episodes = ANALYSIS.observe(log);
    assertThat(episodes.size()).isEqualTo(6);
    assertThat(episodes.customerCount()).isEqualTo(4);
    assertThat(episodes.encounterCount()).isEqualTo(17);
    assertThat(episodes.transitionCount()).isEqualTo(23);
    assertThat(episodes.offMapCount()).isEqualTo(1);
    assertThat(episodes.offMapRows()).containsExactly(9);
    assertThat(episodes.duplicateCount()).isEqualTo(1);
    assertThat(episodes.duplicateRows()).containsExactly(7); // the unscored copy
    List<List<String>> paths = new ArrayList<>();
    List<String> customers = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < episodes.size(); i++) {
      paths.add(episodes.path(i));
      customers.add(episodes.customerId(i));
      numbers.add(episodes.number(i));
    }
    assertThat(customers).containsExactly("a", "a", "a", "b", "c", "d");
    assertThat(numbers).containsExactly(1, 2, 3, 1, 1, 1);
    assertThat(paths).containsExactly(
        List.of("entering", "greeting", "presenting-goods", "paying", "farewell"),
        List.of("greeting", "paying"),
        List.of("entering"),
        List.of("greeting", "paying", "paying", "farewell"),
        List.of("greeting", "paying", "farewell"),
        List.of("greeting", "paying"));
    assertThat(episodes.rows(0)).containsExactly(0, 1, 3, 2, 4);
    assertThat(episodes.rows(2)).containsExactly(8);
    assertThat(episodes.row(0, 2)).isEqualTo(3);
    assertThat(episodes.encounterCount(3)).isEqualTo(4);
    assertThat(episodes.first(1)).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
    assertThat(episodes.last(1)).isEqualTo(Instant.parse("2026-03-02T11:30:00Z"));
    assertThat(episodes.log()).isSameAs(log);
  }

  @Test
  void withoutAMapTiesGoByTouchpointIdAndNothingIsOffTheMap() {
    Episodes episodes = ObservedJourneys.withDefaults().withStartTouchpoints(Set.of("entering"))
        .observe(EncounterLog.of(handLog()));
    assertThat(episodes.offMapCount()).isZero();
    assertThat(episodes.duplicateCount()).isEqualTo(1);
    // "paying" < "presenting-goods"; coffee joins E3 (4 minutes after entering)
    assertThat(episodes.path(0)).containsExactly("entering", "greeting", "paying", "presenting-goods", "farewell");
    assertThat(episodes.path(2)).containsExactly("entering", "coffee");
    assertThat(episodes.size()).isEqualTo(6);
  }

  @Test
  void theGapAndTheStartTouchpointsCut() {
    EncounterLog log = EncounterLog.of(handLog());
    // no start touchpoint: entering at 11:31 joins E2 (1 minute after 11:30) -> 5 episodes
    Episodes noStart = ObservedJourneys.withDefaults().withJourney(RETAIL).observe(log);
    assertThat(noStart.size()).isEqualTo(5);
    assertThat(noStart.path(1)).containsExactly("greeting", "paying", "entering");
    // a gap of 29:59 cuts the 30-minute steps too: a at 11:30 and b at 09:40 -> 7 and 8 episodes
    Episodes shortGap = ANALYSIS.withGap(Duration.ofMinutes(30).minusSeconds(1)).observe(log);
    assertThat(shortGap.size()).isEqualTo(8);
    // a gap of a day keeps each customer's encounters together but for the start touchpoint
    Episodes day = ANALYSIS.withGap(Duration.ofDays(1)).observe(log);
    assertThat(day.size()).isEqualTo(5);
    assertThat(day.path(0)).containsExactly("entering", "greeting", "presenting-goods", "paying", "farewell",
        "greeting", "paying");
    // an enormous gap does not overflow
    assertThat(ANALYSIS.withGap(Duration.ofSeconds(Long.MAX_VALUE)).observe(log).size()).isEqualTo(5);
  }

  @Test
  void aLongTableShowsItsFirstAndLastRows() {
    // customers c00 .. c29, each entering at 10:00 and greeting at 10:01: 30 episodes, numbered 1
    List<Encounter> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String c = String.format(Locale.ROOT, "c%02d", i);
      many.add(e(c, "greeting", "10:01:00", 1));
      many.add(e(c, "entering", "10:00:00", null));
    }
    Episodes episodes = ANALYSIS.observe(EncounterLog.of(many));
    assertThat(episodes.size()).isEqualTo(30);
    assertThat(episodes.customerId(29)).isEqualTo("c29");
    String text = episodes.toString();
    assertThat(text).contains("c00", "c09", "... 10 more rows ...", "c20", "c29").doesNotContain("c10", "c19");
    assertThat(text.lines()).hasSize(1 + 1 + 10 + 1 + 10);
    assertThat(Format.CSV.render(episodes).lines()).hasSize(31); // every row in CSV
    DirectlyFollowsGraph graph = episodes.directlyFollows();
    assertThat(graph.edges()).extracting(DirectlyFollowsGraph.Edge::toString).containsExactly(
        "START -> entering: 30 transitions", "entering -> greeting: 30 transitions", "greeting -> END: 30 transitions");
    assertThat(graph.edges().get(1).medianSeconds()).isEqualTo(60.0);
    assertThat(graph.edges().get(1).customers()).isEqualTo(30);
  }

  @Test
  void anEmptyLogHasNoEpisodesAndNoEdges() {
    Episodes episodes = ANALYSIS.observe(EncounterLog.of(List.of()));
    assertThat(episodes.size()).isZero();
    assertThat(episodes.transitionCount()).isZero();
    DirectlyFollowsGraph graph = episodes.directlyFollows();
    assertThat(graph.edges()).isEmpty();
    assertThat(graph.toString()).contains("0 edges");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void theSettingsAreValidatedAndKept() {
    assertThat(ObservedJourneys.withDefaults().gap()).isEqualTo(Duration.ofMinutes(30));
    assertThat(ObservedJourneys.withDefaults().journey()).isEmpty();
    assertThat(ANALYSIS.journey()).contains(RETAIL);
    assertThat(ANALYSIS.startTouchpoints()).containsExactly("entering");
    assertThat(ANALYSIS.toString()).isEqualTo(
        "ObservedJourneys[gap=PT30M, journey=" + RETAIL.name() + ", startTouchpoints=[entering]]");
    assertRejectsWith("gap must be positive but was PT0S", () -> ANALYSIS.withGap(Duration.ZERO));
    assertRejectsWith("gap must be positive but was PT-1S", () -> ANALYSIS.withGap(Duration.ofSeconds(-1)));
    assertRejectsWith("start touchpoint id must not be blank", () -> ANALYSIS.withStartTouchpoints(List.of(" ")));
    assertRejectsNull("gap", () -> ANALYSIS.withGap(null));
    assertRejectsNull("journey", () -> ANALYSIS.withJourney(null));
    assertRejectsNull("touchpointIds", () -> ANALYSIS.withStartTouchpoints(null));
    assertRejectsNull("log", () -> ANALYSIS.observe(null));
    Episodes episodes = ANALYSIS.observe(EncounterLog.of(handLog()));
    assertThat(episodes.analysis()).isSameAs(ANALYSIS);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> episodes.path(6))
        .isInstanceOf(IndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> episodes.row(0, 5))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theEpisodesPrintAndExport() {
    Episodes episodes = ANALYSIS.observe(EncounterLog.of(handLog()));
    assertThat(episodes.toString()).startsWith(
        "Episodes: 6 of 4 customers, 17 encounters, gap PT30M; set aside: 1 off the map, 1 duplicates\n")
        .contains("entering > greeting > presenting-goods > paying > farewell");
    assertThat(episodes.toString(Locale.SIMPLIFIED_CHINESE)).contains("片段", "路径");
    String csv = Format.CSV.render(episodes);
    assertThat(csv).startsWith("customer_id,number,encounter_count,first,last,path\n"
        + "a,1,5,2026-03-02T10:00:00Z,2026-03-02T10:20:00Z,entering > greeting > presenting-goods > paying > farewell\n");
    assertThat(Format.JSON.render(episodes)).contains("\"episodeCount\" : 6", "\"offMapCount\" : 1",
        "\"duplicateCount\" : 1", "\"transitionCount\" : 23");
  }

  /**
   * The edges of the hand log, with the levels of the encounters each leads into and the times
   * between touchpoints:
   *
   * <pre>
   * START -> greeting      E2 E4 E5 E6: 4 transitions, 4 episodes, customers a b c d; levels +1 +1 -1 -2:
   *                        mean -1/4 = -0.25, negative 2/4, 95% Wilson [0.150038989152150, 0.849961010847850]
   *                        (R: prop.test(2, 4, correct = FALSE)$conf.int)
   * greeting -> paying     E2 1800 s (-3), E4 600 s (-1), E5 60 s (none), E6 10 s (-3): 4, 4, 4;
   *                        mean (1800 + 600 + 60 + 10) / 4 = 617.5 s; median of 10 60 600 1800, an even
   *                        count: (60 + 600) / 2 = 330 s (R: median(c(1800, 600, 60, 10)));
   *                        levels n 3, mean -7/3, negative 3/3, Wilson [0.438502968244955, 1]
   *                        (R: prop.test(3, 3, correct = FALSE)$conf.int)
   * farewell -> END        E1 E4 E5: 3, 3, 3; no time, no levels
   * paying -> farewell     E1 900 s (-2), E4 60 s (none), E5 120 s (none): 3, 3, 3; mean 1080 / 3 = 360 s;
   *                        median of 60 120 900, odd: 120 s; levels n 1, mean -2, Wilson
   *                        [0.206549314377238, 1] (R: prop.test(1, 1, correct = FALSE)$conf.int)
   * START -> entering      E1 (+1), E3 (0): 2 transitions, 2 episodes, 1 customer; mean +0.5, negative
   *                        0/2, Wilson [0, 0.657619772493347] (R: prop.test(0, 2, correct = FALSE)$conf.int)
   * paying -> END          E2 E6: 2, 2, 2
   * entering -> greeting   E1 120 s (+2)                        1 each
   * entering -> END        E3
   * greeting -> presenting-goods  E1 180 s (0)
   * paying -> paying       E4 1800 s (-2)  (a loop)
   * presenting-goods -> paying    E1 0 s (-1)
   * </pre>
   *
   * 4 + 4 + 3 + 3 + 2 + 2 + 5 x 1 = 23 transitions. Order: most transitions first, then from
   * (START first), then to (END last).
   */
  @Test
  void theGraphOfTheHandLog() {
    DirectlyFollowsGraph graph = ANALYSIS.observe(EncounterLog.of(handLog())).directlyFollows();
    assertThat(graph.edges()).extracting(DirectlyFollowsGraph.Edge::toString).containsExactly(
        "START -> greeting: 4 transitions",
        "greeting -> paying: 4 transitions",
        "farewell -> END: 3 transitions",
        "paying -> farewell: 3 transitions",
        "START -> entering: 2 transitions",
        "paying -> END: 2 transitions",
        "entering -> greeting: 1 transitions",
        "entering -> END: 1 transitions",
        "greeting -> presenting-goods: 1 transitions",
        "paying -> paying: 1 transitions",
        "presenting-goods -> paying: 1 transitions");
    assertThat(graph.transitions()).isEqualTo(23);
    assertThat(graph.removedEdgeCount()).isZero();

    DirectlyFollowsGraph.Edge startGreeting = graph.edge("START", "greeting").orElseThrow();
    assertThat(startGreeting.fromStart()).isTrue();
    assertThat(startGreeting.toEnd()).isFalse();
    assertThat(startGreeting.episodes()).isEqualTo(4);
    assertThat(startGreeting.customers()).isEqualTo(4);
    assertThat(startGreeting.meanSeconds()).isNaN();
    assertThat(startGreeting.medianSeconds()).isNaN();
    assertThat(startGreeting.levels().count()).isEqualTo(4);
    assertThat(startGreeting.levels().mean()).isEqualTo(-0.25);
    assertThat(startGreeting.levels().negativeShare()).isEqualTo(0.5);
    WilsonInterval w = startGreeting.levels().interval(ScorecardSummary.Share.NEGATIVE);
    assertThat(w.lower()).isCloseTo(0.150038989152150, within(1e-12));
    assertThat(w.upper()).isCloseTo(0.849961010847850, within(1e-12));

    // episodes, customers, mean and median seconds, scored encounters and negative share, exactly
    DirectlyFollowsGraph.Edge greetingPaying = graph.edge("greeting", "paying").orElseThrow();
    assertThat(greetingPaying).extracting(Edge::episodes, Edge::customers, Edge::meanSeconds, Edge::medianSeconds,
        e -> e.levels().count(), e -> e.levels().negativeShare()).containsExactly(4L, 4L, 617.5, 330.0, 3L, 1.0);
    assertThat(greetingPaying.levels().mean()).isCloseTo(-7.0 / 3, within(1e-15));
    assertThat(greetingPaying.levels().interval(ScorecardSummary.Share.NEGATIVE).lower())
        .isCloseTo(0.438502968244955, within(1e-12));

    // mean and median seconds, scored encounters and their mean level, exactly
    DirectlyFollowsGraph.Edge payingFarewell = graph.edge("paying", "farewell").orElseThrow();
    assertThat(payingFarewell).extracting(Edge::meanSeconds, Edge::medianSeconds, e -> e.levels().count(),
        e -> e.levels().mean()).containsExactly(360.0, 120.0, 1L, -2.0);
    assertThat(payingFarewell.levels().interval(ScorecardSummary.Share.NEGATIVE).lower())
        .isCloseTo(0.206549314377238, within(1e-12));

    // episodes, customers and the mean level, exactly
    DirectlyFollowsGraph.Edge startEntering = graph.edge("START", "entering").orElseThrow();
    assertThat(startEntering).extracting(Edge::episodes, Edge::customers, e -> e.levels().mean())
        .containsExactly(2L, 1L, 0.5);
    assertThat(startEntering.levels().interval(ScorecardSummary.Share.NEGATIVE).upper())
        .isCloseTo(0.657619772493347, within(1e-12));

    DirectlyFollowsGraph.Edge farewellEnd = graph.edge("farewell", "END").orElseThrow();
    assertThat(farewellEnd.toEnd()).isTrue();
    assertThat(farewellEnd.customers()).isEqualTo(3);
    assertThat(farewellEnd.levels()).isEqualTo(ScorecardSummary.EMPTY);
    assertThat(farewellEnd.meanSeconds()).isNaN();

    DirectlyFollowsGraph.Edge loop = graph.edge("paying", "paying").orElseThrow();
    assertThat(loop.meanSeconds()).isEqualTo(1800.0);
    assertThat(loop.medianSeconds()).isEqualTo(1800.0);
    assertThat(graph.edge("presenting-goods", "paying").orElseThrow().medianSeconds()).isEqualTo(0.0);
    assertThat(graph.edge("greeting", "entering")).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void theFiltersReportWhatTheyRemove() {
    DirectlyFollowsGraph graph = ANALYSIS.observe(EncounterLog.of(handLog())).directlyFollows();
    DirectlyFollowsGraph two = graph.withMinTransitions(2);
    assertThat(two.edges()).hasSize(6);
    assertThat(two.removedEdgeCount()).isEqualTo(5);
    assertThat(two.removedTransitions()).isEqualTo(5);
    assertThat(two.transitions()).isEqualTo(23);
    assertThat(two.allEdges()).hasSize(11);
    assertThat(two.edge("paying", "paying")).isEmpty();
    // 0.15 x 23 = 3.45: the two edges of 4 stay; 9 edges of 15 transitions go
    DirectlyFollowsGraph share = graph.withMinShare(0.15);
    assertThat(share.edges()).hasSize(2);
    assertThat(share.removedEdgeCount()).isEqualTo(9);
    assertThat(share.removedTransitions()).isEqualTo(15);
    assertThat(share.minShare()).isEqualTo(0.15);
    // both filters hold at once
    assertThat(two.withMinShare(0.1).edges()).hasSize(4); // >= 2.3: 4 4 3 3
    assertThat(two.withMinShare(0.1).minTransitions()).isEqualTo(2);
    assertThat(graph.withMinTransitions(0).edges()).hasSize(11);
    assertThat(share.toString()).startsWith("Directly-follows graph: 2 edges, 23 transitions of 6 episodes of 4 "
        + "customers; filtered out: 9 edges of 15 transitions; encounters set aside: 1 off the map, 1 duplicates\n");
    assertRejectsWith("minimum transitions must be >= 0 but was -1", () -> graph.withMinTransitions(-1));
    assertRejectsWith("minimum share must be in [0, 1] but was NaN", () -> graph.withMinShare(Double.NaN));
    assertRejectsWith("minimum share must be in [0, 1] but was 1.5", () -> graph.withMinShare(1.5));
    assertRejectsNull("from", () -> graph.edge(null, "END"));
  }

  @Test
  void theGraphPrintsAndExportsInEveryFormat() {
    DirectlyFollowsGraph graph = ANALYSIS.observe(EncounterLog.of(handLog())).directlyFollows().withMinTransitions(3);
    assertThat(graph.toString()).contains("from", "to", "transitions", "median s", "mean level", "95% Wilson",
        "START", "greeting", "-0.25", "330.0", "617.5", "[15.0%, 85.0%]", "n/a");
    assertThat(graph.toString(Locale.SIMPLIFIED_CHINESE)).contains("直接跟随图", "转移", "中位秒数");
    assertThat(Format.CSV.render(graph)).startsWith("from,to,from_start,to_end,transitions,episodes,customers,"
        + "mean_seconds,median_seconds,scored,mean_level,negative_share,negative_lower,negative_upper\n"
        + "START,greeting,true,false,4,4,4,,,4,-0.25,0.5,")
        .contains("\nfarewell,END,false,true,3,3,3,,,0,,,0.0,1.0\n");
    assertThat(Format.JSON.render(graph)).contains("\"transitions\" : 23", "\"removedEdgeCount\" : 7", "\"removedTransitions\" : 9",
        "\"offMapCount\" : 1", "\"duplicateCount\" : 1", "\"medianSeconds\" : 330.0", "\"meanSeconds\" : null");
  }
}
