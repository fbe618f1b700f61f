package io.github.mot.scoring;

/**
 * What a supervisor or mystery shopper recorded for one checklist item of a behaviour audit.
 *
 * @since 0.1.0
 */
public enum AuditOutcome {
  /** The behaviour was observed as required; the item's weight counts as passed and applicable. */
  PASSED,
  /** The behaviour was required but not observed; the weight counts as applicable only. */
  FAILED,
  /** The item did not apply to this contact; its weight counts nowhere. */
  NOT_APPLICABLE
}
