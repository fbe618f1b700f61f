package io.github.mot.core;

/**
 * The 5C: the five principles that help an employee keep a promise in the {@link BehaviourStep#ACT
 * Act} step of the behaviour model, in the order of the MOT training material.
 *
 * @since 0.1.0
 */
public enum FiveC {
  /** Customer: think from the customer's point of view. */
  CUSTOMER("Customer", "think from the customer's point of view"),
  /** Contingency: prevent problems before they happen and have a fallback ready. */
  CONTINGENCY("Contingency", "prevent problems before they happen"),
  /** Communicate: keep the customer informed while the promise is being kept. */
  COMMUNICATE("Communicate", "keep the customer informed"),
  /** Co-ordinate: line up the colleagues and departments the promise depends on. */
  COORDINATE("Co-ordinate", "line up the colleagues and departments involved"),
  /** Complete: finish the job, all of it, as promised. */
  COMPLETE("Complete", "finish the job as promised");

  private final String label;
  private final String description;

  FiveC(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /**
   * The English name of the principle: {@code "Co-ordinate"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * What the principle asks of the employee, in English.
   *
   * @return a short description
   */
  public String description() {
    return description;
  }
}
