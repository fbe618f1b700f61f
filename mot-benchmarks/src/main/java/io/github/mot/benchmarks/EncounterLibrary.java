package io.github.mot.benchmarks;

import static io.github.mot.benchmarks.EncounterWorkload.STAFF;
import static io.github.mot.benchmarks.EncounterWorkload.TOUCHPOINTS;

import io.github.mot.core.RatingScale;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.ScorecardAccumulator;
import io.github.mot.scoring.ScorecardSummary;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Workload 2 with the library, as a user with columnar encounter data would write it: one {@link
 * ScorecardAccumulator} per touchpoint and per staff member and one {@link
 * FirstImpressionAccumulator} per touchpoint, fed by {@code add(int level)} and {@code add(int a,
 * int b, int c)} in one pass over the columns. In parallel, each range of encounters fills its own
 * accumulators on a parallel stream and the ranges merge (exactly: the result is the same).
 */
public final class EncounterLibrary {

  /** Ranges of encounters that a parallel run tallies separately. */
  private static final int RANGES = 64;

  private final EncounterWorkload w;

  /**
   * Uses the workload's columns as they are.
   *
   * @param w the log
   */
  public EncounterLibrary(EncounterWorkload w) {
    this.w = w;
  }

  /** The accumulators of one range of encounters. */
  static final class Tally {
    final ScorecardAccumulator[] byTouchpoint = new ScorecardAccumulator[TOUCHPOINTS];
    final ScorecardAccumulator[] byStaff = new ScorecardAccumulator[STAFF];
    final FirstImpressionAccumulator[] firstImpression = new FirstImpressionAccumulator[TOUCHPOINTS];

    Tally() {
      for (int t = 0; t < TOUCHPOINTS; t++) {
        byTouchpoint[t] = ScorecardAccumulator.create();
        firstImpression[t] = FirstImpressionScorer.STANDARD.accumulator(RatingScale.FIVE_POINT);
      }
      for (int s = 0; s < STAFF; s++) {
        byStaff[s] = ScorecardAccumulator.create();
      }
    }

    Tally add(EncounterWorkload w, int from, int to) {
      byte[] tp = w.touchpoint();
      short[] st = w.staff();
      byte[] lv = w.level();
      byte[] a = w.appearance();
      byte[] b = w.behaviour();
      byte[] c = w.communication();
      for (int i = from; i < to; i++) {
        int t = tp[i];
        int level = lv[i];
        byTouchpoint[t].add(level);
        byStaff[st[i]].add(level);
        firstImpression[t].add(a[i], b[i], c[i]);
      }
      return this;
    }

    Tally merge(Tally o) {
      for (int t = 0; t < TOUCHPOINTS; t++) {
        byTouchpoint[t].merge(o.byTouchpoint[t]);
        firstImpression[t].merge(o.firstImpression[t]);
      }
      for (int s = 0; s < STAFF; s++) {
        byStaff[s].merge(o.byStaff[s]);
      }
      return this;
    }
  }

  /**
   * Computes every figure.
   *
   * @param parallel whether to tally ranges on a parallel stream
   * @return the figures
   */
  public EncounterFigures figures(boolean parallel) {
    int n = w.size();
    Tally tally = parallel
        ? IntStream.range(0, RANGES).parallel()
            .mapToObj(r -> new Tally().add(w, (int) ((long) n * r / RANGES), (int) ((long) n * (r + 1) / RANGES)))
            .reduce(Tally::merge).orElseThrow()
        : new Tally().add(w, 0, n);
    return fromSummaries(t -> tally.byTouchpoint[t].summary(), s -> tally.byStaff[s].summary(),
        t -> tally.firstImpression[t].summary().meanIndex());
  }

  /**
   * The figures from the library's summaries, by touchpoint and staff index.
   *
   * @param touchpoint the scorecard summary of a touchpoint
   * @param staff the scorecard summary of a staff member
   * @param firstImpression the mean first-impression index of a touchpoint
   * @return the figures
   */
  static EncounterFigures fromSummaries(IntFunction<ScorecardSummary> touchpoint,
      IntFunction<ScorecardSummary> staff, IntToDoubleFunction firstImpression) {
    EncounterFigures.Groups tp = EncounterFigures.Groups.of(TOUCHPOINTS);
    double[] tpFirst = new double[TOUCHPOINTS];
    for (int t = 0; t < TOUCHPOINTS; t++) {
      tp.put(t, touchpoint.apply(t));
      tpFirst[t] = firstImpression.applyAsDouble(t);
    }
    EncounterFigures.Groups st = EncounterFigures.Groups.of(STAFF);
    for (int m = 0; m < STAFF; m++) {
      st.put(m, staff.apply(m));
    }
    return new EncounterFigures(tp, st, tpFirst);
  }
}
