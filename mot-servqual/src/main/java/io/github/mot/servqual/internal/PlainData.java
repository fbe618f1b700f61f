package io.github.mot.servqual.internal;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MeanEstimate;
import java.util.Objects;

/**
 * The checks and sums behind the analyses' plain-data methods (statistics on {@code double[]} and
 * {@code double[][]} for scripts): NaN is a missing value, infinities are refused. Values that are
 * all whole numbers are summed exactly in {@code long}, as survey answers are, so a plain-data
 * result equals the survey analysis' bit for bit on the same answers. Stateless.
 */
public final class PlainData {

  /** The dimension of a plain-data result. */
  public static final Dimension DATA = Dimension.of("DATA");

  /** The largest magnitude summed exactly: beyond it values are summed in floating point. */
  private static final double EXACT_LIMIT = 1 << 24;

  private PlainData() {}

  /**
   * The differences {@code x[i] - y[i]} of the pairs without a NaN.
   *
   * @throws IllegalArgumentException if the lengths differ or a value is infinite
   */
  public static double[] differences(double[] x, double[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    Preconditions.check(x.length == y.length, "length of y", "the length of x (" + x.length + ")", y.length);
    finite("x", x);
    finite("y", y);
    double[] d = new double[x.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        d[n++] = x[i] - y[i];
      }
    }
    return java.util.Arrays.copyOf(d, n);
  }

  /**
   * The values without the NaNs.
   *
   * @throws IllegalArgumentException if a value is infinite
   */
  public static double[] present(String name, double[] x) {
    Objects.requireNonNull(x, name);
    finite(name, x);
    return java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
  }

  /**
   * A rectangular copy of answers, rows respondents and columns items.
   *
   * @throws IllegalArgumentException if there is no row or no column, rows differ in length, or a
   *     value is infinite
   */
  public static double[][] items(double[][] answers) {
    Objects.requireNonNull(answers, "answers");
    Preconditions.check(answers.length > 0, "answers", "at least one row (a respondent)", "no row");
    int k = Objects.requireNonNull(answers[0], "answers[0]").length;
    Preconditions.check(k > 0, "answers[0]", "at least one column (an item)", "empty");
    double[][] items = new double[k][answers.length];
    for (int r = 0; r < answers.length; r++) {
      double[] row = Objects.requireNonNull(answers[r], "answers[" + r + "]");
      Preconditions.check(row.length == k, "length of answers[" + r + "]", "the length of answers[0] (" + k + ")",
          row.length);
      finite("answers[" + r + "]", row);
      for (int i = 0; i < k; i++) {
        items[i][r] = row[i];
      }
    }
    return items;
  }

  private static void finite(String name, double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (Double.isInfinite(x[i])) {
        throw Preconditions.invalid(name + "[" + i + "]", "a finite number or NaN (missing)", x[i]);
      }
    }
  }

  /** Whether every value is a whole number small enough to sum exactly in {@code long}. */
  public static boolean whole(double[] x) {
    for (double v : x) {
      if (!Double.isNaN(v) && (v != Math.rint(v) || Math.abs(v) > EXACT_LIMIT)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The mean of the values with its one-sample t test and interval ({@link MeanEstimate}): exact
   * sums for whole numbers (as the survey analyses), else a two-pass mean and variance.
   */
  public static MeanEstimate estimate(double[] d, double level) {
    double[] m = meanAndVariance(d);
    return Stats.estimate(d.length, m[0], m[1], level);
  }

  /** {mean, sample variance} of the values; NaN where undefined. */
  public static double[] meanAndVariance(double[] d) {
    int n = d.length;
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    if (whole(d)) {
      long s = 0;
      long ss = 0;
      for (double v : d) {
        long x = (long) v;
        s += x;
        ss += x * x;
      }
      return new double[] {(double) s / n, Stats.variance(n, s, ss)};
    }
    double sum = 0;
    for (double v : d) {
      sum += v;
    }
    double mean = sum / n;
    double ss = 0;
    double c = 0;
    for (double v : d) {
      ss += (v - mean) * (v - mean);
      c += v - mean;
    }
    double variance = n < 2 ? Double.NaN : Math.max(0.0, (ss - c * c / n) / (n - 1));
    return new double[] {mean, variance};
  }
}
