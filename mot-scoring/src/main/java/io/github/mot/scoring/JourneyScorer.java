package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.scoring.log.EncounterLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Scores customers' journeys against a journey map: orders each customer's encounters by time,
 * places them on the map, and computes the {@link JourneyModel} scores, the coverage of the map,
 * the first negative encounter and the negative encounters at moments of truth (see {@link JourneyScore}).
 *
 * <p>Bad input fails fast with {@link IllegalArgumentException}: an encounter on a touchpoint that
 * the map does not have, an empty list of encounters, or encounters of several customers given
 * to {@link #score(Collection)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JourneyScorer extends JourneyBound {

  private final Map<String, Integer> positions;

  /** The most threads {@link #score(EncounterLog)} uses. */
  private final int parallelism;

  private JourneyScorer(CustomerJourney journey, int parallelism) {
    super(journey);
    this.parallelism = parallelism;
    Map<String, Integer> p = new HashMap<>();
    List<Touchpoint> tps = journey.touchpoints();
    for (int i = 0; i < tps.size(); i++) {
      p.put(tps.get(i).id(), i);
    }
    this.positions = Collections.unmodifiableMap(p);
  }

  /**
   * A scorer for the journey map {@code journey}.
   *
   * @param journey the journey map
   * @return the scorer
   * @throws NullPointerException if {@code journey} is null
   */
  public static JourneyScorer of(CustomerJourney journey) {
    return new JourneyScorer(Objects.requireNonNull(journey, "journey"), 1);
  }

  /**
   * A copy that scores the customers of a log ({@link #score(EncounterLog)}) on up to {@code
   * threads} threads: the calling thread and {@code threads - 1} short-lived worker threads, each
   * taking ranges of customers. Every customer is scored alone, so the scores are the same, bit for
   * bit, whatever the number of threads; worth it from about a hundred thousand customers. The
   * default is 1. The parallelism is not part of equality, since it does not change a result.
   *
   * @param threads the most threads to use, {@code >= 1}
   * @return the reconfigured scorer
   * @throws IllegalArgumentException if {@code threads} is below 1
   * @since 0.3.0
   */
  public JourneyScorer withParallelism(int threads) {
    return new JourneyScorer(journey, checkThreads(threads));
  }

  /** A parallelism checked to be at least one thread: the check of every analysis's {@code withParallelism}. */
  static int checkThreads(int threads) {
    Preconditions.check(threads >= 1, "parallelism", ">= 1 thread", threads);
    return threads;
  }

  /**
   * The most threads {@link #score(EncounterLog)} uses.
   *
   * @return the parallelism, {@code >= 1}
   * @since 0.3.0
   */
  public int parallelism() {
    return parallelism;
  }

  /** The position of a touchpoint in journey order; IAE from the journey if unknown. */
  int position(String touchpointId) {
    Integer p = positions.get(touchpointId);
    if (p == null) {
      journey.requireTouchpoint(touchpointId); // throws the journey's message
      throw new IllegalStateException("journey lost touchpoint " + touchpointId);
    }
    return p;
  }

  /**
   * Scores one customer's journey.
   *
   * @param encounters the customer's encounters, in any order; encounters without a scorecard
   *     level count for coverage but not for the models
   * @return the journey score
   * @throws IllegalArgumentException if {@code encounters} is empty, holds encounters of more than
   *     one customer, or an encounter's touchpoint is not on the journey map (the message names
   *     the touchpoint and the journey)
   */
  public JourneyScore score(Collection<Encounter> encounters) {
    Objects.requireNonNull(encounters, "encounters");
    if (encounters.isEmpty()) {
      throw Preconditions.unmet("encounters", "hold at least one encounter of the customer", "was empty");
    }
    String customer = encounters.iterator().next().customerId();
    for (Encounter e : encounters) {
      if (!e.customerId().equals(customer)) {
        throw Preconditions.unmet(
            "encounters", "all be of one customer", "had '" + customer + "' and '" + e.customerId() + "'");
      }
      position(e.touchpointId());
    }
    return new JourneyScore(this, customer, new ArrayList<>(encounters));
  }

  /**
   * A collector that groups encounters by customer and scores each customer's journey; works on
   * parallel streams. Touchpoints are checked as encounters arrive.
   *
   * @return the collector of an unmodifiable map from customer id to score, in customer id order
   */
  public Collector<Encounter, ?, Map<String, JourneyScore>> byCustomer() {
    return Collector.<Encounter, Map<String, List<Encounter>>, Map<String, JourneyScore>>of(
        HashMap::new,
        (m, e) -> {
          position(e.touchpointId());
          m.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(e);
        },
        (a, b) -> {
          b.forEach((k, v) -> a.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
          return a;
        },
        m -> {
          Map<String, JourneyScore> out = new TreeMap<>();
          m.forEach((k, v) -> out.put(k, new JourneyScore(this, k, v)));
          return Collections.unmodifiableMap(out);
        },
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Scores the journey of every customer of a columnar log, from the log's columns: the figures of
   * each customer's {@link JourneyScore} (counts, coverage, the model scores, the first negative
   * touchpoint) as columns, in customer id order, without an object per customer or per encounter;
   * a customer's whole {@code JourneyScore}, equal to {@link #score(Collection)} of its encounters,
   * is made when asked for ({@link JourneyScores#get(int)}; {@link JourneyScores#asMap()} equals
   * collecting {@code log.encounters()} with {@link #byCustomer()}).
   *
   * @param log the log
   * @return the scores of the log's customers, in customer id order
   * @throws IllegalArgumentException if a touchpoint of the log is not on the journey map (the
   *     first in the log's order)
   * @throws NullPointerException if {@code log} is null
   * @since 0.3.0
   */
  public JourneyScores score(EncounterLog log) {
    Objects.requireNonNull(log, "log");
    List<String> ids = log.touchpoints();
    int[] positionOf = new int[ids.size()];
    for (int t = 0; t < positionOf.length; t++) {
      positionOf[t] = position(ids.get(t));
    }
    return JourneyScores.of(this, log, positionOf);
  }

  /**
   * {@link JourneyScore}'s order of a customer's rows: time, then the touchpoint's position, the
   * level (unscored first), the staff id (none first).
   *
   * @param positionOf the journey position of each touchpoint code of the log
   */
  static RowOrder journeyOrder(EncounterLog log, int[] positionOf) {
    List<String> staff = log.staff();
    return (x, y) -> {
      int r = Long.compare(log.epochNanos(x), log.epochNanos(y));
      if (r == 0) {
        r = Integer.compare(positionOf[log.touchpointCode(x)], positionOf[log.touchpointCode(y)]);
      }
      if (r == 0) {
        r = Integer.compare(levelOrder(log, x), levelOrder(log, y));
      }
      if (r == 0) {
        int sx = log.staffCode(x);
        int sy = log.staffCode(y);
        r = (sx < 0 ? "" : staff.get(sx)).compareTo(sy < 0 ? "" : staff.get(sy));
      }
      return r;
    };
  }

  private static int levelOrder(EncounterLog log, int row) {
    return log.hasLevel(row) ? log.levelValue(row) + 10 : 0;
  }

  /** Compares two rows (or other int keys). */
  @FunctionalInterface
  interface RowOrder {
    int compare(int x, int y);
  }

  /** A stable merge sort of row numbers (linear on rows already in order). */
  static void sortRows(int[] rows, RowOrder order) {
    boolean sorted = true;
    for (int i = 1; i < rows.length && sorted; i++) {
      sorted = order.compare(rows[i - 1], rows[i]) <= 0;
    }
    if (!sorted) {
      mergeSort(rows, new int[rows.length], 0, rows.length, order);
    }
  }

  private static void mergeSort(int[] a, int[] buffer, int lo, int hi, RowOrder order) {
    if (hi - lo < 2) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, buffer, lo, mid, order);
    mergeSort(a, buffer, mid, hi, order);
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, lo, buffer, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && order.compare(buffer[i], buffer[j]) <= 0)) {
        a[k] = buffer[i++];
      } else {
        a[k] = buffer[j++];
      }
    }
  }
}
