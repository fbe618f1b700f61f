package io.github.mot.core.table;

import io.github.mot.core.internal.Preconditions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The formats every result of the library is rendered in, each by one renderer that walks the
 * result's {@link Tables}:
 *
 * <ul>
 *   <li>{@link #TEXT}: aligned plain text, as {@code toString()} prints it; long tables show their
 *       first and last rows; cells padded by display width (a Chinese character takes two columns);
 *   <li>{@link #CSV}: RFC 4180, {@code \n} line ends, the tables of a result under one union
 *       header (with a level column where the result declares one), numbers in Java's shortest
 *       locale-independent form ({@code -0.75}, {@code 1.0E-5}), undefined values as empty cells,
 *       infinities as {@code Infinity}; text cells starting with {@code = + - @}, tab or carriage
 *       return get a leading apostrophe so that spreadsheets do not run them (OWASP CSV injection);
 *   <li>{@link #JSON}: streamed, indented, numbers in the same locale-independent form, undefined
 *       values and infinities as {@code null};
 *   <li>{@link #HTML}: a fragment with real {@code <table>}s (header cells, numeric cells carrying
 *       their exact value for sorting), escaped.
 * </ul>
 *
 * <p>Languages: the variants without a locale write labels as the result holds them and headers
 * in English; with a locale, labels and headers (text, HTML) are translated where the result's
 * module has a translation, and text numbers take the locale's separators. CSV and JSON keys,
 * codes and numbers are the same in every language, and nothing depends on the JVM's default
 * locale.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.3.0
 */
public enum Format {
  /** Aligned plain text. */
  TEXT,
  /** Comma-separated values. */
  CSV,
  /** JSON. */
  JSON,
  /** An HTML fragment. */
  HTML;

  /**
   * A small script for a page that shows {@link #HTML} fragments: clicking a column header sorts
   * the table by it (numbers by value, undefined last), clicking again reverses. Put it once in
   * the page, inside a {@code <script>} element.
   */
  public static final String HTML_SORT_SCRIPT = """
      document.querySelectorAll('table.mot-table').forEach(function (table) {
        table.querySelectorAll('thead th').forEach(function (th, col) {
          th.style.cursor = 'pointer';
          th.title = 'Sort';
          th.addEventListener('click', function () {
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var asc = th.getAttribute('aria-sort') !== 'ascending';
            table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
            function key(row) {
              var cell = row.cells[col];
              var v = cell.getAttribute('data-value');
              return v === null ? (cell.classList.contains('num') ? null : cell.textContent) : parseFloat(v);
            }
            rows.sort(function (a, b) {
              var x = key(a), y = key(b);
              if (x === null) { return y === null ? 0 : 1; }
              if (y === null) { return -1; }
              var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
              return asc ? c : -c;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          });
        });
      });
      """;

  /**
   * The format named {@code text}, {@code csv}, {@code json} or {@code html} (any case).
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException if the name is none of these
   * @throws NullPointerException if {@code name} is null
   */
  public static Format parse(String name) {
    Objects.requireNonNull(name, "name");
    for (Format f : values()) {
      if (f.name().equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw Preconditions.invalid("format", "one of text, csv, json, html", name);
  }

  /**
   * The result in this format, labels as the result holds them, headers in English.
   *
   * @param result the result
   * @return the rendered text
   * @throws NullPointerException if {@code result} is null
   */
  public String render(Tabular result) {
    return renderTo(result, null);
  }

  /**
   * The result in this format, in a language.
   *
   * @param result the result
   * @param locale the language of labels and headers, and (text, HTML) of number separators
   * @return the rendered text
   * @throws NullPointerException if an argument is null
   */
  public String render(Tabular result, Locale locale) {
    return renderTo(result, Objects.requireNonNull(locale, "locale"));
  }

  private String renderTo(Tabular result, @Nullable Locale locale) {
    StringWriter w = new StringWriter();
    try {
      writeTo(result, w, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes the result in this format, labels as the result holds them; the writer is flushed, not
   * closed.
   *
   * @param result the result
   * @param writer where to write
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Tabular result, Writer writer) throws IOException {
    writeTo(result, writer, null);
  }

  /**
   * Writes the result in this format, in a language; the writer is flushed, not closed.
   *
   * @param result the result
   * @param writer where to write
   * @param locale the language of labels and headers, and (text, HTML) of number separators
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Tabular result, Writer writer, Locale locale) throws IOException {
    writeTo(result, writer, Objects.requireNonNull(locale, "locale"));
  }

  private void writeTo(Tabular result, Writer writer, @Nullable Locale locale) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(writer, "writer");
    Tables tables = result.tables();
    Cells cells = Cells.of(locale == null ? Locale.ENGLISH : locale, locale != null, tables.bundle());
    switch (this) {
      case TEXT -> writer.write(TextRenderer.render(tables, cells));
      case CSV -> CsvRenderer.write(tables, cells, writer);
      case JSON -> JsonRenderer.write(tables, cells, writer);
      case HTML -> HtmlRenderer.write(tables, cells, writer);
      default -> throw new AssertionError(this);
    }
    writer.flush();
  }

  /** The format's name in lower case, as {@link #parse(String)} reads it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
