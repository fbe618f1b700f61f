package io.github.mot.scoring;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;

/**
 * What the frequent deviations of a {@link ConformanceReport} cost in journey score, from {@link
 * ConformanceReport#cost(JourneyModel)}: for each deviation the report shows, the journey scores
 * ({@link Episodes#scores(JourneyModel)}) of the episodes with it against those of the episodes
 * without it, compared by the difference of their means with Welch's interval and test ({@link
 * MeanComparison}: {@code difference = mean(with) - mean(without)}, negative when the deviation
 * goes with worse journeys). Episodes without a score are in neither group and are counted ({@link
 * #unscoredCount()}). An association, not an effect: episodes with a deviation may differ in other
 * ways.
 *
 * <p>Rows are ordered by difference, most negative (the costliest) first, undefined differences
 * last, then as the report orders its deviations. The frequency threshold is the report's ({@link
 * ConformanceReport#withMinEpisodes(long)}, {@link ConformanceReport#withTop(int)}). Cost: one more
 * alignment of every episode and one bit per episode and deviation. Equal when the model, the
 * confidence and every figure are. Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public sealed interface DeviationCost extends Tabular permits JourneyResults.CostResult {

  /**
   * One deviation and the comparison of the scores of the episodes with it and without it.
   * Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  sealed interface Row permits JourneyResults.CostRow {

    /**
     * The deviation, with its counts over all episodes (scored or not).
     *
     * @return the deviation
     */
    ConformanceReport.Deviation deviation();

    /**
     * The scores of the scored episodes with the deviation (first group) against those without it
     * (second group).
     *
     * @return the comparison
     */
    MeanComparison comparison();
  }

  /**
   * The journey model of the scores.
   *
   * @return the model
   */
  JourneyModel model();

  /**
   * The confidence of the intervals.
   *
   * @return in (0, 1)
   */
  double confidence();

  /**
   * The number of episodes, scored or not.
   *
   * @return the count, {@code >= 0}
   */
  int episodeCount();

  /**
   * The number of episodes without a score under the model, left out of every comparison.
   *
   * @return the count, in {@code [0, episodeCount()]}
   */
  int unscoredCount();

  /**
   * The deviations and their costs, most negative difference first.
   *
   * @return an unmodifiable list, one row per deviation the report shows
   */
  List<Row> rows();

  /**
   * The costs for every {@link Format}: JSON fields {@code model}, {@code confidence}, {@code
   * episodeCount} and {@code unscoredCount}, and the table {@code costs} with {@code kind}, {@code
   * subject}, {@code withCount}, {@code withMean}, {@code withoutCount}, {@code withoutMean} (the
   * scored episodes with and without the deviation, and their mean scores), {@code difference},
   * {@code lower}, {@code upper} (Welch's interval), {@code df} and {@code p} (undefined figures
   * null in JSON, empty in CSV).
   *
   * @return the description of these costs
   */
  @Override
  Tables tables();
}
