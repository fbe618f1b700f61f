package io.github.mot.servqual;

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

  static ZonePosition of(double msa, double mss) {
    if (msa < 0) {
      return BELOW;
    }
    return mss > 0 ? ABOVE : INSIDE;
  }
}
