package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactMoments}: the long-arithmetic variance equals the one computed from the exact grid
 * values with {@code BigInteger}, whatever the order and split, and the byte form keeps the state.
 */
class ExactMomentsTest {

  /** {@code x} on the grid of 2^-52, as ExactSum rounds it. */
  private static BigInteger grid(double x) {
    double floor = Math.floor(x);
    return BigInteger.valueOf((long) floor).shiftLeft(52).add(BigInteger.valueOf(ExactSum.fractionUnits(x, floor)));
  }

  /** The variance from the grid values, with BigInteger only. */
  private static double reference(double[] xs) {
    BigInteger s = BigInteger.ZERO;
    BigInteger q = BigInteger.ZERO;
    for (double x : xs) {
      BigInteger g = grid(x);
      s = s.add(g);
      q = q.add(g.multiply(g));
    }
    long n = xs.length;
    double numerator = BigInteger.valueOf(n).multiply(q).subtract(s.multiply(s)).doubleValue();
    return Math.scalb(numerator / ((double) n * (double) (n - 1)), -104);
  }

  private static double[] values(SplittableRandom r) {
    int n = r.nextInt(0, 80);
    double[] xs = new double[n];
    double big = r.nextInt(4) == 0 ? 5000 : 3;
    for (int i = 0; i < n; i++) {
      xs[i] = switch (r.nextInt(4)) {
        case 0 -> r.nextInt(-3, 4);
        case 1 -> r.nextInt(-9, 10) / 3.0;
        case 2 -> -big;
        default -> (r.nextDouble() * 2 - 1) * big;
      };
    }
    return xs;
  }

  @SeededTest
  void theVarianceIsTheExactOneRoundedWhateverTheOrderAndSplit(Seed seed) {
    SplittableRandom r = seed.random();
    double[] xs = values(r);
    ExactMoments whole = new ExactMoments();
    for (double x : xs) {
      whole.add("x", x);
    }
    if (xs.length >= 2) {
      assertThat(whole.variance()).as(seed.toString()).isEqualTo(reference(xs));
    } else {
      assertThat(whole.variance()).as(seed.toString()).isNaN();
    }
    // shards in another order, merged, and one of them through its byte form
    ExactMoments merged = new ExactMoments();
    int shards = 1 + r.nextInt(4);
    ExactMoments[] parts = new ExactMoments[shards];
    for (int i = 0; i < shards; i++) {
      parts[i] = new ExactMoments();
    }
    for (int i = xs.length - 1; i >= 0; i--) {
      parts[r.nextInt(shards)].add("x", xs[i]);
    }
    for (ExactMoments part : parts) {
      merged.merge(r.nextBoolean() ? part : roundTrip(part));
    }
    assertThat(merged.count()).isEqualTo(xs.length);
    assertThat(Double.doubleToLongBits(merged.mean())).as(seed.toString())
        .isEqualTo(Double.doubleToLongBits(whole.mean()));
    assertThat(Double.doubleToLongBits(merged.variance())).as(seed.toString())
        .isEqualTo(Double.doubleToLongBits(whole.variance()));
    assertThat(bytes(merged)).as(seed.toString()).isEqualTo(bytes(whole));
  }

  private static byte[] bytes(ExactMoments m) {
    return ByteForm.write(ByteForm.Kind.RECOVERY_TALLY, m::write);
  }

  private static ExactMoments roundTrip(ExactMoments m) {
    return ByteForm.read(bytes(m), ByteForm.Kind.RECOVERY_TALLY, in -> {
      ExactMoments back = new ExactMoments();
      back.read(in, "x", Long.MAX_VALUE, 5000);
      return back;
    });
  }

  @Test
  void equalValuesHaveNoVarianceAndThirdsAreExactOnTheGrid() {
    ExactMoments thirds = new ExactMoments();
    for (int i = 0; i < 7; i++) {
      thirds.add("x", 1.0 / 3);
    }
    assertThat(thirds.variance()).isZero();
    ExactMoments m = new ExactMoments();
    for (double x : new double[] {1.5, -0.5, 2.0, 0.0, 1.0, -1.0, 2.5}) {
      m.add("x", x);
    }
    // numpy.var([1.5, -0.5, 2.0, 0.0, 1.0, -1.0, 2.5], ddof=1) = 1.738095238095238
    assertThat(m.variance()).isCloseTo(1.738095238095238, within(1e-15));
    assertThat(m.mean()).isEqualTo(5.5 / 7);
  }

  @Test
  void roundsA192BitNumberAsBigIntegerDoes() {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      long w2 = r.nextLong() >>> (1 + r.nextInt(63));
      long w1 = r.nextInt(3) == 0 ? 0 : r.nextLong();
      long w0 = r.nextInt(5) == 0 ? 1L << r.nextInt(64) : r.nextLong();
      if (r.nextInt(4) == 0) {
        w2 = 0;
      }
      BigInteger exact = new BigInteger(1, java.nio.ByteBuffer.allocate(24).putLong(w2).putLong(w1).putLong(w0).array());
      assertThat(ExactMoments.toDouble(w2, w1, w0)).as("%d %d %d", w2, w1, w0).isEqualTo(exact.doubleValue());
    }
  }
}
