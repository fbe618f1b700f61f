package io.github.mot.servqual;

/**
 * What to do with a respondent's importance points when they do not sum to 100.
 *
 * <p>In the weighted SERVQUAL of PZB (1991) each respondent shares 100 points over the dimensions.
 * A total within {@value #TOLERANCE} of 100 counts as 100 (so 33.3 + 33.3 + 33.4 passes).
 *
 * @since 0.1.0
 */
public enum PointsPolicy {
  /**
   * Scale the points to sum to 100 ({@code points x 100 / total}) and record the respondent in
   * {@link SurveyData#rescaled()}. A total of 0, or one too large for a double, cannot be
   * rescaled and is rejected.
   */
  RESCALE,
  /** Reject the respondent: the builder throws, a CSV reader reports a row error. */
  REJECT;

  /** The largest distance from 100 that still counts as a total of 100. */
  public static final double TOLERANCE = 1e-6;

  /**
   * Whether a total of points counts as 100.
   *
   * @param total the sum of a respondent's points
   * @return true if {@code |total - 100| <= TOLERANCE}; false for NaN
   */
  public static boolean sumsTo100(double total) {
    return Math.abs(total - 100.0) <= TOLERANCE;
  }
}
