package io.github.mot.servqual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The option accessors of every analysis: the defaults, and what each {@code withX} copy reports. */
class AnalysisOptionsTest {

  @Test
  void wilcoxonGapAnalysisReportsItsOptions() {
    WilcoxonGapAnalysis d = WilcoxonGapAnalysis.withDefaults();
    assertThat(d.missingPolicy()).isEqualTo(MissingPolicy.LISTWISE);
    assertThat(d.confidenceLevel()).isEqualTo(0.95);
    WilcoxonGapAnalysis a = d.withMissing(MissingPolicy.PAIRWISE).withConfidenceLevel(0.9);
    assertThat(a.missingPolicy()).isEqualTo(MissingPolicy.PAIRWISE);
    assertThat(a.confidenceLevel()).isEqualTo(0.9);
    assertThat(d.missingPolicy()).as("the defaults are not changed").isEqualTo(MissingPolicy.LISTWISE);
  }

  @Test
  void perceptionAnalysisReportsItsOptions() {
    PerceptionAnalysis d = PerceptionAnalysis.withDefaults();
    assertThat(d.missingPolicy()).isEqualTo(MissingPolicy.LISTWISE);
    assertThat(d.confidenceLevel()).isEqualTo(0.95);
    PerceptionAnalysis a = d.withMissing(MissingPolicy.PAIRWISE).withConfidenceLevel(0.99);
    assertThat(a.missingPolicy()).isEqualTo(MissingPolicy.PAIRWISE);
    assertThat(a.confidenceLevel()).isEqualTo(0.99);
    assertThat(d.confidenceLevel()).as("the defaults are not changed").isEqualTo(0.95);
  }

  @Test
  void importancePerformanceReportsItsOptions() {
    ImportancePerformance d = ImportancePerformance.withDefaults();
    assertThat(d.missingPolicy()).isEqualTo(MissingPolicy.LISTWISE);
    assertThat(d.importanceCut()).isEmpty();
    assertThat(d.performanceCut()).isEmpty();
    ImportancePerformance a = d.withMissing(MissingPolicy.PAIRWISE).withCuts(20, 4.5);
    assertThat(a.missingPolicy()).isEqualTo(MissingPolicy.PAIRWISE);
    assertThat(a.importanceCut()).isEqualTo(OptionalDouble.of(20));
    assertThat(a.performanceCut()).isEqualTo(OptionalDouble.of(4.5));
    ImportancePerformance g = a.withGrandMeanCuts();
    assertThat(g.importanceCut()).isEmpty();
    assertThat(g.performanceCut()).isEmpty();
    assertThat(g.missingPolicy()).isEqualTo(MissingPolicy.PAIRWISE);
  }

  @Test
  void gapAndReliabilityAnalysesKeepTheirOptionsAcrossCopies() {
    GapAnalysis g = GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).withConfidenceLevel(0.9)
        .withParallelism(2);
    assertThat(g.missingPolicy()).isEqualTo(MissingPolicy.PAIRWISE);
    assertThat(g.confidenceLevel()).isEqualTo(0.9);
    ReliabilityAnalysis r = ReliabilityAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE)
        .withConfidenceLevel(0.9).withBootstrap(100, 1).withoutBootstrap();
    assertThat(r.missingPolicy()).isEqualTo(MissingPolicy.PAIRWISE);
    assertThat(r.confidenceLevel()).isEqualTo(0.9);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void everyAnalysisChecksItsSharedOptionsTheSameWay() {
    assertThatThrownBy(() -> WilcoxonGapAnalysis.withDefaults().withConfidenceLevel(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence level must be in (0, 1) but was 0.0");
    assertThatThrownBy(() -> PerceptionAnalysis.withDefaults().withConfidenceLevel(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> ImportancePerformance.withDefaults().withMissing(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy");
    assertThatThrownBy(() -> ReliabilityAnalysis.withDefaults().withMissing(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy");
  }
}
