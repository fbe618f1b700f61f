package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JourneyStageTest {

  @Test
  void holdsIdAndName() {
    JourneyStage s = JourneyStage.of("arrival", "Arrival");
    assertThat(s.id()).isEqualTo("arrival");
    assertThat(s.name()).isEqualTo("Arrival");
    assertThat(s).isEqualTo(JourneyStage.of("arrival", "Arrival")).hasToString("arrival (Arrival)");
  }

  /** An id, a name, and the message that rejects them. */
  static Stream<Arguments> invalidStages() {
    return Stream.of(
        Arguments.of(" ", "Arrival", "stage id must not be blank but was ' '"),
        Arguments.of(
            "arrival ", "Arrival", "stage id must not start or end with blanks but was 'arrival '"),
        Arguments.of(
            "arr\nival",
            "Arrival",
            "stage id must not contain control characters but was 'arr\\u000aival'"),
        Arguments.of("arrival", "", "name of stage 'arrival' must not be blank but was ''"));
  }

  @ParameterizedTest
  @MethodSource("invalidStages")
  void rejectsInvalidIdOrName(String id, String name, String message) {
    assertThatThrownBy(() -> JourneyStage.of(id, name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
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
