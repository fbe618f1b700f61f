package io.github.mot.servqual;

import java.util.Locale;

/**
 * The four quadrants of importance-performance analysis (Martilla and James 1977). An attribute is
 * of high importance when its importance is at or above the importance cut, of high performance
 * when its performance is at or above the performance cut.
 *
 * @since 0.1.0
 */
public enum Quadrant {
  /** High importance, low performance: improve here first. */
  CONCENTRATE_HERE,
  /** High importance, high performance: keep it so. */
  KEEP_UP_THE_GOOD_WORK,
  /** Low importance, low performance: no urgent action. */
  LOW_PRIORITY,
  /** Low importance, high performance: resources may be better spent elsewhere. */
  POSSIBLE_OVERKILL;


  /**
   * The label in a language, from the bundle {@code io.github.mot.servqual.i18n.labels} (key
   * {@code Quadrant.<CONSTANT>}), English where the language has no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the label, not blank
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Text.labels(locale).label(this);
  }

  static Quadrant of(boolean highImportance, boolean highPerformance) {
    if (highImportance) {
      return highPerformance ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
    }
    return highPerformance ? POSSIBLE_OVERKILL : LOW_PRIORITY;
  }
}
