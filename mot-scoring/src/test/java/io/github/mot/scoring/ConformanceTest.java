package io.github.mot.scoring;

import static io.github.mot.core.testing.Rejections.assertRejectsNull;
import static io.github.mot.core.testing.Rejections.assertRejectsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.Channel;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.log.EncounterLog;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Conformance and the cost of deviations on a small hand-made log, with the working written out.
 *
 * <p>The map {@link #PHARMACY} (moments of truth marked *; R = 3):
 *
 * <pre>
 * position  0 entering   1 greeting*   2 advice*    3 product   4 paying*   5 farewell
 * stage     arrival      arrival       counter      counter     checkout    checkout
 * </pre>
 *
 * <p>The log (day 2026-03-02, UTC; level in brackets; gap 30 minutes; observed with the map, so
 * coffee and survey are set aside and attributed):
 *
 * <pre>
 * a 10:00 entering (+2), 10:01 greeting, 10:05 advice, 10:10 paying, 10:12 farewell
 * b 10:00 greeting (-1), 10:03 paying
 * c 10:00 greeting (+1), 10:02 advice, 10:04 coffee, 10:06 paying
 * d 10:00 greeting (0), 10:02 advice, 10:04 product, 10:06 advice, 10:08 paying
 * e 10:00 greeting (-2), 10:02 paying, 10:04 advice
 * f 08:30 survey, 09:00 greeting (+1), 09:01 advice, 09:02 paying,
 *   10:30 survey, 11:00 entering (+3), 11:01 greeting, 11:03 advice, 11:05 paying
 * g 10:00 coffee                                       no episode: 1 unattributed off-map encounter
 * h 10:00 paying (-3)
 * i 10:00 advice, 10:02 product, 10:04 entering, 10:05 greeting, 10:08 paying   (no level)
 * </pre>
 *
 * <p>Each episode: n encounters (off-map ones included), the matched chain S (strictly increasing
 * map positions, weight 1, a moment 2), cost = (n - |S|) + (R - |S and MoT|), worst = n + 3,
 * fitness = 1 - cost / worst:
 *
 * <pre>
 * 0 a    n 5  S entering greeting advice paying farewell        cost 0   fitness 1
 * 1 b    n 2  S greeting paying; advice skipped                 cost 1   1 - 1/5 = 0.8
 * 2 c    n 4  S greeting advice paying; coffee off the map      cost 1   1 - 1/7
 * 3 d    n 5  S greeting advice product paying (weight 7 beats
 *             greeting, 2nd advice, paying: 6); 2nd advice a loop cost 1   1 - 1/8 = 0.875
 * 4 e    n 3  greeting paying and greeting advice weigh 4 each
 *             with 2 moments: the earliest end (paying) wins;
 *             advice is out of order after paying (checkout > counter)
 *             and skipped as a moment                            cost 2   1 - 2/6 = 2/3
 * 5 f#1  n 5  S greeting advice paying; survey 08:30 (before the first episode: the first) and
 *             10:30 (after 09:00, before 11:00: this one)        cost 2   1 - 2/8 = 0.75
 * 6 f#2  n 4  S entering greeting advice paying                  cost 0   fitness 1
 * 7 h    n 1  S paying; greeting and advice skipped              cost 2   1 - 2/4 = 0.5
 * 8 i    n 5  advice product paying and entering greeting paying weigh 5 each with 2 moments; paying
 *             follows the earliest best chain before it (product, 2nd encounter, over greeting,
 *             4th): S advice product paying; entering and greeting out of order after product
 *             (counter > arrival, twice); greeting skipped       cost 3   1 - 3/8 = 0.625
 * </pre>
 *
 * Conforming: a and f#2, 2 of 9; Wilson [0.0632251071178467, 0.547411030893011] (R: {@code
 * prop.test(2, 9, correct = FALSE)$conf.int}). Mean fitness (1 + 0.8 + 6/7 + 0.875 + 2/3 + 0.75 +
 * 1 + 0.5 + 0.625) / 9 = 0.785978835978836.
 */
class ConformanceTest {

