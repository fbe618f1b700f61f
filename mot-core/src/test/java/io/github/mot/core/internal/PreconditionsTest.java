package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

  @Test
  void oneShapeOfMessage() {
    assertThat(Preconditions.invalid("confidence level", "in (0, 1)", 1.5))
        .hasMessage("confidence level must be in (0, 1) but was 1.5");
    assertThat(Preconditions.invalid("format", "one of text, csv", "x\ny"))
        .hasMessage("format must be one of text, csv but was 'x\\u000ay'");
  }

  @Test
  void rangesFailOnNaN() {
    assertThatThrownBy(() -> Preconditions.openUnit("confidence level", Double.NaN))
        .hasMessage("confidence level must be in (0, 1) but was NaN");
    assertThatThrownBy(() -> Preconditions.finiteNonNegative("seconds", Double.POSITIVE_INFINITY))
        .hasMessage("seconds must be finite and >= 0 but was Infinity");
    assertThat(Preconditions.openUnit("level", 0.95)).isEqualTo(0.95);
    assertThat(Preconditions.finiteNonNegative("seconds", 0.0)).isZero();
  }

  @Test
  void wholeNumbers() {
    assertThat(Preconditions.atLeast("n", 0, 0)).isZero();
    assertThatThrownBy(() -> Preconditions.atLeast("n", -1, 0)).hasMessage("n must be >= 0 but was -1");
    assertThatThrownBy(() -> Preconditions.inRange("item id", 23, 1, 22))
        .hasMessage("item id must be in [1, 22] but was 23");
    assertThat(Preconditions.oneOf("x", "a", List.of("a", "b"))).isEqualTo("a");
    assertThatThrownBy(() -> Preconditions.oneOf("x", "c", List.of("a", "b")))
        .hasMessage("x must be one of [a, b] but was 'c'");
  }

  @Test
  void unitIntervalIsClosedAndFailsOnNaN() {
    assertThat(Preconditions.unitInterval("score", 0.0)).isZero();
    assertThat(Preconditions.unitInterval("score", 1.0)).isEqualTo(1.0);
    assertThatThrownBy(() -> Preconditions.unitInterval("score", 1.5)).hasMessage("score must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> Preconditions.unitInterval("score", Double.NaN))
        .hasMessage("score must be in [0, 1] but was NaN");
  }

  @Test
  void unmetRequirementsHaveTheSameShape() {
    assertThat(Preconditions.unmet("encounters", "all be of one customer", "had 'a' and 'b'"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("encounters must all be of one customer but had 'a' and 'b'");
    assertThat(Preconditions.unmet("typicalContact", "not be negative", "was PT-1S"))
        .hasMessage("typicalContact must not be negative but was PT-1S");
  }

  @Test
  void blankText() {
    assertThat(Preconditions.notBlank("item label", " x ")).isEqualTo(" x ");
    assertThatThrownBy(() -> Preconditions.notBlank("item label", " "))
        .hasMessage("item label must not be blank but was ' '");
    assertThatThrownBy(() -> Preconditions.notBlank("item label", "\t"))
        .hasMessage("item label must not be blank but was '\\u0009'");
  }
}
