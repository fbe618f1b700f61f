package io.github.mot.servqual.internal;

import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.core.Labels;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The labels of this package's results in a language (numbers are written by {@link Cells}).
 *
 * <p>Two rules, each kept as it was before the tabular model:
 *
 * <ul>
 *   <li>text and HTML ({@code toString(Locale)}) translate labels, dimensions and constants only
 *       where the language has a translation: {@code toString(Locale.ENGLISH)} equals {@code
 *       toString()}, with constant and dimension names;
 *   <li>CSV and JSON with a locale translate the label cells whenever a locale is given (English
 *       labels for a language without a bundle); without one they write labels as given.
 * </ul>
 *
 * <p>Immutable and thread-safe; package-private.
 */
public final class Text {

  /** The base name of this module's label bundle. */
  public static final String BUNDLE = "io.github.mot.servqual.i18n.labels";

  /** This module's labels in a language: the bundle of every result's {@link Tables}. */
  public static final Function<Locale, Labels> LABELS = Text::labels;

  private static final Map<String, Integer> STANDARD_ITEMS = new HashMap<>();

  static {
    List<Item> items = Instrument.standard().items();
    for (int i = 0; i < items.size(); i++) {
      STANDARD_ITEMS.put(items.get(i).label(), i + 1);
    }
  }

  private Text() {}

  /** This module's labels in a language. */
  public static Labels labels(Locale locale) {
    return Labels.forBundle(BUNDLE, locale, Text.class.getModule());
  }

  /** A new description with this module's labels. */
  public static Tables.Builder tables() {
    return Tables.builder(LABELS);
  }

  /** The bundle key of a standard item's label. */
  public static String itemKey(int id) {
    return "Item." + id;
  }

  /** The locale's translation of a standard item label, else the label as given. */
  public static String itemLabel(String label, Locale locale) {
    Integer id = STANDARD_ITEMS.get(label);
    return id == null ? label : labels(locale).get(itemKey(id));
  }

  // text and HTML

  /** Whether text translates: a locale was given and its language has a translation. */
  public static boolean translated(Cells c) {
    return c.translating() && labels(c.locale()).isTranslation();
  }

  /** An enum constant in text: its translation, or its constant name where there is none. */
  public static String constant(Cells c, Enum<?> constant) {
    return translated(c) ? labels(c.locale()).label(constant) : constant.name();
  }

  /** A dimension in text: the translation of a standard one, else its name. */
  public static String dimension(Cells c, Dimension dimension) {
    return translated(c) ? dimension.label(c.locale()) : dimension.name();
  }

  /** An item label in text: the translation of a standard item's English label, else as given. */
  public static String item(Cells c, String label) {
    return translated(c) ? itemLabel(label, c.locale()) : label;
  }

  /** The header of a confidence interval column: {@code 95% CI}. */
  public static String ci(Cells c, double confidenceLevel) {
    return Math.round(confidenceLevel * 100) + c.label("table.percentCi");
  }

  /** An alpha: the number, or why it is undefined ({@code undefined (1 item)}), else n/a. */
  public static String alpha(Cells c, double alpha, int items) {
    if (!Double.isNaN(alpha)) {
      return c.num(alpha, 3);
    }
    return items < 2 ? c.label("text.undefined") + " (" + items + " " + c.label("text.item") + ")" : Cells.UNDEFINED;
  }

  // CSV and JSON

  /** An item's label cell: a standard item's label in the language when translating, else as given. */
  public static String exportItem(Cells c, String label) {
    return c.translating() ? itemLabel(label, c.locale()) : label;
  }

  /** A dimension in a label cell: its label in the language when translating, else {@code asGiven}. */
  public static String exportDimension(Cells c, Dimension dimension, String asGiven) {
    return c.translating() ? dimension.label(c.locale()) : asGiven;
  }
}
