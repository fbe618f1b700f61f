package io.github.mot.core.internal;

import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadOutcome;
import io.github.mot.core.io.RowError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The errors every reader of tabular input reports in the same words: the limits of {@link
 * ReadLimits}, an empty file, malformed CSV, and the exceptions of a failing source. One place, so
 * that surveys, encounter logs, audit forms and checklists say the same thing for the same problem.
 * Not API.
 */
public final class ReadErrors {

  private static final int ERRORS_SHOWN = 20;

  private ReadErrors() {}

  /** The library's hint in the error of a limit passed: the method that raises it. */
  private static final String ROWS_HINT = "withMaxRows";

  private static final String FIELD_HINT = "withMaxFieldLength";

  private static final String BYTES_HINT = "withMaxBytes";

  /**
   * An error of a limit passed with another program's hints instead of the library's methods, such
   * as a command line's options; any other error as it is.
   *
   * @param error an error of a read
   * @param rows what raises the row limit, such as {@code "--max-rows N"}
   * @param fieldLength what raises the field length limit
   * @param bytes what raises the size limit
   * @return the error with the hints
   */
  public static RowError withLimitHints(RowError error, String rows, String fieldLength, String bytes) {
    String r = error.reason();
    String hinted = r.endsWith("raise it with " + ROWS_HINT) ? replaceEnd(r, ROWS_HINT, rows)
        : r.endsWith("raise it with " + FIELD_HINT) ? replaceEnd(r, FIELD_HINT, fieldLength)
        : r.endsWith("raise it with " + BYTES_HINT) ? replaceEnd(r, BYTES_HINT, bytes)
        : r;
    return hinted.equals(r) ? error : new RowError(error.line(), error.column(), error.value(), hinted);
  }

  private static String replaceEnd(String s, String end, String by) {
    return s.substring(0, s.length() - end.length()) + by;
  }

  /**
   * The data rows passed {@link ReadLimits#maxRows()}.
   *
   * @param line the line of the first row over the limit
   * @param limits the limits of the read
   * @return the exception to throw
   */
  public static DataFileException tooManyRows(long line, ReadLimits limits) {
    return one(line, "", "", "the file has more than " + limits.maxRows()
        + " data rows, the limit; raise it with " + ROWS_HINT);
  }

  /**
   * Refuses a record with a field longer than {@link ReadLimits#maxFieldLength()}.
   *
   * @param fields the fields of the record
   * @param header the column names, empty while the header itself is checked
   * @param line the line of the record
   * @param limits the limits of the read
   * @throws DataFileException naming the line, the column (its name, or {@code #n}) and the length
   */
  public static void checkFieldLengths(List<String> fields, List<String> header, long line, ReadLimits limits)
      throws DataFileException {
    for (int c = 0; c < fields.size(); c++) {
      String f = fields.get(c);
      if (f.length() > limits.maxFieldLength()) {
        String column = c < header.size() ? header.get(c) : "#" + (c + 1);
        throw one(line, column, f, "the field has " + f.length() + " characters, more than the limit of "
            + limits.maxFieldLength() + "; raise it with " + FIELD_HINT);
      }
    }
  }

  /**
   * The input passed {@link ReadLimits#maxBytes()}.
   *
   * @param line the line reached
   * @param limits the limits of the read
   * @param characters whether the input was text (a reader), not bytes
   * @return the exception to throw
   */
  public static DataFileException tooLarge(long line, ReadLimits limits, boolean characters) {
    return one(line, "", "", "the input is larger than the limit of " + limits.maxBytes()
        + (characters ? " characters" : " bytes") + "; raise it with " + BYTES_HINT);
  }

  /**
   * The file has no header row.
   *
   * @param line the line reached, 1 for an empty file
   * @return the exception to throw
   */
  public static DataFileException empty(long line) {
    return one(Math.max(1, line), "", "", "the file is empty: a header row is required");
  }

  /**
   * The CSV parser refused the input (an unclosed quote, too many fields).
   *
   * @param line the line after the last record read
   * @param message the parser's message
   * @return the exception to throw
   */
  public static DataFileException malformedCsv(long line, String message) {
    return one(line, "", "", "malformed CSV: " + message);
  }

  /**
   * What to throw for an I/O failure that a CSV parser wrapped: the input over the byte limit as
   * {@link #tooLarge}, otherwise the source's own exception (for example the {@link
   * DataFileException} of a {@link StrictDecodingReader}).
   *
   * @param e the wrapper
   * @param line the line reached
   * @param limits the limits of the read
   * @param characters whether the input was text (a reader), not bytes
   * @return the exception to throw
   */
  public static IOException unwrap(UncheckedIOException e, long line, ReadLimits limits, boolean characters) {
    IOException cause = e.getCause();
    if (cause instanceof LimitedInput.Exceeded) {
      return tooLarge(line, limits, characters);
    }
    return cause != null ? cause : new IOException(e.getMessage(), e);
  }

  /**
   * The exception with the name of its source, if it has none yet.
   *
   * @param e the exception
   * @param source the file name or the name the caller gave the input
   * @return {@code e} if it names a source, else an equal exception naming {@code source}, caused by
   *     {@code e}
   */
  public static DataFileException named(DataFileException e, String source) {
    if (e.source().isPresent()) {
      return e;
    }
    DataFileException named = new DataFileException(source, e.errors());
    named.initCause(e);
    return named;
  }

  /**
   * The text of a read's {@code toString()}: {@code name[5 rows: 3 good, 2 bad, 0 blank, 3
   * errors]}, then the first 20 errors kept, one a line, and how many more were found.
   *
   * @param name the result type's name, such as {@code "ReadResult"}
   * @param read the outcome
   * @return a few lines of text, each ending with a line break
   */
  public static String describe(String name, ReadOutcome read) {
    StringBuilder sb = new StringBuilder()
        .append(name).append('[').append(read.rows()).append(" rows: ").append(read.goodRows())
        .append(" good, ").append(read.badRows()).append(" bad, ").append(read.blankRows())
        .append(" blank, ").append(read.errorCount()).append(" errors]\n");
    List<RowError> errors = read.errors();
    int shown = Math.min(ERRORS_SHOWN, errors.size());
    errors.subList(0, shown).forEach(e -> sb.append("  ").append(e).append('\n'));
    if (read.errorCount() > shown) {
      sb.append("  ... ").append(read.errorCount() - shown).append(" more\n");
    }
    return sb.toString();
  }

  private static DataFileException one(long line, String column, String value, String reason) {
    return new DataFileException(List.of(new RowError(line, column, value, reason)));
  }
}
