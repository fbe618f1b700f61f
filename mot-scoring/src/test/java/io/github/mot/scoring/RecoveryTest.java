package io.github.mot.scoring;

import static io.github.mot.core.testing.Rejections.assertRejectsNull;
import static io.github.mot.core.testing.Rejections.assertRejectsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.table.Format;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Recovery in the {@link HandEpisodes}, worked out by hand and checked against SciPy.
 *
 * <pre>
 * episode  first damaging moment (level <= -2)  later >= +1?           outcome       score (MEAN)
 * A        greet -2, s1                          advise +2              recovered      0.75
 * F        -                                                           never damaged  1.5
 * B        greet -3, s2                          pay -1, farewell -2    unrecovered   -2
 * C        -                                                           never damaged  1
 * D        advise -2, no staff                   farewell +3            recovered      0.5
 * E        advise -3, s1                         pay unscored           unrecovered   -1
 * </pre>
 *
 * Damaged 4, recovered 2, unrecovered 2, share 2/4. By touchpoint: advise 2 (D recovered), greet 2
 * (A recovered): 1/2 each. By staff: s1 2 (A recovered, E not), s2 1 (B not); 1 without staff (D).
 * Scores: recovered {0.75, 0.5} mean 0.625, unrecovered {-2, -1} mean -1.5, never damaged {1.5, 1}
 * mean 1.25.
 */
class RecoveryTest {

  /**
   * The means' t intervals: {@code m -+ scipy.stats.t.ppf(0.975, n - 1) * numpy.std(x, ddof=1) /
   * sqrt(n)}; Welch's comparisons: SciPy 1.17 {@code scipy.stats.ttest_ind([0.75, 0.5], [1.5, 1],
   * equal_var=False)} (and with {@code [-2, -1]}), {@code .confidence_interval(0.95)}.
   */
  @Test
  void theHandEpisodesRecovery() {
    RecoveryReport r = Recovery.withDefaults().analyze(HandEpisodes.episodes());
    assertThat(r.episodeCount()).isEqualTo(6);
    assertThat(r.total().damaged()).isEqualTo(4);
    assertThat(r.total().recovered()).isEqualTo(2);
    assertThat(r.total().unrecovered()).isEqualTo(2);
    assertThat(r.total().share()).isEqualTo(WilsonInterval.of(2, 4));
    assertThat(r.byTouchpoint()).extracting(RecoveryReport.Share::name).containsExactly("advise", "greet");
    assertThat(r.byTouchpoint()).allMatch(s -> s.damaged() == 2 && s.recovered() == 1);
    assertThat(r.byStaff()).extracting(RecoveryReport.Share::name).containsExactly("s1", "s2");
    assertThat(r.byStaff().get(0).recovered()).isEqualTo(1);
    assertThat(r.byStaff().get(1).damaged()).isEqualTo(1);
    assertThat(r.byStaff().get(1).share()).isEqualTo(WilsonInterval.of(0, 1));
    assertThat(r.damagedWithoutStaff()).isEqualTo(1);
    RecoveryReport.ScoreGroup recovered = r.scores(RecoveryReport.Outcome.RECOVERED);
    assertThat(recovered.episodes()).isEqualTo(2);
    assertThat(recovered.scored()).isEqualTo(2);
    assertThat(recovered.mean()).isCloseTo(0.625, within(1e-12));
    assertThat(recovered.sd()).isCloseTo(0.1767766952966369, within(1e-12));
    assertThat(recovered.lower()).isCloseTo(-0.9632755920218368, within(1e-9));
    assertThat(recovered.upper()).isCloseTo(2.2132755920218368, within(1e-9));
    assertThat(r.scores(RecoveryReport.Outcome.UNRECOVERED).mean()).isCloseTo(-1.5, within(1e-12));
    assertThat(r.scores(RecoveryReport.Outcome.NEVER_DAMAGED).mean()).isCloseTo(1.25, within(1e-12));
    assertThat(r.scores(RecoveryReport.Outcome.NEVER_DAMAGED).upper()).isCloseTo(4.4265511840436735, within(1e-9));
    MeanComparison vsNever = r.recoveredVsNeverDamaged();
    assertThat(vsNever.difference()).isCloseTo(-0.625, within(1e-12));
    assertThat(vsNever.p()).isCloseTo(0.19872738893452602, within(1e-9));
    assertThat(vsNever.degreesOfFreedom()).isCloseTo(1.4705882352941178, within(1e-9));
    assertThat(vsNever.lower()).isCloseTo(-2.354630707517766, within(1e-6));
    assertThat(vsNever.upper()).isCloseTo(1.104630707517766, within(1e-6));
    MeanComparison vsUnrecovered = r.recoveredVsUnrecovered();
    assertThat(vsUnrecovered.difference()).isCloseTo(2.125, within(1e-12));
    assertThat(vsUnrecovered.p()).isCloseTo(0.13001936470680486, within(1e-9));
    assertThat(vsUnrecovered.lower()).isCloseTo(-2.935844726747189, within(1e-6));
  }

