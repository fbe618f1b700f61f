package io.github.mot.scoring;

import static io.github.mot.scoring.Fixtures.C1;
import static io.github.mot.scoring.Fixtures.COUNTER;
import static io.github.mot.scoring.Fixtures.enc;
import static io.github.mot.scoring.Fixtures.unscored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EncounterScorecardTest {

  private static final double EPS = 1e-9;
  private static final EncounterScorecard CARDS = EncounterScorecard.of(COUNTER);

  /** C1 plus an unscored encounter and one of customer c2 at pay, +2, by s2. */
  private static List<Encounter> data() {
    List<Encounter> all = new ArrayList<>(C1);
    all.add(unscored("c1", "farewell", 30));
    all.add(enc("c2", "pay", 3, 2, "s2"));
    return all;
  }

  @Test
  void summaryOfScoredEncounters() {
    // Levels +1, -2, +3, -1, +2: n = 5, sum = 3, mean 0.6; positive 3/5, negative 2/5; net +20 pp
    ScorecardSummary s = CARDS.summarize(data());
    assertThat(s.count()).isEqualTo(5);
    assertThat(s.mean()).isCloseTo(0.6, within(EPS));
    assertThat(s.netScore()).isCloseTo(20.0, within(EPS));
    assertThat(data().stream().collect(CARDS.toSummary())).isEqualTo(s);
  }

  @Test
  void groupsByStageWorstFirst() {
    // arrive: enter +1, greet -2 -> mean -0.5; buy: advise +3, pay -1, pay +2 -> mean 4/3
    GroupedSummary<String, ScorecardSummary> g = CARDS.summarize(GroupBy.STAGE, data());
    assertThat(g.keys()).containsExactly("arrive", "buy");
    assertThat(g.get("arrive").orElseThrow().mean()).isCloseTo(-0.5, within(EPS));
    assertThat(g.get("buy").orElseThrow().mean()).isCloseTo(4.0 / 3.0, within(EPS));
    assertThat(g.total()).isEqualTo(CARDS.summarize(data()));
    assertThat(g.grouping()).isEqualTo("stage");
    assertThat(g.worst().orElseThrow().key()).isEqualTo("arrive");
    assertThat(g.get("nowhere")).isEmpty();
  }

  @Test
  void groupsByChannelStaffTouchpointAndCustomer() {
    // channel: in-person +1 -2 +3 (mean 2/3); web -1 +2 (mean 0.5) -> web first
    assertThat(CARDS.summarize(GroupBy.CHANNEL, data()).keys()).containsExactly("web", "in-person");
    // staff: s1 -2 -1 (mean -1.5); s2 +3 +2 (mean 2.5); enter has no staff: skipped
    GroupedSummary<String, ScorecardSummary> staff = CARDS.summarize(GroupBy.STAFF, data());
    assertThat(staff.keys()).containsExactly("s1", "s2");
    assertThat(staff.total().count()).isEqualTo(4);
    // touchpoint: greet -2, pay (-1, +2: mean 0.5, net 0), enter +1, advise +3
    assertThat(CARDS.summarize(GroupBy.TOUCHPOINT, data()).keys())
        .containsExactly("greet", "pay", "enter", "advise");
    // customer: c1 mean 0.25, c2 mean 2
    assertThat(CARDS.summarize(GroupBy.CUSTOMER, data()).keys()).containsExactly("c1", "c2");
    assertThat(data().parallelStream().collect(CARDS.grouping(GroupBy.STAFF))).isEqualTo(staff);
  }

  @Test
  void tiesAreBrokenByNetScoreThenKey() {
    // a: -2 +2 (mean 0, net 0); b: -1 -1 +2 (mean 0, net -33.3); c: -2 +2 (same as a)
    GroupedScorecardAccumulator<String> acc = GroupedScorecardAccumulator.create("k");
    acc.add("c", -2).add("c", 2).add("a", -2).add("a", 2).add("b", -1).add("b", -1).add("b", 2);
    assertThat(acc.summary().keys()).containsExactly("b", "a", "c");
    GroupedScorecardAccumulator<String> reversed =
        GroupedScorecardAccumulator.create("k", Comparator.<String>reverseOrder());
    reversed.merge(acc);
    assertThat(reversed.summary().keys()).containsExactly("b", "c", "a");
  }

  @Test
  void readableGroupedTable() {
    assertThat(CARDS.summarize(GroupBy.STAFF, data()).toString())
        .isEqualTo(
            "GroupedSummary by staff, 2 groups, worst first\n"
                + "staff  n   mean  net pp  positive  negative  delight  damage\n"
                + "s1     2  -1.50  -100.0      0.0%    100.0%     0.0%    0.0%\n"
                + "s2     2  +2.50  +100.0    100.0%      0.0%    50.0%    0.0%\n"
                + "------------------------------------------------------------\n"
                + "(all)  4  +0.50    +0.0     50.0%     50.0%    25.0%    0.0%\n");
  }

  @Test
  void customKeys() {
    GroupedSummary<Boolean, ScorecardSummary> byStaffed =
        data().stream()
            .collect(CARDS.grouping("staffed", e -> e.staffId().isPresent(), Comparator.naturalOrder()));
    assertThat(byStaffed.keys()).containsExactly(true, false);
    assertThat(byStaffed.get(false).orElseThrow().count()).isEqualTo(1);
  }

  @Test
  void rejectsEncountersOffTheMap() {
    List<Encounter> bad = List.of(unscored("c", "nowhere", 0));
    assertThatThrownBy(() -> CARDS.summarize(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nowhere'")
        .hasMessageContaining("Test counter");
    Rejections.assertRejectsWith("'nowhere'", () -> CARDS.summarize(GroupBy.CUSTOMER, bad));
    assertThatThrownBy(() -> bad.stream().collect(CARDS.grouping(GroupBy.STAGE)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsBadLevelsWithoutCreatingAGroup() {
    GroupedScorecardAccumulator<String> acc = GroupedScorecardAccumulator.create("k");
    Rejections.assertRejects("scorecard level must be in [-3, 3] but was 7", () -> acc.add("x", 7));
    assertThat(acc.size()).isZero();
    assertThat(acc.summary().isEmpty()).isTrue();
    assertThat(acc.summary().worst()).isEmpty();
    assertThat(acc.summary().total().isEmpty()).isTrue();
  }

  @SeededTest
  void groupedSplitAndMergeEqualsWhole(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    EncounterScorecard cards = EncounterScorecard.of(journey);
    int n = r.nextInt(0, 80);
    List<Encounter> encounters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      encounters.add(CoreGenerators.encounter(r, journey));
    }
    GroupBy by = GroupBy.values()[r.nextInt(GroupBy.values().length)];
    GroupedSummary<String, ScorecardSummary> whole = cards.summarize(by, encounters);
    int[] cuts = ScoringGenerators.cuts(r, n);
    GroupedScorecardAccumulator<String> merged = GroupedScorecardAccumulator.create(by.label());
    for (int i = cuts.length - 2; i >= 0; i--) {
      GroupedScorecardAccumulator<String> part =
          encounters.subList(cuts[i], cuts[i + 1]).stream()
              .collect(
                  java.util.stream.Collector.of(
                      () -> GroupedScorecardAccumulator.<String>create(by.label()),
                      (a, e) -> {
                        String k = cards.key(by, e);
                        if (k != null && e.level().isPresent()) {
                          a.add(k, e.level().get());
                        }
                      },
                      GroupedScorecardAccumulator::merge));
      merged.merge(part);
    }
    assertThat(merged.summary()).as("%s", seed).isEqualTo(whole);
    assertThat(encounters.parallelStream().collect(cards.grouping(by))).as("%s", seed).isEqualTo(whole);
    // Associativity and commutativity of grouped merges.
    GroupedScorecardAccumulator<String> a = GroupedScorecardAccumulator.create(by.label());
    GroupedScorecardAccumulator<String> b = GroupedScorecardAccumulator.create(by.label());
    GroupedScorecardAccumulator<String> c = GroupedScorecardAccumulator.create(by.label());
    for (Encounter e : encounters) {
      String k = cards.key(by, e);
      if (k != null && e.level().isPresent()) {
        (r.nextBoolean() ? a : r.nextBoolean() ? b : c).add(k, e.level().get());
      }
    }
    GroupedSummary<String, ScorecardSummary> abc =
        GroupedScorecardAccumulator.<String>create(by.label()).merge(a).merge(b).merge(c).summary();
    GroupedScorecardAccumulator<String> bc =
        GroupedScorecardAccumulator.<String>create(by.label()).merge(c).merge(b);
    GroupedSummary<String, ScorecardSummary> cba =
        GroupedScorecardAccumulator.<String>create(by.label()).merge(bc).merge(a).summary();
    assertThat(cba).as("%s", seed).isEqualTo(abc).isEqualTo(whole);
    // Worst first: the means never decrease along the list.
    List<GroupedSummary.Group<String, ScorecardSummary>> groups = whole.groups();
    for (int i = 1; i < groups.size(); i++) {
      assertThat(ScorecardSummary.WORST_FIRST.compare(groups.get(i - 1).summary(), groups.get(i).summary()))
          .as("%s", seed)
          .isLessThanOrEqualTo(0);
    }
  }
}
