package io.github.mot.core;

import java.util.Locale;

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
   * The name in the given language, from {@link Labels#of(Locale)} under the key {@code
   * FiveC.<NAME>}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank label, such as {@code "防患未然"} for {@link #CONTINGENCY} in Simplified
   *     Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Labels.of(locale).label(this);
  }

  /**
   * What the principle asks of the employee, in English.
   *
   * @return a short description
   */
  public String description() {
    return description;
  }

  /**
   * The description in the given language, from {@link Labels#of(Locale)} under the key {@code
   * FiveC.<NAME>.description}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank description, such as {@code "从客户的角度思考"} for {@link #CUSTOMER} in
   *     Simplified Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String description(Locale locale) {
    return Labels.of(locale).label(this, "description");
  }
}
