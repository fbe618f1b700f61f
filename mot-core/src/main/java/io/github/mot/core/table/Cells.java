package io.github.mot.core.table;

import io.github.mot.core.Labels;
import io.github.mot.core.internal.Templates;
import io.github.mot.core.internal.LocaleNumbers;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * How the cells of one rendering are written: the language of the labels and the number format of
 * the text formats. A {@link Column}'s cell function receives the {@code Cells} of the rendering
 * and uses its formatters, so that every table of the library writes numbers and undefined values
 * the same way.
 *
 * <p>Text and HTML use the locale's decimal and grouping separators ({@code 0,512} for {@code
 * de-DE}); CSV and JSON never call the number formatters (they write the numbers themselves, in
 * Java's locale-independent shortest form). The labels ({@link #label(String)}) come from the
 * bundle of the result's module; {@link #translating()} tells whether label cells are to be
 * translated at all: {@code false} for the plain {@code toString()} and for exports without a
 * locale, which write labels as the result holds them.
 *
 * <p>Undefined values: {@link #UNDEFINED} ({@code n/a}) in text for NaN and for an empty {@link
 * OptionalDouble}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class Cells {

  /** The text of an undefined value in text and HTML: {@value}. */
  public static final String UNDEFINED = "n/a";

  private final Locale locale;
  private final boolean translating;
  private final LocaleNumbers numbers;
  private final Function<Locale, Labels> bundle;
  private final Labels labels;

  private Cells(Locale locale, boolean translating, Function<Locale, Labels> bundle) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.translating = translating;
    this.numbers = LocaleNumbers.of(locale);
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.labels = Objects.requireNonNull(bundle.apply(locale), "labels");
  }

  /**
   * The cells of a rendering in a language, with the labels of a bundle.
   *
   * @param locale the language and number format
   * @param translating whether label cells are translated ({@code false}: as the result holds them)
   * @param bundle the result module's labels in a language, such as {@code l ->
   *     Labels.forBundle(name, l, module)}
   * @return the cells
   * @throws NullPointerException if an argument is null
   */
  static Cells of(Locale locale, boolean translating, Function<Locale, Labels> bundle) {
    return new Cells(locale, translating, bundle);
  }

  /**
   * The cells of a language outside a rendering, with mot-core's labels and no translation of
   * label cells: for the one-line {@code toString()} of a value that is not a table (a mean with
   * its interval), so that it writes numbers as the tables do.
   *
   * @param locale the language and number format, such as {@link Locale#ENGLISH}
   * @return the cells
   * @throws NullPointerException if {@code locale} is null
   * @since 0.3.0
   */
  public static Cells of(Locale locale) {
    return new Cells(locale, false, Labels::of);
  }

  /**
   * The same cells with the labels of another bundle (a nested result of another module).
   *
   * @param other the other module's labels
   * @return the cells
   */
  Cells withBundle(Function<Locale, Labels> other) {
    return other == bundle ? this : new Cells(locale, translating, other);
  }

  /**
   * The language and number format.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether label cells are translated into {@link #locale()}; {@code false} for the plain {@code
   * toString()} (English, constant names) and for exports without a locale.
   *
   * @return whether to translate labels
   */
  public boolean translating() {
    return translating;
  }

  /**
   * A text of the result module's bundle, or the key itself when the bundle has no such key (so
   * that literal headers such as {@code "n"} or {@code "t"} need no bundle entry).
   *
   * @param key a bundle key such as {@code "table.gap"}, or a literal text
   * @return the text
   * @throws NullPointerException if {@code key} is null
   */
  public String label(String key) {
    Optional<String> text = labels.find(key);
    return text.isPresent() ? text.get() : key;
  }

  /**
   * A text of the bundle with its placeholders {@code {0}}, {@code {1}}, ... replaced by the
   * arguments as given, in one pass (an argument that itself holds {@code {1}} stays as it is; no
   * {@link java.text.MessageFormat} quoting: format numbers first).
   *
   * @param key a bundle key
   * @param args the arguments
   * @return the filled text
   */
  public String fill(String key, Object... args) {
    return Templates.fill(label(key), args);
  }

  /**
   * Puts the locale's separators into a number written with {@link Locale#ROOT}.
   *
   * @param root a number text with {@code '.'} as decimal and {@code ','} as grouping separator
   * @return the same number in the locale's separators
   */
  public String localize(String root) {
    return numbers.localize(root);
  }

  /**
   * A number with a fixed number of decimals; {@link #UNDEFINED} for NaN, {@code inf} and {@code
   * -inf} for infinities; a negative zero prints without its sign ({@code 0.000}).
   *
   * @param value the number
   * @param decimals the decimals, {@code >= 0}
   * @return the text
   */
  public String num(double value, int decimals) {
    if (Double.isNaN(value)) {
      return UNDEFINED;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (s.startsWith("-") && s.chars().noneMatch(ch -> ch >= '1' && ch <= '9')) {
      s = s.substring(1);
    }
    return localize(s);
  }

  /**
   * A number with its sign ({@code +0.50}, {@code -1.25}); {@link #UNDEFINED} for NaN.
   *
   * @param value the number
   * @param decimals the decimals, {@code >= 0}
   * @return the text
   */
  public String signed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return UNDEFINED;
    }
    return localize(String.format(Locale.ROOT, "%+." + decimals + "f", value));
  }

  /**
   * A share in [0, 1] as a percentage with one decimal ({@code 80.0%}); {@link #UNDEFINED} for NaN.
   *
   * @param share the share
   * @return the text
   */
  public String percent(double share) {
    if (Double.isNaN(share)) {
      return UNDEFINED;
    }
    return localize(String.format(Locale.ROOT, "%.1f%%", share * 100.0));
  }

  /**
   * A p-value with four decimals, or {@code <0.0001}; {@link #UNDEFINED} for NaN.
   *
   * @param p the p-value
   * @return the text
   */
  public String p(double p) {
    return p < 0.0001 ? localize("<0.0001") : num(p, 4);
  }

  /**
   * A count with the locale's grouping separators ({@code 50,000,000}).
   *
   * @param n the count
   * @return the text
   */
  public String count(long n) {
    return localize(String.format(Locale.ROOT, "%,d", n));
  }

  /**
   * A scorecard level with its sign: {@code +3}, {@code 0}, {@code -1}.
   *
   * @param level the level
   * @return the text
   */
  public String level(int level) {
    return level > 0 ? "+" + level : Integer.toString(level);
  }

  /**
   * An interval as {@code [lo, hi]} with a fixed number of decimals (a semicolon between the
   * bounds where the decimal separator is a comma).
   *
   * @param lo the lower bound
   * @param hi the upper bound
   * @param decimals the decimals
   * @return the text
   */
  public String interval(double lo, double hi, int decimals) {
    return "[" + num(lo, decimals) + numbers.boundSeparator() + num(hi, decimals) + "]";
  }

  /**
   * An interval of shares as percentages, {@code [5.7%, 51.0%]}.
   *
   * @param lo the lower bound, a share
   * @param hi the upper bound, a share
   * @return the text
   */
  public String percentInterval(double lo, double hi) {
    return "[" + percent(lo) + numbers.boundSeparator() + percent(hi) + "]";
  }

  /**
   * An optional number with a fixed number of decimals, {@link #UNDEFINED} when empty.
   *
   * @param value the value
   * @param decimals the decimals
   * @return the text
   */
  public String num(OptionalDouble value, int decimals) {
    return num(value.orElse(Double.NaN), decimals);
  }

  /**
   * An optional number with its sign, {@link #UNDEFINED} when empty.
   *
   * @param value the value
   * @param decimals the decimals
   * @return the text
   */
  public String signed(OptionalDouble value, int decimals) {
    return signed(value.orElse(Double.NaN), decimals);
  }

  /**
   * An optional share as a percentage, {@link #UNDEFINED} when empty.
   *
   * @param share the share
   * @return the text
   */
  public String percent(OptionalDouble share) {
    return percent(share.orElse(Double.NaN));
  }
}
