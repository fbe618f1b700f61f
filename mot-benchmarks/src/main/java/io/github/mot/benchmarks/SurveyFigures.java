package io.github.mot.benchmarks;

import java.util.Arrays;

/**
 * The figures workload 1 asks of every implementation, so that their results can be compared:
 * per item the mean expectation, mean perception and their sample variances; per dimension the
 * mean gap and the sample variances of the respondents' item totals (what Cronbach's alpha
 * needs); the unweighted and the weighted SERVQUAL score.
 *
 * @param meanExpectation per item, mean E
 * @param meanPerception per item, mean P
 * @param varianceExpectation per item, sample variance (n - 1) of E
 * @param variancePerception per item, sample variance (n - 1) of P
 * @param dimensionGap per dimension, mean over respondents of (mean P - mean E of its items)
 * @param totalVarianceExpectation per dimension, sample variance of the sum of its E items
 * @param totalVariancePerception per dimension, sample variance of the sum of its P items
 * @param unweighted mean of the five dimension gaps
 * @param weighted mean over respondents of the sum over dimensions of points / 100 x gap
 */
public record SurveyFigures(
    double[] meanExpectation,
    double[] meanPerception,
    double[] varianceExpectation,
    double[] variancePerception,
    double[] dimensionGap,
    double[] totalVarianceExpectation,
    double[] totalVariancePerception,
    double unweighted,
    double weighted) {

  /**
   * The largest absolute difference between two results, over every figure.
   *
   * @param other the other result
   * @return the largest difference
   */
  public double maxDifference(SurveyFigures other) {
    double max = 0;
    max = Math.max(max, diff(meanExpectation, other.meanExpectation));
    max = Math.max(max, diff(meanPerception, other.meanPerception));
    max = Math.max(max, diff(varianceExpectation, other.varianceExpectation));
    max = Math.max(max, diff(variancePerception, other.variancePerception));
    max = Math.max(max, diff(dimensionGap, other.dimensionGap));
    max = Math.max(max, diff(totalVarianceExpectation, other.totalVarianceExpectation));
    max = Math.max(max, diff(totalVariancePerception, other.totalVariancePerception));
    max = Math.max(max, Math.abs(unweighted - other.unweighted));
    max = Math.max(max, Math.abs(weighted - other.weighted));
    return max;
  }

  private static double diff(double[] a, double[] b) {
    if (a.length != b.length) {
      return Double.POSITIVE_INFINITY;
    }
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }

  @Override
  public String toString() {
    return "SurveyFigures[meanE=" + Arrays.toString(meanExpectation)
        + ", meanP=" + Arrays.toString(meanPerception)
        + ", dimensionGap=" + Arrays.toString(dimensionGap)
        + ", unweighted=" + unweighted + ", weighted=" + weighted + "]";
  }
}
