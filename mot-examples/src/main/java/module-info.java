/** Runnable examples of MOT for Java and the {@code mot} command line for researchers. */
module io.github.mot.examples {
  requires io.github.mot.core;
  requires io.github.mot.scoring;
  requires io.github.mot.servqual;
  requires static org.jspecify;

  exports io.github.mot.examples;
}
