package io.github.mot.spark.internal;

import io.github.mot.core.RatingScale;
import io.github.mot.scoring.FirstImpressionAccumulator;
import java.util.Objects;

/**
 * The aggregation buffer of {@code mot_first_impression}: a {@link FirstImpressionAccumulator} (its
 * scale and weights included) and the counts of rejected rows. Spark keeps the buffer as this object
 * while it aggregates a partition, and writes it through its bean encoder only when it ships
 * partial results between executors: the property {@code tally} is then the accumulator's byte form
 * ({@link FirstImpressionAccumulator#toBytes()}), {@code rejectedNull} and {@code rejectedInvalid}
 * are plain counts.
 *
 * <p>Not API. Mutable and <b>not thread-safe</b>, like the accumulator it holds; Spark uses a
 * buffer on one thread at a time.
 */
public final class FirstImpressionBuffer {

  private FirstImpressionAccumulator tally;
  private long rejectedNull;
  private long rejectedInvalid;

  /**
   * A buffer for Spark's bean encoder, which sets the tally read from its bytes right after: until
   * then it holds an empty tally on the 7-point scale with the standard weights.
   */
  public FirstImpressionBuffer() {
    this(FirstImpressionAccumulator.create(RatingScale.SEVEN_POINT));
  }

  /** A buffer around an empty accumulator of the aggregator's scale and weights. */
  FirstImpressionBuffer(FirstImpressionAccumulator empty) {
    this.tally = empty;
  }

  /** The accumulator of the valid ratings, for the aggregator. */
  FirstImpressionAccumulator accumulator() {
    return tally;
  }

  /** Counts one row with a null rating. */
  void rejectNull() {
    rejectedNull++;
  }

  /** Counts one row with a rating off the scale. */
  void rejectInvalid() {
    rejectedInvalid++;
  }

  /**
   * Adds another buffer's tally and rejections to this one; {@code other} is unchanged.
   *
   * @param other the partial buffer, of the same scale and weights
   * @return this buffer
   * @throws IllegalArgumentException if the scales or weights differ
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  FirstImpressionBuffer merge(FirstImpressionBuffer other) {
    tally.merge(other.tally);
    rejectedNull = Math.addExact(rejectedNull, other.rejectedNull);
    rejectedInvalid = Math.addExact(rejectedInvalid, other.rejectedInvalid);
    return this;
  }

  /**
   * The tally in the library's byte form, for Spark's encoder.
   *
   * @return the bytes of {@link FirstImpressionAccumulator#toBytes()}
   */
  public byte[] getTally() {
    return tally.toBytes();
  }

  /**
   * Replaces the tally with one read from its byte form, for Spark's encoder.
   *
   * @param bytes bytes written by {@link #getTally()}
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not a first impression
   *     tally
   * @throws NullPointerException if {@code bytes} is null
   */
  public void setTally(byte[] bytes) {
    tally = FirstImpressionAccumulator.fromBytes(Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * The number of rows rejected because a rating was null.
   *
   * @return the count, {@code >= 0}
   */
  public long getRejectedNull() {
    return rejectedNull;
  }

  /**
   * Sets the number of rows rejected because a rating was null, for Spark's encoder.
   *
   * @param count the count
   */
  public void setRejectedNull(long count) {
    rejectedNull = count;
  }

  /**
   * The number of rows rejected because a rating was off the scale (or NaN).
   *
   * @return the count, {@code >= 0}
   */
  public long getRejectedInvalid() {
    return rejectedInvalid;
  }

  /**
   * Sets the number of rows rejected because a rating was off the scale, for Spark's encoder.
   *
   * @param count the count
   */
  public void setRejectedInvalid(long count) {
    rejectedInvalid = count;
  }
}
