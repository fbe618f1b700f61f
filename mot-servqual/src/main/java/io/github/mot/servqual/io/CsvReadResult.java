package io.github.mot.servqual.io;

import io.github.mot.servqual.SurveyData;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SurveyCsvReader} read: the good rows as {@link SurveyData} and the row errors.
 * Every data row of the file is either good or bad: {@code goodRows() + badRows() == rows()}.
 *
 * @param data the respondents of the good rows
 * @param errors the errors found, in file order (at most the reader's {@code maxErrors})
 * @param rows the data rows in the file (not counting the header and empty lines)
 * @param badRows the rows with at least one error, left out of the data
 * @param errorCount all errors found, including those beyond {@code maxErrors}
 * @since 0.1.0
 */
public record CsvReadResult(SurveyData data, List<RowError> errors, long rows, long badRows, long errorCount) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public CsvReadResult {
    Objects.requireNonNull(data, "data");
    errors = List.copyOf(errors);
  }

  /**
   * The rows read into the data.
   *
   * @return {@code data().size()}
   */
  public long goodRows() {
    return data.size();
  }

  /**
   * Whether the file had no bad row.
   *
   * @return true if {@code badRows() == 0}
   */
  public boolean isClean() {
    return badRows == 0;
  }

  /**
   * A summary and the first errors.
   *
   * @return a few lines of text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder()
        .append("CsvReadResult[").append(rows).append(" rows: ").append(goodRows()).append(" good, ")
        .append(badRows).append(" bad, ").append(errorCount).append(" errors]\n");
    errors.stream().limit(20).forEach(e -> sb.append("  ").append(e).append('\n'));
    if (errors.size() > 20) {
      sb.append("  ... ").append(errors.size() - 20).append(" more\n");
    }
    return sb.toString();
  }
}
