/**
 * Runnable examples of MOT for Java, the {@code mot} command line for researchers, the sample data
 * and its generator. The command line's internals (file readers, charts, the HTML report) live in
 * the unexported package {@code io.github.mot.examples.internal}.
 */
module io.github.mot.examples {
  requires io.github.mot.core;
  requires io.github.mot.scoring;
  requires io.github.mot.servqual;
  requires io.github.mot.xlsx;
  requires static org.jspecify;
  requires info.picocli;
  requires xchart;
  requires java.desktop;
  requires de.siegmar.fastcsv;
  requires com.fasterxml.jackson.databind;

  exports io.github.mot.examples;

  // picocli reads the annotated command classes reflectively; mot-core's Labels reads the chart
  // label bundle.
  opens io.github.mot.examples.internal to
      info.picocli,
      io.github.mot.core;
}
