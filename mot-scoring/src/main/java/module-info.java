/**
 * Scoring and aggregation of Moments of Truth: first impressions, encounter scorecards, journey
 * scores, contact volume and behaviour audits, as stateless thread-safe scorers and mergeable
 * single-threaded accumulators; readers of encounter logs, audit forms and checklists (CSV) in
 * {@code io.github.mot.scoring.io}; the columnar encounter log in {@code io.github.mot.scoring.log}.
 */
module io.github.mot.scoring {
  requires transitive io.github.mot.core;
  requires static transitive org.jspecify;
  requires org.apache.commons.statistics.distribution;
  requires de.siegmar.fastcsv;
  requires static org.immutables.value;

  exports io.github.mot.scoring;
  exports io.github.mot.scoring.io;
  exports io.github.mot.scoring.log;

  opens io.github.mot.scoring.i18n to
      io.github.mot.core;
}
