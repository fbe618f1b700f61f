package io.github.mot.spark.internal;

import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.ScorecardAccumulator;
import io.github.mot.scoring.ScorecardSummary;
import io.github.mot.scoring.ScorecardSummary.Share;
import io.github.mot.scoring.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The Spark {@link Aggregator} of {@code mot_scorecard}: scorecard levels (-3..+3, as {@code
 * double}) into the figures of a {@link ScorecardSummary}, with the counts of rejected rows.
 *
 * <p>Lenient (the default) counts a null level in {@code rejectedNull} and a level that is not a
 * whole number in [-3, 3] (NaN included) in {@code rejectedInvalid}; strict throws an {@link
 * IllegalArgumentException} for either, which fails the Spark job. Not API: use {@link
 * io.github.mot.spark.MotFunctions}.
 *
 * <p>Immutable and thread-safe (its only state is the mode); the buffers it creates are not.
 */
public final class ScorecardAggregator extends TallyAggregator<@Nullable Double, ScorecardAccumulator, ScorecardBuffer> {

  private static final long serialVersionUID = 1L;

  /** The name of a level in messages. */
  static final String LEVEL = "scorecard level";

  /** The schema of the result, see {@link io.github.mot.spark.MotFunctions#scorecardType()}. */
  public static final StructType SCHEMA = schema();

  /**
   * An aggregator.
   *
   * @param strict whether a null or invalid level throws instead of being counted
   */
  public ScorecardAggregator(boolean strict) {
    super(ScorecardBuffer.class, SCHEMA, strict);
  }

  private static StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("n", DataTypes.LongType, false));
    f.add(nullableDouble("mean"));
    f.add(nullableDouble("netScore"));
    share(f, "positiveShare", "positive");
    share(f, "negativeShare", "negative");
    share(f, "neutralShare", "neutral");
    share(f, "delightRate", "delight");
    share(f, "damageRate", "damage");
    f.add(DataTypes.createStructField("positiveCount", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("negativeCount", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("neutralCount", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("counts", DataTypes.createArrayType(DataTypes.LongType, false), false));
    Rejections.fields(f);
    return DataTypes.createStructType(f);
  }

  private static void share(List<StructField> f, String share, String prefix) {
    f.add(nullableDouble(share));
    f.add(DataTypes.createStructField(prefix + "Lower", DataTypes.DoubleType, false));
    f.add(DataTypes.createStructField(prefix + "Upper", DataTypes.DoubleType, false));
  }

  static StructField nullableDouble(String name) {
    return DataTypes.createStructField(name, DataTypes.DoubleType, true);
  }

  /**
   * An empty buffer.
   *
   * @return a buffer with no ratings and nothing rejected
   */
  @Override
  public ScorecardBuffer zero() {
    return new ScorecardBuffer();
  }

  /**
   * Adds one row's level to the buffer, or counts it as rejected.
   *
   * @param buffer the partition's buffer
   * @param level the level, -3..+3; null or invalid is rejected
   * @return {@code buffer}
   * @throws IllegalArgumentException in strict mode, if the level is null or not a whole number
   *     in [-3, 3]
   */
  @Override
  public ScorecardBuffer reduce(ScorecardBuffer buffer, @Nullable Double level) {
    if (level == null) {
      if (strict) {
        throw Rejections.invalid(LEVEL, "a whole number in [-3, 3]", null);
      }
      buffer.rejectNull();
      return buffer;
    }
    double v = level;
    // written so that NaN fails
    if (!(v >= ScorecardLevel.MIN && v <= ScorecardLevel.MAX && v == Math.rint(v))) {
      if (strict) {
        throw Rejections.invalid(LEVEL, "a whole number in [-3, 3]", level);
      }
      buffer.rejectInvalid();
      return buffer;
    }
    buffer.accumulator().add((int) v);
    return buffer;
  }

  /**
   * The result struct of a buffer (see {@link io.github.mot.spark.MotFunctions#scorecardType()}).
   *
   * @param buffer the merged buffer
   * @return the row of the summary's figures
   */
  @Override
  public Row finish(ScorecardBuffer buffer) {
    return row(buffer.accumulator().summary(), buffer.getRejectedNull(), buffer.getRejectedInvalid());
  }

  /**
   * The result row of a summary, in the order of {@link #SCHEMA}.
   *
   * @param s the summary
   * @param rejectedNull the rows rejected for a null level
   * @param rejectedInvalid the rows rejected for an invalid level
   * @return the row
   */
  static Row row(ScorecardSummary s, long rejectedNull, long rejectedInvalid) {
    List<@Nullable Object> v = new ArrayList<>();
    v.add(s.count());
    v.add(Rejections.orNull(s.mean()));
    v.add(Rejections.orNull(s.netScore()));
    for (Share share : new Share[] {Share.POSITIVE, Share.NEGATIVE, Share.NEUTRAL, Share.DELIGHT, Share.DAMAGE}) {
      WilsonInterval w = s.interval(share);
      v.add(Rejections.orNull(s.share(share)));
      v.add(w.lower());
      v.add(w.upper());
    }
    v.add(s.positiveCount());
    v.add(s.negativeCount());
    v.add(s.neutralCount());
    long[] counts = s.counts();
    Long[] boxed = new Long[counts.length];
    for (int i = 0; i < counts.length; i++) {
      boxed[i] = counts[i];
    }
    v.add(boxed);
    Rejections.values(v, rejectedNull, rejectedInvalid);
    return RowFactory.create(v.toArray());
  }
}
