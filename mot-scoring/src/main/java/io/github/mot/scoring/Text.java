package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.Labels;
import io.github.mot.core.internal.LocaleNumbers;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The words and number formats of one language for the {@code toString(Locale)} tables of this
 * package: words from the bundle {@link #BUNDLE}, labels of mot-core's enums from its bundle, and
 * numbers formatted as {@link Table} does with {@link Locale#ROOT}, then with the locale's decimal
 * separator and grouping separator put in ({@code 0,50} and {@code 50.000.000} for {@code de-DE}).
 *
 * <p>A language without a translation (no bundle file, such as German, or English itself) keeps
 * the texts of the plain {@code toString()}: English words and constant names. Immutable and
 * thread-safe; package-private.
 */
final class Text {

  /** The base name of this module's label bundle. */
  static final String BUNDLE = "io.github.mot.scoring.i18n.labels";

  /** English: the texts of the plain {@code toString()}. */
  static final Text ENGLISH = new Text(Locale.ENGLISH);

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

  /**
   * The texts of a locale.
   *
   * @throws NullPointerException if {@code locale} is null
   */
  static Text of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return locale.equals(Locale.ENGLISH) ? ENGLISH : new Text(locale);
  }

  /** This module's labels in a language. */
  static Labels labels(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Labels.forBundle(BUNDLE, locale, Text.class.getModule());
  }

  /** The locale of these texts. */
  Locale locale() {
    return locale;
  }

  /** Whether the locale has a translation (neither English nor a language without a bundle). */
  boolean translated() {
    return translated;
  }

  /** A text of the bundle by key. */
  String get(String key) {
    return labels.get(key);
  }

  /**
   * A text of the bundle with its placeholders {@code {0}}, {@code {1}}, ... replaced by the
   * arguments as given, in one pass (an argument that itself holds {@code {1}} stays as it is; no
   * {@link java.text.MessageFormat} quoting or number formatting: format numbers first).
   */
  String fill(String key, Object... args) {
    String template = labels.get(key);
    StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      int arg = close > i + 1 && close <= i + 3 ? index(template.substring(i + 1, close)) : -1;
      if (arg >= 0 && arg < args.length) {
        sb.append(args[arg]);
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** A placeholder's number (one or two digits), or -1. */
  private static int index(String digits) {
    for (int k = 0; k < digits.length(); k++) {
      if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(digits);
  }

  /** The headers of right-aligned (numeric) table columns: each key's text with the {@code '>'} mark. */
  String[] rightAligned(String... keys) {
    String[] headers = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      headers[i] = ">" + labels.get(keys[i]);
    }
    return headers;
  }

  /** A behaviour step: its translation, else its constant name as in the plain tables. */
  String step(BehaviourStep step) {
    return translated ? step.label(locale) : step.name();
  }

  /**
   * The key of a group in a language: for an enum constant with a label (in this module's bundle
   * or mot-core's) its translation, else the key as text.
   */
  String key(Object key) {
    if (translated && key instanceof Enum<?> e) {
      String k = Labels.key(e);
      Optional<String> own = labels.find(k);
      if (own.isPresent()) {
        return own.get();
      }
      Optional<String> core = Labels.of(locale).find(k);
      if (core.isPresent()) {
        return core.get();
      }
    }
    return String.valueOf(key);
  }

  /**
   * The name of a grouping (the key column's header): the translation of a known one ({@code
   * "touchpoint"}, {@code "stage"}, {@code "channel"}, {@code "staff"}, {@code "customer"}, {@code
   * "step"}; keys {@code group.<name>}), else the name as given.
   */
  String grouping(String name) {
    return translated ? labels.find("group." + name).orElse(name) : name;
  }

  /** A text formatted with Locale.ROOT, with this locale's decimal and grouping separators. */
  String localize(String root) {
    return numbers.localize(root);
  }

  /** The separator of an interval's bounds: {@code ", "}, or {@code "; "} with a decimal comma. */
  String boundSeparator() {
    return numbers.boundSeparator();
  }

  /** An interval {@code [lo, hi]} of already formatted bounds. */
  String interval(String lo, String hi) {
    return "[" + lo + boundSeparator() + hi + "]";
  }

  /** See {@link Table#num}. */
  String num(double x, int decimals) {
    return localize(Table.num(x, decimals));
  }

  /** See {@link Table#signed}. */
  String signed(double x, int decimals) {
    return localize(Table.signed(x, decimals));
  }

  /** See {@link Table#pct}. */
  String pct(double share) {
    return localize(Table.pct(share));
  }

  /** See {@link Table#count}. */
  String count(long n) {
    return localize(Table.count(n));
  }

  /** A whole number with thousands separators ({@code 50,000,000}). */
  String whole(double x) {
    return localize(String.format(Locale.ROOT, "%,.0f", x));
  }

  /** A number with thousands separators and one decimal ({@code 208,333.3}). */
  String grouped1(double x) {
    return localize(String.format(Locale.ROOT, "%,.1f", x));
  }

  /** See {@link Table#opt}. */
  String opt(OptionalDouble x, int decimals) {
    return localize(Table.opt(x, decimals));
  }

  /** See {@link Table#optSigned}. */
  String optSigned(OptionalDouble x, int decimals) {
    return localize(Table.optSigned(x, decimals));
  }

  /** See {@link Table#optPct}. */
  String optPct(OptionalDouble x) {
    return localize(Table.optPct(x));
  }
}
