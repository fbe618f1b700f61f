package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The columns of {@link JourneyScores} equal the figures of each customer's {@link JourneyScore}
 * computed from encounter objects, in customer id order and sorted by each model, on generated
 * logs (ties in time, missing levels, staff); {@link CustomerOrder} sorts ids as {@link
 * String#compareTo} does.
 */
class JourneyScoresTest {

  @SeededTest
  void theColumnsEqualTheScoresOfTheEncounters(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = r.nextBoolean() ? JourneyTemplate.RETAIL_COUNTER.journey() : CoreGenerators.customerJourney(r);
    RatingScale scale = r.nextBoolean() ? RatingScale.SEVEN_POINT : CoreGenerators.ratingScale(r);
    List<Encounter> encounters = LogAnalysesTest.encounters(r, journey, scale);
    JourneyScorer scorer = JourneyScorer.of(journey);
    Map<String, JourneyScore> expected = encounters.stream().collect(scorer.byCustomer());
    List<JourneyScore> byId = new ArrayList<>(expected.values());
    JourneyScores scores = scorer.score(EncounterLog.of(encounters));
    assertThat(scores.size()).as(seed.toString()).isEqualTo(byId.size());
    assertThat(scores.journey()).isEqualTo(journey);
    assertColumns(seed, scores, byId, null);
    for (JourneyModel model : JourneyModel.values()) {
      List<JourneyScore> sorted = new ArrayList<>(byId);
      sorted.sort(Comparator.comparing((JourneyScore j) -> Double.isNaN(j.score(model)))
          .thenComparingDouble(j -> j.score(model))
          .thenComparing(JourneyScore::customerId));
      assertColumns(seed, scores.sortedBy(model), sorted, model);
    }
    for (JourneyScore e : byId) {
      assertThat(scores.get(e.customerId())).as(seed.toString()).contains(e);
      assertThat(scores.asMap().get(e.customerId())).as(seed.toString()).isEqualTo(e);
      assertThat(scores.asMap().containsKey(e.customerId())).isTrue();
    }
    assertThat(scores.get("no such customer")).isEmpty();
    assertThat(scores.asMap().get("no such customer")).isNull();
    assertThat(scores.asMap()).as(seed.toString()).containsExactlyEntriesOf(expected);
  }

  /** Customers scored on several threads get the figures of one thread, bit for bit. */
  @Test
  void scoresOnSeveralThreadsEqualScoresOnOne() {
    SplittableRandom r = new SplittableRandom(17);
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    List<String> tps = journey.touchpoints().stream().map(t -> t.id()).toList();
    EncounterLog.Builder b = EncounterLog.builder();
    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    for (int i = 0; i < 120_000; i++) { // about 70,000 customers: several ranges for every thread
      Encounter e = Encounter.builder().customerId("c" + r.nextInt(70_000))
          .touchpointId(tps.get(r.nextInt(tps.size()))).occurredAt(t0.plusSeconds(r.nextInt(86_400))).build();
      b.add(r.nextInt(5) == 0 ? e : e.withLevel(io.github.mot.core.ScorecardLevel.of(r.nextInt(-3, 4))));
    }
    EncounterLog log = b.build();
    JourneyScorer one = JourneyScorer.of(journey);
    assertThat(one.parallelism()).isEqualTo(1);
    JourneyScores expected = one.score(log).sortedBy(JourneyModel.PEAK_END);
    for (int threads : new int[] {2, 3, 8}) {
      JourneyScorer many = one.withParallelism(threads);
      assertThat(many.parallelism()).isEqualTo(threads);
      assertThat(many).isEqualTo(one); // the parallelism does not change a result
      JourneyScores scores = many.score(log).sortedBy(JourneyModel.PEAK_END);
      assertThat(scores.size()).isEqualTo(expected.size()).isGreaterThan(2 * (1 << 14));
      for (int i = 0; i < scores.size(); i++) {
        assertThat(scores.customerId(i)).isEqualTo(expected.customerId(i));
        assertThat(scores.scoredCount(i)).isEqualTo(expected.scoredCount(i));
        assertThat(scores.firstNegativeTouchpoint(i)).isEqualTo(expected.firstNegativeTouchpoint(i));
        for (JourneyModel m : JourneyModel.values()) {
          assertThat(Double.doubleToLongBits(scores.score(i, m))).isEqualTo(Double.doubleToLongBits(expected.score(i, m)));
        }
      }
    }
    assertThatThrownBy(() -> one.withParallelism(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism");
  }

  private static void assertColumns(Seed seed, JourneyScores scores, List<JourneyScore> expected,
      @Nullable JourneyModel sortedBy) {
    assertThat(scores.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JourneyScore e = expected.get(i);
      String at = seed + " " + sortedBy + " #" + i + " " + e.customerId();
      assertThat(scores.customerId(i)).as(at).isEqualTo(e.customerId());
      assertThat(scores.encounterCount(i)).as(at).isEqualTo(e.encounters().size());
      assertThat(scores.scoredCount(i)).as(at).isEqualTo(e.scoredCount());
      assertThat(Double.doubleToLongBits(scores.coverage(i))).as(at).isEqualTo(Double.doubleToLongBits(e.coverage()));
      for (JourneyModel model : JourneyModel.values()) {
        assertThat(Double.doubleToLongBits(scores.score(i, model))).as("%s %s", at, model)
            .isEqualTo(Double.doubleToLongBits(e.score(model)));
      }
      assertThat(scores.firstNegativeTouchpoint(i)).as(at).isEqualTo(e.firstNegative().map(Encounter::touchpointId));
      JourneyScore made = scores.get(i);
      assertThat(made).as(at).isEqualTo(e);
      assertThat(made.toString()).as(at).isEqualTo(e.toString());
    }
  }

  @Test
  void theTextShowsTheCustomersAndTheJsonTheirColumns() {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    Instant t = Instant.parse("2026-03-02T09:00:00Z");
    // c2: greeting +2 then paying -1 (first negative); c1: entering unscored
    List<Encounter> encounters = List.of(
        Encounter.builder().customerId("c2").touchpointId("greeting").occurredAt(t).level(
            io.github.mot.core.ScorecardLevel.of(2)).build(),
        Encounter.builder().customerId("c2").touchpointId("paying").occurredAt(t.plusSeconds(60)).level(
            io.github.mot.core.ScorecardLevel.of(-1)).build(),
        Encounter.builder().customerId("c1").touchpointId("entering").occurredAt(t).build());
    JourneyScores scores = JourneyScorer.of(journey).score(EncounterLog.of(encounters));
    assertThat(scores.customerId(0)).isEqualTo("c1");
    assertThat(scores.score(0, JourneyModel.MEAN)).isNaN();
    // mean (2 - 1) / 2 = 0.5; peak-end: peak +2, last -1: 0.5; weakest -1
    assertThat(scores.score(1, JourneyModel.MEAN)).isEqualTo(0.5);
    assertThat(scores.score(1, JourneyModel.PEAK_END)).isEqualTo(0.5);
    assertThat(scores.score(1, JourneyModel.WEAKEST_LINK)).isEqualTo(-1);
    assertThat(scores.firstNegativeTouchpoint(1)).contains("paying");
    assertThat(scores.sortedBy(JourneyModel.MEAN).customerId(0)).isEqualTo("c2");
    assertThat(scores.toString()).contains("Journey scores of 2 customers on 'Retail counter'").contains("c1")
        .contains("paying");
    assertThat(Format.JSON.render(scores)).contains("\"customerCount\" : 2")
        .contains("\"customerId\" : \"c2\"").contains("\"peakEnd\" : 0.5").contains("\"firstNegative\" : \"paying\"")
        .contains("\"mean\" : null");
    assertThatThrownBy(() -> scores.customerId(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> scores.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  // --- the Javadoc example of JourneyScores (verbatim) ---
  static JourneyScore javadocExample(CustomerJourney journey, EncounterLog log) {
    JourneyScores scores = JourneyScorer.of(journey).score(log);   // customer id order
    JourneyScores lowest = scores.sortedBy(JourneyModel.PEAK_END); // lowest first, unscored last
    for (int i = 0; i < Math.min(10, lowest.size()); i++) {
      System.out.println(lowest.customerId(i) + " " + lowest.score(i, JourneyModel.PEAK_END));
    }
    JourneyScore worst = lowest.get(0);                           // its encounters, peak, ...
    return worst;
  }

  @Test
  void theJavadocExampleRuns() {
    SplittableRandom r = new SplittableRandom(7);
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    List<Encounter> encounters = new ArrayList<>();
    while (encounters.isEmpty()) {
      encounters = LogAnalysesTest.encounters(r, journey, RatingScale.SEVEN_POINT);
    }
    JourneyScore worst = javadocExample(journey, EncounterLog.of(encounters));
    double lowest = encounters.stream().collect(JourneyScorer.of(journey).byCustomer()).values().stream()
        .mapToDouble(j -> j.score(JourneyModel.PEAK_END)).filter(x -> !Double.isNaN(x)).min().orElse(Double.NaN);
    assertThat(worst.peakEnd()).isEqualTo(lowest);
  }

  @SeededTest
  void customerOrderSortsIdsAsStringsCompare(Seed seed) {
    SplittableRandom r = seed.random();
    String[] prefixes = {"", "c", "customer-", "customer-00", "\u5ba2\u6237"};
    String alphabet = r.nextInt(4) == 0 ? "ab0\u00e9\u4e2dZ-" : "0123456789";
    String prefix = prefixes[r.nextInt(prefixes.length)];
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    int n = r.nextInt(2000);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder(prefix);
      int len = r.nextInt(14);
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      if (sb.length() > 0) {
        ids.add(sb.toString());
      }
    }
    List<String> dictionary = List.copyOf(ids);
    List<String> expected = new ArrayList<>(dictionary);
    expected.sort(Comparator.naturalOrder());
    List<String> actual = new ArrayList<>();
    for (int code : CustomerOrder.sorted(dictionary)) {
      actual.add(dictionary.get(code));
    }
    assertThat(actual).as(seed.toString()).isEqualTo(expected);
  }

  @SeededTest
  void sortingByAScoreIsAStableSortByDoubleCompare(Seed seed) {
    SplittableRandom r = seed.random();
    double[] pool = {Double.NaN, Double.NEGATIVE_INFINITY, -3, -2.75, -0.5, -Double.MIN_VALUE, -0.0, 0.0,
        Double.MIN_VALUE, 1.0 / 3, 2, 3, Double.POSITIVE_INFINITY};
    int n = r.nextInt(500);
    double[] value = new double[n];
    List<Integer> codes = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      value[c] = r.nextInt(3) == 0 ? r.nextDouble() * 6 - 3 : pool[r.nextInt(pool.length)];
      codes.add(c);
    }
    java.util.Collections.shuffle(codes, new java.util.Random(r.nextLong()));
    int[] input = codes.stream().mapToInt(Integer::intValue).toArray();
    List<Integer> expected = new ArrayList<>(codes);
    expected.sort((x, y) -> Double.compare(value[x], value[y])); // List.sort is stable
    List<Integer> actual = new ArrayList<>();
    for (int c : CustomerOrder.sortedBy(input, value)) {
      actual.add(c);
    }
    assertThat(actual).as(seed.toString()).isEqualTo(expected);
  }
}
