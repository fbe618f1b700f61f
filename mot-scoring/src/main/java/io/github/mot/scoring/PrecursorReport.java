package io.github.mot.scoring;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The result of {@link Precursors}: the touchpoints and two-step paths that directly precede
 * damaging moments, each with its support, its rate of damaging successors, its lift over the base
 * rate, its risk ratio with Katz's 95% interval and Fisher's exact p value (the formulas are in
 * {@link Precursors}). Every
 * damaging successor is counted once among the touchpoints, so that before the minimum support is
 * applied the touchpoints' {@link Precursor#damaging()} add up to {@link #damagingCount()} and
 * their {@link Precursor#support()} to {@link #successorCount()} (and the paths' to {@link
 * #pathDamagingCount()} and {@link #pathSuccessorCount()}).
 *
 * <p>Equality is identity. Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class PrecursorReport implements Tabular {

  /**
   * A touchpoint or a two-step path and the scored successors it directly precedes. Immutable and
   * thread-safe.
   *
   * @since 0.4.0
   */
  public sealed interface Precursor permits PrecursorRow {

    /**
     * The precursor: one touchpoint id, or the two of a path in order (the second directly before
     * the successor).
     *
     * @return an unmodifiable list of 1 or 2 touchpoint ids
     */
    List<String> touchpoints();

    /**
     * The support: the number of scored successors this precursor directly precedes.
     *
     * @return {@code n1 >= 1}
     */
    long support();

    /**
     * The number of those successors that are damaging.
     *
     * @return {@code a}, in {@code [0, support()]}
     */
    long damaging();

    /**
     * The share of damaging successors, P(damaging next | preceded by this).
     *
     * @return {@code a / n1}, in [0, 1]
     */
    double rate();

    /**
     * The lift over the base rate: {@code rate() / baseRate}.
     *
     * @return {@code >= 0}, NaN when no successor is damaging
     */
    double lift();

    /**
     * The risk ratio of preceded by this vs not: {@code (a / n1) / (c / n2)}.
     *
     * @return {@code >= 0}, NaN when {@code c = 0} or {@code n2 = 0}
     */
    double relativeRisk();

    /**
     * The lower bound of Katz's 95% interval of the risk ratio.
     *
     * @return {@code > 0}, NaN when {@code a = 0} or {@code c = 0}
     */
    double lower();

    /**
     * The upper bound of Katz's 95% interval of the risk ratio.
     *
     * @return {@code >= lower()}, NaN when {@code a = 0} or {@code c = 0}
     */
    double upper();

    /**
     * The two-sided p value of Fisher's exact test of the 2x2 table (preceded by this or not,
     * damaging or not): the probability, given the margins, of a table at most as probable as the
     * one observed (R's {@code fisher.test}, SciPy's {@code scipy.stats.fisher_exact([[a, n1 - a],
     * [c, n2 - c]])}).
     *
     * @return in [0, 1]
     */
    double p();

    /**
     * Whether the interval excludes 1: the damaging rate after this precursor differs from the rate
     * after the others by more than noise.
     *
     * @return false when the interval is undefined
     */
    default boolean significant() {
      return lower() > 1 || upper() < 1;
    }
  }

  /** A precursor's figures. */
  record PrecursorRow(List<String> touchpoints, long support, long damaging, double rate, double lift,
      double relativeRisk, double lower, double upper, double p) implements Precursor {
    /** For example {@code "trying: 90 of 377 damaging (rate 0.2387), lift 2.80, risk ratio 3.42 [2.76, 4.24], p 1.2e-20"}. */
    @Override
    public String toString() {
      return String.join(" > ", touchpoints) + ": " + damaging + " of " + support + " damaging (rate "
          + String.format(java.util.Locale.ROOT, "%.4f), lift %.2f, risk ratio %.2f [%.2f, %.2f], p %.3g", rate, lift,
          relativeRisk, lower, upper, p);
    }
  }

  /** The scored successors of the touchpoints or of the paths: {@code N} and {@code D}. */
  record Population(long successors, long damaging) {
    double rate() {
      return successors == 0 ? Double.NaN : (double) damaging / successors;
    }
  }

  private static final double Z95 = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);

  /** A precursor of {@code n1} successors, {@code a} damaging, in a population (Katz 1978). */
  static Precursor precursor(List<String> touchpoints, long n1, long a, Population all) {
    long n2 = all.successors() - n1;
    long c = all.damaging() - a;
    double rate = (double) a / n1;
    double otherRate = n2 == 0 ? Double.NaN : (double) c / n2;
    double rr = otherRate > 0 ? rate / otherRate : Double.NaN;
    double lower = Double.NaN;
    double upper = Double.NaN;
    if (a > 0 && c > 0) {
      double se = Math.sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2);
      lower = Math.exp(Math.log(rr) - Z95 * se);
      upper = Math.exp(Math.log(rr) + Z95 * se);
    }
    double base = all.rate();
    return new PrecursorRow(touchpoints, n1, a, rate, base > 0 ? rate / base : Double.NaN, rr, lower, upper,
        fisher(a, n1, all.damaging(), all.successors()));
  }

  /** SciPy's relative tolerance for tables as probable as the observed one. */
  private static final double FISHER_TOLERANCE = 1 + 1e-7;

  /**
   * The two-sided p value of Fisher's exact test: {@code X} hypergeometric (population {@code n},
   * {@code d} successes, {@code n1} drawn), the sum of {@code P(X = x)} over the {@code x} with
   * {@code P(X = x) <= P(X = a) (1 + 1e-7)}, as SciPy and R sum it. The probabilities rise to the
   * mode and fall after it: each side's boundary is found by bisection and its tail summed outward
   * from there until the terms no longer change the sum, so that the cost does not grow with the
   * counts.
   */
  static double fisher(long a, long n1, long d, long n) {
    HypergeometricDistribution h = HypergeometricDistribution.of(Math.toIntExact(n), Math.toIntExact(d),
        Math.toIntExact(n1));
    int lo = h.getSupportLowerBound();
    int hi = h.getSupportUpperBound();
    int mode = (int) Math.min(hi, Math.max(lo, (n1 + 1) * (double) (d + 1) / (n + 2)));
    double limit = h.probability((int) a) * FISHER_TOLERANCE;
    // left: the largest x <= mode with P(x) <= limit (P rises on [lo, mode])
    double p = 0;
    if (h.probability(lo) <= limit) {
      int x = lo;
      int y = mode;
      while (x < y) {
        int mid = (int) (((long) x + y + 1) >>> 1);
        if (h.probability(mid) <= limit) {
          x = mid;
        } else {
          y = mid - 1;
        }
      }
      p += tail(h, x, lo, -1);
    }
    // right: the smallest x > mode with P(x) <= limit (P falls on [mode, hi])
    if (mode < hi && h.probability(hi) <= limit) {
      int x = mode + 1;
      int y = hi;
      while (x < y) {
        int mid = (int) (((long) x + y) >>> 1);
        if (h.probability(mid) <= limit) {
          y = mid;
        } else {
          x = mid + 1;
        }
      }
      p += tail(h, x, hi, 1);
    }
    return Math.min(1.0, p);
  }

  /** The sum of {@code P(x)} from {@code from} to {@code end} by {@code step}, until it stops growing. */
  private static double tail(HypergeometricDistribution h, int from, int end, int step) {
    double sum = 0;
    for (int x = from; step > 0 ? x <= end : x >= end; x += step) {
      double term = h.probability(x);
      double next = sum + term;
      if (next == sum) {
        break; // the terms only fall from here
      }
      sum = next;
    }
    return sum;
  }

  private static final Comparator<Precursor> ORDER = Comparator
      .comparingDouble((Precursor p) -> Double.isNaN(p.lift()) ? Double.NEGATIVE_INFINITY : p.lift()).reversed()
      .thenComparing(Comparator.comparingLong(Precursor::support).reversed())
      .thenComparing(p -> String.join("\0", p.touchpoints()));

  private static final List<Column<Precursor>> COLUMNS = List.of(
      Column.<Precursor>text("precursor", p -> String.join(" > ", p.touchpoints())).header("table.precursor").left(),
      Column.<Precursor>integer("support", Precursor::support).header("table.support"),
      Column.<Precursor>integer("damaging", Precursor::damaging).header("table.damaging"),
      Column.<Precursor>decimal("rate", Precursor::rate).header("table.rate").text((p, c) -> c.percent(p.rate())),
      Column.<Precursor>decimal("lift", Precursor::lift).decimals(2).header("table.lift"),
      Column.<Precursor>decimal("relativeRisk", Precursor::relativeRisk).decimals(2).header("table.relativeRisk"),
      Column.<Precursor>display("table.katz", (p, c) -> c.interval(p.lower(), p.upper(), 2)),
      Column.<Precursor>decimal("lower", Precursor::lower).except(Column.Target.TEXT, Column.Target.HTML),
      Column.<Precursor>decimal("upper", Precursor::upper).except(Column.Target.TEXT, Column.Target.HTML),
      Column.<Precursor>bool("significant", Precursor::significant).except(Column.Target.TEXT, Column.Target.HTML),
      Column.<Precursor>display("table.significant", (p, c) -> p.significant() ? c.label("text.yes") : ""),
      Column.<Precursor>decimal("p", Precursor::p).header("table.fisherP").text((p, c) -> c.p(p.p())));

  private final int threshold;
  private final long minSupport;
  private final Population single;
  private final Population pairs;
  private final List<Precursor> touchpoints;
  private final List<Precursor> paths;
  private final int removedTouchpoints;
  private final int removedPaths;

  PrecursorReport(int threshold, long minSupport, Population single, Population pairs, List<Precursor> touchpoints,
      List<Precursor> paths) {
    this.threshold = threshold;
    this.minSupport = minSupport;
    this.single = single;
    this.pairs = pairs;
    this.touchpoints = kept(touchpoints, minSupport);
    this.paths = kept(paths, minSupport);
    this.removedTouchpoints = touchpoints.size() - this.touchpoints.size();
    this.removedPaths = paths.size() - this.paths.size();
  }

  private static List<Precursor> kept(List<Precursor> all, long minSupport) {
    List<Precursor> out = new ArrayList<>();
    for (Precursor p : all) {
      if (p.support() >= minSupport) {
        out.add(p);
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * The damaging threshold: a moment at this level or below is damaging.
   *
   * @return the level, in -3..+3
   */
  public int threshold() {
    return threshold;
  }

  /**
   * The minimum support of a listed precursor.
   *
   * @return {@code >= 1}
   */
  public long minSupport() {
    return minSupport;
  }

  /**
   * The number of scored successors: the encounters with a level and a predecessor in their episode.
   *
   * @return {@code N >= 0}
   */
  public long successorCount() {
    return single.successors();
  }

  /**
   * The number of damaging scored successors.
   *
   * @return {@code D}, in {@code [0, successorCount()]}
   */
  public long damagingCount() {
    return single.damaging();
  }

  /**
   * The base rate of the touchpoints: the share of damaging scored successors.
   *
   * @return {@code D / N}, NaN when {@code N = 0}
   */
  public double baseRate() {
    return single.rate();
  }

  /**
   * The number of scored successors with two predecessors in their episode, the population of the
   * paths.
   *
   * @return {@code >= 0}, not more than {@link #successorCount()}
   */
  public long pathSuccessorCount() {
    return pairs.successors();
  }

  /**
   * The number of damaging scored successors with two predecessors.
   *
   * @return in {@code [0, pathSuccessorCount()]}
   */
  public long pathDamagingCount() {
    return pairs.damaging();
  }

  /**
   * The base rate of the paths: the share of damaging ones among the scored successors with two
   * predecessors.
   *
   * @return in [0, 1], NaN when there are none
   */
  public double pathBaseRate() {
    return pairs.rate();
  }

  /**
   * The touchpoints that precede scored successors, at least {@link #minSupport()} each, by lift.
   *
   * @return an unmodifiable list
   */
  public List<Precursor> touchpoints() {
    return touchpoints;
  }

  /**
   * The two-step paths that precede scored successors, at least {@link #minSupport()} each, by lift.
   *
   * @return an unmodifiable list
   */
  public List<Precursor> paths() {
    return paths;
  }

  /**
   * The number of touchpoints left out for too little support.
   *
   * @return {@code >= 0}
   */
  public int removedTouchpointCount() {
    return removedTouchpoints;
  }

  /**
   * The number of paths left out for too little support.
   *
   * @return {@code >= 0}
   */
  public int removedPathCount() {
    return removedPaths;
  }

  /**
   * The report for every {@link Format}: JSON fields {@code threshold}, {@code minSupport}, {@code
   * successorCount}, {@code damagingCount}, {@code baseRate}, {@code pathSuccessorCount}, {@code
   * pathDamagingCount}, {@code pathBaseRate}, {@code removedTouchpointCount} and {@code
   * removedPathCount}; the tables {@code touchpoints} and {@code paths} with {@code precursor} (the
   * touchpoint ids joined by {@code " > "}), {@code support}, {@code damaging}, {@code rate},
   * {@code lift}, {@code relativeRisk}, {@code lower} and {@code upper} (Katz 95%; null when
   * undefined), {@code significant} and {@code p} (Fisher's exact test). The CSV holds both tables under one header, the column
   * {@code table} telling which.
   *
   * @return the description of this report
   */
  @Override
  public Tables tables() {
    return ResultTables.builder()
        .csvLevel("table")
        .line((Cells c) -> c.fill("title.precursors", c.level(threshold), c.count(single.damaging()),
            c.count(single.successors()), c.percent(single.rate()), c.count(minSupport)))
        .field("threshold", threshold)
        .field("minSupport", minSupport)
        .field("successorCount", single.successors())
        .field("damagingCount", single.damaging())
        .field("baseRate", single.rate())
        .field("pathSuccessorCount", pairs.successors())
        .field("pathDamagingCount", pairs.damaging())
        .field("pathBaseRate", pairs.rate())
        .field("removedTouchpointCount", removedTouchpoints)
        .field("removedPathCount", removedPaths)
        .line((Cells c) -> c.fill("title.precursorTouchpoints", c.count(touchpoints.size()), c.count(removedTouchpoints)))
        .table(ResultTables.table("touchpoints", COLUMNS, touchpoints))
        .line((Cells c) -> c.fill("title.precursorPaths", c.count(paths.size()), c.count(removedPaths),
            c.count(pairs.damaging()), c.count(pairs.successors()), c.percent(pairs.rate())))
        .table(ResultTables.table("paths", COLUMNS, paths))
        .build();
  }

  /** A headline, and the tables of the touchpoints and of the paths, each after a line. */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
