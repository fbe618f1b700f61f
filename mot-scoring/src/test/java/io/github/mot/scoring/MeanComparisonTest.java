package io.github.mot.scoring;

import static io.github.mot.core.testing.Rejections.assertRejectsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.table.Format;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Welch's comparison of two groups against SciPy. */
class MeanComparisonTest {

  private static final double[] X = {1.5, -0.5, 2.0, 0.0, 1.0, -1.0, 2.5};
  private static final double[] Y = {-1.0, -2.0, 0.5, -0.5, -3.0};

  /**
   * SciPy 1.17.1: {@code r = scipy.stats.ttest_ind(x, y, equal_var=False)}; {@code
   * r.confidence_interval(0.95)} and {@code (0.90)}; {@code numpy.std(x, ddof=1)}. R's {@code
   * t.test(x, y)} prints the same figures.
   */
  @Test
  void matchesScipysWelchTest() {
    MeanComparison c = MeanComparison.of(X, Y);
    assertThat(c.difference()).isCloseTo(1.9857142857142858, within(1e-12));
    assertThat(c.t()).isCloseTo(2.535598690182051, within(1e-12));
    assertThat(c.p()).isCloseTo(0.03296303930322683, within(1e-12));
    assertThat(c.degreesOfFreedom()).isCloseTo(8.630601105780002, within(1e-12));
    assertThat(c.lower()).isCloseTo(0.20251533009825562, within(1e-9));
    assertThat(c.upper()).isCloseTo(3.768913241330316, within(1e-9));
    assertThat(c.firstSd()).isCloseTo(1.318368399991155, within(1e-12));
    assertThat(c.secondSd()).isCloseTo(1.3509256086106296, within(1e-12));
    assertThat(c.firstCount()).isEqualTo(7);
    assertThat(c.secondCount()).isEqualTo(5);
    assertThat(c.isSignificant()).isTrue();
    MeanComparison c90 = MeanComparison.of(X, Y, 0.90);
    assertThat(c90.lower()).isCloseTo(0.5431134884130748, within(1e-9));
    assertThat(c90.upper()).isCloseTo(3.4283150830154963, within(1e-9));
  }

  @Test
  void undefinedFiguresAreNaN() {
    MeanComparison one = MeanComparison.of(new double[] {1.0}, Y);
    assertThat(one.firstSd()).isNaN();
    assertThat(one.difference()).isCloseTo(1.0 - (-1.2), within(1e-12));
    assertThat(one.p()).isNaN();
    assertThat(one.lower()).isNaN();
    assertThat(one.isSignificant()).isFalse();
    MeanComparison empty = MeanComparison.of(new double[0], Y);
    assertThat(empty.firstMean()).isNaN();
    assertThat(empty.difference()).isNaN();
    MeanComparison constant = MeanComparison.of(new double[] {1, 1}, new double[] {2, 2});
    assertThat(constant.difference()).isEqualTo(-1.0);
    assertThat(constant.standardError()).isNaN();
    assertThat(Format.JSON.render(empty)).contains("\"firstMean\" : null");
  }

  @Test
  void rejectsBadInput() {
    assertRejectsWith("first[1]", () -> MeanComparison.of(new double[] {1, Double.NaN}, Y));
    assertRejectsWith("second[0]", () -> MeanComparison.of(X, new double[] {Double.POSITIVE_INFINITY}));
    assertRejectsWith("confidence", () -> MeanComparison.of(X, Y, 1.0));
  }

  @Test
  void printsOneSentenceInEnglishAndChinese() {
    MeanComparison c = MeanComparison.of(X, Y);
    assertThat(c.toString())
        .isEqualTo("difference 1.986 [0.203, 3.769] (mean 0.786 of 7 vs -1.200 of 5, Welch 95%, p = 0.0330)");
    assertThat(c.toString(Locale.SIMPLIFIED_CHINESE)).startsWith("差值 1.986");
    assertThat(Format.CSV.render(c)).startsWith("first_count,first_mean,first_sd,second_count");
  }
}
