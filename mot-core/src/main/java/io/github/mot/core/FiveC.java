package io.github.mot.core;

/**
 * The 5C: the five principles that help an employee keep a promise in the {@link BehaviourStep#ACT
 * Act} step of the behaviour model, in the order of the MOT training material. Each has a {@link
 * #label() label} such as {@code "Co-ordinate"} and a {@link #description() description} of what
 * it asks of the employee, in English and translated ({@link DescribedTerm}).
 *
 * @since 0.1.0
 */
public enum FiveC implements DescribedTerm {
  /** Customer: think from the customer's point of view. */
  CUSTOMER,
  /** Contingency: prevent problems before they happen and have a fallback ready. */
  CONTINGENCY,
  /** Communicate: keep the customer informed while the promise is being kept. */
  COMMUNICATE,
  /** Co-ordinate: line up the colleagues and departments the promise depends on. */
  COORDINATE,
  /** Complete: finish the job, all of it, as promised. */
  COMPLETE
}
