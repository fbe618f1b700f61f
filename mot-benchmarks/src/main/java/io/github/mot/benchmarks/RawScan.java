package io.github.mot.benchmarks;

import java.util.stream.IntStream;

/**
 * The physical floor of workload 1: a plain sum of every answer byte, reading the data once from
 * memory. No analysis can read the data faster than this.
 */
public final class RawScan {

  private RawScan() {}

  /**
   * Sums every E and P answer of the survey on one thread.
   *
   * @param w the survey
   * @return the sum of all answer bytes
   */
  public static long sumAllAnswers(SurveyWorkload w) {
    return sumAllAnswers(w, 1);
  }

  /**
   * Sums every E and P answer of the survey, the 44 answer columns shared among {@code threads}
   * threads (a parallel stream over the columns when above 1).
   *
   * @param w the survey
   * @param threads 1 for one thread, more for a parallel stream on the common pool
   * @return the sum of all answer bytes
   */
  public static long sumAllAnswers(SurveyWorkload w, int threads) {
    byte[][] columns = new byte[w.expectation().length + w.perception().length][];
    System.arraycopy(w.expectation(), 0, columns, 0, w.expectation().length);
    System.arraycopy(w.perception(), 0, columns, w.expectation().length, w.perception().length);
    IntStream indexes = IntStream.range(0, columns.length);
    return (threads > 1 ? indexes.parallel() : indexes).mapToLong(i -> sum(columns[i])).sum();
  }

  private static long sum(byte[] column) {
    int s = 0;
    for (byte b : column) {
      s += b;
    }
    return s;
  }
}
