package io.github.mot.core;

import java.util.Locale;

/**
 * The five phases of the service cycle around a moment of truth, in order: set the tone, diagnose
 * expectations, resolve the need, summarise and confirm, follow up. The MOT training material
 * presents them as the links through which an employee conveys value to the customer.
 *
 * @since 0.1.0
 */
public enum ServiceCyclePhase {
  /** Set the tone: create a good atmosphere and first impression (primacy effect). */
  SET_THE_TONE("set the tone", "create a good atmosphere and a good first impression"),
  /** Diagnose expectations: uncover stated and latent needs (the iceberg of needs). */
  DIAGNOSE_EXPECTATIONS(
      "diagnose expectations", "uncover the stated and the latent needs of the customer"),
  /** Resolve the need: solve the customer's problem, and handle complaints as a chance. */
  RESOLVE_NEED("resolve the need", "solve the customer's problem quickly and well"),
  /** Summarise and confirm: check with the customer that the need is met. */
  SUMMARISE_AND_CONFIRM(
      "summarise and confirm", "sum up what was done and check that the need is met"),
  /** Follow up: stay in touch after the contact, by customer tier, and act on feedback. */
  FOLLOW_UP("follow up", "stay in touch after the contact and act on the feedback");

  private final String label;
  private final String description;

  ServiceCyclePhase(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /**
   * The English name of the phase, lower case: {@code "set the tone"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The name in the given language, from {@link Labels#of(Locale)} under the key {@code
   * ServiceCyclePhase.<NAME>}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank label, such as {@code "奠定基调"} for {@link #SET_THE_TONE} in Simplified
   *     Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Labels.of(locale).label(this);
  }

  /**
   * What happens in the phase, in English.
   *
   * @return a short description
   */
  public String description() {
    return description;
  }

  /**
   * The description in the given language, from {@link Labels#of(Locale)} under the key {@code
   * ServiceCyclePhase.<NAME>.description}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank description, such as {@code "营造良好的氛围，留下良好的第一印象"} for {@link #SET_THE_TONE} in
   *     Simplified Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String description(Locale locale) {
    return Labels.of(locale).label(this, "description");
  }
}
