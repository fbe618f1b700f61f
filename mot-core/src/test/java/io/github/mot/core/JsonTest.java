package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** JSON binding with a plain {@code new ObjectMapper()}: no modules, default settings. */
class JsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static <T> T roundTrip(T value, Class<T> type) throws JsonProcessingException {
    String json = MAPPER.writeValueAsString(value);
    T back = MAPPER.readValue(json, type);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    return back;
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  // ---- round trips of every generated valid value ------------------------------------------

  private static <T> void roundTrip(JsonModels.Model<T> model, SplittableRandom r)
      throws JsonProcessingException {
    roundTrip(model.valid().apply(r), model.type());
  }

  @SeededTest
  void roundTripOfValuesIsIdentity(Seed seed) throws JsonProcessingException {
    SplittableRandom r = seed.random();
    for (JsonModels.Model<?> model : JsonModels.MODELS) {
      roundTrip(model, r);
    }
  }

  @SeededTest
  void roundTripOfJourneysAndEncountersIsIdentity(Seed seed) throws JsonProcessingException {
    SplittableRandom r = seed.random();
    CustomerJourney journey = roundTrip(CoreGenerators.customerJourney(r), CustomerJourney.class);
    assertThat(journey.touchpoints()).isEqualTo(journey.touchpoints());
    roundTrip(CoreGenerators.encounter(r, journey), Encounter.class);
  }

  @SeededTest
  void roundTripOfChecklistsIsIdentity(Seed seed) throws JsonProcessingException {
    SplittableRandom r = seed.random();
    roundTrip(CoreGenerators.checklistItem(r), ChecklistItem.class);
    roundTrip(CoreGenerators.supervisionChecklist(r), SupervisionChecklist.class);
    roundTrip(
        CoreGenerators.supervisionChecklist(r, CoreGenerators.customerJourney(r)),
        SupervisionChecklist.class);
  }

  @Test
  void roundTripOfEveryEnumConstant() throws JsonProcessingException {
    for (Polarity p : Polarity.values()) {
      roundTrip(p, Polarity.class);
    }
    for (AbcComponent c : AbcComponent.values()) {
      roundTrip(c, AbcComponent.class);
    }
    for (FiveC c : FiveC.values()) {
      roundTrip(c, FiveC.class);
    }
    for (ServiceCyclePhase p : ServiceCyclePhase.values()) {
      roundTrip(p, ServiceCyclePhase.class);
    }
    for (ScorecardLevel l : ScorecardLevel.values()) {
      roundTrip(l, ScorecardLevel.class);
    }
  }

  // ---- the shape of the documents ------------------------------------------------------------

  @Test
  void shapeOfSmallValues() throws JsonProcessingException {
    assertThat(MAPPER.writeValueAsString(AbcWeights.STANDARD))
        .isEqualTo(json("{'appearance':0.52,'behaviour':0.33,'communication':0.15}"));
    assertThat(MAPPER.writeValueAsString(AbcRatings.of(RatingScale.SEVEN_POINT, 6, 5, 7)))
        .isEqualTo(
            json(
                "{'scale':{'min':1,'max':7},'appearance':6.0,'behaviour':5.0,"
                    + "'communication':7.0}"));
    assertThat(MAPPER.writeValueAsString(Channel.IN_PERSON)).isEqualTo(json("'in-person'"));
    assertThat(MAPPER.writeValueAsString(ScorecardLevel.DELIGHTS)).isEqualTo(json("'DELIGHTS'"));
    assertThat(MAPPER.writeValueAsString(JourneyStage.of("arrival", "Arrival")))
        .isEqualTo(json("{'id':'arrival','name':'Arrival'}"));
  }

  @Test
  void optionalFieldsAreLeftOutWhenAbsent() throws JsonProcessingException {
    Touchpoint bare =
        Touchpoint.builder()
            .id("greeting")
            .name("Greeting")
            .stageId("arrival")
            .channel(Channel.IN_PERSON)
            .build();
    assertThat(MAPPER.writeValueAsString(bare))
        .isEqualTo(
            json(
                "{'id':'greeting','name':'Greeting','stageId':'arrival','channel':'in-person',"
                    + "'momentOfTruth':false,'importance':1.0}"));
    Touchpoint full = bare.withRole("host").withTypicalContact(Duration.ofSeconds(15));
    assertThat(MAPPER.writeValueAsString(full))
        .isEqualTo(
            json(
                "{'id':'greeting','name':'Greeting','stageId':'arrival','channel':'in-person',"
                    + "'role':'host','momentOfTruth':false,'importance':1.0,"
                    + "'typicalContact':'PT15S'}"));
  }

