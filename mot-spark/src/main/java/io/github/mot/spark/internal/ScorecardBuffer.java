package io.github.mot.spark.internal;

import io.github.mot.scoring.ScorecardAccumulator;
import java.util.Objects;

/**
 * The aggregation buffer of {@code mot_scorecard}: a {@link ScorecardAccumulator} and the counts of
 * rejected rows. Spark keeps the buffer as this object while it aggregates a partition, and writes
 * it through its bean encoder only when it ships partial results between executors: the property
 * {@code tally} is then the accumulator's byte form ({@link ScorecardAccumulator#toBytes()}),
 * {@code rejectedNull} and {@code rejectedInvalid} are plain counts.
 *
 * <p>Not API. Mutable and <b>not thread-safe</b>, like the accumulator it holds; Spark uses a
 * buffer on one thread at a time.
 */
public final class ScorecardBuffer {

  private ScorecardAccumulator tally = ScorecardAccumulator.create();
  private long rejectedNull;
  private long rejectedInvalid;

  /** An empty buffer: no ratings, nothing rejected. Spark's bean encoder needs this constructor. */
  public ScorecardBuffer() {}

  /** The accumulator of the valid levels, for the aggregator. */
  ScorecardAccumulator accumulator() {
    return tally;
  }

  /** Counts one row whose level was null. */
  void rejectNull() {
    rejectedNull++;
  }

  /** Counts one row whose level was not a whole number in [-3, 3]. */
  void rejectInvalid() {
    rejectedInvalid++;
  }

  /**
   * Adds another buffer's tally and rejections to this one; {@code other} is unchanged.
   *
   * @param other the partial buffer
   * @return this buffer
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  ScorecardBuffer merge(ScorecardBuffer other) {
    tally.merge(other.tally);
    rejectedNull = Math.addExact(rejectedNull, other.rejectedNull);
    rejectedInvalid = Math.addExact(rejectedInvalid, other.rejectedInvalid);
    return this;
  }

  /**
   * The tally in the library's byte form, for Spark's encoder.
   *
   * @return the bytes of {@link ScorecardAccumulator#toBytes()}
   */
  public byte[] getTally() {
    return tally.toBytes();
  }

  /**
   * Replaces the tally with one read from its byte form, for Spark's encoder.
   *
   * @param bytes bytes written by {@link #getTally()}
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not a scorecard tally
   * @throws NullPointerException if {@code bytes} is null
   */
  public void setTally(byte[] bytes) {
    tally = ScorecardAccumulator.fromBytes(Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * The number of rows rejected because their level was null.
   *
   * @return the count, {@code >= 0}
   */
  public long getRejectedNull() {
    return rejectedNull;
  }

  /**
   * Sets the number of rows rejected because their level was null, for Spark's encoder.
   *
   * @param count the count
   */
  public void setRejectedNull(long count) {
    rejectedNull = count;
  }

  /**
   * The number of rows rejected because their level was not a whole number in [-3, 3].
   *
   * @return the count, {@code >= 0}
   */
  public long getRejectedInvalid() {
    return rejectedInvalid;
  }

  /**
   * Sets the number of rows rejected because their level was not a whole number in [-3, 3], for
   * Spark's encoder.
   *
   * @param count the count
   */
  public void setRejectedInvalid(long count) {
    rejectedInvalid = count;
  }
}
