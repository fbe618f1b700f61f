package io.github.mot.scoring;

import io.github.mot.core.internal.Preconditions;
import java.util.List;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * What precedes a damaging moment: the touchpoints, and the two-step paths, that come directly
 * before encounters at a damaging level (-2 or -3 by default) within the episodes, each with its
 * lift over the base rate and a risk ratio with its interval.
 *
 * <pre>{@code
 * PrecursorReport report = Precursors.withDefaults().withThreshold(-3).withMinSupport(20).analyze(episodes);
 * }</pre>
 *
 * <p><b>The population.</b> The <em>scored successors</em>: the encounters of the episodes that
 * have a level and a predecessor in their episode (for two-step paths: two predecessors). Of
 * these {@code N}, {@code D} are <em>damaging</em> (level {@code <= threshold}). A precursor
 * {@code X} (a touchpoint, or a path {@code X > Y} of the two encounters before) is <em>followed
 * by</em> the scored successors it directly precedes: {@code n1} of them (its support), {@code a}
 * damaging; the others are {@code n2 = N - n1}, {@code c = D - a} damaging. Then
 *
 * <pre>
 *   rate         = a / n1                          P(damaging next | preceded by X)
 *   baseRate     = D / N                           P(damaging next)
 *   lift         = rate / baseRate
 *   relativeRisk = (a / n1) / (c / n2)             preceded by X vs not preceded by X
 *   interval     = exp(ln(relativeRisk) -+ z sqrt(1/a - 1/n1 + 1/c - 1/n2)),  z = 1.959964 (95%)
 * </pre>
 *
 * The interval is Katz's log interval for a risk ratio (D. Katz, J. Baptista, S. P. Azen and M. C.
 * Pike, "Obtaining confidence intervals for the risk ratio in cohort studies", <i>Biometrics</i> 34
 * (1978) 469-474; R's {@code epitools::riskratio(method = "wald")}, SciPy's {@code
 * scipy.stats.contingency.relative_risk(a, n1, c, n2).confidence_interval()}). An interval above
 * 1 says that the damaging moments after {@code X} are more frequent than after the other
 * touchpoints by more than noise. Beside it, each row has the two-sided p value of Fisher's exact
 * test of the same 2x2 table (R. A. Fisher, <i>Statistical Methods for Research Workers</i>, 1934;
 * R's {@code fisher.test}, SciPy's {@code scipy.stats.fisher_exact}), exact where the counts are
 * small; with many precursors, some small p values come by chance (about 1 in 20 below 0.05). The lift and the risk ratio tell the same story on two scales:
 * the lift compares with all successors (X included), the risk ratio with the others.
 *
 * <p>Undefined figures are NaN: the lift when no successor is damaging ({@code D = 0}); the risk
 * ratio when no successor without {@code X} is damaging ({@code c = 0}; SciPy says infinity) or
 * there is none ({@code n2 = 0}); the interval when {@code a = 0} or {@code c = 0} (where the
 * risk ratio is 0 or undefined).
 *
 * <p>Rows with less than {@code minSupport} successors are left out (and counted); rows are
 * sorted by lift, highest first (undefined last), then by support, then by the touchpoint ids.
 * Cost: one pass over the encounters, an array of counters per touchpoint, and a sort of one
 * {@code long} per scored successor with two predecessors for the paths; no object per
 * encounter; Fisher's test sums the hypergeometric tails from their boundaries outward until they
 * stop changing, a few thousand terms at most for a row of millions. Instances are immutable and
 * thread-safe; equal when their settings are.
 *
 * <p><b>Mergeable.</b> The report is computed from two counts per touchpoint and per path:
 * {@link #tally()} is a {@link PrecursorTally} that adds the episodes of shards of customers,
 * merges with the tallies of other shards (in memory or as bytes) and reports what {@link
 * #analyze} gives on all the episodes at once; {@code analyze} is that tally's report.
 *
 * @param threshold the damaging threshold: a moment is damaging at this level or below, in -3..+3
 * @param minSupport the minimum support: the fewest scored successors a precursor needs to be
 *     listed, {@code >= 1}
 * @since 0.4.0
 */
public record Precursors(int threshold, long minSupport) {

  /** The default damaging threshold, -2: levels -2 (fails expectations) and -3 (damages). */
  public static final int DEFAULT_THRESHOLD = -2;

  /** The default minimum support, 5 scored successors. */
  public static final long DEFAULT_MIN_SUPPORT = 5;

  private static final Precursors DEFAULTS = new Precursors(DEFAULT_THRESHOLD, DEFAULT_MIN_SUPPORT);

  /**
   * The analysis with these settings; {@link #withDefaults()} and the {@code withX} copies are the
   * usual way to build one.
   *
   * @param threshold the damaging threshold, in -3..+3
   * @param minSupport the minimum support, {@code >= 1}
   * @throws IllegalArgumentException if {@code threshold} is outside -3..+3 or {@code minSupport < 1}
   */
  public Precursors {
    checkLevel("damaging threshold", threshold);
    Preconditions.atLeast("minimum support", minSupport, 1);
  }

  /**
   * The analysis with the defaults: threshold {@link #DEFAULT_THRESHOLD}, minimum support {@link
   * #DEFAULT_MIN_SUPPORT}.
   *
   * @return the analysis
   */
  public static Precursors withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another damaging threshold: a moment is damaging at this level or below.
   *
   * @param level the threshold, in -3..+3 (usually -3 or -2)
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code level} is outside -3..+3
   */
  public Precursors withThreshold(int level) {
    return new Precursors(level, minSupport);
  }

  /** A scorecard level checked to be in -3..+3. */
  static int checkLevel(String what, int level) {
    Preconditions.check(level >= -3 && level <= 3, what, "a scorecard level in -3..+3", level);
    return level;
  }

  /**
   * A copy with another minimum support: the fewest scored successors a precursor needs to be
   * listed.
   *
   * @param min the minimum, {@code >= 1}
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code min < 1}
   */
  public Precursors withMinSupport(long min) {
    return new Precursors(threshold, min);
  }

  /**
   * The precursors of the damaging moments of a set of episodes.
   *
   * @param episodes the episodes
   * @return the report
   * @throws NullPointerException if {@code episodes} is null
   */
  public PrecursorReport analyze(Episodes episodes) {
    return tally().add(episodes).report();
  }

  /**
   * An empty, mergeable tally of this analysis: {@link PrecursorTally#add(Episodes) add} the
   * episodes of shards of customers (each customer's encounters in one shard), {@link
   * PrecursorTally#merge merge} the shards' tallies, and {@link PrecursorTally#report()} is the
   * report {@link #analyze} gives on all the episodes at once.
   *
   * @return a new tally
   * @since 0.4.0
   */
  public PrecursorTally tally() {
    return new PrecursorTally(this);
  }

  private static final double Z95 = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);

  /** A precursor of {@code n1} successors, {@code a} damaging, in a population (Katz 1978). */
  static PrecursorReport.Precursor precursor(List<String> touchpoints, long n1, long a, PrecursorReport.Population all) {
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
    double base = all.baseRate();
    return new JourneyResults.PrecursorRow(touchpoints, n1, a, rate, base > 0 ? rate / base : Double.NaN, rr, lower, upper,
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
}
