package io.github.mot.core.io;

import io.github.mot.core.internal.Preconditions;
import java.util.Locale;

/**
 * The size limits of a read, shared by every reader of the library (surveys, encounter logs, audit
 * forms, checklists): they protect a host from hostile or runaway files. A file over a limit is
 * refused with a {@link DataFileException} that names the line reached and the limit, in lenient
 * mode too; nothing beyond the byte limit is read.
 *
 * <p>{@link #DEFAULT} is the one default of every reader: {@value #DEFAULT_MAX_ROWS} data rows,
 * fields of {@value #DEFAULT_MAX_FIELD_LENGTH} characters, {@value #DEFAULT_MAX_BYTES} bytes (1
 * GiB) of input and {@value #DEFAULT_MAX_ERRORS} errors kept. The row limit is the one the command
 * line used for encounter and audit logs (one row per contact, the largest files); survey files,
 * stored in columns at about 50 bytes a respondent, fit it as well, and the byte limit bounds the
 * input whatever the row count. Change a limit with a copy:
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.DEFAULT.withMaxRows(20_000_000).withMaxBytes(4L << 30);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; equal when their four limits are equal.
 *
 * @param maxRows the most data rows a read accepts, {@code >= 1}
 * @param maxFieldLength the longest field a read accepts, in characters, {@code >= 1}
 * @param maxBytes the largest input a read accepts: bytes of a file or stream, characters of a
 *     reader, {@code >= 1}
 * @param maxErrors the most errors a lenient read keeps, {@code >= 1}
 * @since 0.2.0
 */
public record ReadLimits(long maxRows, int maxFieldLength, long maxBytes, int maxErrors) {

  /**
   * The default most data rows: {@value}. Empty lines are not counted; the rows a read keeps are
   * in memory, so this bounds the memory of a read.
   */
  public static final long DEFAULT_MAX_ROWS = 5_000_000L;

  /**
   * The default longest field (a cell or a column name): {@value} characters, room for free-text
   * comments.
   */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 32_768;

  /**
   * The default largest input: {@value} bytes (1 GiB) of a file or stream, or characters of a
   * {@link java.io.Reader}.
   */
  public static final long DEFAULT_MAX_BYTES = 1L << 30;

  /** The default most errors kept in a lenient read: {@value} (every bad row is still counted). */
  public static final int DEFAULT_MAX_ERRORS = 10_000;

  /** The default limits of every reader. */
  public static final ReadLimits DEFAULT =
      new ReadLimits(DEFAULT_MAX_ROWS, DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_BYTES, DEFAULT_MAX_ERRORS);

  /**
   * Limits from their values, as {@link #DEFAULT} and the {@code withMax...} copies build them.
   *
   * @param maxRows the most data rows a read accepts
   * @param maxFieldLength the longest field a read accepts, in characters
   * @param maxBytes the largest input a read accepts: bytes of a file or stream, characters of a
   *     reader
   * @param maxErrors the most errors a lenient read keeps
   * @throws IllegalArgumentException if a limit is below 1
   */
  public ReadLimits {
    atLeastOne("max rows", maxRows);
    atLeastOne("max field length", maxFieldLength);
    atLeastOne("max bytes", maxBytes);
    atLeastOne("max errors", maxErrors);
  }

  private static long atLeastOne(String field, long value) {
    return Preconditions.atLeast(field, value, 1);
  }

  /**
   * A copy that refuses a file with more than {@code max} data rows (empty lines not counted): the
   * read stops at the first row over the limit.
   *
   * @param max the most data rows, {@code >= 1}; {@value #DEFAULT_MAX_ROWS} by default
   * @return the changed copy
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ReadLimits withMaxRows(long max) {
    return new ReadLimits(max, maxFieldLength, maxBytes, maxErrors);
  }

  /**
   * A copy that refuses a file with a field (a cell or a column name) longer than {@code max}
   * characters. Whatever the limit, FastCSV refuses a field of more than 16,777,216 characters and
   * a record of more than 16,384 fields.
   *
   * @param max the longest field in characters, {@code >= 1}; {@value #DEFAULT_MAX_FIELD_LENGTH}
   *     by default
   * @return the changed copy
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ReadLimits withMaxFieldLength(int max) {
    return new ReadLimits(maxRows, max, maxBytes, maxErrors);
  }

  /**
   * A copy that refuses an input larger than {@code max} bytes (a file or a stream) or characters
   * (a {@link java.io.Reader}); nothing beyond the limit is read.
   *
   * @param max the largest input, {@code >= 1}; {@value #DEFAULT_MAX_BYTES} by default
   * @return the changed copy
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ReadLimits withMaxBytes(long max) {
    return new ReadLimits(maxRows, maxFieldLength, max, maxErrors);
  }

  /**
   * A copy that keeps at most {@code max} errors in a lenient read; every bad row and every error
   * is still counted ({@link ReadResult#badRows()}, {@link ReadResult#errorCount()}).
   *
   * @param max the most errors kept, {@code >= 1}; {@value #DEFAULT_MAX_ERRORS} by default
   * @return the changed copy
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ReadLimits withMaxErrors(int max) {
    return new ReadLimits(maxRows, maxFieldLength, maxBytes, max);
  }

  /**
   * For example {@code ReadLimits[rows 5,000,000, field 32,768 characters, input 1,073,741,824
   * bytes, errors kept 10,000]}.
   *
   * @return the limits as text
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ReadLimits[rows %,d, field %,d characters, input %,d bytes, errors kept %,d]",
        maxRows, maxFieldLength, maxBytes, maxErrors);
  }
}
