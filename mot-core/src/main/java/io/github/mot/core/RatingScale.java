package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mot.core.internal.Preconditions;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A bounded, integer-anchored rating scale such as the 1..5 and 1..7 Likert scales, the 0..10
 * recommendation scale or the -3..+3 MOT scorecard.
 *
 * <p>Answers are integers from {@link #min()} to {@link #max()} inclusive; derived values such as
 * means are real numbers inside the same closed interval. The scale converts a rating to the unit
 * interval ({@link #normalize(double)}) and reverse-codes negatively worded items ({@link
 * #reverse(double)}, {@code min + max - x}).
 *
 * <p>The text form is {@code "min..max"}, for example {@code "1..7"}; {@link #parse(CharSequence)}
 * reads exactly what {@link #toString()} prints.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class RatingScale {

  private static final Pattern TEXT = Pattern.compile("\\s*([+-]?\\d{1,9})\\s*\\.\\.\\s*([+-]?\\d{1,9})\\s*");

  /**
   * The widest span {@code max - min} of a scale: {@value}, so that {@link #points()} and {@link
   * #range()} fit an {@code int}.
   */
  public static final int MAX_SPAN = Integer.MAX_VALUE - 1;

  /** The five-point Likert scale 1..5. */
  public static final RatingScale FIVE_POINT = of(1, 5);

  /** The seven-point Likert scale 1..7 of the standard SERVQUAL instrument. */
  public static final RatingScale SEVEN_POINT = of(1, 7);

  /** The eleven-point scale 0..10 used for likelihood to recommend (Net Promoter Score). */
  public static final RatingScale ZERO_TO_TEN = of(0, 10);

  /** The seven-level MOT customer scorecard -3..+3 (see ScorecardLevel). */
  public static final RatingScale SCORECARD = of(-3, 3);

  RatingScale() {}

  /**
   * The lowest answer on the scale.
   *
   * @return the lower bound, inclusive
   */
  @JsonProperty("min")
  @Value.Parameter
  public abstract int min();

  /**
   * The highest answer on the scale.
   *
   * @return the upper bound, inclusive, always greater than {@link #min()}
   */
  @JsonProperty("max")
  @Value.Parameter
  public abstract int max();

  /**
   * Returns the scale from {@code min} to {@code max} inclusive.
   *
   * @param min the lowest answer
   * @param max the highest answer, greater than {@code min}
   * @return the scale
   * @throws IllegalArgumentException if {@code max <= min}, or if {@code max - min} exceeds
   *     {@value #MAX_SPAN} (so that {@link #points()} fits an {@code int})
   */
  public static RatingScale of(int min, int max) {
    return ImmutableRatingScale.of(min, max);
  }

  /**
   * JSON: both bounds are required integers; a missing or null bound, or one with a fraction
   * (which Jackson would otherwise truncate), fails instead of being read as something else.
   */
  @JsonCreator
  static RatingScale fromJson(
      @JsonProperty(value = "min", required = true) @Nullable Number min,
      @JsonProperty(value = "max", required = true) @Nullable Number max) {
    return of(integer("rating scale min", min), integer("rating scale max", max));
  }

  private static int integer(String field, @Nullable Number n) {
    Objects.requireNonNull(n, field);
    double d = n.doubleValue();
    Preconditions.check(d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE, field,
        "an integer in [-2^31, 2^31 - 1]", n);
    return (int) d;
  }

  /**
   * Reads the text form {@code "min..max"} that {@link #toString()} prints, such as {@code "1..7"}
   * or {@code "-3..3"}; blanks around the numbers are allowed.
   *
   * @param text the text form
   * @return the scale
   * @throws IllegalArgumentException if the text is not of the form {@code min..max} with integer
   *     bounds and {@code max > min}
   */
  public static RatingScale parse(CharSequence text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw Preconditions.invalid("rating scale", "written as min..max (for example 1..7)", text);
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Value.Check
  void check() {
    if (max() <= min()) {
      throw Preconditions.unmet("rating scale max", "be greater than min", "was min=" + min() + ", max=" + max());
    }
    if ((long) max() - min() > MAX_SPAN) {
      throw Preconditions.unmet("rating scale max - min", "be at most " + MAX_SPAN, "was min=" + min() + ", max=" + max());
    }
  }

  /**
   * The number of answer points, {@code max - min + 1}: 7 for a 1..7 scale.
   *
   * @return the number of integer answers on the scale, at least 2
   */
  @JsonIgnore
  public final int points() {
    return max() - min() + 1;
  }

  /**
   * The width of the scale, {@code max - min}.
   *
   * @return the distance between the bounds, at least 1
   */
  @JsonIgnore
  public final int range() {
    return max() - min();
  }

  /**
   * The centre of the scale, {@code (min + max) / 2}: 4 on a 1..7 scale, 0 on the scorecard.
   *
   * @return the midpoint, possibly a half integer
   */
  @JsonIgnore
  public final double midpoint() {
    return (min() + (double) max()) / 2.0;
  }

  /**
   * Whether {@code rating} lies on the scale, {@code min <= rating <= max}. NaN is not contained.
   *
   * @param rating a rating or a mean of ratings
   * @return true if the value is inside the closed interval
   */
  public final boolean contains(double rating) {
    return rating >= min() && rating <= max();
  }

  /**
   * Whether the integer answer lies on the scale.
   *
   * @param answer an answer
   * @return true if {@code min <= answer <= max}
   */
  public final boolean contains(int answer) {
    return answer >= min() && answer <= max();
  }

  /**
   * Checks that {@code rating} lies on the scale and returns it.
   *
   * @param field the name of the value being checked, used in the message
   * @param rating the value
   * @return {@code rating}
   * @throws IllegalArgumentException if the rating is NaN, infinite or outside {@code [min, max]};
   *     the message names the field, the value and the scale
   */
  public final double requireOnScale(String field, double rating) {
    Preconditions.check(contains(rating), field, "on the scale [" + min() + ", " + max() + "]", rating);
    return rating;
  }

  /**
   * Converts a rating to the unit interval: {@code (rating - min) / (max - min)}. The minimum maps
   * to 0, the maximum to 1.
   *
   * @param rating a rating on this scale
   * @return the normalised value in {@code [0, 1]}
   * @throws IllegalArgumentException if the rating is not on the scale
   */
  public final double normalize(double rating) {
    requireOnScale("rating", rating);
    return (rating - min()) / range();
  }

  /**
   * Converts a value of the unit interval back to this scale: {@code min + unit * (max - min)}.
   *
   * @param unit a value in {@code [0, 1]}
   * @return the rating on this scale
   * @throws IllegalArgumentException if {@code unit} is NaN or outside {@code [0, 1]}
   */
  public final double denormalize(double unit) {
    Preconditions.unitInterval("unit value", unit);
    return min() + unit * range();
  }

  /**
   * Reverse-codes a rating of a negatively worded item: {@code min + max - rating}, so that on a
   * 1..7 scale 7 becomes 1 and 2 becomes 6. Applying it twice gives the rating back.
   *
   * @param rating a rating on this scale
   * @return the reverse-coded rating, on this scale
   * @throws IllegalArgumentException if the rating is not on the scale
   */
  public final double reverse(double rating) {
    requireOnScale("rating", rating);
    return (double) min() + max() - rating;
  }

  /**
   * Reverse-codes an integer answer: {@code min + max - answer}.
   *
   * @param answer an answer on this scale
   * @return the reverse-coded answer
   * @throws IllegalArgumentException if the answer is not on the scale
   */
  public final int reverse(int answer) {
    Preconditions.check(contains(answer), "answer", "on the scale [" + min() + ", " + max() + "]", answer);
    return min() + max() - answer;
  }

  /**
   * The text form {@code "min..max"}, for example {@code "1..7"}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return min() + ".." + max();
  }
}
