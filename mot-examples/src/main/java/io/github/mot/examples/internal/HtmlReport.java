package io.github.mot.examples.internal;

import io.github.mot.core.internal.Html;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A self-contained HTML report: headings, paragraphs, results as real HTML tables (mot-core's
 * {@link Format#HTML} renderer: a reader can sort them by clicking a header, and copy them into a
 * spreadsheet) and inline SVG charts, with its style sheet and the small sort script inline; no
 * network. Every text is HTML-escaped. The SVG comes from {@link Charts#svg} (text drawn as
 * paths); its XML prolog is dropped and its ids are made unique per chart.
 *
 * <p>Mutable, single-threaded: build, then {@link #render()}.
 */
final class HtmlReport {

  private static final Pattern PROLOG = Pattern.compile("(?s)^.*?(<svg\\b)");
  private static final Pattern ID = Pattern.compile("(id=\"|url\\(#|href=\"#)([A-Za-z_][\\w.-]*)");

  private final StringBuilder body = new StringBuilder();
  private final String title;
  private int charts;

  private final String lang;

  HtmlReport(String title) {
    this(title, Locale.ENGLISH);
  }

  /** A report in a language: {@code lang} attribute of the page. */
  HtmlReport(String title, Locale locale) {
    this.title = title;
    String tag = locale.toLanguageTag();
    this.lang = tag.equals("und") ? "en" : tag;
  }

  HtmlReport heading(String text) {
    body.append("<h2>").append(Html.escape(text)).append("</h2>\n");
    return this;
  }

  HtmlReport paragraph(String text) {
    body.append("<p>").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /**
   * Adds a result as HTML tables, in the report's language.
   *
   * @param result the result
   * @param locale the language of its labels and numbers
   */
  HtmlReport result(Tabular result, Locale locale) {
    body.append(Format.HTML.render(result, locale));
    return this;
  }

  HtmlReport pre(String text) {
    body.append("<pre>").append(Html.escape(text)).append("</pre>\n");
    return this;
  }

  HtmlReport table(List<String> header, List<List<String>> rows) {
    body.append("<table>\n<thead><tr>");
    for (String h : header) {
      body.append("<th>").append(Html.escape(h)).append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        body.append("<td>").append(Html.escape(cell)).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    return this;
  }

  /**
   * Adds a chart.
   *
   * @param svg the SVG document of the chart
   * @param caption the caption (also the accessible name)
   */
  HtmlReport chart(String svg, String caption) {
    charts++;
    String prefix = "c" + charts + "-";
    Matcher m = PROLOG.matcher(svg);
    String element = m.find() ? svg.substring(m.start(1)) : svg;
    element = ID.matcher(element).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + prefix + r.group(2)));
    element = element.replaceFirst("<svg\\b", "<svg role=\"img\" aria-label=\"" + Html.escape(caption) + "\"");
    body.append("<figure>\n").append(element).append("\n<figcaption>").append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
    return this;
  }

  String render() {
    return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.escape(title) + "</title>\n<style>\n"
        + "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:1000px;"
        + "padding:0 1em;color:#222}\n"
        + "h1{border-bottom:2px solid #1f5f99}h2{margin-top:2em;color:#1f5f99}\n"
        + "pre{background:#f6f8fa;padding:.8em;overflow-x:auto;font-size:12px;line-height:1.35}\n"
        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;"
        + "text-align:left}th{background:#eef3f8}\n"
        + ".num{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600}\n"
        + "th[aria-sort=ascending]::after{content:' \\25B2'}th[aria-sort=descending]::after{content:' \\25BC'}\n"
        + "figure{margin:1em 0}figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.9em}\n"
        + "</style>\n</head>\n<body>\n<h1>" + Html.escape(title) + "</h1>\n" + body
        + "<script>\n" + Format.HTML_SORT_SCRIPT + "</script>\n</body>\n</html>\n";
  }
}
