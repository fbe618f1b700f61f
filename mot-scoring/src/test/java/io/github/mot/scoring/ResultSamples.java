package io.github.mot.scoring;

import static io.github.mot.scoring.Fixtures.COUNTER;
import static io.github.mot.scoring.Fixtures.enc;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.scoring.log.EncounterLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One or more instances of every scoring result that prints a table, made from the hand-made
 * {@link Fixtures}: the inputs of the English golden tables and of the localised tables tests.
 */
final class ResultSamples {

  private ResultSamples() {}

  /** The samples by name, in a fixed order. */
  static Map<String, Object> all() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ScorecardSummary", ScorecardSummary.ofCounts(1, 0, 1, 1, 2, 3, 2));
    m.put("ScorecardSummary empty", ScorecardSummary.EMPTY);
    List<Encounter> encounters = new ArrayList<>(Fixtures.C1);
    encounters.add(enc("c2", "pay", 30, 2, "s2"));
    encounters.add(enc("c2", "farewell", 31, 0, "s2"));
    EncounterScorecard cards = EncounterScorecard.of(COUNTER);
    m.put("GroupedSummary by staff", cards.summarize(EncounterScorecard.GroupBy.STAFF, encounters));
    m.put("GroupedSummary by stage", cards.summarize(EncounterScorecard.GroupBy.STAGE, encounters));
    GroupedScorecardAccumulator<Integer> many = GroupedScorecardAccumulator.create("n");
    for (int k = 0; k < 40; k++) {
      many.add(k, k % 7 - 3);
    }
    m.put("GroupedSummary of 40 groups", many.summary());
    m.put("JourneyScore", JourneyScorer.of(COUNTER).score(Fixtures.C1));
    RatingScale five = RatingScale.FIVE_POINT;
    m.put("FirstImpression", FirstImpressionScorer.STANDARD.score(AbcRatings.of(five, 3, 4, 5)));
    m.put("FirstImpressionSummary",
        Stream.of(AbcRatings.of(five, 3, 4, 5), AbcRatings.of(five, 5, 5, 5), AbcRatings.of(five, 1, 2, 3))
            .collect(FirstImpressionScorer.STANDARD.toSummary(five)));
    m.put("FirstImpressionSummary empty",
        Stream.<AbcRatings>empty().collect(FirstImpressionScorer.STANDARD.toSummary(five)));
    m.put("Audit", AuditTest.A1);
    m.put("Audit at a touchpoint", AuditTest.A2);
    m.put("AuditScore", AuditScore.of(AuditTest.A1));
    m.put("AuditScore with a critical failure", AuditScore.of(AuditTest.A2));
    m.put("ComplianceScore", AuditScore.of(AuditTest.A2).overall());
    AuditOverview report = Stream.of(AuditTest.A1, AuditTest.A2, AuditTest.A3).collect(AuditOverviewAccumulator.toOverview());
    m.put("AuditSummary", report.overall());
    m.put("AuditTrend", report.trend());
    m.put("AuditOverview", report);
    m.put("ContactVolume", ContactVolume.CARLZON_SAS);
    m.put("ContactForecast", ContactVolume.CARLZON_SAS.negativeContacts(8, 10));
    m.put("WilsonInterval", WilsonInterval.of(8, 10));
    m.put("WilsonInterval 90%", WilsonInterval.of(45, 100, 0.9));
    m.put("WilsonInterval of no trials", WilsonInterval.of(0, 0));
    m.put("MeanComparison", MeanComparison.of(new double[] {1.5, -0.5, 2.0, 0.0, 1.0, -1.0, 2.5},
        new double[] {-1.0, -2.0, 0.5, -0.5, -3.0}));
    m.put("JourneyScores", JourneyScorer.of(COUNTER).score(EncounterLog.of(encounters)));
    Episodes episodes = ObservedJourneys.withDefaults()
        .withJourney(io.github.mot.core.JourneyTemplate.RETAIL_COUNTER.journey())
        .withStartTouchpoints(List.of("entering"))
        .observe(EncounterLog.of(ObservedJourneysTest.handLog()));
    m.put("Episodes", episodes);
    m.put("DirectlyFollowsGraph of at least 2 transitions", episodes.directlyFollows().withMinTransitions(2));
    ConformanceReport conformance = ConformanceTest.handReport();
    m.put("ConformanceReport", conformance);
    m.put("DeviationCost", conformance.cost(JourneyModel.MEAN));
    m.put("ConformanceSummary", conformance.summary());
    Episodes hand = HandEpisodes.episodes();
    m.put("FunnelReport by channel", Funnel.of(List.of("greet", "advise", "pay")).withGroupBy(EpisodeGrouping.channel())
        .analyze(hand));
    m.put("PrecursorReport of support 2", Precursors.withDefaults().withMinSupport(2).analyze(hand));
    m.put("RecoveryReport", Recovery.withDefaults().analyze(hand));
    m.put("JourneyReport of the stages, support 2", EncounterJourneys.of(episodes.analysis())
        .withPrecursors(Precursors.withDefaults().withMinSupport(2)).analyze(episodes));
    return m;
  }

  /** Every sample's plain {@code toString()}, each after a line {@code === name}. */
  static String englishTables() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : all().entrySet()) {
      sb.append("=== ").append(e.getKey()).append('\n').append(e.getValue()).append('\n');
    }
    return sb.toString();
  }
}
