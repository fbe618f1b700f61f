package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatingScaleTest {

  @Test
  void commonScales() {
    assertThat(RatingScale.SEVEN_POINT.min()).isEqualTo(1);
    assertThat(RatingScale.SEVEN_POINT.max()).isEqualTo(7);
    assertThat(RatingScale.SEVEN_POINT.points()).isEqualTo(7);
    assertThat(RatingScale.SEVEN_POINT.midpoint()).isEqualTo(4.0);
    assertThat(RatingScale.ZERO_TO_TEN.points()).isEqualTo(11);
    assertThat(RatingScale.SCORECARD.midpoint()).isEqualTo(0.0);
  }

  @Test
  void normalizeAndReverseByHand() {
    // (5 - 1) / (7 - 1) = 4/6
    assertThat(RatingScale.SEVEN_POINT.normalize(5)).isCloseTo(4.0 / 6.0, within(1e-15));
    assertThat(RatingScale.SEVEN_POINT.reverse(2)).isEqualTo(6);
    assertThat(RatingScale.SEVEN_POINT.reverse(2.5)).isEqualTo(5.5);
    assertThat(RatingScale.SCORECARD.normalize(-3)).isEqualTo(0.0);
    assertThat(RatingScale.SCORECARD.denormalize(0.5)).isEqualTo(0.0);
  }

  @Test
  void valueSemantics() {
    assertThat(RatingScale.of(1, 7)).isEqualTo(RatingScale.SEVEN_POINT);
    assertThat(RatingScale.of(1, 7)).hasSameHashCodeAs(RatingScale.SEVEN_POINT);
    assertThat(RatingScale.of(-3, 3)).hasToString("-3..3");
  }

  @Test
  void rejectsEmptyScale() {
    assertThatThrownBy(() -> RatingScale.of(5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max must be greater than min")
        .hasMessageContaining("min=5, max=5");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 7.5, Double.NaN, Double.POSITIVE_INFINITY, -0.5})
  void rejectsRatingsOffTheScale(double bad) {
    assertThatThrownBy(() -> RatingScale.SEVEN_POINT.normalize(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rating must be on the scale [1, 7] but was " + bad);
  }

  @Test
  void rejectsBadIntegerAnswerAndUnitValue() {
    Rejections.assertRejects(
        "answer must be on the scale [1, 5] but was 6", () -> RatingScale.FIVE_POINT.reverse(6));
    Rejections.assertRejects(
        "unit value must be in [0, 1] but was 1.01",
        () -> RatingScale.FIVE_POINT.denormalize(1.01));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1-7", "7..1", "a..b", "1..", "1...7"})
  void parseRejectsMalformedText(String text) {
    Rejections.assertRejectsWith("rating scale", () -> RatingScale.parse(text));
  }

  @SeededTest
  void parseIsTheInverseOfToString(Seed seed) {
    RatingScale scale = CoreGenerators.ratingScale(seed.random());
    assertThat(RatingScale.parse(scale.toString())).isEqualTo(scale);
  }

  @SeededTest
  void reverseCodingIsAnInvolution(Seed seed) {
    SplittableRandom r = seed.random();
    RatingScale scale = CoreGenerators.ratingScale(r);
    double x = CoreGenerators.rating(r, scale);
    assertThat(scale.reverse(scale.reverse(x))).isCloseTo(x, within(1e-9));
    int answer = r.nextInt(scale.min(), scale.max() + 1);
    assertThat(scale.reverse(scale.reverse(answer))).isEqualTo(answer);
  }

  @SeededTest
  void normalizationStaysInTheUnitIntervalAndRoundTrips(Seed seed) {
    SplittableRandom r = seed.random();
    RatingScale scale = CoreGenerators.ratingScale(r);
    double x = CoreGenerators.rating(r, scale);
    double unit = scale.normalize(x);
    assertThat(unit).isBetween(0.0, 1.0);
    assertThat(scale.denormalize(unit)).isCloseTo(x, within(1e-9));
  }
}