  static final CustomerJourney PHARMACY = CustomerJourney.builder()
      .name("Pharmacy")
      .addStages(JourneyStage.of("arrival", "Arrival"), JourneyStage.of("counter", "At the counter"),
          JourneyStage.of("checkout", "Checkout"))
      .addTouchpoints(tp("entering", "arrival", false), tp("greeting", "arrival", true), tp("advice", "counter", true),
          tp("product", "counter", false), tp("paying", "checkout", true), tp("farewell", "checkout", false))
      .build();

  private static Touchpoint tp(String id, String stage, boolean moment) {
    return Touchpoint.builder().id(id).name(id).stageId(stage).channel(Channel.IN_PERSON).momentOfTruth(moment).build();
  }

  /** An encounter of the day at {@code HH:mm}, as {@link ObservedJourneysTest} makes them. */
  private static Encounter e(String customer, String touchpoint, String time, @Nullable Integer level) {
    return ObservedJourneysTest.e(customer, touchpoint, time + ":00", level);
  }

  static List<Encounter> handLog() {
    return List.of(
        e("a", "entering", "10:00", 2), e("a", "greeting", "10:01", null), e("a", "advice", "10:05", null),
        e("a", "paying", "10:10", null), e("a", "farewell", "10:12", null),
        e("b", "greeting", "10:00", -1), e("b", "paying", "10:03", null),
        e("c", "greeting", "10:00", 1), e("c", "advice", "10:02", null), e("c", "coffee", "10:04", null),
        e("c", "paying", "10:06", null),
        e("d", "greeting", "10:00", 0), e("d", "advice", "10:02", null), e("d", "product", "10:04", null),
        e("d", "advice", "10:06", null), e("d", "paying", "10:08", null),
        e("e", "greeting", "10:00", -2), e("e", "paying", "10:02", null), e("e", "advice", "10:04", null),
        e("f", "survey", "08:30", null), e("f", "greeting", "09:00", 1), e("f", "advice", "09:01", null),
        e("f", "paying", "09:02", null), e("f", "survey", "10:30", null), e("f", "entering", "11:00", 3),
        e("f", "greeting", "11:01", null), e("f", "advice", "11:03", null), e("f", "paying", "11:05", null),
        e("g", "coffee", "10:00", null),
        e("h", "paying", "10:00", -3),
        e("i", "advice", "10:00", null), e("i", "product", "10:02", null), e("i", "entering", "10:04", null),
        e("i", "greeting", "10:05", null), e("i", "paying", "10:08", null));
  }

  static Episodes handEpisodes() {
    return ObservedJourneys.withDefaults().withJourney(PHARMACY).observe(EncounterLog.of(handLog()));
  }

  static ConformanceReport handReport() {
    return Conformance.of(PHARMACY).check(handEpisodes());
  }

  // --- the Javadoc example of Conformance (verbatim but for the map) ---
  static DeviationCost javadocExample(EncounterLog log) {
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    Episodes episodes = ObservedJourneys.withDefaults().withJourney(map).observe(log);
    ConformanceReport report = Conformance.of(map).check(episodes).withMinEpisodes(10);
    DeviationCost cost = report.cost(JourneyModel.PEAK_END); // what each deviation costs
    return cost;
  }
  // --- end of the example ---

  @Test
  void theJavadocExampleRuns() {
    // the retail counter's hand log of ObservedJourneysTest: no deviation is in 10 episodes
    DeviationCost cost = javadocExample(EncounterLog.of(ObservedJourneysTest.handLog()));
    assertThat(cost.rows()).isEmpty();
    assertThat(cost.model()).isEqualTo(JourneyModel.PEAK_END);
  }

