package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.internal.Preconditions;
import java.util.Objects;
import java.util.Optional;

/**
 * Conformance of observed journeys to the designed one: each {@link Episodes episode} is aligned
 * with the journey map, and {@link #check(Episodes)} reports the moments of truth it skipped, the
 * touchpoints it visited that the map does not have, its repeated touchpoints (loops), its visits
 * out of the map's order and its fitness.
 *
 * <pre>{@code
 * CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
 * Episodes episodes = ObservedJourneys.withDefaults().withJourney(map).observe(log);
 * ConformanceReport report = Conformance.of(map).check(episodes).withMinEpisodes(10);
 * DeviationCost cost = report.cost(JourneyModel.PEAK_END); // what each deviation costs
 * }</pre>
 *
 * <p><b>The alignment.</b> The map is read as a process model: its touchpoints in journey order,
 * each passed at most once, where a moment of truth is required and every other touchpoint
 * optional. An alignment of an episode (its encounters in time order, off-map encounters included)
 * with the model pairs some encounters with the touchpoint the model passes at that point (a
 * <em>synchronous move</em>, cost 0) and leaves the rest to one side: an encounter the model cannot
 * match is a <em>log move</em> (cost 1: an off-map touchpoint, a repeated visit, a visit out of
 * journey order), a moment of truth the episode did not visit is a <em>model move</em> (cost 1),
 * and an optional touchpoint not visited is skipped for free. The optimal alignment is the
 * cheapest; with {@code n} encounters, {@code R} moments of truth on the map, the synchronous
 * moves {@code S} (encounters in strictly increasing journey positions) and {@code S_MoT} those of
 * them at moments of truth, its cost is
 *
 * <pre>
 *   cost    = (n - |S|) + (R - |S_MoT|)              log moves + model moves
 *   worst   = n + R                                  every encounter a log move, the shortest model run
 *   fitness = 1 - cost / worst                       in [0, 1]; 1 exactly when cost = 0
 * </pre>
 *
 * (A. Adriansyah, B. F. van Dongen, W. M. P. van der Aalst, "Conformance checking using cost-based
 * fitness analysis", <i>EDOC 2011</i>, 55-64; W. M. P. van der Aalst, <i>Process Mining</i>, 2nd
 * ed., Springer 2016, ch. 8). Minimising the cost is maximising {@code |S| + |S_MoT|}: a
 * heaviest chain of encounters in strictly increasing journey position, each weighing 1, a moment
 * of truth 2 (a weighted longest common subsequence of the episode and the map), found by dynamic
 * programming in {@code O(n log m)} per episode over a map of {@code m} touchpoints (a Fenwick tree
 * of prefix maxima). Among optimal alignments the one matching the most moments of truth is taken;
 * remaining ties go to the earliest encounters (the chain ends at the earliest best end, and each
 * matched encounter follows the earliest best chain before it), so that the result is a function
 * of the episode alone.
 *
 * <p><b>Deviations</b>, from the optimal alignment: every model move is a skipped moment of truth
 * ({@link ConformanceReport.DeviationKind#SKIPPED_MOMENT}); every log move is {@link
 * ConformanceReport.DeviationKind#OFF_MAP} when its touchpoint is not on the map, else {@link
 * ConformanceReport.DeviationKind#LOOP} when the episode visits its touchpoint more than once (the
 * alignment matches one visit at most), else {@link ConformanceReport.DeviationKind#OUT_OF_ORDER}.
 * An out-of-order visit is named by a pair of stages in time order: the stage of the last matched
 * encounter before it, when that encounter is later on the map, then its own; else its own, then
 * that of the first matched encounter after it (which is earlier on the map: an optimal alignment
 * leaves no visit out that it could match). So {@code cost = skipped + offMap + loops +
 * outOfOrder}, and an episode with an off-map encounter never has fitness 1.
 *
 * <p><b>Off-map encounters.</b> Observed with a map ({@link ObservedJourneys#withJourney}), the
 * encounters at touchpoints the map does not have are set aside ({@link Episodes#offMapRows()});
 * each is counted here in the episode of its customer that it falls in or after: the customer's
 * last episode whose first encounter is at or before it, or the customer's first episode when it
 * comes before them all. An off-map encounter of a customer without an episode is counted apart
 * ({@link ConformanceReport#unattributedOffMapCount()}). Observed without a map, the episodes hold
 * those encounters themselves, and they are log moves where they are.
 *
 * <p>Cost: one pass over the episodes, no object per encounter or episode; the report holds 24
 * bytes per episode. The result is the same for any number of threads and any order of the log's
 * rows. Instances are immutable and thread-safe; equal when their map and parallelism are.
 *
 * @param journey the designed journey (the map)
 * @param parallelism the most threads {@link #check} uses, {@code >= 1}
 * @since 0.4.0
 */
