/**
 * SERVQUAL gap analysis (Parasuraman, Zeithaml and Berry): instruments, survey data, gap
 * scores per item and dimension, weighted and unweighted SERVQUAL, SERVPERF, zones of tolerance,
 * reliability and significance.
 */
module io.github.mot.servqual {
  requires transitive io.github.mot.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires org.apache.commons.statistics.distribution;

  exports io.github.mot.servqual;
}