  @Test
  void theHandLogsEpisodesAndTheirFitness() {
    ConformanceReport r = handReport();
    assertThat(r.size()).isEqualTo(9);
    double[] fitness = {1, 0.8, 1 - 1.0 / 7, 0.875, 1 - 2.0 / 6, 0.75, 1, 0.5, 0.625};
    int[] skipped = {0, 1, 0, 0, 1, 0, 0, 2, 1};
    int[] offMap = {0, 0, 1, 0, 0, 2, 0, 0, 0};
    int[] loops = {0, 0, 0, 1, 0, 0, 0, 0, 0};
    int[] outOfOrder = {0, 0, 0, 0, 1, 0, 0, 0, 2};
    for (int i = 0; i < 9; i++) {
      assertThat(r.fitness(i)).as("episode %d", i).isCloseTo(fitness[i], within(1e-15));
      assertThat(r.skippedMoments(i)).as("episode %d", i).isEqualTo(skipped[i]);
      assertThat(r.offMapCount(i)).as("episode %d", i).isEqualTo(offMap[i]);
      assertThat(r.loopCount(i)).as("episode %d", i).isEqualTo(loops[i]);
      assertThat(r.outOfOrderCount(i)).as("episode %d", i).isEqualTo(outOfOrder[i]);
      assertThat(r.conforming(i)).as("episode %d", i).isEqualTo(i == 0 || i == 6);
    }
    assertThat(r.fitness(0)).isEqualTo(1.0);
    assertThat(r.conformingCount()).isEqualTo(2);
    assertThat(r.conformingShare()).isEqualTo(2.0 / 9);
    assertThat(r.conformingInterval().lower()).isCloseTo(0.0632251071178467, within(1e-12));
    assertThat(r.conformingInterval().upper()).isCloseTo(0.547411030893011, within(1e-12));
    assertThat(r.meanFitness()).isCloseTo(0.785978835978836, within(1e-15));
    assertThat(r.attributedOffMapCount()).isEqualTo(3);
    assertThat(r.unattributedOffMapCount()).isEqualTo(1);
    assertThat(r.journey()).isSameAs(PHARMACY);
    assertThat(r.episodes().customerId(8)).isEqualTo("i");
  }

  /**
   * Deviations by the episodes that have them, then kind, then subject:
   *
   * <pre>
   * SKIPPED_MOMENT advice           b e h   3
   * SKIPPED_MOMENT greeting         h i     2
   * OFF_MAP coffee                  c       1   (g's coffee is in no episode)
   * OFF_MAP survey                  f#1     1, 2 occurrences
   * LOOP advice                     d       1
   * OUT_OF_ORDER checkout > counter e       1
   * OUT_OF_ORDER counter > arrival  i       1, 2 occurrences
   * </pre>
   */
  @Test
  void theHandLogsDeviations() {
    ConformanceReport r = handReport();
    assertThat(r.deviations()).extracting(ConformanceReport.Deviation::toString).containsExactly(
        "SKIPPED_MOMENT advice: 3 episodes, 3 occurrences",
        "SKIPPED_MOMENT greeting: 2 episodes, 2 occurrences",
        "OFF_MAP coffee: 1 episodes, 1 occurrences",
        "OFF_MAP survey: 1 episodes, 2 occurrences",
        "LOOP advice: 1 episodes, 1 occurrences",
        "OUT_OF_ORDER checkout > counter: 1 episodes, 1 occurrences",
        "OUT_OF_ORDER counter > arrival: 1 episodes, 2 occurrences");
    assertThat(r.allDeviations()).isEqualTo(r.deviations());
    assertThat(r.hiddenDeviationCount()).isZero();
    assertThat(r.deviations(8)).extracting(ConformanceReport.Deviation::toString).containsExactly(
        "SKIPPED_MOMENT greeting: 1 episodes, 1 occurrences",
        "OUT_OF_ORDER counter > arrival: 1 episodes, 2 occurrences");
    assertThat(r.deviations(4)).extracting(d -> d.kind() + " " + d.subject())
        .containsExactly("SKIPPED_MOMENT advice", "OUT_OF_ORDER checkout > counter");
    assertThat(r.deviations(7)).extracting(ConformanceReport.Deviation::subject).containsExactly("advice", "greeting");
    assertThat(r.deviations(0)).isEmpty();
    assertThat(r.deviations(6)).isEmpty();
  }

