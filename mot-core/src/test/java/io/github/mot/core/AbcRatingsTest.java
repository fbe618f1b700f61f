package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import org.junit.jupiter.api.Test;

class AbcRatingsTest {

  @Test
  void holdsThreeRatingsOnOneScale() {
    AbcRatings r = AbcRatings.of(RatingScale.SEVEN_POINT, 6, 5.5, 7);
    assertThat(r.scale()).isEqualTo(RatingScale.SEVEN_POINT);
    assertThat(r.rating(AbcComponent.APPEARANCE)).isEqualTo(6.0);
    assertThat(r.rating(AbcComponent.BEHAVIOUR)).isEqualTo(5.5);
    assertThat(r.rating(AbcComponent.COMMUNICATION)).isEqualTo(7.0);
    assertThat(r).isEqualTo(AbcRatings.of(RatingScale.of(1, 7), 6, 5.5, 7));
    assertThat(r).isNotEqualTo(AbcRatings.of(RatingScale.of(0, 7), 6, 5.5, 7));
    assertThat(r)
        .hasToString("ABC ratings on 1..7: appearance 6.0, behaviour 5.5, communication 7.0");
  }

  @Test
  void rejectsAppearanceOffTheScale() {
    Rejections.assertRejects(
        "appearance rating must be on the scale [1, 7] but was 9.0",
        () -> AbcRatings.of(RatingScale.SEVEN_POINT, 9, 5, 5));
  }

  @Test
  void rejectsBehaviourOffTheScale() {
    Rejections.assertRejects(
        "behaviour rating must be on the scale [1, 5] but was 0.0",
        () -> AbcRatings.of(RatingScale.FIVE_POINT, 3, 0, 5));
  }

  @Test
  void rejectsCommunicationNaN() {
    Rejections.assertRejects(
        "communication rating must be on the scale [0, 10] but was NaN",
        () -> AbcRatings.of(RatingScale.ZERO_TO_TEN, 3, 4, Double.NaN));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsNullScale() {
    assertThatThrownBy(() -> AbcRatings.of(null, 3, 4, 5))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scale");
  }
}
