package io.github.mot.beam;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditAccumulator;
import io.github.mot.scoring.AuditOverviewAccumulator;
import io.github.mot.scoring.AuditScore;
import io.github.mot.scoring.ComplianceScore;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.FunnelTally;
import io.github.mot.scoring.JourneyTallies;
import io.github.mot.servqual.gap.GapTally;
import io.github.mot.servqual.gap.SurveyGaps;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.ScorecardAccumulator;
import java.util.Objects;
import org.apache.beam.sdk.values.KV;

/**
 * Beam combine functions over the library's mergeable accumulators, one per accumulator: each a
 * {@link TallyCombineFn} whose output is the merged tally (call its {@code summary()} or {@code
 * overview()}), equal byte for byte to the tally of the same inputs on one machine, whatever the
 * sharding and order.
 *
 * <p>Adding an accumulator is one method here: its {@link ByteFormCoder} ({@link MotCoders}), its
 * empty state, its {@code add} and its {@code merge}.
 *
 * <p>Static methods only; the functions are immutable, thread-safe and serializable.
 *
 * @since 0.4.0
 */
public final class MotCombineFns {

  private MotCombineFns() {}

  /**
   * The scorecard of scorecard levels ({@link ScorecardAccumulator}).
   *
   * @return the function
   */
  public static TallyCombineFn<ScorecardLevel, ScorecardAccumulator> scorecard() {
    return TallyCombineFn.of(
        MotCoders.scorecard(), ScorecardAccumulator.create(), ScorecardAccumulator::add,
        ScorecardAccumulator::merge);
  }

  /**
   * Scorecards per text key ({@link GroupedScorecardAccumulator}): a key (a touchpoint, staff or
   * customer id) with its level.
   *
   * @param grouping what the keys are, the key column's header (for example {@code "touchpoint"})
   * @return the function
   * @throws NullPointerException if {@code grouping} is null
   * @throws IllegalArgumentException if {@code grouping} is blank
   */
  public static TallyCombineFn<KV<String, ScorecardLevel>, GroupedScorecardAccumulator<String>>
      scorecardsBy(String grouping) {
    return TallyCombineFn.of(
        MotCoders.groupedScorecard(),
        GroupedScorecardAccumulator.<String>create(Objects.requireNonNull(grouping, "grouping")),
        (acc, kv) -> acc.add(kv.getKey(), kv.getValue()),
        GroupedScorecardAccumulator::merge);
  }

  /**
   * The first impression of ABC ratings on a scale, under weights ({@link
   * FirstImpressionAccumulator}).
   *
   * @param weights the weights of appearance, behaviour and communication ({@link
   *     AbcWeights#STANDARD}: 0.52, 0.33, 0.15)
   * @param scale the scale of the ratings
   * @return the function; its {@code addInput} throws {@link IllegalArgumentException} for ratings
   *     on another scale
   * @throws NullPointerException if an argument is null
   */
  public static TallyCombineFn<AbcRatings, FirstImpressionAccumulator> firstImpressions(
      AbcWeights weights, RatingScale scale) {
    return TallyCombineFn.of(MotCoders.firstImpression(), emptyFirstImpressions(weights, scale),
        FirstImpressionAccumulator::add, FirstImpressionAccumulator::merge);
  }

  /** An empty first-impression tally on the scale with the weights. */
  static FirstImpressionAccumulator emptyFirstImpressions(AbcWeights weights, RatingScale scale) {
    return FirstImpressionScorer.of(Objects.requireNonNull(weights, "weights"))
        .accumulator(Objects.requireNonNull(scale, "scale"));
  }

  /**
   * The summary of audit scores ({@link AuditAccumulator}).
   *
   * @return the function
   */
  public static TallyCombineFn<AuditScore, AuditAccumulator> audits() {
    return TallyCombineFn.of(
        MotCoders.audit(), AuditAccumulator.create(), AuditAccumulator::add, AuditAccumulator::merge);
  }

