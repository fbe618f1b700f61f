package io.github.mot.core.table;

import io.github.mot.core.internal.Preconditions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One table of a result: rows of one type and the {@link Column}s declared for them. In JSON a
 * table is an array of objects under its {@link #key()}; in CSV its rows are written under the
 * union header of the result's tables, with its {@link #level()} in the result's level column; in
 * text and HTML an aligned table with a header row.
 *
 * <p>Immutable if its row list is; every {@code withX}-style method returns a changed copy.
 *
 * @param <R> the row type
 * @since 0.3.0
 */
public final class Table<R> {

  private final String key;
  private final String level;
  private final List<? extends R> rows;
  private final List<Column<R>> columns;
  private final @Nullable Function<Cells, String> title;
  private final int maxRows;
  private final int edgeRows;
  private final String moreRowsIndent;
  private final Set<Column.Target> targets;
  private final Map<String, Function<Cells, String>> headers;
  private final @Nullable R total;
  private final String totalLevel;

  private Table(String key, String level, List<? extends R> rows, List<Column<R>> columns,
      @Nullable Function<Cells, String> title, int maxRows, int edgeRows, String moreRowsIndent,
      Set<Column.Target> targets, Map<String, Function<Cells, String>> headers, @Nullable R total,
      String totalLevel) {
    this.key = key;
    this.level = level;
    this.rows = rows;
    this.columns = columns;
    this.title = title;
    this.maxRows = maxRows;
    this.edgeRows = edgeRows;
    this.moreRowsIndent = moreRowsIndent;
    this.targets = targets;
    this.headers = headers;
    this.total = total;
    this.totalLevel = totalLevel;
  }

  /**
   * A table.
   *
   * @param key the JSON field of the table, and its CSV level unless {@link #level(String) told}
   * @param columns the columns
   * @param rows the rows, in order (not copied: pass an unmodifiable list)
   * @param <R> the row type
   * @return the table
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no columns or two have the same key
   */
  public static <R> Table<R> of(String key, List<Column<R>> columns, List<? extends R> rows) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(rows, "rows");
    List<Column<R>> cols = List.copyOf(columns);
    if (cols.isEmpty()) {
      throw Preconditions.unmet("table '" + key + "'", "have at least one column", "had none");
    }
    for (int i = 0; i < cols.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (cols.get(i).key().equals(cols.get(j).key()) && cols.get(i).kind() != Column.Kind.DISPLAY) {
          throw Preconditions.unmet("column keys of table '" + key + "'", "be unique", "'" + cols.get(i).key() + "' repeats");
        }
      }
    }
    return new Table<>(key, key, rows, cols, null, Integer.MAX_VALUE, 0, "",
        EnumSet.allOf(Column.Target.class), Map.of(), null, key);
  }

  /**
   * The same table with another CSV level (the value of the result's level column).
   *
   * @param level the level, such as {@code "item"}
   * @return the changed copy
   */
  public Table<R> level(String level) {
    Objects.requireNonNull(level, "level");
    return new Table<>(key, level, rows, columns, title, maxRows, edgeRows, moreRowsIndent,
        targets, headers, total, totalLevel);
  }

  /**
   * The same table with a title line above its header in text (a caption in HTML).
   *
   * @param title the title in the rendering's language
   * @return the changed copy
   */
  public Table<R> title(Function<Cells, String> title) {
    Objects.requireNonNull(title, "title");
    return new Table<>(key, level, rows, columns, title, maxRows, edgeRows, moreRowsIndent,
        targets, headers, total, totalLevel);
  }

  /** The most rows an elided table shows in HTML: {@value}. */
  static final int HTML_MAX_ROWS = 1_000;

  /**
   * The same table showing, in text, at most {@code maxRows} rows: a longer one shows its first and
   * last {@code edgeRows} rows around a line "... n more rows ...". In HTML such a table shows its
   * first {@value #HTML_MAX_ROWS} rows (all of them to sort by a click) and then a line that says
   * how many more the CSV and JSON exports hold; CSV and JSON always hold every row.
   *
   * @param maxRows the most rows shown whole, {@code >= 2 * edgeRows}
   * @param edgeRows the rows shown at each end of a longer table, {@code >= 0}
   * @param indent the text before the "more rows" line
   * @return the changed copy
   * @throws IllegalArgumentException if the numbers are out of range
   */
  public Table<R> elide(int maxRows, int edgeRows, String indent) {
    if (edgeRows < 0 || maxRows < 2 * edgeRows) {
      throw new IllegalArgumentException(
          "rows shown must be >= 0 and maxRows >= 2 * edgeRows but were maxRows=" + maxRows + ", edgeRows=" + edgeRows);
    }
    return new Table<>(key, level, rows, columns, title, maxRows, edgeRows, Objects.requireNonNull(indent, "indent"), targets,
        headers, total, totalLevel);
  }

  /**
   * The same table in the given formats only.
   *
   * @param first a format
   * @param more more formats
   * @return the changed copy
   */
  public Table<R> only(Column.Target first, Column.Target... more) {
    return new Table<>(key, level, rows, columns, title, maxRows, edgeRows, moreRowsIndent, EnumSet.of(first, more),
        headers, total, totalLevel);
  }

  /**
   * The same table with the text and HTML header of one column computed from the result, for
   * headers that name a value of this result rather than a fixed text: a confidence level ({@code
   * 95% CI}), the two segments of a comparison ({@code n north}). The column's own header is used
   * in tables without such an override, so the column is still declared once.
   *
   * @param columnKey the {@link Column#key() key} of a column of this table
   * @param header the header in the rendering's language, used as it is (not looked up as a
   *     bundle key)
   * @return the changed copy
   * @throws IllegalArgumentException if the table has no column with that key
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  public Table<R> header(String columnKey, Function<Cells, String> header) {
    Objects.requireNonNull(columnKey, "columnKey");
    Objects.requireNonNull(header, "header");
    if (columns.stream().noneMatch(c -> c.key().equals(columnKey))) {
      throw Preconditions.unmet("column key", "name a column of table '" + key + "'", "was '" + columnKey + "'");
    }
    Map<String, Function<Cells, String>> h = new LinkedHashMap<>(headers);
    h.put(columnKey, header);
    return new Table<>(key, level, rows, columns, title, maxRows, edgeRows, moreRowsIndent,
        targets, Map.copyOf(h), total, totalLevel);
  }

  /**
   * The same table with a total row, such as the {@code (all)} row of grouped summaries: text
   * prints it after the rows (after a shortened table's last rows too), set apart by a rule; HTML
   * puts it in the table's {@code <tfoot>}; CSV and JSON write it as an ordinary row after the
   * others, in CSV with {@code level} in the result's level column.
   *
   * @param row the total row
   * @param level the CSV level of the total row, such as {@code "total"}
   * @return the changed copy
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  public Table<R> total(R row, String level) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(level, "level");
    return new Table<>(key, this.level, rows, columns, title, maxRows, edgeRows, moreRowsIndent, targets, headers,
        row, level);
  }

  /**
   * The header of a column in text and HTML: the table's {@link #header(String, Function)
   * override} if it has one, else the column's header looked up in the rendering's bundle.
   *
   * @param column a column of this table
   * @param cells the rendering's cells
   * @return the header text
   */
  String headerText(Column<R> column, Cells cells) {
    Function<Cells, String> h = headers.get(column.key());
    return h != null ? h.apply(cells) : cells.label(column.header());
  }

  /**
   * The JSON key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The CSV level.
   *
   * @return the level
   */
  public String level() {
    return level;
  }

  /**
   * The rows.
   *
   * @return the rows, in order
   */
  public List<? extends R> rows() {
    return rows;
  }

  /**
   * The columns.
   *
   * @return the columns, in order
   */
  public List<Column<R>> columns() {
    return columns;
  }

  /**
   * Whether the table appears in a format.
   *
   * @param target the format
   * @return whether it appears
   */
  public boolean in(Column.Target target) {
    return targets.contains(target);
  }

  /**
   * The total row, shown after the rows ({@link #total(Object, String)}).
   *
   * @return the total row, empty if the table has none
   * @since 0.3.0
   */
  public Optional<R> total() {
    return Optional.ofNullable(total);
  }

  /** The CSV level of the total row. */
  String totalLevel() {
    return totalLevel;
  }

  /** The rows followed by the total row, if any: what CSV and JSON write. */
  List<? extends R> rowsAndTotal() {
    R t = total;
    if (t == null) {
      return rows;
    }
    List<R> all = new ArrayList<>(rows.size() + 1);
    all.addAll(rows);
    all.add(t);
    return all;
  }

  @Nullable Function<Cells, String> titleFunction() {
    return title;
  }

  int maxRows() {
    return maxRows;
  }

  int edgeRows() {
    return edgeRows;
  }

  String moreRowsIndent() {
    return moreRowsIndent;
  }
}
