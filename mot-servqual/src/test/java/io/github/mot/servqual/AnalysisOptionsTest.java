package io.github.mot.servqual;

import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.WilcoxonGapAnalysis;
import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.perception.PerceptionAnalysis;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The option accessors of every analysis: the defaults, and what each {@code withX} copy reports. */
class AnalysisOptionsTest {

  private static final MissingPolicy L = MissingPolicy.LISTWISE;
  private static final MissingPolicy P = MissingPolicy.PAIRWISE;

  /** The analysis, its missing policy and confidence level, and what they should be. */
  static Stream<Arguments> options() {
    WilcoxonGapAnalysis w = WilcoxonGapAnalysis.withDefaults();
    WilcoxonGapAnalysis w2 = w.withMissing(P).withConfidenceLevel(0.9);
    PerceptionAnalysis p = PerceptionAnalysis.withDefaults();
    PerceptionAnalysis p2 = p.withMissing(P).withConfidenceLevel(0.99);
    GapAnalysis g = GapAnalysis.withDefaults().withMissing(P).withConfidenceLevel(0.9).withParallelism(2);
    ReliabilityAnalysis r = ReliabilityAnalysis.withDefaults().withMissing(P).withConfidenceLevel(0.9)
        .withBootstrap(100, 1).withoutBootstrap();
    return Stream.of(
        Arguments.of(w, w.missingPolicy(), w.confidenceLevel(), L, 0.95),
        Arguments.of(w2, w2.missingPolicy(), w2.confidenceLevel(), P, 0.9),
        Arguments.of(p, p.missingPolicy(), p.confidenceLevel(), L, 0.95),
        Arguments.of(p2, p2.missingPolicy(), p2.confidenceLevel(), P, 0.99),
        Arguments.of(g, g.missingPolicy(), g.confidenceLevel(), P, 0.9),
        Arguments.of(r, r.missingPolicy(), r.confidenceLevel(), P, 0.9));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("options")
  void everyAnalysisReportsItsOptions(Object analysis, MissingPolicy policy, double level, MissingPolicy expectedPolicy,
      double expectedLevel) {
    assertThat(policy).isEqualTo(expectedPolicy);
    assertThat(level).isEqualTo(expectedLevel);
  }

  @Test
  void importancePerformanceReportsItsOptions() {
    ImportancePerformance d = ImportancePerformance.withDefaults();
    assertThat(d.missingPolicy()).isEqualTo(L);
    assertThat(d.importanceCut()).isEmpty();
    assertThat(d.performanceCut()).isEmpty();
    ImportancePerformance a = d.withMissing(P).withCuts(20, 4.5);
    assertThat(a.missingPolicy()).isEqualTo(P);
    assertThat(a.importanceCut()).isEqualTo(OptionalDouble.of(20));
    assertThat(a.performanceCut()).isEqualTo(OptionalDouble.of(4.5));
    ImportancePerformance g = a.withGrandMeanCuts();
    assertThat(g.importanceCut()).isEmpty();
    assertThat(g.performanceCut()).isEmpty();
    assertThat(g.missingPolicy()).isEqualTo(P);
  }

  /** A bad option, the exception and a key word of its message. */
  @SuppressWarnings("NullAway") // passes null on purpose
  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of((ThrowingCallable) () -> WilcoxonGapAnalysis.withDefaults().withConfidenceLevel(0),
            IllegalArgumentException.class, "confidence level must be in (0, 1) but was 0.0"),
        Arguments.of((ThrowingCallable) () -> PerceptionAnalysis.withDefaults().withConfidenceLevel(Double.NaN),
            IllegalArgumentException.class, "NaN"),
        Arguments.of((ThrowingCallable) () -> ImportancePerformance.withDefaults().withMissing(null),
            NullPointerException.class, "policy"),
        Arguments.of((ThrowingCallable) () -> ReliabilityAnalysis.withDefaults().withMissing(null),
            NullPointerException.class, "policy"));
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void everyAnalysisChecksItsSharedOptionsTheSameWay(ThrowingCallable call, Class<? extends Throwable> type,
      String message) {
    assertThatThrownBy(call).isInstanceOf(type).hasMessageContaining(message);
  }
}
