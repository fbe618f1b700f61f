package io.github.mot.scoring;

import static io.github.mot.scoring.Fixtures.COUNTER;
import static io.github.mot.scoring.Fixtures.T0;

import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.log.EncounterLog;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The hand-made log of {@link FunnelTest}, {@link PrecursorsTest} and {@link RecoveryTest}, on
 * {@link Fixtures#COUNTER} (stages arrive = {enter, greet} and buy = {advise, pay, farewell};
 * channels: pay web, farewell phone, the others in-person), the default gap of 30 minutes. Minutes
 * after 10:00; level, staff and the attribute {@code region} where given:
 *
 * <pre>
 * episode  customer  encounters (minute touchpoint level staff region)
 * 0 A      c1        0 enter +1 - north,  1 greet -2 s1,  2 advise +2 s2,  3 pay +2 s1
 * 1 F      c1        60 greet 0 s2,  61 pay +3 s1 south          (60 minutes after A: a new episode)
 * 2 B      c2        0 greet -3 s2 south,  1 pay -1 s1,  2 farewell -2 s2
 * 3 C      c3        0 pay +2 s1 north,  1 greet +1 s2,  2 advise 0
 * 4 D      c4        0 advise -2 - west,  1 farewell +3
 * 5 E      c5        0 enter (unscored),  1 greet +1,  2 advise -3 s1,  3 pay (unscored)
 * </pre>
 *
 * Journey scores by {@link JourneyModel#MEAN} (the mean of the scored levels): A (1 - 2 + 2 + 2) / 4
 * = 0.75, F 1.5, B -2, C 1, D 0.5, E -1.
 */
final class HandEpisodes {

  private HandEpisodes() {}

  private static Encounter e(String customer, String touchpoint, int minute, @Nullable Integer level,
      @Nullable String staff) {
    Encounter.Builder b = Encounter.builder().customerId(customer).touchpointId(touchpoint)
        .occurredAt(T0.plusSeconds(60L * minute));
    if (level != null) {
      b.level(ScorecardLevel.of(level));
    }
    if (staff != null) {
      b.staffId(staff);
    }
    return b.build();
  }

  /** The log, its rows given out of order. */
  static EncounterLog log() {
    Map<String, String> none = Map.of();
    return EncounterLog.builder()
        .add(e("c5", "pay", 3, null, null), none)
        .add(e("c1", "greet", 60, 0, "s2"), none)
        .add(e("c1", "enter", 0, 1, null), Map.of("region", "north"))
        .add(e("c1", "greet", 1, -2, "s1"), none)
        .add(e("c1", "advise", 2, 2, "s2"), none)
        .add(e("c1", "pay", 3, 2, "s1"), none)
        .add(e("c1", "pay", 61, 3, "s1"), Map.of("region", "south"))
        .add(e("c2", "greet", 0, -3, "s2"), Map.of("region", "south"))
        .add(e("c2", "pay", 1, -1, "s1"), none)
        .add(e("c2", "farewell", 2, -2, "s2"), none)
        .add(e("c3", "pay", 0, 2, "s1"), Map.of("region", "north"))
        .add(e("c3", "greet", 1, 1, "s2"), none)
        .add(e("c3", "advise", 2, 0, null), none)
        .add(e("c4", "advise", 0, -2, null), Map.of("region", "west"))
        .add(e("c4", "farewell", 1, 3, null), none)
        .add(e("c5", "enter", 0, null, null), none)
        .add(e("c5", "greet", 1, 1, null), none)
        .add(e("c5", "advise", 2, -3, "s1"), none)
        .build();
  }

  /** The six episodes A, F, B, C, D, E (indexes 0..5), observed with the map. */
  static Episodes episodes() {
    return ObservedJourneys.withDefaults().withJourney(COUNTER).observe(log());
  }
}
