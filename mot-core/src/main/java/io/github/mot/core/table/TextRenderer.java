package io.github.mot.core.table;

import io.github.mot.core.Labels;
import io.github.mot.core.internal.Columns;
import io.github.mot.core.internal.TextWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders {@link Tables} as aligned plain text; stateless. */
final class TextRenderer {

  private TextRenderer() {}

  static String render(Tables tables, Cells cells) {
    StringBuilder out = new StringBuilder();
    render(tables, cells, out);
    if (!tables.finalNewline() && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  private static void render(Tables tables, Cells cells, StringBuilder out) {
    for (Tables.Part part : tables.parts(Column.Target.TEXT)) {
      if (part instanceof Tables.Line line) {
        String s = line.text().apply(cells);
        if (s != null) {
          out.append(s).append('\n');
        }
      } else if (part instanceof Tables.TablePart t) {
        if (t.table().in(Column.Target.TEXT)) {
          table(t.table(), cells, out);
        }
      } else if (part instanceof Tables.Child child) {
        Tabular r = child.result();
        if (r != null) {
          Tables nested = r.tables();
          render(nested, cells.withBundle(nested.bundle()), out);
        }
      } else if (part instanceof Tables.Group group) {
        for (Map.Entry<String, ? extends Tabular> e : group.results().entrySet()) {
          if (group.heading() != null) {
            String h = group.heading().apply(cells, e.getKey());
            if (h != null) {
              out.append(h).append('\n');
            }
          }
          Tables nested = e.getValue().tables();
          render(nested, cells.withBundle(nested.bundle()), out);
        }
      }
    }
  }

  private static <R> void table(Table<R> table, Cells cells, StringBuilder out) {
    List<Column<R>> cols = new ArrayList<>();
    for (Column<R> c : table.columns()) {
      if (c.in(Column.Target.TEXT)) {
        cols.add(c);
      }
    }
    var title = table.titleFunction();
    if (title != null) {
      out.append(title.apply(cells)).append('\n');
    }
    String[] header = new String[cols.size()];
    boolean[] right = new boolean[cols.size()];
    for (int i = 0; i < cols.size(); i++) {
      header[i] = table.headerText(cols.get(i), cells);
      right[i] = cols.get(i).rightAligned();
    }
    List<? extends R> rows = table.rows();
    int n = rows.size();
    boolean cut = n > table.maxRows();
    int edge = table.edgeRows();
    List<String[]> shown = new ArrayList<>();
    shown.add(header);
    for (int r = 0; r < n; r++) {
      if (!cut || r < edge || r >= n - edge) {
        R row = rows.get(r);
        String[] cellsOfRow = new String[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
          cellsOfRow[i] = cols.get(i).text(row, cells);
        }
        shown.add(cellsOfRow);
      }
    }
    var total = table.total();
    if (total.isPresent()) {
      String[] cellsOfTotal = new String[cols.size()];
      for (int i = 0; i < cols.size(); i++) {
        cellsOfTotal[i] = cols.get(i).text(total.get(), cells);
      }
      shown.add(cellsOfTotal);
    }
    List<String> lines = Columns.align(shown, right);
    for (int k = 0; k < lines.size(); k++) {
      if (cut && k == edge + 1) {
        out.append(table.moreRowsIndent()).append(moreRows(cells, n - 2 * edge)).append('\n');
      }
      if (total.isPresent() && k == lines.size() - 1) {
        out.append(rule(lines)).append('\n');
      }
      out.append(lines.get(k)).append('\n');
    }
  }

  /** The rule that sets a total row apart: dashes as wide as the widest line (display width). */
  private static String rule(List<String> lines) {
    int width = 0;
    for (String line : lines) {
      width = Math.max(width, TextWidth.of(line.stripTrailing()));
    }
    return "-".repeat(width);
  }

  /** The "... n more rows ..." line in the rendering's language (mot-core's bundle). */
  static String moreRows(Cells cells, int hidden) {
    @Nullable String template = Labels.of(cells.locale()).find("table.moreRows").orElse("... {0} more rows ...");
    return template.replace("{0}", Integer.toString(hidden));
  }
}
