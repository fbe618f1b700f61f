package io.github.mot.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.RatingScale;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.Seeds;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.FirstImpressionSummary;
import io.github.mot.scoring.ScorecardAccumulator;
import io.github.mot.scoring.ScorecardSummary;
import io.github.mot.scoring.ScorecardSummary.Share;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

/**
 * The SQL functions in {@code local[2]} against the library on one machine: every seeded case of
 * {@link Seeds#seeds()} is one group of one query, its rows spread round robin over several
 * partitions, so that Spark aggregates parts of each group on both executor threads, ships the
 * partial tallies in their byte form and merges them; each group's struct must equal the summary
 * of the same rows, bit for bit, and count the bad rows.
 */
class MotFunctionsTest {

  private static final StructType LEVELS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("seed", DataTypes.LongType, false),
      DataTypes.createStructField("level", DataTypes.DoubleType, true)));

  private static final StructType RATINGS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("seed", DataTypes.LongType, false),
      DataTypes.createStructField("a", DataTypes.DoubleType, true),
      DataTypes.createStructField("b", DataTypes.DoubleType, true),
      DataTypes.createStructField("c", DataTypes.DoubleType, true)));

  /** Levels that are not levels: out of range, not whole, NaN, infinite. */
  private static final double[] BAD_LEVELS = {4, -4, 1.5, -0.25, 100, Double.NaN, Double.POSITIVE_INFINITY};

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  /** What one seed's rows hold: the valid tally and the bad rows by reason. */
  private record Expected<T>(T summary, long rejectedNull, long rejectedInvalid) {}

  @Test
  void scorecardEqualsTheLibraryBitForBitWithBadRowsCounted() {
    List<Row> rows = new ArrayList<>();
    Map<Long, Expected<ScorecardSummary>> expected = new HashMap<>();
    List<Seed> seeds = Seeds.seeds().collect(Collectors.toList());
    for (Seed seed : seeds) {
      SplittableRandom r = seed.random();
      ScorecardAccumulator acc = ScorecardAccumulator.create();
      long nulls = 0;
      long invalid = 0;
      for (int level : ScoringGenerators.levels(r, 80)) {
        rows.add(RowFactory.create(seed.value(), (double) level));
        acc.add(level);
        int bad = r.nextInt(20);
        if (bad == 0) {
          rows.add(RowFactory.create(seed.value(), null));
          nulls++;
        } else if (bad == 1) {
          rows.add(RowFactory.create(seed.value(), BAD_LEVELS[r.nextInt(BAD_LEVELS.length)]));
          invalid++;
        }
      }
      expected.put(seed.value(), new Expected<>(acc.summary(), nulls, invalid));
    }
    spark.createDataFrame(rows, LEVELS).repartition(5).createOrReplaceTempView("levels");

    List<Row> result = spark.sql("SELECT seed, mot_scorecard(level) AS card FROM levels GROUP BY seed")
        .collectAsList();

    // a seed with no levels has no row: GROUP BY makes no empty groups
    long nonEmpty = expected.values().stream()
        .filter(e -> e.summary().count() + e.rejectedNull() + e.rejectedInvalid() > 0).count();
    assertThat(result).hasSize((int) nonEmpty);
    for (Row row : result) {
      long seed = row.getLong(0);
      Expected<ScorecardSummary> e = Objects.requireNonNull(expected.get(seed));
      assertScorecard(row.getStruct(1), e.summary(), e.rejectedNull(), e.rejectedInvalid(), "seed=" + seed);
    }
  }

  /** Compares each field of a scorecard struct with the library's accessor; doubles by their bits. */
  static void assertScorecard(Row card, ScorecardSummary s, long rejectedNull, long rejectedInvalid, String what) {
    assertThat(card.schema().fieldNames()).as(what).containsExactly(MotFunctions.scorecardType().fieldNames());
    assertThat(card.<Long>getAs("n")).as(what).isEqualTo(s.count());
    assertThat(card.<Double>getAs("mean")).as(what).isEqualTo(orNull(s.mean()));
    assertThat(card.<Double>getAs("netScore")).as(what).isEqualTo(orNull(s.netScore()));
    String[][] shares = {{"positiveShare", "positive"}, {"negativeShare", "negative"}, {"neutralShare", "neutral"},
        {"delightRate", "delight"}, {"damageRate", "damage"}};
    Share[] order = {Share.POSITIVE, Share.NEGATIVE, Share.NEUTRAL, Share.DELIGHT, Share.DAMAGE};
    for (int i = 0; i < order.length; i++) {
      assertThat(card.<Double>getAs(shares[i][0])).as(what + " " + shares[i][0]).isEqualTo(orNull(s.share(order[i])));
      assertThat(card.<Double>getAs(shares[i][1] + "Lower")).as(what).isEqualTo(s.interval(order[i]).lower());
      assertThat(card.<Double>getAs(shares[i][1] + "Upper")).as(what).isEqualTo(s.interval(order[i]).upper());
    }
    assertThat(card.<Long>getAs("positiveCount")).as(what).isEqualTo(s.positiveCount());
    assertThat(card.<Long>getAs("negativeCount")).as(what).isEqualTo(s.negativeCount());
    assertThat(card.<Long>getAs("neutralCount")).as(what).isEqualTo(s.neutralCount());
    long[] counts = s.counts();
    List<Long> boxed = new ArrayList<>();
    for (long c : counts) {
      boxed.add(c);
    }
    assertThat(card.getList(card.fieldIndex("counts"))).as(what).isEqualTo(boxed);
    assertThat(card.<Long>getAs("rejected")).as(what).isEqualTo(rejectedNull + rejectedInvalid);
    assertThat(card.<Long>getAs("rejectedNull")).as(what).isEqualTo(rejectedNull);
    assertThat(card.<Long>getAs("rejectedInvalid")).as(what).isEqualTo(rejectedInvalid);
  }

  @Test
  void firstImpressionEqualsTheLibraryBitForBitWithBadRowsCounted() {
    List<Row> rows = new ArrayList<>();
    Map<Long, Expected<FirstImpressionSummary>> expected = new HashMap<>();
    RatingScale scale = RatingScale.SEVEN_POINT;
    for (Seed seed : Seeds.seeds().collect(Collectors.toList())) {
      SplittableRandom r = seed.random();
      FirstImpressionAccumulator acc = FirstImpressionAccumulator.create(scale);
      long[] rejected = new long[2];
      int n = 1 + r.nextInt(60);
      for (int i = 0; i < n; i++) {
        addRatings(r, seed.value(), scale, rows, acc, rejected);
      }
      expected.put(seed.value(), new Expected<>(acc.summary(), rejected[0], rejected[1]));
    }
    spark.createDataFrame(rows, RATINGS).repartition(5).createOrReplaceTempView("ratings");

    List<Row> result = spark.sql("SELECT seed, mot_first_impression(a, b, c) FROM ratings GROUP BY seed")
        .collectAsList();

    assertThat(result).hasSize(expected.size());
    for (Row row : result) {
      Expected<FirstImpressionSummary> e = Objects.requireNonNull(expected.get(row.getLong(0)));
      assertFirstImpression(row.getStruct(1), e.summary(), e.rejectedNull(), e.rejectedInvalid(), "seed=" + row.getLong(0));
    }
  }

  /** One contact's row, now and then a bad one; what the library's accumulator makes of it. */
  private static void addRatings(SplittableRandom r, long seed, RatingScale scale, List<Row> rows,
      FirstImpressionAccumulator acc, long[] rejected) {
    AbcRatings x = CoreGenerators.abcRatings(r, scale);
    @Nullable Double[] v = {x.appearance(), x.behaviour(), x.communication()};
    int bad = r.nextInt(16);
    if (bad == 0) {
      v[r.nextInt(3)] = null;
      rejected[0]++;
    } else if (bad == 1) {
      double[] off = {scale.min() - 1, scale.max() + 0.5, Double.NaN, Double.NEGATIVE_INFINITY};
      v[r.nextInt(3)] = off[r.nextInt(off.length)];
      rejected[1]++;
    } else {
      acc.add(x.appearance(), x.behaviour(), x.communication());
    }
    rows.add(RowFactory.create(seed, v[0], v[1], v[2]));
  }

  /** Compares each field of a first impression struct with the library's accessor. */
  static void assertFirstImpression(Row f, FirstImpressionSummary s, long rejectedNull, long rejectedInvalid,
      String what) {
    assertThat(f.schema().fieldNames()).as(what).containsExactly(MotFunctions.firstImpressionType().fieldNames());
    assertThat(f.<Long>getAs("n")).as(what).isEqualTo(s.count());
    assertThat(f.<String>getAs("scale")).as(what).isEqualTo(s.scale().toString());
    assertThat(f.<Double>getAs("meanScore")).as(what).isEqualTo(orNull(s.meanScore()));
    assertThat(f.<Double>getAs("meanIndex")).as(what).isEqualTo(orNull(s.meanIndex()));
    assertThat(f.<Double>getAs("minIndex")).as(what).isEqualTo(orNull(s.minIndex()));
    assertThat(f.<Double>getAs("maxIndex")).as(what).isEqualTo(orNull(s.maxIndex()));
    assertThat(f.<Double>getAs("meanAppearance")).as(what).isEqualTo(orNull(s.meanRating(AbcComponent.APPEARANCE)));
    assertThat(f.<Double>getAs("meanBehaviour")).as(what).isEqualTo(orNull(s.meanRating(AbcComponent.BEHAVIOUR)));
    assertThat(f.<Double>getAs("meanCommunication")).as(what)
        .isEqualTo(orNull(s.meanRating(AbcComponent.COMMUNICATION)));
    assertThat(f.<String>getAs("largestMeanLoss")).as(what)
        .isEqualTo(s.mean().map(m -> m.largestLoss().component().name()).orElse(null));
    assertThat(f.<Long>getAs("rejected")).as(what).isEqualTo(rejectedNull + rejectedInvalid);
    assertThat(f.<Long>getAs("rejectedNull")).as(what).isEqualTo(rejectedNull);
    assertThat(f.<Long>getAs("rejectedInvalid")).as(what).isEqualTo(rejectedInvalid);
  }

  @Test
  void firstImpressionOnAnyScaleWithAnyWeights() {
    SplittableRandom r = new Seed(Seeds.DEFAULT_SEED).random();
    List<Row> rows = new ArrayList<>();
    Map<Long, Expected<FirstImpressionSummary>> expected = new HashMap<>();
    RatingScale scale = RatingScale.of(-2, 9);
    FirstImpressionScorer scorer = FirstImpressionScorer.of(AbcWeights.of(0.5, 0.2, 0.3));
    for (long group = 0; group < 40; group++) {
      FirstImpressionAccumulator acc = scorer.accumulator(scale);
      long[] rejected = new long[2];
      for (int i = r.nextInt(50); i >= 0; i--) {
        addRatings(r, group, scale, rows, acc, rejected);
      }
      expected.put(group, new Expected<>(acc.summary(), rejected[0], rejected[1]));
    }
    spark.udf().register("fi_custom", MotFunctions.firstImpression(scorer, scale));
    spark.createDataFrame(rows, RATINGS).repartition(3).createOrReplaceTempView("custom");

    for (Row row : spark.sql("SELECT seed, fi_custom(a, b, c) FROM custom GROUP BY seed").collectAsList()) {
      Expected<FirstImpressionSummary> e = Objects.requireNonNull(expected.get(row.getLong(0)));
      assertFirstImpression(row.getStruct(1), e.summary(), e.rejectedNull(), e.rejectedInvalid(), "group " + row.get(0));
    }
  }

  @Test
  void noRowsGiveTheEmptySummaryWithNullFigures() {
    spark.createDataFrame(List.of(), LEVELS).createOrReplaceTempView("nothing");
    Row card = spark.sql("SELECT mot_scorecard(level) FROM nothing").first().getStruct(0);
    assertScorecard(card, ScorecardSummary.EMPTY, 0, 0, "empty");
    assertThat(card.isNullAt(card.fieldIndex("mean"))).isTrue();
    assertThat(card.<Double>getAs("negativeLower")).isEqualTo(0.0);
    assertThat(card.<Double>getAs("negativeUpper")).isEqualTo(1.0);

    Row onlyBad = spark.sql("SELECT mot_scorecard(x) FROM VALUES (CAST(NULL AS INT)), (7), (-9) AS t(x)")
        .first().getStruct(0);
    assertScorecard(onlyBad, ScorecardSummary.EMPTY, 1, 2, "only bad rows");
  }

  @Test
  void integerAndStringLevelsAreCastToNumbers() {
    // the README's query: an INT column, as Spark's CSV reader gives it
    Row card = spark.sql("SELECT mot_scorecard(level) FROM VALUES (3), (1), (1), (0), (-2), (2), (1) AS t(level)")
        .first().getStruct(0);
    assertScorecard(card, ScorecardAccumulator.create().add(3).add(1).add(1).add(0).add(-2).add(2).add(1).summary(),
        0, 0, "ints");
  }

  /** The messages of every refusal: {@code internal.BuffersTest}; here, that they fail the job. */
  @Test
  void strictFunctionsFailTheJobOnBadInputAndAgreeOtherwise() {
    assertThatThrownBy(() -> spark.sql("SELECT mot_scorecard_strict(x) FROM VALUES (1), (4) AS t(x)").collectAsList())
        .hasStackTraceContaining("scorecard level must be a whole number in [-3, 3] but was 4.0");
    assertThatThrownBy(() -> spark.sql(
            "SELECT mot_first_impression_strict(a, b, c) FROM VALUES (5, 6, CAST(NULL AS INT)) AS t(a, b, c)")
        .collectAsList())
        .hasStackTraceContaining("communication rating must be on the scale [1, 7] but was null");

    Dataset<Row> both = spark.sql("SELECT mot_scorecard(x), mot_scorecard_strict(x), mot_first_impression(x + 4, 5, 6), "
        + "mot_first_impression_strict(x + 4, 5, 6) FROM VALUES (1), (-3), (2), (2) AS t(x)");
    Row row = both.first();
    assertThat(row.get(1)).isEqualTo(row.get(0));
    assertThat(row.get(3)).isEqualTo(row.get(2));
  }

  @Test
  void theDataFrameApiTakesTheSameFunctions() {
    Dataset<Row> df = spark.sql("SELECT * FROM VALUES ('greeting', 3), ('greeting', -1), ('paying', 0) AS t(tp, level)");
    List<Row> rows = df.groupBy("tp").agg(MotFunctions.scorecard().apply(df.col("level")).as("card"))
        .orderBy("tp").collectAsList();
    assertScorecard(rows.get(0).getStruct(1), ScorecardAccumulator.create().add(3).add(-1).summary(), 0, 0, "greeting");
    assertScorecard(rows.get(1).getStruct(1), ScorecardAccumulator.create().add(0).summary(), 0, 0, "paying");
  }

  private static @Nullable Double orNull(double x) {
    return Double.isNaN(x) ? null : x;
  }
}
