package io.github.mot.benchmarks;

/**
 * The physical floor of workload 1: a plain sum of every answer byte, reading the data once from
 * memory. No analysis can read the data faster than this.
 */
public final class RawScan {

  private RawScan() {}

  /**
   * Sums every E and P answer of the survey.
   *
   * @param w the survey
   * @return the sum of all answer bytes
   */
  public static long sumAllAnswers(SurveyWorkload w) {
    long sum = 0;
    for (byte[][] kind : new byte[][][] {w.expectation, w.perception}) {
      for (byte[] column : kind) {
        int s = 0;
        for (byte b : column) {
          s += b;
        }
        sum += s;
      }
    }
    return sum;
  }
}
