package io.github.mot.core.io;

import io.github.mot.core.internal.Preconditions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows of text cells from a tabular source other than CSV text: a spreadsheet (mot-xlsx's {@code
 * XlsxSource}), the result of a database query, rows built in memory. Every reader of the library
 * reads one with {@code read(RowSource)} (surveys, encounter logs, audit forms, checklists, column
 * mappings, instruments) and applies the same checks, limits, column mapping and error reports as
 * to CSV; the line numbers its errors name are the source's row numbers.
 *
 * <pre>{@code
 * RowSource rows = RowSource.of("crm-export", List.of(
 *     List.of("customer", "touchpoint", "time", "level"),
 *     List.of("c1", "greet", "2026-03-02T09:14:05Z", "2")));
 * ReadResult<Encounter> read = EncounterReader.withDefaults().read(rows);
 * }</pre>
 *
 * <p>What a reader does with the rows: the first row with a non-blank cell is the header; a later
 * row whose cells are all blank is skipped, as an empty line of CSV is; a row with fewer cells than
 * the header is padded with empty cells (spreadsheets leave trailing empty cells out) and blank
 * cells after the header's last column are dropped; a row with more non-blank cells than the header
 * is reported as a CSV row with too many fields is. Cells are stripped of surrounding white space
 * where the reader strips CSV fields. Encodings do not apply: the cells are text already.
 *
 * <p>A file format is chosen by its extension when a reader is given a path: a module that reads a
 * format offers it as a {@link RowSourceProvider}, so that with mot-xlsx on the class or module
 * path every reader's {@code read(Path)} reads {@code .xlsx} workbooks (the first sheet) and
 * without it refuses them with a message that names the module.
 *
 * <p>Implementations say whether they are thread-safe and whether they can be read more than once
 * (a source over a stream can be read once).
 *
 * @since 0.3.0
 */
public interface RowSource {

  /**
   * The name the errors give the source: a file name, with the sheet of a workbook.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Hands every row of the source to {@code handler}, in order, and returns when the source is
   * exhausted or the handler throws.
   *
   * @param limits the reader's limits: a source refuses input larger than {@link
   *     ReadLimits#maxBytes()} (its file or stream) before handing over a row, with a {@link
   *     DataFileException} or an {@link IOException} that names the limit; the reader itself
   *     enforces the limits of rows, field lengths and errors
   * @param handler what the reader does with each row
   * @throws IOException if the source cannot be read (the message says why: not a workbook, no
   *     sheet of that name, over a limit) or the handler throws (a {@link DataFileException} of a
   *     strict read, for example), which is passed on unchanged
   */
  void read(ReadLimits limits, RowHandler handler) throws IOException;

  /**
   * What a reader does with one row of a source.
   *
   * @since 0.3.0
   */
  @FunctionalInterface
  interface RowHandler {

    /**
     * Takes one row.
     *
     * @param line the row's 1-based number in the source (a sheet's row number), which the errors
     *     name; increasing from row to row, not necessarily by one
     * @param cells the cells in column order, as text (an empty string for an empty cell); the
     *     handler does not keep the list beyond the call
     * @throws IOException if the row cannot be taken, such as a {@link DataFileException} of a
     *     strict read
     */
    void row(long line, List<String> cells) throws IOException;
  }

  /**
   * A source of rows held in memory, numbered 1, 2, ... in list order (the header is row 1). It
   * can be read any number of times; it has no byte limit, since its rows are in memory already.
   * The rows are copied: later changes to the lists do not show.
   *
   * @param name the name the errors give the source, not blank
   * @param rows the header row, then the data rows, each a list of cells
   * @return the source; immutable and thread-safe
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if the name, a row or a cell is null
   */
  static RowSource of(String name, List<? extends List<String>> rows) {
    Preconditions.notBlank("name", Objects.requireNonNull(name, "name"));
    List<List<String>> copy = new ArrayList<>(Objects.requireNonNull(rows, "rows").size());
    for (List<String> row : rows) {
      copy.add(List.copyOf(Objects.requireNonNull(row, "row")));
    }
    List<List<String>> all = List.copyOf(copy);
    return new RowSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void read(ReadLimits limits, RowHandler handler) throws IOException {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(handler, "handler");
        for (int r = 0; r < all.size(); r++) {
          handler.row(r + 1L, all.get(r));
        }
      }

      @Override
      public String toString() {
        return "RowSource[" + name + ", " + all.size() + " rows in memory]";
      }
    };
  }
}
