package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.ScorecardSummary.Share;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScorecardSummaryTest {

  private static final double EPS = 1e-9;

  /** Levels -3, -1, 0, +1, +1, +2, +2, +2, +3, +3. */
  private static final int[] TEN = {-3, -1, 0, 1, 1, 2, 2, 2, 3, 3};

  private static ScorecardSummary of(int... levels) {
    ScorecardAccumulator a = ScorecardAccumulator.create();
    for (int l : levels) {
      a.add(l);
    }
    return a.summary();
  }

  @Test
  void handComputedSummary() {
    // n = 10; sum = -3 - 1 + 0 + 1 + 1 + 2 + 2 + 2 + 3 + 3 = 10, mean = 1.0
    // positives 7 -> 0.7, negatives 2 -> 0.2, neutral 1 -> 0.1 (sum 1.0)
    // net = 100 x (7 - 2) / 10 = +50 pp; delight 2/10 = 0.2; damage 1/10 = 0.1
    ScorecardSummary s = of(TEN);
    assertThat(s.count()).isEqualTo(10);
    assertThat(s.counts()).containsExactly(1, 0, 1, 1, 2, 3, 2);
    assertThat(s.count(ScorecardLevel.EXCEEDS_EXPECTATIONS)).isEqualTo(3);
    assertThat(s.count(-3)).isEqualTo(1);
    assertThat(s.sum()).isEqualTo(10);
    assertThat(s.mean()).isCloseTo(1.0, within(EPS));
    assertThat(s.positiveShare()).isCloseTo(0.7, within(EPS));
    assertThat(s.negativeShare()).isCloseTo(0.2, within(EPS));
    assertThat(s.neutralShare()).isCloseTo(0.1, within(EPS));
    assertThat(s.netScore()).isCloseTo(50.0, within(EPS));
    assertThat(s.delightRate()).isCloseTo(0.2, within(EPS));
    assertThat(s.damageRate()).isCloseTo(0.1, within(EPS));
    assertThat(s.lowest()).contains(ScorecardLevel.DAMAGES_RELATIONSHIP);
    assertThat(s.highest()).contains(ScorecardLevel.DELIGHTS);
    // Positive share 7/10, 95% Wilson: centre = (7 + 1.920729410347062) / 13.841458820694124
    // = 0.644493440027422; half = 1.959963984540054 / 13.841458820694124
    // x sqrt(7*3/10 + 0.960364705173531) = 0.141601842 x 1.749390... = 0.247715292566277;
    // [0.396778147461145, 0.892208732593699] (R prop.test(7, 10, correct = FALSE):
    // 0.3967781 0.8922087).
    WilsonInterval w = s.interval(Share.POSITIVE);
    assertThat(w.lower()).isCloseTo(0.3967781474611453, within(EPS));
    assertThat(w.upper()).isCloseTo(0.8922087325936989, within(EPS));
    assertThat(s.interval(Share.DELIGHT)).isEqualTo(WilsonInterval.of(2, 10));
    assertThat(s.interval(Share.NEGATIVE, 0.9)).isEqualTo(WilsonInterval.of(2, 10, 0.9));
  }

  @Test
  void readableTable() {
    assertThat(of(TEN).toString())
        .isEqualTo(
            "ScorecardSummary n=10, mean +1.00, net score +50.0 pp\n"
                + "level  meaning                             count  share\n"
                + "   +3  delights the customer                   2  20.0%\n"
                + "   +2  exceeds expectations                    3  30.0%\n"
                + "   +1  meets expectations                      2  20.0%\n"
                + "    0  neutral                                 1  10.0%\n"
                + "   -1  partly falls short of expectations      1  10.0%\n"
                + "   -2  fails expectations                      0   0.0%\n"
                + "   -3  damages the relationship                1  10.0%\n"
                + "share         value  95% Wilson\n"
                + "positive      70.0%  [39.7%, 89.2%]\n"
                + "negative      20.0%  [5.7%, 51.0%]\n"
                + "neutral       10.0%  [1.8%, 40.4%]\n"
                + "delight (+3)  20.0%  [5.7%, 51.0%]\n"
                + "damage (-3)   10.0%  [1.8%, 40.4%]\n");
  }

  @Test
  void emptySummaryHasNoStatisticsAndNoNaN() {
    ScorecardSummary e = ScorecardAccumulator.create().summary();
    assertThat(e).isEqualTo(ScorecardSummary.EMPTY);
    assertThat(e.isEmpty()).isTrue();
    assertThat(e.mean()).isNaN();
    assertThat(e.netScore()).isNaN();
    for (Share s : Share.values()) {
      assertThat(e.share(s)).isNaN();
      assertThat(e.interval(s).lower()).isEqualTo(0.0);
      assertThat(e.interval(s).upper()).isEqualTo(1.0);
    }
    assertThat(e.lowest()).isEmpty();
    assertThat(e.highest()).isEmpty();
    assertThat(e.toString()).startsWith("ScorecardSummary n=0\n").doesNotContain("NaN");
  }

  @Test
  void rejectsLevelsOffTheScorecard() {
    ScorecardAccumulator a = ScorecardAccumulator.create();
    Rejections.assertRejects("scorecard level must be in [-3, 3] but was 4", () -> a.add(4));
    Rejections.assertRejects("scorecard level must be in [-3, 3] but was -4", () -> a.add(-4, 2));
    Rejections.assertRejects("times must be >= 0 but was -2", () -> a.add(1, -2));
    assertThat(a.count()).isZero();
  }

  @Test
  void rejectsBadCounts() {
    Rejections.assertRejects(
        "counts must have 7 entries (levels -3..+3) but had 3",
        () -> ScorecardSummary.ofCounts(1, 2, 3));
    Rejections.assertRejects(
        "count of level -1 must be >= 0 but was -1",
        () -> ScorecardSummary.ofCounts(0, 0, -1, 0, 0, 0, 0));
    assertThatThrownBy(() -> ScorecardSummary.ofCounts(Long.MAX_VALUE, 1, 0, 0, 0, 0, 0))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void bulkAddAndCollectors() {
    ScorecardSummary s = ScorecardAccumulator.create().add(3, 2).add(-3, 1).add(ScorecardLevel.NEUTRAL).summary();
    assertThat(s.counts()).containsExactly(1, 0, 0, 1, 0, 0, 2);
    assertThat(Arrays.stream(ScorecardLevel.values()).collect(ScorecardAccumulator.toSummary()).counts())
        .containsExactly(1, 1, 1, 1, 1, 1, 1);
    assertThat(IntStream.of(TEN).boxed().collect(ScorecardAccumulator.toSummary(Integer::intValue)))
        .isEqualTo(of(TEN));
  }

  @Test
  void worstFirstOrdersByMeanThenNetScore() {
    ScorecardSummary low = of(-2, 2); // mean 0, net 0
    ScorecardSummary lowNet = of(-1, -1, 2); // mean 0, net -33.3
    ScorecardSummary high = of(1);
    assertThat(ScorecardSummary.WORST_FIRST.compare(lowNet, low)).isNegative();
    assertThat(ScorecardSummary.WORST_FIRST.compare(low, high)).isNegative();
    assertThat(ScorecardSummary.WORST_FIRST.compare(ScorecardSummary.EMPTY, lowNet)).isNegative();
  }

  @SeededTest
  void mergeIsAssociativeAndCommutative(Seed seed) {
    SplittableRandom r = seed.random();
    ScorecardSummary a = of(ScoringGenerators.levels(r, 30));
    ScorecardSummary b = of(ScoringGenerators.levels(r, 30));
    ScorecardSummary c = of(ScoringGenerators.levels(r, 30));
    assertThat(a.merge(b)).as("%s", seed).isEqualTo(b.merge(a));
    assertThat(a.merge(b).merge(c)).as("%s", seed).isEqualTo(a.merge(b.merge(c)));
    assertThat(a.merge(ScorecardSummary.EMPTY)).as("%s", seed).isEqualTo(a);
    ScorecardAccumulator ab = ScorecardAccumulator.create().merge(a).merge(b);
    ScorecardAccumulator ba = ScorecardAccumulator.create().merge(b).merge(a);
    assertThat(ab.summary()).as("%s", seed).isEqualTo(ba.summary()).isEqualTo(a.merge(b));
  }

  @SeededTest
  void splitAndMergeEqualsWhole(Seed seed) {
    SplittableRandom r = seed.random();
    int[] levels = ScoringGenerators.levels(r, 200);
    ScorecardSummary whole = of(levels);
    int[] cuts = ScoringGenerators.cuts(r, levels.length);
    ScorecardAccumulator merged = ScorecardAccumulator.create();
    for (int i = cuts.length - 2; i >= 0; i--) { // merge the parts in reverse order
      merged.merge(of(Arrays.copyOfRange(levels, cuts[i], cuts[i + 1])));
    }
    assertThat(merged.summary()).as("%s", seed).isEqualTo(whole);
    assertThat(merged.summary().mean()).as("%s", seed).isEqualTo(Double.valueOf(whole.mean()));
    assertThat(merged.summary().netScore()).as("%s", seed).isEqualTo(Double.valueOf(whole.netScore()));
    ScorecardSummary parallel =
        IntStream.of(levels).boxed().parallel().collect(ScorecardAccumulator.toSummary(Integer::intValue));
    assertThat(parallel).as("%s", seed).isEqualTo(whole);
  }

  @SeededTest
  void sharesSumToOneAndNetScoreIsBounded(Seed seed) {
    SplittableRandom r = seed.random();
    ScorecardSummary s = of(ScoringGenerators.levels(r, 100));
    if (s.isEmpty()) {
      assertThat(s.netScore()).isNaN();
      return;
    }
    double total =
        s.positiveShare() + s.negativeShare() + s.neutralShare();
    assertThat(total).as("%s", seed).isCloseTo(1.0, within(1e-12));
    assertThat(s.positiveCount() + s.negativeCount() + s.neutralCount()).isEqualTo(s.count());
    assertThat(s.netScore()).as("%s", seed).isBetween(-100.0, 100.0);
    assertThat(s.mean()).as("%s", seed).isBetween(-3.0, 3.0);
    assertThat(s.delightRate()).isLessThanOrEqualTo(s.positiveShare());
    assertThat(s.damageRate()).isLessThanOrEqualTo(s.negativeShare());
    for (Share share : Share.values()) {
      assertThat(s.interval(share).contains(s.share(share))).as("%s", seed).isTrue();
    }
  }
}
