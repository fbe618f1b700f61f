package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.FirstImpression.Contribution;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FirstImpressionTest {

  private static final double EPS = 1e-9;
  private static final RatingScale FIVE = RatingScale.FIVE_POINT;

  @Test
  void handComputedStandardWeights() {
    // 1..5 scale, appearance 3, behaviour 4, communication 5, weights 0.52 / 0.33 / 0.15.
    // u = (3-1)/4 = 0.5, (4-1)/4 = 0.75, (5-1)/4 = 1.0
    // index = 100 x (0.52*0.5 + 0.33*0.75 + 0.15*1.0) = 100 x (0.26 + 0.2475 + 0.15) = 65.75
    // score = 1 + 4 x 0.6575 = 3.63 (= 0.52*3 + 0.33*4 + 0.15*5 = 1.56 + 1.32 + 0.75)
    AbcRatings ratings = AbcRatings.of(FIVE, 3, 4, 5);
    FirstImpression f = FirstImpressionScorer.STANDARD.score(ratings);
    assertThat(f.index()).isCloseTo(65.75, within(EPS));
    assertThat(f.score()).isCloseTo(3.63, within(EPS));
    assertThat(FirstImpressionScorer.STANDARD.index(ratings)).isEqualTo(f.index());
    assertThat(FirstImpressionScorer.STANDARD.weightedScore(ratings)).isEqualTo(f.score());
    // appearance: points 0.52*3 = 1.56, max 0.52*5 = 2.60, lost 1.04; index 26.00, lost 26.00
    Contribution a = f.contribution(AbcComponent.APPEARANCE);
    assertThat(a.points()).isCloseTo(1.56, within(EPS));
    assertThat(a.maxPoints()).isCloseTo(2.60, within(EPS));
    assertThat(a.lostPoints()).isCloseTo(1.04, within(EPS));
    assertThat(a.indexPoints()).isCloseTo(26.0, within(EPS));
    assertThat(a.lostIndexPoints()).isCloseTo(26.0, within(EPS));
    // behaviour: points 1.32, lost 0.33; index 24.75, lost 8.25
    Contribution b = f.contribution(AbcComponent.BEHAVIOUR);
    assertThat(b.lostPoints()).isCloseTo(0.33, within(EPS));
    assertThat(b.lostIndexPoints()).isCloseTo(8.25, within(EPS));
    // communication: perfect, lost 0; lost index points add up to 100 - 65.75 = 34.25
    assertThat(f.contribution(AbcComponent.COMMUNICATION).lostIndexPoints()).isCloseTo(0, within(EPS));
    assertThat(f.contributions().stream().mapToDouble(Contribution::lostIndexPoints).sum())
        .isCloseTo(34.25, within(EPS));
    assertThat(f.contributions().stream().mapToDouble(Contribution::points).sum())
        .isCloseTo(3.63, within(EPS));
    assertThat(f.largestLoss().component()).isEqualTo(AbcComponent.APPEARANCE);
  }

  @Test
  void readableTable() {
    assertThat(FirstImpressionScorer.STANDARD.score(AbcRatings.of(FIVE, 3, 4, 5)).toString())
        .isEqualTo(
            "FirstImpression score 3.63 on 1..5, index 65.75 / 100\n"
                + "component      weight  rating  points  lost  index pts  lost index pts\n"
                + "appearance       0.52    3.00    1.56  1.04      26.00           26.00\n"
                + "behaviour        0.33    4.00    1.32  0.33      24.75            8.25\n"
                + "communication    0.15    5.00    0.75  0.00      15.00            0.00\n"
                + "largest loss: appearance (26.00 index points)\n");
  }

  @Test
  void customWeights() {
    // weights 0.5 / 0.3 / 0.2 on 1..7: ratings 7, 1, 4 -> u = 1, 0, 0.5;
    // index = 100 x (0.5 + 0 + 0.1) = 60; score = 1 + 6 x 0.6 = 4.6; behaviour lost 30 points
    FirstImpressionScorer s = FirstImpressionScorer.of(AbcWeights.normalize(5, 3, 2));
    FirstImpression f = s.score(AbcRatings.of(RatingScale.SEVEN_POINT, 7, 1, 4));
    assertThat(f.index()).isCloseTo(60.0, within(EPS));
    assertThat(f.score()).isCloseTo(4.6, within(EPS));
    assertThat(f.largestLoss().component()).isEqualTo(AbcComponent.BEHAVIOUR);
    assertThat(f.largestLoss().lostIndexPoints()).isCloseTo(30.0, within(EPS));
    assertThat(FirstImpressionScorer.STANDARD.withWeights(AbcWeights.normalize(5, 3, 2))).isEqualTo(s);
  }

  @Test
  void summaryOfThreeContacts() {
    // (3,4,5) -> 65.75; (5,5,5) -> 100; (1,2,3) -> u = 0, 0.25, 0.5 -> 0 + 8.25 + 7.5 = 15.75
    // mean index = (65.75 + 100 + 15.75) / 3 = 181.5 / 3 = 60.5; min 15.75, max 100
    // mean ratings 3, 11/3, 13/3; mean score = 1 + 4 x 0.605 = 3.42
    FirstImpressionSummary s =
        List.of(AbcRatings.of(FIVE, 3, 4, 5), AbcRatings.of(FIVE, 5, 5, 5), AbcRatings.of(FIVE, 1, 2, 3))
            .stream()
            .collect(FirstImpressionScorer.STANDARD.toSummary(FIVE));
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.meanIndex()).isCloseTo(60.5, within(EPS));
    assertThat(s.meanScore()).isCloseTo(3.42, within(EPS));
    assertThat(s.meanRating(AbcComponent.BEHAVIOUR)).isCloseTo(11.0 / 3, within(EPS));
    assertThat(s.minIndex()).isCloseTo(15.75, within(EPS));
    assertThat(s.maxIndex()).isCloseTo(100.0, within(EPS));
    assertThat(s.toString())
        .startsWith("FirstImpressionSummary n=3 on 1..5, mean score 3.42, mean index 60.50 (min 15.75, max 100.00)\n")
        .endsWith("largest mean loss: appearance\n");
  }

  @Test
  void createIsTheStandardScorersAccumulator() {
    FirstImpressionAccumulator created = FirstImpressionAccumulator.create(FIVE).add(5, 4, 3);
    FirstImpressionAccumulator standard = FirstImpressionScorer.STANDARD.accumulator(FIVE).add(5, 4, 3);
    assertThat(created.scale()).isEqualTo(FIVE);
    assertThat(created.summary()).isEqualTo(standard.summary());
  }

  @Test
  void emptySummary() {
    FirstImpressionSummary s = FirstImpressionScorer.STANDARD.accumulator(FIVE).summary();
    assertThat(s.isEmpty()).isTrue();
    assertThat(s.mean()).isEmpty();
    assertThat(s.meanIndex()).isNaN();
    assertThat(s.meanScore()).isNaN();
    assertThat(s.minIndex()).isNaN();
    assertThat(s.meanRating(AbcComponent.APPEARANCE)).isNaN();
    assertThat(s).hasToString("FirstImpressionSummary n=0 on 1..5\n");
  }

  @Test
  void rejectsRatingsOnAnotherScaleOrOffTheScale() {
    FirstImpressionAccumulator acc = FirstImpressionScorer.STANDARD.accumulator(FIVE);
    Rejections.assertRejects(
        "ratings scale must be the accumulator's scale 1..5 but was 1..7",
        () -> acc.add(AbcRatings.of(RatingScale.SEVEN_POINT, 1, 1, 1)));
    Rejections.assertRejects(
        "behaviour rating must be on the scale [1, 5] but was 6.0", () -> acc.add(1, 6, 1));
    Rejections.assertRejectsWith("appearance rating", () -> acc.add(Double.NaN, 1, 1));
    assertThat(acc.count()).isZero();
    FirstImpressionAccumulator seven = FirstImpressionScorer.STANDARD.accumulator(RatingScale.SEVEN_POINT);
    Rejections.assertRejectsWith("same scale and weights", () -> acc.merge(seven));
  }

  @SeededTest
  void summariesByKeyAreTheSummariesOfEachKeysRatedEncounters(Seed seed) {
    SplittableRandom r = seed.random();
    List<Encounter> encounters = new ArrayList<>();
    for (int i = 0, n = r.nextInt(300); i < n; i++) {
      Encounter e = CoreGenerators.encounter(r, Fixtures.COUNTER);
      encounters.add(e.ratings().isPresent() ? e.withRatings(CoreGenerators.abcRatings(r, FIVE)) : e);
    }
    Map<String, FirstImpressionSummary> expected = encounters.stream()
        .filter(e -> e.ratings().isPresent())
        .collect(Collectors.groupingBy(Encounter::touchpointId,
            Collectors.mapping(e -> e.ratings().orElseThrow(), FirstImpressionScorer.STANDARD.toSummary(FIVE))));
    assertThat(encounters.stream().collect(FirstImpressionScorer.STANDARD.toSummaryBy(FIVE, Encounter::touchpointId)))
        .as(seed.toString())
        .isEqualTo(expected);
    assertThat(encounters.parallelStream()
            .collect(FirstImpressionScorer.STANDARD.toSummaryBy(FIVE, Encounter::touchpointId)))
        .as(seed.toString())
        .isEqualTo(expected);
  }

  @Test
  void summariesByKeyRejectRatingsOnAnotherScale() {
    Encounter rated = Encounter.builder().customerId("c").touchpointId("greet").occurredAt(Fixtures.T0)
        .ratings(AbcRatings.of(RatingScale.SEVEN_POINT, 1, 1, 1)).build();
    Rejections.assertRejects(
        "ratings scale must be the accumulator's scale 1..5 but was 1..7",
        () -> List.of(rated).stream().collect(FirstImpressionScorer.STANDARD.toSummaryBy(FIVE, Encounter::touchpointId)));
  }

  @SeededTest
  void indexIsWithinZeroAndHundredAndMonotoneInEachRating(Seed seed) {
    SplittableRandom r = seed.random();
    FirstImpressionScorer scorer = FirstImpressionScorer.of(CoreGenerators.abcWeights(r));
    RatingScale scale = CoreGenerators.ratingScale(r);
    AbcRatings x = CoreGenerators.abcRatings(r, scale);
    FirstImpression f = scorer.score(x);
    assertThat(f.index()).as("%s", seed).isBetween(0.0, 100.0);
    assertThat(f.score()).as("%s", seed).isBetween((double) scale.min(), (double) scale.max());
    double[] v = {x.appearance(), x.behaviour(), x.communication()};
    for (int c = 0; c < 3; c++) {
      double[] w = v.clone();
      w[c] = Math.min(scale.max(), w[c] + r.nextDouble() * (scale.max() - w[c]));
      double higher = scorer.index(AbcRatings.of(scale, w[0], w[1], w[2]));
      assertThat(higher).as("%s component %d", seed, c).isGreaterThanOrEqualTo(f.index());
    }
    assertThat(scorer.index(AbcRatings.of(scale, scale.max(), scale.max(), scale.max())))
        .as("%s", seed).isEqualTo(100.0);
    assertThat(scorer.index(AbcRatings.of(scale, scale.min(), scale.min(), scale.min())))
        .as("%s", seed).isEqualTo(0.0);
  }

  @SeededTest
  void summariesMergeExactlyWhateverTheSplit(Seed seed) {
    SplittableRandom r = seed.random();
    FirstImpressionScorer scorer = FirstImpressionScorer.of(CoreGenerators.abcWeights(r));
    RatingScale scale = CoreGenerators.ratingScale(r);
    int n = r.nextInt(0, 60);
    List<AbcRatings> data = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      data.add(CoreGenerators.abcRatings(r, scale));
    }
    FirstImpressionSummary whole = data.stream().collect(scorer.toSummary(scale));
    int[] cuts = ScoringGenerators.cuts(r, n);
    FirstImpressionSummary merged = scorer.accumulator(scale).summary();
    for (int i = cuts.length - 2; i >= 0; i--) {
      merged = data.subList(cuts[i], cuts[i + 1]).stream().collect(scorer.toSummary(scale)).merge(merged);
    }
    assertThat(merged).as("%s", seed).isEqualTo(whole);
    assertThat(merged.meanIndex()).as("%s", seed).isEqualTo(Double.valueOf(whole.meanIndex()));
    assertThat(data.parallelStream().collect(scorer.toSummary(scale))).as("%s", seed).isEqualTo(whole);
    if (n > 0) {
      double meanOfIndexes = data.stream().mapToDouble(scorer::index).average().orElseThrow();
      assertThat(whole.meanIndex()).as("%s", seed).isCloseTo(meanOfIndexes, within(1e-9));
      assertThat(whole.meanIndex()).isBetween(whole.minIndex() - 1e-9,
          whole.maxIndex() + 1e-9);
    }
  }

  @SeededTest
  void wholeNumberRatingsGiveExactlyTheStateOfDoubleRatings(Seed seed) {
    SplittableRandom r = seed.random();
    FirstImpressionScorer scorer = FirstImpressionScorer.of(CoreGenerators.abcWeights(r));
    // sometimes a scale too wide for the lookup tables (more than 1024 points)
    RatingScale scale = r.nextInt(5) == 0 ? RatingScale.of(-r.nextInt(600), r.nextInt(600, 1200))
        : CoreGenerators.ratingScale(r);
    int n = r.nextInt(0, 60);
    int cut = r.nextInt(n + 1);
    FirstImpressionAccumulator ints = scorer.accumulator(scale);
    FirstImpressionAccumulator doubles = scorer.accumulator(scale);
    FirstImpressionAccumulator mixed = scorer.accumulator(scale);
    FirstImpressionAccumulator left = scorer.accumulator(scale);
    FirstImpressionAccumulator right = scorer.accumulator(scale);
    for (int i = 0; i < n; i++) {
      int a = r.nextInt(scale.min(), scale.max() + 1);
      int b = r.nextInt(scale.min(), scale.max() + 1);
      int c = r.nextInt(scale.min(), scale.max() + 1);
      ints.add(a, b, c);
      doubles.add((double) a, (double) b, (double) c);
      if (i % 2 == 0) {
        mixed.add(a, b, c);
      } else {
        mixed.add(AbcRatings.of(scale, a, b, c));
      }
      (i < cut ? left : right).add(a, b, c);
    }
    FirstImpressionSummary expected = doubles.summary();
    assertThat(ints.summary()).as("%s", seed).isEqualTo(expected);
    assertThat(mixed.summary()).as("%s", seed).isEqualTo(expected);
    assertThat(ints.summary().minIndex()).as("%s", seed).isEqualTo(Double.valueOf(expected.minIndex()));
    assertThat(ints.summary().maxIndex()).as("%s", seed).isEqualTo(Double.valueOf(expected.maxIndex()));
    assertThat(ints.summary().meanIndex()).as("%s", seed).isEqualTo(Double.valueOf(expected.meanIndex()));
    assertThat(ints.count()).isEqualTo(n);
    // whole-number tallies of any split, merged, give the whole
    assertThat(right.merge(left).summary()).as("%s", seed).isEqualTo(expected);
  }

  @Test
  void wholeNumberRatingsMergeAndSummarizeLikeDoubles() {
    // 1..5: (3, 4, 5) has index 65.75 (see handComputedStandardWeights), (1, 1, 1) index 0
    FirstImpressionAccumulator left = FirstImpressionScorer.STANDARD.accumulator(FIVE).add(3, 4, 5);
    FirstImpressionAccumulator right = FirstImpressionScorer.STANDARD.accumulator(FIVE).add(1, 1, 1);
    FirstImpressionSummary merged = left.merge(right).summary();
    assertThat(merged.count()).isEqualTo(2);
    assertThat(merged.minIndex()).isEqualTo(0.0);
    assertThat(merged.maxIndex()).isCloseTo(65.75, within(EPS));
    // mean ratings 2, 2.5, 3: index 100 x (0.52 x 0.25 + 0.33 x 0.375 + 0.15 x 0.5) = 32.875
    assertThat(merged.meanIndex()).isCloseTo(32.875, within(EPS));
    // the right-hand tally is unchanged by the merge
    assertThat(right.summary().maxIndex()).isEqualTo(0.0);
    assertThat(right.count()).isEqualTo(1);
  }

  @Test
  void rejectsWholeNumberRatingsOffTheScale() {
    FirstImpressionAccumulator acc = FirstImpressionScorer.STANDARD.accumulator(FIVE);
    Rejections.assertRejects(
        "appearance rating must be on the scale [1, 5] but was 0.0", () -> acc.add(0, 3, 3));
    Rejections.assertRejects(
        "communication rating must be on the scale [1, 5] but was 6.0", () -> acc.add(3, 3, 6));
    assertThat(acc.count()).isZero();
    assertThat(acc.summary().minIndex()).isNaN();
  }
}
