package io.github.mot.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What every reader does alike with the rows of a {@link io.github.mot.core.io.RowSource}: pads a
 * short row to the header's width and drops blank cells after it, and tells a blank row. Not API.
 */
public final class Rows {

  private Rows() {}

  /**
   * The indexes {@code 0 .. n - 1} as the rows of a result's table, for a result that holds its
   * rows as columns: an unmodifiable list that makes no object until an index is read.
   *
   * @param n the number of rows, {@code >= 0}
   * @return the list
   */
  public static List<Integer> indexes(int n) {
    return new java.util.AbstractList<>() {
      @Override
      public Integer get(int index) {
        return java.util.Objects.checkIndex(index, n);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /**
   * Whether every cell is blank (empty or white space).
   *
   * @param cells the cells
   * @return true for a row without a non-blank cell, also for no cells
   */
  public static boolean blank(List<String> cells) {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cells of a source's row fitted to the header: padded with empty cells to {@code width}
   * (spreadsheets leave trailing empty cells out), blank cells after the last column dropped; a
   * non-blank cell after it stays, so that the reader reports the row as too long.
   *
   * @param cells the row's cells
   * @param width the header's number of columns, or -1 before the header (the row is returned as
   *     it is)
   * @return the fitted cells
   */
  public static List<String> fit(List<String> cells, int width) {
    if (width < 0 || cells.size() == width) {
      return cells;
    }
    if (cells.size() < width) {
      List<String> out = new ArrayList<>(width);
      out.addAll(cells);
      while (out.size() < width) {
        out.add("");
      }
      return out;
    }
    int end = cells.size();
    while (end > width && cells.get(end - 1).isBlank()) {
      end--;
    }
    return cells.subList(0, end);
  }
}
