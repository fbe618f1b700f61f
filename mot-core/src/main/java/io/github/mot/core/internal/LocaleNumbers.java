package io.github.mot.core.internal;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers of the text tables in a locale: formatted once with {@link Locale#ROOT} ({@code
 * 1,234.5}), then given the locale's decimal and grouping separators ({@code 1.234,5} for {@code
 * de-DE}). The one place every module's {@code toString(Locale)} takes its separators from.
 * Immutable. Not API.
 */
public final class LocaleNumbers {

  private final char decimal;
  private final char grouping;

  private LocaleNumbers(char decimal, char grouping) {
    this.decimal = decimal;
    this.grouping = grouping;
  }

  /**
   * The separators of a locale.
   *
   * @param locale the locale
   * @return its number separators
   * @throws NullPointerException if {@code locale} is null
   */
  public static LocaleNumbers of(Locale locale) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Objects.requireNonNull(locale, "locale"));
    return new LocaleNumbers(symbols.getDecimalSeparator(), symbols.getGroupingSeparator());
  }

  /**
   * A text formatted with {@link Locale#ROOT}, with this locale's separators: every {@code '.'}
   * becomes the decimal separator and every {@code ','} the grouping separator.
   *
   * @param root the text, such as {@code "+1.50"} or {@code "50,000,000"}
   * @return the text in this locale
   */
  public String localize(String root) {
    if (decimal == '.' && grouping == ',') {
      return root;
    }
    StringBuilder sb = new StringBuilder(root.length());
    for (int i = 0; i < root.length(); i++) {
      char c = root.charAt(i);
      sb.append(c == '.' ? decimal : c == ',' ? grouping : c);
    }
    return sb.toString();
  }

  /**
   * The separator of an interval's bounds: {@code ", "}, or {@code "; "} where the decimal
   * separator is a comma.
   *
   * @return the separator
   */
  public String boundSeparator() {
    return decimal == ',' ? "; " : ", ";
  }
}
