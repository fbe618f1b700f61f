package io.github.mot.servqual.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.Labels;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;

/**
 * One cell as the CSV export writes it (read back by a CSV parser): the cell of a text, neutralised
 * against formulas, or of a number. Replaces the tests' use of the former {@code ReportCsv.text}
 * and {@code ReportCsv.num}, so that they keep asserting the same cells.
 */
final class CsvCells {

  private CsvCells() {}

  /** The CSV cell of a text. */
  static String text(String text) {
    return cell(Column.<String>text("x", s -> s), text);
  }

  /** The CSV cell of a number (empty for NaN). */
  static String num(double x) {
    return cell(Column.<Double>decimal("x", d -> d), x);
  }

  private static <R> String cell(Column<R> column, R value) {
    // a second column keeps the row from being an empty line when the cell is empty
    List<Column<R>> columns = List.of(column, Column.<R>text("y", r -> "y"));
    Tabular t = () -> Tables.builder(Labels::of).table(Table.of("t", columns, List.of(value))).build();
    List<CsvRecord> records = CsvReader.builder().ofCsvRecord(Format.CSV.render(t)).stream().toList();
    return records.get(1).getField(0);
  }
}
