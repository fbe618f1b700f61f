package io.github.mot.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines up the cells of a text table: every column as wide as its widest cell in terminal columns
 * ({@link TextWidth}), columns two spaces apart, each cell left- or right-aligned, trailing blanks
 * removed. The one place the text tables of every module are aligned. Not API.
 */
public final class Columns {

  private Columns() {}

  /**
   * The rows as aligned lines, without line ends.
   *
   * @param rows the rows (the header first, if any), each with one cell per column
   * @param rightAligned per column, whether its cells are right-aligned
   * @return one line per row
   * @throws IllegalArgumentException if a row has another number of cells than there are columns
   */
  public static List<String> align(List<String[]> rows, boolean[] rightAligned) {
    int[] width = new int[rightAligned.length];
    for (String[] row : rows) {
      if (row.length != width.length) {
        throw Preconditions.unmet("table row", "have " + width.length + " cells", "had " + row.length);
      }
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], TextWidth.of(row[c]));
      }
    }
    List<String> lines = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        line.append(rightAligned[c] ? TextWidth.padStart(row[c], width[c]) : TextWidth.padEnd(row[c], width[c]));
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
