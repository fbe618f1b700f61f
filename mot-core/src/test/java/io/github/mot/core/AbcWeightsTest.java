package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbcWeightsTest {

  @Test
  void standardWeightsAreFiftyTwoThirtyThreeFifteen() {
    AbcWeights w = AbcWeights.STANDARD;
    assertThat(List.of(w.appearance(), w.behaviour(), w.communication())).containsExactly(0.52, 0.33, 0.15);
    assertThat(Stream.of(AbcComponent.APPEARANCE, AbcComponent.BEHAVIOUR, AbcComponent.COMMUNICATION)
            .map(w::weight))
        .containsExactly(0.52, 0.33, 0.15);
    assertThat(AbcWeights.STANDARD)
        .hasToString("ABC weights: appearance 0.52, behaviour 0.33, communication 0.15");
  }

  @Test
  void valueSemantics() {
    assertThat(AbcWeights.of(0.52, 0.33, 0.15)).isEqualTo(AbcWeights.STANDARD);
    assertThat(AbcWeights.of(0.52, 0.33, 0.15)).hasSameHashCodeAs(AbcWeights.STANDARD);
    assertThat(AbcWeights.of(1, 0, 0)).isNotEqualTo(AbcWeights.of(0, 1, 0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.2, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void ofRejectsAppearanceOutsideTheUnitInterval(double bad) {
    assertThatThrownBy(() -> AbcWeights.of(bad, 0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appearance weight must be in [0, 1] but was " + bad);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          of        | 0.5 | -0.1 | 0.6      | behaviour weight must be in [0, 1] but was -0.1
          of        | 0.5 | 0.5  | NaN      | communication weight must be in [0, 1] but was NaN
          normalize | -1  | 3    | 2        | appearance share must be finite and >= 0 but was -1.0
          normalize | 5   | NaN  | 2        | behaviour share must be finite and >= 0 but was NaN
          normalize | 5   | 3    | Infinity | communication share must be finite and >= 0 but was Infinity
          """)
  void ofAndNormalizeRejectAComponentAndNameIt(
      String factory, double appearance, double behaviour, double communication, String message) {
    assertThatThrownBy(
            () -> {
              if (factory.equals("of")) {
                AbcWeights.of(appearance, behaviour, communication);
              } else {
                AbcWeights.normalize(appearance, behaviour, communication);
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void ofRejectsWeightsThatDoNotSumToOne() {
    assertThatThrownBy(() -> AbcWeights.of(0.5, 0.3, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ABC weights must sum to 1 (within 1.0E-9) but sum to 0.9")
        .hasMessageContaining("appearance=0.5, behaviour=0.3, communication=0.1");
    // 1 + 2e-9 is outside the tolerance, 1 + 5e-10 inside.
    Rejections.assertRejectsWith("must sum to 1", () -> AbcWeights.of(0.5, 0.3, 0.2 + 2e-9));
    assertThat(AbcWeights.of(0.5, 0.3, 0.2 + 5e-10).communication()).isEqualTo(0.2 + 5e-10);
  }

  @Test
  void normalizeDividesByTheSum() {
    // 5 / 10, 3 / 10, 2 / 10
    AbcWeights w = AbcWeights.normalize(5, 3, 2);
    assertThat(w.appearance()).isCloseTo(0.5, within(1e-15));
    assertThat(w.behaviour()).isCloseTo(0.3, within(1e-15));
    assertThat(w.communication()).isCloseTo(0.2, within(1e-15));
    // 52 / 100, 33 / 100, 15 / 100: percentages give the standard weights
    AbcWeights percent = AbcWeights.normalize(52, 33, 15);
    assertThat(percent.appearance()).isCloseTo(0.52, within(1e-15));
    assertThat(percent.behaviour()).isCloseTo(0.33, within(1e-15));
    assertThat(percent.communication()).isCloseTo(0.15, within(1e-15));
    assertThat(AbcWeights.normalize(0, 0, 7)).isEqualTo(AbcWeights.of(0, 0, 1));
  }

  @Test
  void normalizeCopesWithHugeAndTinyShares() {
    // Their plain sum would overflow to infinity: 1/3 each.
    AbcWeights huge = AbcWeights.normalize(Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE);
    assertThat(huge.appearance()).isCloseTo(1.0 / 3.0, within(1e-15));
    AbcWeights tiny = AbcWeights.normalize(Double.MIN_VALUE, 0, Double.MIN_VALUE);
    assertThat(tiny.appearance()).isCloseTo(0.5, within(1e-15));
    assertThat(tiny.behaviour()).isZero();
  }

  @Test
  void normalizeRejectsAllZero() {
    Rejections.assertRejectsWith(
        "ABC shares must not all be zero", () -> AbcWeights.normalize(0, 0, 0));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void weightRejectsNull() {
    Rejections.assertRejectsNull("component", () -> AbcWeights.STANDARD.weight(null));
  }

  @SeededTest
  void normalizedWeightsSumToOne(Seed seed) {
    SplittableRandom r = seed.random();
    double a = CoreGenerators.share(r);
    double b = CoreGenerators.share(r);
    double c = CoreGenerators.share(r) + Double.MIN_VALUE;
    AbcWeights w = AbcWeights.normalize(a, b, c);
    assertThat(w.appearance() + w.behaviour() + w.communication()).isCloseTo(1.0, within(1e-9));
    for (AbcComponent component : AbcComponent.values()) {
      assertThat(w.weight(component)).isBetween(0.0, 1.0);
    }
    // Normalising weights that already sum to 1 changes them by rounding at most.
    AbcWeights again = AbcWeights.normalize(w.appearance(), w.behaviour(), w.communication());
    assertThat(again.appearance()).isCloseTo(w.appearance(), within(1e-12));
    assertThat(again.behaviour()).isCloseTo(w.behaviour(), within(1e-12));
    assertThat(again.communication()).isCloseTo(w.communication(), within(1e-12));
  }

  @SeededTest
  void generatedWeightsAreValid(Seed seed) {
    AbcWeights w = CoreGenerators.abcWeights(seed.random());
    assertThat(AbcWeights.of(w.appearance(), w.behaviour(), w.communication())).isEqualTo(w);
  }
}
