package io.github.mot.spark.internal;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.RatingScale;
import io.github.mot.scoring.FirstImpression;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.FirstImpressionSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The Spark {@link Aggregator} of {@code mot_first_impression}: the appearance, behaviour and
 * communication ratings of contacts, on one scale, into the figures of a {@link
 * FirstImpressionSummary} for one set of ABC weights, with the counts of rejected rows.
 *
 * <p>Lenient (the default) counts a row with a null rating in {@code rejectedNull} and a row with a
 * rating off the scale (NaN included) in {@code rejectedInvalid}; strict throws an {@link
 * IllegalArgumentException} for either, which fails the Spark job. Not API: use {@link
 * io.github.mot.spark.MotFunctions}.
 *
 * <p>Immutable and thread-safe; the buffers it creates are not. It keeps the weights and the scale
 * as plain numbers, so that Spark can ship it to executors with Java serialization.
 */
public final class FirstImpressionAggregator extends TallyAggregator<Row, FirstImpressionAccumulator, FirstImpressionBuffer> {

  private static final long serialVersionUID = 1L;

  /** The schema of the input: the three ratings, in the order of the function's arguments. */
  public static final StructType INPUT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("appearance", DataTypes.DoubleType, true),
      DataTypes.createStructField("behaviour", DataTypes.DoubleType, true),
      DataTypes.createStructField("communication", DataTypes.DoubleType, true)));

  private static final String[] RATINGS = {"appearance rating", "behaviour rating", "communication rating"};

  /** The schema of the result, see {@link io.github.mot.spark.MotFunctions#firstImpressionType()}. */
  public static final StructType SCHEMA = schema();

  private final double appearanceWeight;
  private final double behaviourWeight;
  private final double communicationWeight;
  private final int min;
  private final int max;
  /**
   * An aggregator.
   *
   * @param scorer the weights of the first impression index
   * @param scale the scale of every rating
   * @param strict whether a null or off-scale rating throws instead of being counted
   * @throws NullPointerException if {@code scorer} or {@code scale} is null
   */
  public FirstImpressionAggregator(FirstImpressionScorer scorer, RatingScale scale, boolean strict) {
    super(FirstImpressionBuffer.class, SCHEMA, strict);
    AbcWeights w = Objects.requireNonNull(scorer, "scorer").weights();
    this.appearanceWeight = w.appearance();
    this.behaviourWeight = w.behaviour();
    this.communicationWeight = w.communication();
    this.min = Objects.requireNonNull(scale, "scale").min();
    this.max = scale.max();
  }

  private static StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("n", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("scale", DataTypes.StringType, false));
    for (String name : new String[] {"meanScore", "meanIndex", "minIndex", "maxIndex", "meanAppearance",
        "meanBehaviour", "meanCommunication"}) {
      f.add(ScorecardAggregator.nullableDouble(name));
    }
    f.add(DataTypes.createStructField("largestMeanLoss", DataTypes.StringType, true));
    Rejections.fields(f);
    return DataTypes.createStructType(f);
  }

  private RatingScale scale() {
    return RatingScale.of(min, max);
  }

  /**
   * An empty buffer of this aggregator's scale and weights.
   *
   * @return a buffer with no contacts and nothing rejected
   */
  @Override
  public FirstImpressionBuffer zero() {
    FirstImpressionScorer scorer =
        FirstImpressionScorer.of(AbcWeights.of(appearanceWeight, behaviourWeight, communicationWeight));
    return new FirstImpressionBuffer(scorer.accumulator(scale()));
  }

  /**
   * Adds one row's ratings to the buffer, or counts the row as rejected.
   *
   * @param buffer the partition's buffer
   * @param ratings the appearance, behaviour and communication ratings
   * @return {@code buffer}
   * @throws IllegalArgumentException in strict mode, if a rating is null or off the scale
   */
  @Override
  public FirstImpressionBuffer reduce(FirstImpressionBuffer buffer, Row ratings) {
    for (int i = 0; i < 3; i++) {
      if (ratings.isNullAt(i)) {
        if (strict) {
          throw Rejections.invalid(RATINGS[i], "on the scale [" + min + ", " + max + "]", null);
        }
        buffer.rejectNull();
        return buffer;
      }
    }
    double a = ratings.getDouble(0);
    double b = ratings.getDouble(1);
    double c = ratings.getDouble(2);
    FirstImpressionAccumulator acc = buffer.accumulator();
    if (strict) {
      acc.add(a, b, c); // throws the library's message for a rating off the scale
    } else if (onScale(a) && onScale(b) && onScale(c)) {
      acc.add(a, b, c);
    } else {
      buffer.rejectInvalid();
    }
    return buffer;
  }

  /** Whether a rating is on the scale; NaN is not. */
  private boolean onScale(double r) {
    return r >= min && r <= max;
  }

  /**
   * The result struct of a buffer (see {@link io.github.mot.spark.MotFunctions#firstImpressionType()}).
   *
   * @param buffer the merged buffer
   * @return the row of the summary's figures
   */
  @Override
  public Row finish(FirstImpressionBuffer buffer) {
    FirstImpressionSummary s = buffer.accumulator().summary();
    List<@Nullable Object> v = new ArrayList<>();
    v.add(s.count());
    v.add(s.scale().toString());
    v.add(Rejections.orNull(s.meanScore()));
    v.add(Rejections.orNull(s.meanIndex()));
    v.add(Rejections.orNull(s.minIndex()));
    v.add(Rejections.orNull(s.maxIndex()));
    v.add(Rejections.orNull(s.meanRating(AbcComponent.APPEARANCE)));
    v.add(Rejections.orNull(s.meanRating(AbcComponent.BEHAVIOUR)));
    v.add(Rejections.orNull(s.meanRating(AbcComponent.COMMUNICATION)));
    Optional<FirstImpression> mean = s.mean();
    v.add(mean.map(m -> m.largestLoss().component().name()).orElse(null));
    Rejections.values(v, buffer.getRejectedNull(), buffer.getRejectedInvalid());
    return RowFactory.create(v.toArray());
  }
}
