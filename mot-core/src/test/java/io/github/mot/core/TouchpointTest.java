package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchpointTest {

  private static Touchpoint.Builder greeting() {
    return Touchpoint.builder()
        .id("greeting")
        .name("Greeting")
        .stageId("arrival")
        .channel(Channel.IN_PERSON);
  }

  @Test
  void defaults() {
    Touchpoint t = greeting().build();
    assertThat(t.id()).isEqualTo("greeting");
    assertThat(t.name()).isEqualTo("Greeting");
    assertThat(t.stageId()).isEqualTo("arrival");
    assertThat(t.channel()).isEqualTo(Channel.IN_PERSON);
    assertThat(t.role()).isEmpty();
    assertThat(t.momentOfTruth()).isFalse();
    assertThat(t.importance()).isEqualTo(1.0);
    assertThat(t.typicalContact()).isEmpty();
    assertThat(t).hasToString("greeting (Greeting) in stage arrival via in-person, importance 1.0");
  }

  @Test
  void allAttributes() {
    Touchpoint t =
        greeting()
            .role("sales assistant")
            .momentOfTruth(true)
            .importance(2.5)
            .typicalContact(Duration.ofSeconds(15))
            .build();
    assertThat(t.role()).contains("sales assistant");
    assertThat(t.momentOfTruth()).isTrue();
    assertThat(t.importance()).isEqualTo(2.5);
    assertThat(t.typicalContact()).contains(Duration.ofSeconds(15));
    assertThat(t)
        .hasToString(
            "greeting (Greeting) in stage arrival via in-person, moment of truth, importance 2.5,"
                + " role sales assistant, typical contact PT15S");
    assertThat(t).isEqualTo(t.withImportance(2.5)).isNotEqualTo(t.withImportance(2.0));
  }

  @Test
  void copies() {
    Touchpoint t = greeting().build();
    assertThat(t.withName("Welcome").name()).isEqualTo("Welcome");
    assertThat(t.withStageId("entry").stageId()).isEqualTo("entry");
    assertThat(t.withChannel(Channel.PHONE).channel()).isEqualTo(Channel.PHONE);
    assertThat(t.withRole("host").role()).contains("host");
    assertThat(t.withRole("host").withRole(Optional.empty()).role()).isEmpty();
    assertThat(t.withMomentOfTruth(true).momentOfTruth()).isTrue();
    assertThat(t.withImportance(0).importance()).isZero();
    assertThat(t.withTypicalContact(Duration.ZERO).typicalContact()).contains(Duration.ZERO);
  }

  @Test
  void rejectsBadId() {
    assertThatThrownBy(
            () ->
                Touchpoint.builder()
                    .id(" greeting")
                    .name("Greeting")
                    .stageId("arrival")
                    .channel(Channel.IN_PERSON)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint id must not start or end with blanks but was ' greeting'");
  }

  @Test
  void rejectsBlankName() {
    Rejections.assertRejects(
        "name of touchpoint 'greeting' must not be blank but was ' '",
        () -> greeting().build().withName(" "));
  }

  @Test
  void rejectsBlankStageId() {
    Rejections.assertRejects(
        "stage id of touchpoint 'greeting' must not be blank but was ''",
        () -> greeting().build().withStageId(""));
  }

  @Test
  void rejectsBlankRole() {
    Rejections.assertRejects(
        "role of touchpoint 'greeting' must not be blank but was '  '",
        () -> greeting().role("  ").build());
  }

  @Test
  void rejectsNegativeOrNonFiniteImportance() {
    Rejections.assertRejects(
        "importance of touchpoint 'greeting' must be finite and >= 0 but was -0.5",
        () -> greeting().importance(-0.5).build());
    Rejections.assertRejects(
        "importance of touchpoint 'greeting' must be finite and >= 0 but was NaN",
        () -> greeting().importance(Double.NaN).build());
    Rejections.assertRejects(
        "importance of touchpoint 'greeting' must be finite and >= 0 but was Infinity",
        () -> greeting().build().withImportance(Double.POSITIVE_INFINITY));
  }

  @Test
  void rejectsNegativeTypicalContact() {
    Rejections.assertRejects(
        "typical contact of touchpoint 'greeting' must not be negative but was PT-1S",
        () -> greeting().typicalContact(Duration.ofSeconds(-1)).build());
  }

  @Test
  void rejectsMissingRequiredAttributes() {
    assertThatThrownBy(() -> Touchpoint.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("stageId")
        .hasMessageContaining("channel");
  }

  @Test
  void strictBuilderRejectsSettingTwice() {
    assertThatThrownBy(() -> greeting().id("again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
  }
}
