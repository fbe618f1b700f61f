package io.github.mot.scoring;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;

/**
 * The result of {@link Precursors}: the touchpoints and two-step paths that directly precede
 * damaging moments, each with its support, its rate of damaging successors, its lift over the base
 * rate, its risk ratio with Katz's 95% interval and Fisher's exact p value (the formulas are in
 * {@link Precursors}). Every
 * damaging successor is counted once among the touchpoints, so that before the minimum support is
 * applied the touchpoints' {@link Precursor#damaging()} add up to the {@link Population#damaging()}
 * of the {@link #touchpointPopulation()} and their {@link Precursor#support()} to its {@link
 * Population#successors()} (and the paths' to those of the {@link #pathPopulation()}).
 *
 * <p>Only {@link Precursors#analyze} makes a report. Equal when the analysis and every figure are
 * (doubles compared as by {@link Double#compare}). Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public sealed interface PrecursorReport extends Tabular permits JourneyResults.PrecursorResult {

  /**
   * A touchpoint or a two-step path and the scored successors it directly precedes. Immutable and
   * thread-safe.
   *
   * @since 0.4.0
   */
  public sealed interface Precursor permits JourneyResults.PrecursorRow {

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

  /**
   * The scored successors of the touchpoints, or of the two-step paths: the population a precursor's
   * figures are measured against. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  sealed interface Population permits JourneyResults.PopulationRow {

    /**
     * The number of scored successors: for the touchpoints the encounters with a level and a
     * predecessor in their episode; for the paths those with two predecessors.
     *
     * @return {@code N >= 0}
     */
    long successors();

    /**
     * The number of damaging scored successors.
     *
     * @return {@code D}, in {@code [0, successors()]}
     */
    long damaging();

    /**
     * The base rate: the share of damaging scored successors.
     *
     * @return {@code D / N} in [0, 1], NaN when {@code N = 0}
     */
    default double baseRate() {
      return successors() == 0 ? Double.NaN : (double) damaging() / successors();
    }
  }

  /**
   * The analysis that made the report: its damaging threshold ({@link Precursors#threshold()}) and
   * the minimum support of a listed precursor ({@link Precursors#minSupport()}).
   *
   * @return the analysis
   */
  Precursors analysis();

  /**
   * The population of the touchpoints: every scored successor with a predecessor.
   *
   * @return the successors and the damaging ones among them
   */
  Population touchpointPopulation();

  /**
   * The population of the two-step paths: the scored successors with two predecessors in their
   * episode, so no more than those of the {@link #touchpointPopulation()}.
   *
   * @return the successors and the damaging ones among them
   */
  Population pathPopulation();

  /**
   * The touchpoints that precede scored successors, at least the analysis's minimum support each, by
   * lift.
   *
   * @return an unmodifiable list
   */
  List<Precursor> touchpoints();

  /**
   * The two-step paths that precede scored successors, at least the analysis's minimum support each,
   * by lift.
   *
   * @return an unmodifiable list
   */
  List<Precursor> paths();

  /**
   * The number of touchpoints left out for too little support.
   *
   * @return {@code >= 0}
   */
  int removedTouchpointCount();

  /**
   * The number of paths left out for too little support.
   *
   * @return {@code >= 0}
   */
  int removedPathCount();

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
  Tables tables();
}
