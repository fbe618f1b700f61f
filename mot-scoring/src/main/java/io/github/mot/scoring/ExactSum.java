package io.github.mot.scoring;

import io.github.mot.core.internal.Preconditions;
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
    long f = Math.round((x - floor) * SCALE);
    try {
      addParts((long) floor, f);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "the sum of " + field + "s overflows 2^63 when adding " + x, e);
    }
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

  ExactSum copy() {
    ExactSum c = new ExactSum();
    c.whole = whole;
    c.fraction = fraction;
    return c;
  }
}
