package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Decimals#toString(double)} is {@link Double#toString(double)}: on the values exports
 * write (shares, means of a few whole numbers, short decimals, their negatives) and on any double,
 * on the JDK the tests run on (the build runs them on JDK 17 and the newest).
 */
class DecimalsTest {

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, 0.001, 0.0009999999999999998, 9_999_999.999999, 1e7, 9_999_999.999999998,
      0.1, 0.2, 0.30000000000000004, 1.0 / 3, 2.0 / 3, -2.2, 2.5, 100.0, 0.5, 1e-3, 123_456.789, 0.000999,
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 4.35,
      0.1 + 0.7, 1.005, 8_388_608.5, 4_503_599.627370496, 0.0010000000000000002})
  void edgeValuesAreWrittenAsJavaWritesThem(double d) {
    assertThat(Decimals.toString(d)).isEqualTo(Double.toString(d));
    assertThat(Decimals.toString(-d)).isEqualTo(Double.toString(-d));
  }

  @Test
  void everyMeanOfUpToFiftyWholeNumbersOfAScaleIsWrittenAsJavaWritesIt() {
    for (int n = 1; n <= 50; n++) {
      for (int sum = -3 * n; sum <= 100 * n; sum++) {
        double d = (double) sum / n;
        assertThat(Decimals.toString(d)).as("%d / %d", sum, n).isEqualTo(Double.toString(d));
        double share = 100.0 * sum / n;
        assertThat(Decimals.toString(share)).isEqualTo(Double.toString(share));
      }
    }
  }

  @SeededTest
  void shortDecimalsAndAnyDoublesAreWrittenAsJavaWritesThem(Seed seed) {
    SplittableRandom r = seed.random();
    for (int i = 0; i < 2000; i++) {
      int k = r.nextInt(8);
      long m = r.nextLong(1, 100_000_000_000L);
      double decimal = m / Math.pow(10, k); // a short decimal, or the nearest double to one
      double any = Double.longBitsToDouble(r.nextLong()); // mostly outside the fast range
      double inRange = 1e-3 + r.nextDouble() * (r.nextBoolean() ? 10 : 1e7);
      for (double d : new double[] {decimal, -decimal, any, inRange, Math.nextUp(decimal), Math.nextDown(decimal)}) {
        assertThat(Decimals.toString(d)).as("%s: %s", seed, Double.toString(d)).isEqualTo(Double.toString(d));
      }
    }
  }
}
