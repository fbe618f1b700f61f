package io.github.mot.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Workload 2: scorecard summaries per touchpoint and per staff member and the first-impression
 * index per touchpoint over 10,000,000 encounters, by the library's accumulators, DuckDB (query
 * only) and plain Java streams. {@code threads} is DuckDB's thread count and selects the parallel
 * variants when above 1.
 */
public class EncounterBenchmark extends WorkloadBenchmark {

  /** Encounters in the log. */
  @Param("10000000")
  public int encounters;

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
    duckDb = closeAfterTrial(new EncounterDuckDb(workload, threads, scratch()));
  }

  /**
   * The library: scorecard and first-impression accumulators per group, one pass.
   *
   * @return the figures
   */
  @Benchmark
  public EncounterFigures library() {
    return library.figures(parallel());
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
    return streams.figures(parallel());
  }
}
