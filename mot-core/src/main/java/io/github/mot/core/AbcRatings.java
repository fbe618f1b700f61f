package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The three ratings of one contact: how a customer (or an observer) rated the employee's
 * appearance, behaviour and communication, all on one {@link RatingScale}. Ratings may be real
 * numbers (for example means of several raters) but must lie on the scale.
 *
 * <p>JSON: {@code {"scale":{"min":1,"max":7},"appearance":6.0,"behaviour":5.0,
 * "communication":7.0}}; reading applies the checks of {@link #of(RatingScale, double, double,
 * double)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
@JsonPropertyOrder({"scale", "appearance", "behaviour", "communication"})
public abstract class AbcRatings {

  AbcRatings() {}

  /**
   * The scale of all three ratings.
   *
   * @return the rating scale
   */
  @JsonProperty("scale")
  @Value.Parameter
  public abstract RatingScale scale();

  /**
   * The rating of the employee's appearance.
   *
   * @return a value on {@link #scale()}
   */
  @JsonProperty("appearance")
  @Value.Parameter
  public abstract double appearance();

  /**
   * The rating of the employee's behaviour.
   *
   * @return a value on {@link #scale()}
   */
  @JsonProperty("behaviour")
  @Value.Parameter
  public abstract double behaviour();

  /**
   * The rating of the employee's communication.
   *
   * @return a value on {@link #scale()}
   */
  @JsonProperty("communication")
  @Value.Parameter
  public abstract double communication();

  /**
   * Returns the three ratings of one contact.
   *
   * @param scale the scale of the ratings
   * @param appearance the appearance rating, on the scale
   * @param behaviour the behaviour rating, on the scale
   * @param communication the communication rating, on the scale
   * @return the ratings
   * @throws IllegalArgumentException if a rating is NaN or off the scale; the message names the
   *     rating, its value and the scale
   * @throws NullPointerException if {@code scale} is null
   */
  public static AbcRatings of(
      RatingScale scale, double appearance, double behaviour, double communication) {
    // + 0.0 stores a negative zero as 0.0: equal ratings are equal and never print "-0.0".
    return ImmutableAbcRatings.of(scale, appearance + 0.0, behaviour + 0.0, communication + 0.0);
  }

  /** JSON: boxed numbers, so that an explicit null fails instead of being read as 0. */
  @JsonCreator
  static AbcRatings fromJson(
      @JsonProperty(value = "scale", required = true) RatingScale scale,
      @JsonProperty(value = "appearance", required = true) @Nullable Double appearance,
      @JsonProperty(value = "behaviour", required = true) @Nullable Double behaviour,
      @JsonProperty(value = "communication", required = true) @Nullable Double communication) {
    return of(
        scale,
        Objects.requireNonNull(appearance, "appearance rating"),
        Objects.requireNonNull(behaviour, "behaviour rating"),
        Objects.requireNonNull(communication, "communication rating"));
  }

  @Value.Check
  void check() {
    scale().requireOnScale("appearance rating", appearance());
    scale().requireOnScale("behaviour rating", behaviour());
    scale().requireOnScale("communication rating", communication());
  }

  /**
   * The rating of one component.
   *
   * @param component appearance, behaviour or communication
   * @return its rating, on {@link #scale()}
   */
  public final double rating(AbcComponent component) {
    return Objects.requireNonNull(component, "component")
        .select(appearance(), behaviour(), communication());
  }

  /**
   * The ratings in the form {@code "ABC ratings on 1..7: appearance 6.0, behaviour 5.0,
   * communication 7.0"}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "ABC ratings on "
        + scale()
        + ": appearance "
        + appearance()
        + ", behaviour "
        + behaviour()
        + ", communication "
        + communication();
  }
}