  /**
   * Damage at -3 only, recovery at +2: B (greet -3; later -1, -2) and E (advise -3; later nothing
   * scored) are damaged, neither recovers; A and D join the never damaged.
   */
  @Test
  void otherThresholds() {
    Recovery strict = Recovery.withDefaults().withDamageThreshold(-3).withRecoveryThreshold(2)
        .withModel(JourneyModel.PEAK_END);
    RecoveryReport r = strict.analyze(HandEpisodes.episodes());
    assertThat(r.total().damaged()).isEqualTo(2);
    assertThat(r.total().recovered()).isZero();
    assertThat(r.scores(RecoveryReport.Outcome.NEVER_DAMAGED).episodes()).isEqualTo(4);
    assertThat(r.scores(RecoveryReport.Outcome.RECOVERED).mean()).isNaN();
    assertThat(r.recoveredVsNeverDamaged().difference()).isNaN();
    assertThat(r.analysis()).isSameAs(strict);
    assertThat(strict.toString()).isEqualTo("Recovery[damage<=-3, recovery>=2, model=PEAK_END]");
    // recovery at -1 or better: B's later pay -1 now recovers
    assertThat(Recovery.withDefaults().withRecoveryThreshold(-1).analyze(HandEpisodes.episodes()).total().recovered())
        .isEqualTo(3); // A, D and B (pay -1)
  }

  // --- the Javadoc example of Recovery (verbatim) ---
  static boolean javadocExample(io.github.mot.core.CustomerJourney map, io.github.mot.scoring.log.EncounterLog log) {
    Episodes episodes = ObservedJourneys.withDefaults().withJourney(map).observe(log);
    RecoveryReport report = Recovery.withDefaults().withModel(JourneyModel.PEAK_END).analyze(episodes);
    boolean paradox = report.recoveredVsNeverDamaged().lower() > 0;
    return paradox;
  }
  // --- end of the example ---

  @Test
  void theJavadocExampleRuns() {
    // two recovered episodes against two never damaged: no evidence of a paradox
    assertThat(javadocExample(Fixtures.COUNTER, HandEpisodes.log())).isFalse();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badInputIsRejected() {
    Recovery r = Recovery.withDefaults();
    assertRejectsWith("damage threshold must be a scorecard level in -3..+3 but was -5", () -> r.withDamageThreshold(-5));
    assertRejectsWith("recovery threshold must be a scorecard level in -3..+3 but was 4", () -> r.withRecoveryThreshold(4));
    assertRejectsWith("damage threshold must be below the recovery threshold 1 but was 1", () -> r.withDamageThreshold(1));
    assertRejectsWith("recovery threshold must be above the damage threshold -2 but was -2",
        () -> r.withRecoveryThreshold(-2));
    assertRejectsNull("model", () -> r.withModel(null));
    assertRejectsNull("episodes", () -> r.analyze(null));
    Episodes noMap = ObservedJourneys.withDefaults().observe(HandEpisodes.log());
    assertThatThrownBy(() -> r.analyze(noMap)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withJourney");
  }

  @Test
  void printsAndExports() {
    RecoveryReport r = Recovery.withDefaults().analyze(HandEpisodes.episodes());
    assertThat(r.toString()).startsWith("Recovery after a damaging moment (level -2 or below; recovered by a later +1 or"
        + " better): 4 of 6 episodes damaged, 2 recovered (50.0% [15.0%, 85.0%]), 2 not\n")
        .contains("never damaged", "By staff member of the first damaging moment (1 without one)");
    assertThat(r.toString(Locale.SIMPLIFIED_CHINESE)).contains("已挽回", "从未受损");
    assertThat(Format.JSON.render(r)).contains("\"damaged\" : 4", "\"outcome\" : \"never damaged\"",
        "\"shareLower\"");
    assertThat(Format.CSV.render(r)).startsWith("table,");
  }
}
