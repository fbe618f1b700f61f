package io.github.mot.core.table;

import io.github.mot.core.internal.Decimals;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders {@link Tables} as CSV (RFC 4180 quoting, {@code \n} line ends); stateless. Text cells
 * that a spreadsheet would run as a formula get a leading apostrophe.
 */
final class CsvRenderer {

  private CsvRenderer() {}

  /** One flattened CSV: a header and rows of cells ({@code null} = empty). */
  private record Sheet(List<String> header, List<Map<String, @Nullable Object>> rows) {}

  static void write(Tables tables, Cells cells, Writer out) throws IOException {
    Sheet sheet = sheet(tables, cells);
    // headers are neutralised too: a group's column is named by the user (a segment attribute)
    writeRecord(out, sheet.header().stream().map(h -> (Object) new Text(h)).toList(), true);
    for (Map<String, @Nullable Object> row : sheet.rows()) {
      List<@Nullable Object> record = new ArrayList<>(sheet.header().size());
      for (String h : sheet.header()) {
        record.add(row.get(h));
      }
      writeRecord(out, record, false);
    }
    out.flush();
  }

  private static Sheet sheet(Tables tables, Cells cells) {
    List<String> header = new ArrayList<>();
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    String level = tables.csvLevel();
    if (level != null) {
      header.add(level);
    }
    boolean anyTable = false;
    for (Tables.Part part : tables.parts(Column.Target.CSV)) {
      if (part instanceof Tables.TablePart t && t.table().in(Column.Target.CSV)) {
        anyTable = true;
        table(t.table(), cells, level, header, rows);
      } else if (part instanceof Tables.Child c && c.inline() && c.result() != null) {
        anyTable = true; // an included result's rows are this result's
        Tables nested = c.result().tables();
        Sheet s = sheet(nested, cells.withBundle(nested.bundle()));
        for (String h : s.header()) {
          if (!header.contains(h)) {
            header.add(h);
          }
        }
        rows.addAll(s.rows());
      } else if (part instanceof Tables.Group g) {
        anyTable = true;
        if (!header.contains(g.csvColumn())) {
          header.add(g.csvColumn());
        }
        for (Map.Entry<String, ? extends Tabular> e : g.results().entrySet()) {
          Tables nested = e.getValue().tables();
          prefixed(sheet(nested, cells.withBundle(nested.bundle())), g.csvColumn(), new Text(e.getKey()), header, rows);
        }
      }
    }
    if (!anyTable && tables.parts().stream().anyMatch(p -> p instanceof Tables.Child c && c.result() != null)) {
      // a composite of results: its parts' rows under one header, each with its part's key
      String column = level != null ? level : "part";
      if (!header.contains(column)) {
        header.add(column);
      }
      // the composite's own scalar fields (a journey's name, a model) go on every row, after the part
      Map<String, @Nullable Object> fields = new LinkedHashMap<>();
      for (Tables.Part part : tables.parts(Column.Target.CSV)) {
        if (part instanceof Tables.Field f && !f.nested()) {
          Object v = f.value().get(f, cells);
          fields.put(Column.snake(f.key()), v instanceof String str ? new Text(str) : v);
        }
      }
      for (String key : fields.keySet()) {
        if (!header.contains(key)) {
          header.add(key);
        }
      }
      for (Tables.Part part : tables.parts()) {
        if (part instanceof Tables.Child c && c.result() != null) {
          Tables nested = c.result().tables();
          int first = rows.size();
          prefixed(sheet(nested, cells.withBundle(nested.bundle())), column, new Text(c.key()), header, rows);
          for (int r = first; r < rows.size(); r++) {
            for (Map.Entry<String, @Nullable Object> f : fields.entrySet()) {
              rows.get(r).putIfAbsent(f.getKey(), f.getValue());
            }
          }
        }
      }
      return new Sheet(header, rows);
    }
    if (!anyTable) {
      Map<String, @Nullable Object> row = new LinkedHashMap<>();
      for (Tables.Part part : tables.parts(Column.Target.CSV)) {
        if (part instanceof Tables.Field f && !f.nested()) {
          String key = Column.snake(f.key());
          header.add(key);
          Object v = f.value().get(f, cells);
          row.put(key, v instanceof String str ? new Text(str) : v);
        }
      }
      rows.add(row);
    }
    return new Sheet(header, rows);
  }

  /** Adds a nested sheet's rows with a value in a first column, widening the header. */
  private static void prefixed(Sheet s, String column, Object value, List<String> header,
      List<Map<String, @Nullable Object>> rows) {
    for (String h : s.header()) {
      if (!header.contains(h)) {
        header.add(h);
      }
    }
    for (Map<String, @Nullable Object> r : s.rows()) {
      Map<String, @Nullable Object> withKey = new LinkedHashMap<>();
      withKey.put(column, value);
      withKey.putAll(r);
      rows.add(withKey);
    }
  }

  private static <R> void table(Table<R> table, Cells cells, @Nullable String level, List<String> header,
      List<Map<String, @Nullable Object>> rows) {
    List<Column<R>> cols = new ArrayList<>();
    for (Column<R> c : table.columns()) {
      if (c.in(Column.Target.CSV) && c.kind() != Column.Kind.OBJECT && c.kind() != Column.Kind.LIST
          && c.kind() != Column.Kind.DISPLAY) {
        cols.add(c);
        if (!header.contains(c.csvKey())) {
          header.add(c.csvKey());
        }
      }
    }
    List<? extends R> all = table.rowsAndTotal();
    for (int i = 0; i < all.size(); i++) {
      R r = all.get(i);
      Map<String, @Nullable Object> row = new LinkedHashMap<>();
      if (level != null) {
        row.put(level, i < table.rows().size() ? table.level() : table.totalLevel());
      }
      for (Column<R> c : cols) {
        Object v = c.value(r, cells);
        row.put(c.csvKey(), v instanceof String s ? new Text(s) : v);
      }
      rows.add(row);
    }
  }

  /** A text cell (neutralised against formulas), as opposed to a header or a number. */
  private record Text(String value) {}

  private static void writeRecord(Writer out, List<? extends @Nullable Object> cells, boolean header)
      throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Object v = cells.get(i);
      String s = cell(v);
      out.write(quote(s, i == 0));
    }
    out.write('\n');
  }

  /** The text of a cell: numbers in Java's shortest form, NaN empty, text neutralised. */
  static String cell(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Text t) {
      return neutralise(t.value());
    }
    if (v instanceof Double d) {
      return d.isNaN() ? "" : Decimals.toString(d);
    }
    if (v instanceof Float f) {
      return f.isNaN() ? "" : Double.toString(f.doubleValue());
    }
    if (v instanceof int[] a) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < a.length; k++) {
        sb.append(k == 0 ? "" : ";").append(a[k]);
      }
      return sb.toString();
    }
    return v.toString();
  }

  /**
   * A text cell that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -},
   * {@code @}, tab, carriage return) gets a leading apostrophe (OWASP CSV injection).
   */
  static String neutralise(String s) {
    if (!s.isEmpty()) {
      char c = s.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + s;
      }
    }
    return s;
  }

  private static String quote(String s, boolean first) {
    boolean needs = first && s.startsWith("#");
    for (int i = 0; i < s.length() && !needs; i++) {
      char c = s.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
