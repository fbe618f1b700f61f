package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import java.math.BigInteger;

/**
 * The exact count, sum and sum of squares of real numbers, from which their mean and sample
 * variance follow: every value is first put on the grid of {@link ExactSum} (a multiple of
 * 2<sup>-52</sup>, exact for every value with {@code |x| >= 1} and for dyadic fractions), then its
 * grid value {@code X} (in units of 2<sup>-52</sup>) is added to an exact integer sum and {@code
 * X^2} to an exact integer sum of squares. All arithmetic on the state is integer arithmetic, so
 * the state after any multiset of values is the same whatever the order, the split into shards
 * and the merges: {@link #add} and {@link #merge} are associative and commutative, and the mean and
 * variance are functions of the multiset alone.
 *
 * <pre>
 *   mean     = S / n                                    (S = sum of X, times 2^-52)
 *   variance = (n Q - S^2) / (n (n - 1))                 (Q = sum of X^2, times 2^-104)
 * </pre>
 *
 * The variance is computed from the exact integer {@code n Q - S^2} (no cancellation: it is {@code
 * >= 0} exactly, and 0 exactly when the values are equal), rounded once to a double and divided by
 * {@code n (n - 1)}. The squares of values with {@code |x| < 2^10} (every journey score) are added
 * to three {@code long}s with carry, and for fewer than 2<sup>31</sup> such values the variance is
 * computed with {@code long}s too, without allocating; larger values and counts go through {@code
 * BigInteger}, with the same result.
 *
 * <p>Mutable and not thread-safe: one instance belongs to one tally.
 */
final class ExactMoments {

  private static final double SMALL = 0x1p10;
  private static final long FAST_COUNT = 1L << 31;
  private static final int LIMB = 63;
  private static final BigInteger LIMB_MASK = BigInteger.ONE.shiftLeft(LIMB).subtract(BigInteger.ONE);
  private static final BigInteger UNSIGNED_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private long n;
  private final ExactSum sum = new ExactSum();
  /** The squares of small values in units of 2^-104: lo and mid unsigned, hi >= 0. */
  private long lo;
  private long mid;
  private long hi;
  /** The squares of the values with |x| >= 2^10 (and what was read from bytes), in units of 2^-104. */
  private BigInteger big = BigInteger.ZERO;

  /**
   * Adds a value.
   *
   * @param field the name of the values, for the message
   * @param x the value, finite with {@code |x| < 2^62}
   * @throws IllegalArgumentException if {@code x} is NaN, infinite or too large, or if the sum
   *     would overflow; nothing is then added
   */
  void add(String field, double x) {
    sum.add(field, x);
    n++;
    double floor = Math.floor(x);
    long f = ExactSum.fractionUnits(x, floor);
    if (Math.abs(x) < SMALL) {
      long g = ((long) floor << 52) + f; // |g| <= 2^62, g^2 <= 2^124
      addLimbs(g * g, Math.multiplyHigh(g, g), 0);
    } else {
      BigInteger g = BigInteger.valueOf((long) floor).shiftLeft(52).add(BigInteger.valueOf(f));
      big = big.add(g.multiply(g));
    }
  }

  /** Adds an unsigned 192-bit number (a0 and a1 unsigned, a2 >= 0) to the limbs. */
  private void addLimbs(long a0, long a1, long a2) {
    long s0 = lo + a0;
    long carry = Long.compareUnsigned(s0, a0) < 0 ? 1 : 0;
    long s1 = mid + a1;
    long carry1 = Long.compareUnsigned(s1, a1) < 0 ? 1 : 0;
    long s1c = s1 + carry;
    if (carry == 1 && s1c == 0) {
      carry1 = 1;
    }
    hi = Math.addExact(Math.addExact(hi, a2), carry1);
    lo = s0;
    mid = s1c;
  }

  /**
   * Adds another state to this one; {@code other} is unchanged.
   *
   * @param other the moments of other values
   * @throws ArithmeticException if the count or a sum overflows
   */
  void merge(ExactMoments other) {
    n = Math.addExact(n, other.n);
    sum.merge(other.sum);
    addLimbs(other.lo, other.mid, other.hi);
    big = big.add(other.big);
  }

