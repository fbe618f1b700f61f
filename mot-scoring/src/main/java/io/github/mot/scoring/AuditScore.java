package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The score of one behaviour audit: the {@link ComplianceScore} of the whole form, of each
 * behaviour step (Explore, Offer, Act, Confirm) and of each touchpoint.
 *
 * <p>Formula (see {@link ComplianceScore}): {@code score = sum(weights passed) / sum(weights
 * applicable)}, 0 when a critical item failed, empty when nothing applied. A step's or a
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
public final class AuditScore {

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
   * @return the score in [0, 1]; 0 when a critical item failed; empty when no item applied
   */
  public OptionalDouble score() {
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
  public boolean equals(@Nullable Object o) {
    return o instanceof AuditScore && ((AuditScore) o).audit.equals(audit);
  }

  @Override
  public int hashCode() {
    return audit.hashCode();
  }

  /**
   * A headline with the score and any failed critical item, then a table of the parts: overall,
   * each step, each touchpoint.
   */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
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
    Text x = Text.of(locale);
    StringBuilder sb =
        new StringBuilder(
            x.fill("title.auditScore", audit.id(), audit.staffId(), audit.auditedAt(), x.opt(score(), 4)));
    if (!criticalFailures.isEmpty()) {
      StringBuilder ids = new StringBuilder();
      for (int i = 0; i < criticalFailures.size(); i++) {
        ids.append(i == 0 ? "" : ", ").append(criticalFailures.get(i).id());
      }
      sb.append(' ').append(x.fill("text.criticalItemFailed", ids));
    }
    sb.append('\n');
    Table t = new Table(x.get("table.part"), ">" + x.get("table.score"), ">" + x.get("table.raw"),
        ">" + x.get("table.passedWt"), ">" + x.get("table.applicableWt"), ">" + x.get("table.pass"),
        ">" + x.get("table.fail"), ">" + x.get("table.na"));
    row(x, t, x.get("text.overall"), overall);
    byStep.forEach((s, c) -> row(x, t, x.fill("text.stepPart", x.step(s)), c));
    byTouchpoint.forEach((s, c) -> row(x, t, x.fill("text.touchpointPart", s), c));
    return sb.append(t.render(x)).toString();
  }

  private static void row(Text x, Table t, String part, ComplianceScore c) {
    t.row(
        part,
        x.opt(c.score(), 4),
        x.opt(c.rawScore(), 4),
        x.num(c.passedWeight(), 2),
        x.num(c.applicableWeight(), 2),
        Integer.toString(c.passed()),
        Integer.toString(c.failed()),
        Integer.toString(c.notApplicable()));
  }
}