  @Test
  void encounterWritesIsoInstantsAndDurations() throws JsonProcessingException {
    Encounter e =
        Encounter.builder()
            .customerId("c-17")
            .touchpointId("greeting")
            .occurredAt(Instant.parse("2026-11-24T10:15:30.250Z"))
            .level(ScorecardLevel.MEETS_EXPECTATIONS)
            .duration(Duration.ofMillis(15_500))
            .build();
    assertThat(MAPPER.writeValueAsString(e))
        .isEqualTo(
            json(
                "{'customerId':'c-17','touchpointId':'greeting',"
                    + "'occurredAt':'2026-11-24T10:15:30.250Z','level':'MEETS_EXPECTATIONS',"
                    + "'duration':'PT15.5S'}"));
  }

  @Test
  void absentDefaultsAreApplied() throws JsonProcessingException {
    Touchpoint t =
        MAPPER.readValue(
            json("{'id':'t','name':'T','stageId':'s','channel':'kiosk'}"), Touchpoint.class);
    assertThat(t.momentOfTruth()).isFalse();
    assertThat(t.importance()).isEqualTo(1.0);
    assertThat(t.role()).isEmpty();
    assertThat(t.channel()).isEqualTo(Channel.of("kiosk"));
    ChecklistItem i =
        MAPPER.readValue(json("{'id':'a','text':'A','step':'OFFER'}"), ChecklistItem.class);
    assertThat(i.weight()).isEqualTo(1.0);
    assertThat(i.critical()).isFalse();
    CustomerJourney j =
        MAPPER.readValue(
            json("{'name':'J','stages':[{'id':'s','name':'S'}]}"), CustomerJourney.class);
    assertThat(j.touchpoints()).isEmpty();
    assertThat(roundTrip(j, CustomerJourney.class)).isEqualTo(j);
  }

  @Test
  void readingPutsTouchpointsInJourneyOrder() throws JsonProcessingException {
    CustomerJourney j =
        MAPPER.readValue(
            json(
                "{'name':'J','stages':[{'id':'a','name':'A'},{'id':'b','name':'B'}],"
                    + "'touchpoints':["
                    + "{'id':'t2','name':'T2','stageId':'b','channel':'web'},"
                    + "{'id':'t1','name':'T1','stageId':'a','channel':'web'}]}"),
            CustomerJourney.class);
    assertThat(j.touchpoints()).extracting(Touchpoint::id).containsExactly("t1", "t2");
  }

  @Test
  void scorecardLevelsAreReadFromNamesAndValues() throws JsonProcessingException {
    assertThat(MAPPER.readValue("3", ScorecardLevel.class)).isEqualTo(ScorecardLevel.DELIGHTS);
    assertThat(MAPPER.readValue("-3", ScorecardLevel.class))
        .isEqualTo(ScorecardLevel.DAMAGES_RELATIONSHIP);
    assertThat(MAPPER.readValue(json("'+1'"), ScorecardLevel.class))
        .isEqualTo(ScorecardLevel.MEETS_EXPECTATIONS);
    assertThat(MAPPER.readValue(json("'delights'"), ScorecardLevel.class))
        .isEqualTo(ScorecardLevel.DELIGHTS);
  }

  // ---- bad documents fail with our message ----------------------------------------------------

