package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * <p>Instances are immutable and thread-safe; equal when the audits are equal (the score follows
 * from the audit).
 *
 * @since 0.1.0
 */
public sealed interface AuditScore extends Tabular permits Results.Score {

  /**
   * Scores an audit.
   *
   * @param audit the filled-in form
   * @return its score
   * @throws NullPointerException if {@code audit} is null
   */
  static AuditScore of(Audit audit) {
    return Results.Score.of(audit);
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
  Tables tables();

  /**
   * The audit scored.
   *
   * @return the audit
   */
  Audit audit();

  /**
   * The compliance of the whole form.
   *
   * @return the overall compliance score
   */
  ComplianceScore overall();

  /**
   * The audit's score: {@code overall().score()}.
   *
   * @return the score in [0, 1]; 0 when a critical item failed; NaN when no item applied
   */
  default double score() {
    return overall().score();
  }

  /**
   * The critical items that failed, in checklist order; any one of them sets the score to 0.
   *
   * @return an unmodifiable list, empty if none failed
   */
  List<ChecklistItem> criticalFailures();

  /**
   * The compliance of each behaviour step that has items in the checklist.
   *
   * @return an unmodifiable map in step order (Explore, Offer, Act, Confirm)
   */
  Map<BehaviourStep, ComplianceScore> byStep();

  /**
   * The compliance of each touchpoint (see the class comment for which items count where).
   *
   * @return an unmodifiable map in order of first appearance in the checklist
   */
  Map<String, ComplianceScore> byTouchpoint();

  /**
   * The compliance of one behaviour step.
   *
   * @param step the step
   * @return its compliance, empty if the checklist has no item of this step
   */
  default Optional<ComplianceScore> step(BehaviourStep step) {
    return Optional.ofNullable(byStep().get(Objects.requireNonNull(step, "step")));
  }

  /**
   * The compliance of one touchpoint.
   *
   * @param touchpointId the touchpoint id
   * @return its compliance, empty if no item counted for this touchpoint
   */
  default Optional<ComplianceScore> touchpoint(String touchpointId) {
    return Optional.ofNullable(byTouchpoint().get(Objects.requireNonNull(touchpointId, "touchpointId")));
  }

  /**
   * A headline with the score and any failed critical item, then a table of the parts: overall,
   * each step, each touchpoint.
   *
   * @return {@code Format.TEXT.render(this)}
   */
  @Override
  String toString();

  /**
   * The same in a language: headline, headers, part names and behaviour steps ({@code 步骤 探索})
   * from the bundle {@code io.github.mot.scoring.i18n.labels} and mot-core's labels, numbers with
   * the locale's separators; audit, staff, item and touchpoint ids as given. A language without a
   * bundle (German) gets the English words. {@code toString(Locale.ENGLISH)} equals {@code
   * toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the score as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }
}
