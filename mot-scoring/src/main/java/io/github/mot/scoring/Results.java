package io.github.mot.scoring;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.RatingScale;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The implementations of this package's results that are public sealed interfaces: records, so
 * that equality (doubles as by {@link Double#compare}) and hash code are a record's, with no
 * hand-written fields, accessors or {@code equals}; each prints its own tables. Users see the
 * interfaces; only this package's scorers, accumulators and factories build them (no public
 * constructor). Package-private.
 */
final class Results {

  private Results() {}

  /** {@link ContactForecast}: a volume and a share of at least one trial. */
  record Forecast(ContactVolume volume, WilsonInterval share) implements ContactForecast {

    /** The JSON fields, the one CSV row and the one row of the HTML table of a forecast. */
    private static final List<Column<ContactForecast>> COLUMNS = List.of(
        Column.<ContactForecast>decimal("expected", ContactForecast::expected).header("table.expected")
            .text((f, c) -> ContactVolume.whole(c, f.expected())),
        Column.<ContactForecast>decimal("lower", ContactForecast::lower).header("table.lower")
            .text((f, c) -> ContactVolume.whole(c, f.lower())),
        Column.<ContactForecast>decimal("upper", ContactForecast::upper).header("table.upper")
            .text((f, c) -> ContactVolume.whole(c, f.upper())),
        Column.<ContactForecast>decimal("contacts", f -> f.volume().contacts()).header("table.contacts")
            .text((f, c) -> ContactVolume.whole(c, f.volume().contacts())),
        Column.<ContactForecast>integer("negatives", f -> f.share().successes()).header("table.negatives"),
        Column.<ContactForecast>integer("observed", f -> f.share().trials()).header("table.observed"),
        Column.<ContactForecast>decimal("share", f -> f.share().estimate()).decimals(4).header("table.share"),
        Column.<ContactForecast>decimal("shareLower", f -> f.share().lower())
            .except(Column.Target.TEXT, Column.Target.HTML),
        Column.<ContactForecast>decimal("shareUpper", f -> f.share().upper())
            .except(Column.Target.TEXT, Column.Target.HTML),
        Column.<ContactForecast>display("table.interval",
            (f, c) -> c.interval(f.share().lower(), f.share().upper(), 4)),
        Column.<ContactForecast>decimal("confidence", f -> f.share().confidence()).decimals(2)
            .header("table.confidence"));

    Forecast {
      Objects.requireNonNull(volume, "volume");
      Objects.requireNonNull(share, "share");
      if (share.trials() == 0) {
        throw new IllegalArgumentException("share must come from at least one observed encounter");
      }
    }

    @Override
    public Tables tables() {
      return ResultTables.sentence(c -> c.fill(
                  "title.forecast",
                  ContactVolume.whole(c, expected()),
                  ContactVolume.wholeInterval(c, lower(), upper()),
                  ContactVolume.whole(c, volume.contacts()),
                  Wilson.text(share, c)),
              this, "forecast", COLUMNS)
          .build();
    }

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }

  /**
   * {@link WilsonInterval}: the counts and the confidence with the quantile and the bounds that
   * follow from them (so equality over all components is equality over the counts and confidence).
   */
  record Wilson(long successes, long trials, double confidence, double z, double lower, double upper)
      implements WilsonInterval {

    /**
     * The columns of an interval: JSON fields {@code estimate} (null without trials), {@code lower},
     * {@code upper}, {@code successes}, {@code trials}, {@code confidence}; the one CSV row; the one
     * row of the HTML table.
     */
    static final List<Column<WilsonInterval>> COLUMNS = List.of(
        Column.<WilsonInterval>decimal("estimate", WilsonInterval::estimate).decimals(4).header("table.estimate"),
        Column.<WilsonInterval>decimal("lower", WilsonInterval::lower).decimals(4).header("table.lower"),
        Column.<WilsonInterval>decimal("upper", WilsonInterval::upper).decimals(4).header("table.upper"),
        Column.<WilsonInterval>integer("successes", WilsonInterval::successes).header("table.successes"),
        Column.<WilsonInterval>integer("trials", WilsonInterval::trials).header("table.trials"),
        Column.<WilsonInterval>decimal("confidence", WilsonInterval::confidence).decimals(2)
            .header("table.confidence"));

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double Z95 = quantile(DEFAULT_CONFIDENCE);

    static Wilson of(long successes, long trials) {
      checkCounts(successes, trials);
      return of(successes, trials, DEFAULT_CONFIDENCE, Z95);
    }

    static Wilson of(long successes, long trials, double confidence) {
      checkCounts(successes, trials);
      Preconditions.check(confidence > 0.0 && confidence < 1.0, "confidence", "in (0, 1) (for example 0.95)",
          confidence);
      double z = confidence == DEFAULT_CONFIDENCE ? Z95 : quantile(confidence);
      return of(successes, trials, confidence, z);
    }

    /** The interval of checked counts (see the formulas of {@link WilsonInterval}). */
    private static Wilson of(long successes, long trials, double confidence, double z) {
      if (trials == 0) {
        return new Wilson(successes, trials, confidence, z, 0.0, 1.0);
      }
      double n = trials;
      double s = successes;
      double f = trials - successes;
      double z2 = z * z;
      double centre = (s + z2 / 2.0) / (n + z2);
      double half = z / (n + z2) * Math.sqrt(s * f / n + z2 / 4.0);
      double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
      double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
      return new Wilson(successes, trials, confidence, z, lower, upper);
    }

    private static void checkCounts(long successes, long trials) {
      Preconditions.atLeast("trials", trials, 0);
      if (successes < 0 || successes > trials) {
        throw Preconditions.invalid("successes", "in [0, trials] = [0, " + trials + "]", successes);
      }
    }

    private static double quantile(double confidence) {
      // The upper-tail form keeps z finite for every confidence below 1: 0.5 + confidence / 2
      // rounds to 1.0 (and z to infinity) for confidences within 1e-16 of 1.
      return STANDARD_NORMAL.inverseSurvivalProbability((1.0 - confidence) / 2.0);
    }

    @Override
    public Tables tables() {
      return ResultTables.sentence(c -> text(this, c), this, "interval", COLUMNS).build();
    }

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }

    /** The text of an interval's {@code toString()} in a rendering's language and number format. */
    static String text(WilsonInterval w, Cells c) {
      double percent = w.confidence() * 100.0;
      return c.num(w.estimate(), 4)
          + " "
          + c.interval(w.lower(), w.upper(), 4)
          + " ("
          + w.successes()
          + "/"
          + w.trials()
          + ", "
          + c.fill("text.wilson", c.num(percent, percent == Math.rint(percent) ? 0 : 2))
          + ")";
    }
  }

  /** {@link ComplianceScore}: counts, weights and the failed critical items, in checklist order. */
  record Compliance(int passed, int failed, int notApplicable, double passedWeight, double applicableWeight,
      List<String> criticalFailures) implements ComplianceScore {

    /** The columns of a score on its own: JSON fields, the one CSV row, the HTML table's row. */
    static final List<Column<ComplianceScore>> COLUMNS = columns(Function.identity());

    /** The one column of the list of failed critical items (JSON {@code criticalFailures}). */
    private static final List<Column<String>> CRITICAL_FAILURE = List.of(Column.text("item", id -> id));

    /** Copies the list. */
    Compliance {
      criticalFailures = List.copyOf(criticalFailures);
    }

    /**
     * The columns of a compliance score, declared once for a score on its own and for the parts of an
     * {@link AuditScore}: {@code score}, {@code rawScore} (in [0, 1], undefined when nothing applied),
     * {@code passedWeight}, {@code applicableWeight}, {@code passed}, {@code failed}, {@code
     * notApplicable} (item counts) and {@code criticalFailed} (machine formats only).
     */
    static <R> List<Column<R>> columns(Function<? super R, ComplianceScore> score) {
      return List.of(
          Column.<R>decimal("score", r -> score.apply(r).score()).decimals(4).header("table.score"),
          Column.<R>decimal("rawScore", r -> score.apply(r).rawScore()).decimals(4).header("table.raw"),
          Column.<R>decimal("passedWeight", r -> score.apply(r).passedWeight()).decimals(2).header("table.passedWt"),
          Column.<R>decimal("applicableWeight", r -> score.apply(r).applicableWeight()).decimals(2)
              .header("table.applicableWt"),
          Column.<R>integer("passed", r -> score.apply(r).passed()).header("table.pass"),
          Column.<R>integer("failed", r -> score.apply(r).failed()).header("table.fail"),
          Column.<R>integer("notApplicable", r -> score.apply(r).notApplicable()).header("table.na"),
          Column.<R>bool("criticalFailed", r -> score.apply(r).criticalFailed())
              .except(Column.Target.TEXT, Column.Target.HTML));
    }

    /** The ids of failed critical items as a JSON-only table {@code criticalFailures}. */
    static Table<String> criticalFailureTable(List<String> itemIds) {
      return Table.of("criticalFailures", CRITICAL_FAILURE, itemIds).only(Column.Target.JSON);
    }

    @Override
    public Tables tables() {
      return ResultTables.sentence(c -> c.fill(
                  "title.compliance",
                  c.num(score(), 4),
                  c.num(rawScore(), 4),
                  c.num(passedWeight, 2),
                  c.num(applicableWeight, 2),
                  passed,
                  failed,
                  notApplicable,
                  criticalFailed() ? c.fill("text.criticalFailedList", String.join(", ", criticalFailures)) : ""),
              this, "score", COLUMNS)
          .table(criticalFailureTable(criticalFailures))
          .build();
    }

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }

    /** The arithmetic of a compliance score on plain item ids, weights and flags. Not thread-safe. */
    static final class Tally {
      private int passed;
      private int failed;
      private int notApplicable;
      private double passedWeight;
      private double applicableWeight;
      private final List<String> criticalFailures = new ArrayList<>(1);

      /** Adds one item's outcome; weights must be finite and positive (checked by the checklist). */
      Tally add(String itemId, double weight, boolean critical, AuditOutcome outcome) {
        switch (outcome) {
          case PASSED:
            passed++;
            passedWeight += weight;
            applicableWeight += weight;
            break;
          case FAILED:
            failed++;
            applicableWeight += weight;
            if (critical) {
              criticalFailures.add(itemId);
            }
            break;
          case NOT_APPLICABLE:
            notApplicable++;
            break;
          default:
            throw new AssertionError(outcome);
        }
        return this;
      }

      ComplianceScore build() {
        return new Compliance(passed, failed, notApplicable, passedWeight, applicableWeight, criticalFailures);
      }
    }
  }

  /**
   * {@link AuditScore}: an audit and the scores that follow from it (so equality over all
   * components is equality of the audits).
   */
  record Score(Audit audit, ComplianceScore overall, Map<BehaviourStep, ComplianceScore> byStep,
      Map<String, ComplianceScore> byTouchpoint, List<ChecklistItem> criticalFailures) implements AuditScore {

    /**
     * One row of the parts table: the whole form ({@code step} and {@code touchpoint} null), a step
     * or a touchpoint.
     */
    private record Part(String part, @Nullable BehaviourStep step, @Nullable String touchpointId,
        ComplianceScore score) {

      /** The name of the part in the text table: "overall", "step EXPLORE", "touchpoint greet". */
      String text(Cells c) {
        BehaviourStep s = step;
        String t = touchpointId;
        if (s != null) {
          return c.fill("text.stepPart", Text.of(c).step(s));
        }
        return t != null ? c.fill("text.touchpointPart", t) : c.label("text.overall");
      }

      /** The step's code or the touchpoint id, null for the whole form. */
      @Nullable String key() {
        BehaviourStep s = step;
        return s != null ? s.name() : touchpointId;
      }
    }

    private static final List<Column<Part>> PARTS = ResultTables.concat(
        List.of(
            Column.<Part>display("table.part", (p, c) -> p.text(c)).left(),
            Column.<Part>text("part", Part::part).except(Column.Target.TEXT, Column.Target.HTML),
            Column.<Part>text("key", Part::key).except(Column.Target.TEXT, Column.Target.HTML)),
        Compliance.columns(Part::score));

    /** See {@link AuditScore#of(Audit)}. */
    static Score of(Audit audit) {
      Objects.requireNonNull(audit, "audit");
      Compliance.Tally all = new Compliance.Tally();
      Map<BehaviourStep, Compliance.Tally> steps = new EnumMap<>(BehaviourStep.class);
      Map<String, Compliance.Tally> touchpoints = new LinkedHashMap<>();
      List<ChecklistItem> critical = new ArrayList<>(1);
      for (ChecklistItem item : audit.checklist().items()) {
        AuditOutcome outcome = audit.outcome(item.id());
        all.add(item.id(), item.weight(), item.critical(), outcome);
        steps
            .computeIfAbsent(item.step(), s -> new Compliance.Tally())
            .add(item.id(), item.weight(), item.critical(), outcome);
        Optional<String> tp = item.touchpointId().or(audit::touchpointId);
        if (tp.isPresent()) {
          touchpoints
              .computeIfAbsent(tp.get(), t -> new Compliance.Tally())
              .add(item.id(), item.weight(), item.critical(), outcome);
        }
        if (item.critical() && outcome == AuditOutcome.FAILED) {
          critical.add(item);
        }
      }
      Map<BehaviourStep, ComplianceScore> stepScores = new EnumMap<>(BehaviourStep.class);
      steps.forEach((s, t) -> stepScores.put(s, t.build()));
      Map<String, ComplianceScore> tpScores = new LinkedHashMap<>();
      touchpoints.forEach((s, t) -> tpScores.put(s, t.build()));
      return new Score(
          audit,
          all.build(),
          Collections.unmodifiableMap(stepScores),
          Collections.unmodifiableMap(tpScores),
          List.copyOf(critical));
    }

    @Override
    public Tables tables() {
      List<Part> parts = new ArrayList<>(1 + byStep.size() + byTouchpoint.size());
      parts.add(new Part("overall", null, null, overall));
      byStep.forEach((s, c) -> parts.add(new Part("step", s, null, c)));
      byTouchpoint.forEach((t, c) -> parts.add(new Part("touchpoint", null, t, c)));
      return ResultTables.builder()
          .line(this::headline)
          .field("auditId", audit.id())
          .field("staffId", audit.staffId())
          .field("touchpointId", audit.touchpointId().orElse(null))
          .field("auditedAt", audit.auditedAt().toString())
          .field("score", score())
          .table(ResultTables.table("parts", PARTS, parts))
          .table(Compliance.criticalFailureTable(overall.criticalFailures()))
          .build();
    }

    private String headline(Cells c) {
      String title = c.fill("title.auditScore", audit.id(), audit.staffId(), audit.auditedAt(), c.num(score(), 4));
      if (criticalFailures.isEmpty()) {
        return title;
      }
      StringBuilder ids = new StringBuilder();
      for (int i = 0; i < criticalFailures.size(); i++) {
        ids.append(i == 0 ? "" : ", ").append(criticalFailures.get(i).id());
      }
      return title + " " + c.fill("text.criticalItemFailed", ids);
    }

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }

  /** {@link AuditOverview}: its five parts. */
  record Overview(AuditSummary overall, GroupedSummary<String, AuditSummary> byStaff,
      GroupedSummary<BehaviourStep, AuditSummary> byStep, GroupedSummary<String, AuditSummary> byTouchpoint,
      AuditTrend trend) implements AuditOverview {

    @Override
    public AuditOverview withTouchpointLabels(Function<? super String, String> touchpointLabel) {
      return new Overview(overall, byStaff, byStep, byTouchpoint.withKeyLabels(touchpointLabel), trend);
    }

    @Override
    public Tables tables() {
      Map<String, Tabular> sections = new LinkedHashMap<>();
      sections.put("overall", overall);
      sections.put("byStaff", byStaff);
      sections.put("byStep", byStep);
      sections.put("byTouchpoint", byTouchpoint);
      sections.put("trend", trend);
      // the overview's title heads the first section; an empty line separates the others
      return ResultTables.builder()
          .group("section", "sections", sections,
              (c, name) -> name.equals("overall") ? c.label("title.auditOverview") : "")
          .build();
    }

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }

  /**
   * {@link FirstImpression}: weights and ratings with the scores and contributions that follow from
   * them (so equality over all components is equality of weights and ratings).
   */
  record Impression(AbcWeights weights, AbcRatings ratings, double score, double index,
      List<FirstImpression.Contribution> contributions) implements FirstImpression {

    /**
     * The columns of the contributions, of one first impression and of a summary's mean: {@code
     * component} (constant name), {@code weight}, {@code rating}, {@code points}, {@code maxPoints}
     * (machine formats only), {@code lostPoints}, {@code indexPoints}, {@code lostIndexPoints}.
     */
    private static final List<Column<Contribution>> CONTRIBUTIONS = List.of(
        Column.<Contribution>text("component", c -> c.component().name()).header("table.component")
            .text((c, cells) -> label(cells, c.component())),
        Column.<Contribution>decimal("weight", Contribution::weight).decimals(2).header("table.weight"),
        Column.<Contribution>decimal("rating", Contribution::rating).decimals(2).header("table.rating"),
        Column.<Contribution>decimal("points", Contribution::points).decimals(2).header("table.points"),
        Column.<Contribution>decimal("maxPoints", Contribution::maxPoints)
            .except(Column.Target.TEXT, Column.Target.HTML),
        Column.<Contribution>decimal("lostPoints", Contribution::lostPoints).decimals(2).header("table.lost"),
        Column.<Contribution>decimal("indexPoints", Contribution::indexPoints).decimals(2).header("table.indexPts"),
        Column.<Contribution>decimal("lostIndexPoints", Contribution::lostIndexPoints).decimals(2)
            .header("table.lostIndexPts"));

    /** Copies the list. */
    Impression {
      contributions = List.copyOf(contributions);
    }

    /** The first impression of ratings under a scorer's weights (see {@link FirstImpression}). */
    static Impression of(FirstImpressionScorer scorer, AbcRatings ratings) {
      AbcWeights weights = scorer.weights();
      RatingScale s = ratings.scale();
      double unit = scorer.unit(s, ratings.appearance(), ratings.behaviour(), ratings.communication());
      double sum = weights.appearance() + weights.behaviour() + weights.communication();
      List<Contribution> list = new ArrayList<>(3);
      for (AbcComponent c : AbcComponent.values()) {
        double v = weights.weight(c) / sum;
        double r = ratings.rating(c);
        double u = (r - s.min()) / s.range();
        list.add(
            new Values.Contribution(
                c, v, r, v * r, v * s.max(), v * (s.max() - r), 100.0 * v * u, 100.0 * v * (1 - u)));
      }
      return new Impression(weights, ratings, s.min() + s.range() * unit, 100.0 * unit, list);
    }

    @Override
    public Tables tables() {
      return ResultTables.builder()
          .line(c -> c.fill("title.firstImpression", c.num(score, 2), ratings.scale(), c.num(index, 2)))
          .field("scale", ratings.scale().toString())
          .field("score", score)
          .field("index", index)
          .field("largestLoss", largestLoss().component().name())
          .table(contributionTable(contributions))
          .line(c -> c.fill("text.largestLoss", label(c, largestLoss().component()),
              c.num(largestLoss().lostIndexPoints(), 2)))
          .build();
    }

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }

    /** An ABC component in a table: its translation, or its lower-case constant name. */
    static String label(Cells c, AbcComponent component) {
      return Text.of(c).label(component, component.name().toLowerCase(Locale.ROOT));
    }

    /** The table {@code contributions} of the given rows. */
    static Table<Contribution> contributionTable(List<Contribution> contributions) {
      return ResultTables.table("contributions", CONTRIBUTIONS, contributions);
    }
  }

  /** {@link Audit}: a complete form, built by {@link Audit.Builder}. */
  record Form(String id, SupervisionChecklist checklist, String staffId, Optional<String> touchpointId,
      Instant auditedAt, Map<String, AuditOutcome> outcomes) implements Audit {

    /** One row of the form: a checklist item and its outcome. */
    private record Row(ChecklistItem item, AuditOutcome outcome) {}

    private static final List<Column<Row>> ITEMS = List.of(
        Column.<Row>text("item", r -> r.item().id()).header("table.item"),
        Column.<Row>text("step", r -> r.item().step().name()).header("table.step")
            .text((r, c) -> Text.of(c).step(r.item().step())),
        Column.<Row>text("touchpointId", r -> r.item().touchpointId().orElse(null))
            .except(Column.Target.TEXT, Column.Target.HTML),
        Column.<Row>decimal("weight", r -> r.item().weight()).decimals(2).header("table.weight"),
        Column.<Row>bool("critical", r -> r.item().critical()).header("table.critical")
            .text((r, c) -> r.item().critical() ? c.label("text.yes") : ""),
        Column.<Row>text("outcome", r -> r.outcome().name()).header("table.outcome")
            .text((r, c) -> Text.of(c).label(r.outcome(), r.outcome().name())));

    @Override
    public Tables tables() {
      List<Row> rows = new ArrayList<>(outcomes.size());
      for (ChecklistItem item : checklist.items()) {
        rows.add(new Row(item, outcome(item.id())));
      }
      String tp = touchpointId.orElse(null);
      return ResultTables.builder()
          .line(c -> tp == null
              ? c.fill("title.audit", id, staffId, auditedAt, checklist.name())
              : c.fill("title.auditAt", id, staffId, tp, auditedAt, checklist.name()))
          .field("id", id)
          .field("staffId", staffId)
          .field("touchpointId", tp)
          .field("auditedAt", auditedAt.toString())
          .field("checklist", checklist.name())
          .table(ResultTables.table("items", ITEMS, rows))
          .build();
    }

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }
}
