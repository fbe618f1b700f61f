package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisionChecklistTest {

  private static final ChecklistItem GREET =
      ChecklistItem.builder()
          .id("greet")
          .text("Greets within 10 seconds")
          .step(BehaviourStep.EXPLORE)
          .touchpointId("greeting")
          .build();
  private static final ChecklistItem REPEAT =
      ChecklistItem.builder()
          .id("repeat")
          .text("Repeats the order back")
          .step(BehaviourStep.CONFIRM)
          .weight(2)
          .critical(true)
          .build();

  @Test
  void holdsItemsInFormOrder() {
    SupervisionChecklist c = SupervisionChecklist.of("Counter audit", List.of(GREET, REPEAT));
    assertThat(c.name()).isEqualTo("Counter audit");
    assertThat(c.items()).containsExactly(GREET, REPEAT);
    assertThat(c.item("repeat")).contains(REPEAT);
    assertThat(c.item("none")).isEmpty();
    assertThat(c.itemsOf(BehaviourStep.CONFIRM)).containsExactly(REPEAT);
    assertThat(c.itemsOf(BehaviourStep.OFFER)).isEmpty();
    assertThat(c.itemsAt("greeting")).containsExactly(GREET);
    assertThat(c.itemsAt("paying")).isEmpty();
    assertThat(c)
        .isEqualTo(
            SupervisionChecklist.builder().name("Counter audit").addItems(GREET, REPEAT).build());
  }

  @Test
  void toStringIsAnAlignedTable() {
    assertThat(SupervisionChecklist.of("Counter audit", List.of(GREET, REPEAT)).toString())
        .isEqualTo(
            """
                Counter audit: 2 items, 1 critical
                item    step     touchpoint  weight  !  text
                greet   Explore  greeting       1.0     Greets within 10 seconds
                repeat  Confirm                 2.0  !  Repeats the order back\
                """);
  }

  @Test
  void rejectsBlankName() {
    Rejections.assertRejects(
        "checklist name must not be blank but was ' '",
        () -> SupervisionChecklist.of(" ", List.of(GREET)));
  }

  @Test
  void rejectsEmptyChecklist() {
    Rejections.assertRejects(
        "checklist 'Audit' must have at least one item but has none",
        () -> SupervisionChecklist.of("Audit", List.of()));
  }

  @Test
  void rejectsDuplicateItemIds() {
    assertThatThrownBy(() -> SupervisionChecklist.of("Audit", List.of(GREET, REPEAT, GREET)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "checklist item ids must be unique in checklist 'Audit' but 'greet' occurs more than"
                + " once");
  }
}
