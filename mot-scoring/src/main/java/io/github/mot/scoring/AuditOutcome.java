package io.github.mot.scoring;

import java.util.Locale;

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
  NOT_APPLICABLE;

  /**
   * The label in a language, from the bundle {@code io.github.mot.scoring.i18n.labels} (key
   * {@code AuditOutcome.<CONSTANT>}), English where the language has no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the label, not blank
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Text.labelOf(this, locale);
  }

}
