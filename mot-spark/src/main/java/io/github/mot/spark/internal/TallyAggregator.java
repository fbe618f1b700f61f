package io.github.mot.spark.internal;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * What every MOT aggregator shares: its buffers are {@link TallyBuffer}s, which merge their tallies
 * and rejection counts and which Spark ships through their bean encoder (the accumulator's byte
 * form and the two counts), and its result is a row of a fixed struct type. A subclass says how a
 * row is added ({@code reduce}) and how the merged tally becomes the result ({@code finish}).
 *
 * <p>Not API. Immutable and thread-safe: its state is the buffer class, the result's schema and the
 * mode (all serializable, so Spark ships the aggregator to executors); the buffers are not.
 *
 * @param <I> the input of one row (a nullable value for a one-argument function)
 * @param <A> the accumulator
 * @param <B> the buffer
 */
public abstract class TallyAggregator<I extends @Nullable Object, A, B extends TallyBuffer<A>>
    extends Aggregator<I, B, Row> {

  private static final long serialVersionUID = 1L;

  private final Class<B> bufferType;
  private final StructType schema;

  /** Whether a bad row throws (strict) instead of being counted (lenient). */
  final boolean strict;

  /**
   * An aggregator of buffers of a class and results of a schema.
   *
   * @param bufferType the buffer class, a bean with a public no-argument constructor
   * @param schema the result's struct type
   * @param strict whether a bad row throws instead of being counted
   */
  TallyAggregator(Class<B> bufferType, StructType schema, boolean strict) {
    this.bufferType = bufferType;
    this.schema = schema;
    this.strict = strict;
  }

  /**
   * Merges two partial buffers: the tallies and the rejection counts.
   *
   * @param b1 the buffer merged into
   * @param b2 the other buffer, unchanged
   * @return {@code b1}
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  @Override
  public final B merge(B b1, B b2) {
    return b1.mergeBuffer(b1, b2);
  }

  /**
   * The buffer's encoder: Spark's bean encoder of the buffer class, whose state is the
   * accumulator's byte form and the two rejection counts.
   *
   * @return the encoder
   */
  @Override
  public final Encoder<B> bufferEncoder() {
    return Encoders.bean(bufferType);
  }

  /**
   * The result's encoder: rows of the aggregator's struct type.
   *
   * @return the encoder
   */
  @Override
  public final Encoder<Row> outputEncoder() {
    return Encoders.row(schema);
  }
}
