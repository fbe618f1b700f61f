package io.github.mot.servqual;

import io.github.mot.core.Labels;
import io.github.mot.core.internal.LocaleNumbers;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The texts and number formats of one language for the {@code toString(Locale)} tables of this
 * package: labels from the bundle {@link #BUNDLE}, numbers with the decimal separator of the
 * locale (no grouping). Immutable and thread-safe; package-private.
 */
final class Text {

  /** The base name of this module's label bundle. */
  static final String BUNDLE = "io.github.mot.servqual.i18n.labels";

  /** English: the texts of the plain {@code toString()}. */
  static final Text ENGLISH = new Text(Locale.ENGLISH);

  private static final Map<String, Integer> STANDARD_ITEMS = new HashMap<>();

  static {
    List<Item> items = Instrument.standard().items();
    for (int i = 0; i < items.size(); i++) {
      STANDARD_ITEMS.put(items.get(i).label(), i + 1);
    }
  }

  private final Locale locale;
  private final Labels labels;
  private final boolean translated;
  private final LocaleNumbers numbers;

  private Text(Locale locale) {
    this.locale = locale;
    this.labels = labels(locale);
    this.translated = labels.isTranslation();
    this.numbers = LocaleNumbers.of(locale);
  }

  /** The texts of a locale. */
  static Text of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return locale.equals(Locale.ENGLISH) ? ENGLISH : new Text(locale);
  }

  /** This module's labels in a language. */
  static Labels labels(Locale locale) {
    return Labels.forBundle(BUNDLE, locale, Text.class.getModule());
  }

  /** The English label of a standard item id (1..22) key, or empty if the text is not standard. */
  static String itemKey(int id) {
    return "Item." + id;
  }

  /** Whether the locale has a translation (not English and not a language without a bundle). */
  boolean translated() {
    return translated;
  }

  /** A text of the bundle by key. */
  String get(String key) {
    return labels.get(key);
  }

  /** An enum constant: its translation, or its constant name where there is no translation. */
  String constant(Enum<?> constant) {
    return translated ? labels.label(constant) : constant.name();
  }

  /** A dimension: the translation of a standard one, else its name. */
  String dimension(Dimension dimension) {
    return translated ? dimension.label(locale) : dimension.name();
  }

  /** An item label: the translation of a standard item's English label, else the label as given. */
  String item(String label) {
    Integer id = STANDARD_ITEMS.get(label);
    return id == null || !translated ? label : labels.get(itemKey(id));
  }

  /** The locale's translation of a standard item label, else the label as given. */
  static String itemLabel(String label, Locale locale) {
    Integer id = STANDARD_ITEMS.get(label);
    return id == null ? label : labels(locale).get(itemKey(id));
  }

  /** Formats a number with the given decimals in this locale; see {@link TextTable#num}. */
  String num(double value, int decimals) {
    return numbers.localize(TextTable.num(value, decimals));
  }

  /** Formats a p-value: four decimals, or {@code <0.0001}. */
  String p(double p) {
    return numbers.localize(TextTable.p(p));
  }

  /** Formats a confidence interval as {@code [lo, hi]} ({@code [lo; hi]} with a decimal comma). */
  String ci(double lo, double hi) {
    return "[" + num(lo, 3) + numbers.boundSeparator() + num(hi, 3) + "]";
  }

  /** A defined number with three decimals, else the word for "undefined". */
  String defined(double x) {
    return Double.isNaN(x) ? get("text.undefined") : num(x, 3);
  }
}
