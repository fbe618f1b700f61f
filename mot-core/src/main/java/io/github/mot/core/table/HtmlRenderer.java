package io.github.mot.core.table;

import io.github.mot.core.internal.Html;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link Tables} as an HTML fragment: a {@code <section class="mot-result">} with a
 * paragraph per line of text and a real {@code <table class="mot-table">} per table, a {@code
 * <thead>} of column headers and a {@code <tbody>}; numeric cells have {@code class="num"} and
 * their exact value in {@code data-value}, so that a page script can sort by the number rather
 * than its text (see {@link Format#HTML_SORT_SCRIPT}). Everything is escaped. Stateless.
 */
final class HtmlRenderer {

  private HtmlRenderer() {}

  static void write(Tables tables, Cells cells, Writer out) throws IOException {
    out.write("<section class=\"mot-result\">\n");
    body(tables, cells, out);
    out.write("</section>\n");
    out.flush();
  }

  private static void body(Tables tables, Cells cells, Writer out) throws IOException {
    for (Tables.Part part : tables.parts(Column.Target.HTML)) {
      if (part instanceof Tables.Line line) {
        String s = line.text().apply(cells);
        if (s != null && !s.isEmpty()) {
          out.write("<p>");
          out.write(Html.escape(s).replace("\n", "<br>\n"));
          out.write("</p>\n");
        }
      } else if (part instanceof Tables.TablePart t && t.table().in(Column.Target.HTML)) {
        table(t.table(), cells, out);
      } else if (part instanceof Tables.Child c && c.result() != null) {
        Tables nested = c.result().tables();
        body(nested, cells.withBundle(nested.bundle()), out);
      } else if (part instanceof Tables.Group g) {
        for (Map.Entry<String, ? extends Tabular> e : g.results().entrySet()) {
          String h = g.heading() == null ? e.getKey() : g.heading().apply(cells, e.getKey());
          h = h == null ? e.getKey() : h;
          if (!h.isBlank()) { // a blank heading (an empty line between results in text) has no HTML heading
            out.write("<h3>");
            out.write(Html.escape(h));
            out.write("</h3>\n");
          }
          Tables nested = e.getValue().tables();
          body(nested, cells.withBundle(nested.bundle()), out);
        }
      }
    }
  }

  private static <R> void table(Table<R> table, Cells cells, Writer out) throws IOException {
    List<Column<R>> cols = new ArrayList<>();
    for (Column<R> c : table.columns()) {
      if (c.in(Column.Target.HTML)) {
        cols.add(c);
      }
    }
    out.write("<table class=\"mot-table\" data-key=\"" + Html.escape(table.key()) + "\">\n");
    var title = table.titleFunction();
    if (title != null) {
      out.write("<caption>" + Html.escape(title.apply(cells)) + "</caption>\n");
    }
    out.write("<thead><tr>");
    for (Column<R> c : cols) {
      out.write(c.rightAligned() ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">");
      out.write(Html.escape(table.headerText(c, cells)));
      out.write("</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    List<? extends R> rows = table.rows();
    // a table declared long (elided in text) shows its first rows: a page of a million rows helps no
    // reader, and the exports hold every row
    int shown = table.maxRows() < Integer.MAX_VALUE ? Math.min(rows.size(), Table.HTML_MAX_ROWS) : rows.size();
    for (int i = 0; i < shown; i++) {
      row(rows.get(i), cols, cells, out);
    }
    out.write("</tbody>\n");
    var total = table.total();
    if (total.isPresent()) {
      out.write("<tfoot>\n");
      row(total.get(), cols, cells, out);
      out.write("</tfoot>\n");
    }
    out.write("</table>\n");
    if (shown < rows.size()) {
      String template = io.github.mot.core.Labels.of(cells.locale()).find("table.moreRowsHtml")
          .orElse("{0} more rows are not shown here; the CSV and JSON exports hold every row.");
      out.write("<p class=\"mot-more\">" + Html.escape(template.replace("{0}", cells.count(rows.size() - shown)))
          + "</p>\n");
    }
  }

  /** One {@code <tr>}: numeric cells carry their value for sorting. */
  private static <R> void row(R row, List<Column<R>> cols, Cells cells, Writer out) throws IOException {
    out.write("<tr>");
    for (Column<R> c : cols) {
      String text = c.text(row, cells);
      Object v = c.kind() == Column.Kind.DISPLAY ? null : c.value(row, cells);
      if (v instanceof Number n) {
        double d = n.doubleValue();
        out.write("<td class=\"num\"" + (Double.isFinite(d) ? " data-value=\"" + n + "\"" : "") + ">");
      } else {
        out.write(c.rightAligned() ? "<td class=\"num\">" : "<td>");
      }
      out.write(Html.escape(text));
      out.write("</td>");
    }
    out.write("</tr>\n");
  }
}
