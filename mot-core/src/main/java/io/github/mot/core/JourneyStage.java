package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * A stage of a customer journey, such as "before the trip" or "check-out": a named group of
 * touchpoints. The order of stages is given by the {@link CustomerJourney} that holds them.
 *
 * <p>JSON: {@code {"id":"arrival","name":"Arrival"}}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
@JsonPropertyOrder({"id", "name"})
public abstract class JourneyStage {

  JourneyStage() {}

  /**
   * The id of the stage, unique in its journey and referred to by {@link Touchpoint#stageId()}.
   *
   * @return a non-blank id without leading or trailing blanks
   */
  @JsonProperty("id")
  @Value.Parameter
  public abstract String id();

  /**
   * The human-readable name of the stage.
   *
   * @return a non-blank name
   */
  @JsonProperty("name")
  @Value.Parameter
  public abstract String name();

  /**
   * Returns a stage.
   *
   * @param id a non-blank id without leading or trailing blanks or control characters, such as
   *     {@code "arrival"}
   * @param name a non-blank name, such as {@code "Arrival"}
   * @return the stage
   * @throws IllegalArgumentException if the id or the name is blank, or the id has leading or
   *     trailing blanks or control characters
   * @throws NullPointerException if an argument is null
   */
  @JsonCreator
  public static JourneyStage of(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "name", required = true) String name) {
    return ImmutableJourneyStage.of(id, name);
  }

  @Value.Check
  void check() {
    Checks.id("stage id", id());
    Checks.text("name of stage '" + id() + "'", name());
  }

  /**
   * The stage in the form {@code "arrival (Arrival)"}.
   *
   * @return the id and the name
   */
  @Override
  public String toString() {
    return id() + " (" + name() + ")";
  }
}
