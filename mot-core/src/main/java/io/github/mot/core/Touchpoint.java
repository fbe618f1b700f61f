package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A point of contact between the customer and the organisation: greeting at the door, check-in, the
 * invoice e-mail. A touchpoint belongs to a stage of a {@link CustomerJourney}, happens through a
 * {@link Channel}, may name the role responsible for it, and may be flagged as a <em>moment of
 * truth</em>: a contact in which the customer forms a decisive impression.
 *
 * <p>{@link #importance()} weighs the touchpoint in journey scores (1 by default; a researcher may
 * calibrate importances, for example from importance-performance analysis). {@link
 * #typicalContact()} is how long a contact usually lasts (Carlzon's figure for airline staff is
 * about 15 seconds); it feeds exposure-time arithmetic.
 *
 * <pre>{@code
 * Touchpoint greeting = Touchpoint.builder()
 *     .id("greeting").name("Greeting").stageId("arrival").channel(Channel.IN_PERSON)
 *     .role("sales assistant").momentOfTruth(true).typicalContact(Duration.ofSeconds(15))
 *     .build();
 * }</pre>
 *
 * <p>JSON: {@code {"id":"greeting","name":"Greeting","stageId":"arrival","channel":"in-person",
 * "role":"sales assistant","momentOfTruth":true,"importance":1.0,"typicalContact":"PT15S"}}; {@code
 * role} and {@code typicalContact} are left out when absent, {@code momentOfTruth} and {@code
 * importance} take their defaults when absent.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonPropertyOrder({
  "id",
  "name",
  "stageId",
  "channel",
  "role",
  "momentOfTruth",
  "importance",
  "typicalContact"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class Touchpoint {

  /** The default importance of a touchpoint: {@value}. */
  public static final double DEFAULT_IMPORTANCE = 1.0;

  /**
   * The largest importance: {@value}. Importances are relative weights; the bound keeps weighted
   * sums over any realistic number of encounters finite and exact enough.
   */
  public static final double MAX_IMPORTANCE = 1e6;

  Touchpoint() {}

  /**
   * Builds a touchpoint. Required: id, name, stageId, channel; each attribute may be set once.
   *
   * <p>Instances are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableTouchpoint.Builder {
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
   * The id of the touchpoint, unique in its journey; encounters refer to it.
   *
   * @return a non-blank id without leading or trailing blanks
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * The human-readable name, such as {@code "Greeting at the door"}.
   *
   * @return a non-blank name
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The id of the {@link JourneyStage} this touchpoint belongs to.
   *
   * @return a non-blank stage id
   */
  @JsonProperty("stageId")
  public abstract String stageId();

  /**
   * The channel of the contact.
   *
   * @return the channel
   */
  @JsonProperty("channel")
  public abstract Channel channel();

  /**
   * The role responsible for the touchpoint, such as {@code "cashier"}, if one is named.
   *
   * @return the non-blank role, or empty
   */
  public abstract Optional<String> role();

  /**
   * Whether the touchpoint is a moment of truth: a contact in which the customer forms a decisive
   * impression. False unless set.
   *
   * @return the flag
   */
  @JsonProperty("momentOfTruth")
  @Value.Default
  public boolean momentOfTruth() {
    return false;
  }

  /**
   * The weight of the touchpoint in journey scores: in {@code [0, }{@value #MAX_IMPORTANCE}{@code ]}, {@value
   * #DEFAULT_IMPORTANCE} unless set. Zero keeps the touchpoint on the map but out of weighted
   * scores.
   *
   * @return the importance
   */
  @JsonProperty("importance")
  @Value.Default
  public double importance() {
    return DEFAULT_IMPORTANCE;
  }

  /**
   * How long a contact at this touchpoint typically lasts, if known.
   *
   * @return a non-negative duration, or empty
   */
  public abstract Optional<Duration> typicalContact();

  /**
   * A copy with another name.
   *
   * @param name the new name, not blank
   * @return the changed copy
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public abstract Touchpoint withName(String name);

  /**
   * A copy moved to another stage.
   *
   * @param stageId the id of the new stage
   * @return the changed copy
   * @throws IllegalArgumentException if {@code stageId} is blank or has leading or trailing blanks
   */
  public abstract Touchpoint withStageId(String stageId);

  /**
   * A copy with another channel.
   *
   * @param channel the new channel
   * @return the changed copy
   */
  public abstract Touchpoint withChannel(Channel channel);

  /**
   * A copy with another responsible role.
   *
   * @param role the new role, not blank
   * @return the changed copy
   * @throws IllegalArgumentException if {@code role} is blank
   */
  public abstract Touchpoint withRole(String role);

  /**
   * A copy with another responsible role, or none.
   *
   * @param role the new role (not blank), or empty for none
   * @return the changed copy
   * @throws IllegalArgumentException if the role is blank
   */
  public abstract Touchpoint withRole(Optional<String> role);

  /**
   * A copy with the moment-of-truth flag set or cleared.
   *
   * @param momentOfTruth whether the touchpoint is a moment of truth
   * @return the changed copy
   */
  public abstract Touchpoint withMomentOfTruth(boolean momentOfTruth);

  /**
   * A copy with another typical contact time.
   *
   * @param typicalContact the new typical duration of a contact, not negative
   * @return the changed copy
   * @throws IllegalArgumentException if {@code typicalContact} is negative
   */
  public abstract Touchpoint withTypicalContact(Duration typicalContact);

  /**
   * A copy with another importance.
   *
   * @param importance the new importance, in {@code [0, }{@value #MAX_IMPORTANCE}{@code ]}
   * @return the changed copy
   * @throws IllegalArgumentException if {@code importance} is negative, NaN, infinite or above
   *     {@link #MAX_IMPORTANCE}
   */
  public abstract Touchpoint withImportance(double importance);

  @Value.Check
  void check() {
    Checks.id("touchpoint id", id());
    Checks.text("name of touchpoint '" + id() + "'", name());
    Checks.id("stage id of touchpoint '" + id() + "'", stageId());
    role().ifPresent(r -> Checks.text("role of touchpoint '" + id() + "'", r));
    Checks.nonNegative("importance of touchpoint '" + id() + "'", importance());
    Checks.atMost("importance of touchpoint '" + id() + "'", importance(), MAX_IMPORTANCE);
    typicalContact()
        .ifPresent(d -> Checks.nonNegative("typical contact of touchpoint '" + id() + "'", d));
  }

  /** Stores an importance of -0.0 as 0.0, so that equal touchpoints are equal. */
  @Value.Check
  Touchpoint normalize() {
    return Checks.isNegativeZero(importance()) ? withImportance(0.0) : this;
  }

  @JsonProperty("role")
  @Nullable String roleOrNull() {
    return role().orElse(null);
  }

  @JsonProperty("typicalContact")
  @Nullable String typicalContactOrNull() {
    return typicalContact().map(Duration::toString).orElse(null);
  }

  @JsonCreator
  static Touchpoint fromJson(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "stageId", required = true) String stageId,
      @JsonProperty(value = "channel", required = true) Channel channel,
      @JsonProperty("role") @Nullable String role,
      @JsonProperty("momentOfTruth") @Nullable Boolean momentOfTruth,
      @JsonProperty("importance") @Nullable Double importance,
      @JsonProperty("typicalContact") @Nullable String typicalContact) {
    Builder b = builder().id(id).name(name).stageId(stageId).channel(channel);
    b.role(Optional.ofNullable(role));
    if (momentOfTruth != null) {
      b.momentOfTruth(momentOfTruth);
    }
    if (importance != null) {
      b.importance(importance);
    }
    b.typicalContact(
        Optional.ofNullable(
            Checks.durationOrNull("typical contact of touchpoint '" + id + "'", typicalContact)));
    return b.build();
  }

  /**
   * The touchpoint in the form {@code "greeting (Greeting) in stage arrival via in-person, moment
   * of truth, importance 1.0, role sales assistant, typical contact PT15S"}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder()
            .append(id())
            .append(" (")
            .append(name())
            .append(") in stage ")
            .append(stageId())
            .append(" via ")
            .append(channel());
    if (momentOfTruth()) {
      b.append(", moment of truth");
    }
    b.append(", importance ").append(importance());
    role().ifPresent(r -> b.append(", role ").append(r));
    typicalContact().ifPresent(d -> b.append(", typical contact ").append(d));
    return b.toString();
  }
}
