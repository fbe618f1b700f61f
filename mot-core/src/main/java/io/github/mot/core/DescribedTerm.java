package io.github.mot.core;

import java.util.Locale;

/**
 * A term of the MOT training material that comes with a short description: a {@link FiveC}
 * principle or a {@link ServiceCyclePhase}. Its name and description, in English and in every
 * other language, are the texts of {@link Labels#of(Locale)} under the keys {@code
 * <Enum>.<NAME>} and {@code <Enum>.<NAME>.description}: the English base file is the one place
 * that holds the English. The terms are enum constants: immutable and thread-safe.
 *
 * @since 0.2.0
 */
public sealed interface DescribedTerm permits FiveC, ServiceCyclePhase {

  /**
   * The English name of the term, as the training material writes it: {@code "Co-ordinate"} for
   * {@link FiveC#COORDINATE}, {@code "set the tone"} for {@link ServiceCyclePhase#SET_THE_TONE}.
   *
   * @return a non-blank label
   * @since 0.1.0
   */
  default String label() {
    return label(Locale.ROOT);
  }

  /**
   * The name in the given language, from {@link Labels#of(Locale)} under the key {@code
   * <Enum>.<NAME>} ({@code FiveC.CONTINGENCY}); English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank label, such as {@code "防患未然"} for {@link FiveC#CONTINGENCY} or {@code
   *     "奠定基调"} for {@link ServiceCyclePhase#SET_THE_TONE} in Simplified Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String label(Locale locale) {
    return Labels.of(locale).label((Enum<?>) this);
  }

  /**
   * What the term asks of the employee or what happens in it, in English: {@code "think from the
   * customer's point of view"} for {@link FiveC#CUSTOMER}.
   *
   * @return a short, non-blank description
   * @since 0.1.0
   */
  default String description() {
    return description(Locale.ROOT);
  }

  /**
   * The description in the given language, from {@link Labels#of(Locale)} under the key {@code
   * <Enum>.<NAME>.description}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank description, such as {@code "从客户的角度思考"} for {@link FiveC#CUSTOMER} or
   *     {@code "营造良好的氛围，留下良好的第一印象"} for {@link ServiceCyclePhase#SET_THE_TONE} in Simplified
   *     Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String description(Locale locale) {
    return Labels.of(locale).label((Enum<?>) this, "description");
  }
}
