package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.internal.ResultValue;

/**
 * What a scorer bound to a journey map keeps: the map, equality by the map, and a short text.
 * Package-private; {@link JourneyScorer} and {@link EncounterScorecard} extend it.
 */
abstract class JourneyBound extends ResultValue {

  /** The journey map. */
  final CustomerJourney journey;

  JourneyBound(CustomerJourney journey) {
    this.journey = journey;
  }

  /**
   * The journey map this scorer scores against.
   *
   * @return the journey
   */
  public CustomerJourney journey() {
    return journey;
  }

  /** Equal when of the same class and the journey maps are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {journey};
  }

  /** For example {@code "JourneyScorer(Retail counter, 10 touchpoints)"}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + journey.name() + ", " + journey.touchpoints().size() + " touchpoints)";
  }
}
