package io.github.mot.spark;

import io.github.mot.core.RatingScale;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.AuditSummary;
import io.github.mot.scoring.FirstImpressionSummary;
import io.github.mot.scoring.ScorecardSummary;
import io.github.mot.spark.internal.AuditAggregator;
import io.github.mot.spark.internal.FirstImpressionAggregator;
import io.github.mot.spark.internal.ScorecardAggregator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The MOT aggregate functions of Spark SQL: scorecards, first impressions and behaviour audits per
 * group, with the figures of mot-scoring's {@link ScorecardSummary}, {@link FirstImpressionSummary}
 * and {@link AuditSummary}, and a count of the rows they could not use.
 *
 * <pre>
 * MotFunctions.register(spark);
 * spark.sql("SELECT touchpoint, mot_scorecard(level) AS card FROM encounters GROUP BY touchpoint");
 * </pre>
 *
 * <p>The figures are exactly those of the library on one machine: each function adds its group's
 * rows to mot-scoring's accumulator ({@link io.github.mot.scoring.ScorecardAccumulator}, {@link
 * io.github.mot.scoring.FirstImpressionAccumulator}, {@link io.github.mot.scoring.AuditAccumulator}); Spark keeps one per group and partition,
 * ships each partial tally to the executor that merges it in the library's byte form
 * (docs/byte-form.md), and the merged tally gives the summary. The accumulators merge exactly, so
 * the result does not depend on the partitions, their number or their order.
 *
 * <p><b>Bad input.</b> The default functions never fail on a row and never drop one silently: a
 * row with a null value is counted in the result's {@code rejectedNull}, a row with an invalid value
 * (a level that is not a whole number in [-3, 3], a rating off the scale, NaN, audit figures that
 * cannot be, such as a passed weight above the applicable weight) in {@code
 * rejectedInvalid}, their sum in {@code rejected}; the figures are those of the other rows. The
 * strict functions ({@code _strict}) throw an {@link IllegalArgumentException} at the first such
 * row instead, which fails the Spark job (Spark reports it wrapped in its own exception).
 *
 * <p>Undefined figures (the mean of a group whose every row was rejected) are SQL {@code NULL},
 * where the library's API has {@code NaN}; Spark's JSON writer then writes {@code null}, as the
 * library's JSON does, when asked to keep null fields ({@code ignoreNullFields=false}).
 *
 * <p>Stateless and thread-safe; each call returns a new function.
 *
 * @since 0.4.0
 */
public final class MotFunctions {

  /** {@code mot_scorecard(level)}: the name {@link #register(SparkSession)} gives {@link #scorecard()}. */
  public static final String SCORECARD = "mot_scorecard";

  /** {@code mot_scorecard_strict(level)}: the name of {@link #scorecardStrict()}. */
  public static final String SCORECARD_STRICT = "mot_scorecard_strict";

  /**
   * {@code mot_first_impression(appearance, behaviour, communication)}: the name of {@link
   * #firstImpression()}.
   */
  public static final String FIRST_IMPRESSION = "mot_first_impression";

  /**
   * {@code mot_first_impression_strict(appearance, behaviour, communication)}: the name of {@link
   * #firstImpressionStrict()}.
   */
  public static final String FIRST_IMPRESSION_STRICT = "mot_first_impression_strict";

  /**
   * {@code mot_audit(passed, failed, not_applicable, passed_weight, applicable_weight,
   * critical_failed)}: the name of {@link #audit()}.
   */
  public static final String AUDIT = "mot_audit";

  /** {@code mot_audit_strict(...)}: the name of {@link #auditStrict()}. */
  public static final String AUDIT_STRICT = "mot_audit_strict";

  private MotFunctions() {}