  /**
   * The number of values.
   *
   * @return {@code >= 0}
   */
  long count() {
    return n;
  }

  /**
   * The mean, {@code S / n}.
   *
   * @return the mean, NaN for no value
   */
  double mean() {
    return n == 0 ? Double.NaN : sum.divide(n);
  }

  /**
   * The sample variance (denominator {@code n - 1}) from the exact sums.
   *
   * @return {@code >= 0}, NaN for fewer than 2 values
   */
  double variance() {
    if (n < 2) {
      return Double.NaN;
    }
    double units = big.signum() == 0 && n < FAST_COUNT ? numerator() : exactNumerator().doubleValue();
    return Math.scalb(units / ((double) n * (double) (n - 1)), -104);
  }

  /** {@code n Q - S^2}, exactly, rounded once to a double. */
  private BigInteger exactNumerator() {
    BigInteger count = BigInteger.valueOf(n);
    BigInteger s = sum.units();
    return count.multiply(squares()).subtract(s.multiply(s));
  }

  /**
   * {@code n Q - S^2} with {@code long}s, without allocating, rounded once to the nearest double
   * (ties to even, as {@link BigInteger#doubleValue()} rounds the exact value): for fewer than
   * 2^31 values of magnitude below 2^10, so that {@code |S| < 2^94}, {@code Q < 2^155} and both
   * products are below 2^186.
   */
  private double numerator() {
    // S = whole * 2^52 + fraction as a signed 128-bit number, then its magnitude (s1, s0)
    long whole = sum.whole();
    long s0 = (whole << 52) + sum.fraction();
    long s1 = (whole >> 12) + (Long.compareUnsigned(s0, whole << 52) < 0 ? 1 : 0);
    if (s1 < 0) {
      s0 = -s0;
      s1 = ~s1 + (s0 == 0 ? 1 : 0);
    }
    // S^2 = s0^2 + 2 s0 s1 2^64 + s1^2 2^128 (s1 < 2^30)
    long q0 = s0 * s0;
    long cross = s0 * s1;
    long crossHigh = unsignedMultiplyHigh(s0, s1);
    long q1 = unsignedMultiplyHigh(s0, s0) + (cross << 1);
    long q2 = (crossHigh << 1) + (cross >>> 63) + s1 * s1
        + (Long.compareUnsigned(q1, cross << 1) < 0 ? 1 : 0);
    // n Q (n < 2^31, hi < 2^27)
    long p0 = n * lo;
    long b = n * mid;
    long p1 = unsignedMultiplyHigh(n, lo) + b;
    long p2 = unsignedMultiplyHigh(n, mid) + n * hi + (Long.compareUnsigned(p1, b) < 0 ? 1 : 0);
    // n Q - S^2 >= 0
    long d0 = p0 - q0;
    long borrow0 = Long.compareUnsigned(p0, q0) < 0 ? 1 : 0;
    long d1 = p1 - q1 - borrow0;
    long borrow1 = Long.compareUnsigned(p1, q1) < 0 || (p1 == q1 && borrow0 == 1) ? 1 : 0;
    long d2 = p2 - q2 - borrow1;
    return toDouble(d2, d1, d0);
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** The unsigned 192-bit number {@code (w2, w1, w0)}, {@code w2 >= 0}, rounded to the nearest double, ties to even. */
  static double toDouble(long w2, long w1, long w0) {
    int length = w2 != 0 ? 192 - Long.numberOfLeadingZeros(w2)
        : w1 != 0 ? 128 - Long.numberOfLeadingZeros(w1) : 64 - Long.numberOfLeadingZeros(w0);
    if (length <= 63) {
      return (double) w0;
    }
    // the top 63 bits, the lowest of them made sticky for the bits below: 10 spare bits round right
    int shift = length - 63;
    long top = window(w2, w1, w0, shift);
    boolean below = shift >= 128 ? w0 != 0 || w1 != 0 || (w2 & ((1L << (shift - 128)) - 1)) != 0
        : shift >= 64 ? w0 != 0 || (w1 & ((1L << (shift - 64)) - 1)) != 0
        : (w0 & ((1L << shift) - 1)) != 0;
    return Math.scalb((double) (top | (below ? 1 : 0)), shift);
  }

  /** The 64 bits of {@code (w2, w1, w0) >>> shift}, {@code 0 < shift < 192}. */
  private static long window(long w2, long w1, long w0, int shift) {
    int k = shift >>> 6;
    int bits = shift & 63;
    long low = k == 0 ? w0 : k == 1 ? w1 : w2;
    long high = k == 0 ? w1 : k == 1 ? w2 : 0;
    return bits == 0 ? low : (low >>> bits) | (high << (64 - bits));
  }

  /** The exact sum of squares in units of 2^-104. */
  private BigInteger squares() {
    return BigInteger.valueOf(hi).shiftLeft(128)
        .add(BigInteger.valueOf(mid).and(UNSIGNED_64).shiftLeft(64))
        .add(BigInteger.valueOf(lo).and(UNSIGNED_64))
        .add(big);
  }

  /**
   * Writes the exact state: the number of values (count), the exact sum ({@link
   * ExactSum#write}), and the sum of squares in units of 2<sup>-104</sup> as the number of its
   * 63-bit limbs (count) and the limbs, least significant first (counts; the last one not 0).
   *
   * @param out the byte form being written
   */
  void write(ByteForm.Writer out) {
    out.count(n);
    sum.write(out);
    BigInteger q = squares();
    int limbs = (q.bitLength() + LIMB - 1) / LIMB;
    out.count(limbs);
    for (int i = 0; i < limbs; i++) {
      out.count(q.shiftRight(i * LIMB).and(LIMB_MASK).longValueExact());
    }
  }

  /**
   * Reads a state written by {@link #write} into this (empty) state, and checks that it holds
   * {@code n <= most} values in {@code [-bound, bound]}: the sum in {@code [-n bound, n bound]}, the
   * sum of squares at most {@code n bound^2} and at least {@code S^2 / n} (Cauchy-Schwarz: {@code n
   * Q >= S^2}, exactly).
   *
   * @param in the byte form being read
   * @param field the values' name, for the message
   * @param most the most values allowed
   * @param bound the greatest magnitude of a value, {@code >= 1}
   * @throws io.github.mot.core.io.MalformedBytesException if a field is out of range, a limb is
   *     not below 2^63, the last limb is 0, or the sums are impossible together
   */
  void read(ByteForm.Reader in, String field, long most, int bound) {
    long count = in.count("the number of " + field);
    if (count > most) {
      throw in.invalid("the number of " + field, "at most " + most, count);
    }
    n = count;
    sum.read(in, "the sum of " + field, n, -bound, bound);
    int at = in.position();
    int limbs = in.size("the number of limbs of the sum of squares of " + field, in.remaining());
    BigInteger q = BigInteger.ZERO;
    for (int i = 0; i < limbs; i++) {
      long limb = in.count("a limb of the sum of squares of " + field);
      if (i == limbs - 1 && limb == 0) {
        throw in.invalid("the last limb of the sum of squares of " + field, "not 0 (the shortest form only)", limb);
      }
      q = q.add(BigInteger.valueOf(limb).shiftLeft(i * LIMB));
    }
    BigInteger s = sum.units();
    BigInteger most2 = BigInteger.valueOf(n).multiply(BigInteger.valueOf((long) bound * bound)).shiftLeft(104);
    if (q.compareTo(most2) > 0 || BigInteger.valueOf(n).multiply(q).compareTo(s.multiply(s)) < 0) {
      throw in.invalid(at, "the sum of squares of " + field, "between S^2 / n and n " + bound + "^2 for " + n
          + " values of sum " + sum, Math.scalb(q.doubleValue(), -104));
    }
    if (q.bitLength() < 191) { // in the limbs, as if the values had been added
      lo = q.longValue();
      mid = q.shiftRight(64).longValue();
      hi = q.shiftRight(128).longValue();
    } else {
      big = q;
    }
  }
}
