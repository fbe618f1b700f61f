package io.github.mot.benchmarks;

import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.SurveyData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Workload 1: the SERVQUAL aggregates over 1,000,000 respondents x 22 items x E and P, by the
 * library's full gap analysis ({@code GapAnalysis.analyze}, data already in {@code SurveyData}),
 * DuckDB (query only, data already in a table), plain Java streams, and a raw byte scan (the
 * floor). {@code threads} is the library's parallelism and DuckDB's thread count, and selects
 * parallel streams when above 1.
 */
public class SurveyBenchmark extends WorkloadBenchmark {

  /** Respondents in the survey. */
  @Param("1000000")
  public int respondents;

  SurveyWorkload workload;
  SurveyData data;
  SurveyStreams streams;
  SurveyDuckDb duckDb;

  /**
   * Generates the data and loads it into DuckDB.
   *
   * @throws Exception if DuckDB cannot be set up
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    workload = SurveyWorkload.generate(respondents, 42L);
    data = SurveyLibrary.data(workload);
    streams = new SurveyStreams(workload);
    duckDb = closeAfterTrial(new SurveyDuckDb(workload, threads, scratch()));
  }

  /**
   * The floor: sum every answer byte once, on {@code threads} threads.
   *
   * @return the sum
   */
  @Benchmark
  public long rawByteSum() {
    return RawScan.sumAllAnswers(workload, threads);
  }

  /**
   * The library: the full SERVQUAL gap analysis (item and dimension gaps with t tests and
   * intervals, Cronbach's alpha with item statistics for E, P and the gap, unweighted and weighted
   * SERVQUAL, SERVPERF) on {@code threads} threads.
   *
   * @return the report
   */
  @Benchmark
  public GapReport library() {
    return SurveyLibrary.analyze(data, threads);
  }

  /**
   * DuckDB: one SQL query over the table.
   *
   * @return the figures
   * @throws Exception if DuckDB fails
   */
  @Benchmark
  public SurveyFigures duckDb() throws Exception {
    return duckDb.figures();
  }

  /**
   * Plain Java streams over row objects.
   *
   * @return the figures
   */
  @Benchmark
  public SurveyFigures javaStreams() {
    return streams.figures(parallel());
  }
}
