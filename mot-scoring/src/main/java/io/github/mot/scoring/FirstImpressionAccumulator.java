package io.github.mot.scoring;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.internal.Preconditions;
import java.util.Arrays;
import java.util.Objects;

/**
 * A mutable tally of first-impression ratings on one scale, for one {@link
 * FirstImpressionScorer}; {@link #summary()} takes an immutable {@link FirstImpressionSummary}.
 *
 * <p>Exactness: the index is linear in the ratings, so the mean index is the index of the mean
 * ratings. The accumulator therefore keeps, per component, the <b>exact</b> sum of the ratings in
 * fixed point (integer ratings, and all ratings of magnitude at least 1, are added without any
 * rounding; other ratings are rounded once to a multiple of 2<sup>-52</sup>) plus a {@code long}
 * count. The state after any sequence of adds and merges is therefore the same whatever the
 * order, the split of the data or the number of threads, and so is every number of the summary.
 * Minimum and maximum index are order-free too.
 *
 * <p>Adding allocates nothing. Whole-number ratings, the usual case, have a faster path, {@link
 * #add(int, int, int)}: on scales of up to {@value #MAX_COUNTED_POINTS} points (ratings of
 * magnitude at most 1000) it counts each combination of the three ratings (one increment into
 * counters made with the accumulator, 8 bytes per combination: 1 KB on a 5-point scale) and turns
 * the counts into the count, the sums and the index range when {@link #count()}, a summary or a
 * merge needs them. It gives exactly the same state as adding the same ratings as doubles.
 * {@link #add(AbcRatings)} takes the same path when all three ratings are whole numbers.
 * Instances are mutable and <b>not thread-safe</b>: one per thread, then merge, as {@link
 * FirstImpressionScorer#toSummary(RatingScale)} does on parallel streams.
 *
 * <p>{@link #toBytes()} writes the tally (weights, scale, count, exact sums, index range) in the
 * library's versioned byte form, 58 to 130 bytes, and {@link #fromBytes(byte[])} reads it back
 * exactly, for engines that ship partial tallies between machines (docs/byte-form.md).
 *
 * @since 0.1.0
 */
public final class FirstImpressionAccumulator {

  final FirstImpressionScorer scorer;
  final RatingScale scale;
  long count;
  final ExactSum appearance = new ExactSum();
  final ExactSum behaviour = new ExactSum();
  final ExactSum communication = new ExactSum();
  double minIndex = Double.POSITIVE_INFINITY;
  double maxIndex = Double.NEGATIVE_INFINITY;
  /**
   * The number of contacts with each combination of whole-number ratings added since the last
   * {@link #fold()}, at {@code ((a - min) x points + (b - min)) x points + (c - min)}; empty when
   * the scale is too wide to count combinations.
   */
  private final long[] combinations;
  /** The most points a scale may have for whole-number ratings to be counted by combination. */
  static final int MAX_COUNTED_POINTS = 11;
  /**
   * The largest magnitude of a counted rating: the deferred sums then cannot overflow before the
   * count itself (over 9 x 10^15 contacts), as with ratings added one by one.
   */
  private static final long MAX_COUNTED_RATING = 1000;

  /** The scale's bounds and number of points, read once. */
  private final int min;
  private final int max;
  private final int points;

  FirstImpressionAccumulator(FirstImpressionScorer scorer, RatingScale scale) {
    this.scorer = scorer;
    this.scale = scale;
    this.min = scale.min();
    this.max = scale.max();
    this.points = scale.points();
    boolean countable = points <= MAX_COUNTED_POINTS
        && Math.max(Math.abs((long) min), Math.abs((long) max)) <= MAX_COUNTED_RATING;
    this.combinations = new long[countable ? points * points * points : 0];
  }

  /**
   * A new, empty accumulator of ratings on {@code scale}, scored with the standard weights
   * ({@link FirstImpressionScorer#STANDARD}); for other weights use {@link
   * FirstImpressionScorer#accumulator(RatingScale)}. There is no {@code create()} without a
   * scale: the scale fixes the index of every rating added.
   *
   * @param scale the scale every added rating must be on
   * @return the accumulator
   * @throws NullPointerException if {@code scale} is null
   * @since 0.3.0
   */
  public static FirstImpressionAccumulator create(RatingScale scale) {
    return FirstImpressionScorer.STANDARD.accumulator(scale);
  }

  /**
   * The scale of the ratings.
   *
   * @return the scale fixed at creation
   */
  public RatingScale scale() {
    return scale;
  }

