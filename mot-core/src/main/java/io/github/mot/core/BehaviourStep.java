package io.github.mot.core;

import java.util.List;

/**
 * The four steps of the behaviour model at a moment of truth, in the order an employee goes through
 * them: explore the need, offer a solution, act on the promise, confirm the result. The MOT
 * training material calls them behaviour patterns one to four; each comes with practices that a
 * supervisor can observe ({@link #practices()}), and {@link ChecklistItem}s are grouped by step.
 *
 * @since 0.1.0
 */
public enum BehaviourStep {
  /** Explore: find out what the customer really needs, by active listening and questions. */
  EXPLORE(
      "Explore",
      List.of(
          "active listening",
          "effective questions",
          "find and confirm the customer's expectations")),
  /** Offer: propose a solution that is a win for the customer and for the company. */
  OFFER(
      "Offer",
      List.of(
          "propose a win-win solution",
          "weigh the customer's need against what the company can support")),
  /** Act: keep the promise and earn trust, following the 5C ({@link FiveC}). */
  ACT(
      "Act",
      List.of(
          "keep the promise and earn trust",
          "apply the 5C: customer, contingency, communicate, co-ordinate, complete")),
  /** Confirm: check that the need is met and exceed the customer's expectations. */
  CONFIRM(
      "Confirm",
      List.of(
          "check that the need is met",
          "exceed the customer's expectations",
          "let the customer say they are satisfied"));

  private final String label;
  @SuppressWarnings("ImmutableEnumChecker") // always an unmodifiable List.of
  private final List<String> practices;

  BehaviourStep(String label, List<String> practices) {
    this.label = label;
    this.practices = practices;
  }

  /**
   * The English name of the step, capitalised: {@code "Explore"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The observable practices of this step, in English, as the MOT training material lists them: for
   * {@link #EXPLORE} "active listening" and "effective questions".
   *
   * @return an unmodifiable, non-empty list
   */
  public List<String> practices() {
    return practices;
  }
}
