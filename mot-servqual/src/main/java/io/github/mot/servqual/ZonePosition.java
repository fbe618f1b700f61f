package io.github.mot.servqual;

import java.util.Locale;

/**
 * Where the mean perception lies relative to the zone of tolerance {@code [adequate, desired]}
 * (PZB 1994).
 *
 * @since 0.1.0
 */
public enum ZonePosition {
  /** Perception below the adequate level: mean MSA {@code P - A < 0}; a service failure. */
  BELOW,
  /** Perception within the zone: {@code MSA >= 0} and {@code MSS <= 0}. */
  INSIDE,
  /** Perception above the desired level: mean MSS {@code P - D > 0}; customer delight. */
  ABOVE;


  /**
   * The label in a language, from the bundle {@code io.github.mot.servqual.i18n.labels} (key
   * {@code ZonePosition.<CONSTANT>}), English where the language has no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the label, not blank
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Text.labels(locale).label(this);
  }

  static ZonePosition of(double msa, double mss) {
    if (msa < 0) {
      return BELOW;
    }
    return mss > 0 ? ABOVE : INSIDE;
  }
}
