package io.github.mot.scoring;

import io.github.mot.core.ChecklistItem;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One filled-in supervision form (督导表): a behaviour audit of one staff member, at one time,
 * against a {@link SupervisionChecklist}, recording for every checklist item whether it was
 * {@linkplain AuditOutcome#PASSED passed}, {@linkplain AuditOutcome#FAILED failed} or {@linkplain
 * AuditOutcome#NOT_APPLICABLE not applicable}. Score it with {@link AuditScore#of(Audit)}.
 *
 * <p>A form is complete: every item of the checklist has exactly one outcome, and no outcome names
 * an item the checklist does not have. Build one with {@link #builder(SupervisionChecklist)}:
 *
 * <pre>{@code
 * Audit audit = Audit.builder(checklist)
 *     .id("A-2026-0117").staffId("emp-42").touchpointId("greet").auditedAt(instant)
 *     .passed("eye-contact", "name")
 *     .failed("smile")
 *     .notApplicable("offer-bag")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; equal when id, checklist, staff, touchpoint, time and
 * every outcome are equal.
 *
 * @since 0.1.0
 */
public sealed interface Audit extends Tabular permits Results.Form {

  /**
   * A builder for an audit against {@code checklist}.
   *
   * @param checklist the checklist the form follows
   * @return a new builder
   * @throws NullPointerException if {@code checklist} is null
   */
  static Builder builder(SupervisionChecklist checklist) {
    return new Builder(Objects.requireNonNull(checklist, "checklist"));
  }

  /**
   * The form for every {@link Format}: JSON fields {@code id}, {@code staffId}, {@code
   * touchpointId} ({@code null} when none), {@code auditedAt} (ISO-8601 instant) and {@code
   * checklist} (its name); the table {@code items}, one row per checklist item in checklist order
   * with {@code item} (id), {@code step} (constant name, such as {@code EXPLORE}), {@code
   * touchpointId} (the item's own, or {@code null}), {@code weight}, {@code critical} and {@code
   * outcome} ({@code PASSED}, {@code FAILED} or {@code NOT_APPLICABLE}), which is also the CSV.
   *
   * @return the description of this audit
   * @since 0.3.0
   */
  @Override
  Tables tables();

  /**
   * The audit's id, unique within a data set; it breaks ties between audits at the same time.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * The checklist the form follows.
   *
   * @return the checklist
   */
  SupervisionChecklist checklist();

  /**
   * The staff member audited.
   *
   * @return the staff id, not blank
   */
  String staffId();

  /**
   * The touchpoint observed, if the audit was of one touchpoint. Items that name their own
   * touchpoint count for that one instead (see {@link AuditScore#byTouchpoint()}).
   *
   * @return the touchpoint id, or empty
   */
  Optional<String> touchpointId();

  /**
   * When the audit took place.
   *
   * @return the instant
   */
  Instant auditedAt();

  /**
   * The outcome of every item, in checklist order.
   *
   * @return an unmodifiable map from item id to outcome, one entry per checklist item
   */
  Map<String, AuditOutcome> outcomes();

  /**
   * The outcome of one item.
   *
   * @param itemId the checklist item's id
   * @return the outcome
   * @throws IllegalArgumentException if the checklist has no item {@code itemId}
   */
  default AuditOutcome outcome(String itemId) {
    AuditOutcome o = outcomes().get(itemId);
    if (o == null) {
      throw unknownItem(checklist(), itemId);
    }
    return o;
  }

  private static IllegalArgumentException unknownItem(SupervisionChecklist c, String itemId) {
    return new IllegalArgumentException(
        "unknown checklist item '" + itemId + "' in checklist '" + c.name() + "'");
  }

  /**
   * The form as a table: a headline, then one row per item with its step, weight and outcome.
   *
   * @return {@code Format.TEXT.render(this)}
   */
  @Override
  String toString();

  /**
   * The same form in a language: headline, headers, behaviour steps ({@code 探索}) and outcomes
   * ({@code 通过}, {@code 未通过}, {@code 不适用}) from the bundle {@code
   * io.github.mot.scoring.i18n.labels} and mot-core's labels, weights with the locale's decimal
   * separator; ids and the checklist's name as given. A language without a bundle (German) gets
   * the English words and constant names. {@code toString(Locale.ENGLISH)} equals {@code
   * toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the form as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }


  /**
   * Builds an {@link Audit}. Every setter checks its argument at once; {@link #build()} checks
   * that the form is complete.
   *
   * <p>Not thread-safe.
   */
  final class Builder {
    private final SupervisionChecklist checklist;
    private final Map<String, AuditOutcome> outcomes = new HashMap<>();
    private @Nullable String id;
    private @Nullable String staffId;
    private @Nullable String touchpointId;
    private @Nullable Instant auditedAt;

    private Builder(SupervisionChecklist checklist) {
      this.checklist = checklist;
    }

    /**
     * Sets the audit id.
     *
     * @param id the id, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Builder id(String id) {
      this.id = notBlank(id, "audit id");
      return this;
    }

    /**
     * Sets the staff member audited.
     *
     * @param staffId the staff id, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code staffId} is blank
     */
    public Builder staffId(String staffId) {
      this.staffId = notBlank(staffId, "staffId");
      return this;
    }

    /**
     * Sets the touchpoint observed (optional).
     *
     * @param touchpointId the touchpoint id, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code touchpointId} is blank
     */
    public Builder touchpointId(String touchpointId) {
      this.touchpointId = notBlank(touchpointId, "touchpointId");
      return this;
    }

    /**
     * Sets when the audit took place.
     *
     * @param auditedAt the instant
     * @return this builder
     */
    public Builder auditedAt(Instant auditedAt) {
      this.auditedAt = Objects.requireNonNull(auditedAt, "auditedAt");
      return this;
    }

    /**
     * Records the outcome of one item.
     *
     * @param itemId a checklist item's id
     * @param outcome its outcome
     * @return this builder
     * @throws IllegalArgumentException if the checklist has no such item or the item already has
     *     an outcome
     */
    public Builder outcome(String itemId, AuditOutcome outcome) {
      Objects.requireNonNull(itemId, "itemId");
      Objects.requireNonNull(outcome, "outcome");
      if (checklist.item(itemId).isEmpty()) {
        throw unknownItem(checklist, itemId);
      }
      AuditOutcome before = outcomes.putIfAbsent(itemId, outcome);
      if (before != null) {
        throw new IllegalArgumentException(
            "checklist item '" + itemId + "' already has outcome " + before
                + "; each item takes exactly one outcome");
      }
      return this;
    }

    /**
     * Records items as passed.
     *
     * @param itemIds checklist item ids
     * @return this builder
     * @throws IllegalArgumentException as {@link #outcome(String, AuditOutcome)}
     */
    public Builder passed(String... itemIds) {
      for (String i : itemIds) {
        outcome(i, AuditOutcome.PASSED);
      }
      return this;
    }

    /**
     * Records items as failed.
     *
     * @param itemIds checklist item ids
     * @return this builder
     * @throws IllegalArgumentException as {@link #outcome(String, AuditOutcome)}
     */
    public Builder failed(String... itemIds) {
      for (String i : itemIds) {
        outcome(i, AuditOutcome.FAILED);
      }
      return this;
    }

    /**
     * Records items as not applicable.
     *
     * @param itemIds checklist item ids
     * @return this builder
     * @throws IllegalArgumentException as {@link #outcome(String, AuditOutcome)}
     */
    public Builder notApplicable(String... itemIds) {
      for (String i : itemIds) {
        outcome(i, AuditOutcome.NOT_APPLICABLE);
      }
      return this;
    }

    /**
     * Builds the audit.
     *
     * @return the audit
     * @throws IllegalStateException if id, staff id or time is missing
     * @throws IllegalArgumentException if a checklist item has no outcome (the message names the
     *     first such item in checklist order)
     */
    public Audit build() {
      Map<String, AuditOutcome> ordered = new LinkedHashMap<>();
      for (ChecklistItem item : checklist.items()) {
        AuditOutcome o = outcomes.get(item.id());
        if (o == null) {
          throw new IllegalArgumentException(
              "checklist item '" + item.id() + "' has no outcome; record passed, failed or"
                  + " notApplicable for every item of checklist '" + checklist.name() + "'");
        }
        ordered.put(item.id(), o);
      }
      return new Results.Form(require(id, "id"), checklist, require(staffId, "staffId"),
          Optional.ofNullable(touchpointId), require(auditedAt, "auditedAt"), Collections.unmodifiableMap(ordered));
    }

    private static <T> T require(@Nullable T value, String field) {
      if (value == null) {
        throw new IllegalStateException("audit " + field + " must be set before build()");
      }
      return value;
    }

    private static String notBlank(String value, String field) {
      Objects.requireNonNull(value, field);
      if (value.isBlank()) {
        throw Preconditions.unmet(field, "not be blank", "was '" + value + "'");
      }
      return value;
    }
  }
}
