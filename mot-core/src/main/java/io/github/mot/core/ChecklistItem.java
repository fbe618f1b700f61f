package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One observable behaviour on a supervision checklist (the MOT service score sheet that a
 * supervisor or mystery shopper fills in at audits): "greets the customer within 10 seconds",
 * "repeats the order back". Each item belongs to a step of the behaviour model, may be tied to one
 * touchpoint, has a weight in the compliance score (1 by default) and may be critical: a behaviour
 * whose absence fails the audit whatever the rest.
 *
 * <p>JSON: {@code {"id":"greet-10s","text":"Greets within 10 seconds","step":"EXPLORE",
 * "touchpointId":"greeting","weight":1.0,"critical":false}}; {@code touchpointId} is left out when
 * absent, {@code weight} and {@code critical} take their defaults when absent.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonPropertyOrder({"id", "text", "step", "touchpointId", "weight", "critical"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class ChecklistItem {

  /** The default weight of an item: {@value}. */
  public static final double DEFAULT_WEIGHT = 1.0;

  /**
   * The smallest weight: {@value}. Weights are relative; sums of weights are kept exactly to
   * 2<sup>-52</sup>, which a smaller weight would fall below.
   */
  public static final double MIN_WEIGHT = 1e-6;

  /** The largest weight: {@value}, so that sums of weights over any realistic audit stay exact. */
  public static final double MAX_WEIGHT = 1e6;

  ChecklistItem() {}

  /**
   * Builds a checklist item. Required: id, text, step; each attribute may be set once.
   *
   * <p>Instances are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableChecklistItem.Builder {
    Builder() {}
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the item, unique in its checklist.
   *
   * @return a non-blank id without leading or trailing blanks
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The behaviour to observe, as the supervisor reads it.
   *
   * @return a non-blank text
   */
  @JsonProperty("text")
  public abstract String text();

  /**
   * The step of the behaviour model the item belongs to.
   *
   * @return the step
   */
  @JsonProperty("step")
  public abstract BehaviourStep step();

  /**
   * The touchpoint the item is observed at, if it is tied to one.
   *
   * @return a touchpoint id, or empty for an item observed anywhere
   */
  public abstract Optional<String> touchpointId();

  /**
   * The weight of the item in the compliance score: in {@code [}{@value #MIN_WEIGHT}{@code , }{@value
   * #MAX_WEIGHT}{@code ]}, {@value
   * #DEFAULT_WEIGHT} unless set.
   *
   * @return the weight
   */
  @JsonProperty("weight")
  @Value.Default
  public double weight() {
    return DEFAULT_WEIGHT;
  }

  /**
   * Whether the item is critical: missing it fails the audit. False unless set.
   *
   * @return the flag
   */
  @JsonProperty("critical")
  @Value.Default
  public boolean critical() {
    return false;
  }

  /**
   * A copy with another weight.
   *
   * @param weight the new weight, in {@code [}{@value #MIN_WEIGHT}{@code , }{@value #MAX_WEIGHT}{@code ]}
   * @return the changed copy
   * @throws IllegalArgumentException if {@code weight} is NaN or outside {@code [MIN_WEIGHT,
   *     MAX_WEIGHT]}
   */
  public abstract ChecklistItem withWeight(double weight);

  /**
   * A copy with the critical flag set or cleared.
   *
   * @param critical whether the item is critical
   * @return the changed copy
   */
  public abstract ChecklistItem withCritical(boolean critical);

  @Value.Check
  void check() {
    Checks.id("checklist item id", id());
    Checks.text("text of checklist item '" + id() + "'", text());
    touchpointId().ifPresent(t -> Checks.id("touchpoint id of checklist item '" + id() + "'", t));
    Checks.positive("weight of checklist item '" + id() + "'", weight());
    Checks.atLeast("weight of checklist item '" + id() + "'", weight(), MIN_WEIGHT);
    Checks.atMost("weight of checklist item '" + id() + "'", weight(), MAX_WEIGHT);
  }

  @JsonProperty("touchpointId")
  @Nullable String touchpointIdOrNull() {
    return touchpointId().orElse(null);
  }

  @JsonCreator
  static ChecklistItem fromJson(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "text", required = true) String text,
      @JsonProperty(value = "step", required = true) BehaviourStep step,
      @JsonProperty("touchpointId") @Nullable String touchpointId,
      @JsonProperty("weight") @Nullable Double weight,
      @JsonProperty("critical") @Nullable Boolean critical) {
    Builder b = builder();
    b.id(id).text(text).step(step).touchpointId(Optional.ofNullable(touchpointId));
    if (weight != null) {
      b.weight(weight);
    }
    if (critical != null) {
      b.critical(critical);
    }
    return b.build();
  }

  /**
   * The item on one line: {@code "greet-10s [Explore at greeting, weight 1.0, critical] Greets
   * within 10 seconds"}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(id()).append(" [").append(step().label());
    touchpointId().ifPresent(t -> b.append(" at ").append(t));
    b.append(", weight ").append(weight());
    if (critical()) {
      b.append(", critical");
    }
    return b.append("] ").append(text()).toString();
  }
}
