package io.github.mot.servqual.io;

import io.github.mot.core.Labels;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Item;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the label cells of an export are written: as the results hold them ({@link #AS_GIVEN}, the
 * exports without a locale), or in a language. Only labels change: standard item labels, the names
 * of the standard dimensions in label cells and the names of the overall scores. Field names,
 * column headers, ids, constant codes ({@code TANGIBLES}, {@code KEEP_UP_THE_GOOD_WORK}) and numbers
 * never do. Immutable.
 */
final class ExportLabels {

  /** Labels as the results hold them: the output of the exports without a locale. */
  static final ExportLabels AS_GIVEN = new ExportLabels(Optional.empty());

  private final Optional<Labels> labels;
  private final Optional<Locale> locale;

  private ExportLabels(Optional<Locale> locale) {
    this.locale = locale;
    this.labels = locale.map(l -> Labels.forBundle("io.github.mot.servqual.i18n.labels", l, Item.class.getModule()));
  }

  /** Labels in {@code locale}; a language without a bundle gets the English labels. */
  static ExportLabels of(Locale locale) {
    return new ExportLabels(Optional.of(Objects.requireNonNull(locale, "locale")));
  }

  /** An item's label: a standard item's label in the language, any other as given. */
  String item(String label, Dimension dimension) {
    return locale.isEmpty() ? label : Item.of(label, dimension).label(locale.get());
  }

  /**
   * A dimension in a label cell: {@code asGiven} without a locale, else the dimension's label in
   * the language (a standard dimension's translated name, a user's dimension as named).
   */
  String dimension(Dimension dimension, String asGiven) {
    return locale.isEmpty() ? asGiven : dimension.label(locale.get());
  }

  /** An overall score's name: {@code asGiven} without a locale, else the bundle's {@code key}. */
  String score(String key, String asGiven) {
    return labels.isEmpty() ? asGiven : labels.get().find(key).orElse(asGiven);
  }
}
