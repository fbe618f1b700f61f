package io.github.mot.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seeds;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.EpisodeGrouping;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.FunnelTally;
import io.github.mot.scoring.ObservedJourneys;
import io.github.mot.scoring.log.EncounterLog;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link MotDatasets#funnel} in {@code local[2]} against the single-machine funnel: the rows spread
 * over several partitions (a customer's rows in several), the merged tally must have the byte form
 * of the tally of one log of the same encounters, and the bad rows are counted or, strict, fail.
 */
class MotDatasetsTest {

  private static final StructType ROWS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("customer", DataTypes.StringType, true),
      DataTypes.createStructField("touchpoint", DataTypes.StringType, true),
      DataTypes.createStructField("time", DataTypes.StringType, true),
      DataTypes.createStructField("staff", DataTypes.StringType, true),
      DataTypes.createStructField("level", DataTypes.DoubleType, true)));

  private static Row row(Encounter e) {
    ScorecardLevel level = e.levelOrNull();
    return RowFactory.create(e.customerId(), e.touchpointId(), e.occurredAt().toString(), e.staffIdOrNull(),
        level == null ? null : (double) level.value());
  }

  private static Dataset<Row> dataset(SparkSession spark, List<Row> rows) {
    return spark.createDataFrame(rows, ROWS).repartition(5);
  }

  private static FunnelTally oneMachine(EncounterFunnel f, List<Encounter> encounters) {
    return f.funnel().tally().add(f.observing().observe(EncounterLog.of(encounters)));
  }

  @Test
  void equalsTheSingleMachineFunnelOverSeededEncounters() {
    SparkSession spark = LocalSpark.session();
    SplittableRandom r = new SplittableRandom(Seeds.DEFAULT_SEED);
    for (int c = 0; c < 3; c++) {
      CustomerJourney journey = CoreGenerators.customerJourney(r);
      EncounterFunnel f = c == 0
          ? EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(journey),
              Funnel.ofStages(journey).withGroupBy(EpisodeGrouping.channel()))
          : ScoringGenerators.encounterFunnel(r, journey);
      List<Encounter> encounters = ScoringGenerators.customersEncounters(r, journey, 50, 8);
      MotDatasets.FunnelResult result = MotDatasets.funnel(dataset(spark, encounters.stream().map(MotDatasetsTest::row).toList()), f);
      FunnelTally expected = oneMachine(f, encounters);
      assertThat(result.tally().toBytes()).as("case %d %s", c, f).isEqualTo(expected.toBytes());
      assertThat(Format.JSON.render(result.report())).isEqualTo(Format.JSON.render(expected.report()));
      assertThat(result.rejected()).isZero();
    }
  }

  @Test
  void badRowsAreCountedAndStrictFails() {
    SparkSession spark = LocalSpark.session();
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterFunnel f = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(journey), Funnel.ofStages(journey));
    List<Encounter> good = ScoringGenerators.customersEncounters(new SplittableRandom(4), journey, 20, 6);
    List<Row> rows = new ArrayList<>(good.stream().map(MotDatasetsTest::row).toList());
    String tp = journey.touchpoints().get(0).id();
    rows.add(RowFactory.create(null, tp, "2026-03-02T09:00:00Z", null, null));
    rows.add(RowFactory.create("c1", null, "2026-03-02T09:00:00Z", null, null));
    rows.add(RowFactory.create("c1", tp, "yesterday", null, null));
    rows.add(RowFactory.create("c2", "teleporting", "2026-03-02T09:00:00Z", null, null));
    rows.add(RowFactory.create("c3", tp, "2026-03-02T09:00:00Z", null, 5.0));
    MotDatasets.FunnelResult result = MotDatasets.funnel(dataset(spark, rows), f);
    assertThat(result.tally().toBytes()).isEqualTo(oneMachine(f, good).toBytes());
    assertThat(result.rejectedNull()).isEqualTo(2);
    assertThat(result.rejectedInvalid()).isEqualTo(3);
    assertThat(result.rejected()).isEqualTo(5);
    assertThat(result).hasToString("FunnelResult[" + oneMachine(f, good) + ", rejected 5 (null 2, invalid 3)]");
    assertThatThrownBy(() -> MotDatasets.funnelStrict(dataset(spark, rows), f))
        .hasStackTraceContaining("rejected encounter row");
    MotDatasets.FunnelResult none = MotDatasets.funnel(spark.createDataFrame(List.of(), ROWS), f);
    assertThat(none.tally().episodeCount()).isZero();
  }
}
