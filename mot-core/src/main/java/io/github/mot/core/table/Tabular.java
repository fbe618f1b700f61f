package io.github.mot.core.table;

/**
 * A result that describes itself as tables: every result type of the library implements it, so
 * that one renderer per {@link Format} prints, exports and reports it.
 *
 * <pre>{@code
 * String json = Format.JSON.render(result);             // streaming JSON, locale-independent
 * Format.CSV.write(result, writer, Locale.SIMPLIFIED_CHINESE); // labels in Chinese
 * }</pre>
 *
 * @since 0.3.0
 */
public interface Tabular {

  /**
   * The description of this result: headline, fields, tables with their columns, notes and nested
   * results, in the order text prints them.
   *
   * @return the description; cheap to build (rows are read lazily from the result)
   */
  Tables tables();

  /**
   * This result as text in a language: the text of {@code toString()} with its headline and
   * headers from the result module's label bundle in {@code locale}'s language (the English words
   * where the language has no bundle) and numbers with the locale's separators; ids, codes and
   * names given by the user as they are. {@code toString(Locale.ENGLISH)} equals the text that
   * {@link Format#TEXT} renders without a locale.
   *
   * @param locale the language and number format, such as {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.4.0
   */
  default String toString(java.util.Locale locale) {
    return Format.TEXT.render(this, locale);
  }
}
