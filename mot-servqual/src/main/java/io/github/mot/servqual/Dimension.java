package io.github.mot.servqual;

import io.github.mot.servqual.internal.Text;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dimension of service quality: one of the five SERVQUAL dimensions of Parasuraman, Zeithaml and
 * Berry (1988), or a dimension of the user's own naming in an adapted instrument.
 *
 * <p>A name starts with a letter and holds letters, digits and underscores, at most 64 characters;
 * it is stored in upper case ({@code Locale.ROOT}), so {@code Dimension.of("reliability")} equals
 * {@link #RELIABILITY}. The upper-case name is what CSV importance columns use ({@code
 * W_RELIABILITY}). Two dimensions are equal when their names are equal.
 *
 * <p>The text form is the name; {@link #parse(CharSequence)} reads what {@link #toString()}
 * prints. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Dimension implements Comparable<Dimension> {

  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_]{0,63}");

  /** Appearance of physical facilities, equipment, personnel and communication materials. */
  public static final Dimension TANGIBLES = new Dimension("TANGIBLES");

  /** Ability to perform the promised service dependably and accurately. */
  public static final Dimension RELIABILITY = new Dimension("RELIABILITY");

  /** Willingness to help customers and provide prompt service. */
  public static final Dimension RESPONSIVENESS = new Dimension("RESPONSIVENESS");

  /** Knowledge and courtesy of employees and their ability to inspire trust and confidence. */
  public static final Dimension ASSURANCE = new Dimension("ASSURANCE");

  /** Caring, individualised attention the firm gives its customers. */
  public static final Dimension EMPATHY = new Dimension("EMPATHY");

  private static final List<Dimension> STANDARD =
      List.of(TANGIBLES, RELIABILITY, RESPONSIVENESS, ASSURANCE, EMPATHY);

  private final String name;

  private Dimension(String name) {
    this.name = name;
  }

  /**
   * The dimension with the given name, case-insensitive.
   *
   * @param name the name: a letter, then letters, digits or underscores, 64 characters at most
   * @return the dimension, one of the standard constants if the name is a standard one
   * @throws IllegalArgumentException if the name does not have that form
   * @throws NullPointerException if {@code name} is null
   */
  public static Dimension of(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "dimension name must start with a letter and hold only letters, digits and underscores"
              + " (at most 64) but was '"
              + io.github.mot.core.internal.Quoted.of(name)
              + "'");
    }
    String upper = name.toUpperCase(Locale.ROOT);
    for (Dimension d : STANDARD) {
      if (d.name.equals(upper)) {
        return d;
      }
    }
    return new Dimension(upper);
  }

  /**
   * Reads the text form that {@link #toString()} prints; the same as {@link #of(String)}.
   *
   * @param text the name
   * @return the dimension
   * @throws IllegalArgumentException if the text is not a valid name
   */
  public static Dimension parse(CharSequence text) {
    return of(text.toString());
  }

  /**
   * The five standard SERVQUAL dimensions in the order of the 22-item instrument: tangibles,
   * reliability, responsiveness, assurance, empathy.
   *
   * @return an unmodifiable list of the five constants
   */
  public static List<Dimension> standard() {
    return STANDARD;
  }

  /**
   * The upper-case name, such as {@code "RELIABILITY"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The label in a language: for a standard dimension its name in the bundle {@code
   * io.github.mot.servqual.i18n.labels} (key {@code Dimension.<NAME>}: "Reliability", "可靠性"), for
   * a dimension of the user's own naming the name as given ({@link #name()}).
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the label, not blank
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return isStandard() ? Text.labels(locale).get("Dimension." + name) : name;
  }

  /**
   * Whether this is one of the five standard SERVQUAL dimensions.
   *
   * @return true for the five constants
   */
  public boolean isStandard() {
    return STANDARD.contains(this);
  }

  /**
   * Orders dimensions by name.
   *
   * @param other the other dimension
   * @return the comparison of the names
   */
  @Override
  public int compareTo(Dimension other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimension && ((Dimension) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * The name.
   *
   * @return the upper-case name
   */
  @Override
  public String toString() {
    return name;
  }
}
