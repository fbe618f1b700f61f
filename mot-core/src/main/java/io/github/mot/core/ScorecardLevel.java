package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.mot.core.internal.Preconditions;
import java.util.Locale;
import java.util.Objects;

/**
 * The seven levels of the MOT customer scorecard, from -3 (the moment damaged the relationship) to
 * +3 (the moment delighted the customer), in ascending order.
 *
 * <p>It is a disconfirmation scale (Oliver 1980): the customer judges the experience against their
 * expectation. Positive moments are +1 to +3, negative ones -1 to -3, and 0 means the customer had
 * no expectation. The numeric values lie on {@link RatingScale#SCORECARD}.
 *
 * <p>In JSON a level is written as its constant name, {@code "DELIGHTS"}; reading also accepts the
 * value, {@code 3} or {@code "+3"} (see {@link #parse(CharSequence)}).
 *
 * @since 0.1.0
 */
public enum ScorecardLevel {
  /** -3: the moment damaged the relationship; the customer may leave. */
  DAMAGES_RELATIONSHIP(-3, "damages the relationship"),
  /** -2: the moment failed the customer's expectations. */
  FAILS_EXPECTATIONS(-2, "fails expectations"),
  /** -1: the moment partly fell short of the customer's expectations. */
  PARTLY_FALLS_SHORT(-1, "partly falls short of expectations"),
  /** 0: neutral; the customer had no expectation of this moment. */
  NEUTRAL(0, "neutral"),
  /** +1: the moment met the customer's expectations. */
  MEETS_EXPECTATIONS(1, "meets expectations"),
  /** +2: the moment exceeded the customer's expectations. */
  EXCEEDS_EXPECTATIONS(2, "exceeds expectations"),
  /** +3: the moment delighted the customer. */
  DELIGHTS(3, "delights the customer");

  /** The lowest scorecard value, -3. */
  public static final int MIN = -3;

  /** The highest scorecard value, +3. */
  public static final int MAX = 3;

  private static final ScorecardLevel[] BY_VALUE = values();

  private final int value;
  private final String label;

  ScorecardLevel(int value, String label) {
    this.value = value;
    this.label = label;
  }

  /**
   * The level with the given scorecard value.
   *
   * @param value the score, from -3 to +3
   * @return the level
   * @throws IllegalArgumentException if {@code value} is outside {@code [-3, 3]}
   */
  public static ScorecardLevel of(int value) {
    Preconditions.inRange("scorecard level", value, MIN, MAX);
    return BY_VALUE[value - MIN];
  }

  /**
   * Reads a level from text: the constant name in any case ({@code "DELIGHTS"}, {@code "delights"})
   * or the signed value ({@code "3"}, {@code "+3"}, {@code "-1"}); blanks around the text are
   * ignored. This is also how JSON is read, so that both {@code "DELIGHTS"} and {@code 3} give
   * {@link #DELIGHTS}.
   *
   * @param text the name or value
   * @return the level
   * @throws IllegalArgumentException if the text is neither a level name nor an integer in {@code
   *     [-3, 3]}
   */
  public static ScorecardLevel parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    if (s.matches("[+-]?\\d{1,9}")) {
      return of(Integer.parseInt(s));
    }
    for (ScorecardLevel level : BY_VALUE) {
      if (level.name().equals(s.toUpperCase(Locale.ROOT))) {
        return level;
      }
    }
    throw Preconditions.invalid(
        "scorecard level", "a name such as DELIGHTS or an integer in [" + MIN + ", " + MAX + "]", text);
  }

  @JsonCreator
  static ScorecardLevel fromJson(String text) {
    return parse(text);
  }

  /**
   * The score of this level, from -3 to +3.
   *
   * @return the value on {@link RatingScale#SCORECARD}
   */
  public int value() {
    return value;
  }

  /**
   * The English description of the level, as on the scorecard: {@code "delights the customer"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The label in the given language, from {@link Labels#of(Locale)} under the key {@code
   * ScorecardLevel.<NAME>}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank label, such as {@code "让客户喜悦"} for {@link #DELIGHTS} in Simplified Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Labels.of(locale).label(this);
  }

  /**
   * Whether the moment was positive, negative or neutral: the sign of {@link #value()}.
   *
   * @return the polarity
   */
  public Polarity polarity() {
    return value > 0 ? Polarity.POSITIVE : value < 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
  }

  /**
   * Whether this is a positive moment, +1 to +3.
   *
   * @return true if {@code value() > 0}
   */
  public boolean isPositive() {
    return value > 0;
  }

  /**
   * Whether this is a negative moment, -1 to -3.
   *
   * @return true if {@code value() < 0}
   */
  public boolean isNegative() {
    return value < 0;
  }
}
