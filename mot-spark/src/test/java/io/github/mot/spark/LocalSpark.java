package io.github.mot.spark;

import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The one {@code local[2]} Spark session of this module's tests, made by the first test class that
 * asks and shared by the others in the same JVM (Spark stops it at exit): small shuffles, no UI, its
 * files under {@code target/}.
 */
final class LocalSpark {

  private static @Nullable SparkSession session;

  private LocalSpark() {}

  /** The shared session, with the MOT functions registered. */
  static synchronized SparkSession session() {
    SparkSession s = session;
    if (s == null) {
      s = SparkSession.builder()
          .master("local[2]")
          .appName("mot-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.warehouse.dir", "target/spark-warehouse")
          .config("spark.local.dir", "target/spark-local")
          .getOrCreate();
      s.sparkContext().setLogLevel("WARN");
      MotFunctions.register(s);
      session = s;
    }
    return s;
  }
}
