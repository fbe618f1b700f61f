package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.scoring.PrecursorReport.Precursor;
import io.github.mot.scoring.RecoveryReport.Outcome;
import io.github.mot.scoring.RecoveryReport.ScoreGroup;
import io.github.mot.scoring.RecoveryReport.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The implementations of the journey analyses' reports that are public sealed interfaces ({@link
 * PrecursorReport}, {@link RecoveryReport}, {@link DeviationCost}) and of their rows: records, so
 * that equality and hash code are a record's, with no hand-written fields or accessors; only the
 * analyses build them (no public constructor). Package-private.
 */
final class JourneyResults {

  private JourneyResults() {}

  /** A precursor's figures. */
  record PrecursorRow(List<String> touchpoints, long support, long damaging, double rate, double lift,
      double relativeRisk, double lower, double upper, double p) implements PrecursorReport.Precursor {
    /** For example {@code "trying: 90 of 377 damaging (rate 0.2387), lift 2.80, risk ratio 3.42 [2.76, 4.24], p 1.2e-20"}. */
    @Override
    public String toString() {
      return String.join(" > ", touchpoints) + ": " + damaging + " of " + support + " damaging (rate "
          + String.format(java.util.Locale.ROOT, "%.4f), lift %.2f, risk ratio %.2f [%.2f, %.2f], p %.3g", rate, lift,
          relativeRisk, lower, upper, p);
    }
  }

  /** A {@link PrecursorReport.Population}: {@code N} scored successors, {@code D} damaging. */
  record PopulationRow(long successors, long damaging) implements PrecursorReport.Population {}

  /** A {@link PrecursorReport}: the analysis, the two populations and the precursors kept. */
  record PrecursorResult(Precursors analysis, PrecursorReport.Population touchpointPopulation,
      PrecursorReport.Population pathPopulation, List<Precursor> touchpoints, List<Precursor> paths,
      int removedTouchpointCount, int removedPathCount) implements PrecursorReport {

    private static final Comparator<Precursor> ORDER = Comparator
        .comparingDouble((Precursor p) -> Double.isNaN(p.lift()) ? Double.NEGATIVE_INFINITY : p.lift()).reversed()
        .thenComparing(Comparator.comparingLong(Precursor::support).reversed())
        .thenComparing(p -> String.join("\0", p.touchpoints()));

    private static final List<Column<Precursor>> COLUMNS = List.of(
        Column.<Precursor>text("precursor", p -> String.join(" > ", p.touchpoints())).header("table.precursor").left(),
        Column.<Precursor>integer("support", Precursor::support).header("table.support"),
        Column.<Precursor>integer("damaging", Precursor::damaging).header("table.damaging"),
        Column.<Precursor>decimal("rate", Precursor::rate).header("table.rate").text((p, c) -> c.percent(p.rate())),
        Column.<Precursor>decimal("lift", Precursor::lift).decimals(2).header("table.lift"),
        Column.<Precursor>decimal("relativeRisk", Precursor::relativeRisk).decimals(2).header("table.relativeRisk"),
        Column.<Precursor>display("table.katz", (p, c) -> c.interval(p.lower(), p.upper(), 2)),
        Column.<Precursor>decimal("lower", Precursor::lower).except(Column.Target.TEXT, Column.Target.HTML),
        Column.<Precursor>decimal("upper", Precursor::upper).except(Column.Target.TEXT, Column.Target.HTML),
        Column.<Precursor>bool("significant", Precursor::significant).except(Column.Target.TEXT, Column.Target.HTML),
        Column.<Precursor>display("table.significant", (p, c) -> p.significant() ? c.label("text.yes") : ""),
        Column.<Precursor>decimal("p", Precursor::p).header("table.fisherP").text((p, c) -> c.p(p.p())));

    /** The report of the precursors with at least the analysis's minimum support, by lift. */
    static PrecursorResult of(Precursors analysis, PrecursorReport.Population single, PrecursorReport.Population pairs,
        List<Precursor> touchpoints, List<Precursor> paths) {
      List<Precursor> keptTouchpoints = kept(touchpoints, analysis.minSupport());
      List<Precursor> keptPaths = kept(paths, analysis.minSupport());
      return new PrecursorResult(analysis, single, pairs, keptTouchpoints, keptPaths,
          touchpoints.size() - keptTouchpoints.size(), paths.size() - keptPaths.size());
    }

    private static List<Precursor> kept(List<Precursor> all, long minSupport) {
      List<Precursor> out = new ArrayList<>();
      for (Precursor p : all) {
        if (p.support() >= minSupport) {
          out.add(p);
        }
      }
      out.sort(ORDER);
      return List.copyOf(out);
    }

    @Override
    public Tables tables() {
      PrecursorReport.Population single = touchpointPopulation;
      PrecursorReport.Population pairs = pathPopulation;
      return ResultTables.builder()
          .csvLevel("table")
          .line((Cells c) -> c.fill("title.precursors", c.level(analysis.threshold()), c.count(single.damaging()),
              c.count(single.successors()), c.percent(single.baseRate()), c.count(analysis.minSupport())))
          .field("threshold", analysis.threshold())
          .field("minSupport", analysis.minSupport())
          .field("successorCount", single.successors())
          .field("damagingCount", single.damaging())
          .field("baseRate", single.baseRate())
          .field("pathSuccessorCount", pairs.successors())
          .field("pathDamagingCount", pairs.damaging())
          .field("pathBaseRate", pairs.baseRate())
          .field("removedTouchpointCount", removedTouchpointCount)
          .field("removedPathCount", removedPathCount)
          .line((Cells c) -> c.fill("title.precursorTouchpoints", c.count(touchpoints.size()),
              c.count(removedTouchpointCount)))
          .table(ResultTables.table("touchpoints", COLUMNS, touchpoints))
          .line((Cells c) -> c.fill("title.precursorPaths", c.count(paths.size()), c.count(removedPathCount),
              c.count(pairs.damaging()), c.count(pairs.successors()), c.percent(pairs.baseRate())))
          .table(ResultTables.table("paths", COLUMNS, paths))
          .build();
    }

    /** A headline, and the tables of the touchpoints and of the paths, each after a line. */
    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }

