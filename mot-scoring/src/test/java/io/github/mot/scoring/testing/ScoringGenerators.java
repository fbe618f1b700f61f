package io.github.mot.scoring.testing;

import io.github.mot.core.ChecklistItem;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditOutcome;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.JourneyModel;
import io.github.mot.scoring.Precursors;
import io.github.mot.scoring.Recovery;
import io.github.mot.scoring.EpisodeGrouping;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.ObservedJourneys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generators of valid mot-scoring inputs for property tests; domain values come from {@link
 * CoreGenerators}.
 */
public final class ScoringGenerators {

  private ScoringGenerators() {}

  /**
   * Integer scorecard levels -3..+3: sometimes uniform, sometimes skewed to one polarity, sometimes
   * a single repeated level; zero to {@code maxLength} of them.
   *
   * @param r the case's random generator
   * @param maxLength the largest length
   * @return the levels
   */
  public static int[] levels(SplittableRandom r, int maxLength) {
    int n = r.nextInt(maxLength + 1);
    int[] out = new int[n];
    int mode = r.nextInt(3);
    int fixed = r.nextInt(-3, 4);
    for (int i = 0; i < n; i++) {
      switch (mode) {
        case 0:
          out[i] = r.nextInt(-3, 4);
          break;
        case 1:
          out[i] = r.nextInt(4) == 0 ? r.nextInt(-3, 4) : fixed;
          break;
        default:
          out[i] = r.nextBoolean() ? r.nextInt(1, 4) : CoreGenerators.scorecardLevel(r).value();
          break;
      }
    }
    return out;
  }

  /**
   * A cut of {@code [0, n]} into a random number of consecutive parts: the part boundaries,
   * starting with 0 and ending with {@code n}.
   *
   * @param r the case's random generator
   * @param n the length to cut
   * @return non-decreasing boundaries
   */
  public static int[] cuts(SplittableRandom r, int n) {
    int parts = r.nextInt(1, 6);
    int[] b = new int[parts + 1];
    b[parts] = n;
    for (int i = 1; i < parts; i++) {
      b[i] = n == 0 ? 0 : r.nextInt(n + 1);
    }
    java.util.Arrays.sort(b);
    return b;
  }

  /**
   * One customer's encounters on the journey: one to {@code maxLength} encounters at random
   * touchpoints and times (simultaneous ones now and then), most of them scored.
   *
   * @param r the case's random generator
   * @param journey the journey map, with at least one touchpoint
   * @param customerId the customer
   * @param maxLength the most encounters
   * @return the encounters, in random order
   */
  public static List<Encounter> customerEncounters(
      SplittableRandom r, CustomerJourney journey, String customerId, int maxLength) {
    List<Touchpoint> tps = journey.touchpoints();
    int n = r.nextInt(1, maxLength + 1);
    Instant base = CoreGenerators.instant(r);
    List<Encounter> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Encounter.Builder b =
          Encounter.builder()
              .customerId(customerId)
              .touchpointId(tps.get(r.nextInt(tps.size())).id())
              .occurredAt(base.plusSeconds(r.nextInt(0, 4) * 60L));
      if (r.nextInt(5) != 0) {
        b.level(ScorecardLevel.of(r.nextInt(-3, 4)));
      }
      if (r.nextBoolean()) {
        b.staffId("s" + r.nextInt(5));
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * A complete audit of a random staff member against the checklist, with random outcomes.
   *
   * @param r the case's random generator
   * @param checklist the checklist
   * @param id the audit id
   * @return the audit
   */
  public static Audit audit(SplittableRandom r, SupervisionChecklist checklist, String id) {
    Audit.Builder b =
        Audit.builder(checklist)
            .id(id)
            .staffId("staff-" + r.nextInt(4))
            .auditedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextInt(0, 1000) * 3600L));
    if (r.nextBoolean()) {
      b.touchpointId("tp-" + r.nextInt(3));
    }
    for (ChecklistItem item : checklist.items()) {
      int k = r.nextInt(10);
      b.outcome(
          item.id(),
          k < 6 ? AuditOutcome.PASSED : k < 8 ? AuditOutcome.FAILED : AuditOutcome.NOT_APPLICABLE);
    }
    return b.build();
  }

  /**
   * A funnel over the encounters of a journey: a random gap (minutes to days, now and then with
   * nanoseconds), with or without the map (half the time; without it the map's touchpoints still
   * name the steps) and start touchpoints; the funnel of the map's stages or of a random list of its
   * touchpoints; no grouping, by staff or (with the map) by channel.
   *
   * @param r the case's random generator
   * @param journey the journey map, with at least one touchpoint
   * @return a valid funnel over encounters
   */
  public static EncounterFunnel encounterFunnel(SplittableRandom r, CustomerJourney journey) {
    ObservedJourneys observing = ObservedJourneys.withDefaults()
        .withGap(Duration.ofMinutes(r.nextInt(1, 3000)).plusNanos(r.nextBoolean() ? 0 : r.nextInt(1, 1_000_000_000)));
    boolean withMap = r.nextBoolean();
    if (withMap) {
      observing = observing.withJourney(journey);
    }
    List<Touchpoint> tps = journey.touchpoints();
    if (r.nextInt(3) == 0) {
      observing = observing.withStartTouchpoints(List.of(tps.get(r.nextInt(tps.size())).id(), "elsewhere"));
    }
    Funnel funnel;
    if (r.nextBoolean()) {
      funnel = Funnel.ofStages(journey);
    } else {
      List<String> ids = new ArrayList<>();
      for (Touchpoint t : CoreGenerators.shuffled(r, tps)) {
        if (ids.isEmpty() || r.nextInt(3) != 0) {
          ids.add(t.id());
        }
      }
      funnel = Funnel.of(ids);
    }
    int grouping = r.nextInt(withMap ? 3 : 2);
    if (grouping == 1) {
      funnel = funnel.withGroupBy(EpisodeGrouping.staff());
    } else if (grouping == 2) {
      funnel = funnel.withGroupBy(EpisodeGrouping.channel());
    }
    return EncounterFunnel.of(observing, funnel);
  }

  /**
   * Journey analyses over encounters: how episodes are cut and the funnel as {@link
   * #encounterFunnel} makes them (no funnel one time in four), random thresholds of the precursors
   * and of the recovery, a random journey model.
   *
   * @param r the case's random generator
   * @param journey the journey map, with at least one touchpoint
   * @return the settings
   */
  public static EncounterJourneys encounterJourneys(SplittableRandom r, CustomerJourney journey) {
    EncounterFunnel f = encounterFunnel(r, journey);
    int damage = r.nextInt(-3, 1);
    return new EncounterJourneys(f.observing(), r.nextInt(4) == 0 ? Optional.empty() : Optional.of(f.funnel()),
        new Precursors(r.nextInt(-3, 4), r.nextInt(1, 4)),
        new Recovery(damage, r.nextInt(damage + 1, 4), JourneyModel.values()[r.nextInt(JourneyModel.values().length)]));
  }

  /**
   * The encounters of a few customers on the journey ({@link #customerEncounters}), shuffled.
   *
   * @param r the case's random generator
   * @param journey the journey map, with at least one touchpoint
   * @param customers how many customers
   * @param maxLength the most encounters per customer
   * @return the encounters, in random order
   */
  public static List<Encounter> customersEncounters(
      SplittableRandom r, CustomerJourney journey, int customers, int maxLength) {
    List<Encounter> all = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      all.addAll(customerEncounters(r, journey, "c" + c, maxLength));
    }
    return CoreGenerators.shuffled(r, all);
  }
}
