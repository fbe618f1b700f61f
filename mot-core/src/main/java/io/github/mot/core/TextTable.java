package io.github.mot.core;

import io.github.mot.core.internal.Columns;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the aligned plain-text tables of the {@code toString()} methods: a title line, a header
 * row and body rows, columns separated by two blanks, trailing blanks removed, lines separated by
 * {@code '\n'} on every platform. Long bodies show their first and last rows around a "... n more
 * rows ..." line. Cells are padded by display width ({@link TextWidth}): Chinese characters take
 * two columns, so the columns line up in a terminal.
 */
final class TextTable {

  private final String title;
  private final String[] header;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * Starts a table.
   *
   * @param title the first line
   * @param header the column names; a name starting with {@code '>'} marks a right-aligned column
   *     (the marker is not printed)
   */
  TextTable(String title, String... header) {
    this.title = title;
    this.header = new String[header.length];
    this.rightAligned = new boolean[header.length];
    for (int c = 0; c < header.length; c++) {
      rightAligned[c] = header[c].startsWith(">");
      this.header[c] = rightAligned[c] ? header[c].substring(1) : header[c];
    }
  }

  /** Adds a body row with one cell per column. */
  TextTable row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException(
          "row must have " + header.length + " cells but had " + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /**
   * The table, showing at most {@code maxRows} body rows: if there are more, the first and last
   * {@code keep} rows.
   */
  String render(int maxRows, int keep) {
    List<String[]> shown = new ArrayList<>();
    shown.add(header);
    boolean cut = rows.size() > maxRows;
    for (int r = 0; r < rows.size(); r++) {
      if (!cut || r < keep || r >= rows.size() - keep) {
        shown.add(rows.get(r));
      }
    }
    List<String> lines = Columns.align(shown, rightAligned);
    StringBuilder b = new StringBuilder(title);
    for (int r = 0; r < lines.size(); r++) {
      if (cut && r == keep + 1) {
        b.append("\n... ").append(rows.size() - 2 * keep).append(" more rows ...");
      }
      b.append('\n').append(lines.get(r));
    }
    return b.toString();
  }
}
