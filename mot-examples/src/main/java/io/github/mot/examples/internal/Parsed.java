package io.github.mot.examples.internal;

import io.github.mot.servqual.io.RowError;
import java.util.List;

/**
 * What a lenient read of a data file gave: the good rows as values, every error with its line
 * number, and the counts. Immutable.
 *
 * @param <T> the value of one row
 * @param values the values of the good rows, in file order
 * @param errors the errors found, in file order (several per row possible), the first 10,000
 *     by default ({@link CsvRows.Limits#maxErrors()}); every bad row is counted in {@code badRows}
 * @param rows the data rows read (header excluded)
 * @param badRows the rows left out because of at least one error
 */
record Parsed<T>(List<T> values, List<RowError> errors, long rows, long badRows) {

  Parsed {
    values = List.copyOf(values);
    errors = List.copyOf(errors);
  }

  /** One line about {@code file} in a language: "file: 5000 rows: 4998 good, 2 bad". */
  String summary(String file, java.util.Locale locale) {
    return Analyses.fill(Charts.words(locale), "text.readSummary", file, Long.toString(rows),
        Integer.toString(values.size()), Long.toString(badRows));
  }
}
