package io.github.mot.scoring.io;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.SupervisionChecklist;
import java.util.List;

/** What the reader tests share: small checklists. Stateless. */
final class ReaderFixtures {

  private ReaderFixtures() {}

  /** A checklist {@code id} of two items of weight 1, not critical, each given as id, text and step. */
  static SupervisionChecklist checklist(
      String id, String firstId, String firstText, BehaviourStep firstStep,
      String secondId, String secondText, BehaviourStep secondStep) {
    return SupervisionChecklist.of(id, List.of(
        ChecklistItem.builder().id(firstId).text(firstText).step(firstStep).build(),
        ChecklistItem.builder().id(secondId).text(secondText).step(secondStep).build()));
  }
}