  /**
   * Registers the six functions with a session, under the names {@link #SCORECARD}, {@link
   * #SCORECARD_STRICT}, {@link #FIRST_IMPRESSION}, {@link #FIRST_IMPRESSION_STRICT}, {@link #AUDIT}
   * and {@link #AUDIT_STRICT}; the first
   * impressions are on the 7-point scale with the standard weights (the encounter log's default).
   * Register others with {@code spark.udf().register(name, firstImpression(scorer, scale))}.
   *
   * @param spark the session
   * @return the names registered, in that order
   * @throws NullPointerException if {@code spark} is null
   */
  public static List<String> register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    spark.udf().register(SCORECARD, scorecard());
    spark.udf().register(SCORECARD_STRICT, scorecardStrict());
    spark.udf().register(FIRST_IMPRESSION, firstImpression());
    spark.udf().register(FIRST_IMPRESSION_STRICT, firstImpressionStrict());
    spark.udf().register(AUDIT, audit());
    spark.udf().register(AUDIT_STRICT, auditStrict());
    return List.of(SCORECARD, SCORECARD_STRICT, FIRST_IMPRESSION, FIRST_IMPRESSION_STRICT, AUDIT, AUDIT_STRICT);
  }

  /**
   * The summary of a group's behaviour audits, counting bad rows: six arguments, one row an audit
   * (a table of scored supervision forms): the items {@code passed}, {@code failed} and {@code
   * not_applicable} (whole numbers; Spark casts to {@code INT}), the {@code passed_weight} and
   * {@code applicable_weight} (the sums of the passed, and of the passed and failed, items'
   * weights; {@code DOUBLE}) and {@code critical_failed} ({@code BOOLEAN}). The figures are those of
   * {@link io.github.mot.scoring.AuditAccumulator#add(int, int, int, double, double, boolean)}: an
   * audit's score is 0 when a critical item failed, else the passed over the applicable weight, and
   * an audit where nothing applied is counted but not scored. A row with a null figure is counted in
   * {@code rejectedNull}, one whose figures cannot be (a negative count, a passed weight above the
   * applicable weight, a weight without an item, a critical failure without a failed item) in
   * {@code rejectedInvalid}. The result is a struct of {@link #auditType()}.
   *
   * @return the aggregate function
   */
  public static UserDefinedFunction audit() {
    return functions.udaf(new AuditAggregator(false), Encoders.row(AuditAggregator.INPUT));
  }

  /**
   * The summary of a group's behaviour audits, failing on a bad row: as {@link #audit()}, but a
   * null figure or figures that cannot be throw {@link IllegalArgumentException} ("passed weight
   * must be in [0, applicable weight 1.0] but was 2.0"), which fails the job.
   *
   * @return the aggregate function
   */
  public static UserDefinedFunction auditStrict() {
    return functions.udaf(new AuditAggregator(true), Encoders.row(AuditAggregator.INPUT));
  }

  /**
   * The scorecard of a group's levels, counting bad rows: one argument, the level -3..+3 (any
   * numeric column; Spark casts it to {@code DOUBLE}). The result is a struct of {@link
   * #scorecardType()}.
   *
   * @return the aggregate function, for {@code spark.udf().register(name, f)} or {@code
   *     df.groupBy(...).agg(f.apply(col("level")))}
   */
  public static UserDefinedFunction scorecard() {
    return functions.udaf(new ScorecardAggregator(false), Encoders.DOUBLE());
  }

  /**
   * The scorecard of a group's levels, failing on a bad row: as {@link #scorecard()}, but a null
   * level or one that is not a whole number in [-3, 3] throws {@link IllegalArgumentException}
   * ("scorecard level must be a whole number in [-3, 3] but was 4.0"), which fails the job.
   *
   * @return the aggregate function
   */
  public static UserDefinedFunction scorecardStrict() {
    return functions.udaf(new ScorecardAggregator(true), Encoders.DOUBLE());
  }

  /**
   * The first impressions of a group's contacts on the 7-point scale with the standard weights,
   * counting bad rows: {@code firstImpression(FirstImpressionScorer.STANDARD,
   * RatingScale.SEVEN_POINT)}.
   *
   * @return the aggregate function
   */
  public static UserDefinedFunction firstImpression() {
    return firstImpression(FirstImpressionScorer.STANDARD, RatingScale.SEVEN_POINT);
  }

  /**
   * The first impressions of a group's contacts on the 7-point scale with the standard weights,
   * failing on a bad row: {@code firstImpressionStrict(FirstImpressionScorer.STANDARD,
   * RatingScale.SEVEN_POINT)}.
   *
   * @return the aggregate function
   */
  public static UserDefinedFunction firstImpressionStrict() {
    return firstImpressionStrict(FirstImpressionScorer.STANDARD, RatingScale.SEVEN_POINT);
  }

  /**
   * The first impressions of a group's contacts, counting bad rows: three arguments, the
   * appearance, behaviour and communication ratings (numeric columns; Spark casts them to {@code
   * DOUBLE}). A row with a null rating is counted in {@code rejectedNull}, one with a rating off
   * the scale in {@code rejectedInvalid}. The result is a struct of {@link #firstImpressionType()}.
   *
   * @param scorer the weights of the index
   * @param scale the scale of every rating
   * @return the aggregate function
   * @throws NullPointerException if an argument is null
   */
  public static UserDefinedFunction firstImpression(FirstImpressionScorer scorer, RatingScale scale) {
    return functions.udaf(new FirstImpressionAggregator(scorer, scale, false),
        Encoders.row(FirstImpressionAggregator.INPUT));
  }

  /**
   * The first impressions of a group's contacts, failing on a bad row: as {@link
   * #firstImpression(FirstImpressionScorer, RatingScale)}, but a null rating or one off the scale
   * throws {@link IllegalArgumentException} ("behaviour rating must be on the scale [1, 7] but was
   * 9.0"), which fails the job.
   *
   * @param scorer the weights of the index
   * @param scale the scale of every rating
   * @return the aggregate function
   * @throws NullPointerException if an argument is null
   */
  public static UserDefinedFunction firstImpressionStrict(FirstImpressionScorer scorer, RatingScale scale) {
    return functions.udaf(new FirstImpressionAggregator(scorer, scale, true),
        Encoders.row(FirstImpressionAggregator.INPUT));
  }

  /**
   * The struct a scorecard function returns, the fields of {@link ScorecardSummary}'s JSON in its
   * order: {@code n} (the valid levels), {@code mean}, {@code netScore} (percentage points), for
   * each share ({@code positiveShare}, {@code negativeShare}, {@code neutralShare}, {@code
   * delightRate}, {@code damageRate}) the share and the bounds of its 95% Wilson interval ({@code
   * positiveLower}, {@code positiveUpper}, ..., {@code damageUpper}), {@code positiveCount}, {@code
   * negativeCount}, {@code neutralCount}, {@code counts} (the seven counts of levels -3 to +3, as
   * {@link ScorecardSummary#counts()}), then {@code rejected}, {@code rejectedNull}, {@code
   * rejectedInvalid}. The mean, the net score and the shares are {@code NULL} when {@code n = 0};
   * the bounds are then 0 and 1.
   *
   * @return the struct type
   */
  public static StructType scorecardType() {
    return ScorecardAggregator.SCHEMA;
  }

  /**
   * The struct a first impression function returns: {@code n} (the valid contacts), {@code scale}
   * (such as {@code "1..7"}), {@code meanScore} (on the scale), {@code meanIndex}, {@code
   * minIndex}, {@code maxIndex} (in [0, 100]), {@code meanAppearance}, {@code meanBehaviour},
   * {@code meanCommunication} (the mean ratings), {@code largestMeanLoss} (the component, such as
   * {@code "BEHAVIOUR"}), then {@code rejected}, {@code rejectedNull}, {@code rejectedInvalid}: the
   * figures of {@link FirstImpressionSummary}, {@code NULL} when {@code n = 0}.
   *
   * @return the struct type
   */
  public static StructType firstImpressionType() {
    return FirstImpressionAggregator.SCHEMA;
  }

  /**
   * The struct an audit function returns, the fields of {@link AuditSummary}'s JSON in its order:
   * {@code n} (the valid audits), {@code scoredCount} (those where an item applied), {@code
   * meanScore}, {@code minScore}, {@code maxScore} (in [0, 1]), {@code criticalFailureCount},
   * {@code criticalFailureRate}, {@code compliance} (passed over applicable weight of all audits),
   * {@code itemPassRate}, {@code passedItems}, {@code failedItems}, {@code notApplicableItems}, then
   * {@code rejected}, {@code rejectedNull}, {@code rejectedInvalid}. Undefined figures (no scored
   * audit) are {@code NULL}.
   *
   * @return the struct type
   */
  public static StructType auditType() {
    return AuditAggregator.SCHEMA;
  }
}