  /**
   * The summary of audits given by their compliance scores ({@link AuditAccumulator}): for a
   * collection of scored audits that travels without its checklist, such as rows of a table of
   * audits made into {@link ComplianceScore#of scores}. Its input coder is {@link
   * MotCoders#complianceScore()}, which the pipeline infers.
   *
   * <pre>{@code
   * PCollection<AuditAccumulator> tally = scores.apply(Combine.globally(MotCombineFns.compliance()));
   * }</pre>
   *
   * @return the function
   * @since 0.4.0
   */
  public static TallyCombineFn<ComplianceScore, AuditAccumulator> compliance() {
    return TallyCombineFn.of(
        MotCoders.audit(), AuditAccumulator.create(), AuditAccumulator::add, AuditAccumulator::merge);
  }

  /**
   * The overview of audits: totals, per staff member, behaviour step and touchpoint, and the trend
   * ({@link AuditOverviewAccumulator}).
   *
   * @return the function
   */
  public static TallyCombineFn<Audit, AuditOverviewAccumulator> auditOverviews() {
    return TallyCombineFn.of(
        MotCoders.auditOverview(), AuditOverviewAccumulator.create(), AuditOverviewAccumulator::add,
        AuditOverviewAccumulator::merge);
  }

  /**
   * The funnel of customers: merges the funnel tallies of customers (each tallied with {@link
   * EncounterFunnel#tally(Iterable)} from all of that customer's encounters) into the tally of all
   * of them, whose {@code report()} is the single-machine {@link io.github.mot.scoring.Funnel#analyze}.
   * The function holds the funnel as its byte form (kind 12), through its accumulator coder ({@link
   * MotCoders#funnelTally}); the empty accumulator is the funnel's empty tally.
   *
   * @param funnel the funnel over encounters
   * @return the function, whose inputs, accumulators and output are tallies of {@code funnel}
   * @throws NullPointerException if {@code funnel} is null
   */
  public static TallyCombineFn<FunnelTally, FunnelTally> funnel(EncounterFunnel funnel) {
    return TallyCombineFn.of(MotCoders.funnelTally(funnel), funnel.funnel().tally(), FunnelTally::merge,
        FunnelTally::merge);
  }

  /**
   * Every journey analysis of customers: merges the {@link JourneyTallies} of customers (each
   * tallied with {@link EncounterJourneys#tally(Iterable)} from all of that customer's encounters)
   * into the tallies of all of them, whose {@code report()} is each analysis on one machine. The
   * function holds the settings as their byte form (kind 13), through its accumulator coder ({@link
   * MotCoders#journeyTallies}); the empty accumulator is the settings' empty tallies.
   *
   * @param journeys how episodes are cut and the analyses' settings
   * @return the function, whose inputs, accumulators and output are tallies of {@code journeys}
   * @throws NullPointerException if {@code journeys} is null
   * @since 0.4.0
   */
  public static TallyCombineFn<JourneyTallies, JourneyTallies> journeys(EncounterJourneys journeys) {
    return TallyCombineFn.of(MotCoders.journeyTallies(journeys), journeys.tally(), JourneyTallies::merge,
        JourneyTallies::merge);
  }

  /**
   * The SERVQUAL gap analysis of a survey spread over shards: merges the {@link GapTally}s of shards
   * of respondents (each tallied with {@link SurveyGaps#tally(io.github.mot.servqual.SurveyData)})
   * into the tally of all of them, whose {@code report()} is the single-machine {@link
   * io.github.mot.servqual.gap.GapAnalysis#analyze}. The function holds the settings as their byte
   * form (kind 15), through its accumulator coder ({@link MotCoders#gapTally}); the empty
   * accumulator is the settings' empty tally. {@link MotIO#readSurveys} reads, tallies and merges
   * survey files with it.
   *
   * @param gaps the gap analysis and the instrument of every shard
   * @return the function, whose inputs, accumulators and output are tallies of {@code gaps}
   * @throws NullPointerException if {@code gaps} is null
   * @since 0.4.0
   */
  public static TallyCombineFn<GapTally, GapTally> gaps(SurveyGaps gaps) {
    return TallyCombineFn.of(MotCoders.gapTally(gaps), gaps.tally(), GapTally::merge, GapTally::merge);
  }
}
