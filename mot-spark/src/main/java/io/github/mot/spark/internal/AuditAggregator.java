package io.github.mot.spark.internal;

import io.github.mot.scoring.AuditAccumulator;
import io.github.mot.scoring.AuditSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The Spark {@link Aggregator} of {@code mot_audit}: audits, one row each with its figures (items
 * passed, failed and not applicable, the passed and applicable weights, whether a critical item
 * failed), into the figures of an {@link AuditSummary}, with the counts of rejected rows. Each row
 * goes to {@link AuditAccumulator#add(int, int, int, double, double, boolean)}, which checks the
 * figures.
 *
 * <p>Lenient (the default) counts a row with a null figure in {@code rejectedNull} and a row whose
 * figures the library refuses (a negative count, a passed weight above the applicable weight, ...)
 * in {@code rejectedInvalid}; strict throws an {@link IllegalArgumentException} for either, which
 * fails the Spark job. Not API: use {@link io.github.mot.spark.MotFunctions}.
 *
 * <p>Immutable and thread-safe (its only state is the mode); the buffers it creates are not.
 */
public final class AuditAggregator extends TallyAggregator<Row, AuditAccumulator, AuditBuffer> {

  private static final long serialVersionUID = 1L;

  /** The schema of the input: an audit's figures, in the order of the function's arguments. */
  public static final StructType INPUT = new StructType()
      .add("passed", DataTypes.IntegerType).add("failed", DataTypes.IntegerType)
      .add("notApplicable", DataTypes.IntegerType).add("passedWeight", DataTypes.DoubleType)
      .add("applicableWeight", DataTypes.DoubleType).add("criticalFailed", DataTypes.BooleanType);

  /** The schema of the result, see {@link io.github.mot.spark.MotFunctions#auditType()}. */
  public static final StructType SCHEMA = Rejections.withRejections(new StructType()
      .add("n", DataTypes.LongType, false).add("scoredCount", DataTypes.LongType, false)
      .add("meanScore", DataTypes.DoubleType).add("minScore", DataTypes.DoubleType)
      .add("maxScore", DataTypes.DoubleType).add("criticalFailureCount", DataTypes.LongType, false)
      .add("criticalFailureRate", DataTypes.DoubleType).add("compliance", DataTypes.DoubleType)
      .add("itemPassRate", DataTypes.DoubleType).add("passedItems", DataTypes.LongType, false)
      .add("failedItems", DataTypes.LongType, false).add("notApplicableItems", DataTypes.LongType, false));

  /**
   * The audit aggregator, lenient or strict.
   *
   * @param strict true to throw at the first row with a null or impossible figure
   */
  public AuditAggregator(boolean strict) {
    super(AuditBuffer.class, SCHEMA, strict);
  }

  /**
   * An empty buffer.
   *
   * @return a buffer with no audits and nothing rejected
   */
  @Override
  public AuditBuffer zero() {
    return new AuditBuffer();
  }

  /**
   * Adds one row's audit to the buffer, or counts the row as rejected.
   *
   * @param buffer the partition's buffer
   * @param audit the audit's figures, in the order of {@link #INPUT}
   * @return {@code buffer}
   * @throws IllegalArgumentException in strict mode, if a figure is null or the library refuses
   *     the figures
   */
  @Override
  public AuditBuffer reduce(AuditBuffer buffer, Row audit) {
    for (int i = 0; i < INPUT.size(); i++) {
      if (audit.isNullAt(i)) {
        if (strict) {
          throw Rejections.invalid("audit figure " + INPUT.fields()[i].name(), "present", null);
        }
        buffer.rejectNull();
        return buffer;
      }
    }
    try {
      buffer.accumulator().add(audit.getInt(0), audit.getInt(1), audit.getInt(2), audit.getDouble(3),
          audit.getDouble(4), audit.getBoolean(5));
    } catch (IllegalArgumentException e) {
      if (strict) {
        throw e;
      }
      buffer.rejectInvalid(); // the accumulator checks before it adds: it is unchanged
    }
    return buffer;
  }

  /**
   * The result struct of a buffer (see {@link io.github.mot.spark.MotFunctions#auditType()}).
   *
   * @param buffer the merged buffer
   * @return the row of the summary's figures
   */
  @Override
  public Row finish(AuditBuffer buffer) {
    AuditSummary s = buffer.accumulator().summary();
    List<@Nullable Object> v = new ArrayList<>();
    v.add(s.count());
    v.add(s.scoredCount());
    v.add(Rejections.orNull(s.meanScore()));
    v.add(Rejections.orNull(s.minScore()));
    v.add(Rejections.orNull(s.maxScore()));
    v.add(s.criticalFailureCount());
    v.add(Rejections.orNull(s.criticalFailureRate()));
    v.add(Rejections.orNull(s.compliance()));
    v.add(Rejections.orNull(s.itemPassRate()));
    v.add(s.passedItems());
    v.add(s.failedItems());
    v.add(s.notApplicableItems());
    Rejections.values(v, buffer.getRejectedNull(), buffer.getRejectedInvalid());
    return RowFactory.create(v.toArray());
  }
}
