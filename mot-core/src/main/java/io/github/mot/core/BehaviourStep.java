package io.github.mot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
   * The name in the given language, from {@link Labels#of(Locale)} under the key {@code
   * BehaviourStep.<NAME>}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank label, such as {@code "探索"} for {@link #EXPLORE} in Simplified
   *     Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Labels.of(locale).label(this);
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

  /**
   * The observable practices of this step in the given language, in the order of {@link
   * #practices()}: practice {@code n} (from 1) has the key {@code BehaviourStep.<NAME>.practice.n}
   * in {@link Labels#of(Locale)}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return an unmodifiable list as long as {@link #practices()}, such as {@code [积极的倾听, 有效的询问,
   *     寻找及确认客户的期望]} for {@link #EXPLORE} in Simplified Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public List<String> practices(Locale locale) {
    Labels labels = Labels.of(locale);
    List<String> texts = new ArrayList<>(practices.size());
    for (int i = 1; i <= practices.size(); i++) {
      texts.add(labels.label(this, "practice." + i));
    }
    return List.copyOf(texts);
  }
}
