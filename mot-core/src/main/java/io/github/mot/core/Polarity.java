package io.github.mot.core;

import io.github.mot.core.internal.Preconditions;
import java.util.Locale;

/**
 * The direction of a moment of truth: whether the customer left it with a better, the same or a
 * worse impression of the organisation. Carlzon's point is that every contact is one or the other;
 * a neutral moment is one in which the customer had no expectation to confirm or disconfirm.
 *
 * @since 0.1.0
 */
public enum Polarity {
  /** The moment fell short of the customer's expectation (scorecard -1 to -3). */
  NEGATIVE("negative"),
  /** The customer had no expectation, or it was just met without notice (scorecard 0). */
  NEUTRAL("neutral"),
  /** The moment met or beat the customer's expectation (scorecard +1 to +3). */
  POSITIVE("positive");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  /**
   * The polarity of a number by its sign: negative, zero or positive. NaN has no polarity.
   *
   * @param value a score, for example a mean scorecard value
   * @return the polarity of its sign
   * @throws IllegalArgumentException if {@code value} is NaN
   */
  public static Polarity ofSign(double value) {
    if (value > 0) {
      return POSITIVE;
    }
    if (value < 0) {
      return NEGATIVE;
    }
    if (value == 0) {
      return NEUTRAL;
    }
    throw Preconditions.invalid("value", "a number", value);
  }

  /**
   * The English lower-case name: {@code "positive"}.
   *
   * @return the label
   * @since 0.1.0
   */
  public String label() {
    return label;
  }

  /**
   * The name in the given language, from {@link Labels#of(Locale)} under the key {@code
   * Polarity.<NAME>}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank label, such as {@code "正面"} for {@link #POSITIVE} in Simplified
   *     Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Labels.of(locale).label(this);
  }
}
