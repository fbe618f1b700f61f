package io.github.mot.benchmarks;

import io.github.mot.scoring.DirectlyFollowsGraph;
import io.github.mot.scoring.log.EncounterLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Workload 3 (issue 15): the episodes of 10,000,000 encounters of 1,000,000 customers, their
 * directly-follows graph with the quality of each step, their conformance to the map and the
 * funnel of its stages, by the library from its columnar log and by DuckDB's window functions
 * over the loaded table (query only). {@code threads} is DuckDB's thread count and the library's
 * conformance threads; the library's episodes, graph and funnel run on one thread.
 */
public class PathsBenchmark extends WorkloadBenchmark {

  /** Encounters in the log. */
  @Param("10000000")
  public int encounters;

  EncounterLog log;
  PathsDuckDb duckDb;

  /**
   * Generates the log, builds the library's columnar log and loads DuckDB's table.
   *
   * @throws Exception if DuckDB cannot be set up
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    PathsWorkload workload = PathsWorkload.generate(encounters, 42L);
    log = workload.log();
    duckDb = closeAfterTrial(new PathsDuckDb(workload, threads, scratch()));
  }

  /**
   * The library: episodes, the directly-follows graph, conformance (on {@code threads} threads)
   * and the funnel, from the columnar log.
   *
   * @return the results
   */
  @Benchmark
  public Object library() {
    return PathsLibrary.analyse(log, threads);
  }

  /**
   * The library's episodes and graph alone (DuckDB's first query).
   *
   * @return the graph
   */
  @Benchmark
  public DirectlyFollowsGraph libraryGraph() {
    return PathsLibrary.graph(log);
  }

  /**
   * DuckDB: two queries with window functions (the graph; visits, loops and the funnel).
   *
   * @return the figures
   * @throws Exception if DuckDB fails
   */
  @Benchmark
  public PathsFigures duckDb() throws Exception {
    return duckDb.figures();
  }
}
