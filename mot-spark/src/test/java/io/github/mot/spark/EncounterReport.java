package io.github.mot.spark;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.ObservedJourneys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The runnable Spark example (docs/mot-spark.md): reads a directory of sharded encounter CSV files
 * with Spark's CSV reader, computes the scorecard and the first impressions per touchpoint and per
 * staff member with the MOT SQL functions, and writes them as JSON lines to {@code
 * OUT/touchpoints} and {@code OUT/staff}; computes the journey funnel over the retail map's stages
 * ({@link MotDatasets#funnel}) and writes its report's JSON, rendered by the library, to {@code
 * OUT/funnel}.
 *
 * <pre>
 * EncounterReport [IN [OUT]]
 * </pre>
 *
 * <p>Without arguments it writes four shards of 20,000 generated encounters to {@code
 * target/encounter-shards} and the report to {@code target/encounter-report}. Under {@code
 * spark-submit} the session is the cluster's; otherwise it runs in {@code local[2]}.
 */
public final class EncounterReport {

  /** The columns of the encounter files; a cell Spark cannot read as its type becomes null. */
  static final StructType ENCOUNTERS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("customer", DataTypes.StringType, true),
      DataTypes.createStructField("touchpoint", DataTypes.StringType, true),
      DataTypes.createStructField("time", DataTypes.StringType, true),
      DataTypes.createStructField("staff", DataTypes.StringType, true),
      DataTypes.createStructField("appearance", DataTypes.DoubleType, true),
      DataTypes.createStructField("behaviour", DataTypes.DoubleType, true),
      DataTypes.createStructField("communication", DataTypes.DoubleType, true),
      DataTypes.createStructField("level", DataTypes.DoubleType, true),
      DataTypes.createStructField("seconds", DataTypes.IntegerType, true)));

  private EncounterReport() {}

  /**
   * Runs the example.
   *
   * @param args the input directory of {@code *.csv} shards and the output directory
   * @throws IOException if the default shards cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args.length > 0 ? args[0] : "target/encounter-shards");
    Path out = Path.of(args.length > 1 ? args[1] : "target/encounter-report");
    if (args.length == 0 && !Files.isDirectory(in)) {
      EncounterShards.write(in, 4, 20_000, 20_261_207L);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("mot-encounter-report");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[2]").config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      MotFunctions.register(spark);
      run(spark, in.toString(), out.toString());
      spark.read().json(out.resolve("touchpoints").toString())
          .select("touchpoint", "scorecard.n", "scorecard.mean", "scorecard.netScore", "scorecard.rejected",
              "firstImpression.n", "firstImpression.meanIndex", "firstImpression.rejected")
          .show(20, false);
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads the shards and writes the three reports.
   *
   * @param spark a session with the MOT functions registered
   * @param in the directory of the CSV shards
   * @param out the output directory, replaced
   */
  static void run(SparkSession spark, String in, String out) {
    Dataset<Row> encounters =
        spark.read().option("header", "true").option("pathGlobFilter", "*.csv").schema(ENCOUNTERS).csv(in);
    encounters.createOrReplaceTempView("encounters");
    write(spark.sql("SELECT touchpoint, mot_scorecard(level) AS scorecard, "
        + "mot_first_impression(appearance, behaviour, communication) AS firstImpression "
        + "FROM encounters GROUP BY touchpoint ORDER BY touchpoint"), out + "/touchpoints");
    write(spark.sql("SELECT staff, mot_scorecard(level) AS scorecard, "
        + "mot_first_impression(appearance, behaviour, communication) AS firstImpression "
        + "FROM encounters GROUP BY staff ORDER BY staff"), out + "/staff");
    // the journey funnel over the retail map's stages: each customer's rows cut into episodes
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    MotDatasets.FunnelResult funnel = MotDatasets.funnel(encounters,
        EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(map), Funnel.ofStages(map)));
    spark.createDataset(List.of(Format.JSON.render(funnel.report())), Encoders.STRING())
        .coalesce(1).write().mode(SaveMode.Overwrite).text(out + "/funnel");
    System.out.println(funnel.report());
    System.out.println("funnel: " + funnel.rejected() + " rows set aside (" + funnel.rejectedNull() + " with a null, "
        + funnel.rejectedInvalid() + " invalid)");
  }

  /** One JSON file of JSON lines, undefined figures written as {@code null}. */
  private static void write(Dataset<Row> report, String dir) {
    report.coalesce(1).write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(dir);
  }
}
