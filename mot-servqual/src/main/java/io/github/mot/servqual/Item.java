package io.github.mot.servqual;

import io.github.mot.servqual.internal.Text;
import io.github.mot.core.internal.Preconditions;
import java.util.Locale;

import org.immutables.value.Value;

/**
 * One question of a SERVQUAL instrument: a short label, the dimension it measures and whether it
 * is reverse-coded (negatively worded).
 *
 * <p>A reverse-coded answer {@code x} counts as {@code min + max - x} on the instrument's rating
 * scale ({@link io.github.mot.core.RatingScale#reverse(int)}): on 1..7 a 2 counts as 6. Items
 * have no number of their own; an item's id is its 1-based position in its {@link Instrument}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Item {

  Item() {}

  /**
   * A short label of the question, such as "Up-to-date equipment".
   *
   * @return the label, not blank
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The label in a language: for an item of the standard instrument ({@link Instrument#standard()},
   * recognised by its English label) the text of the bundle {@code
   * io.github.mot.servqual.i18n.labels} (keys {@code Item.1} to {@code Item.22}), otherwise {@link
   * #label()} as given.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the label, not blank
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return Text.itemLabel(label(), locale);
  }

  /**
   * The dimension the item measures.
   *
   * @return the dimension
   */
  @Value.Parameter
  public abstract Dimension dimension();

  /**
   * Whether the item is negatively worded, so that answers are reverse-coded before analysis.
   *
   * @return true for a reverse-coded item
   */
  @Value.Parameter
  public abstract boolean reverseCoded();

  /**
   * A positively worded item.
   *
   * @param label the short label, not blank
   * @param dimension the dimension it measures
   * @return the item
   * @throws IllegalArgumentException if the label is blank
   * @throws NullPointerException if an argument is null
   */
  public static Item of(String label, Dimension dimension) {
    return ImmutableItem.of(label, dimension, false);
  }

  /**
   * An item with the given coding.
   *
   * @param label the short label, not blank
   * @param dimension the dimension it measures
   * @param reverseCoded whether answers are reverse-coded ({@code min + max - x})
   * @return the item
   * @throws IllegalArgumentException if the label is blank
   * @throws NullPointerException if an argument is null
   */
  public static Item of(String label, Dimension dimension, boolean reverseCoded) {
    return ImmutableItem.of(label, dimension, reverseCoded);
  }

  /**
   * A negatively worded item whose answers are reverse-coded.
   *
   * @param label the short label, not blank
   * @param dimension the dimension it measures
   * @return the reverse-coded item
   * @throws IllegalArgumentException if the label is blank
   * @throws NullPointerException if an argument is null
   */
  public static Item reversed(String label, Dimension dimension) {
    return ImmutableItem.of(label, dimension, true);
  }

  @Value.Check
  void check() {
    Preconditions.notBlank("item label", label());
  }

  /**
   * For example {@code "Up-to-date equipment (TANGIBLES)"}, with {@code ", reversed"} for a
   * reverse-coded item.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return label() + " (" + dimension() + (reverseCoded() ? ", reversed)" : ")");
  }
}