  /** A share's figures. */
  record ShareRow(String name, long damaged, long recovered, WilsonInterval share) implements RecoveryReport.Share {
    /** For example {@code "paying: 55 of 78 damaged episodes recovered, 0.7051 [...] (55/78, 95% Wilson)"}. */
    @Override
    public String toString() {
      return (name.isEmpty() ? "all" : name) + ": " + recovered + " of " + damaged + " damaged episodes recovered, "
          + share;
    }
  }

  /** A score group's figures. */
  record ScoreRow(Outcome outcome, long episodes, long scored, double mean, double sd, double lower, double upper)
      implements RecoveryReport.ScoreGroup {
    /** For example {@code "RECOVERED: 167 episodes, 167 scored, mean 0.192 [0.110, 0.274], sd 0.538"}. */
    @Override
    public String toString() {
      return outcome + ": " + episodes + " episodes, " + scored + " scored, mean "
          + String.format(java.util.Locale.ROOT, "%.3f [%.3f, %.3f], sd %.3f", mean, lower, upper, sd);
    }
  }

  /** A comparison of two outcomes' scores. */
  private record Comparison(Outcome first, Outcome second, MeanComparison comparison) {}

  /** A {@link RecoveryReport}: the analysis, the episodes' outcomes and the comparisons of their scores. */
  record RecoveryResult(Recovery analysis, long episodeCount, Share total, List<Share> byTouchpoint,
      List<Share> byStaff, List<ScoreGroup> scores, MeanComparison recoveredVsNeverDamaged,
      MeanComparison recoveredVsUnrecovered) implements RecoveryReport {

    /** The shares of ids with a damaged episode ({damaged, recovered} per id), most damaged first, then by id. */
    static List<Share> shares(Map<String, long[]> damagedAndRecovered) {
      List<Share> out = new ArrayList<>();
      damagedAndRecovered.forEach((id, c) -> out.add(new ShareRow(id, c[0], c[1], WilsonInterval.of(c[1], c[0]))));
      out.sort(Comparator.comparingLong(Share::damaged).reversed().thenComparing(Share::name));
      return List.copyOf(out);
    }

    /** The score group of these scores. */
    static ScoreGroup scoreGroup(Outcome outcome, long episodes, ExactMoments scores) {
      // the same exact moments as MeanComparison's, so a group's mean is the comparison's bit for bit
      long n = scores.count();
      double mean = scores.mean();
      double sd = Math.sqrt(scores.variance());
      double half = n >= 2 ? TDistribution.of(n - 1).inverseSurvivalProbability(0.025) * sd / Math.sqrt(n) : Double.NaN;
      return new ScoreRow(outcome, episodes, n, mean, sd, mean - half, mean + half);
    }

    private static final List<Column<Share>> SHARES = ResultTables.concat(List.of(
        Column.<Share>text("name", Share::name).header("table.touchpoint"),
        Column.<Share>integer("damaged", Share::damaged).header("table.damaged"),
        Column.<Share>integer("recovered", Share::recovered).header("table.recovered"),
        Column.<Share>integer("unrecovered", Share::unrecovered).header("table.unrecovered")),
        ResultTables.shareColumns("share", "table.share", Share::share));

    private static final List<Column<ScoreGroup>> SCORES = List.of(
        Column.<ScoreGroup>label("outcome", (g, c) -> Text.of(c).label(g.outcome(), g.outcome().label()))
            .header("table.outcome"),
        Column.<ScoreGroup>integer("episodes", ScoreGroup::episodes).header("table.episodes"),
        Column.<ScoreGroup>integer("scored", ScoreGroup::scored).header("table.scored"),
        Column.<ScoreGroup>decimal("mean", ScoreGroup::mean).decimals(3).header("table.mean"),
        Column.<ScoreGroup>display("95% CI", (g, c) -> c.interval(g.lower(), g.upper(), 3)),
        Column.<ScoreGroup>decimal("lower", ScoreGroup::lower).except(Column.Target.TEXT, Column.Target.HTML),
        Column.<ScoreGroup>decimal("upper", ScoreGroup::upper).except(Column.Target.TEXT, Column.Target.HTML),
        Column.<ScoreGroup>decimal("sd", ScoreGroup::sd).decimals(3).header("table.sd"));

    private static final List<Column<Comparison>> COMPARISONS = ResultTables.concat(List.of(
        Column.<Comparison>label("first", (r, c) -> Text.of(c).label(r.first(), r.first().label())).header("table.group"),
        Column.<Comparison>label("second", (r, c) -> Text.of(c).label(r.second(), r.second().label())).header("table.versus")),
        MeanComparison.differenceColumns(Comparison::comparison));

    /** The report of these outcomes, its total from the score groups' episode counts. */
    static RecoveryResult of(Recovery analysis, long episodes, List<Share> byTouchpoint, List<Share> byStaff,
        List<ScoreGroup> scores, MeanComparison vsNever, MeanComparison vsUnrecovered) {
      long recovered = scores.get(Outcome.RECOVERED.ordinal()).episodes();
      long damaged = recovered + scores.get(Outcome.UNRECOVERED.ordinal()).episodes();
      return new RecoveryResult(analysis, episodes, new ShareRow("", damaged, recovered,
          WilsonInterval.of(recovered, damaged)), byTouchpoint, byStaff, List.copyOf(scores), vsNever, vsUnrecovered);
    }

    @Override
    public Tables tables() {
      List<Comparison> comparisons = List.of(new Comparison(Outcome.RECOVERED, Outcome.NEVER_DAMAGED, recoveredVsNeverDamaged),
          new Comparison(Outcome.RECOVERED, Outcome.UNRECOVERED, recoveredVsUnrecovered));
      Tables.Builder b = ResultTables.builder()
          .csvLevel("table")
          .line((Cells c) -> c.fill("title.recovery", c.level(analysis.damageThreshold()),
              c.level(analysis.recoveryThreshold()), c.count(total.damaged()), c.count(episodeCount),
              c.count(total.recovered()), c.percent(total.share().estimate()),
              total.damaged() == 0 ? Cells.UNDEFINED : c.percentInterval(total.share().lower(), total.share().upper()),
              c.count(total.unrecovered())))
          .field("damageThreshold", analysis.damageThreshold())
          .field("recoveryThreshold", analysis.recoveryThreshold())
          .field("model", analysis.model().name())
          .field("episodeCount", episodeCount)
          .field("damaged", total.damaged())
          .field("recovered", total.recovered())
          .field("unrecovered", total.unrecovered());
      ResultTables.fields(b, total, SHARES.subList(4, SHARES.size()));
      return b.field("damagedWithoutStaff", damagedWithoutStaff())
          .line((Cells c) -> c.label("title.recoveryByTouchpoint"))
          .table(ResultTables.table("byTouchpoint", SHARES, byTouchpoint))
          .line((Cells c) -> c.fill("title.recoveryByStaff", c.count(damagedWithoutStaff())))
          .table(ResultTables.table("byStaff", SHARES, byStaff).header("name", c -> c.label("table.staff")))
          .line((Cells c) -> c.fill("title.recoveryScores", Text.of(c).label(analysis.model(), analysis.model().label(Locale.ENGLISH))))
          .table(ResultTables.table("scores", SCORES, scores))
          .table(ResultTables.table("comparisons", COMPARISONS, comparisons))
          .build();
    }

    /**
     * A headline (damaged, recovered with its interval, unrecovered), the tables by touchpoint and by
     * staff member of the first damaging moment, and the journey scores by outcome with Welch's
     * comparisons.
     */
    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }

