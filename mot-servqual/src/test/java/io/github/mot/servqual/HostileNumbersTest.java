package io.github.mot.servqual;

import io.github.mot.servqual.testing.Fixtures;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.FuzzGenerators;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NaN, infinities, -0.0, extremes and values just outside a range fed to the SERVQUAL data and
 * points: rejected with an {@link IllegalArgumentException} naming the field and the value, or
 * stored clean (finite, never -0.0) and never propagated into a result as NaN.
 */
class HostileNumbersTest {

  static Stream<Double> hostile() {
    return FuzzGenerators.hostileAround(0.0, 100.0, 1e307);
  }

  private static Response respondent(String id, double tangibles, double reliability) {
    return Response.builder(id)
        .expectations(7, 6, 5)
        .perceptions(5, 6, 4)
        .points(Dimension.TANGIBLES, tangibles)
        .points(Dimension.RELIABILITY, reliability)
        .build();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void pointsAreRejectedOrStoredClean(double x) {
    for (PointsPolicy policy : PointsPolicy.values()) {
      SurveyData.Builder b = SurveyData.builder(Fixtures.THREE_ITEMS).pointsPolicy(policy);
      b.add(respondent("ok", 50, 50));
      try {
        b.add(respondent("x", x, x));
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessageContaining("importance points").hasMessageContaining(" but ");
        assertThat(b.size()).isEqualTo(1);
        continue;
      }
      SurveyData data = b.build();
      for (Dimension d : List.of(Dimension.TANGIBLES, Dimension.RELIABILITY)) {
        OptionalDouble p = data.points(d, 1);
        assertThat(p).isPresent();
        assertThat(Double.isFinite(p.getAsDouble())).as("%s points %s", policy, x).isTrue();
        assertThat(Double.doubleToRawLongBits(p.getAsDouble())).isNotEqualTo(Long.MIN_VALUE);
      }
      GapReport report = GapAnalysis.withDefaults().analyze(data);
      report
          .weighted()
          .ifPresent(w -> assertThat(Double.isFinite(w.mean())).as("weighted %s", x).isTrue());
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void confidenceLevelIsRejectedOrGivesFiniteIntervals(double level) {
    GapAnalysis a;
    try {
      a = GapAnalysis.withDefaults().withConfidenceLevel(level);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("confidence level must be in (0, 1) but was");
      return;
    }
    MeanEstimate gap = a.analyze(Fixtures.fourRespondents(false).build()).unweighted();
    assertThat(gap.ciLower()).isNotNaN();
    assertThat(gap.ciUpper()).isNotNaN();
  }

  @Test
  void answersOffTheScaleAreRejected() {
    for (int bad : new int[] {Integer.MIN_VALUE + 1, -1, 0, 8, Integer.MAX_VALUE}) {
      SurveyData.Builder b = SurveyData.builder(Fixtures.THREE_ITEMS);
      assertThatThrownBy(
              () -> b.add(Response.builder("r").expectations(bad, 1, 1).perceptions(1, 1, 1).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "respondent r: expectation of item 1 must be on the scale [1, 7] but was " + bad);
      assertThat(b.size()).isZero();
    }
  }

  // ---- regressions ---------------------------------------------------------------------------

  @Test
  void hugePointsAreRescaledWithoutOverflow() {
    // Before: points * 100 / total overflowed: 1e307 and 1e307 became Infinity / 2e307 = Infinity,
    // and 1e308 twice gave a total of Infinity and points of NaN.
    SurveyData data =
        SurveyData.builder(Fixtures.THREE_ITEMS)
            .pointsPolicy(PointsPolicy.RESCALE)
            .add(respondent("r", 1e307, 3e307))
            .build();
    assertThat(data.points(Dimension.TANGIBLES, 0)).hasValue(25.0);
    assertThat(data.points(Dimension.RELIABILITY, 0)).hasValue(75.0);
    assertThatThrownBy(
            () ->
                SurveyData.builder(Fixtures.THREE_ITEMS)
                    .pointsPolicy(PointsPolicy.RESCALE)
                    .add(respondent("r", 1e308, 1e308)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "respondent r: importance points must sum to 100 but summed to Infinity (too large to"
                + " rescale)");
  }

  @Test
  void negativeZeroPointsAreStoredAsZero() {
    Response r = respondent("r", -0.0, 100);
    assertThat(Double.doubleToRawLongBits(r.points().getOrDefault(Dimension.TANGIBLES, 1.0))).isZero();
    assertThat(r).isEqualTo(respondent("r", 0.0, 100));
  }
}
