package io.github.mot.scoring;

import static io.github.mot.core.testing.Rejections.assertRejectsNull;
import static io.github.mot.core.testing.Rejections.assertRejectsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.table.Format;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The precursors of the damaging moments (level -2 or below) of the {@link HandEpisodes}, worked
 * out by hand and checked against SciPy.
 *
 * <p>The scored successors (an encounter with a level and a predecessor), by predecessor:
 *
 * <pre>
 * enter:  A greet -2 (damaging), E greet +1                         n1 = 2, a = 1
 * greet:  A advise +2, F pay +3, B pay -1, C advise 0, E advise -3  n1 = 5, a = 1
 * advise: A pay +2, D farewell +3                                   n1 = 2, a = 0
 * pay:    B farewell -2 (damaging), C greet +1                      n1 = 2, a = 1
 * </pre>
 *
 * N = 11, D = 3, base rate 3/11. enter: rate 1/2, lift (1/2)/(3/11) = 11/6, risk ratio (1/2) /
 * (2/9) = 2.25; pay the same; greet: rate 1/5, lift 11/15, risk ratio (1/5)/(2/6) = 0.6; advise: 0,
 * no interval. Rows by lift, ties by support then id: enter, pay, greet, advise.
 *
 * <p>Two-step paths (successors with two predecessors): enter > greet: A advise +2, E advise -3 (n1
 * = 2, a = 1); greet > advise: A pay +2 (1, 0); greet > pay: B farewell -2 (1, 1); pay > greet: C
 * advise 0 (1, 0). N = 5, D = 2, base rate 0.4. greet > pay: lift 2.5, risk ratio 1 / (1/4) = 4;
 * enter > greet: lift 1.25, risk ratio (1/2) / (1/3) = 1.5.
 */
class PrecursorsTest {

  private static final Precursors ALL = Precursors.withDefaults().withMinSupport(1);