  /** A {@link ConformanceSummary}: the aggregates of a conformance check, deviations in the report's order. */
  record SummaryResult(CustomerJourney journey, long episodeCount, long conformingCount, double meanFitness,
      long attributedOffMapCount, long unattributedOffMapCount, List<ConformanceReport.Deviation> deviations)
      implements ConformanceSummary {

    SummaryResult {
      deviations = List.copyOf(deviations);
    }

    /** The headline, the fields and the table of {@code shown} deviations of this summary, for it and its report. */
    Tables.Builder describe(List<ConformanceReport.Deviation> shown, long minEpisodes, int top) {
      WilsonInterval w = conformingInterval();
      int hidden = deviations.size() - shown.size();
      long n = episodeCount;
      List<Column<ConformanceReport.Deviation>> columns = ResultTables.concat(
          ConformanceReport.deviationColumns(d -> d), List.of(
              Column.<ConformanceReport.Deviation>integer("episodes", ConformanceReport.Deviation::episodes)
                  .header("table.episodes"),
              Column.<ConformanceReport.Deviation>decimal("episodeShare", d -> (double) d.episodes() / n)
                  .header("table.episodeShare").text((d, c) -> c.percent((double) d.episodes() / n)),
              Column.<ConformanceReport.Deviation>integer("occurrences", ConformanceReport.Deviation::occurrences)
                  .header("table.occurrences")));
      return ResultTables.builder()
          .csvLevel("table")
          .line((Cells c) -> c.fill("title.conformance", journey.name(), c.count(n),
              c.count(conformingCount), c.percent(conformingShare()), c.percentInterval(w.lower(), w.upper()),
              c.num(meanFitness, 3), c.count(attributedOffMapCount),
              c.count(unattributedOffMapCount)))
          .field("journey", journey.name())
          .field("episodeCount", n)
          .field("conformingCount", conformingCount)
          .field("conformingShare", conformingShare())
          .field("conformingLower", w.lower())
          .field("conformingUpper", w.upper())
          .field("meanFitness", meanFitness)
          .field("attributedOffMapCount", attributedOffMapCount)
          .field("unattributedOffMapCount", unattributedOffMapCount)
          .field("deviationCount", shown.size())
          .field("hiddenDeviationCount", hidden)
          .field("minEpisodes", minEpisodes)
          .field("top", top == Integer.MAX_VALUE ? null : top)
          .table(ResultTables.table("deviations", columns, shown).title(c -> c.fill("title.deviations",
              c.count(shown.size()), c.count(deviations.size()), c.count(minEpisodes),
              top == Integer.MAX_VALUE ? c.label("text.unlimited") : c.count(top), c.count(hidden))));
    }

    @Override
    public Tables tables() {
      return describe(deviations, 1, Integer.MAX_VALUE).build();
    }

    /** The headline (episodes, conforming share and interval, mean fitness, off-map encounters) and the deviations. */
    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }

