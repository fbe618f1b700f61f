package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.mot.core.internal.Preconditions;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The shares of appearance, behaviour and communication in a first impression: three weights in
 * {@code [0, 1]} that sum to 1. A first-impression score is the weighted sum {@code wA * A + wB * B
 * + wC * C} of the three {@link AbcRatings}.
 *
 * <p>The standard weights are 52 % / 33 % / 15 % ({@link #STANDARD}), the shares the MOT training
 * material gives for appearance, behaviour and communication. A company may calibrate its own with
 * {@link #of(double, double, double)} (weights that already sum to 1) or {@link #normalize(double,
 * double, double)} (raw shares such as points out of 10).
 *
 * <p>JSON: {@code {"appearance":0.52,"behaviour":0.33,"communication":0.15}}; reading applies the
 * checks of {@link #of(double, double, double)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
@JsonPropertyOrder({"appearance", "behaviour", "communication"})
public abstract class AbcWeights {

  /** How far the sum of the weights may be from 1: {@value}. */
  public static final double SUM_TOLERANCE = 1e-9;

  /** The standard first-impression weights: appearance 0.52, behaviour 0.33, communication 0.15. */
  public static final AbcWeights STANDARD = of(0.52, 0.33, 0.15);

  AbcWeights() {}

  /**
   * The weight of appearance.
   *
   * @return a weight in {@code [0, 1]}
   */
  @JsonProperty("appearance")
  @Value.Parameter
  public abstract double appearance();

  /**
   * The weight of behaviour.
   *
   * @return a weight in {@code [0, 1]}
   */
  @JsonProperty("behaviour")
  @Value.Parameter
  public abstract double behaviour();

  /**
   * The weight of communication.
   *
   * @return a weight in {@code [0, 1]}
   */
  @JsonProperty("communication")
  @Value.Parameter
  public abstract double communication();

  /**
   * Returns the given weights.
   *
   * @param appearance the weight of appearance, in {@code [0, 1]}
   * @param behaviour the weight of behaviour, in {@code [0, 1]}
   * @param communication the weight of communication, in {@code [0, 1]}
   * @return the weights
   * @throws IllegalArgumentException if a weight is NaN or outside {@code [0, 1]} (the message
   *     names it), or if the three do not sum to 1 within {@value #SUM_TOLERANCE}
   */
  public static AbcWeights of(double appearance, double behaviour, double communication) {
    // + 0.0 stores a negative zero as 0.0: equal weights are equal and never print "-0.0".
    return ImmutableAbcWeights.of(appearance + 0.0, behaviour + 0.0, communication + 0.0);
  }

  /** JSON: boxed numbers, so that an explicit null fails instead of being read as 0. */
  @JsonCreator
  static AbcWeights fromJson(
      @JsonProperty(value = "appearance", required = true) @Nullable Double appearance,
      @JsonProperty(value = "behaviour", required = true) @Nullable Double behaviour,
      @JsonProperty(value = "communication", required = true) @Nullable Double communication) {
    return of(
        Objects.requireNonNull(appearance, "appearance weight"),
        Objects.requireNonNull(behaviour, "behaviour weight"),
        Objects.requireNonNull(communication, "communication weight"));
  }

  /**
   * Turns raw non-negative shares into weights by dividing each by their sum: shares 5, 3, 2 give
   * 0.5, 0.3, 0.2. Shares may be any finite non-negative numbers (points, percentages, counts); at
   * least one must be positive.
   *
   * @param appearance the share of appearance, finite and {@code >= 0}
   * @param behaviour the share of behaviour, finite and {@code >= 0}
   * @param communication the share of communication, finite and {@code >= 0}
   * @return the normalised weights, summing to 1 within {@value #SUM_TOLERANCE}
   * @throws IllegalArgumentException if a share is negative, NaN or infinite (the message names
   *     it), or if all three are zero
   */
  public static AbcWeights normalize(double appearance, double behaviour, double communication) {
    Checks.nonNegative("appearance share", appearance);
    Checks.nonNegative("behaviour share", behaviour);
    Checks.nonNegative("communication share", communication);
    double max = Math.max(appearance, Math.max(behaviour, communication));
    if (max == 0.0) {
      throw Preconditions.unmet("ABC shares", "not all be zero", "were appearance=0.0, behaviour=0.0, communication=0.0");
    }
    // Scale by the largest share first so that huge shares cannot overflow the sum.
    double a = appearance / max;
    double b = behaviour / max;
    double c = communication / max;
    double sum = a + b + c;
    return of(a / sum, b / sum, c / sum);
  }

  @Value.Check
  void check() {
    Checks.unit("appearance weight", appearance());
    Checks.unit("behaviour weight", behaviour());
    Checks.unit("communication weight", communication());
    double sum = appearance() + behaviour() + communication();
    if (!(Math.abs(sum - 1.0) <= SUM_TOLERANCE)) {
      throw new IllegalArgumentException(
          "ABC weights must sum to 1 (within "
              + SUM_TOLERANCE
              + ") but sum to "
              + sum
              + " (appearance="
              + appearance()
              + ", behaviour="
              + behaviour()
              + ", communication="
              + communication()
              + ")");
    }
  }

  /**
   * The weight of one component.
   *
   * @param component appearance, behaviour or communication
   * @return its weight in {@code [0, 1]}
   */
  public final double weight(AbcComponent component) {
    return Objects.requireNonNull(component, "component")
        .select(appearance(), behaviour(), communication());
  }

  /**
   * The weights in the form {@code "ABC weights: appearance 0.52, behaviour 0.33, communication
   * 0.15"}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "ABC weights: appearance "
        + appearance()
        + ", behaviour "
        + behaviour()
        + ", communication "
        + communication();
  }
}