  /**
   * Katz's intervals from SciPy 1.17: {@code scipy.stats.contingency.relative_risk(a, n1, c,
   * n2).confidence_interval(0.95)} with (1, 2, 2, 9) for enter and pay, (1, 5, 2, 6) for greet, (1,
   * 2, 1, 3) for enter > greet, (1, 1, 1, 4) for greet > pay.
   */
  @Test
  void theHandEpisodesPrecursors() {
    PrecursorReport r = ALL.analyze(HandEpisodes.episodes());
    assertThat(r.touchpointPopulation().successors()).isEqualTo(11);
    assertThat(r.touchpointPopulation().damaging()).isEqualTo(3);
    assertThat(r.touchpointPopulation().baseRate()).isEqualTo(3.0 / 11);
    assertThat(r.touchpoints()).extracting(p -> p.touchpoints().get(0)).containsExactly("enter", "pay", "greet", "advise");
    PrecursorReport.Precursor enter = r.touchpoints().get(0);
    assertThat(enter.support()).isEqualTo(2);
    assertThat(enter.damaging()).isEqualTo(1);
    assertThat(enter.rate()).isEqualTo(0.5);
    assertThat(enter.lift()).isCloseTo(11.0 / 6, within(1e-12));
    assertThat(enter.relativeRisk()).isCloseTo(2.25, within(1e-12));
    assertThat(enter.lower()).isCloseTo(0.35453736039331835, within(1e-12));
    assertThat(enter.upper()).isCloseTo(14.279172142489411, within(1e-9));
    assertThat(enter.significant()).isFalse();
    PrecursorReport.Precursor greet = r.touchpoints().get(2);
    assertThat(greet.lift()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(greet.relativeRisk()).isCloseTo(0.6, within(1e-12));
    assertThat(greet.lower()).isCloseTo(0.07446942650746165, within(1e-12));
    assertThat(greet.upper()).isCloseTo(4.834198635381313, within(1e-9));
    PrecursorReport.Precursor advise = r.touchpoints().get(3);
    assertThat(advise.lift()).isZero();
    assertThat(advise.relativeRisk()).isZero();
    assertThat(advise.lower()).isNaN();
    assertThat(advise.upper()).isNaN();
    // the paths
    assertThat(r.pathPopulation().successors()).isEqualTo(5);
    assertThat(r.pathPopulation().damaging()).isEqualTo(2);
    assertThat(r.pathPopulation().baseRate()).isEqualTo(0.4);
    assertThat(r.paths()).extracting(p -> String.join(" > ", p.touchpoints()))
        .containsExactly("greet > pay", "enter > greet", "greet > advise", "pay > greet");
    PrecursorReport.Precursor greetPay = r.paths().get(0);
    assertThat(greetPay.lift()).isCloseTo(2.5, within(1e-12));
    assertThat(greetPay.relativeRisk()).isCloseTo(4.0, within(1e-12));
    assertThat(greetPay.lower()).isCloseTo(0.7326521546562905, within(1e-12));
    assertThat(greetPay.upper()).isCloseTo(21.8384671338421, within(1e-9));
    PrecursorReport.Precursor enterGreet = r.paths().get(1);
    assertThat(enterGreet.relativeRisk()).isCloseTo(1.5, within(1e-12));
    assertThat(enterGreet.lower()).isCloseTo(0.1805878434592849, within(1e-12));
    assertThat(enterGreet.upper()).isCloseTo(12.459310421453045, within(1e-9));
    // the touchpoints' counts add up to the population
    assertThat(r.touchpoints().stream().mapToLong(PrecursorReport.Precursor::damaging).sum()).isEqualTo(3);
    assertThat(r.touchpoints().stream().mapToLong(PrecursorReport.Precursor::support).sum()).isEqualTo(11);
  }

  /**
   * Fisher's exact test against SciPy 1.17: {@code scipy.stats.fisher_exact([[a, n1 - a], [d - a, n -
   * n1 - d + a]]).pvalue} for each {a, n1, d, n}, the hand episodes' first (enter: 49.1%, greet: 1),
   * then tables up to a million successors whose tails reach 1e-221.
   */
  @Test
  void fishersExactTestMatchesScipy() {
    long[][] tables = {{1, 2, 3, 11}, {1, 5, 3, 11}, {0, 2, 3, 11}, {1, 1, 2, 5}, {1, 2, 2, 5},
        {40, 100, 300, 10000}, {3, 1000, 500, 100000}, {120, 400, 2000, 1000000}, {0, 30, 3, 11000}};
    double[] scipy = {0.49090909090909096, 1.0, 1.0, 0.4000000000000001, 1.0, 2.5165595038053915e-35,
        0.49962013804844674, 1.1854180934037107e-221, 1.0};
    for (int i = 0; i < tables.length; i++) {
      long[] t = tables[i];
      assertThat(Precursors.fisher(t[0], t[1], t[2], t[3])).as("table %d", i)
          .isCloseTo(scipy[i], org.assertj.core.api.Assertions.withinPercentage(1e-7));
    }
    PrecursorReport r = ALL.analyze(HandEpisodes.episodes());
    assertThat(r.touchpoints().get(0).p()).isCloseTo(0.49090909090909096, within(1e-12));
    assertThat(r.touchpoints().get(2).p()).isCloseTo(1.0, within(1e-12));
  }

  /**
   * At -3 only E's advise is damaging: D = 1, after greet. greet: rate 1/5, lift (1/5)/(1/11) =
   * 2.2; no other damaging successor (c = 0): risk ratio and interval undefined.
   */
  @Test
  void anotherThresholdAndTheMinimumSupport() {
    PrecursorReport r = ALL.withThreshold(-3).analyze(HandEpisodes.episodes());
    assertThat(r.touchpointPopulation().damaging()).isEqualTo(1);
    PrecursorReport.Precursor greet = r.touchpoints().get(0);
    assertThat(greet.touchpoints()).containsExactly("greet");
    assertThat(greet.lift()).isCloseTo(2.2, within(1e-12));
    assertThat(greet.relativeRisk()).isNaN();
    assertThat(greet.lower()).isNaN();
    // support 2 keeps the touchpoints (2, 5, 2, 2) and one path of four
    PrecursorReport two = Precursors.withDefaults().withMinSupport(2).analyze(HandEpisodes.episodes());
    assertThat(two.touchpoints()).hasSize(4);
    assertThat(two.paths()).hasSize(1);
    assertThat(two.removedPathCount()).isEqualTo(3);
    assertThat(two.removedTouchpointCount()).isZero();
    // the default support of 5 keeps greet only
    PrecursorReport defaults = Precursors.withDefaults().analyze(HandEpisodes.episodes());
    assertThat(defaults.touchpoints()).hasSize(1);
    assertThat(defaults.analysis().minSupport()).isEqualTo(5);
    assertThat(defaults.analysis().threshold()).isEqualTo(-2);
    // nothing damaging at all: lifts undefined
    PrecursorReport none = ALL.withThreshold(-3).analyze(
        ObservedJourneys.withDefaults().observe(io.github.mot.scoring.log.EncounterLog.of(
            List.of(Fixtures.enc("x", "greet", 0, 1), Fixtures.enc("x", "pay", 1, 2)))));
    assertThat(none.touchpoints().get(0).lift()).isNaN();
  }

  // --- the Javadoc example of Precursors (verbatim) ---
  static PrecursorReport javadocExample(Episodes episodes) {
    PrecursorReport report = Precursors.withDefaults().withThreshold(-3).withMinSupport(20).analyze(episodes);
    return report;
  }
  // --- end of the example ---

  @Test
  void theJavadocExampleRuns() {
    // 11 successors, E's advise the one at -3; no precursor has a support of 20
    PrecursorReport report = javadocExample(HandEpisodes.episodes());
    assertThat(report.touchpointPopulation().damaging()).isEqualTo(1);
    assertThat(report.touchpoints()).isEmpty();
    assertThat(report.removedTouchpointCount()).isEqualTo(4);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badInputIsRejected() {
    assertRejectsWith("damaging threshold must be a scorecard level in -3..+3 but was -4",
        () -> Precursors.withDefaults().withThreshold(-4));
    assertRejectsWith("damaging threshold must be a scorecard level in -3..+3 but was 4",
        () -> Precursors.withDefaults().withThreshold(4));
    assertRejectsWith("minimum support must be", () -> Precursors.withDefaults().withMinSupport(0));
    assertRejectsNull("episodes", () -> Precursors.withDefaults().analyze(null));
    assertThat(Precursors.withDefaults().toString()).isEqualTo("Precursors[threshold=-2, minSupport=5]");
  }

  @Test
  void printsAndExports() {
    PrecursorReport r = ALL.analyze(HandEpisodes.episodes());
    assertThat(r.toString()).startsWith("What precedes a damaging moment (level -2 or below): 3 of 11 scored successors"
        + " damaging (27.3%); precursors of at least 1\n").contains("greet > pay");
    assertThat(r.toString(Locale.SIMPLIFIED_CHINESE)).contains("提升度", "风险比");
    assertThat(Format.CSV.render(r)).startsWith("table,precursor,support,damaging,rate,lift,relative_risk,lower,upper,significant,p\n"
        + "touchpoints,enter,2,1,0.5,");
    assertThat(Format.JSON.render(r)).contains("\"successorCount\" : 11", "\"lower\" : null");
  }
}
