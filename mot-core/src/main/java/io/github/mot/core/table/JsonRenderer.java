package io.github.mot.core.table;

import io.github.mot.core.internal.Decimals;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders {@link Tables} as JSON, streamed to the writer as it goes, indented as Jackson's default
 * pretty printer does (two blanks an object level, {@code "key" : value}, arrays on the line of
 * their first element). Numbers in Java's locale-independent shortest form; NaN and infinities
 * (undefined) as {@code null}. Stateless.
 */
final class JsonRenderer {

  private final Writer out;
  private int depth;
  /** Whether the current container has had an element. */
  private boolean first = true;

  /** A key's quoted form followed by {@code " : "}, by key. */
  private final Map<String, String> keys = new java.util.HashMap<>();

  /** A line feed and the indentation of a depth, by depth. */
  private final List<String> indents = new java.util.ArrayList<>();

  private JsonRenderer(Writer out) {
    this.out = out;
  }

  static void write(Tables tables, Cells cells, Writer out) throws IOException {
    JsonRenderer j = new JsonRenderer(out);
    j.document(tables, cells);
    out.flush();
  }

  private void document(Tables tables, Cells cells) throws IOException {
    startObject();
    members(tables, cells);
    endObject();
  }

  /** The fields of a result's object; those of an included result inline. */
  private void members(Tables tables, Cells cells) throws IOException {
    for (Tables.Part part : tables.parts(Column.Target.JSON)) {
      if (part instanceof Tables.Field f) {
        field(f.key());
        Object v = f.value().get(f, cells);
        if (f.nested()) {
          nested(v, f.columns(), cells);
        } else {
          scalar(v);
        }
      } else if (part instanceof Tables.TablePart t && t.table().in(Column.Target.JSON)) {
        field(t.table().key());
        rows(t.table().rowsAndTotal(), t.table().columns(), cells);
      } else if (part instanceof Tables.Child c && c.inline() && c.result() != null) {
        Tables nested = c.result().tables();
        members(nested, cells.withBundle(nested.bundle()));
      } else if (part instanceof Tables.Child c) {
        field(c.key());
        Tabular r = c.result();
        if (r == null) {
          scalar(null);
        } else {
          Tables nested = r.tables();
          document(nested, cells.withBundle(nested.bundle()));
        }
      } else if (part instanceof Tables.Group g) {
        field(g.key());
        startObject();
        for (Map.Entry<String, ? extends Tabular> e : g.results().entrySet()) {
          field(e.getKey());
          Tables nested = e.getValue().tables();
          document(nested, cells.withBundle(nested.bundle()));
        }
        endObject();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void rows(List<?> rows, List<? extends Column<?>> columns, Cells cells) throws IOException {
    startArray();
    for (Object row : rows) {
      element();
      row((Object) row, (List<Column<Object>>) (List<?>) columns, cells);
    }
    endArray();
  }

  @SuppressWarnings("unchecked")
  private void nested(@Nullable Object v, List<? extends Column<?>> columns, Cells cells) throws IOException {
    if (v == null) {
      scalar(null);
    } else {
      row(v, (List<Column<Object>>) (List<?>) columns, cells);
    }
  }

  private void row(Object row, List<Column<Object>> columns, Cells cells) throws IOException {
    startObject();
    for (Column<Object> c : columns) {
      if (!c.in(Column.Target.JSON) || c.kind() == Column.Kind.DISPLAY) {
        continue;
      }
      Object v = c.value(row, cells);
      if (v == null && c.omitsNull()) {
        continue;
      }
      if (c.kind() == Column.Kind.OBJECT) {
        field(c.key());
        nested(v, c.children(), cells);
      } else if (c.kind() == Column.Kind.LIST) {
        field(c.key());
        if (v == null) {
          scalar(null);
        } else {
          rows((List<?>) v, c.children(), cells);
        }
      } else {
        field(c.key());
        scalar(v);
      }
    }
    endObject();
  }

  private void scalar(@Nullable Object v) throws IOException {
    if (v == null) {
      out.write("null");
    } else if (v instanceof Double d) {
      out.write(Double.isFinite(d) ? Decimals.toString(d) : "null");
    } else if (v instanceof Float f) {
      out.write(Float.isFinite(f) ? Double.toString(f.doubleValue()) : "null");
    } else if (v instanceof Number || v instanceof Boolean) {
      out.write(v.toString());
    } else if (v instanceof int[] a) {
      startArray();
      for (int x : a) {
        element();
        out.write(Integer.toString(x));
      }
      endArray();
    } else {
      string(v.toString());
    }
    first = false;
  }

  private void startObject() throws IOException {
    out.write('{');
    depth++;
    first = true;
  }

  private void endObject() throws IOException {
    depth--;
    if (first) {
      out.write(' ');
    } else {
      newline();
    }
    out.write('}');
    first = false;
  }

  private void startArray() throws IOException {
    out.write('[');
    first = true;
  }

  private void element() throws IOException {
    out.write(first ? " " : ", ");
    first = false;
  }

  private void endArray() throws IOException {
    out.write(" ]");
    first = false;
  }

  private void field(String key) throws IOException {
    if (!first) {
      out.write(',');
    }
    newline();
    // a key is written once per row of a table: quoted and escaped once per rendering
    String quoted = keys.get(key);
    if (quoted == null) {
      StringWriter w = new StringWriter();
      JsonRenderer r = new JsonRenderer(w);
      r.string(key);
      w.write(" : ");
      quoted = w.toString();
      keys.put(key, quoted);
    }
    out.write(quoted);
    first = true;
  }

  private void newline() throws IOException {
    while (depth >= indents.size()) {
      indents.add("\n" + "  ".repeat(indents.size()));
    }
    out.write(indents.get(depth));
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private void string(String s) throws IOException {
    out.write('"');
    // runs of characters that need no escape are written at once
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        if (i > from) {
          out.write(s, from, i - from);
        }
        escape(c);
        from = i + 1;
      }
    }
    if (from < s.length()) {
      out.write(s, from, s.length() - from);
    }
    out.write('"');
  }

  private void escape(char c) throws IOException {
    switch (c) {
      case '"' -> out.write("\\\"");
      case '\\' -> out.write("\\\\");
      case '\n' -> out.write("\\n");
      case '\r' -> out.write("\\r");
      case '\t' -> out.write("\\t");
      case '\b' -> out.write("\\b");
      case '\f' -> out.write("\\f");
      default -> {
        out.write("\\u00");
        out.write(HEX[c >> 4]);
        out.write(HEX[c & 0xF]);
      }
    }
  }
}
