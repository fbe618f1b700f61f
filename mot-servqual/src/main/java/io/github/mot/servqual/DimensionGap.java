package io.github.mot.servqual;

import java.util.List;
import java.util.Objects;

/**
 * The gap of one dimension, computed on each respondent's dimension means (the mean of the
 * dimension's items): mean expectation, mean perception, the gap {@code P - E} with its paired t
 * test, and Cronbach's alpha of the dimension's items for E, for P and for the gap scores. All rest
 * on the {@code n} respondents who answered every E and P of the dimension (pairwise) or on the
 * complete cases (listwise).
 *
 * @param dimension the dimension
 * @param itemIds the 1-based ids of its items
 * @param n the respondents used
 * @param meanExpectation mean of the respondents' mean E
 * @param sdExpectation sample standard deviation of the respondents' mean E
 * @param meanPerception mean of the respondents' mean P
 * @param sdPerception sample standard deviation of the respondents' mean P
 * @param gap the dimension gap: mean, standard deviation, paired t, p and confidence interval
 * @param expectationReliability alpha and item statistics of the E answers
 * @param perceptionReliability alpha and item statistics of the P answers
 * @param gapReliability alpha and item statistics of the item gaps {@code P - E}
 * @since 0.1.0
 */
public record DimensionGap(
    Dimension dimension,
    List<Integer> itemIds,
    long n,
    double meanExpectation,
    double sdExpectation,
    double meanPerception,
    double sdPerception,
    MeanEstimate gap,
    Reliability expectationReliability,
    Reliability perceptionReliability,
    Reliability gapReliability) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DimensionGap {
    Objects.requireNonNull(dimension, "dimension");
    itemIds = List.copyOf(itemIds);
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(expectationReliability, "expectationReliability");
    Objects.requireNonNull(perceptionReliability, "perceptionReliability");
    Objects.requireNonNull(gapReliability, "gapReliability");
  }

  /**
   * Cronbach's alpha of the dimension's expectation items.
   *
   * @return alpha, at most 1, NaN where undefined
   */
  public double alphaExpectation() {
    return expectationReliability.alpha();
  }

  /**
   * Cronbach's alpha of the dimension's perception items.
   *
   * @return alpha, at most 1, NaN where undefined
   */
  public double alphaPerception() {
    return perceptionReliability.alpha();
  }

  /**
   * Cronbach's alpha of the dimension's item gaps {@code P - E}.
   *
   * @return alpha, at most 1, NaN where undefined
   */
  public double alphaGap() {
    return gapReliability.alpha();
  }

  /**
   * The mean dimension gap, the same as {@code gap().mean()}.
   *
   * @return the mean gap
   */
  public double meanGap() {
    return gap.mean();
  }
}
