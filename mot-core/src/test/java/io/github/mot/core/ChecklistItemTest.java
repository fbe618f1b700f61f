package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecklistItemTest {

  private static ChecklistItem.Builder greet() {
    return ChecklistItem.builder()
        .id("greet-10s")
        .text("Greets the customer within 10 seconds")
        .step(BehaviourStep.EXPLORE);
  }

  @Test
  void defaults() {
    ChecklistItem i = greet().build();
    assertThat(i.touchpointId()).isEmpty();
    assertThat(i.weight()).isEqualTo(1.0);
    assertThat(i.critical()).isFalse();
    assertThat(i)
        .hasToString("greet-10s [Explore, weight 1.0] Greets the customer within 10 seconds");
  }

  @Test
  void allAttributes() {
    ChecklistItem i = greet().touchpointId("greeting").weight(2).critical(true).build();
    assertThat(i.touchpointId()).contains("greeting");
    assertThat(i.weight()).isEqualTo(2.0);
    assertThat(i.critical()).isTrue();
    assertThat(i)
        .hasToString(
            "greet-10s [Explore at greeting, weight 2.0, critical] Greets the customer within 10"
                + " seconds");
    assertThat(i.withWeight(0.5).weight()).isEqualTo(0.5);
    assertThat(i.withCritical(false).critical()).isFalse();
  }

  @Test
  void rejectsBlankId() {
    assertThatThrownBy(
            () -> ChecklistItem.builder().id("").text("x").step(BehaviourStep.ACT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("checklist item id must not be blank but was ''");
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(
            () -> ChecklistItem.builder().id("a").text(" ").step(BehaviourStep.ACT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text of checklist item 'a' must not be blank but was ' '");
  }

  @Test
  void rejectsBlankTouchpointId() {
    Rejections.assertRejects(
        "touchpoint id of checklist item 'greet-10s' must not be blank but was ''",
        () -> greet().touchpointId("").build());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsWeightThatIsNotFiniteAndPositive(double bad) {
    assertThatThrownBy(() -> greet().weight(bad).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of checklist item 'greet-10s' must be finite and > 0 but was " + bad);
  }
}