  @Test
  void theFiltersCountWhatTheyHide() {
    ConformanceReport r = handReport();
    ConformanceReport two = r.withMinEpisodes(2);
    assertThat(two.deviations()).extracting(ConformanceReport.Deviation::subject).containsExactly("advice", "greeting");
    assertThat(two.hiddenDeviationCount()).isEqualTo(5);
    assertThat(two.minEpisodes()).isEqualTo(2);
    assertThat(two.allDeviations()).hasSize(7);
    ConformanceReport top = r.withTop(3);
    assertThat(top.deviations()).hasSize(3);
    assertThat(top.hiddenDeviationCount()).isEqualTo(4);
    assertThat(top.withMinEpisodes(3).deviations()).hasSize(1);
    assertThat(top.withMinEpisodes(3).top()).isEqualTo(3);
    assertThat(r.top()).isEqualTo(Integer.MAX_VALUE);
    assertThat(r.withMinEpisodes(0).deviations()).hasSize(7);
    assertThat(r.withTop(0).deviations()).isEmpty();
    assertThat(two.toString()).contains("Deviations: 2 shown of 7 (in at least 2 episodes, top all); 5 hidden");
    // the per-episode figures are the whole report's
    assertThat(two.fitness(3)).isEqualTo(r.fitness(3));
    assertThat(two.conformingCount()).isEqualTo(2);
  }

  /**
   * Journey scores (MEAN; one scored encounter per episode, so the score is its level): a +2, b -1,
   * c +1, d 0, e -2, f#1 +1, f#2 +3, h -3, i none (left out: 8 scored, 1 unscored).
   *
   * <pre>
   * SKIPPED greeting        with h (i unscored): [-3]      without [2 -1 1 0 -2 1 3] mean 4/7   diff -3.5714
   * SKIPPED advice          with b e h: [-1 -2 -3] mean -2  without [2 1 0 1 3] mean 1.4       diff -3.4
   * OUT_OF_ORDER chk > ctr  with e: [-2]                    without [2 -1 1 0 1 3 -3] mean 3/7  diff -2.4286
   * LOOP advice             with d: [0]                     without [2 -1 1 -2 1 3 -3] mean 1/7 diff -0.1429
   * OFF_MAP coffee          with c: [1]                     without [2 -1 0 -2 1 3 -3] mean 0   diff 1
   * OFF_MAP survey          with f#1: [1]                   without [2 -1 1 0 -2 3 -3] mean 0   diff 1 (report order)
   * OUT_OF_ORDER ctr > arr  with i: none scored             without all 8, mean 1/8             diff undefined: last
   * </pre>
   *
   * Each row's comparison is MeanComparison on the groups split by hand, in episode order.
   */
  @Test
  void theCostOfEachDeviation() {
    DeviationCost cost = handReport().cost(JourneyModel.MEAN);
    assertThat(cost.episodeCount()).isEqualTo(9);
    assertThat(cost.unscoredCount()).isEqualTo(1);
    assertThat(cost.confidence()).isEqualTo(0.95);
    assertThat(cost.rows()).extracting(r -> r.deviation().kind() + " " + r.deviation().subject()).containsExactly(
        "SKIPPED_MOMENT greeting", "SKIPPED_MOMENT advice", "OUT_OF_ORDER checkout > counter", "LOOP advice",
        "OFF_MAP coffee", "OFF_MAP survey", "OUT_OF_ORDER counter > arrival");
    double[][][] groups = {
        {{-3}, {2, -1, 1, 0, -2, 1, 3}},
        {{-1, -2, -3}, {2, 1, 0, 1, 3}},
        {{-2}, {2, -1, 1, 0, 1, 3, -3}},
        {{0}, {2, -1, 1, -2, 1, 3, -3}},
        {{1}, {2, -1, 0, -2, 1, 3, -3}},
        {{1}, {2, -1, 1, 0, -2, 3, -3}},
        {{}, {2, -1, 1, 0, -2, 1, 3, -3}}};
    double[] differences = {-3 - 4.0 / 7, -3.4, -2 - 3.0 / 7, -1.0 / 7, 1, 1, Double.NaN};
    for (int i = 0; i < groups.length; i++) {
      MeanComparison expected = MeanComparison.of(groups[i][0], groups[i][1]);
      MeanComparison actual = cost.rows().get(i).comparison();
      assertThat(Format.JSON.render(actual)).as("row %d", i).isEqualTo(Format.JSON.render(expected));
      if (Double.isNaN(differences[i])) {
        assertThat(actual.difference()).isNaN();
      } else {
        assertThat(actual.difference()).as("row %d", i).isCloseTo(differences[i], within(1e-12));
      }
    }
    // skipped advice: v1 = 1, v2 = 5.2 / 4 = 1.3; se = sqrt(1/3 + 1.3/5); df = se^4 / ((1/3)^2/2 + 0.26^2/4)
    MeanComparison advice = cost.rows().get(1).comparison();
    double s2 = 1.0 / 3 + 0.26;
    assertThat(advice.standardError()).isCloseTo(Math.sqrt(s2), within(1e-12));
    assertThat(advice.degreesOfFreedom()).isCloseTo(s2 * s2 / (1.0 / 18 + 0.26 * 0.26 / 4), within(1e-9));
    // the report's filters choose the deviations
    assertThat(handReport().withMinEpisodes(2).cost(JourneyModel.MEAN, 0.9).rows())
        .extracting(r -> r.deviation().subject()).containsExactly("greeting", "advice");
  }

