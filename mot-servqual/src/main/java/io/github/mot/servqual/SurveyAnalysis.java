package io.github.mot.servqual;

/**
 * The options every analysis of survey data shares, each set by copying: how missing answers are
 * treated (listwise deletion by default) and the confidence level of the intervals (0.95 by
 * default). {@code GapAnalysis}, {@code WilcoxonGapAnalysis}, {@code PerceptionAnalysis} and {@code
 * ReliabilityAnalysis} implement it. Instances are immutable and thread-safe.
 *
 * @param <A> the analysis
 * @since 0.3.0
 */
public interface SurveyAnalysis<A extends SurveyAnalysis<A>> {

  /**
   * A copy with another missing-data policy.
   *
   * @param policy listwise or pairwise deletion
   * @return the reconfigured analysis
   * @throws NullPointerException if {@code policy} is null
   */
  A withMissing(MissingPolicy policy);

  /**
   * A copy with another confidence level for the intervals.
   *
   * @param level the confidence level, in (0, 1), such as 0.99
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if the level is not in (0, 1) or is NaN
   */
  A withConfidenceLevel(double level);

  /**
   * The missing-data policy.
   *
   * @return the policy, listwise by default
   */
  MissingPolicy missingPolicy();

  /**
   * The confidence level of the intervals.
   *
   * @return the level, in (0, 1); 0.95 by default
   */
  double confidenceLevel();
}
