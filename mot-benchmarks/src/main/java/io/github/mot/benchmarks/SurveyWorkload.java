package io.github.mot.benchmarks;

import java.util.SplittableRandom;

/**
 * Workload 1: a generated SERVQUAL survey of the standard 22-item instrument on a 1..7 scale,
 * every respondent answering every expectation (E) and perception (P) item, plus importance
 * points per dimension (five integers summing to 100).
 *
 * <p>Columns are item-major: {@code expectation[item][respondent]}. Answers depend on a latent
 * quality per respondent and dimension, so that items of one dimension correlate and Cronbach's
 * alpha is realistic.
 *
 * @param respondents the number of respondents
 * @param expectation the expectation answers, {@code [item][respondent]}, 1..7
 * @param perception the perception answers, {@code [item][respondent]}, 1..7
 * @param points the importance points, {@code [dimension][respondent]}
 */
public record SurveyWorkload(int respondents, byte[][] expectation, byte[][] perception, byte[][] points) {

  /** Items of the standard instrument. */
  public static final int ITEMS = 22;

  /** Dimension of each item (0 tangibles, 1 reliability, 2 responsiveness, 3 assurance, 4 empathy). */
  public static final int[] DIMENSION_OF_ITEM = {
    0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4
  };

  /** Number of dimensions. */
  public static final int DIMENSIONS = 5;

  /**
   * Generates a survey.
   *
   * @param respondents number of respondents, {@code >= 1}
   * @param seed the random seed; equal seeds give equal data
   * @return the survey
   */
  public static SurveyWorkload generate(int respondents, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[][] e = new byte[ITEMS][respondents];
    byte[][] p = new byte[ITEMS][respondents];
    byte[][] w = new byte[DIMENSIONS][respondents];
    double[] expected = new double[DIMENSIONS];
    double[] perceived = new double[DIMENSIONS];
    for (int r = 0; r < respondents; r++) {
      for (int d = 0; d < DIMENSIONS; d++) {
        expected[d] = 5.6 + random.nextGaussian() * 0.8;
        perceived[d] = 4.9 + random.nextGaussian() * 1.1;
      }
      for (int i = 0; i < ITEMS; i++) {
        int d = DIMENSION_OF_ITEM[i];
        e[i][r] = clamp(expected[d] + random.nextGaussian() * 0.7);
        p[i][r] = clamp(perceived[d] + random.nextGaussian() * 0.9);
      }
      int left = 100;
      for (int d = 0; d < DIMENSIONS - 1; d++) {
        int share = Math.min(left, random.nextInt(5, 36));
        w[d][r] = (byte) share;
        left -= share;
      }
      w[DIMENSIONS - 1][r] = (byte) left;
    }
    return new SurveyWorkload(respondents, e, p, w);
  }

  private static byte clamp(double x) {
    long v = Math.round(x);
    return (byte) Math.max(1, Math.min(7, v));
  }

  /**
   * One expectation answer.
   *
   * @param item item index 0..21
   * @param respondent respondent index
   * @return the answer, 1..7
   */
  public int expectation(int item, int respondent) {
    return expectation[item][respondent];
  }

  /**
   * One perception answer.
   *
   * @param item item index 0..21
   * @param respondent respondent index
   * @return the answer, 1..7
   */
  public int perception(int item, int respondent) {
    return perception[item][respondent];
  }

  /**
   * One respondent's importance points of a dimension.
   *
   * @param dimension dimension index 0..4
   * @param respondent respondent index
   * @return points 0..100; a respondent's five points sum to 100
   */
  public int points(int dimension, int respondent) {
    return points[dimension][respondent];
  }
}
