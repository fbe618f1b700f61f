package io.github.mot.scoring;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.RatingScale;
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
 * #add(int, int, int)}: integer comparisons and sums, and a table lookup per component for the
 * index range; it gives exactly the same state as adding the same ratings as doubles. Instances
 * are mutable and <b>not thread-safe</b>: one per thread, then merge, as {@link
 * FirstImpressionScorer#toSummary(RatingScale)} does on parallel streams.
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
   * The smallest and largest weighted sum of terms of the whole-number ratings added since the
   * last {@link #fold()}; the index is non-decreasing in it, so the extreme indexes are the
   * indexes of these extremes.
   */
  private double pendingMin = Double.POSITIVE_INFINITY;
  private double pendingMax = Double.NEGATIVE_INFINITY;
  /** [component][rating - min]: the scorer's terms of whole-number ratings; empty for wide scales. */
  private final double[][] terms;

  /** The widest scale whose terms are tabulated. */
  private static final int MAX_TABULATED_RANGE = 1024;

  FirstImpressionAccumulator(FirstImpressionScorer scorer, RatingScale scale) {
    this.scorer = scorer;
    this.scale = scale;
    int range = scale.range();
    if (range <= MAX_TABULATED_RANGE) {
      terms = new double[3][range + 1];
      for (int c = 0; c < 3; c++) {
        for (int j = 0; j <= range; j++) {
          terms[c][j] = scorer.term(c, scale, (double) scale.min() + j);
        }
      }
    } else {
      terms = new double[0][];
    }
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
      throw new IllegalArgumentException(
          "ratings scale must be the accumulator's scale " + scale + " but was " + ratings.scale());
    }
    addChecked(ratings.appearance(), ratings.behaviour(), ratings.communication());
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
    int min = scale.min();
    int max = scale.max();
    if (appearance < min || appearance > max || behaviour < min || behaviour > max
        || communication < min || communication > max) {
      scale.requireOnScale("appearance rating", appearance);
      scale.requireOnScale("behaviour rating", behaviour);
      scale.requireOnScale("communication rating", communication);
    }
    this.appearance.addWhole(appearance);
    this.behaviour.addWhole(behaviour);
    this.communication.addWhole(communication);
    count++;
    double u;
    if (terms.length == 3) {
      u = terms[0][appearance - min] + terms[1][behaviour - min] + terms[2][communication - min];
    } else {
      u = scorer.term(0, scale, appearance) + scorer.term(1, scale, behaviour)
          + scorer.term(2, scale, communication);
    }
    if (u < pendingMin) {
      pendingMin = u;
    }
    if (u > pendingMax) {
      pendingMax = u;
    }
    return this;
  }

  /** Moves the pending extremes of whole-number ratings into the index range. */
  private void fold() {
    if (pendingMin <= pendingMax) {
      minIndex = Math.min(minIndex, 100.0 * scorer.unitOfTerms(pendingMin));
      maxIndex = Math.max(maxIndex, 100.0 * scorer.unitOfTerms(pendingMax));
      pendingMin = Double.POSITIVE_INFINITY;
      pendingMax = Double.NEGATIVE_INFINITY;
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
      throw new IllegalArgumentException(
          "can only merge first impressions with the same scale and weights but had "
              + scale + " " + scorer + " and " + other.scale + " " + other.scorer);
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
