package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.scoring.internal.CountingSort;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits the encounters of an {@link EncounterLog} into observed journeys: each customer's
 * encounters in time order, cut into <em>episodes</em>. A new episode starts at a customer's first
 * encounter, after a gap of inactivity longer than {@link #gap()} (the time from one encounter to
 * the next; a gap exactly as long does not cut), and at an encounter with one of the {@link
 * #startTouchpoints()} (a touchpoint that starts the journey, such as the map's first: {@code
 * withStartTouchpoints(Set.of(map.touchpoints().get(0).id()))}).
 *
 * <pre>{@code
 * Episodes episodes = ObservedJourneys.withDefaults()
 *     .withJourney(JourneyTemplate.RETAIL_COUNTER.journey())
 *     .withGap(Duration.ofHours(2))
 *     .observe(log);
 * DirectlyFollowsGraph graph = episodes.directlyFollows().withMinTransitions(10);
 * }</pre>
 *
 * <p><b>Order.</b> A customer's encounters are ordered by time, then by the touchpoint's position on
 * the journey map ({@link #withJourney}; without a map, by touchpoint id, {@link String#compareTo}),
 * then as {@link JourneyScore} orders them (level, unscored first, then staff id), and last by row
 * number, which only orders encounters that agree in every one of those and so in every figure of
 * the result: the episodes and their figures do not depend on the order of the log's rows.
 *
 * <p><b>Bad input is set aside, counted and reported, never silently dropped</b> ({@link
 * Episodes#offMapCount()}, {@link Episodes#duplicateCount()}, with their rows): with a map, an
 * encounter whose touchpoint is not on it is set aside before the split (it neither cuts nor joins
 * an episode); of duplicate encounters (the same customer, touchpoint and instant) the last in the
 * order above is kept (so a scored copy rather than an unscored one) and the others are set aside.
 *
 * <p>Cost: a sort of the customer ids, a counting sort of the rows by customer, the touchpoints
 * and instants gathered into that order (so that the rest reads memory in order), a sort of each
 * customer's encounters that are not already in time order (in place), and one pass; working
 * memory of 20 bytes per encounter during the call; the result holds 16 bytes per encounter (row,
 * touchpoint, instant) and three {@code int}s per episode beside the log, with no object per
 * encounter. Instances are immutable and thread-safe; equal when their settings are.
 *
 * @param gap the inactivity gap, positive
 * @param journey the journey map, empty if none
 * @param startTouchpoints the ids of the touchpoints that start an episode: an unmodifiable set in
 *     id order ({@link String#compareTo}), possibly empty
 * @since 0.4.0
 */
public record ObservedJourneys(Duration gap, Optional<CustomerJourney> journey, Set<String> startTouchpoints) {

  /**
   * The default inactivity gap, 30 minutes: the session timeout of web analytics, and longer than
   * the pauses within one visit of the library's journey templates (the queue at a till).
   */
  public static final Duration DEFAULT_GAP = Duration.ofMinutes(30);

  private static final ObservedJourneys DEFAULTS = new ObservedJourneys(DEFAULT_GAP, Optional.empty(), Set.of());

  /**
   * The analysis with these settings; {@link #withDefaults()} and the {@code withX} copies are the
   * usual way to build one.
   *
   * @param gap the inactivity gap, {@code > 0}
   * @param journey the journey map, empty for none
   * @param startTouchpoints the touchpoint ids that start an episode, possibly none (copied, in id
   *     order)
   * @throws IllegalArgumentException if {@code gap} is zero or negative, or an id is blank
   * @throws NullPointerException if an argument or an id is null
   */
  public ObservedJourneys {
    Objects.requireNonNull(gap, "gap");
    Preconditions.check(!gap.isNegative() && !gap.isZero(), "gap", "positive", gap);
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(startTouchpoints, "startTouchpoints");
    Set<String> ids = new TreeSet<>();
    for (String id : startTouchpoints) {
      ids.add(Preconditions.notBlank("start touchpoint id", Objects.requireNonNull(id, "start touchpoint id")));
    }
    startTouchpoints = Collections.unmodifiableSet(ids);
  }

  /**
   * The analysis with the defaults: a gap of {@link #DEFAULT_GAP}, no journey map, no start
   * touchpoints.
   *
   * @return the analysis
   */
  public static ObservedJourneys withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another inactivity gap: an encounter more than {@code gap} after the customer's
   * previous one starts a new episode.
   *
   * @param gap the gap, {@code > 0}
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code gap} is zero or negative
   * @throws NullPointerException if {@code gap} is null
   */
  public ObservedJourneys withGap(Duration gap) {
    return new ObservedJourneys(gap, journey, startTouchpoints);
  }

  /**
   * A copy that reads the encounters against a journey map: rows of the same instant are ordered by
   * the touchpoints' positions on it, and encounters whose touchpoint is not on it are set aside
   * (counted in {@link Episodes#offMapCount()}).
   *
   * @param journey the journey map
   * @return the reconfigured analysis
   * @throws NullPointerException if {@code journey} is null
   */
  public ObservedJourneys withJourney(CustomerJourney journey) {
    return new ObservedJourneys(gap, Optional.of(Objects.requireNonNull(journey, "journey")), startTouchpoints);
  }

  /**
   * A copy with the touchpoints that start a journey: an encounter with one of them always starts a
   * new episode. Ids not in a log have no effect.
   *
   * @param touchpointIds the touchpoint ids, possibly none
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if an id is blank
   * @throws NullPointerException if {@code touchpointIds} or an id is null
   */
  public ObservedJourneys withStartTouchpoints(Collection<String> touchpointIds) {
    return new ObservedJourneys(gap, journey, new HashSet<>(Objects.requireNonNull(touchpointIds, "touchpointIds")));
  }

  /**
   * Splits every customer's encounters of a log into episodes.
   *
   * @param log the log
   * @return the episodes, by customer id ({@link String#compareTo}) and then by time
   * @throws NullPointerException if {@code log} is null
   */
  public Episodes observe(EncounterLog log) {
    Objects.requireNonNull(log, "log");
    List<String> touchpointIds = log.touchpoints();
    int k = touchpointIds.size();
    int[] positionOf = new int[k];
    boolean[] known = new boolean[k];
    boolean[] starts = new boolean[k];
    if (journey.isPresent()) {
      Map<String, Integer> positions = new HashMap<>();
      List<Touchpoint> tps = journey.get().touchpoints();
      for (int i = 0; i < tps.size(); i++) {
        positions.put(tps.get(i).id(), i);
      }
      for (int t = 0; t < k; t++) {
        Integer p = positions.get(touchpointIds.get(t));
        known[t] = p != null;
        positionOf[t] = p == null ? Integer.MAX_VALUE : p;
      }
    } else {
      int[] byId = CustomerOrder.sorted(touchpointIds);
      for (int i = 0; i < k; i++) {
        positionOf[byId[i]] = i;
        known[byId[i]] = true;
      }
    }
    for (int t = 0; t < k; t++) {
      starts[t] = startTouchpoints.contains(touchpointIds.get(t));
    }
    long gapNanos = nanos(gap);
    int n = log.size();
    int customers = log.customers().size();
    int[] byId = CustomerOrder.sorted(log.customers());
    int[] rank = new int[customers];
    for (int i = 0; i < customers; i++) {
      rank[byId[i]] = i;
    }
    // the rows grouped by customer in id order: a counting sort, stable, so that a customer's rows
    // stay in row order
    int[] scratch = new int[n];
    for (int row = 0; row < n; row++) {
      scratch[row] = rank[log.customerCode(row)];
    }
    CountingSort.Groups byCustomer = CountingSort.byKey(scratch, customers);
    int[] first = byCustomer.first();
    int[] grouped = byCustomer.rows();
    // their touchpoints and instants gathered once (the log's order is unrelated to the customers'),
    // so that the sort and the split below read memory in order
    int[] tpAt = scratch;
    for (int i = 0; i < n; i++) {
      tpAt[i] = log.touchpointCode(grouped[i]);
    }
    long[] timeAt = new long[n];
    for (int i = 0; i < n; i++) {
      timeAt[i] = log.epochNanos(grouped[i]);
    }
    // each customer's rows in journey order: time, map position, then the rest of the journey
    // order on the log's rows (rare: only for encounters at one instant and position)
    JourneyScorer.RowOrder rest = JourneyScorer.journeyOrder(log, positionOf);
    JourneyScorer.RowOrder order = (x, y) -> {
      int r = Long.compare(timeAt[x], timeAt[y]);
      if (r == 0) {
        r = Integer.compare(positionOf[tpAt[x]], positionOf[tpAt[y]]);
      }
      return r != 0 ? r : rest.compare(grouped[x], grouped[y]);
    };
    for (int r = 0; r < customers; r++) {
      sortRange(first[r], first[r + 1], order, grouped, tpAt, timeAt);
    }
    int[] kept = new int[n];
    int[] keptTouchpoint = new int[n];
    long[] keptNanos = new long[n];
    int keptCount = 0;
    IntList episodeStart = new IntList();
    IntList episodeCustomer = new IntList();
    IntList offMap = new IntList();
    IntList duplicates = new IntList();
    for (int r = 0; r < customers; r++) {
      int c = byId[r];
      boolean open = false;
      long previousTime = 0;
      int previousTouchpoint = -1;
      for (int i = first[r], end = first[r + 1]; i < end; i++) {
        int row = grouped[i];
        int tp = tpAt[i];
        if (!known[tp]) {
          offMap.add(row);
          continue;
        }
        long time = timeAt[i];
        if (open && time == previousTime && tp == previousTouchpoint) {
          // a duplicate: the last of the run is kept
          duplicates.add(kept[keptCount - 1]);
          kept[keptCount - 1] = row;
          continue; // same touchpoint and instant: the kept columns stand
        }
        // time >= previousTime: the difference is exact as an unsigned long
        if (!open || Long.compareUnsigned(time - previousTime, gapNanos) > 0 || starts[tp]) {
          episodeStart.add(keptCount);
          episodeCustomer.add(c);
          open = true;
        }
        kept[keptCount] = row;
        keptTouchpoint[keptCount] = tp;
        keptNanos[keptCount++] = time;
        previousTime = time;
        previousTouchpoint = tp;
      }
    }
    episodeStart.add(keptCount);
    return new Episodes(this, log, trim(kept, keptCount), trim(keptTouchpoint, keptCount),
        keptCount == n ? keptNanos : Arrays.copyOf(keptNanos, keptCount), episodeStart.toArray(),
        episodeCustomer.toArray(), offMap.toArray(), duplicates.toArray());
  }

  /**
   * Sorts positions {@code [lo, hi)} of the three parallel arrays by {@code order} on positions,
   * stably; a range already in order (a log written in time order) is only checked.
   */
  private static void sortRange(int lo, int hi, JourneyScorer.RowOrder order, int[] rows, int[] tps, long[] times) {
    boolean sorted = true;
    for (int i = lo + 1; i < hi && sorted; i++) {
      sorted = order.compare(i - 1, i) <= 0;
    }
    if (sorted) {
      return;
    }
    if (hi - lo <= 32) {
      // a customer's few encounters: sorted in place by swapping neighbours (stable, and the
      // element moving down stays where the order reads it), no allocation
      for (int i = lo + 1; i < hi; i++) {
        for (int j = i; j > lo && order.compare(j - 1, j) > 0; j--) {
          swap(rows, j - 1, j);
          swap(tps, j - 1, j);
          long t = times[j - 1];
          times[j - 1] = times[j];
          times[j] = t;
        }
      }
      return;
    }
    int[] positions = new int[hi - lo];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = lo + i;
    }
    JourneyScorer.sortRows(positions, order);
    int[] r = new int[positions.length];
    int[] t = new int[positions.length];
    long[] time = new long[positions.length];
    for (int i = 0; i < positions.length; i++) {
      r[i] = rows[positions[i]];
      t[i] = tps[positions[i]];
      time[i] = times[positions[i]];
    }
    System.arraycopy(r, 0, rows, lo, r.length);
    System.arraycopy(t, 0, tps, lo, t.length);
    System.arraycopy(time, 0, times, lo, time.length);
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** The first {@code n} values: the array itself when it holds no more. */
  private static int[] trim(int[] values, int n) {
    return n == values.length ? values : Arrays.copyOf(values, n);
  }

  /** A duration in nanoseconds, {@link Long#MAX_VALUE} if longer. */
  private static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * The analysis in the form {@code "ObservedJourneys[gap=PT30M, journey=retail counter,
   * startTouchpoints=[]]"}.
   *
   * @return the settings
   */
  @Override
  public String toString() {
    return "ObservedJourneys[gap=" + gap + ", journey=" + journey.map(CustomerJourney::name).orElse("none")
        + ", startTouchpoints=" + startTouchpoints + "]";
  }

  /** A growable array of ints. */
  static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
