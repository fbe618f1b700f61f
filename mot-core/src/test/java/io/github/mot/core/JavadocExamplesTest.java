package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Runs the code examples of the Javadoc, copied verbatim, so that they stay true. */
class JavadocExamplesTest {

  @Test
  void touchpointExample() {
    Touchpoint greeting =
        Touchpoint.builder()
            .id("greeting")
            .name("Greeting")
            .stageId("arrival")
            .channel(Channel.IN_PERSON)
            .role("sales assistant")
            .momentOfTruth(true)
            .typicalContact(Duration.ofSeconds(15))
            .build();
    assertThat(greeting.momentOfTruth()).isTrue();
  }

  @Test
  void customerJourneyExample() {
    CustomerJourney journey =
        CustomerJourney.builder()
            .name("Pharmacy")
            .addStages(JourneyStage.of("counter", "At the counter"))
            .addTouchpoints(
                Touchpoint.builder()
                    .id("advice")
                    .name("Advice")
                    .stageId("counter")
                    .channel(Channel.IN_PERSON)
                    .momentOfTruth(true)
                    .build())
            .build();
    assertThat(journey.momentsOfTruth()).hasSize(1);
  }

  @Test
  void encounterExample() {
    Encounter e =
        Encounter.builder()
            .customerId("c-17")
            .touchpointId("greeting")
            .occurredAt(Instant.parse("2026-11-24T10:15:30Z"))
            .staffId("s-3")
            .level(ScorecardLevel.EXCEEDS_EXPECTATIONS)
            .ratings(AbcRatings.of(RatingScale.SEVEN_POINT, 6, 7, 5))
            .duration(Duration.ofSeconds(20))
            .build();
    assertThat(e.level()).contains(ScorecardLevel.EXCEEDS_EXPECTATIONS);
  }

  @Test
  void journeyTemplatesExample() {
    CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey();
    CustomerJourney mine =
        retail
            .withName("Shoe shop")
            .withoutTouchpoint("packing")
            .withTouchpoint(retail.requireTouchpoint("paying").withImportance(2));
    assertThat(mine.touchpoints()).hasSize(9);
    assertThat(mine.requireTouchpoint("paying").importance()).isEqualTo(2.0);
  }

  @Test
  void labelsExample() {
    Labels zh = Labels.of(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.label(ScorecardLevel.DELIGHTS)).isEqualTo("让客户喜悦");
    assertThat(zh.get("template.retail.touchpoint.entering")).isEqualTo("进入卖场");
  }
}
