package io.github.mot.benchmarks;

import static io.github.mot.benchmarks.EncounterWorkload.STAFF;
import static io.github.mot.benchmarks.EncounterWorkload.TOUCHPOINTS;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.FirstImpressionSummary;
import io.github.mot.scoring.GroupedSummary;
import io.github.mot.scoring.EncounterScorecard;
import io.github.mot.scoring.ScorecardAccumulator;
import io.github.mot.scoring.ScorecardSummary;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Workload 2 through the library's object API, as a CRM that holds {@link Encounter} objects
 * would call it: {@link EncounterScorecard#grouping(EncounterScorecard.GroupBy)} per touchpoint and per
 * staff member and {@link FirstImpressionScorer#toSummaryBy} per touchpoint, each a collector on
 * a (parallel) stream of the encounters; a sequential stream allocates nothing per encounter. The encounters are built once from the
 * workload's columns: touchpoint i of the workload is the i-th touchpoint of the retail template,
 * staff member s is {@code "staff-s"}, one customer id per 50 encounters and one timestamp per
 * encounter.
 */
public final class EncounterObjects {

  private final List<Encounter> encounters;
  private final EncounterScorecard scorecard;
  private final List<String> touchpointIds;
  private final List<String> staffIds;
  private @Nullable EncounterLog log;

  /**
   * Builds the encounter objects.
   *
   * @param w the log
   */
  public EncounterObjects(EncounterWorkload w) {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    if (journey.touchpoints().size() != TOUCHPOINTS) {
      throw new IllegalStateException("the retail template must have " + TOUCHPOINTS + " touchpoints");
    }
    scorecard = EncounterScorecard.of(journey);
    touchpointIds = journey.touchpoints().stream().map(t -> t.id()).toList();
    List<String> staff = new ArrayList<>(STAFF);
    for (int s = 0; s < STAFF; s++) {
      staff.add(String.format(Locale.ROOT, "staff-%03d", s));
    }
    staffIds = List.copyOf(staff);
    Instant start = Instant.parse("2026-01-01T08:00:00Z");
    List<Encounter> list = new ArrayList<>(w.size());
    String customer = "";
    for (int i = 0; i < w.size(); i++) {
      if (i % 50 == 0) {
        customer = "c" + i / 50;
      }
      list.add(Encounter.builder()
          .customerId(customer)
          .touchpointId(touchpointIds.get(w.touchpoint()[i]))
          .occurredAt(start.plusSeconds(i))
          .staffId(staffIds.get(w.staff()[i]))
          .level(ScorecardLevel.of(w.level()[i]))
          .ratings(AbcRatings.of(RatingScale.FIVE_POINT, w.appearance()[i], w.behaviour()[i], w.communication()[i]))
          .build());
    }
    encounters = list;
  }

  /**
   * Computes every figure with three collectors over the encounters.
   *
   * @param parallel whether to use parallel streams
   * @return the figures
   */
  public EncounterFigures figures(boolean parallel) {
    GroupedSummary<String, ScorecardSummary> byTouchpoint =
        stream(parallel).collect(scorecard.grouping(EncounterScorecard.GroupBy.TOUCHPOINT));
    GroupedSummary<String, ScorecardSummary> byStaff =
        stream(parallel).collect(scorecard.grouping(EncounterScorecard.GroupBy.STAFF));
    Map<String, FirstImpressionSummary> first = stream(parallel)
        .collect(FirstImpressionScorer.STANDARD.toSummaryBy(RatingScale.FIVE_POINT, Encounter::touchpointId));
    return figures(byTouchpoint, byStaff, first);
  }

  /**
   * The same encounters as a columnar {@link EncounterLog}, built on first use (not timed).
   *
   * @return the log
   */
  public EncounterLog log() {
    EncounterLog l = log;
    if (l == null) {
      l = EncounterLog.of(encounters);
      log = l;
    }
    return l;
  }

  /**
   * Computes every figure from the columnar log: the grouped scorecards of {@link
   * EncounterScorecard#summarize(EncounterScorecard.GroupBy, EncounterLog)} and the first
   * impression per touchpoint of {@link FirstImpressionScorer#summarizeByTouchpoint}; one thread.
   *
   * @return the figures
   */
  public EncounterFigures logFigures() {
    EncounterLog l = log();
    GroupedSummary<String, ScorecardSummary> byTouchpoint = scorecard.summarize(EncounterScorecard.GroupBy.TOUCHPOINT, l);
    GroupedSummary<String, ScorecardSummary> byStaff = scorecard.summarize(EncounterScorecard.GroupBy.STAFF, l);
    Map<String, FirstImpressionSummary> first = FirstImpressionScorer.STANDARD.summarizeByTouchpoint(l, RatingScale.FIVE_POINT);
    return figures(byTouchpoint, byStaff, first);
  }

  /** The figures from the summaries by touchpoint and staff id and the first impressions by touchpoint id. */
  private EncounterFigures figures(GroupedSummary<String, ScorecardSummary> byTouchpoint,
      GroupedSummary<String, ScorecardSummary> byStaff, Map<String, FirstImpressionSummary> first) {
    return EncounterLibrary.fromSummaries(
        t -> byTouchpoint.get(touchpointIds.get(t)).orElseGet(() -> ScorecardAccumulator.create().summary()),
        m -> byStaff.get(staffIds.get(m)).orElseGet(() -> ScorecardAccumulator.create().summary()),
        t -> {
          FirstImpressionSummary f = first.get(touchpointIds.get(t));
          return f == null ? Double.NaN : f.meanIndex();
        });
  }

  private Stream<Encounter> stream(boolean parallel) {
    return parallel ? encounters.parallelStream() : encounters.stream();
  }
}
