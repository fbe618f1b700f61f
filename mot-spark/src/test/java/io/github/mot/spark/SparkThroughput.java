package io.github.mot.spark;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Workload 4 of the benchmarks (issue 16, item 5) on Spark in {@code local[THREADS]}: reads the
 * encounter shards ({@code encounters-*.csv}) of a directory with Spark's CSV reader, computes per touchpoint and per staff
 * member the scorecard and the first impression with the MOT SQL functions (the same figures as
 * {@code io.github.mot.benchmarks.EngineLibrary} on one machine and {@code BeamThroughput} in
 * mot-beam), and writes them as JSON lines. Not a test: {@code mot-benchmarks/engines.sh} times it
 * as a whole process.
 *
 * <pre>
 * java JVM-OPTIONS -cp ... io.github.mot.spark.SparkThroughput DIR OUT THREADS
 * </pre>
 */
public final class SparkThroughput {

  private SparkThroughput() {}

  /**
   * Runs the workload.
   *
   * @param args the shards' directory, the output directory and the threads
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: SparkThroughput DIR OUT THREADS");
      System.exit(2);
    }
    long start = System.nanoTime();
    SparkSession spark = SparkSession.builder().appName("mot-throughput")
        .master("local[" + Integer.parseInt(args[2]) + "]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", args[2])
        .getOrCreate();
    try {
      MotFunctions.register(spark);
      System.out.printf("spark: session in %.1f s%n", (System.nanoTime() - start) / 1e9);
      spark.read().option("header", "true").option("pathGlobFilter", "encounters-*.csv")
          .schema(EncounterReport.ENCOUNTERS).csv(args[0]).createOrReplaceTempView("encounters");
      for (String key : new String[] {"touchpoint", "staff"}) {
        spark.sql("SELECT " + key + ", mot_scorecard(level) AS scorecard, "
                + "mot_first_impression(appearance, behaviour, communication) AS firstImpression "
                + "FROM encounters GROUP BY " + key + " ORDER BY " + key)
            .coalesce(1).write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false")
            .json(args[1] + "/" + key);
      }
      System.out.printf("spark: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    } finally {
      spark.stop();
    }
  }
}
