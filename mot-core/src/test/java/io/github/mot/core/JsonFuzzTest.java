package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.FuzzAssertions.Outcome;
import io.github.mot.core.testing.FuzzAssertions;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the JSON binding of every model type with a plain {@code new ObjectMapper()}: valid
 * documents with hostile edits, arbitrary JSON and arbitrary bytes either bind to a valid value or
 * fail with Jackson's {@link JsonProcessingException} (our documented exception for JSON) whose
 * message gives the line and column; nothing else escapes, nothing hangs, deep nesting is refused
 * cleanly.
 */
class JsonFuzzTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper LENIENT =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The numeric properties of the model types: always finite numbers, never -0.0. */
  private static final Set<String> NUMERIC =
      Set.of("appearance", "behaviour", "communication", "importance", "weight", "min", "max");

  /** Reads, checks the contract, and checks that a bound value is whole and clean. */
  private static <T> void check(String json, Class<T> type) {
    // The JSON literal null binds to null, as with any Jackson type: Optional.empty() here.
    Outcome<Optional<T>> outcome =
        FuzzAssertions.outcome(
            type.getSimpleName() + " " + FuzzGenerators.describe(json),
            JsonProcessingException.class,
            () -> Optional.ofNullable(MAPPER.readValue(json, type)));
    outcome.value().flatMap(v -> v).ifPresent(v -> assertWholeAndClean(v, type, json));
    outcome.failure().ifPresent(t -> assertSaysWhere(t, json));
  }

  private static <T> void check(byte[] bytes, Class<T> type) {
    String description = type.getSimpleName() + " " + bytes.length + " bytes";
    Outcome<Optional<T>> outcome =
        FuzzAssertions.outcome(
            description,
            JsonProcessingException.class,
            () -> Optional.ofNullable(MAPPER.readValue(bytes, type)));
    outcome.value().flatMap(v -> v).ifPresent(v -> assertWholeAndClean(v, type, description));
  }

  /** Runs the checks of one case within the time limit of one input. */
  private static void withinTimeLimit(Seed seed, Runnable checks) {
    assertTimeoutPreemptively(FuzzAssertions.DEFAULT_TIMEOUT, checks::run, seed::toString);
  }

  /** A bound value writes back, reads back equal, and carries no NaN, infinity or -0.0. */
  private static <T> void assertWholeAndClean(T value, Class<T> type, String input) {
    try {
      String again = MAPPER.writeValueAsString(value);
      assertThat(MAPPER.readValue(again, type)).as(input).isEqualTo(value);
      assertCleanNumbers(MAPPER.readTree(again), input);
    } catch (IOException e) {
      throw new AssertionError("a bound value does not round-trip: " + value + " from " + input, e);
    }
  }

  private static void assertCleanNumbers(JsonNode node, String input) {
    node.properties()
        .forEach(
            e -> {
              if (NUMERIC.contains(e.getKey())) {
                JsonNode v = e.getValue();
                assertThat(v.isNumber()).as("%s in %s", e.getKey(), input).isTrue();
                assertThat(Double.isFinite(v.doubleValue())).as(input).isTrue();
                assertThat(Double.doubleToRawLongBits(v.doubleValue()))
                    .as("-0.0 in %s", input)
                    .isNotEqualTo(Long.MIN_VALUE);
              }
            });
    node.elements().forEachRemaining(child -> assertCleanNumbers(child, input));
  }

  /** Jackson messages end with the location: "line: L, column: C" (just the line at the end). */
  private static void assertSaysWhere(Throwable t, String input) {
    assertThat(t.getMessage()).as(input).containsPattern("line: \\d+");
  }

  @SeededTest
  void mutatedValidDocumentsBindOrFailCleanly(Seed seed) {
    SplittableRandom r = seed.random();
    withinTimeLimit(
        seed,
        () -> {
          for (JsonModels.Model<?> m : sample(r, JsonModels.MODELS.size() / 4)) {
            check(FuzzGenerators.mutateJson(r, write(m.valid().apply(r))), m.type());
          }
        });
  }

  @SeededTest
  void arbitraryJsonBindsOrFailsCleanly(Seed seed) {
    SplittableRandom r = seed.random();
    withinTimeLimit(
        seed,
        () -> {
          for (JsonModels.Model<?> m : sample(r, 2)) {
            check(FuzzGenerators.json(r, 4), m.type());
          }
        });
  }

  @SeededTest
  void arbitraryBytesBindOrFailCleanly(Seed seed) {
    SplittableRandom r = seed.random();
    withinTimeLimit(
        seed,
        () -> {
          JsonModels.Model<?> m = JsonModels.MODELS.get(r.nextInt(JsonModels.MODELS.size()));
          check(FuzzGenerators.bytes(r, 300), m.type());
          check(FuzzGenerators.encode(r, write(m.valid().apply(r))), m.type());
        });
  }

  /**
   * A random half, quarter... of the model types for one case: every type still gets a share of
   * the cases in {@code mvn verify}, and all of them in a long run with {@code -Dmot.cases}.
   */
  private static List<JsonModels.Model<?>> sample(SplittableRandom r, int n) {
    List<JsonModels.Model<?>> all = new ArrayList<>(JsonModels.MODELS);
    Collections.shuffle(all, new Random(r.nextLong()));
    return all.subList(0, n);
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  // ---- limits of the parser ------------------------------------------------------------------

  @Test
  void tenThousandLevelsOfNestingFailCleanlyForEveryType() {
    ObjectMapper lenient =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    for (JsonModels.Model<?> m : JsonModels.MODELS) {
      for (int shape = 0; shape < 3; shape++) {
        String deep = FuzzGenerators.deeplyNested(10_000, shape, "items");
        for (ObjectMapper mapper : List.of(MAPPER, lenient)) {
          assertThatThrownBy(() -> mapper.readValue(deep, m.type()))
              .as("%s shape %d", m.type().getSimpleName(), shape)
              .isInstanceOf(JsonProcessingException.class);
        }
      }
    }
  }

  @Test
  void deepNestingUnderAnIgnoredPropertyHitsTheNestingLimit() {
    // Skipping an unknown property walks its whole value: the parser's nesting limit (Jackson's
    // StreamReadConstraints, 1000 by default) stops it, not a StackOverflowError.
    ObjectMapper lenient =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String deep = FuzzGenerators.deeplyNested(10_000, 2, "colour");
    assertThatThrownBy(() -> lenient.readValue(deep, JourneyStage.class))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> lenient.readTree(deep))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void hugeNumbersAndStringsAreRefusedByTheParserLimits() {
    String longNumber = "{\"min\":1" + "0".repeat(2_000) + ",\"max\":7}";
    assertThatThrownBy(() -> MAPPER.readValue(longNumber, RatingScale.class))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Number value length");
  }

  // ---- unknown properties and polymorphism ---------------------------------------------------

  @SeededTest
  void unknownPropertiesAreRejectedByDefaultAndIgnoredWhenTheMapperSaysSo(Seed seed)
      throws JsonProcessingException {
    SplittableRandom r = seed.random();
    for (JsonModels.Model<?> m : sample(r, 2)) {
      Object value = m.valid().apply(r);
      String valid = MAPPER.writeValueAsString(value);
      if (!valid.startsWith("{")) {
        continue;
      }
      String extra = r.nextBoolean() ? "@class" : "colour";
      String json =
          "{\"" + extra + "\":" + FuzzGenerators.jsonValue(r, 2) + "," + valid.substring(1);
      assertThatThrownBy(() -> MAPPER.readValue(json, m.type()))
          .isInstanceOf(UnrecognizedPropertyException.class)
          .hasMessageContaining(extra);
      assertThat(LENIENT.readValue(json, m.type())).isEqualTo(value);
    }
  }

  @Test
  void typeIdPropertiesAreJustUnknownProperties() {
    String json =
        "{\"@class\":\"java.net.URL\",\"id\":\"arrival\",\"name\":\"Arrival\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, JourneyStage.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("@class");
  }

  // ---- coercions that would corrupt a value (regressions) -----------------------------------

  @Test
  void nullForARequiredNumberIsRejectedNotReadAsZero() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"appearance\":null,\"behaviour\":0.48,\"communication\":0.52}",
                    AbcWeights.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("appearance weight")
        .hasRootCauseInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"scale\":{\"min\":0,\"max\":10},\"appearance\":5,\"behaviour\":null,"
                        + "\"communication\":5}",
                    AbcRatings.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("behaviour rating");
    assertThatThrownBy(() -> MAPPER.readValue("{\"min\":null,\"max\":7}", RatingScale.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("rating scale min");
  }

  @Test
  void missingScaleBoundIsRejectedNotReadAsZero() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"max\":7}", RatingScale.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing required creator property 'min'");
  }

  @Test
  void fractionalScaleBoundIsRejectedNotTruncated() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"min\":1.9,\"max\":7}", RatingScale.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("rating scale min must be an integer in [-2^31, 2^31 - 1] but was 1.9");
    assertThatThrownBy(() -> MAPPER.readValue("{\"min\":1,\"max\":1e10}", RatingScale.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("rating scale max must be an integer");
  }

  @Test
  void negativeZeroIsReadAsZero() throws JsonProcessingException {
    AbcWeights w =
        MAPPER.readValue(
            "{\"appearance\":-0.0,\"behaviour\":0.48,\"communication\":0.52}", AbcWeights.class);
    assertThat(w).isEqualTo(AbcWeights.of(0.0, 0.48, 0.52));
    assertThat(MAPPER.writeValueAsString(w)).doesNotContain("-0.0");
    Touchpoint t =
        MAPPER.readValue(
            "{\"id\":\"t\",\"name\":\"T\",\"stageId\":\"s\",\"channel\":\"web\",\"importance\":-0.0}",
            Touchpoint.class);
    assertThat(t.importance()).isEqualTo(0.0);
    assertThat(Double.doubleToRawLongBits(t.importance())).isZero();
  }

  @Test
  void textIsReadInAnyUnicodeEncodingJacksonDetects() throws IOException {
    String json = "{\"id\":\"café\",\"name\":\"多语言\"}";
    JourneyStage expected = JourneyStage.of("café", "多语言");
    assertThat(MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), JourneyStage.class))
        .isEqualTo(expected);
    assertThat(MAPPER.readValue(json.getBytes(StandardCharsets.UTF_16BE), JourneyStage.class))
        .isEqualTo(expected);
  }
}