  /**
   * Adds the ratings of one contact.
   *
   * @param ratings the ratings, on this accumulator's scale
   * @return this accumulator
   * @throws IllegalArgumentException if the ratings are on another scale
   */
  public FirstImpressionAccumulator add(AbcRatings ratings) {
    if (!ratings.scale().equals(scale)) {
      throw Preconditions.invalid("ratings scale", "the accumulator's scale " + scale, ratings.scale());
    }
    double a = ratings.appearance();
    double b = ratings.behaviour();
    double c = ratings.communication();
    int wa = (int) a;
    int wb = (int) b;
    int wc = (int) c;
    if (wa == a && wb == b && wc == c && combinations.length != 0) {
      // whole numbers on the scale (AbcRatings checked it): count the combination
      combinations[((wa - min) * points + wb - min) * points + wc - min]++;
    } else {
      addChecked(a, b, c);
    }
    return this;
  }

  /**
   * Adds the ratings of one contact given as plain numbers.
   *
   * @param appearance the appearance rating, on the scale
   * @param behaviour the behaviour rating, on the scale
   * @param communication the communication rating, on the scale
   * @return this accumulator
   * @throws IllegalArgumentException if a rating is NaN or not on the scale (nothing is added)
   */
  public FirstImpressionAccumulator add(double appearance, double behaviour, double communication) {
    scale.requireOnScale("appearance rating", appearance);
    scale.requireOnScale("behaviour rating", behaviour);
    scale.requireOnScale("communication rating", communication);
    addChecked(appearance, behaviour, communication);
    return this;
  }

  /**
   * Adds the ratings of one contact given as whole numbers: the fast path for columnar data
   * (ratings in {@code int[]} or {@code byte[]} columns). The result is exactly that of {@link
   * #add(double, double, double)} with the same values.
   *
   * @param appearance the appearance rating, on the scale
   * @param behaviour the behaviour rating, on the scale
   * @param communication the communication rating, on the scale
   * @return this accumulator
   * @throws IllegalArgumentException if a rating is not on the scale (nothing is added)
   * @since 0.1.0
   */
  public FirstImpressionAccumulator add(int appearance, int behaviour, int communication) {
    int min = this.min;
    int max = this.max;
    if (appearance < min || appearance > max || behaviour < min || behaviour > max
        || communication < min || communication > max) {
      scale.requireOnScale("appearance rating", appearance);
      scale.requireOnScale("behaviour rating", behaviour);
      scale.requireOnScale("communication rating", communication);
    }
    int points = this.points;
    long[] counts = combinations;
    if (counts.length == 0) {
      addChecked(appearance, behaviour, communication);
      return this;
    }
    counts[((appearance - min) * points + behaviour - min) * points + communication - min]++;
    return this;
  }

  /** Whether whole-number ratings of this scale are counted by combination ({@link #add(long[], int)}). */
  boolean countsCombinations() {
    return combinations.length != 0;
  }

  /** Moves the counted combinations of whole-number ratings into the count, the sums and the index range. */
  private void fold() {
    long[] counts = combinations;
    if (counts.length != 0) {
      add(counts, 0);
      Arrays.fill(counts, 0L);
    }
  }

  /**
   * Adds contacts counted by combination of whole-number ratings on this scale: {@code
   * counts[offset + ((a - min) x points + (b - min)) x points + (c - min)]} contacts rated {@code
   * (a, b, c)}, for every combination; as many {@link #add(int, int, int)} calls would add.
   *
   * @param counts the counts
   * @param offset where this accumulator's combinations start
   */
  void add(long[] counts, int offset) {
    int cube = points * points * points;
    for (int i = 0; i < cube; i++) {
      long n = counts[offset + i];
      if (n != 0) {
        count = Math.addExact(count, n);
        int a = min + i / (points * points);
        int b = min + i / points % points;
        int c = min + i % points;
        appearance.addWhole(Math.multiplyExact(n, a));
        behaviour.addWhole(Math.multiplyExact(n, b));
        communication.addWhole(Math.multiplyExact(n, c));
        double index = 100.0 * scorer.unit(scale, a, b, c);
        minIndex = Math.min(minIndex, index);
        maxIndex = Math.max(maxIndex, index);
      }
    }
  }

  private void addChecked(double a, double b, double c) {
    this.appearance.add("appearance rating", a);
    this.behaviour.add("behaviour rating", b);
    this.communication.add("communication rating", c);
    count++;
    double index = 100.0 * scorer.unit(scale, a, b, c);
    minIndex = Math.min(minIndex, index);
    maxIndex = Math.max(maxIndex, index);
  }

