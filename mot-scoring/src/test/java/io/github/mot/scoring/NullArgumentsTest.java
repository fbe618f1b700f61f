package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import java.util.stream.Stream;
import io.github.mot.core.testing.Rejections;
import org.junit.jupiter.api.Test;

/** Null arguments fail at once with a NullPointerException that names the argument. */
@SuppressWarnings("NullAway") // passes null on purpose
class NullArgumentsTest {

  @Test
  void factoriesNameTheNullArgument() {
    assertThatThrownBy(() -> FirstImpressionScorer.of(null)).hasMessage("weights");
    assertThatThrownBy(() -> FirstImpressionScorer.STANDARD.score(null)).hasMessage("ratings");
    assertThatThrownBy(() -> FirstImpressionScorer.STANDARD.accumulator(null)).hasMessage("scale");
    assertThatThrownBy(() -> FirstImpressionAccumulator.create(null)).hasMessage("scale");
    assertThatThrownBy(() -> FirstImpressionScorer.STANDARD.toSummaryBy(null, Encounter::touchpointId))
        .hasMessage("scale");
    assertThatThrownBy(() -> FirstImpressionScorer.STANDARD.toSummaryBy(RatingScale.FIVE_POINT, null))
        .hasMessage("key");
    assertThatThrownBy(() -> AuditTrend.Point.of(null, "a", "s", 0.5)).hasMessage("auditedAt");
    assertThatThrownBy(() -> EncounterScorecard.of(null)).hasMessage("journey");
    assertThatThrownBy(() -> Audit.builder(null)).hasMessage("checklist");
    assertThatThrownBy(() -> AuditScore.of(null)).hasMessage("audit");
    assertThatThrownBy(() -> GroupedScorecardAccumulator.create(null)).hasMessage("grouping");
    assertThatThrownBy(() -> ScorecardSummary.ofCounts((long[]) null)).hasMessage("counts");
  }

  @Test
  void accumulatorsNameTheNullArgument() {
    Rejections.assertRejectsNull(
        "key", () -> GroupedScorecardAccumulator.<String>create("k").add(null, 1));
    assertThatThrownBy(() -> ScorecardAccumulator.create().merge((ScorecardAccumulator) null))
        .hasMessage("other");
    assertThatThrownBy(() -> AuditOverviewAccumulator.create().merge(null)).hasMessage("other");
    assertThatThrownBy(
            () -> FirstImpressionScorer.STANDARD.accumulator(RatingScale.FIVE_POINT).merge(null))
        .hasMessage("other");
    assertThatThrownBy(() -> Audit.builder(Fixtures.CHECKLIST).outcome("greet", null))
        .hasMessage("outcome");
    Encounter rated = Encounter.builder().customerId("c").touchpointId("greet").occurredAt(Fixtures.T0)
        .ratings(AbcRatings.of(RatingScale.FIVE_POINT, 1, 1, 1)).build();
    Rejections.assertRejectsNull("key", () -> Stream.of(rated)
        .collect(FirstImpressionScorer.STANDARD.toSummaryBy(RatingScale.FIVE_POINT, e -> null)));
  }
}
