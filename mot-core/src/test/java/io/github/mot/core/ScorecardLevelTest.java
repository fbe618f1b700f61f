package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorecardLevelTest {

  @Test
  void levelsAreInAscendingOrderFromMinusThreeToThree() {
    assertThat(Arrays.stream(ScorecardLevel.values()).mapToInt(ScorecardLevel::value))
        .containsExactly(-3, -2, -1, 0, 1, 2, 3);
    assertThat(ScorecardLevel.MIN).isEqualTo(-3);
    assertThat(ScorecardLevel.MAX).isEqualTo(3);
    for (ScorecardLevel level : ScorecardLevel.values()) {
      assertThat(ScorecardLevel.of(level.value())).isSameAs(level);
      assertThat(RatingScale.SCORECARD.contains(level.value())).isTrue();
    }
  }

  @Test
  void labelsFollowTheScorecard() {
    assertThat(ScorecardLevel.DELIGHTS.label()).isEqualTo("delights the customer");
    assertThat(ScorecardLevel.EXCEEDS_EXPECTATIONS.label()).isEqualTo("exceeds expectations");
    assertThat(ScorecardLevel.MEETS_EXPECTATIONS.label()).isEqualTo("meets expectations");
    assertThat(ScorecardLevel.NEUTRAL.label()).isEqualTo("neutral");
    assertThat(ScorecardLevel.PARTLY_FALLS_SHORT.label())
        .isEqualTo("partly falls short of expectations");
    assertThat(ScorecardLevel.FAILS_EXPECTATIONS.label()).isEqualTo("fails expectations");
    assertThat(ScorecardLevel.DAMAGES_RELATIONSHIP.label()).isEqualTo("damages the relationship");
  }

  @Test
  void polarityFollowsTheSign() {
    assertThat(ScorecardLevel.MEETS_EXPECTATIONS.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(ScorecardLevel.NEUTRAL.polarity()).isEqualTo(Polarity.NEUTRAL);
    assertThat(ScorecardLevel.PARTLY_FALLS_SHORT.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(ScorecardLevel.DELIGHTS.isPositive()).isTrue();
    assertThat(ScorecardLevel.DELIGHTS.isNegative()).isFalse();
    assertThat(ScorecardLevel.NEUTRAL.isPositive()).isFalse();
    assertThat(ScorecardLevel.NEUTRAL.isNegative()).isFalse();
    assertThat(ScorecardLevel.DAMAGES_RELATIONSHIP.isNegative()).isTrue();
    for (ScorecardLevel level : ScorecardLevel.values()) {
      assertThat(level.polarity()).isEqualTo(Polarity.ofSign(level.value()));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 4, -4, Integer.MIN_VALUE})
  void ofRejectsValuesOffTheScorecard(int bad) {
    assertThatThrownBy(() -> ScorecardLevel.of(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scorecard level must be in [-3, 3] but was " + bad);
  }

  @Test
  void parseReadsNamesAndSignedValues() {
    assertThat(ScorecardLevel.parse("DELIGHTS")).isEqualTo(ScorecardLevel.DELIGHTS);
    assertThat(ScorecardLevel.parse(" delights ")).isEqualTo(ScorecardLevel.DELIGHTS);
    assertThat(ScorecardLevel.parse("+3")).isEqualTo(ScorecardLevel.DELIGHTS);
    assertThat(ScorecardLevel.parse("-1")).isEqualTo(ScorecardLevel.PARTLY_FALLS_SHORT);
    assertThat(ScorecardLevel.parse("0")).isEqualTo(ScorecardLevel.NEUTRAL);
    for (ScorecardLevel level : ScorecardLevel.values()) {
      assertThat(ScorecardLevel.parse(level.toString())).isSameAs(level);
    }
  }

  @Test
  void parseRejectsOtherText() {
    assertThatThrownBy(() -> ScorecardLevel.parse("great"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scorecard level must be a name such as DELIGHTS or an integer in [-3, 3] but was"
                + " 'great'");
    Rejections.assertRejects(
        "scorecard level must be in [-3, 3] but was 7", () -> ScorecardLevel.parse("7"));
  }

  @Test
  void polarityOfSignRejectsNaN() {
    assertThat(Polarity.ofSign(0.5)).isEqualTo(Polarity.POSITIVE);
    assertThat(Polarity.ofSign(-0.0)).isEqualTo(Polarity.NEUTRAL);
    assertThat(Polarity.ofSign(-2)).isEqualTo(Polarity.NEGATIVE);
    Rejections.assertRejects(
        "value must be a number but was NaN", () -> Polarity.ofSign(Double.NaN));
  }
}
