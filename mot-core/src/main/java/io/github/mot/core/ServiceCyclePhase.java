package io.github.mot.core;

/**
 * The five phases of the service cycle around a moment of truth, in order: set the tone, diagnose
 * expectations, resolve the need, summarise and confirm, follow up. The MOT training material
 * presents them as the links through which an employee conveys value to the customer. Each has a
 * lower-case {@link #label() label} such as {@code "set the tone"} and a {@link #description()
 * description} of what happens in it, in English and translated ({@link DescribedTerm}).
 *
 * @since 0.1.0
 */
public enum ServiceCyclePhase implements DescribedTerm {
  /** Set the tone: create a good atmosphere and first impression (primacy effect). */
  SET_THE_TONE,
  /** Diagnose expectations: uncover stated and latent needs (the iceberg of needs). */
  DIAGNOSE_EXPECTATIONS,
  /** Resolve the need: solve the customer's problem, and handle complaints as a chance. */
  RESOLVE_NEED,
  /** Summarise and confirm: check with the customer that the need is met. */
  SUMMARISE_AND_CONFIRM,
  /** Follow up: stay in touch after the contact, by customer tier, and act on feedback. */
  FOLLOW_UP
}
