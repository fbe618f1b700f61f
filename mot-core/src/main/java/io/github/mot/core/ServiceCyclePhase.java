package io.github.mot.core;

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
   * What happens in the phase, in English.
   *
   * @return a short description
   */
  public String description() {
    return description;
  }
}
