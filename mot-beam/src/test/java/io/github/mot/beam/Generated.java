package io.github.mot.beam;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.Seeds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** Seeded data for the Beam tests, from core's shared generators. */
final class Generated {

  private Generated() {}

  /** The scale of the first-impression tests. */
  static final RatingScale SCALE = RatingScale.FIVE_POINT;

  /**
   * A few seeds: a pipeline case costs a DirectRunner run, so the Beam tests take the first
   * {@code n} of {@link Seeds#seeds()} ({@code -Dmot.seed} replays one).
   */
  static Stream<Seed> seeds(int n) {
    return Seeds.seeds().limit(n);
  }

  /** Valid encounters on the journey, their ratings (where they have some) on {@link #SCALE}. */
  static List<Encounter> encounters(SplittableRandom r, CustomerJourney journey, int n) {
    List<Encounter> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Encounter e = CoreGenerators.encounter(r, journey);
      AbcRatings ratings = e.ratingsOrNull();
      out.add(ratings == null ? e : e.withRatings(CoreGenerators.abcRatings(r, SCALE)));
    }
    return out;
  }

  /** A copy of {@code e} at another touchpoint and instant, every other field kept. */
  static Encounter moved(Encounter e, String touchpointId, Instant at) {
    Encounter.Builder b = Encounter.builder().customerId(e.customerId()).touchpointId(touchpointId).occurredAt(at);
    e.staffId().ifPresent(b::staffId);
    e.ratings().ifPresent(b::ratings);
    e.level().ifPresent(b::level);
    e.duration().ifPresent(b::duration);
    e.note().ifPresent(b::note);
    return b.build();
  }
}
