/**
 * SERVQUAL gap analysis (Parasuraman, Zeithaml and Berry): instruments, columnar survey data,
 * gap scores per item and dimension with paired t tests, Cronbach's alpha, weighted and unweighted
 * SERVQUAL, SERVPERF, zones of tolerance, importance-performance analysis and segment comparisons;
 * CSV reading in {@code io.github.mot.servqual.io}. Every result is {@code
 * io.github.mot.core.table.Tabular}: {@code Format.JSON}, {@code Format.CSV} and {@code
 * Format.HTML} of mot-core export it.
 */
module io.github.mot.servqual {
  requires transitive io.github.mot.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.inference;
  requires de.siegmar.fastcsv;
  requires com.fasterxml.jackson.core;

  exports io.github.mot.servqual;
  exports io.github.mot.servqual.io;

  opens io.github.mot.servqual.i18n to
      io.github.mot.core;
}
