package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyTemplatesTest {

  @Test
  void retailCounterHasTheTenMomentsOfTruth() {
    CustomerJourney retail = JourneyTemplates.retailCounter();
    assertThat(retail.name()).isEqualTo("Retail counter");
    assertThat(retail.momentsOfTruth())
        .extracting(Touchpoint::id)
        .containsExactly(
            "entering",
            "greeting",
            "exploring-needs",
            "presenting-goods",
            "trying",
            "handling-objections",
            "paying",
            "packing",
            "farewell",
            "after-sales");
    assertThat(retail.touchpoints()).hasSize(10);
    assertThat(retail.touchpoints()).allMatch(t -> t.channel().equals(Channel.IN_PERSON));
  }

  @Test
  void airlineFollowsCarlzon() {
    CustomerJourney airline = JourneyTemplates.airline();
    assertThat(airline.touchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("booking", "check-in", "boarding", "flight", "baggage-claim");
    // Carlzon: about five contacts per passenger, about 15 seconds each.
    assertThat(airline.momentsOfTruth()).hasSize(5);
    assertThat(airline.touchpoints())
        .allMatch(t -> t.typicalContact().equals(java.util.Optional.of(Duration.ofSeconds(15))));
    assertThat(airline.stages())
        .extracting(JourneyStage::id)
        .containsExactly("before", "during", "after");
  }

  @Test
  void otherTemplatesCoverTheStagesOfTheSources() {
    assertThat(JourneyTemplates.restaurant().stages())
        .extracting(JourneyStage::id)
        .contains("ordering", "dining", "paying");
    assertThat(JourneyTemplates.bankBranch().stages())
        .extracting(JourneyStage::id)
        .contains("enquiry", "application", "claim");
    assertThat(JourneyTemplates.hospital().stages())
        .extracting(JourneyStage::id)
        .contains("registration", "consultation", "examination", "treatment");
    assertThat(JourneyTemplates.onlineShop().stages())
        .extracting(JourneyStage::id)
        .contains("sign-up", "order", "payment", "support");
  }

  @Test
  void everyTemplateIsAValidJourneyWithMomentsOfTruthInEveryNamedStage() {
    List<CustomerJourney> all = JourneyTemplates.all();
    assertThat(all).hasSize(6);
    Set<String> names = new HashSet<>();
    for (CustomerJourney j : all) {
      assertThat(names.add(j.name())).isTrue();
      assertThat(CustomerJourney.builder().from(j).build()).isEqualTo(j);
      assertThat(j.momentsOfTruth()).isNotEmpty();
      for (JourneyStage s : j.stages()) {
        assertThat(j.touchpointsOf(s.id())).as(j.name() + " / " + s.id()).isNotEmpty();
      }
      assertThat(j.touchpoints()).allMatch(t -> t.importance() == 1.0);
    }
  }

  @Test
  void byNameFindsKeysAndNames() {
    assertThat(JourneyTemplates.keys())
        .containsExactly("retail", "airline", "restaurant", "bank", "hospital", "online");
    for (int i = 0; i < JourneyTemplates.keys().size(); i++) {
      CustomerJourney j = JourneyTemplates.all().get(i);
      assertThat(JourneyTemplates.byName(JourneyTemplates.keys().get(i))).isSameAs(j);
      assertThat(JourneyTemplates.byName(j.name())).isSameAs(j);
    }
    assertThat(JourneyTemplates.byName(" Retail ")).isSameAs(JourneyTemplates.retailCounter());
    assertThat(JourneyTemplates.byName("retail counter"))
        .isSameAs(JourneyTemplates.retailCounter());
  }

  @Test
  void byNameRejectsUnknownKeys() {
    assertThatThrownBy(() -> JourneyTemplates.byName("cinema"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey template must be one of retail, airline, restaurant, bank, hospital, online"
                + " but was 'cinema'");
  }

  @Test
  void templatesCanBeAdapted() {
    CustomerJourney retail = JourneyTemplates.retailCounter();
    CustomerJourney shoes =
        retail
            .withName("Shoe shop")
            .withoutTouchpoint("packing")
            .withTouchpoint(retail.requireTouchpoint("paying").withImportance(2))
            .withTouchpoint(
                Touchpoint.builder()
                    .id("fitting")
                    .name("Measuring the foot")
                    .stageId("consultation")
                    .channel(Channel.IN_PERSON)
                    .momentOfTruth(true)
                    .build());
    assertThat(shoes.name()).isEqualTo("Shoe shop");
    assertThat(shoes.momentsOfTruth()).hasSize(10);
    assertThat(shoes.requireTouchpoint("paying").importance()).isEqualTo(2.0);
    assertThat(shoes.indexOf("fitting")).isEqualTo(6);
    // The template itself is unchanged.
    assertThat(JourneyTemplates.retailCounter().touchpoint("packing")).isPresent();
  }

  @Test
  void retailCounterPrintsAsATable() {
    assertThat(JourneyTemplates.retailCounter().toString())
        .isEqualTo(
            """
            Retail counter: 5 stages, 10 touchpoints, 10 moments of truth
            stage         touchpoint           name                 channel    MOT  importance
            Arrival       entering             Entering the store   in-person  *           1.0
                          greeting             Greeting             in-person  *           1.0
            Consultation  exploring-needs      Exploring needs      in-person  *           1.0
                          presenting-goods     Presenting goods     in-person  *           1.0
                          trying               Trying on or out     in-person  *           1.0
                          handling-objections  Handling objections  in-person  *           1.0
            Purchase      paying               Paying               in-person  *           1.0
                          packing              Packing              in-person  *           1.0
            Departure     farewell             Farewell             in-person  *           1.0
            Follow-up     after-sales          After-sales service  in-person  *           1.0\
            """);
  }
}
