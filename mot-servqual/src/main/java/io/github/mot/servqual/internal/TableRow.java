package io.github.mot.servqual.internal;

import io.github.mot.core.internal.Preconditions;
import java.util.List;
import java.util.Objects;

/**
 * One row of a tabular source (a CSV record, a spreadsheet row) as text cells, with the line or row
 * number that error messages name. Readers of other formats, such as {@code mot-servqual-xlsx},
 * turn their rows into these and hand them to {@link ReaderAccess#readRows(SurveyReader, Iterable)}, so every
 * source gets the same checks, column mapping and error reports.
 *
 * @param line the 1-based line (CSV) or row (spreadsheet) number
 * @param cells the cells in column order, as text (an empty string for an empty cell)
 * @since 0.2.0
 */
public record TableRow(long line, List<String> cells) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if {@code line < 1}
   * @throws NullPointerException if the list or a cell is null
   */
  public TableRow {
    Preconditions.atLeast("line", line, 1);
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
  }

  /**
   * A row from its cells.
   *
   * @param line the 1-based line or row number
   * @param cells the cells in column order
   * @return the row
   * @throws IllegalArgumentException if {@code line < 1}
   * @throws NullPointerException if a cell is null
   */
  public static TableRow of(long line, String... cells) {
    return new TableRow(line, List.of(cells));
  }
}
