package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BehaviourModelTest {

  @Test
  void fourStepsWithTheirPractices() {
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

  /**
   * The English texts of the behaviour model's enums, in constant order: what the enum, one text
   * accessor and the texts it returns. The English of FiveC and ServiceCyclePhase is that of the
   * base labels file, the one place that holds it.
   */
  static Stream<Arguments> englishTextsInOrder() {
    return Stream.of(
        texts(BehaviourStep.values(), BehaviourStep::label, "Explore", "Offer", "Act", "Confirm"),
        texts(
            FiveC.values(),
            FiveC::label,
            "Customer",
            "Contingency",
            "Communicate",
            "Co-ordinate",
            "Complete"),
        texts(
            FiveC.values(),
            FiveC::description,
            "think from the customer's point of view",
            "prevent problems before they happen",
            "keep the customer informed",
            "line up the colleagues and departments involved",
            "finish the job as promised"),
        texts(
            ServiceCyclePhase.values(),
            ServiceCyclePhase::label,
            "set the tone",
            "diagnose expectations",
            "resolve the need",
            "summarise and confirm",
            "follow up"),
        texts(
            ServiceCyclePhase.values(),
            ServiceCyclePhase::description,
            "create a good atmosphere and a good first impression",
            "uncover the stated and the latent needs of the customer",
            "solve the customer's problem quickly and well",
            "sum up what was done and check that the need is met",
            "stay in touch after the contact and act on the feedback"),
        texts(
            AbcComponent.values(),
            AbcComponent::label,
            "appearance",
            "behaviour",
            "communication"));
  }

  private static <E extends Enum<E>> Arguments texts(
      E[] constants, Function<E, String> accessor, String... expected) {
    List<String> actual = Stream.of(constants).map(accessor).toList();
    return Arguments.of(constants[0].getDeclaringClass().getSimpleName(), actual, List.of(expected));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("englishTextsInOrder")
  void englishTextsInOrder(String type, List<String> actual, List<String> expected) {
    assertThat(actual).as(type).containsExactlyElementsOf(expected);
  }
}
