/**
 * SERVQUAL gap analysis (Parasuraman, Zeithaml and Berry), one package per topic: the model
 * (instruments, columnar survey data, answer and score kinds) in {@code io.github.mot.servqual};
 * gap scores per item and dimension with paired t tests, weighted and unweighted SERVQUAL,
 * Wilcoxon gaps, zones of tolerance and segment comparisons in {@code io.github.mot.servqual.gap};
 * SERVPERF and importance-performance analysis in {@code io.github.mot.servqual.perception};
 * Cronbach's alpha and its intervals in {@code io.github.mot.servqual.reliability}; CSV reading in
 * {@code io.github.mot.servqual.io}. Every result is {@code
 * io.github.mot.core.table.Tabular}: {@code Format.JSON}, {@code Format.CSV} and {@code
 * Format.HTML} of mot-core export it.
 */
@SuppressWarnings("module") // the qualified export below names modules absent at compile time
module io.github.mot.servqual {
  requires transitive io.github.mot.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.inference;
  requires de.siegmar.fastcsv;
  requires com.fasterxml.jackson.core;

  exports io.github.mot.servqual;
  exports io.github.mot.servqual.gap;
  exports io.github.mot.servqual.perception;
  exports io.github.mot.servqual.reliability;
  exports io.github.mot.servqual.io;

  // The engine and the shared bases of results, not API. The qualified export names a module
  // absent when this module is compiled: allowed, no effect then.
  exports io.github.mot.servqual.internal to
      io.github.mot.examples;

  opens io.github.mot.servqual.i18n to
      io.github.mot.core;
}
