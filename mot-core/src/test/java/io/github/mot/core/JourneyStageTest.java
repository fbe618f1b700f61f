package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JourneyStageTest {

  @Test
  void holdsIdAndName() {
    JourneyStage s = JourneyStage.of("arrival", "Arrival");
    assertThat(s.id()).isEqualTo("arrival");
    assertThat(s.name()).isEqualTo("Arrival");
    assertThat(s).isEqualTo(JourneyStage.of("arrival", "Arrival")).hasToString("arrival (Arrival)");
  }

  @Test
  void rejectsBlankId() {
    assertThatThrownBy(() -> JourneyStage.of(" ", "Arrival"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage id must not be blank but was ' '");
  }

  @Test
  void rejectsIdWithSurroundingBlanks() {
    assertThatThrownBy(() -> JourneyStage.of("arrival ", "Arrival"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage id must not start or end with blanks but was 'arrival '");
  }

  @Test
  void rejectsIdWithControlCharacters() {
    assertThatThrownBy(() -> JourneyStage.of("arr\nival", "Arrival"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage id must not contain control characters but was 'arr\\u000aival'");
  }

  @Test
  void rejectsBlankName() {
    assertThatThrownBy(() -> JourneyStage.of("arrival", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name of stage 'arrival' must not be blank but was ''");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsNulls() {
    assertThatThrownBy(() -> JourneyStage.of(null, "Arrival"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> JourneyStage.of("arrival", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }
}
