package io.github.mot.examples;

import io.github.mot.examples.internal.Cli;
import java.io.PrintStream;

/**
 * The {@code mot} command line: {@code java -jar mot-examples/target/mot.jar demo}. Sub-commands:
 * {@code demo}, {@code servqual}, {@code journey}, {@code audit}, {@code volume}, {@code
 * sample-data} and {@code generate-completion}; {@code mot --help} and {@code mot COMMAND --help}
 * describe them.
 *
 * <p>Exit codes: {@code 0} success, {@code 1} failure (an output file could not be written),
 * {@code 2} usage error, {@code 3} the data had errors (each listed with its line number on
 * standard error; in the default lenient mode the good rows are still analysed).
 *
 * @since 0.1.0
 */
public final class Mot {

  private Mot() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments, e.g. {@code demo --out /tmp/report}
   */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line without exiting: the testable core of {@link #main}.
   *
   * @param args the arguments
   * @param out where reports go (written as UTF-8)
   * @param err where errors and data problems go (written as UTF-8)
   * @return the exit code: 0 success, 1 failure, 2 usage error, 3 data errors
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return Cli.run(args, out, err);
  }
}
