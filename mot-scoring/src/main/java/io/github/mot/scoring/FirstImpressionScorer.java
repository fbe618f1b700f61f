package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.RatingScale;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Scores the first impression of a contact from its ABC ratings (appearance, behaviour,
 * communication) and ABC weights (52/33/15 by default).
 *
 * <p>Formulas, with weights {@code w_c}, ratings {@code r_c} on a scale {@code [min, max]} and
 * {@code u_c = (r_c - min) / (max - min)} each rating normalised to [0, 1]:
 *
 * <pre>
 *   index = 100 x sum(w_c u_c) / sum(w_c)            (0..100)
 *   score = min + (max - min) x index / 100          (= sum(w_c r_c) / sum(w_c), on the scale)
 * </pre>
 *
 * <p>The weights sum to 1 within 1e-9 ({@link AbcWeights}); dividing by their actual sum makes the
 * index a true weighted mean, so rounding can never carry it outside [0, 100] or the score
 * outside the scale, and the index is non-decreasing in each rating. See {@link FirstImpression}
 * for each component's contribution and lost points.
 *
 * <p>Hot path: {@link #index(AbcRatings)} and {@link #weightedScore(AbcRatings)} return a
 * {@code double} and allocate nothing; {@link #score(AbcRatings)} builds a full result.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FirstImpressionScorer extends ResultValue {

  /** The scorer with the standard weights 0.52 / 0.33 / 0.15 ({@link AbcWeights#STANDARD}). */
  public static final FirstImpressionScorer STANDARD = new FirstImpressionScorer(AbcWeights.STANDARD);

  private final AbcWeights weights;
  private final double wa;
  private final double wb;
  private final double wc;
  private final double sum;

  private FirstImpressionScorer(AbcWeights weights) {
    this.weights = weights;
    this.wa = weights.appearance();
    this.wb = weights.behaviour();
    this.wc = weights.communication();
    this.sum = wa + wb + wc;
  }

  /**
   * A scorer with the given weights.
   *
   * @param weights the ABC weights
   * @return the scorer
   * @throws NullPointerException if {@code weights} is null
   */
  public static FirstImpressionScorer of(AbcWeights weights) {
    return new FirstImpressionScorer(Objects.requireNonNull(weights, "weights"));
  }

  /**
   * A copy of this scorer with other weights.
   *
   * @param weights the ABC weights
   * @return the new scorer
   */
  public FirstImpressionScorer withWeights(AbcWeights weights) {
    return of(weights);
  }

  /**
   * The weights.
   *
   * @return the ABC weights
   */
  public AbcWeights weights() {
    return weights;
  }

  /**
   * The first-impression index, without building a result.
   *
   * @param ratings the ratings
   * @return the index in [0, 100]
   */
  public double index(AbcRatings ratings) {
    RatingScale s = ratings.scale();
    return 100.0 * unit(s, ratings.appearance(), ratings.behaviour(), ratings.communication());
  }

  /**
   * The weighted score on the ratings' own scale, without building a result.
   *
   * @param ratings the ratings
   * @return the score in {@code [scale.min, scale.max]}
   */
  public double weightedScore(AbcRatings ratings) {
    RatingScale s = ratings.scale();
    return s.min()
        + s.range() * unit(s, ratings.appearance(), ratings.behaviour(), ratings.communication());
  }

  /** The weighted mean of the normalised ratings, in [0, 1]; ratings are on the scale. */
  double unit(RatingScale s, double a, double b, double c) {
    double min = s.min();
    double range = s.range();
    double u = wa * ((a - min) / range) + wb * ((b - min) / range) + wc * ((c - min) / range);
    // Clamped to [0, 1] against an ulp of rounding; Math.max also turns -0.0 into 0.0.
    return Math.max(0.0, Math.min(1.0, u / sum));
  }

  /**
   * Scores one contact: weighted score, index and the contribution of each component.
   *
   * @param ratings the ratings
   * @return the first impression
   */
  public FirstImpression score(AbcRatings ratings) {
    return Results.Impression.of(this, Objects.requireNonNull(ratings, "ratings"));
  }

  /**
   * A new, empty accumulator of ratings on {@code scale}.
   *
   * @param scale the scale every added rating must be on
   * @return the accumulator
   */
  public FirstImpressionAccumulator accumulator(RatingScale scale) {
    return new FirstImpressionAccumulator(this, Objects.requireNonNull(scale, "scale"));
  }

  /**
   * A collector of ratings on {@code scale} into a summary; works on parallel streams.
   *
   * @param scale the scale of the ratings
   * @return the collector; it throws {@link IllegalArgumentException} for ratings on another
   *     scale
   */
  public Collector<AbcRatings, FirstImpressionAccumulator, FirstImpressionSummary> toSummary(
      RatingScale scale) {
    Objects.requireNonNull(scale, "scale");
    return Collecting.unordered(
        () -> accumulator(scale), FirstImpressionAccumulator::add,
        FirstImpressionAccumulator::merge, FirstImpressionAccumulator::summary);
  }

  /** Equal when the weights are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {weights};
  }

  /** For example {@code "FirstImpressionScorer(appearance 0.52, behaviour 0.33, communication 0.15)"}. */
  @Override
  public String toString() {
    return "FirstImpressionScorer(appearance "
        + wa
        + ", behaviour "
        + wb
        + ", communication "
        + wc
        + ")";
  }
}
