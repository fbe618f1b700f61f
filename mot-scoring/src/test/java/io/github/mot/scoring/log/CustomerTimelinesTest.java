package io.github.mot.scoring.log;

import static io.github.mot.scoring.log.EncounterLogTest.T0;
import static io.github.mot.scoring.log.EncounterLogTest.bare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.core.testing.Threads;
import io.github.mot.scoring.JourneyScore;
import io.github.mot.scoring.JourneyScorer;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each customer's rows of a log in time order, and journey scores read from them. */
class CustomerTimelinesTest {

  @Test
  void rowsAreGroupedByCustomerAndOrderedByTimeTiesInRowOrder() {
    List<Encounter> es = List.of(
        bare("b", "t1", T0.plusSeconds(20)), // row 0
        bare("a", "t1", T0.plusSeconds(10)), // row 1
        bare("b", "t2", T0),                 // row 2
        bare("b", "t3", T0.plusSeconds(20)), // row 3: same instant as row 0, after it
        bare("a", "t2", T0.plusSeconds(5))); // row 4
    EncounterLog log = EncounterLog.of(es);
    CustomerTimelines t = log.byCustomer();
    assertThat(t.log()).isSameAs(log);
    assertThat(log.byCustomer()).isSameAs(t);
    assertThat(t.customers()).isEqualTo(2);
    assertThat(t.customerId(0)).isEqualTo("b");
    assertThat(t.customerId(1)).isEqualTo("a");
    assertThat(t.size(0)).isEqualTo(3);
    assertThat(t.rows(0)).containsExactly(2, 0, 3);
    assertThat(t.rows(1)).containsExactly(4, 1);
    assertThat(t.row(0, 1)).isZero();
    assertThat(t.row(1, 0)).isEqualTo(4);
    assertThat(t.encounters(1)).containsExactly(es.get(4), es.get(1));
    assertThatThrownBy(() -> t.rows(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.row(1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.encounters(1).get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.customerId(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void longTimelinesAreSortedStably() {
    // one customer with many rows in reverse time order and many ties: the merge sort's path
    List<Encounter> es = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      es.add(bare("c", "t" + i, T0.plusSeconds((1000 - i) / 7)));
    }
    CustomerTimelines t = EncounterLog.of(es).byCustomer();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < es.size(); i++) {
      expected.add(i);
    }
    expected.sort(Comparator.comparing((Integer i) -> es.get(i).occurredAt()));
    assertThat(t.rows(0)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void aLogIsReadAndViewedByManyThreadsAtOnce() throws Exception {
    SplittableRandom r = new SplittableRandom(7);
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    List<Encounter> es = new ArrayList<>();
    for (int c = 0; c < 200; c++) {
      es.addAll(ScoringGenerators.customerEncounters(r, journey, "customer-" + c, 20));
    }
    EncounterLog log = EncounterLog.of(es);
    List<List<Encounter>> seen = Threads.together(8, () -> {
      CustomerTimelines t = log.byCustomer(); // the first calls race to compute it
      List<Encounter> out = new ArrayList<>();
      for (int c = 0; c < t.customers(); c++) {
        out.addAll(t.encounters(c));
      }
      return out;
    });
    List<Encounter> expected = new ArrayList<>();
    CustomerTimelines t = log.byCustomer();
    for (int c = 0; c < t.customers(); c++) {
      expected.addAll(t.encounters(c));
    }
    assertThat(seen).allSatisfy(list -> assertThat(list).isEqualTo(expected));
    assertThat(expected).containsExactlyInAnyOrderElementsOf(es);
  }

  @SeededTest
  void timelinesEqualTheEncountersGroupedByCustomerAndStablySortedByTime(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    List<Encounter> es = new ArrayList<>();
    int customers = r.nextInt(1, 30);
    for (int c = 0; c < customers; c++) {
      es.addAll(ScoringGenerators.customerEncounters(r, journey, "customer-" + c, 40));
    }
    Collections.shuffle(es, new java.util.Random(r.nextLong()));
    Map<String, List<Encounter>> expected = new LinkedHashMap<>();
    for (Encounter e : es) {
      expected.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(e);
    }
    expected.values().forEach(list -> list.sort(Comparator.comparing(Encounter::occurredAt))); // stable

    CustomerTimelines t = EncounterLog.of(es).byCustomer();
    Map<String, List<Encounter>> actual = new LinkedHashMap<>();
    for (int c = 0; c < t.customers(); c++) {
      actual.put(t.customerId(c), List.copyOf(t.encounters(c)));
    }
    assertThat(actual).as("%s", seed).containsExactlyEntriesOf(expected);
  }

  @SeededTest
  void journeyScoresFromTheTimelinesEqualThoseOfTheEncounterLists(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    JourneyScorer scorer = JourneyScorer.of(journey);
    List<Encounter> es = new ArrayList<>();
    Map<String, List<Encounter>> byCustomer = new LinkedHashMap<>();
    int customers = r.nextInt(1, 20);
    for (int c = 0; c < customers; c++) {
      List<Encounter> own = ScoringGenerators.customerEncounters(r, journey, "customer-" + c, 30);
      byCustomer.put("customer-" + c, own);
      es.addAll(own);
    }
    Collections.shuffle(es, new java.util.Random(r.nextLong()));
    CustomerTimelines t = EncounterLog.of(es).byCustomer();
    assertThat(t.customers()).as("%s", seed).isEqualTo(customers);
    for (int c = 0; c < t.customers(); c++) {
      JourneyScore fromLog = scorer.score(t.encounters(c));
      JourneyScore fromList = scorer.score(java.util.Objects.requireNonNull(byCustomer.get(t.customerId(c))));
      assertThat(fromLog.customerId()).as("%s", seed).isEqualTo(fromList.customerId());
      assertThat(fromLog.toString()).as("%s customer %s", seed, fromLog.customerId())
          .isEqualTo(fromList.toString());
      assertThat(Double.compare(fromLog.peakEnd(), fromList.peakEnd())).as("%s peakEnd", seed).isZero();
      assertThat(Double.compare(fromLog.mean(), fromList.mean())).as("%s mean", seed).isZero();
      assertThat(Double.compare(fromLog.coverage(), fromList.coverage())).as("%s coverage", seed).isZero();
      assertThat(fromLog.firstNegative()).as("%s", seed).isEqualTo(fromList.firstNegative());
    }
  }
}
