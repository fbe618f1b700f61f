package io.github.mot.benchmarks;

import java.util.Arrays;

/**
 * The figures workload 2 asks of every implementation: per touchpoint and per staff member the
 * count at each scorecard level (-3..+3), the mean level and the shares of positive and negative
 * moments; per touchpoint the mean first-impression index (0..100, standard ABC weights 0.52 /
 * 0.33 / 0.15 on the 1..5 scale).
 *
 * @param touchpointCounts [touchpoint][level + 3]
 * @param touchpointMean mean level per touchpoint
 * @param touchpointPositive share of levels above 0 per touchpoint
 * @param touchpointNegative share of levels below 0 per touchpoint
 * @param staffCounts [staff][level + 3]
 * @param staffMean mean level per staff member
 * @param staffPositive share of levels above 0 per staff member
 * @param staffNegative share of levels below 0 per staff member
 * @param touchpointFirstImpression mean first-impression index per touchpoint
 */
public record EncounterFigures(
    long[][] touchpointCounts,
    double[] touchpointMean,
    double[] touchpointPositive,
    double[] touchpointNegative,
    long[][] staffCounts,
    double[] staffMean,
    double[] staffPositive,
    double[] staffNegative,
    double[] touchpointFirstImpression) {

  /**
   * Whether the counts are equal and every real figure is within {@code tolerance}.
   *
   * @param other the other result
   * @param tolerance the largest difference allowed for real figures
   * @return true if both results agree
   */
  public boolean agrees(EncounterFigures other, double tolerance) {
    return Arrays.deepEquals(touchpointCounts, other.touchpointCounts)
        && Arrays.deepEquals(staffCounts, other.staffCounts)
        && close(touchpointMean, other.touchpointMean, tolerance)
        && close(touchpointPositive, other.touchpointPositive, tolerance)
        && close(touchpointNegative, other.touchpointNegative, tolerance)
        && close(staffMean, other.staffMean, tolerance)
        && close(staffPositive, other.staffPositive, tolerance)
        && close(staffNegative, other.staffNegative, tolerance)
        && close(touchpointFirstImpression, other.touchpointFirstImpression, tolerance);
  }

  private static boolean close(double[] a, double[] b, double tolerance) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!(Math.abs(a[i] - b[i]) <= tolerance)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Derives means and shares from counts.
   *
   * @param counts [group][level + 3]
   * @param mean filled with the mean level per group
   * @param positive filled with the positive share per group
   * @param negative filled with the negative share per group
   */
  static void derive(long[][] counts, double[] mean, double[] positive, double[] negative) {
    for (int g = 0; g < counts.length; g++) {
      long n = 0;
      long sum = 0;
      long pos = 0;
      long neg = 0;
      for (int l = 0; l < 7; l++) {
        long c = counts[g][l];
        n += c;
        sum += c * (l - 3);
        if (l > 3) {
          pos += c;
        } else if (l < 3) {
          neg += c;
        }
      }
      mean[g] = (double) sum / n;
      positive[g] = (double) pos / n;
      negative[g] = (double) neg / n;
    }
  }
}
