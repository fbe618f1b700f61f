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
}
