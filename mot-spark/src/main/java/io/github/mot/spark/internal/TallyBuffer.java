package io.github.mot.spark.internal;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An aggregation buffer: an accumulator of the library and the counts of the rows rejected beside
 * it (the rows whose value was null, and those whose value the library refused). Spark keeps the
 * buffer as this object while it aggregates a partition, and writes it through its bean encoder only
 * when it ships partial results between executors: the property {@code tally} is then the
 * accumulator's byte form ({@code toBytes()}), {@code rejectedNull} and {@code rejectedInvalid} are
 * plain counts.
 *
 * <p>Not API. Mutable and <b>not thread-safe</b>, like the accumulator it holds; Spark uses a buffer
 * on one thread at a time.
 *
 * @param <A> the accumulator
 */
public abstract class TallyBuffer<A> {

  /**
   * How an accumulator is written, read and merged: its {@code toBytes}, {@code fromBytes} and
   * {@code merge}.
   *
   * @param <A> the accumulator
   * @param write the byte form of an accumulator
   * @param read the accumulator of a byte form; throws {@code MalformedBytesException}
   * @param merge adds the second accumulator to the first
   */
  record Codec<A>(Function<A, byte[]> write, Function<byte[], A> read, BiConsumer<A, A> merge) {}

  private final Codec<A> codec;
  private A tally;
  private long rejectedNull;
  private long rejectedInvalid;

  /**
   * A buffer around an empty accumulator, nothing rejected.
   *
   * @param codec how the accumulator is written, read and merged
   * @param empty the accumulator
   */
  TallyBuffer(Codec<A> codec, A empty) {
    this.codec = codec;
    this.tally = empty;
  }

  /** The accumulator of the valid values, for the aggregator. */
  final A accumulator() {
    return tally;
  }

  /** Counts one row whose value was null. */
  final void rejectNull() {
    rejectedNull++;
  }

  /** Counts one row whose value the library refused. */
  final void rejectInvalid() {
    rejectedInvalid++;
  }

  /**
   * Adds another buffer's tally and rejections to this one; {@code other} is unchanged.
   *
   * @throws IllegalArgumentException if the accumulators cannot merge (other scales or weights)
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  final <B extends TallyBuffer<A>> B mergeBuffer(B self, TallyBuffer<A> other) {
    codec.merge().accept(tally, other.tally);
    rejectedNull = Math.addExact(rejectedNull, other.rejectedNull);
    rejectedInvalid = Math.addExact(rejectedInvalid, other.rejectedInvalid);
    return self;
  }

  /**
   * The tally in the library's byte form, for Spark's encoder.
   *
   * @return the accumulator's {@code toBytes()}
   */
  public final byte[] getTally() {
    return codec.write().apply(tally);
  }

  /**
   * Replaces the tally with one read from its byte form, for Spark's encoder.
   *
   * @param bytes bytes written by {@link #getTally()}
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not this accumulator's
   * @throws NullPointerException if {@code bytes} is null
   */
  public final void setTally(byte[] bytes) {
    tally = codec.read().apply(Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * The number of rows rejected because their value was null.
   *
   * @return the count, {@code >= 0}
   */
  public final long getRejectedNull() {
    return rejectedNull;
  }

  /**
   * Sets the number of rows rejected because their value was null, for Spark's encoder.
   *
   * @param count the count
   */
  public final void setRejectedNull(long count) {
    rejectedNull = count;
  }

  /**
   * The number of rows rejected because the library refused their value (a level not a whole
   * number in [-3, 3], a rating off the scale or NaN).
   *
   * @return the count, {@code >= 0}
   */
  public final long getRejectedInvalid() {
    return rejectedInvalid;
  }

  /**
   * Sets the number of rows rejected because the library refused their value, for Spark's encoder.
   *
   * @param count the count
   */
  public final void setRejectedInvalid(long count) {
    rejectedInvalid = count;
  }
}