  private static void assertRejected(String json, Class<?> type, String message) {
    assertThatThrownBy(() -> MAPPER.readValue(json, type))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining(message)
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badWeightIsRejected() {
    assertRejected(
        json("{'appearance':-0.2,'behaviour':0.6,'communication':0.6}"),
        AbcWeights.class,
        "appearance weight must be in [0, 1] but was -0.2");
    assertRejected(
        json("{'appearance':0.5,'behaviour':0.3,'communication':0.1}"),
        AbcWeights.class,
        "ABC weights must sum to 1");
  }

  @Test
  void badRatingIsRejected() {
    assertRejected(
        json("{'scale':{'min':1,'max':5},'appearance':6,'behaviour':3,'communication':3}"),
        AbcRatings.class,
        "appearance rating must be on the scale [1, 5] but was 6.0");
    assertRejected(
        json("{'min':5,'max':1}"), RatingScale.class, "rating scale max must be greater than min");
  }

  @Test
  void badScorecardLevelIsRejected() {
    assertThatThrownBy(() -> MAPPER.readValue("5", ScorecardLevel.class))
        .hasMessageContaining("scorecard level must be in [-3, 3] but was 5")
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MAPPER.readValue(json("'GREAT'"), ScorecardLevel.class))
        .hasMessageContaining("scorecard level must be a name such as DELIGHTS")
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badChannelIsRejected() {
    assertRejected(json("'In Person'"), Channel.class, "channel id must be lower-case");
  }

  @Test
  void badTouchpointIsRejected() {
    assertRejected(
        json("{'id':'t','name':'T','stageId':'s','channel':'web','importance':-1}"),
        Touchpoint.class,
        "importance of touchpoint 't' must be finite and >= 0 but was -1.0");
    assertRejected(
        json("{'id':'t','name':'T','stageId':'s','channel':'web','typicalContact':'15 s'}"),
        Touchpoint.class,
        "typical contact of touchpoint 't' must be an ISO-8601 duration such as PT15S but was"
            + " '15 s'");
  }

  @Test
  void badJourneyIsRejected() {
    String stages = "'stages':[{'id':'a','name':'A'}]";
    String t1 = "{'id':'t1','name':'T1','stageId':'a','channel':'web'}";
    assertRejected(
        json("{'name':'J'," + stages + ",'touchpoints':[" + t1 + "," + t1 + "]}"),
        CustomerJourney.class,
        "touchpoint ids must be unique in journey 'J' but 't1' occurs more than once");
    assertRejected(
        json(
            "{'name':'J',"
                + stages
                + ",'touchpoints':[{'id':'t','name':'T','stageId':'b','channel':'web'}]}"),
        CustomerJourney.class,
        "touchpoint 't' must be in a stage of journey 'J' (a) but its stage was 'b'");
    assertRejected(
        json("{'name':'J','stages':[]}"),
        CustomerJourney.class,
        "journey 'J' must have at least one stage but has none");
  }

  @Test
  void badEncounterIsRejected() {
    assertRejected(
        json("{'customerId':'c','touchpointId':'t','occurredAt':'yesterday'}"),
        Encounter.class,
        "encounter occurredAt must be an ISO-8601 instant such as 2026-11-24T10:15:30Z but was"
            + " 'yesterday'");
    assertRejected(
        json(
            "{'customerId':'c','touchpointId':'t','occurredAt':'2026-11-24T10:15:30Z',"
                + "'duration':'-PT1S'}"),
        Encounter.class,
        "encounter duration must not be negative but was PT-1S");
  }

  @Test
  void badChecklistIsRejected() {
    assertRejected(
        json("{'id':'a','text':'A','step':'ACT','weight':0}"),
        ChecklistItem.class,
        "weight of checklist item 'a' must be finite and > 0 but was 0.0");
    assertRejected(
        json("{'name':'C','items':[]}"),
        SupervisionChecklist.class,
        "checklist 'C' must have at least one item but has none");
  }

  @Test
  void missingRequiredPropertiesAreNamed() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json("{'name':'T','stageId':'s','channel':'web'}"), Touchpoint.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing required creator property 'id'");
    assertThatThrownBy(() -> MAPPER.readValue(json("{'appearance':1}"), AbcWeights.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing required creator property 'behaviour'");
  }

  @Test
  void explicitNullForARequiredPropertyIsRejected() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json("{'id':null,'name':'T','stageId':'s','channel':'web'}"), Touchpoint.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasRootCauseInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }

  @Test
  void unknownPropertiesFailByDefaultAndAreDroppedWhenTheMapperIgnoresThem()
      throws JsonProcessingException {
    String withExtra = json("{'id':'arrival','name':'Arrival','colour':'blue'}");
    assertThatThrownBy(() -> MAPPER.readValue(withExtra, JourneyStage.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("colour");
    ObjectMapper lenient =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(withExtra, JourneyStage.class))
        .isEqualTo(JourneyStage.of("arrival", "Arrival"));
  }

  @Test
  void listsOfValuesRoundTrip() throws JsonProcessingException {
    List<Channel> channels = Channel.builtIns();
    String json = MAPPER.writeValueAsString(channels);
    assertThat(json)
        .isEqualTo(
            json("['in-person','phone','web','app','chat','email','social','self-service']"));
    assertThat(MAPPER.readerForListOf(Channel.class).<List<Channel>>readValue(json))
        .containsExactlyElementsOf(channels);
  }
}
