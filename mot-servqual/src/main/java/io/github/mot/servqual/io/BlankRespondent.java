package io.github.mot.servqual.io;

import java.util.Objects;

/**
 * A respondent row whose every answer cell is empty (someone who opened the survey and answered
 * nothing). Such rows are reported and left out of the data: counting them would add respondents
 * with no answer under pairwise deletion, and reading them as zeros would be wrong.
 *
 * @param line the 1-based line or spreadsheet row number
 * @param respondentId the respondent id as given (or the line number when the file has no id column)
 * @since 0.2.0
 */
public record BlankRespondent(long line, String respondentId) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if {@code respondentId} is null
   */
  public BlankRespondent {
    Objects.requireNonNull(respondentId, "respondentId");
  }

  /**
   * For example {@code line 12 (respondent 1043)}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "line " + line + " (respondent " + respondentId + ")";
  }
}
