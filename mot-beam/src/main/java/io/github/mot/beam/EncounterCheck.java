package io.github.mot.beam;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.Touchpoint;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an analysis of {@link MotTransforms} requires of an encounter, as {@code EncounterScorecard}
 * and {@code FirstImpressionScorer} require it on one machine: a serializable copy of the journey
 * map's touchpoint ids and their group keys (the map itself is not serializable), the grouping,
 * and what the analysis counts (levels or ratings on a scale).
 *
 * <p>An encounter is <b>rejected</b> (side output) when it is null, when its touchpoint is not on
 * the map (where the single-machine path throws), or when its ratings are on another scale; it is
 * <b>skipped</b> (counted in a Beam counter only) when the single-machine path skips it too: no
 * level, no ratings, or no staff id when grouping by staff. Immutable and thread-safe.
 */
final class EncounterCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What an analysis counts. */
  enum Need {
    LEVEL,
    RATINGS,
    /** Any encounter on the map (or any encounter without one): the episodes of a journey analysis. */
    ANY
  }

  /** The map's name, or null when there is none and every touchpoint is taken. */
  private final @Nullable String journeyName;
  /** Touchpoint id to its key under {@link #by} (touchpoint, stage or channel id; else its id). */
  private final HashMap<String, String> keyOfTouchpoint;
  private final @Nullable GroupBy by;
  private final Need need;
  private final int scaleMin;
  private final int scaleMax;

  private EncounterCheck(
      @Nullable CustomerJourney journey, @Nullable GroupBy by, Need need, @Nullable RatingScale scale) {
    this.journeyName = journey == null ? null : journey.name();
    this.keyOfTouchpoint = new HashMap<>();
    for (Touchpoint t : journey == null ? java.util.List.<Touchpoint>of() : journey.touchpoints()) {
      String key = by == GroupBy.STAGE ? t.stageId() : by == GroupBy.CHANNEL ? t.channel().id() : t.id();
      keyOfTouchpoint.put(t.id(), key);
    }
    this.by = by;
    this.need = need;
    this.scaleMin = scale == null ? 0 : scale.min();
    this.scaleMax = scale == null ? 0 : scale.max();
  }

  static EncounterCheck levels(CustomerJourney journey, @Nullable GroupBy by) {
    return new EncounterCheck(Objects.requireNonNull(journey, "journey"), by, Need.LEVEL, null);
  }

  static EncounterCheck ratings(CustomerJourney journey, @Nullable GroupBy by, RatingScale scale) {
    return new EncounterCheck(
        Objects.requireNonNull(journey, "journey"), by, Need.RATINGS, Objects.requireNonNull(scale, "scale"));
  }

  /** The episodes of a journey analysis: every encounter on the map, or every one without a map. */
  static EncounterCheck episodes(@Nullable CustomerJourney journey) {
    return new EncounterCheck(journey, null, Need.ANY, null);
  }

  /** The reason to reject the encounter, or null if the analysis can take it. */
  @Nullable String rejection(@Nullable Encounter e) {
    if (e == null) {
      return "the encounter is null";
    }
    if (journeyName != null && !keyOfTouchpoint.containsKey(e.touchpointId())) {
      return "touchpoint '" + e.touchpointId() + "' is not on the journey map '" + journeyName + "'";
    }
    if (need == Need.ANY) { // a customer's encounters go into a log: one it cannot hold is rejected
      String unheld = io.github.mot.scoring.log.EncounterLog.whyNotHeld(e);
      if (unheld != null) {
        return unheld;
      }
    }
    if (need == Need.RATINGS) {
      AbcRatings r = e.ratingsOrNull();
      if (r != null && (r.scale().min() != scaleMin || r.scale().max() != scaleMax)) {
        return "ratings on the scale " + r.scale() + ", not on the analysis's scale "
            + RatingScale.of(scaleMin, scaleMax);
      }
    }
    return null;
  }

  /** Why the analysis does not count a valid encounter (as on one machine), or null if it does. */
  @Nullable String skip(Encounter e) {
    if (need == Need.LEVEL && e.levelOrNull() == null) {
      return "no scorecard level";
    }
    if (need == Need.RATINGS && e.ratingsOrNull() == null) {
      return "no ABC ratings";
    }
    if (by == GroupBy.STAFF && e.staffIdOrNull() == null) {
      return "no staff id";
    }
    return null;
  }

  /** The key of a counted encounter under the grouping. */
  String key(Encounter e) {
    GroupBy g = Objects.requireNonNull(by, "by");
    return switch (g) {
      case TOUCHPOINT, STAGE, CHANNEL -> Objects.requireNonNull(keyOfTouchpoint.get(e.touchpointId()));
      case STAFF -> Objects.requireNonNull(e.staffIdOrNull());
      case CUSTOMER -> e.customerId();
    };
  }
}