  /**
   * Adds another tally to this one; {@code other} is unchanged.
   *
   * @param other the partial tally, with the same scale and weights
   * @return this accumulator
   * @throws IllegalArgumentException if scale or weights differ
   */
  public FirstImpressionAccumulator merge(FirstImpressionAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!other.scale.equals(scale) || !other.scorer.equals(scorer)) {
      throw Preconditions.unmet("merged first impressions", "have the same scale and weights",
          "had " + scale + " " + scorer + " and " + other.scale + " " + other.scorer);
    }
    fold();
    other.fold(); // its observable state is unchanged
    count = Math.addExact(count, other.count);
    appearance.merge(other.appearance);
    behaviour.merge(other.behaviour);
    communication.merge(other.communication);
    minIndex = Math.min(minIndex, other.minIndex);
    maxIndex = Math.max(maxIndex, other.maxIndex);
    return this;
  }

  /**
   * The number of contacts added.
   *
   * @return the count
   */
  public long count() {
    fold();
    return count;
  }

  /**
   * An immutable snapshot.
   *
   * @return the summary (possibly empty)
   */
  public FirstImpressionSummary summary() {
    fold();
    return new FirstImpressionSummary(this);
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 3, format version 1; the three weights
   * (8-byte reals), the scale's minimum and maximum (zig-zag varints), the count, the exact sum of
   * each component's ratings (its whole part zig-zag encoded and its fraction in units of
   * 2<sup>-52</sup>), the lowest and highest index (reals); then a CRC-32C (docs/byte-form.md).
   * Equal tallies give equal bytes, however the ratings came in (one by one, as whole numbers, by
   * merging).
   *
   * @return a new array of 58 bytes (empty) to 130; 69 for a million contacts on a 5-point scale
   * @since 0.4.0
   */
  public byte[] toBytes() {
    fold();
    AbcWeights w = scorer.weights();
    return ByteForm.write(ByteForm.Kind.FIRST_IMPRESSION, out -> {
      out.real(w.appearance()).real(w.behaviour()).real(w.communication()).signed(min).signed(max).count(count);
      appearance.write(out);
      behaviour.write(out);
      communication.write(out);
      out.real(minIndex).real(maxIndex);
    });
  }

  /**
   * Reads a tally written by {@link #toBytes()}, with its weights and scale.
   *
   * @param bytes the byte form; not kept
   * @return a new accumulator with exactly the state written: its summary, and every merge with
   *     it, are those of the accumulator that wrote the bytes
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     first impression accumulator: another program's or another accumulator's bytes, a newer
   *     format version, bytes changed or cut (the checksum), invalid weights or scale, a sum
   *     outside what the count and scale allow, an index range outside [0, 100], or bytes left
   *     over
   * @throws NullPointerException if {@code bytes} is null
   * @since 0.4.0
   */
  public static FirstImpressionAccumulator fromBytes(byte[] bytes) {
    return ByteForm.read(bytes, ByteForm.Kind.FIRST_IMPRESSION, FirstImpressionAccumulator::read);
  }

  private static FirstImpressionAccumulator read(ByteForm.Reader in) {
    double wa = in.real("the appearance weight");
    double wb = in.real("the behaviour weight");
    double wc = in.real("the communication weight");
    AbcWeights weights;
    try {
      weights = AbcWeights.of(wa, wb, wc);
    } catch (IllegalArgumentException e) {
      throw in.malformed("the weights are not valid: " + e.getMessage());
    }
    long lo = in.signed("the scale's minimum");
    long hi = in.signed("the scale's maximum");
    RatingScale scale;
    try {
      scale = RatingScale.of(Math.toIntExact(lo), Math.toIntExact(hi));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw in.malformed("the scale [" + lo + ", " + hi + "] is not valid: " + e.getMessage());
    }
    FirstImpressionAccumulator a = FirstImpressionScorer.of(weights).accumulator(scale);
    a.count = in.count("the count");
    a.appearance.read(in, "the sum of appearance ratings", a.count, lo, hi);
    a.behaviour.read(in, "the sum of behaviour ratings", a.count, lo, hi);
    a.communication.read(in, "the sum of communication ratings", a.count, lo, hi);
    a.minIndex = in.real("the lowest index");
    a.maxIndex = in.real("the highest index");
    in.range("the index range", a.minIndex, a.maxIndex, a.count, "contacts", 0, 100);
    return a;
  }

  FirstImpressionAccumulator copy() {
    FirstImpressionAccumulator c = new FirstImpressionAccumulator(scorer, scale);
    return c.merge(this);
  }

  /** The current tally (see {@link FirstImpressionSummary#toString()}). */
  @Override
  public String toString() {
    return "FirstImpressionAccumulator: " + summary();
  }
}
