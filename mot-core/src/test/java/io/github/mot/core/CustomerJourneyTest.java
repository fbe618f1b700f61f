package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CustomerJourneyTest {

  private static final JourneyStage ARRIVAL = JourneyStage.of("arrival", "Arrival");
  private static final JourneyStage PURCHASE = JourneyStage.of("purchase", "Purchase");

  private static Touchpoint tp(String id, String stageId) {
    return Touchpoint.builder()
        .id(id)
        .name(id.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + id.substring(1))
        .stageId(stageId)
        .channel(Channel.IN_PERSON)
        .build();
  }

  /** Touchpoints given out of stage order: paying, entering, packing, greeting. */
  private static CustomerJourney shop() {
    return CustomerJourney.builder()
        .name("Shop")
        .addStages(ARRIVAL, PURCHASE)
        .addTouchpoints(tp("paying", "purchase").withMomentOfTruth(true))
        .addTouchpoints(tp("entering", "arrival"))
        .addTouchpoints(tp("packing", "purchase"))
        .addTouchpoints(tp("greeting", "arrival").withMomentOfTruth(true).withImportance(2))
        .build();
  }

  private static List<String> ids(List<Touchpoint> touchpoints) {
    List<String> ids = new ArrayList<>();
    touchpoints.forEach(t -> ids.add(t.id()));
    return ids;
  }

  @Test
  void touchpointsAreInStageOrderThenGivenOrder() {
    CustomerJourney j = shop();
    assertThat(j.stages()).containsExactly(ARRIVAL, PURCHASE);
    assertThat(ids(j.touchpoints())).containsExactly("entering", "greeting", "paying", "packing");
    assertThat(j.indexOf("entering")).isZero();
    assertThat(j.indexOf("packing")).isEqualTo(3);
    assertThat(j.indexOf("nowhere")).isEqualTo(-1);
  }

  @Test
  void lookups() {
    CustomerJourney j = shop();
    assertThat(j.touchpoint("paying")).map(Touchpoint::stageId).contains("purchase");
    assertThat(j.touchpoint("nowhere")).isEmpty();
    assertThat(j.requireTouchpoint("greeting").importance()).isEqualTo(2.0);
    assertThat(ids(j.touchpointsOf("purchase"))).containsExactly("paying", "packing");
    assertThat(ids(j.momentsOfTruth())).containsExactly("greeting", "paying");
    assertThat(j.stage("arrival")).contains(ARRIVAL);
    assertThat(j.stage("nowhere")).isEmpty();
  }

  @Test
  void requireTouchpointNamesTheJourney() {
    Rejections.assertRejects(
        "unknown touchpoint 'x' in journey 'Shop'", () -> shop().requireTouchpoint("x"));
  }

  @Test
  void touchpointsOfRejectsUnknownStage() {
    Rejections.assertRejects(
        "unknown stage 'departure' in journey 'Shop'", () -> shop().touchpointsOf("departure"));
  }

  @Test
  void equalityIgnoresTheOrderTouchpointsWereGivenAcrossStages() {
    CustomerJourney sorted =
        CustomerJourney.builder()
            .name("Shop")
            .addStages(ARRIVAL, PURCHASE)
            .addTouchpoints(tp("entering", "arrival"))
            .addTouchpoints(tp("greeting", "arrival").withMomentOfTruth(true).withImportance(2))
            .addTouchpoints(tp("paying", "purchase").withMomentOfTruth(true))
            .addTouchpoints(tp("packing", "purchase"))
            .build();
    assertThat(sorted).isEqualTo(shop()).hasSameHashCodeAs(shop());
  }

  @Test
  void rejectsJourneyWithoutStages() {
    Rejections.assertRejects(
        "journey 'Empty' must have at least one stage but has none",
        () -> CustomerJourney.builder().name("Empty").build());
  }

  @Test
  void rejectsBlankName() {
    Rejections.assertRejects(
        "journey name must not be blank but was ''", () -> shop().withName(""));
  }

  @Test
  void rejectsDuplicateStageIds() {
    assertThatThrownBy(
            () ->
                CustomerJourney.builder()
                    .name("Shop")
                    .addStages(ARRIVAL, PURCHASE, JourneyStage.of("arrival", "Arrival again"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "stage ids must be unique in journey 'Shop' but 'arrival' occurs more than once");
  }

  @Test
  void rejectsDuplicateTouchpointIds() {
    assertThatThrownBy(
            () ->
                CustomerJourney.builder()
                    .from(shop().withName("Shop"))
                    .addTouchpoints(tp("paying", "arrival"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "touchpoint ids must be unique in journey 'Shop' but 'paying' occurs more than once");
  }

  @Test
  void rejectsTouchpointInUnknownStage() {
    assertThatThrownBy(() -> shop().withTouchpoint(tp("farewell", "departure")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "touchpoint 'farewell' must be in a stage of journey 'Shop' (arrival, purchase) but"
                + " its stage was 'departure'");
  }

  @Test
  void withTouchpointReplacesInPlaceOrAppendsToItsStage() {
    CustomerJourney j = shop();
    CustomerJourney reweighted =
        j.withTouchpoint(j.requireTouchpoint("entering").withImportance(3));
    assertThat(ids(reweighted.touchpoints())).isEqualTo(ids(j.touchpoints()));
    assertThat(reweighted.requireTouchpoint("entering").importance()).isEqualTo(3.0);

    CustomerJourney moved =
        j.withTouchpoint(j.requireTouchpoint("entering").withStageId("purchase"));
    assertThat(ids(moved.touchpoints()))
        .containsExactly("greeting", "paying", "packing", "entering");

    CustomerJourney added = j.withTouchpoint(tp("welcome", "arrival"));
    assertThat(ids(added.touchpoints()))
        .containsExactly("entering", "greeting", "welcome", "paying", "packing");
  }

  @Test
  void withoutTouchpointRemovesIt() {
    CustomerJourney j = shop().withoutTouchpoint("greeting");
    assertThat(ids(j.touchpoints())).containsExactly("entering", "paying", "packing");
    assertThat(j.touchpointsOf("arrival")).hasSize(1);
    Rejections.assertRejects(
        "unknown touchpoint 'greeting' in journey 'Shop'", () -> j.withoutTouchpoint("greeting"));
  }

  @Test
  void withStageRenamesOrAppends() {
    CustomerJourney renamed = shop().withStage(JourneyStage.of("arrival", "Coming in"));
    assertThat(renamed.stages())
        .extracting(JourneyStage::name)
        .containsExactly("Coming in", "Purchase");
    CustomerJourney extended =
        shop()
            .withStage(JourneyStage.of("after", "After sales"))
            .withTouchpoint(tp("call-back", "after"));
    assertThat(extended.stages()).hasSize(3);
    assertThat(extended.touchpoints().get(4).id()).isEqualTo("call-back");
    assertThat(extended.touchpointsOf("after")).hasSize(1);
  }

  @Test
  void withStagesMustKeepEveryTouchpointsStage() {
    Rejections.assertRejectsWith(
        "touchpoint 'paying' must be in a stage of journey 'Shop' (arrival)",
        () -> shop().withStages(List.of(ARRIVAL)));
  }

  @Test
  void builderFromCopiesEverything() {
    CustomerJourney copy = CustomerJourney.builder().from(shop()).build();
    assertThat(copy).isEqualTo(shop());
    CustomerJourney more =
        CustomerJourney.builder()
            .from(shop())
            .addStages(JourneyStage.of("departure", "Departure"))
            .addTouchpoints(tp("farewell", "departure"))
            .build()
            .withName("Shop with farewell");
    assertThat(more.name()).isEqualTo("Shop with farewell");
    assertThat(more.touchpoints()).hasSize(5);
    assertThatThrownBy(() -> CustomerJourney.builder().name("x").from(shop()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toStringIsAnAlignedTable() {
    CustomerJourney j = shop().withStage(JourneyStage.of("departure", "Departure"));
    assertThat(j.toString())
        .isEqualTo(
            """
                Shop: 3 stages, 4 touchpoints, 2 moments of truth
                stage      touchpoint  name      channel    MOT  importance
                Arrival    entering    Entering  in-person              1.0
                           greeting    Greeting  in-person  *           2.0
                Purchase   paying      Paying    in-person  *           1.0
                           packing     Packing   in-person              1.0
                Departure  (none)\
                """);
  }

  @Test
  void toStringAlignsChineseNamesByDisplayWidth() {
    // Chinese characters take two terminal columns: "到店" is as wide as "Arrival" plus one blank
    CustomerJourney j = CustomerJourney.builder()
        .name("柜面")
        .addStages(JourneyStage.of("arrival", "到店"), JourneyStage.of("purchase", "Purchase"))
        .addTouchpoints(tp("entering", "arrival").withName("进入卖场"), tp("paying", "purchase"))
        .build();
    assertThat(j.toString())
        .isEqualTo(
            """
                柜面: 2 stages, 2 touchpoints, 0 moments of truth
                stage     touchpoint  name      channel    MOT  importance
                到店      entering    进入卖场  in-person              1.0
                Purchase  paying      Paying    in-person              1.0\
                """);
  }

  @Test
  void toStringOfALongJourneyShowsFirstAndLastRows() {
    CustomerJourney.Builder b = CustomerJourney.builder().name("Long").addStages(ARRIVAL);
    for (int i = 0; i < 100; i++) {
      b.addTouchpoints(tp("t" + i, "arrival"));
    }
    String text = b.build().toString();
    assertThat(text.lines()).hasSize(1 + 1 + 25 + 1 + 25);
    assertThat(text).contains("t24 ").contains("... 50 more rows ...").contains("t75 ");
    assertThat(text).doesNotContain("t25 ").doesNotContain("t74 ");
  }

  @SeededTest
  void generatedJourneysAreInJourneyOrder(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney j = CoreGenerators.customerJourney(r);
    List<String> stageIds = new ArrayList<>();
    j.stages().forEach(s -> stageIds.add(s.id()));
    int previous = 0;
    for (int i = 0; i < j.touchpoints().size(); i++) {
      Touchpoint t = j.touchpoints().get(i);
      int stage = stageIds.indexOf(t.stageId());
      assertThat(stage).isGreaterThanOrEqualTo(previous);
      previous = stage;
      assertThat(j.indexOf(t.id())).isEqualTo(i);
      assertThat(j.requireTouchpoint(t.id())).isSameAs(t);
    }
    // Rebuilding from the touchpoints in reverse order gives the same journey.
    List<Touchpoint> reversed = new ArrayList<>(j.touchpoints());
    java.util.Collections.reverse(reversed);
    CustomerJourney rebuilt = j.withTouchpoints(reversed);
    for (JourneyStage s : j.stages()) {
      List<Touchpoint> expected = new ArrayList<>(j.touchpointsOf(s.id()));
      java.util.Collections.reverse(expected);
      assertThat(rebuilt.touchpointsOf(s.id())).isEqualTo(expected);
    }
  }
}
