package io.github.mot.servqual;

import io.github.mot.core.internal.Preconditions;
/**
 * What a survey answer measures. The two-column SERVQUAL format asks each item twice, as an
 * expectation and a perception (PZB 1988); the three-column format of PZB 1994 asks the adequate
 * (minimum) service level, the desired service level and the perception.
 *
 * <p>In wide CSV files the answers of item {@code i} sit in columns {@code E<i>}, {@code P<i>},
 * {@code A<i>} and {@code D<i>}: {@link #columnPrefix()} gives the letter.
 *
 * @since 0.1.0
 */
public enum AnswerKind {
  /** Expectation E: the service an excellent company would give. */
  EXPECTATION('E'),
  /** Perception P: the service this company gave. */
  PERCEPTION('P'),
  /** Adequate service A: the minimum level the customer will accept (PZB 1994). */
  ADEQUATE('A'),
  /** Desired service D: the level the customer wants (PZB 1994). */
  DESIRED('D');

  private final char prefix;

  AnswerKind(char prefix) {
    this.prefix = prefix;
  }

  /**
   * The letter of this kind's CSV columns: E, P, A or D.
   *
   * @return the column prefix
   */
  public char columnPrefix() {
    return prefix;
  }

  /**
   * The kind whose CSV columns start with the given letter.
   *
   * @param prefix E, P, A or D (upper case)
   * @return the kind
   * @throws IllegalArgumentException if no kind has that letter
   */
  public static AnswerKind ofColumnPrefix(char prefix) {
    for (AnswerKind k : values()) {
      if (k.prefix == prefix) {
        return k;
      }
    }
    throw Preconditions.invalid("answer column prefix", "one of E, P, A, D", String.valueOf(prefix));
  }
}
