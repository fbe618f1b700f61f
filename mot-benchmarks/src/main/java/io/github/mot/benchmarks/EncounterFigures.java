package io.github.mot.benchmarks;

import io.github.mot.scoring.ScorecardSummary;
import java.util.Arrays;

/**
 * The figures workload 2 asks of every implementation: per touchpoint and per staff member the
 * count at each scorecard level (-3..+3), the mean level and the shares of positive and negative
 * moments; per touchpoint the mean first-impression index (0..100, standard ABC weights 0.52 /
 * 0.33 / 0.15 on the 1..5 scale).
 *
 * @param touchpoints the figures per touchpoint
 * @param staff the figures per staff member
 * @param touchpointFirstImpression mean first-impression index per touchpoint
 */
public record EncounterFigures(Groups touchpoints, Groups staff, double[] touchpointFirstImpression) {

  /**
   * The scorecard figures of a number of groups (touchpoints or staff members), filled by an
   * implementation.
   *
   * @param counts [group][level + 3]
   * @param mean mean level per group
   * @param positive share of levels above 0 per group
   * @param negative share of levels below 0 per group
   */
  public record Groups(long[][] counts, double[] mean, double[] positive, double[] negative) {

    /**
     * Zeroed figures of {@code n} groups, to be filled.
     *
     * @param n the number of groups
     * @return the figures
     */
    static Groups of(int n) {
      return new Groups(new long[n][7], new double[n], new double[n], new double[n]);
    }

    /**
     * The figures of groups given their counts: means and shares derived from the counts.
     *
     * @param counts [group][level + 3]
     * @return the figures
     */
    static Groups derived(long[][] counts) {
      Groups g = new Groups(counts, new double[counts.length], new double[counts.length],
          new double[counts.length]);
      for (int i = 0; i < counts.length; i++) {
        long n = 0;
        long sum = 0;
        long pos = 0;
        long neg = 0;
        for (int l = 0; l < 7; l++) {
          long c = counts[i][l];
          n += c;
          sum += c * (l - 3);
          if (l > 3) {
            pos += c;
          } else if (l < 3) {
            neg += c;
          }
        }
        g.mean[i] = (double) sum / n;
        g.positive[i] = (double) pos / n;
        g.negative[i] = (double) neg / n;
      }
      return g;
    }

    /**
     * Sets a group's figures from the library's summary.
     *
     * @param group the group's index
     * @param s its summary
     */
    void put(int group, ScorecardSummary s) {
      counts[group] = s.counts();
      mean[group] = s.mean();
      positive[group] = s.positiveShare();
      negative[group] = s.negativeShare();
    }

    boolean agrees(Groups other, double tolerance) {
      return Arrays.deepEquals(counts, other.counts)
          && close(mean, other.mean, tolerance)
          && close(positive, other.positive, tolerance)
          && close(negative, other.negative, tolerance);
    }
  }

  /**
   * Whether the counts are equal and every real figure is within {@code tolerance}.
   *
   * @param other the other result
   * @param tolerance the largest difference allowed for real figures
   * @return true if both results agree
   */
  public boolean agrees(EncounterFigures other, double tolerance) {
    return touchpoints.agrees(other.touchpoints, tolerance)
        && staff.agrees(other.staff, tolerance)
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
}
