package io.github.mot.core.io;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A data file that cannot be read as it stands: an empty file, a bad header, a file over a {@link
 * ReadLimits limit}, bytes that are not valid in the file's encoding, malformed CSV, or (in strict
 * mode) the first bad row. Carries the {@link RowError}s with their line numbers, columns and
 * values, and the name of the file where the reader knows it.
 *
 * <p>The message is the source (if known), then the first error: {@code encounters.csv: line 3,
 * column time, value 'yesterday': must be an ISO-8601 time such as 2026-03-02T09:14:05Z}; with
 * several errors, {@code encounters.csv: 2 errors, the first: line 1, ...}.
 *
 * @since 0.2.0
 */
public final class DataFileException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The errors; a List.copyOf list of serializable records, hence serializable. */
  @SuppressWarnings("serial")
  private final List<RowError> errors;

  /** The file name or the name the caller gave the input; null if unknown. */
  private final @Nullable String source;

  /**
   * An exception whose source is not known.
   *
   * @param errors the errors, at least one
   * @throws IllegalArgumentException if the list is empty
   * @throws NullPointerException if the list or an error is null
   */
  public DataFileException(List<RowError> errors) {
    super(message(null, errors));
    this.errors = List.copyOf(errors);
    this.source = null;
  }

  /**
   * An exception about a named source.
   *
   * @param source the file name, or the name the caller gave the input (for example {@code
   *     "encounters.csv"} or {@code "CRM export"})
   * @param errors the errors, at least one
   * @throws IllegalArgumentException if the list is empty
   * @throws NullPointerException if the source, the list or an error is null
   */
  public DataFileException(String source, List<RowError> errors) {
    super(message(Objects.requireNonNull(source, "source"), errors));
    this.errors = List.copyOf(errors);
    this.source = source;
  }

  private static String message(@Nullable String source, List<RowError> errors) {
    Objects.requireNonNull(errors, "errors");
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("errors must not be empty");
    }
    String first = errors.size() == 1
        ? errors.get(0).toString()
        : errors.size() + " errors, the first: " + errors.get(0);
    return source == null ? first : source + ": " + first;
  }

  /**
   * The errors found.
   *
   * @return an unmodifiable list, at least one
   */
  public List<RowError> errors() {
    return errors;
  }

  /**
   * The file name, or the name the caller gave the input, if the reader knew it.
   *
   * @return the source, or empty
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }
}
