package io.github.mot.core;

import java.util.Locale;

/**
 * The three things a customer judges in a front-line employee at a moment of truth, and which
 * together make the first impression: <b>A</b>ppearance, <b>B</b>ehaviour and <b>C</b>ommunication.
 * The standard shares of the first impression are 52 %, 33 % and 15 % ({@link
 * AbcWeights#STANDARD}).
 *
 * @since 0.1.0
 */
public enum AbcComponent {
  /** The employee's appearance: dress, grooming, posture, the look of the workplace. */
  APPEARANCE("appearance"),
  /** The employee's behaviour: attention, gestures, manner, what they do. */
  BEHAVIOUR("behaviour"),
  /** The employee's communication: words, tone of voice, clarity. */
  COMMUNICATION("communication");

  private final String label;

  AbcComponent(String label) {
    this.label = label;
  }

  /** Picks this component's value out of three given in A, B, C order. */
  double select(double appearance, double behaviour, double communication) {
    return switch (this) {
      case APPEARANCE -> appearance;
      case BEHAVIOUR -> behaviour;
      case COMMUNICATION -> communication;
    };
  }

  /**
   * The English lower-case name, used in messages and tables: {@code "appearance"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The label in the given language, from {@link Labels#of(Locale)} under the key {@code
   * AbcComponent.<NAME>}; English where there is no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank label, such as {@code "外表"} for {@link #APPEARANCE} in Simplified Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Labels.of(locale).label(this);
  }
}
