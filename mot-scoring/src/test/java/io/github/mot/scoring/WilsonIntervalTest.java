package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

  private static final double EPS = 1e-9;

  @Test
  void eightPositivesOfTenAtNinetyFivePercent() {
    // By hand: n = 10, s = 8, f = 2, z = 1.959963984540054, z^2 = 3.841458820694124.
    // centre = (8 + 1.920729410347062) / 13.841458820694124 = 9.920729410347062 / 13.84145882...
    //        = 0.716740160041133
    // half   = 1.959963984540054 / 13.841458820694124 * sqrt(8*2/10 + 0.960364705173531)
    //        = 0.141601842... * sqrt(2.560364705173531) = 0.141601842... * 1.600113966...
    //        = 0.226577688504491
    // [0.490162471536642, 0.943317848545625]; R: prop.test(8, 10, correct = FALSE)$conf.int
    // gives 0.4901625 0.9433178.
    WilsonInterval w = WilsonInterval.of(8, 10);
    assertThat(w.z()).isCloseTo(1.959963984540054, within(EPS));
    assertThat(w.estimate()).isEqualTo(0.8);
    assertThat(w.lower()).isCloseTo(0.4901624715366417, within(EPS));
    assertThat(w.upper()).isCloseTo(0.9433178485456246, within(EPS));
    assertThat(w.confidence()).isEqualTo(0.95);
    assertThat(w).hasToString("0.8000 [0.4902, 0.9433] (8/10, 95% Wilson)");
  }

  @Test
  void ninetyPercentInterval() {
    // z = qnorm(0.95) = 1.644853626951472; z^2 = 2.705543454095404;
    // centre = (45 + 1.352771727047702) / 102.705543454095404 = 0.451317016...;
    // half = 1.644853626951472 / 102.7055434540954 * sqrt(45*55/100 + 0.676385863523851)
    //      = 0.016015232... * sqrt(25.426385863523851) = 0.080756165...
    // [0.370560970694454, 0.532073301383863]; R prop.test(45, 100, conf.level = 0.9,
    // correct = FALSE): 0.3705610 0.5320733.
    WilsonInterval w = WilsonInterval.of(45, 100, 0.90);
    assertThat(w.lower()).isCloseTo(0.37056097069445404, within(EPS));
    assertThat(w.upper()).isCloseTo(0.5320733013838634, within(EPS));
    assertThat(w.toString()).endsWith("(45/100, 90% Wilson)");
  }

  @Test
  void boundsAreExactAtZeroAndAllSuccesses() {
    // s = 0: lower = (z^2/2 - z*sqrt(z^2/4)) / (n + z^2) = 0 exactly; upper = z^2/(n + z^2)
    // = 3.841458820694124 / 13.841458820694124 = 0.277532799862889.
    WilsonInterval none = WilsonInterval.of(0, 10);
    assertThat(none.lower()).isEqualTo(0.0);
    assertThat(none.upper()).isCloseTo(0.27753279986288915, within(EPS));
    WilsonInterval all = WilsonInterval.of(10, 10);
    assertThat(all.upper()).isEqualTo(1.0);
    assertThat(all.lower()).isCloseTo(1 - 0.27753279986288915, within(EPS));
  }

  @Test
  void noTrialsGivesNoEstimateAndTheWholeRange() {
    WilsonInterval w = WilsonInterval.of(0, 0);
    assertThat(w.estimate()).isNaN();
    assertThat(w.lower()).isEqualTo(0.0);
    assertThat(w.upper()).isEqualTo(1.0);
    assertThat(w).hasToString("n/a [0.0000, 1.0000] (0/0, 95% Wilson)");
  }

  @Test
  void rejectsBadCounts() {
    Rejections.assertRejects("trials must be >= 0 but was -1", () -> WilsonInterval.of(0, -1));
    Rejections.assertRejects(
        "successes must be in [0, trials] = [0, 10] but was 11", () -> WilsonInterval.of(11, 10));
    assertThatThrownBy(() -> WilsonInterval.of(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successes")
        .hasMessageContaining("-1");
  }

  @Test
  void rejectsBadConfidence() {
    for (double c : new double[] {0.0, 1.0, -0.5, 95, Double.NaN}) {
      assertThatThrownBy(() -> WilsonInterval.of(1, 2, c))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("confidence must be in (0, 1)")
          .hasMessageEndingWith("but was " + c);
    }
  }

  @Test
  void equalityFollowsCountsAndConfidence() {
    assertThat(WilsonInterval.of(3, 7)).isEqualTo(WilsonInterval.of(3, 7, 0.95));
    assertThat(WilsonInterval.of(3, 7)).hasSameHashCodeAs(WilsonInterval.of(3, 7, 0.95));
    assertThat(WilsonInterval.of(3, 7)).isNotEqualTo(WilsonInterval.of(3, 7, 0.9));
    assertThat(WilsonInterval.of(3, 7)).isNotEqualTo(WilsonInterval.of(4, 7));
  }

  @SeededTest
  void intervalContainsTheEstimateAndStaysInTheUnitInterval(Seed seed) {
    SplittableRandom r = seed.random();
    long n = r.nextInt(5) == 0 ? r.nextLong(1, 1L << 40) : r.nextLong(1, 200);
    long s = r.nextLong(0, n + 1);
    double confidence = r.nextBoolean() ? 0.95 : 0.5 + 0.499 * r.nextDouble();
    WilsonInterval w = WilsonInterval.of(s, n, confidence);
    double p = w.estimate();
    assertThat(w.lower()).as("%s", seed).isBetween(0.0, p);
    assertThat(w.upper()).as("%s", seed).isBetween(p, 1.0);
    assertThat(w.contains(p)).isTrue();
    // A higher confidence never gives a narrower interval.
    WilsonInterval wider = WilsonInterval.of(s, n, Math.min(0.999, confidence + 0.0005));
    assertThat(wider.lower()).as("%s", seed).isLessThanOrEqualTo(w.lower() + 1e-15);
    assertThat(wider.upper()).as("%s", seed).isGreaterThanOrEqualTo(w.upper() - 1e-15);
  }
}