public record Conformance(CustomerJourney journey, int parallelism) {

  /**
   * Conformance to a journey map on up to {@code parallelism} threads; {@link #of} and {@link
   * #withParallelism} are the usual way to build one.
   *
   * @param journey the designed journey
   * @param parallelism the most threads to use, {@code >= 1}
   * @throws IllegalArgumentException if {@code parallelism} is below 1
   * @throws NullPointerException if {@code journey} is null
   */
  public Conformance {
    Objects.requireNonNull(journey, "journey");
    JourneyScorer.checkThreads(parallelism);
  }

  /**
   * Conformance to a journey map, on one thread.
   *
   * @param journey the designed journey
   * @return the analysis
   * @throws NullPointerException if {@code journey} is null
   */
  public static Conformance of(CustomerJourney journey) {
    return new Conformance(journey, 1);
  }

  /**
   * A copy that aligns the episodes on up to {@code threads} threads: the calling thread and
   * {@code threads - 1} short-lived workers, each taking ranges of episodes. Every episode is
   * aligned alone, so the report is the same whatever the number of threads; worth it from about a
   * hundred thousand episodes.
   *
   * @param threads the most threads to use, {@code >= 1}
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public Conformance withParallelism(int threads) {
    return new Conformance(journey, threads);
  }

  /**
   * Aligns every episode with the map.
   *
   * @param episodes episodes observed with this map or without a map
   * @return the report, every deviation shown (see {@link ConformanceReport#withMinEpisodes})
   * @throws IllegalArgumentException if the episodes were observed with another map
   * @throws NullPointerException if {@code episodes} is null
   */
  public ConformanceReport check(Episodes episodes) {
    Objects.requireNonNull(episodes, "episodes");
    Optional<CustomerJourney> observed = episodes.analysis().journey();
    if (observed.isPresent() && !observed.get().equals(journey)) {
      throw Preconditions.unmet("episodes",
          "be observed with the journey map '" + journey.name() + "' or without a map",
          "were observed with '" + observed.get().name() + "'"
              + (observed.get().name().equals(journey.name()) ? " (a different map of the same name)" : ""));
    }
    Alignment plan = new Alignment(journey, episodes);
    int n = episodes.size();
    double[] fitness = new double[n];
    int[] skipped = new int[n];
    int[] offMap = new int[n];
    int[] loops = new int[n];
    int[] outOfOrder = new int[n];
    int threads = plan.threads(parallelism);
    int keyCount = plan.keyCount();
    // per thread: the episodes with each key, and its occurrences (skipped moments: those matched)
    long[][] withKey = new long[threads][keyCount];
    long[][] occurrences = new long[threads][keyCount];
    plan.run(threads, (a, slot, from, to) -> {
      long[] with = withKey[slot];
      long[] occ = occurrences[slot];
      for (int e = from; e < to; e++) {
        a.align(e);
        fitness[e] = 1.0 - (double) a.cost() / a.worst();
        skipped[e] = a.skipped;
        offMap[e] = a.offMap;
        loops[e] = a.loops;
        outOfOrder[e] = a.outOfOrder;
        for (int i = 0; i < a.keysFound(); i++) {
          int key = a.keyAt(i);
          with[key]++;
          occ[key] += a.occurrences(key);
        }
        for (int p : plan.moments) {
          if (a.matched(p)) {
            with[p]++;
          }
        }
      }
    });
    long[] with = new long[keyCount];
    long[] occ = new long[keyCount];
    for (int t = 0; t < threads; t++) {
      for (int key = 0; key < keyCount; key++) {
        with[key] += withKey[t][key];
        occ[key] += occurrences[t][key];
      }
    }
    for (int p : plan.moments) { // matched -> skipped: a moment is skipped at most once per episode
      with[p] = n - with[p];
      occ[p] = with[p];
    }
    return new ConformanceReport(this, plan, fitness, skipped, offMap, loops, outOfOrder, with, occ);
  }

  /**
   * An empty tally of the aggregates of this analysis (conforming episodes, fitness, deviations):
   * add the episodes of shards of customers to tallies, merge them (also shipped as bytes), and the
   * merged tally's report is the {@link ConformanceReport#summary()} of this analysis's check of all
   * the episodes, bit for bit.
   *
   * @return a new, empty tally
   */
  public ConformanceTally tally() {
    return new ConformanceTally(this);
  }

  /**
   * The analysis in the form {@code "Conformance[journey=retail counter, parallelism=1]"}.
   *
   * @return the settings
   */
  @Override
  public String toString() {
    return "Conformance[journey=" + journey.name() + ", parallelism=" + parallelism + "]";
  }
}
