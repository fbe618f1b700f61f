package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.Labels;
import io.github.mot.core.table.Cells;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The domain words of one language for the result tables of this package: this module's bundle
 * {@link #BUNDLE} and mot-core's labels, loaded once per locale and cached. Numbers are not formatted
 * here: column texts use the formatters of the rendering's {@link Cells}.
 *
 * <p>A domain word (a behaviour step, an audit outcome, a journey model, a group key that is an enum
 * constant) is translated only when the rendering translates ({@link Cells#translating()}) into a
 * language with a translation; otherwise it prints as the plain {@code toString()} prints it
 * (constant names, English words), so that German, which has no bundle, keeps the English texts.
 * Immutable and thread-safe; package-private.
 */
final class Text {

  /** The base name of this module's label bundle. */
  static final String BUNDLE = "io.github.mot.scoring.i18n.labels";

  /** The texts of each locale asked for so far (a handful in practice). */
  private static final Map<Locale, Text> BY_LOCALE = new ConcurrentHashMap<>();

  /** English: the texts of the plain {@code toString()}; nothing is translated. */
  static final Text ENGLISH = new Text(Locale.ENGLISH);

  /** This module's labels in a language, for {@link io.github.mot.core.table.Tables#builder}. */
  static final Function<Locale, Labels> LABELS = locale -> of(locale).labels;

  private final Labels labels;
  private final Labels core;
  private final boolean translated;

  private Text(Locale locale) {
    this.labels = Labels.forBundle(BUNDLE, locale, Text.class.getModule());
    this.core = Labels.of(locale);
    this.translated = labels.isTranslation();
  }

  /**
   * The texts of a locale, cached.
   *
   * @throws NullPointerException if {@code locale} is null
   */
  static Text of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return locale.equals(Locale.ENGLISH) ? ENGLISH : BY_LOCALE.computeIfAbsent(locale, Text::new);
  }

  /** The texts of a rendering: its language when it translates, else those of the plain text. */
  static Text of(Cells cells) {
    return cells.translating() ? of(cells.locale()) : ENGLISH;
  }

  /** This module's labels in a language. */
  static Labels labels(Locale locale) {
    return of(locale).labels;
  }

  /**
   * The label of one of this module's enum constants in a language, what their {@code
   * label(Locale)} returns: the bundle's text, English where the language has no translation.
   *
   * @throws NullPointerException if {@code locale} is null
   */
  static String labelOf(Enum<?> constant, Locale locale) {
    return labels(locale).label(constant);
  }

  /** Whether domain words are translated (neither English nor a language without a bundle). */
  boolean translated() {
    return translated;
  }

  /** A behaviour step: its translation, else its constant name as in the plain tables. */
  String step(BehaviourStep step) {
    return label(step, step.name());
  }

  /**
   * An enum constant with a label (in this module's bundle or mot-core's): its translation, else
   * {@code plain}, the text of the plain tables.
   */
  String label(Enum<?> constant, String plain) {
    if (translated) {
      String k = Labels.key(constant);
      Optional<String> own = labels.find(k);
      if (own.isPresent()) {
        return own.get();
      }
      Optional<String> other = core.find(k);
      if (other.isPresent()) {
        return other.get();
      }
    }
    return plain;
  }

  /**
   * The key of a group: for an enum constant with a label its translation, else the key as text.
   */
  String key(Object key) {
    return key instanceof Enum<?> e ? label(e, e.toString()) : String.valueOf(key);
  }
}
