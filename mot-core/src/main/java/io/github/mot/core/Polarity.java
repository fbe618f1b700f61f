package io.github.mot.core;

/**
 * The direction of a moment of truth: whether the customer left it with a better, the same or a
 * worse impression of the organisation. Carlzon's point is that every contact is one or the other;
 * a neutral moment is one in which the customer had no expectation to confirm or disconfirm.
 *
 * @since 0.1.0
 */
public enum Polarity {
  /** The moment fell short of the customer's expectation (scorecard -1 to -3). */
  NEGATIVE,
  /** The customer had no expectation, or it was just met without notice (scorecard 0). */
  NEUTRAL,
  /** The moment met or beat the customer's expectation (scorecard +1 to +3). */
  POSITIVE;

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
    throw new IllegalArgumentException("value must be a number but was " + value);
  }
}
