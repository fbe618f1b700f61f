package io.github.mot.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 2: scorecard summaries per touchpoint and per staff member and the first-impression
 * index per touchpoint over 10,000,000 encounters, by the library's accumulators, DuckDB (query
 * only) and plain Java streams. {@code threads} is DuckDB's thread count and selects the parallel
 * variants when above 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class EncounterBenchmark {

  /** Encounters in the log. */
  @Param("10000000")
  public int encounters;

  /** Threads: 1 = single-threaded, 2 = both cores. */
  @Param({"1", "2"})
  public int threads;

  EncounterWorkload workload;
  EncounterLibrary library;
  EncounterStreams streams;
  EncounterDuckDb duckDb;

  /**
   * Generates the log and loads it into DuckDB.
   *
   * @throws Exception if DuckDB cannot be set up
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    workload = EncounterWorkload.generate(encounters, 42L);
    library = new EncounterLibrary(workload);
    streams = new EncounterStreams(workload);
    Path scratch = Files.createTempDirectory("mot-bench");
    duckDb = new EncounterDuckDb(workload, threads, scratch);
  }

  /**
   * Closes DuckDB.
   *
   * @throws Exception if closing fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    duckDb.close();
  }

  /**
   * The library: scorecard and first-impression accumulators per group, one pass.
   *
   * @return the figures
   */
  @Benchmark
  public EncounterFigures library() {
    return library.figures(threads > 1);
  }

  /**
   * DuckDB: two GROUP BY queries.
   *
   * @return the figures
   * @throws Exception if DuckDB fails
   */
  @Benchmark
  public EncounterFigures duckDb() throws Exception {
    return duckDb.figures();
  }

  /**
   * Plain Java streams with grouping collectors.
   *
   * @return the figures
   */
  @Benchmark
  public EncounterFigures javaStreams() {
    return streams.figures(threads > 1);
  }
}
