package io.github.mot.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * The field parsers of the fast readers ({@link ChunkedCsv}: the encounter and the survey reader):
 * they read a field's UTF-8 bytes in place, with no {@code String} and no object, and accept only
 * the common, unambiguous forms. Whatever they do not accept (another form, a value out of range, a
 * byte they cannot judge) they leave to the reader's reference parser, which gives the same value
 * or the same error: a fast parser that accepts must return exactly what the reference parser
 * returns. Stateless.
 */
public final class ByteFields {

  /** What the parsers return for "not accepted: ask the reference parser". */
  public static final long NOT_FAST = Long.MIN_VALUE;

  private ByteFields() {}

  /** Whether {@code b} is an ASCII byte that {@link Character#isWhitespace(int)} accepts. */
  public static boolean asciiWhitespace(byte b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
  }

  /**
   * The start of the field without leading white space ({@link String#strip()}'s), or -1 if the
   * first non-ASCII character decides and is white space or not valid UTF-8.
   */
  public static int stripStart(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      byte c = b[i];
      if (c >= 0) {
        if (!asciiWhitespace(c)) {
          return i;
        }
        i++;
      } else {
        int cp = codePointAt(b, i, to);
        if (cp < 0 || Character.isWhitespace(cp)) {
          return -1;
        }
        return i;
      }
    }
    return i;
  }

  /**
   * The end of the field without trailing white space ({@link String#strip()}'s), or -1 if the
   * last non-ASCII character decides and is white space or not valid UTF-8.
   */
  public static int stripEnd(byte[] b, int from, int to) {
    int i = to;
    while (i > from) {
      byte c = b[i - 1];
      if (c >= 0) {
        if (!asciiWhitespace(c)) {
          return i;
        }
        i--;
      } else {
        int start = i - 1;
        while (start > from && (b[start] & 0xC0) == 0x80 && i - start < 4) {
          start--;
        }
        int cp = codePointAt(b, start, i);
        if (cp < 0 || start + utf8Length(cp) != i || Character.isWhitespace(cp)) {
          return -1;
        }
        return i;
      }
    }
    return i;
  }

  private static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  /** The code point of the UTF-8 sequence at {@code i}, or -1 if it is not a valid one before {@code to}. */
  public static int codePointAt(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return c;
    }
    int n;
    int cp;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1F;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0F;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07;
      min = 0x10000;
    } else {
      return -1;
    }
    for (int k = 1; k <= n; k++) {
      if (i + k >= to) {
        return -1;
      }
      int d = b[i + k] & 0xFF;
      if ((d & 0xC0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    return cp;
  }

  /**
   * Whether the bytes are valid UTF-8 (as the JDK's strict decoder judges: no overlong forms, no
   * surrogates, nothing above U+10FFFF).
   */
  public static boolean validUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int cp = codePointAt(b, i, to);
      if (cp < 0) {
        return false;
      }
      i += utf8Length(cp);
    }
    return true;
  }

  /** Whether the bytes hold a character that {@link Character#isISOControl(char)} accepts. */
  public static boolean hasControl(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 || c == 0x7F) {
        return true;
      }
      // U+0080..U+009F are C2 80..C2 9F in UTF-8
      if (c == 0xC2 && i + 1 < to && (b[i + 1] & 0xFF) <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  /** The text of valid UTF-8 bytes. */
  public static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /**
   * A decimal integer {@code [+-]?[0-9]{1,9}} (the encounter reader's form of a level or a
   * whole-number rating), or {@link #NOT_FAST}.
   */
  public static long smallInteger(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '+' || b[i] == '-')) {
      negative = b[i] == '-';
      i++;
    }
    int digits = to - i;
    if (digits < 1 || digits > 9) {
      return NOT_FAST;
    }
    long v = 0;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return NOT_FAST;
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  /**
   * An instant in the common ISO-8601 forms, as epoch nanoseconds: {@code yyyy-MM-ddTHH:mm:ss},
   * optionally {@code .} and 1 to 9 digits of fraction, then {@code Z}, {@code +HH:MM},
   * {@code -HH:MM} or nothing (UTC), exactly as {@code OffsetDateTime.parse} (or, without an
   * offset, {@code LocalDateTime.parse} at UTC) reads them; anything else, or a date or time out of
   * range, is {@link #NOT_FAST}. A valid instant outside 1677-09-21..2262-04-11 (epoch nanoseconds
   * overflow a long) is {@link #NOT_FAST} too.
   */
  public static long epochNanos(byte[] b, int from, int to) {
    if (to - from < 19) {
      return NOT_FAST;
    }
    long daySeconds = daySeconds(b, from);
    return daySeconds == NOT_FAST ? NOT_FAST : timeOfDay(b, from, to, daySeconds);
  }

  /**
   * {@link #epochNanos(byte[], int, int)} that remembers the date of the last instant it read: a
   * file ordered by time repeats its dates, and a repeated date ({@code yyyy-MM-ddT}, compared
   * byte for byte) is neither checked nor converted again. Mutable, single-threaded: one per scan.
   */
  public static final class Instants {
    /** The bytes {@code yyyy-MM-} and {@code ddT} of the last date read, packed; none at first. */
    private long first = -1;
    private int second = -1;
    private long daySeconds;

    /** A reader that has seen no date yet. */
    public Instants() {}

    /**
     * The instant of {@code b[from, to)}, as {@link ByteFields#epochNanos(byte[], int, int)}.
     *
     * @param b the bytes
     * @param from the first byte
     * @param to the end
     * @return the epoch nanoseconds, or {@link #NOT_FAST}
     */
    public long epochNanos(byte[] b, int from, int to) {
      if (to - from < 19) {
        return NOT_FAST;
      }
      long f = 0;
      for (int i = from; i < from + 8; i++) {
        f = (f << 8) | (b[i] & 0xFF);
      }
      int g = ((b[from + 8] & 0xFF) << 16) | ((b[from + 9] & 0xFF) << 8) | (b[from + 10] & 0xFF);
      if (f != first || g != second) {
        long d = daySeconds(b, from);
        if (d == NOT_FAST) {
          return NOT_FAST;
        }
        first = f;
        second = g;
        daySeconds = d;
      }
      return timeOfDay(b, from, to, daySeconds);
    }
  }

  /** The epoch seconds of the date {@code yyyy-MM-ddT} at {@code b[from..]}, or {@link #NOT_FAST}. */
  private static long daySeconds(byte[] b, int from) {
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || b[from + 4] != '-' || b[from + 7] != '-'
        || b[from + 10] != 'T' || day > monthLength(year, month)) {
      return NOT_FAST;
    }
    return epochDay(year, month, day) * 86_400L;
  }

  /**
   * The instant of {@code b[from, to)} (at least 19 bytes) whose date, at {@code daySeconds}, is
   * valid: the time of day, fraction and offset after it, or {@link #NOT_FAST}.
   */
  private static long timeOfDay(byte[] b, int from, int to, long daySeconds) {
    int hour = digits(b, from + 11, 2);
    int minute = digits(b, from + 14, 2);
    int second = digits(b, from + 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || b[from + 13] != ':' || b[from + 16] != ':') {
      return NOT_FAST;
    }
    int i = from + 19;
    long nanos = 0;
    if (i < to && b[i] == '.') {
      i++;
      int start = i;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        nanos = nanos * 10 + (b[i] - '0');
        i++;
      }
      int n = i - start;
      if (n < 1 || n > 9) {
        return NOT_FAST;
      }
      for (int k = n; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = 0;
    if (i < to) {
      if (b[i] == 'Z' && i + 1 == to) {
        i++;
      } else if ((b[i] == '+' || b[i] == '-') && to - i == 6 && b[i + 3] == ':') {
        int oh = digits(b, i + 1, 2);
        int om = digits(b, i + 4, 2);
        if (oh < 0 || om < 0 || oh > 18 || om > 59 || (oh == 18 && om > 0)) {
          return NOT_FAST;
        }
        offsetSeconds = (oh * 3600 + om * 60) * (b[i] == '-' ? -1 : 1);
        i = to;
      } else {
        return NOT_FAST;
      }
    }
    long epochSecond = daySeconds + hour * 3600L + minute * 60L + second - offsetSeconds;
    if (epochSecond >= -9_223_372_036L && epochSecond <= 9_223_372_035L) {
      return epochSecond * 1_000_000_000L + nanos; // cannot overflow
    }
    try { // the last second at either end of the range
      return Math.addExact(Math.multiplyExact(epochSecond, 1_000_000_000L), nanos);
    } catch (ArithmeticException e) {
      return NOT_FAST;
    }
  }

  /** The value of {@code n} ASCII digits, or -1. */
  private static int digits(byte[] b, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days from 1970-01-01 to the date of the proleptic Gregorian calendar (as {@code LocalDate.toEpochDay()}). */
  public static long epochDay(int year, int month, int day) {
    // LocalDate.toEpochDay's arithmetic
    long y = year;
    long m = month;
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367 * m - 362) / 12;
    total += day - 1;
    if (m > 2) {
      total--;
      if (!(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
        total--;
      }
    }
    return total - 719_528L; // days from year 0 to 1970
  }
}
