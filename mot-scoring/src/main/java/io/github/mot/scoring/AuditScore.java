package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    StringBuilder sb =
        new StringBuilder("AuditScore ")
            .append(audit.id())
            .append(" of ")
            .append(audit.staffId())
            .append(" at ")
            .append(audit.auditedAt())
            .append(": ")
            .append(Table.opt(score(), 4));
    if (!criticalFailures.isEmpty()) {
      sb.append(" (critical item failed: ");
      for (int i = 0; i < criticalFailures.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(criticalFailures.get(i).id());
      }
      sb.append(')');
    }
    sb.append('\n');
    Table t = new Table("part", ">score", ">raw", ">passed wt", ">applicable wt", ">pass", ">fail", ">n/a");
    row(t, "overall", overall);
    byStep.forEach((s, c) -> row(t, "step " + s.name(), c));
    byTouchpoint.forEach((s, c) -> row(t, "touchpoint " + s, c));
    return sb.append(t.render()).toString();
  }

  private static void row(Table t, String part, ComplianceScore c) {
    t.row(
        part,
        Table.opt(c.score(), 4),
        Table.opt(c.rawScore(), 4),
        Table.num(c.passedWeight(), 2),
        Table.num(c.applicableWeight(), 2),
        Integer.toString(c.passed()),
        Integer.toString(c.failed()),
        Integer.toString(c.notApplicable()));
  }
}
