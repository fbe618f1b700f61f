package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Rejections;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NaN, infinities, -0.0, extremes, subnormals and values just outside a range, fed to every core
 * factory that takes a number: each is rejected with an {@link IllegalArgumentException} naming
 * the field and the value, or accepted as a clean value (finite, in range, never -0.0).
 */
class HostileNumbersTest {

  static Stream<Double> hostile() {
    return Stream.concat(
        FuzzGenerators.hostileAround(0.0, 1.0),
        Stream.concat(FuzzGenerators.justOutside(1.0, 7.0).stream(), Stream.of(0.0, 1.0)));
  }

  /** Either a clean value or an IllegalArgumentException naming the field and the value. */
  private static <T> void rejectedOrClean(
      double x, String field, DoubleFunction<T> make, DoubleFunction<Double> stored) {
    T value;
    try {
      value = make.apply(x);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).contains(field).contains("but was");
      return;
    }
    double s = stored.apply(x);
    assertThat(Double.isFinite(s)).as("%s %s stored as %s", field, x, s).isTrue();
    assertThat(Double.doubleToRawLongBits(s))
        .as("%s %s must not be stored as -0.0", field, x)
        .isNotEqualTo(Long.MIN_VALUE);
    assertThat(value.toString()).doesNotContain("NaN", "Infinity", "-0.0");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void abcWeights(double x) {
    rejectedOrClean(
        x,
        "weight", // appearance, or communication when 0.5 - v is out of range first
        v -> AbcWeights.of(v, 0.5, 0.5 - v),
        v -> AbcWeights.of(v, 0.5, 0.5 - v).appearance());
    rejectedOrClean(
        x,
        "share",
        v -> AbcWeights.normalize(v, 1, 1),
        v -> AbcWeights.normalize(v, 1, 1).appearance());
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void abcRatings(double x) {
    for (RatingScale scale : List.of(RatingScale.SEVEN_POINT, RatingScale.ZERO_TO_TEN)) {
      rejectedOrClean(
          x,
          "behaviour rating",
          v -> AbcRatings.of(scale, scale.min(), v, scale.max()),
          v -> AbcRatings.of(scale, scale.min(), v, scale.max()).behaviour());
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void ratingScaleConversions(double x) {
    RatingScale s = RatingScale.SEVEN_POINT;
    rejectedOrClean(x, "rating", s::normalize, s::normalize);
    rejectedOrClean(x, "rating", s::reverse, s::reverse);
    rejectedOrClean(x, "unit value", s::denormalize, s::denormalize);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void touchpointImportance(double x) {
    Touchpoint base =
        Touchpoint.builder().id("t").name("T").stageId("s").channel(Channel.WEB).build();
    rejectedOrClean(
        x,
        "importance of touchpoint 't'",
        base::withImportance,
        v -> base.withImportance(v).importance());
    rejectedOrClean(
        x,
        "importance of touchpoint 't'",
        v -> Touchpoint.builder().id("t").name("T").stageId("s").channel(Channel.WEB)
            .importance(v).build(),
        v -> Touchpoint.builder().id("t").name("T").stageId("s").channel(Channel.WEB)
            .importance(v).build().importance());
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void checklistItemWeight(double x) {
    ChecklistItem base =
        ChecklistItem.builder().id("a").text("A").step(BehaviourStep.EXPLORE).build();
    rejectedOrClean(
        x, "weight of checklist item 'a'", base::withWeight, v -> base.withWeight(v).weight());
  }

  // ---- regressions for the defects the hostile numbers found ---------------------------------

  @Test
  void negativeZeroIsStoredAsZeroSoEqualValuesAreEqual() {
    assertThat(AbcWeights.of(-0.0, 0.48, 0.52)).isEqualTo(AbcWeights.of(0.0, 0.48, 0.52));
    assertThat(AbcWeights.of(-0.0, 0.48, 0.52).toString()).doesNotContain("-0.0");
    assertThat(AbcRatings.of(RatingScale.ZERO_TO_TEN, -0.0, 5, 5))
        .isEqualTo(AbcRatings.of(RatingScale.ZERO_TO_TEN, 0.0, 5, 5));
    Touchpoint t = Touchpoint.builder().id("t").name("T").stageId("s").channel(Channel.WEB).build();
    assertThat(t.withImportance(-0.0)).isEqualTo(t.withImportance(0.0));
    assertThat(t.withImportance(-0.0).toString()).contains("importance 0.0");
  }

  @Test
  void hugeImportanceIsRejected() {
    Touchpoint t = Touchpoint.builder().id("t").name("T").stageId("s").channel(Channel.WEB).build();
    Rejections.assertRejects(
        "importance of touchpoint 't' must be at most 1000000.0 but was 1.0E308",
        () -> t.withImportance(1e308));
    assertThat(t.withImportance(Touchpoint.MAX_IMPORTANCE).importance()).isEqualTo(1e6);
  }

  @Test
  void hugeAndTinyChecklistWeightsAreRejected() {
    ChecklistItem i = ChecklistItem.builder().id("a").text("A").step(BehaviourStep.ACT).build();
    Rejections.assertRejects(
        "weight of checklist item 'a' must be at most 1000000.0 but was 1.0E308",
        () -> i.withWeight(1e308));
    Rejections.assertRejects(
        "weight of checklist item 'a' must be at least 1.0E-6 but was 4.9E-324",
        () -> i.withWeight(Double.MIN_VALUE));
    assertThat(i.withWeight(ChecklistItem.MIN_WEIGHT).weight()).isEqualTo(1e-6);
    assertThat(i.withWeight(ChecklistItem.MAX_WEIGHT).weight()).isEqualTo(1e6);
  }

  @Test
  void scaleWhosePointsOverflowAnIntIsRejected() {
    assertThatThrownBy(() -> RatingScale.of(Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rating scale max - min must be at most 2147483646 but was min=-2147483648,"
                + " max=2147483647");
    RatingScale widest = RatingScale.of(-1, Integer.MAX_VALUE - 2);
    assertThat(widest.points()).isEqualTo(Integer.MAX_VALUE);
    assertThat(widest.range()).isEqualTo(Integer.MAX_VALUE - 1);
    assertThat(widest.normalize(-1)).isZero();
  }

  @Test
  void extremeScorecardLevelsAreRejected() {
    for (int bad : new int[] {Integer.MIN_VALUE, -4, 4, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> ScorecardLevel.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("scorecard level must be in [-3, 3] but was " + bad);
    }
    for (String bad : List.of("NaN", "1e308", "99999999999999999999", "３", "٣", "+-3", "")) {
      assertThatThrownBy(() -> ScorecardLevel.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("scorecard level");
    }
  }
}