  @Test
  void withoutAMapTheOffMapEncountersAreInTheEpisodes() {
    Episodes episodes = ObservedJourneys.withDefaults().observe(EncounterLog.of(handLog()));
    ConformanceReport r = Conformance.of(PHARMACY).check(episodes);
    // f: survey 08:30 joins 09:00 (30 minutes do not cut); survey 10:30 starts an episode that 11:00 joins
    assertThat(episodes.path(5)).containsExactly("survey", "greeting", "advice", "paying");
    assertThat(episodes.path(6)).containsExactly("survey", "entering", "greeting", "advice", "paying");
    assertThat(r.fitness(2)).isCloseTo(1 - 1.0 / 7, within(1e-15)); // c: coffee within the episode
    assertThat(r.fitness(5)).isCloseTo(1 - 1.0 / 7, within(1e-15));
    assertThat(r.fitness(6)).isCloseTo(1 - 1.0 / 8, within(1e-15));
    // g's coffee is an episode of its own: one log move and three model moves, worst 1 + 3
    assertThat(r.episodes().customerId(7)).isEqualTo("g");
    assertThat(r.fitness(7)).isEqualTo(0.0);
    assertThat(r.skippedMoments(7)).isEqualTo(3);
    assertThat(r.unattributedOffMapCount()).isZero();
    assertThat(r.attributedOffMapCount()).isZero();
    assertThat(r.allDeviations()).extracting(ConformanceReport.Deviation::toString)
        .contains("OFF_MAP coffee: 2 episodes, 2 occurrences", "OFF_MAP survey: 2 episodes, 2 occurrences");
    // journey scores need the map
    assertThatThrownBy(() -> r.cost(JourneyModel.MEAN)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withJourney");
  }

  @Test
  void oneAnalysisAndOneReportServeManyThreadsAtOnce() throws Exception {
    Conformance conformance = Conformance.of(PHARMACY).withParallelism(2);
    Episodes episodes = handEpisodes();
    ConformanceReport shared = conformance.check(episodes);
    String expected = Format.JSON.render(shared) + Format.JSON.render(shared.cost(JourneyModel.MEAN))
        + shared.deviations(8);
    List<String> results = io.github.mot.core.testing.Threads.together(8, () -> {
      ConformanceReport own = conformance.check(episodes);
      return Format.JSON.render(own) + Format.JSON.render(shared.cost(JourneyModel.MEAN)) + shared.deviations(8);
    });
    assertThat(results).containsOnly(expected);
  }

  @Test
  void anEmptyLogHasAnEmptyReport() {
    ConformanceReport r = Conformance.of(PHARMACY)
        .check(ObservedJourneys.withDefaults().withJourney(PHARMACY).observe(EncounterLog.of(List.of())));
    assertThat(r.size()).isZero();
    assertThat(r.meanFitness()).isNaN();
    assertThat(r.conformingShare()).isNaN();
    assertThat(r.deviations()).isEmpty();
    assertThat(r.toString()).contains("0 episodes", "n/a");
    assertThat(r.cost(JourneyModel.MEAN).rows()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badArgumentsAreRejected() {
    Episodes retail = ObservedJourneys.withDefaults().withJourney(JourneyTemplate.RETAIL_COUNTER.journey())
        .observe(EncounterLog.of(handLog()));
    assertRejectsWith("episodes must be observed with the journey map 'Pharmacy' or without a map but were "
        + "observed with '" + JourneyTemplate.RETAIL_COUNTER.journey().name() + "'", () -> Conformance.of(PHARMACY).check(retail));
    Episodes renamed = ObservedJourneys.withDefaults().withJourney(PHARMACY.withTouchpoint(tp("extra", "counter", true)))
        .observe(EncounterLog.of(handLog()));
    assertRejectsWith("(a different map of the same name)", () -> Conformance.of(PHARMACY).check(renamed));
    assertRejectsWith("parallelism must be >= 1 thread but was 0", () -> Conformance.of(PHARMACY).withParallelism(0));
    ConformanceReport r = handReport();
    assertRejectsWith("minimum episodes must be >= 0 but was -1", () -> r.withMinEpisodes(-1));
    assertRejectsWith("top deviations must be >= 0 but was -2", () -> r.withTop(-2));
    assertRejectsWith("confidence must be in (0, 1) but was 1.0", () -> r.cost(JourneyModel.MEAN, 1.0));
    assertRejectsNull("journey", () -> Conformance.of(null));
    assertRejectsNull("episodes", () -> Conformance.of(PHARMACY).check(null));
    assertRejectsNull("model", () -> r.cost(null));
    assertThatThrownBy(() -> r.fitness(9)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> r.deviations(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(Conformance.of(PHARMACY).withParallelism(3).parallelism()).isEqualTo(3);
    assertThat(Conformance.of(PHARMACY).journey()).isSameAs(PHARMACY);
    assertThat(Conformance.of(PHARMACY).toString()).isEqualTo("Conformance[journey=Pharmacy, parallelism=1]");
    assertThat(ConformanceReport.DeviationKind.LOOP.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("循环");
  }

  @Test
  void theReportAndTheCostPrintAndExport() {
    ConformanceReport r = handReport();
    assertThat(r.toString()).startsWith("Conformance to journey 'Pharmacy': 9 episodes, 2 conforming (22.2% [6.3%, 54.7%]), "
            + "mean fitness 0.786; off-map encounters: 3 counted in episodes, 1 of customers without an episode\n")
        .contains("OUT_OF_ORDER", "counter > arrival", "fitness", "skipped MoT", "0.625", "33.3%");
    assertThat(r.toString(Locale.SIMPLIFIED_CHINESE)).contains("符合度", "拟合度", "顺序错乱", "跳过的关键时刻");
    String csv = Format.CSV.render(r);
    assertThat(csv).startsWith("table,kind,subject,episodes,episode_share,occurrences,customer_id,number,encounter_count,"
        + "fitness,skipped_moments,off_map,loops,out_of_order,conforming\n"
        + "deviations,SKIPPED_MOMENT,advice,3,0.3333333333333333,3,,,,,,,,,\n");
    assertThat(csv).contains("\nepisodes,,,,,,f,1,5,0.75,0,2,0,0,false\n");
    String json = Format.JSON.render(r);
    assertThat(json).contains("\"episodeCount\" : 9", "\"conformingCount\" : 2", "\"attributedOffMapCount\" : 3",
        "\"unattributedOffMapCount\" : 1", "\"deviationCount\" : 7", "\"top\" : null", "\"kind\" : \"OUT_OF_ORDER\"",
        "\"subject\" : \"counter > arrival\"", "\"fitness\" : 0.625");
    DeviationCost cost = r.cost(JourneyModel.MEAN);
    assertThat(cost.toString()).startsWith("Cost of deviations in journey score (MEAN): 7 deviations; 8 episodes scored, "
        + "1 without a score (left out); Welch 95%\n").contains("n with", "mean without", "-3.400", "n/a");
    assertThat(cost.toString(Locale.SIMPLIFIED_CHINESE)).contains("偏差的旅程得分代价", "有偏差均值");
    assertThat(Format.CSV.render(cost)).startsWith(
        "kind,subject,with_count,with_mean,without_count,without_mean,difference,lower,upper,df,p\n"
            + "SKIPPED_MOMENT,greeting,1,-3.0,7,0.5714285714285714,-3.571428571428571,,,,\n");
    assertThat(Format.JSON.render(cost)).contains("\"model\" : \"MEAN\"", "\"unscoredCount\" : 1",
        "\"withMean\" : null");
    assertThat(cost.rows().get(1).toString()).isEqualTo("SKIPPED_MOMENT advice: difference -3.4 (3 vs 5)");
  }
}
