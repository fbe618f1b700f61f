package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The score of one behaviour audit: the {@link ComplianceScore} of the whole form, of each
 * behaviour step (Explore, Offer, Act, Confirm) and of each touchpoint.
 *
 * <p>Formula (see {@link ComplianceScore}): {@code score = sum(weights passed) / sum(weights
 * applicable)}, 0 when a critical item failed, NaN when nothing applied. A step's or a
 * touchpoint's part applies the same rule to its own items only: a failed critical item zeroes
 * the whole form and the part it belongs to, not the other parts.
 *
 * <p>An item belongs to the touchpoint it names ({@link ChecklistItem#touchpointId()}), else to
 * the audit's touchpoint ({@link Audit#touchpointId()}), else to no touchpoint.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditScore extends ResultValue implements Tabular {

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
      ComplianceScore.columns(Part::score));

  private final Audit audit;
  private final ComplianceScore overall;
  private final Map<BehaviourStep, ComplianceScore> byStep;
  private final Map<String, ComplianceScore> byTouchpoint;
  private final List<ChecklistItem> criticalFailures;

  private AuditScore(
      Audit audit,
      ComplianceScore overall,
      Map<BehaviourStep, ComplianceScore> byStep,
      Map<String, ComplianceScore> byTouchpoint,
      List<ChecklistItem> criticalFailures) {
    this.audit = audit;
    this.overall = overall;
    this.byStep = byStep;
    this.byTouchpoint = byTouchpoint;
    this.criticalFailures = criticalFailures;
  }

  /**
   * Scores an audit.
   *
   * @param audit the filled-in form
   * @return its score
   * @throws NullPointerException if {@code audit} is null
   */
  public static AuditScore of(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    ComplianceScore.Tally all = new ComplianceScore.Tally();
    Map<BehaviourStep, ComplianceScore.Tally> steps = new EnumMap<>(BehaviourStep.class);
    Map<String, ComplianceScore.Tally> touchpoints = new LinkedHashMap<>();
    List<ChecklistItem> critical = new ArrayList<>(1);
    for (ChecklistItem item : audit.checklist().items()) {
      AuditOutcome outcome = audit.outcome(item.id());
      all.add(item.id(), item.weight(), item.critical(), outcome);
      steps
          .computeIfAbsent(item.step(), s -> new ComplianceScore.Tally())
          .add(item.id(), item.weight(), item.critical(), outcome);
      Optional<String> tp = item.touchpointId().or(audit::touchpointId);
      if (tp.isPresent()) {
        touchpoints
            .computeIfAbsent(tp.get(), t -> new ComplianceScore.Tally())
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
    return new AuditScore(
        audit,
        all.build(),
        Collections.unmodifiableMap(stepScores),
        Collections.unmodifiableMap(tpScores),
        List.copyOf(critical));
  }

  /**
   * The audit scored.
   *
   * @return the audit
   */
  public Audit audit() {
    return audit;
  }

  /**
   * The compliance of the whole form.
   *
   * @return the overall compliance score
   */
  public ComplianceScore overall() {
    return overall;
  }

  /**
   * The audit's score: {@code overall().score()}.
   *
   * @return the score in [0, 1]; 0 when a critical item failed; NaN when no item applied
   */
  public double score() {
    return overall.score();
  }

  /**
   * The critical items that failed, in checklist order; any one of them sets the score to 0.
   *
   * @return an unmodifiable list, empty if none failed
   */
  public List<ChecklistItem> criticalFailures() {
    return criticalFailures;
  }

  /**
   * The compliance of each behaviour step that has items in the checklist.
   *
   * @return an unmodifiable map in step order (Explore, Offer, Act, Confirm)
   */
  public Map<BehaviourStep, ComplianceScore> byStep() {
    return byStep;
  }

  /**
   * The compliance of each touchpoint (see the class comment for which items count where).
   *
   * @return an unmodifiable map in order of first appearance in the checklist
   */
  public Map<String, ComplianceScore> byTouchpoint() {
    return byTouchpoint;
  }

  /**
   * The compliance of one behaviour step.
   *
   * @param step the step
   * @return its compliance, empty if the checklist has no item of this step
   */
  public Optional<ComplianceScore> step(BehaviourStep step) {
    return Optional.ofNullable(byStep.get(Objects.requireNonNull(step, "step")));
  }

  /**
   * The compliance of one touchpoint.
   *
   * @param touchpointId the touchpoint id
   * @return its compliance, empty if no item counted for this touchpoint
   */
  public Optional<ComplianceScore> touchpoint(String touchpointId) {
    return Optional.ofNullable(byTouchpoint.get(Objects.requireNonNull(touchpointId, "touchpointId")));
  }

  /** Equal when the audits are equal (the score follows from the audit). */
  @Override
  protected Object[] components() {
    return new Object[] {audit};
  }

  /**
   * A headline with the score and any failed critical item, then a table of the parts: overall,
   * each step, each touchpoint.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The same in a language: headline, headers, part names and behaviour steps ({@code 步骤 探索})
   * from the bundle {@code io.github.mot.scoring.i18n.labels} and mot-core's labels, numbers with
   * the locale's separators; audit, staff, item and touchpoint ids as given. A language without a
   * bundle (German) gets the English words. {@code toString(Locale.ENGLISH)} equals {@link
   * #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the score as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }

  /**
   * The score for every {@link Format}: JSON fields {@code auditId}, {@code staffId}, {@code
   * touchpointId} ({@code null} when the audit names none), {@code auditedAt} (ISO-8601 instant)
   * and {@code score} (in [0, 1], {@code null} when no item applied); the table {@code parts}, one
   * row for the whole form ({@code part} {@code overall}), each step ({@code step}, {@code key} the
   * step's constant name) and each touchpoint ({@code touchpoint}, {@code key} its id) with the
   * columns of {@link ComplianceScore#tables()}, which is also the CSV; in JSON {@code
   * criticalFailures}, the failed critical items as {@code [{"item": id}]}.
   *
   * @return the description of this score
   * @since 0.3.0
   */
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
        .table(ComplianceScore.criticalFailureTable(overall.criticalFailures()))
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
}
