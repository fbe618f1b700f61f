package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BehaviourModelTest {

  @Test
  void fourStepsInOrderWithTheirPractices() {
    assertThat(BehaviourStep.values())
        .extracting(BehaviourStep::label)
        .containsExactly("Explore", "Offer", "Act", "Confirm");
    assertThat(BehaviourStep.EXPLORE.practices())
        .contains("active listening", "effective questions");
    assertThat(BehaviourStep.OFFER.practices()).contains("propose a win-win solution");
    assertThat(BehaviourStep.ACT.practices()).contains("keep the promise and earn trust");
    assertThat(BehaviourStep.CONFIRM.practices())
        .contains("check that the need is met", "exceed the customer's expectations");
    for (BehaviourStep step : BehaviourStep.values()) {
      assertThat(step.practices()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
    }
  }

  @Test
  void actPracticesNameTheFiveC() {
    String fiveC = String.join(" ", BehaviourStep.ACT.practices());
    for (FiveC c : FiveC.values()) {
      assertThat(fiveC).containsIgnoringCase(c.label());
    }
  }

  @Test
  void fiveCInOrder() {
    assertThat(FiveC.values())
        .extracting(FiveC::label)
        .containsExactly("Customer", "Contingency", "Communicate", "Co-ordinate", "Complete");
    for (FiveC c : FiveC.values()) {
      assertThat(c.description()).isNotBlank();
    }
  }

  @Test
  void serviceCycleInOrder() {
    assertThat(ServiceCyclePhase.values())
        .extracting(ServiceCyclePhase::label)
        .containsExactly(
            "set the tone",
            "diagnose expectations",
            "resolve the need",
            "summarise and confirm",
            "follow up");
    for (ServiceCyclePhase p : ServiceCyclePhase.values()) {
      assertThat(p.description()).isNotBlank();
    }
  }

  @Test
  void abcComponentLabels() {
    assertThat(AbcComponent.values())
        .extracting(AbcComponent::label)
        .containsExactly("appearance", "behaviour", "communication");
  }
}
