package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactSumTest {

  @Test
  void sumsWhereDoublesRoundAreExact() {
    // In doubles 1e16 + 1 - 1e16 = 0 (1e16 + 1 rounds to 1e16); the fixed-point sum keeps the 1.
    ExactSum sum = new ExactSum();
    sum.add("x", 1e16);
    sum.add("x", 1);
    sum.add("x", -1e16);
    assertThat(sum.value()).isEqualTo(1.0);
    // Dyadic fractions are multiples of 2^-52 and cancel exactly.
    ExactSum tenths = new ExactSum();
    for (double x : new double[] {0.5, 0.25, -0.75, 2.125, -2.125}) {
      tenths.add("x", x);
    }
    assertThat(tenths.value()).isEqualTo(0.0);
  }

  @Test
  void carriesFractions() {
    ExactSum sum = new ExactSum();
    for (int i = 0; i < 10_000; i++) {
      sum.add("x", 0.75);
    }
    assertThat(sum.value()).isEqualTo(7500.0);
    assertThat(sum.divide(10_000)).isEqualTo(0.75);
  }

  @Test
  void rejectsNonFiniteAndHugeValues() {
    ExactSum sum = new ExactSum();
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 0x1p62, -0x1p62}) {
      assertThatThrownBy(() -> sum.add("weight", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("weight must be finite with a magnitude below 2^62 but was " + bad);
    }
  }

  @SeededTest
  void orderAndSplitDoNotMatter(Seed seed) {
    SplittableRandom r = seed.random();
    int n = r.nextInt(0, 60);
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = r.nextBoolean() ? r.nextInt(-100, 101) : (r.nextDouble() - 0.5) * 1000;
    }
    ExactSum forward = new ExactSum();
    for (double x : xs) {
      forward.add("x", x);
    }
    int cut = n == 0 ? 0 : r.nextInt(n + 1);
    ExactSum left = new ExactSum();
    ExactSum right = new ExactSum();
    for (int i = n - 1; i >= 0; i--) {
      (i < cut ? left : right).add("x", xs[i]);
    }
    right.merge(left);
    assertThat(right).as("%s", seed).isEqualTo(forward);
    assertThat(right.value()).as("%s", seed).isEqualTo(forward.value());
  }
}
