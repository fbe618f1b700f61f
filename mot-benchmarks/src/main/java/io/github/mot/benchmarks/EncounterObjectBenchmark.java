package io.github.mot.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Issue #3's benchmark: scoring and summarising 10,000,000 {@code Encounter} objects through the
 * public object API a CRM embeds ({@code EncounterScorecard} grouping collectors and the
 * first-impression collector on a stream of encounters), single-threaded and on a parallel
 * stream. Workload 2's figures from objects instead of columns; {@code -prof gc} gives the bytes
 * allocated per operation, divide by {@code encounters} for bytes per encounter.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class EncounterObjectBenchmark extends WorkloadBenchmark {

  /** Encounters in the log. */
  @Param("10000000")
  public int encounters;

  EncounterObjects objects;

  /** Generates the log as {@code Encounter} objects (same data as {@link EncounterBenchmark}). */
  @Setup(Level.Trial)
  public void setUp() {
    objects = new EncounterObjects(EncounterWorkload.generate(encounters, 42L));
    objects.log();
  }

  /**
   * Scorecard summaries per touchpoint and per staff member and the first-impression summary per
   * touchpoint, from the encounter objects.
   *
   * @return the figures
   */
  @Benchmark
  public EncounterFigures library() {
    return objects.figures(parallel());
  }

  /**
   * The same figures from the columnar {@code EncounterLog} of the same encounters (built in the
   * setup, not timed): counters per group and level, one thread whatever {@code threads} says.
   *
   * @return the figures
   */
  @Benchmark
  public EncounterFigures log() {
    return objects.logFigures();
  }
}
