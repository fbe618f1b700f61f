package io.github.mot.servqual.io;

import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.io.ReadOutcome;
import io.github.mot.core.io.RowError;
import io.github.mot.servqual.SurveyData;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SurveyReader} read (from CSV, or from any {@link io.github.mot.core.io.RowSource}
 * such as a spreadsheet's sheet of mot-xlsx): the good rows as {@link SurveyData}, the row errors and the blank
 * respondents. Every data row of the file is good, bad or blank: {@code goodRows() + badRows() +
 * blankRows() == rows()} (the {@link ReadOutcome} of every reader).
 *
 * @param data the respondents of the good rows
 * @param errors the errors found, in file order (at most the reader's {@code maxErrors})
 * @param rows the data rows in the file (not counting the header and empty lines)
 * @param badRows the rows with at least one error, left out of the data
 * @param errorCount all errors found, including those beyond {@code maxErrors}
 * @param blankRespondents the rows whose every answer was empty, left out of the data, in file order
 *     (at most the reader's {@code maxErrors}; since 0.2.0)
 * @param blankRows all such rows (since 0.2.0)
 * @since 0.1.0
 */
public record SurveyReadResult(
    SurveyData data,
    List<RowError> errors,
    long rows,
    long badRows,
    long errorCount,
    List<BlankRespondent> blankRespondents,
    long blankRows) implements ReadOutcome {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public SurveyReadResult {
    Objects.requireNonNull(data, "data");
    errors = List.copyOf(errors);
    blankRespondents = List.copyOf(blankRespondents);
  }

  /**
   * A result without blank respondents.
   *
   * @param data the respondents of the good rows
   * @param errors the errors found, in file order
   * @param rows the data rows in the file
   * @param badRows the rows with at least one error
   * @param errorCount all errors found
   * @throws NullPointerException if a part is null
   */
  public SurveyReadResult(SurveyData data, List<RowError> errors, long rows, long badRows, long errorCount) {
    this(data, errors, rows, badRows, errorCount, List.of(), 0);
  }

  /**
   * The rows read into the data.
   *
   * @return {@code data().size()}
   */
  @Override
  public long goodRows() {
    return data.size();
  }

  /**
   * A summary and the first errors.
   *
   * @return a few lines of text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(ReadErrors.describe("SurveyReadResult", this));
    if (blankRows > 0) {
      sb.append("  blank respondents (every answer empty), dropped: ");
      blankRespondents.stream().limit(10).forEach(b -> sb.append(b).append("; "));
      sb.append(blankRows > 10 ? "... " + (blankRows - 10) + " more" : "").append('\n');
    }
    return sb.toString();
  }
}
