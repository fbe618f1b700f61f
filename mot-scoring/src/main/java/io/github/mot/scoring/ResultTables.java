package io.github.mot.scoring;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the table descriptions of this package's results share: the label bundle, the elision of
 * long text tables and scalar fields read from declared columns. Package-private, stateless.
 */
final class ResultTables {

  /** Text tables of more rows than this show their first and last {@link #EDGE_ROWS}. */
  static final int MAX_ROWS = 21;

  /** Rows shown at each end of a long text table. */
  static final int EDGE_ROWS = 10;

  private ResultTables() {}

  /** A description with this module's labels (headers, titles) and mot-core's. */
  static Tables.Builder builder() {
    return Tables.builder(Text.LABELS);
  }

  /**
   * A table whose text shows at most {@link #MAX_ROWS} rows: a longer one its first and last
   * {@link #EDGE_ROWS} around the line "... n more rows ...", indented by two blanks.
   */
  static <R> Table<R> table(String key, List<Column<R>> columns, List<? extends R> rows) {
    return Table.of(key, columns, rows).elide(MAX_ROWS, EDGE_ROWS, "  ");
  }

  /**
   * Adds the value of each column (but display-only ones) for one row as a scalar field: the JSON
   * fields of a result, and its single CSV row when it has no CSV table. The same columns can
   * describe the rows of a table elsewhere (a summary on its own and as a row of a grouped one).
   */
  static <R> Tables.Builder fields(Tables.Builder builder, R row, List<Column<R>> columns) {
    for (Column<R> c : columns) {
      if (c.kind() != Column.Kind.DISPLAY && c.in(Column.Target.JSON)) {
        builder.field(c.key(), (ignored, cells) -> c.value(row, cells));
      }
    }
    return builder;
  }

  /**
   * The description of a result whose text is one sentence without a final line break: the
   * sentence (text and HTML), the result's columns as JSON fields and as the one CSV row, and in
   * HTML a one-row table {@code key} of them.
   */
  static <R> Tables.Builder sentence(Function<Cells, String> text, R result, String key, List<Column<R>> columns) {
    return fields(builder().line(text), result, columns)
        .table(Table.of(key, columns, List.of(result)).only(Column.Target.HTML))
        .finalNewline(false);
  }

  /**
   * The columns of a share with its Wilson interval: {@code key} (the share, a percentage in text),
   * the interval in text and HTML ({@code n/a} without trials), and {@code keyLower}, {@code
   * keyUpper} in CSV and JSON.
   */
  static <R> List<Column<R>> shareColumns(String key, String header, Function<R, WilsonInterval> share) {
    return List.of(
        Column.<R>decimal(key, r -> share.apply(r).estimate()).header(header)
            .text((r, c) -> c.percent(share.apply(r).estimate())),
        Column.<R>display("table.wilson", (r, c) -> share.apply(r).trials() == 0 ? Cells.UNDEFINED
            : c.percentInterval(share.apply(r).lower(), share.apply(r).upper())),
        Column.<R>decimal(key + "Lower", r -> share.apply(r).lower()).except(Column.Target.TEXT, Column.Target.HTML),
        Column.<R>decimal(key + "Upper", r -> share.apply(r).upper()).except(Column.Target.TEXT, Column.Target.HTML));
  }

  /** The columns of {@code first}, then those of {@code second}. */
  static <R> List<Column<R>> concat(List<Column<R>> first, List<Column<R>> second) {
    List<Column<R>> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
