package io.github.mot.scoring;

import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.internal.Preconditions;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;

/**
 * A mutable tally of MOT scorecard ratings (-3..+3): seven {@code long} counters, one per level.
 * {@link #summary()} takes an immutable {@link ScorecardSummary} snapshot with the count, mean,
 * shares, net score and Wilson intervals.
 *
 * <p>The hot path allocates nothing: {@link #add(int)} and {@link #add(ScorecardLevel)} increment
 * one element of a {@code long[7]}. Counts are exact, so {@link #merge(ScorecardAccumulator)} is
 * associative and commutative and the summary of any split of the data, merged, equals the
 * summary of the whole, whatever the order or the number of threads.
 *
 * <p>{@link #toBytes()} writes the tally in the library's versioned byte form (seven varints
 * behind a 5-byte header and a 4-byte checksum: 16 bytes for up to 127 ratings per level, at most
 * 79), and {@link #fromBytes(byte[])} reads it back exactly, for engines that ship partial tallies
 * between machines (docs/byte-form.md).
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: use one accumulator per thread and merge
 * them, as {@link #toSummary()} does on parallel streams.
 *
 * @since 0.1.0
 */
public final class ScorecardAccumulator {

  private static final int LEVELS = ScorecardLevel.MAX - ScorecardLevel.MIN + 1;

  final long[] counts = new long[LEVELS];

  private ScorecardAccumulator() {}

  /**
   * A new, empty accumulator.
   *
   * @return an accumulator with no ratings
   */
  public static ScorecardAccumulator create() {
    return new ScorecardAccumulator();
  }

  /**
   * Adds one rating.
   *
   * @param level the scorecard level
   * @return this accumulator
   * @throws NullPointerException if {@code level} is null
   */
  public ScorecardAccumulator add(ScorecardLevel level) {
    counts[level.value() - ScorecardLevel.MIN]++;
    return this;
  }

  /**
   * Adds one rating given as its integer value.
   *
   * @param level the level, -3..+3
   * @return this accumulator
   * @throws IllegalArgumentException if {@code level} is outside [-3, 3]; the accumulator is
   *     unchanged
   */
  public ScorecardAccumulator add(int level) {
    counts[index(level)]++;
    return this;
  }

  /**
   * Adds {@code times} ratings of the same level, for example a count from a database {@code
   * GROUP BY level}.
   *
   * @param level the level, -3..+3
   * @param times how many ratings, {@code >= 0}
   * @return this accumulator
   * @throws IllegalArgumentException if {@code level} is outside [-3, 3] or {@code times < 0}
   * @throws ArithmeticException if the count overflows a {@code long}
   */
  public ScorecardAccumulator add(int level, long times) {
    int i = index(level);
    if (times < 0) {
      throw Preconditions.invalid("times", ">= 0", times);
    }
    counts[i] = Math.addExact(counts[i], times);
    return this;
  }

  static int index(int level) {
    // the hot path of every add: a plain comparison, the message only built when it fails
    if (level < ScorecardLevel.MIN || level > ScorecardLevel.MAX) {
      throw Preconditions.invalid("scorecard level", "in [-3, 3]", level);
    }
    return level - ScorecardLevel.MIN;
  }

  /**
   * Adds all ratings of another accumulator to this one; {@code other} is unchanged.
   *
   * @param other the partial tally to add
   * @return this accumulator
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ScorecardAccumulator merge(ScorecardAccumulator other) {
    Objects.requireNonNull(other, "other");
    for (int i = 0; i < LEVELS; i++) {
      counts[i] = Math.addExact(counts[i], other.counts[i]);
    }
    return this;
  }

  /**
   * Adds all ratings of a summary to this accumulator.
   *
   * @param summary the summary to add
   * @return this accumulator
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ScorecardAccumulator merge(ScorecardSummary summary) {
    for (int i = 0; i < LEVELS; i++) {
      counts[i] = Math.addExact(counts[i], summary.countAt(i));
    }
    return this;
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 1, format version 1, the count of each
   * level from -3 to +3 as an unsigned varint, and a CRC-32C (docs/byte-form.md). Equal tallies
   * give equal bytes, so {@code fromBytes(a.toBytes()).merge(fromBytes(b.toBytes())).toBytes()}
   * equals {@code a.merge(b).toBytes()}.
   *
   * @return a new array of 16 to 79 bytes
   * @since 0.4.0
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.SCORECARD, this::write);
  }

  /**
   * Reads a tally written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept (the accumulator copies what it needs)
   * @return a new accumulator with exactly the counts written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     scorecard accumulator: another program's or another accumulator's bytes, a newer format
   *     version, bytes changed or cut (the checksum), or bytes left over
   * @throws NullPointerException if {@code bytes} is null
   * @since 0.4.0
   */
  public static ScorecardAccumulator fromBytes(byte[] bytes) {
    return ByteForm.read(bytes, ByteForm.Kind.SCORECARD, in -> new ScorecardAccumulator().read(in));
  }

  /** Writes the seven counts. */
  void write(ByteForm.Writer out) {
    for (long c : counts) {
      out.count(c);
    }
  }

  private static final String[] COUNT_FIELDS = {"the count at level -3", "the count at level -2",
      "the count at level -1", "the count at level 0", "the count at level +1", "the count at level +2",
      "the count at level +3"};

  /** Reads the seven counts into this empty accumulator, and returns it. */
  ScorecardAccumulator read(ByteForm.Reader in) {
    for (int i = 0; i < LEVELS; i++) {
      counts[i] = in.count(COUNT_FIELDS[i]);
    }
    return this;
  }

  /**
   * The number of ratings added so far.
   *
   * @return the count, {@code >= 0}
   */
  public long count() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /**
   * An immutable snapshot of the tally; later additions do not change it.
   *
   * @return the summary (possibly empty)
   */
  public ScorecardSummary summary() {
    return ScorecardSummary.ofCounts(counts);
  }

  /**
   * A collector of scorecard levels into a summary; works on parallel streams (one accumulator
   * per thread, merged).
   *
   * @return the collector
   */
  public static Collector<ScorecardLevel, ScorecardAccumulator, ScorecardSummary> toSummary() {
    return Collecting.unordered(
        ScorecardAccumulator::new, ScorecardAccumulator::add,
        ScorecardAccumulator::merge, ScorecardAccumulator::summary);
  }

  /**
   * A collector of any elements into a summary of their integer levels, for example {@code
   * toSummary(Survey::score)}; works on parallel streams.
   *
   * @param <T> the element type
   * @param level the level of an element, -3..+3
   * @return the collector; it throws {@link IllegalArgumentException} for a level outside
   *     [-3, 3]
   */
  public static <T> Collector<T, ScorecardAccumulator, ScorecardSummary> toSummary(
      ToIntFunction<? super T> level) {
    Objects.requireNonNull(level, "level");
    return Collecting.unordered(
        ScorecardAccumulator::new, (a, t) -> a.add(level.applyAsInt(t)),
        ScorecardAccumulator::merge, ScorecardAccumulator::summary);
  }

  /** The current tally as a summary table (see {@link ScorecardSummary#toString()}). */
  @Override
  public String toString() {
    return "ScorecardAccumulator: " + summary();
  }
}
