package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;

/**
 * The aggregates of a conformance check ({@link Conformance}): the episodes, how many conform
 * (with the 95% Wilson interval of the share), the mean fitness, the off-map encounters and every
 * deviation with the episodes it occurs in and its occurrences, most frequent first. It is what
 * {@link ConformanceReport#summary()} gives, without the per-episode columns, and what a mergeable
 * {@link ConformanceTally} reports for the episodes of shards of customers merged.
 *
 * <p>Only the library makes a summary; {@code toString()} prints the report's headline and the
 * table of every deviation. Equal when the journey map and every figure are (the mean fitness
 * compared as by {@link Double#compare}). Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public sealed interface ConformanceSummary extends Tabular permits JourneyResults.SummaryResult {

  /**
   * The journey map the episodes were checked against.
   *
   * @return the map
   */
  CustomerJourney journey();

  /**
   * The number of episodes.
   *
   * @return {@code >= 0}
   */
  long episodeCount();

  /**
   * The number of conforming episodes (no deviation, fitness 1).
   *
   * @return in {@code [0, episodeCount()]}
   */
  long conformingCount();

  /**
   * The share of conforming episodes.
   *
   * @return in [0, 1], NaN without episodes
   */
  default double conformingShare() {
    return episodeCount() == 0 ? Double.NaN : (double) conformingCount() / episodeCount();
  }

  /**
   * The 95% Wilson interval of the conforming share ({@link WilsonInterval#of(long, long)}).
   *
   * @return the interval
   */
  default WilsonInterval conformingInterval() {
    return WilsonInterval.of(conformingCount(), episodeCount());
  }

  /**
   * The mean fitness of the episodes (see {@link Conformance}), from the exact sum of their
   * fitness (each on a grid of 2<sup>-52</sup>), so that it does not depend on the order of the
   * episodes or on how shards were merged.
   *
   * @return in [0, 1], NaN without episodes
   */
  double meanFitness();

  /**
   * The number of off-map encounters attributed to episodes (see {@link Conformance}).
   *
   * @return {@code >= 0}
   */
  long attributedOffMapCount();

  /**
   * The number of off-map encounters of customers without an episode.
   *
   * @return {@code >= 0}
   */
  long unattributedOffMapCount();

  /**
   * Every deviation of every episode, most episodes first, then by kind and subject.
   *
   * @return an unmodifiable list
   */
  List<ConformanceReport.Deviation> deviations();

  /**
   * The summary for every {@link Format}: the JSON fields of {@link ConformanceReport#tables()}
   * ({@code journey}, {@code episodeCount}, {@code conformingCount}, {@code conformingShare}, {@code
   * conformingLower}, {@code conformingUpper}, {@code meanFitness}, {@code attributedOffMapCount},
   * {@code unattributedOffMapCount}, {@code deviationCount}, {@code hiddenDeviationCount} 0, {@code
   * minEpisodes} 1, {@code top} null) and its table {@code deviations}, with every deviation.
   *
   * @return the description of this summary
   */
  @Override
  Tables tables();

}
