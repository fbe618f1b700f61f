package io.github.mot.core.io;

import java.util.Objects;

/**
 * One problem found in a data file: where it is and what is wrong.
 *
 * @param line the 1-based line number where the record starts (the header is line 1)
 * @param column the column name from the header, or a description such as {@code W_*} for the
 *     importance columns together
 * @param value the offending cell as read (empty for a missing cell); a cell longer than {@value
 *     #MAX_VALUE_LENGTH} characters is kept as its first characters and its length, so that a
 *     hostile file cannot fill the memory with the values of its errors
 * @param reason what is wrong and what is allowed
 * @since 0.1.0
 */
// Serializable so that a DataFileException, which lists its errors, reaches the driver of a
// distributed job (Spark, Beam) instead of failing its serialization; read back through the
// canonical constructor, so a deserialized error is checked as a new one.
public record RowError(long line, String column, String value, String reason) implements java.io.Serializable {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public RowError {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    value = abbreviate(value);
    column = abbreviate(column);
  }

  /**
   * The longest value (and column name) kept whole: {@value} characters.
   *
   * @since 0.2.0
   */
  public static final int MAX_VALUE_LENGTH = 200;

  private static String abbreviate(String text) {
    if (text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    int end = MAX_VALUE_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "... (" + text.length() + " characters)";
  }

  /**
   * For example {@code line 4, column P2, value 'x': not an integer}. An error of no particular
   * column leaves the column out ({@code line 3, value 'FF': the bytes FF are not valid UTF-8}),
   * and one of no column and no value both ({@code line 12: the file has more than 10 data rows}).
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("line ").append(line);
    if (!column.isEmpty()) {
      sb.append(", column ").append(column);
    }
    if (!column.isEmpty() || !value.isEmpty()) {
      sb.append(", value '").append(value).append('\'');
    }
    return sb.append(": ").append(reason).toString();
  }
}
