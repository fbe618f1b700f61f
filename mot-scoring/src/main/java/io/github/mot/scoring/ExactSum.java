package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.internal.Preconditions;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * An exact, order-independent sum of real numbers in fixed point: the integer part of each value
 * is added to a {@code long} and the fraction, in units of 2<sup>-52</sup>, to another {@code
 * long} with carry. All arithmetic on the state is integer arithmetic, so the state after adding
 * any multiset of values is the same whatever the order, the split into partial sums and the
 * number of threads: {@link #add(double)} and {@link #merge(ExactSum)} are associative and
 * commutative.
 *
 * <p>Exactness: a value that is a multiple of 2<sup>-52</sup> (every integer, every value with
 * {@code |x| >= 1}, dyadic fractions such as 0.5 or 0.375) is stored exactly; any other value is
 * first rounded to the nearest multiple of 2<sup>-52</sup> (an error below 2.3e-16 per value),
 * deterministically, so order-independence holds for every input. Values must have a magnitude
 * below 2<sup>62</sup>; the running whole part throws {@link ArithmeticException} on overflow.
 *
 * <p>Mutable and not thread-safe: one instance belongs to one accumulator.
 */
final class ExactSum {

  private static final int FRACTION_BITS = 52;
  private static final long ONE = 1L << FRACTION_BITS;
  private static final long FRACTION_MASK = ONE - 1;
  private static final double SCALE = 0x1p52;
  private static final double UNIT = 0x1p-52;
  private static final double LIMIT = 0x1p62;

  private long whole;
  private long fraction;

  /**
   * Adds a value.
   *
   * @param field the name of the value, for the message
   * @param x the value, finite with {@code |x| < 2^62}
   * @throws IllegalArgumentException if {@code x} is NaN, infinite or too large, or if the sum
   *     would overflow; the sum is then unchanged
   */
  void add(String field, double x) {
    if (!(x > -LIMIT && x < LIMIT)) {
      throw Preconditions.invalid(field, "finite with a magnitude below 2^62", x);
    }
    double floor = Math.floor(x);
    long f = fractionUnits(x, floor);
    try {
      addParts((long) floor, f);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "the sum of " + field + "s overflows 2^63 when adding " + x, e);
    }
  }

  /**
   * The fraction of a value above its floor in units of 2<sup>-52</sup>, rounded to the nearest:
   * the value's point on the sum's grid is {@code floor * 2^52 + fractionUnits}.
   *
   * @param x the value, finite
   * @param floor {@code Math.floor(x)}
   * @return in {@code [0, 2^52]}
   */
  static long fractionUnits(double x, double floor) {
    return Math.round((x - floor) * SCALE);
  }

  /**
   * The whole part of the exact sum: {@code floor(sum)}.
   *
   * @return the whole part
   */
  long whole() {
    return whole;
  }

  /**
   * The fraction of the exact sum above its whole part, in units of 2<sup>-52</sup>.
   *
   * @return in {@code [0, 2^52)}
   */
  long fraction() {
    return fraction;
  }

  /**
   * The exact sum in units of 2<sup>-52</sup>.
   *
   * @return {@code whole * 2^52 + fraction}
   */
  BigInteger units() {
    return BigInteger.valueOf(whole).shiftLeft(FRACTION_BITS).add(BigInteger.valueOf(fraction));
  }

  /**
   * Adds a whole number, exactly: the same state as {@link #add(String, double)} of that value.
   *
   * @param x the value
   * @throws ArithmeticException if the whole part overflows
   */
  void addWhole(long x) {
    whole = Math.addExact(whole, x);
  }

  /**
   * Adds another sum to this one; {@code other} is unchanged.
   *
   * @param other the partial sum to add
   */
  void merge(ExactSum other) {
    addParts(other.whole, other.fraction);
  }

  private void addParts(long w, long f) {
    long total = fraction + f; // both in [0, 2^52], no overflow
    whole = Math.addExact(Math.addExact(whole, w), total >> FRACTION_BITS);
    fraction = total & FRACTION_MASK;
  }

  /**
   * The sum as a double, rounded from the exact state.
   *
   * @return the sum
   */
  double value() {
    return whole + fraction * UNIT;
  }

  /**
   * The sum divided by a count: a mean when {@code n} is the number of values.
   *
   * @param n the divisor, positive
   * @return {@code value() / n}
   */
  double divide(long n) {
    return value() / n;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExactSum
        && ((ExactSum) o).whole == whole
        && ((ExactSum) o).fraction == fraction;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(whole) * 31 + Long.hashCode(fraction);
  }

  @Override
  public String toString() {
    return Double.toString(value());
  }

  /**
   * Writes the exact state: the whole part zig-zag encoded, the fraction as a count.
   *
   * @param out the byte form being written
   */
  void write(ByteForm.Writer out) {
    out.signed(whole).count(fraction);
  }

  /**
   * Reads a state written by {@link #write} into this (empty) sum, and checks that it is a sum of
   * {@code n} values in {@code [lo, hi]}: {@code n lo <= sum <= n hi}, exactly.
   *
   * @param in the byte form being read
   * @param field the sum's name, for the message
   * @param n the number of values summed
   * @param lo the least value
   * @param hi the greatest value
   * @throws io.github.mot.core.io.MalformedBytesException if the fraction is not below 2^52 or the
   *     sum is out of range
   */
  void read(ByteForm.Reader in, String field, long n, long lo, long hi) {
    int at = in.position();
    whole = in.signed(field + " (whole part)");
    long f = in.count(field + " (fraction)");
    if (f >= ONE) {
      throw in.invalid(field + " (fraction)", "below 2^52", f);
    }
    fraction = f;
    long min = saturated(n, lo);
    long max = saturated(n, hi);
    boolean inRange = whole >= min && (whole < max || (whole == max && fraction == 0));
    if (!inRange) {
      throw in.invalid(at, field, "a sum of " + n + " values in [" + lo + ", " + hi + "]", value());
    }
  }

  private static long saturated(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
      return low;
    }
    return high < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
  }

  ExactSum copy() {
    ExactSum c = new ExactSum();
    c.whole = whole;
    c.fraction = fraction;
    return c;
  }
}
