package io.github.mot.spark;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tabular;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.JourneyReport;
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
 * OUT/touchpoints} and {@code OUT/staff}; computes every journey analysis against the retail map
 * ({@link MotDatasets#journeys}: the directly-follows graph, the funnel of the map's stages, the
 * precursors, the recovery and the conformance) and writes the report's JSON, rendered by the
 * library, to {@code OUT/journeys}, and the funnel's part of it to {@code OUT/funnel}.
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
   * Reads the shards and writes the four reports.
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
    // every journey analysis against the retail map: each customer's rows cut into episodes once
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    MotDatasets.JourneysResult journeys =
        MotDatasets.journeys(encounters, EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(map)));
    JourneyReport report = journeys.report();
    writeJson(spark, report, out + "/journeys");
    writeJson(spark, report.funnel().orElseThrow(), out + "/funnel");
    System.out.println(report.funnel().orElseThrow());
    System.out.println("journeys: " + journeys.rejected() + " rows set aside (" + journeys.rejectedNull()
        + " with a null, " + journeys.rejectedInvalid() + " invalid)");
  }

  /** A result's JSON, rendered by the library, as one text file. */
  private static void writeJson(SparkSession spark, Tabular result, String dir) {
    spark.createDataset(List.of(Format.JSON.render(result)), Encoders.STRING())
        .coalesce(1).write().mode(SaveMode.Overwrite).text(dir);
  }

  /** One JSON file of JSON lines, undefined figures written as {@code null}. */
  private static void write(Dataset<Row> report, String dir) {
    report.coalesce(1).write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(dir);
  }
}
