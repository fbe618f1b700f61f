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
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.EpisodeGrouping;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.FunnelTally;
import io.github.mot.scoring.JourneyTallies;
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
 * {@link MotDatasets#funnel} and {@link MotDatasets#journeys} in {@code local[2]} against the
 * single-machine analyses: the rows spread over several partitions (a customer's rows in several),
 * the merged tally must have the byte form of the tally of one log of the same encounters, and the
 * bad rows are counted or, strict, fail.
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
    // the result keeps its tally as bytes: each tally() is a new copy, changing it changes nothing else
    FunnelTally copy = result.tally();
    assertThat(copy).isNotSameAs(result.tally());
    copy.merge(oneMachine(f, good));
    assertThat(copy.episodeCount()).isEqualTo(2 * result.tally().episodeCount()).isPositive();
    assertThat(result.tally().toBytes()).isEqualTo(oneMachine(f, good).toBytes());
    assertThatThrownBy(() -> MotDatasets.funnelStrict(dataset(spark, rows), f))
        .hasStackTraceContaining("rejected encounter row");
    MotDatasets.FunnelResult none = MotDatasets.funnel(spark.createDataFrame(List.of(), ROWS), f);
    assertThat(none.tally().episodeCount()).isZero();
  }

  /** Every journey analysis in Spark against {@link EncounterJourneys#tally(Iterable)} of the same encounters. */
  @Test
  void everyJourneyAnalysisEqualsTheSingleMachineTalliesOverSeededEncounters() {
    SparkSession spark = LocalSpark.session();
    SplittableRandom r = new SplittableRandom(Seeds.DEFAULT_SEED + 16);
    for (int c = 0; c < 4; c++) {
      CustomerJourney journey = CoreGenerators.customerJourney(r);
      EncounterJourneys j = switch (c) {
        case 0 -> EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(journey)); // every analysis
        case 1 -> EncounterJourneys.of(ObservedJourneys.withDefaults()); // no map: graph and precursors
        default -> ScoringGenerators.encounterJourneys(r, journey);
      };
      List<Encounter> encounters = new ArrayList<>(ScoringGenerators.customersEncounters(r, journey, 40, 8));
      // off the map: an encounter mot-scoring counts (the graph, the conformance), in an episode and alone
      Encounter first = encounters.get(0);
      encounters.add(Encounter.builder().customerId(first.customerId()).touchpointId("off-the-map")
          .occurredAt(first.occurredAt()).build());
      encounters.add(Encounter.builder().customerId("lost").touchpointId("off-the-map")
          .occurredAt(first.occurredAt()).build());
      MotDatasets.JourneysResult result =
          MotDatasets.journeys(dataset(spark, encounters.stream().map(MotDatasetsTest::row).toList()), j);
      JourneyTallies expected = j.tally(encounters);
      assertThat(result.tally().toBytes()).as("case %d %s", c, j).isEqualTo(expected.toBytes());
      assertThat(Format.JSON.render(result.report())).as("case %d", c).isEqualTo(Format.JSON.render(expected.report()));
      assertThat(result.report().directlyFollows().offMapCount()).as("case %d", c).isEqualTo(j.hasJourneyMap() ? 2 : 0);
      assertThat(result.report().recovery().isPresent()).isEqualTo(j.hasJourneyMap());
      assertThat(result.rejected()).isZero();
    }
  }

  @Test
  void journeysCountBadRowsAndStrictFailsWithTheRowsReason() {
    SparkSession spark = LocalSpark.session();
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterJourneys j = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(journey));
    List<Encounter> good = new ArrayList<>(ScoringGenerators.customersEncounters(new SplittableRandom(16), journey, 20, 6));
    good.add(Encounter.builder().customerId("c3").touchpointId("teleporting").occurredAt(good.get(0).occurredAt()).build());
    List<Row> goodRows = good.stream().map(MotDatasetsTest::row).toList();
    List<Row> rows = new ArrayList<>(goodRows);
    String tp = journey.touchpoints().get(0).id();
    rows.add(RowFactory.create(null, tp, "2026-03-02T09:00:00Z", null, null));
    rows.add(RowFactory.create("c1", null, "2026-03-02T09:00:00Z", null, null));
    rows.add(RowFactory.create("c1", tp, null, null, null));
    rows.add(RowFactory.create("c1", tp, "yesterday", null, null));
    rows.add(RowFactory.create("c2", tp, "2026-03-02T09:00:00Z", null, 2.5));
    rows.add(RowFactory.create(" ", tp, "2026-03-02T09:00:00Z", null, null));
    rows.add(RowFactory.create("c1", tp, "9999-12-31T00:00:00Z", null, null)); // a sentinel no log holds
    JourneyTallies expected = j.tally(good);

    MotDatasets.JourneysResult result = MotDatasets.journeys(dataset(spark, rows), j);
    assertThat(result.tally().toBytes()).isEqualTo(expected.toBytes());
    assertThat(Format.JSON.render(result.report())).isEqualTo(Format.JSON.render(expected.report()));
    assertThat(result.report().directlyFollows().offMapCount()).isOne();
    assertThat(result.rejectedNull()).isEqualTo(3);
    assertThat(result.rejectedInvalid()).isEqualTo(4);
    assertThat(result.rejected()).isEqualTo(7);
    assertThat(result).hasToString("JourneysResult[" + expected + ", rejected 7 (null 3, invalid 4)]");
    JourneyTallies copy = result.tally();
    assertThat(copy).isNotSameAs(result.tally());
    copy.merge(expected);
    assertThat(result.tally().toBytes()).isEqualTo(expected.toBytes());

    // strict: the good rows (the one off the map among them) pass; a bad row fails the job with its reason
    assertThat(MotDatasets.journeysStrict(dataset(spark, goodRows), j).tally().toBytes()).isEqualTo(expected.toBytes());
    List<Row> oneBad = new ArrayList<>(goodRows);
    oneBad.add(RowFactory.create("c1", tp, "yesterday", null, null));
    assertThatThrownBy(() -> MotDatasets.journeysStrict(dataset(spark, oneBad), j))
        .hasStackTraceContaining("rejected encounter row [c1," + tp + ",yesterday,null,null]: time 'yesterday' is not an "
            + "ISO-8601 instant such as 2026-03-02T09:00:00Z");
    MotDatasets.JourneysResult none = MotDatasets.journeys(spark.createDataFrame(List.of(), ROWS), j);
    assertThat(none.tally().toBytes()).isEqualTo(j.tally().toBytes());
    assertThat(none.rejected()).isZero();
  }

  /** The example of {@link MotDatasets}' Javadoc and docs/mot-spark.md, verbatim, over a temporary view. */
  @Test
  void theDocumentedExampleRuns() {
    SparkSession spark = LocalSpark.session();
    List<Encounter> encounters =
        ScoringGenerators.customersEncounters(new SplittableRandom(17), JourneyTemplate.RETAIL_COUNTER.journey(), 20, 6);
    dataset(spark, encounters.stream().map(MotDatasetsTest::row).toList()).createOrReplaceTempView("encounters");
    // --- the snippet
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterJourneys analyses = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(map));
    MotDatasets.JourneysResult journeys = MotDatasets.journeys(spark.table("encounters"), analyses);
    String json = Format.JSON.render(journeys.report());
    // ---
    assertThat(json).isEqualTo(Format.JSON.render(analyses.tally(encounters).report())).contains("\"conformance\"");
    assertThat(journeys.rejected()).isZero();
  }
}
