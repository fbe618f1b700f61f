package io.github.mot.core.internal;

/**
 * {@link Double#toString(double)} for the numbers exports write most: a value in [0.001, 10^7) with
 * at most six decimals (a share of ten touchpoints, a mean of a few levels, a percentage) is
 * written from its digits, without the general shortest-digits algorithm (slow on JDK 17); any
 * other value goes to {@link Double#toString(double)}. The result is the same string.
 *
 * <p>Why it is the same: for {@code |d| < 10^7} the gap between neighbouring doubles is below
 * {@code 2^-29}, far below {@code 10^-6}, so at most one decimal with {@code k <= 6} fraction digits
 * rounds to {@code d}; trying {@code k = 0, 1, ...} in turn finds the shortest one, which is the
 * one {@code Double.toString} prints (in plain notation in this range, with at least one digit
 * after the point). The candidate for {@code k} digits is {@code m = rint(|d| 10^k)} (below
 * {@code 2^53}, so exact), accepted only if the correctly rounded division {@code m / 10^k} gives
 * back {@code |d|} exactly. {@code DecimalsTest} compares both on millions of values on every
 * JDK the build runs.
 */
public final class Decimals {

  private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private Decimals() {}

  /**
   * The text of a double, equal to {@link Double#toString(double)}.
   *
   * @param d the value
   * @return its text
   */
  public static String toString(double d) {
    double abs = Math.abs(d);
    if (!(abs >= 1e-3 && abs < 1e7)) { // NaN, zeros, infinities and the scientific forms
      return Double.toString(d);
    }
    for (int k = 0; k < POWERS.length; k++) {
      double m = Math.rint(abs * POWERS[k]); // the k-digit decimal nearest to d, below 2^53
      if (m / POWERS[k] == abs) { // it rounds to d: the only k-digit one that does
        long digits = (long) m;
        int fraction = k;
        while (fraction > 0 && digits % 10 == 0) {
          digits /= 10;
          fraction--;
        }
        return format(d < 0, digits, fraction);
      }
    }
    return Double.toString(d);
  }

  /** {@code m / 10^k} with at least one fraction digit. */
  private static String format(boolean negative, long m, int k) {
    char[] out = new char[24];
    int end = out.length;
    int p = end;
    if (k == 0) {
      out[--p] = '0';
      out[--p] = '.';
    }
    long v = m;
    int digits = 0;
    do {
      out[--p] = (char) ('0' + (int) (v % 10));
      v /= 10;
      digits++;
      if (digits == k) {
        out[--p] = '.';
        if (v == 0) {
          out[--p] = '0';
        }
      }
    } while (v != 0 || digits < k);
    if (negative) {
      out[--p] = '-';
    }
    return new String(out, p, end - p);
  }
}
