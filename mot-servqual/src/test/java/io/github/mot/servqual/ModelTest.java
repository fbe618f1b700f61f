package io.github.mot.servqual;

import io.github.mot.core.testing.Rejections;
import io.github.mot.servqual.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.RatingScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void standardInstrumentHasTheTwentyTwoItemsOfPzb() {
    Instrument s = Instrument.standard();
    assertThat(s.size()).isEqualTo(22);
    assertThat(s.scale()).isEqualTo(RatingScale.SEVEN_POINT);
    assertThat(s.dimensions()).containsExactlyElementsOf(Dimension.standard());
    assertThat(s.itemIds(Dimension.TANGIBLES)).containsExactly(1, 2, 3, 4);
    assertThat(s.itemIds(Dimension.RELIABILITY)).containsExactly(5, 6, 7, 8, 9);
    assertThat(s.itemIds(Dimension.RESPONSIVENESS)).containsExactly(10, 11, 12, 13);
    assertThat(s.itemIds(Dimension.ASSURANCE)).containsExactly(14, 15, 16, 17);
    assertThat(s.itemIds(Dimension.EMPATHY)).containsExactly(18, 19, 20, 21, 22);
    assertThat(s.items()).noneMatch(Item::reverseCoded);
    assertThat(s.toString()).contains("SERVQUAL 22 (22 items, scale 1..7)").contains("Prompt service");
  }

  @Test
  void dimensionsAreCaseInsensitiveValues() {
    assertThat(Dimension.of("reliability")).isSameAs(Dimension.RELIABILITY);
    assertThat(Dimension.of("Access")).isEqualTo(Dimension.parse("ACCESS")).hasToString("ACCESS");
    assertThat(Dimension.of("Access").isStandard()).isFalse();
    assertThat(Dimension.of("服务态度").name()).isEqualTo("服务态度");
  }

  @Test
  void dimensionRejectsBadNames() {
    for (String bad : new String[] {"", "1st", "staff courtesy", "a-b", "x".repeat(65)}) {
      assertThatThrownBy(() -> Dimension.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("dimension name must start with a letter")
          .hasMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void itemAndInstrumentValidation() {
    Rejections.assertRejectsWith(
        "item label must not be blank", () -> Item.of(" ", Dimension.EMPATHY));
    Rejections.assertRejectsWith(
        "instrument items must number 1 to 10000 but were 0",
        () -> Instrument.of("x", RatingScale.FIVE_POINT, List.of()));
    Rejections.assertRejectsWith(
        "instrument name must not be blank",
        () -> Instrument.of(" ", RatingScale.FIVE_POINT, List.of(Item.of("a", Dimension.EMPATHY))));
    Rejections.assertRejectsWith(
        "at most 255 points but was 0..300 (301 points)",
        () -> Instrument.of("x", RatingScale.of(0, 300), List.of(Item.of("a", Dimension.EMPATHY))));
    Rejections.assertRejectsWith(
        "item id must be in [1, 22] but was 23", () -> Instrument.standard().item(23));
    assertThat(Item.reversed("Too slow", Dimension.RESPONSIVENESS)).hasToString("Too slow (RESPONSIVENESS, reversed)");
    assertThat(Item.of("a", Dimension.EMPATHY)).isEqualTo(Item.of("a", Dimension.EMPATHY, false));
  }

  @Test
  void responseValidation() {
    Rejections.assertRejectsWith("respondent id must not be blank", () -> Response.builder(" "));
    Rejections.assertRejectsWith(
        "importance points of EMPATHY must be finite and >= 0 but was -1.0",
        () -> Response.builder("r").points(Dimension.EMPATHY, -1));
    Rejections.assertRejectsWith(
        "NaN", () -> Response.builder("r").points(Dimension.EMPATHY, Double.NaN));
    Response r = Response.builder("r").expectations(7, Response.MISSING).attribute("branch", "north")
        .attribute("empty", " ").build();
    assertThat(r.answer(AnswerKind.EXPECTATION, 1)).hasValue(7);
    assertThat(r.answer(AnswerKind.EXPECTATION, 2)).isEmpty();
    assertThat(r.attributes()).containsOnlyKeys("branch");
    assertThat(r).isEqualTo(Response.builder("r").expectations(7, Response.MISSING).attribute("branch", "north").build());
    assertThat(r.toString()).contains("E=[7, .]");
  }

  @Test
  void builderRejectsAnswersThatDoNotFitTheInstrument() {
    SurveyData.Builder b = SurveyData.builder(Fixtures.THREE_ITEMS);
    Rejections.assertRejectsWith(
        "respondent r9: perception answers must number 3 (one per item) but were 2",
        () -> b.add(Response.builder("r9").perceptions(1, 2).build()));
    Rejections.assertRejectsWith(
        "respondent r9: perception of item 2 must be on the scale [1, 7] but was 9",
        () -> b.add(Response.builder("r9").perceptions(1, 9, 2).build()));
    Rejections.assertRejectsWith(
        "importance points dimension must be one of [TANGIBLES, RELIABILITY] but was EMPATHY",
        () -> b.add(Response.builder("r9").perceptions(1, 1, 1).points(Dimension.EMPATHY, 100).build()));
    assertThatThrownBy(() -> b.add(Response.builder("r9").perceptions(1, 1, 1)
            .points(Dimension.TANGIBLES, 100).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be given for every dimension").hasMessageContaining("RELIABILITY was missing");
    assertThatThrownBy(() -> b.add(Response.builder("r9").perceptions(1, 1, 1)
            .points(Dimension.TANGIBLES, 50).points(Dimension.RELIABILITY, 40).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("respondent r9: importance points must sum to 100 but summed to 90.0");
    assertThat(b.size()).isZero();
  }

  @Test
  void rescalePolicyScalesPointsAndReportsWhich() {
    SurveyData data = SurveyData.builder(Fixtures.THREE_ITEMS).pointsPolicy(PointsPolicy.RESCALE)
        .add(Response.builder("ok").perceptions(1, 1, 1).points(Dimension.TANGIBLES, 33.3)
            .points(Dimension.RELIABILITY, 66.7).build())
        .add(Response.builder("short").perceptions(1, 1, 1).points(Dimension.TANGIBLES, 30)
            .points(Dimension.RELIABILITY, 60).build())
        .add(Response.builder("none").perceptions(1, 1, 1).build())
        .build();
    // 30 x 100/90 = 33.33..., 60 x 100/90 = 66.66...
    assertThat(data.points(Dimension.TANGIBLES, 1).getAsDouble()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(data.points(Dimension.RELIABILITY, 1).getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(data.points(Dimension.TANGIBLES, 2)).isEmpty();
    assertThat(data.rescaled()).containsExactly(new SurveyData.Rescaling(1, "short", 90.0));
    assertThat(data.toString()).contains("1 respondents rescaled");
  }

  @Test
  void columnarStorageIsCompact() {
    SurveyData data = Fixtures.allFours(1000, false).build();
    // 44 answer bytes + an 8-byte numeric id
    assertThat(data.storageBytes()).isEqualTo(1000L * 52);
    assertThat(data.storageBytes() / data.size()).isLessThanOrEqualTo(64);
    assertThat(data.respondentId(999)).isEqualTo("1000");
    SurveyData text = SurveyData.builder(Fixtures.THREE_ITEMS)
        .add(Response.builder("7").perceptions(1, 1, 1).build())
        .add(Response.builder("007").perceptions(1, 1, 1).build())
        .build();
    assertThat(text.respondentId(0)).isEqualTo("7");
    assertThat(text.respondentId(1)).isEqualTo("007");
  }

  @Test
  void lateKindsAndAttributesAreBackfilledAsMissing() {
    SurveyData data = SurveyData.builder(Fixtures.THREE_ITEMS)
        .add(Response.builder("1").perceptions(1, 2, 3).build())
        .add(Response.builder("2").expectations(4, 4, 4).perceptions(1, 2, 3).attribute("branch", "x").build())
        .build();
    assertThat(data.kinds()).containsExactly(AnswerKind.EXPECTATION, AnswerKind.PERCEPTION);
    assertThat(data.answer(AnswerKind.EXPECTATION, 1, 0)).isEmpty();
    assertThat(data.missing(AnswerKind.EXPECTATION)).isEqualTo(3);
    assertThat(data.attribute("branch", 0)).isEmpty();
    assertThat(data.attribute("branch", 1)).hasValue("x");
    assertThat(data.attributeValues("branch")).containsExactly("x");
    assertThat(data.answer(AnswerKind.DESIRED, 1, 0)).isEmpty();
  }
}
