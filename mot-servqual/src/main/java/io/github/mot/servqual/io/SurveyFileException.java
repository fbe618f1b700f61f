package io.github.mot.servqual.io;

import java.io.IOException;
import java.util.List;

/**
 * A data file that cannot be read as it stands: a bad header, or (in strict mode) the first bad
 * row. Carries the {@link RowError}s with line numbers, columns and values.
 *
 * @since 0.1.0
 */
public final class SurveyFileException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The errors; a List.copyOf list, hence serializable. */
  @SuppressWarnings("serial")
  private final List<RowError> errors;

  /**
   * Creates the exception.
   *
   * @param errors the errors, at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public SurveyFileException(List<RowError> errors) {
    super(message(errors));
    this.errors = List.copyOf(errors);
  }

  private static String message(List<RowError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("errors must not be empty");
    }
    return errors.size() == 1 ? errors.get(0).toString() : errors.size() + " errors, the first: " + errors.get(0);
  }

  /**
   * The errors found.
   *
   * @return an unmodifiable list, at least one
   */
  public List<RowError> errors() {
    return errors;
  }
}