  /** A {@link DeviationCost.Row}: a deviation and the comparison of the scores with it and without it. */
  record CostRow(ConformanceReport.Deviation deviation, MeanComparison comparison) implements DeviationCost.Row {
    /** For example {@code "LOOP paying: difference -1.250 (3 vs 12)"}. */
    @Override
    public String toString() {
      return deviation.kind() + " " + deviation.subject() + ": difference " + comparison.difference() + " ("
          + comparison.firstCount() + " vs " + comparison.secondCount() + ")";
    }
  }

  /** A {@link DeviationCost}: the model, the confidence, the episodes and a row per shown deviation. */
  record CostResult(JourneyModel model, double confidence, int episodeCount, int unscoredCount,
      List<DeviationCost.Row> rows) implements DeviationCost {

    private static final List<Column<DeviationCost.Row>> COLUMNS = ResultTables.concat(
        ResultTables.concat(ConformanceReport.deviationColumns(DeviationCost.Row::deviation), List.of(
            Column.<DeviationCost.Row>integer("withCount", r -> r.comparison().firstCount()).header("table.withN"),
            Column.<DeviationCost.Row>decimal("withMean", r -> r.comparison().firstMean()).decimals(3).header("table.withMean"),
            Column.<DeviationCost.Row>integer("withoutCount", r -> r.comparison().secondCount()).header("table.withoutN"),
            Column.<DeviationCost.Row>decimal("withoutMean", r -> r.comparison().secondMean()).decimals(3)
                .header("table.withoutMean"))),
        MeanComparison.differenceColumns(DeviationCost.Row::comparison));

    /** Most negative difference first, undefined last; then the report's order (kept by a stable sort). */
    private static final Comparator<DeviationCost.Row> ORDER = Comparator.comparingDouble(
        (DeviationCost.Row r) -> Double.isNaN(r.comparison().difference()) ? Double.POSITIVE_INFINITY : r.comparison().difference());

    /** The costs of a report's shown deviations (arguments checked by the report). */
    static CostResult of(ConformanceReport report, Alignment plan, int parallelism, JourneyModel model,
        double confidence) {
      double[] scores = report.episodes().scores(model);
      List<ConformanceReport.Deviation> shown = report.deviations();
      int n = scores.length;
      int d = shown.size();
      // which deviation (by its place in the report) each key is, -1 for none shown
      int[] shownIndex = new int[plan.keyCount()];
      java.util.Arrays.fill(shownIndex, -1);
      for (int i = 0; i < d; i++) {
        shownIndex[((ConformanceReport.DeviationRow) shown.get(i)).key()] = i;
      }
      int words = (n + 63) >>> 6;
      long[][] has = new long[d][words];
      if (d > 0) {
        // the ranges are multiples of 64 episodes: every thread sets bits of its own words only
        plan.run(plan.threads(parallelism), (a, slot, from, to) -> {
          for (int e = from; e < to; e++) {
            a.align(e);
            for (int p : plan.moments) {
              if (shownIndex[p] >= 0 && !a.matched(p)) {
                has[shownIndex[p]][e >>> 6] |= 1L << e;
              }
            }
            for (int i = 0; i < a.keysFound(); i++) {
              int s = shownIndex[a.keyAt(i)];
              if (s >= 0) {
                has[s][e >>> 6] |= 1L << e;
              }
            }
          }
        });
      }
      int unscored = 0;
      for (double s : scores) {
        unscored += Double.isNaN(s) ? 1 : 0;
      }
      double[] with = new double[n];
      double[] without = new double[n];
      List<DeviationCost.Row> rows = new ArrayList<>(d);
      for (int i = 0; i < d; i++) {
        int a = 0;
        int b = 0;
        for (int e = 0; e < n; e++) {
          if (Double.isNaN(scores[e])) {
            continue;
          }
          if ((has[i][e >>> 6] & (1L << e)) != 0) {
            with[a++] = scores[e];
          } else {
            without[b++] = scores[e];
          }
        }
        rows.add(new CostRow(shown.get(i), MeanComparison.of(with, a, without, b, confidence)));
      }
      rows.sort(ORDER);
      return new CostResult(model, confidence, n, unscored, List.copyOf(rows));
    }

    @Override
    public Tables tables() {
      double percent = confidence * 100.0;
      return ResultTables.builder()
          .line((Cells c) -> c.fill("title.deviationCost", Text.of(c).label(model, model.name()), c.count(rows.size()),
              c.count(episodeCount - unscoredCount), c.count(unscoredCount), c.num(percent, percent == Math.rint(percent) ? 0 : 2)))
          .field("model", model.name())
          .field("confidence", confidence)
          .field("episodeCount", episodeCount)
          .field("unscoredCount", unscoredCount)
          .table(ResultTables.table("costs", COLUMNS, rows))
          .build();
    }

    /**
     * A headline (model, deviations, scored and unscored episodes, confidence) and a table of the
     * deviations by cost (the first and last ones when there are many).
     */
    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }

  /** A {@link JourneyReport}: every part's text one after the other. */
  record JourneysResult(DirectlyFollowsGraph directlyFollows, Optional<FunnelReport> funnel,
      PrecursorReport precursors, Optional<RecoveryReport> recovery, Optional<ConformanceSummary> conformance)
      implements JourneyReport {

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }
}
