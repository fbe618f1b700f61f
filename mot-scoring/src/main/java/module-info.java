/**
 * Scoring and aggregation of Moments of Truth: first impressions, moment scorecards, journey
 * scores, moment volume and behaviour audits, as stateless thread-safe scorers and mergeable
 * single-threaded accumulators.
 */
module io.github.mot.scoring {
  requires transitive io.github.mot.core;
  requires static transitive org.jspecify;
  requires org.apache.commons.statistics.distribution;
  requires static org.immutables.value;

  exports io.github.mot.scoring;

  opens io.github.mot.scoring.i18n to
      io.github.mot.core;
}
