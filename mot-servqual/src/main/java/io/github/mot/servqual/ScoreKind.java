package io.github.mot.servqual;

import io.github.mot.servqual.internal.Text;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import java.util.Locale;

/**
 * The score whose internal consistency a {@link ReliabilityAnalysis} measures: the answers of one
 * {@link AnswerKind} (expectations, perceptions, adequate or desired service), or the item gaps
 * {@code P - E}.
 *
 * @since 0.2.0
 */
public enum ScoreKind {
  /** The expectation answers E. */
  EXPECTATION,
  /** The perception answers P. */
  PERCEPTION,
  /** The adequate (minimum) service answers A (PZB 1994). */
  ADEQUATE,
  /** The desired service answers D (PZB 1994). */
  DESIRED,
  /** The item gaps {@code P - E}, defined where both answers are given. */
  GAP,
  /**
   * Plain numbers that are no survey's answers: the items of {@code ReliabilityAnalysis.analyze(double[][])}.
   *
   * @since 0.4.0
   */
  VALUES;

  /**
   * The score of an answer kind.
   *
   * @param kind the answer kind
   * @return the score with the same name
   */
  public static ScoreKind of(AnswerKind kind) {
    return valueOf(kind.name());
  }

  /**
   * The label in a language, from the bundle {@code io.github.mot.servqual.i18n.labels} (key
   * {@code ScoreKind.<CONSTANT>}), English where the language has no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the label, not blank
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Text.labels(locale).label(this);
  }

  /**
   * A short lower-case name for tables, such as {@code "perception"} or {@code "gap"}.
   *
   * @return the name in lower case
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
