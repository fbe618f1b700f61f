package io.github.mot.scoring.log;

import java.util.Arrays;

/**
 * One dictionary-encoded column: per row the code of a value ({@code 0..}) or {@link
 * EncounterLog#NO_CODE} for a missing value, stored as {@code code + 1} (so that 0, the value of a
 * fresh array, is the missing marker) in the narrowest array that holds every code stored so far:
 * none while every row is missing (0 bytes per row), {@code byte} while the codes are below 255
 * (unsigned, 1 byte), {@code short} below 65,535 (unsigned, 2 bytes), else {@code int} (4 bytes).
 * Since a dictionary hands out codes in order, the width changes exactly when the dictionary reaches
 * 256 and 65,536 entries; each change copies the column once.
 *
 * <p>Mutable and single-threaded while a builder fills it; {@link #trimmed(int)} returns the
 * immutable copy that a log holds (arrays exactly as long as the log).
 */
final class Codes {

  private static final byte[] NO_BYTES = new byte[0];
  private static final short[] NO_SHORTS = new short[0];
  private static final int[] NO_INTS = new int[0];

  /** Bytes per row: 0 (all missing), 1, 2 or 4. */
  private int width;

  private byte[] bytes = NO_BYTES;
  private short[] shorts = NO_SHORTS;
  private int[] ints = NO_INTS;

  /**
   * Stores the code of a row, widening the column if the code needs it.
   *
   * @param row the row, {@code >= 0}
   * @param code the code, or {@link EncounterLog#NO_CODE}
   */
  void set(int row, int code) {
    int stored = code + 1;
    if (!makeRoom(stored, row)) {
      return;
    }
    switch (width) {
      case 1 -> bytes[row] = (byte) stored;
      case 2 -> shorts[row] = (short) stored;
      default -> ints[row] = stored;
    }
  }

  /**
   * Makes room for stored values up to {@code maxStored} ({@code code + 1}) in rows up to {@code
   * last}: widens the column if the values need it and grows its array to hold the row.
   *
   * @return false when there is nothing to store (missing values in a column that is all missing)
   */
  private boolean makeRoom(int maxStored, int last) {
    if (maxStored == 0 && width == 0) {
      return false;
    }
    int need = maxStored < 0xFF + 1 ? 1 : maxStored < 0xFFFF + 1 ? 2 : 4;
    if (need > width) {
      widen(need, last);
    }
    switch (width) {
      case 1 -> bytes = grow(bytes, last);
      case 2 -> shorts = grow(shorts, last);
      default -> ints = grow(ints, last);
    }
    return true;
  }

  /**
   * Sets rows {@code [row, row + count)} to {@code src[from..]}: the codes of the range are checked
   * for the width once, then stored in one loop (as {@link #set} for each would store them).
   */
  void setRange(int row, int[] src, int from, int count) {
    if (count == 0) {
      return;
    }
    int max = EncounterLog.NO_CODE;
    for (int i = from; i < from + count; i++) {
      max = Math.max(max, src[i]);
    }
    if (!makeRoom(max + 1, row + count - 1)) {
      return; // missing throughout, as before
    }
    switch (width) {
      case 1 -> {
        for (int i = 0; i < count; i++) {
          bytes[row + i] = (byte) (src[from + i] + 1);
        }
      }
      case 2 -> {
        for (int i = 0; i < count; i++) {
          shorts[row + i] = (short) (src[from + i] + 1);
        }
      }
      default -> {
        for (int i = 0; i < count; i++) {
          ints[row + i] = src[from + i] + 1;
        }
      }
    }
  }

  /**
   * The code of a row.
   *
   * @param row the row of a trimmed column; callers check that it is below the log's size
   * @return the code, or {@link EncounterLog#NO_CODE}
   */
  int get(int row) {
    return switch (width) {
      case 0 -> EncounterLog.NO_CODE;
      case 1 -> (bytes[row] & 0xFF) - 1;
      case 2 -> (shorts[row] & 0xFFFF) - 1;
      default -> ints[row] - 1;
    };
  }

  /** Copies the codes of rows {@code [from, to)} to {@code dst} from {@code offset}: one width switch for the range. */
  void get(int from, int to, int[] dst, int offset) {
    int n = to - from;
    switch (width) {
      case 0 -> java.util.Arrays.fill(dst, offset, offset + n, EncounterLog.NO_CODE);
      case 1 -> {
        byte[] a = bytes;
        for (int i = 0; i < n; i++) {
          dst[offset + i] = (a[from + i] & 0xFF) - 1;
        }
      }
      case 2 -> {
        short[] a = shorts;
        for (int i = 0; i < n; i++) {
          dst[offset + i] = (a[from + i] & 0xFFFF) - 1;
        }
      }
      default -> {
        int[] a = ints;
        for (int i = 0; i < n; i++) {
          dst[offset + i] = a[from + i] - 1;
        }
      }
    }
  }

  /**
   * The code of a row while a builder fills the column, whose array may end before the last row
   * (rows after it are missing).
   *
   * @param row the row
   * @return the code, or {@link EncounterLog#NO_CODE}
   */
  int getWhileBuilding(int row) {
    return switch (width) {
      case 0 -> EncounterLog.NO_CODE;
      case 1 -> row < bytes.length ? (bytes[row] & 0xFF) - 1 : EncounterLog.NO_CODE;
      case 2 -> row < shorts.length ? (shorts[row] & 0xFFFF) - 1 : EncounterLog.NO_CODE;
      default -> row < ints.length ? ints[row] - 1 : EncounterLog.NO_CODE;
    };
  }

  /** Bytes per row: 0, 1, 2 or 4. */
  int width() {
    return width;
  }

  /**
   * Counts the rows per stored code ({@code code + 1}, 0 for missing) and stored level ({@code
   * levels[row]}: 0 for none, 1..7 for -3..+3; an empty array for a log without levels) into {@code
   * counts[stored * 8 + level]}: one pass over the column's own array, without a per-row width
   * switch.
   *
   * @param levels the log's stored levels
   * @param size the log's rows
   * @param counts the counts, at least {@code (codes + 1) * 8} long
   */
  void countLevels(byte[] levels, int size, long[] counts) {
    if (levels.length == 0) { // no level anywhere: every row counts as "no level"
      for (int row = 0; row < size; row++) {
        counts[stored(row) << 3]++;
      }
      return;
    }
    switch (width) {
      case 0 -> {
        for (int row = 0; row < size; row++) {
          counts[levels[row]]++;
        }
      }
      case 1 -> {
        byte[] a = bytes;
        for (int row = 0; row < size; row++) {
          counts[((a[row] & 0xFF) << 3) | levels[row]]++;
        }
      }
      case 2 -> {
        short[] a = shorts;
        for (int row = 0; row < size; row++) {
          counts[((a[row] & 0xFFFF) << 3) | levels[row]]++;
        }
      }
      default -> {
        int[] a = ints;
        for (int row = 0; row < size; row++) {
          counts[(a[row] << 3) | levels[row]]++;
        }
      }
    }
  }

  /** The stored code ({@code code + 1}, 0 for missing) of a row of a trimmed column. */
  int stored(int row) {
    return switch (width) {
      case 0 -> 0;
      case 1 -> bytes[row] & 0xFF;
      case 2 -> shorts[row] & 0xFFFF;
      default -> ints[row];
    };
  }

  /** The stored codes ({@code code + 1}, 0 for missing) of a column of width 1; read only. */
  byte[] byteCodes() {
    if (width != 1) {
      throw new IllegalStateException("the column is " + width + " bytes wide");
    }
    return bytes;
  }

  /** Bytes held by the array, from its length. */
  long bytes() {
    return (long) bytes.length + 2L * shorts.length + 4L * ints.length;
  }

  /** An immutable copy whose array (if any) is exactly {@code size} long. */
  Codes trimmed(int size) {
    Codes c = new Codes();
    c.width = width;
    switch (width) {
      case 0 -> { }
      case 1 -> c.bytes = Arrays.copyOf(bytes, size);
      case 2 -> c.shorts = Arrays.copyOf(shorts, size);
      default -> c.ints = Arrays.copyOf(ints, size);
    }
    return c;
  }

  private void widen(int need, int row) {
    int capacity = Math.max(row + 1, Math.max(bytes.length, Math.max(shorts.length, ints.length)));
    switch (need) {
      case 1 -> bytes = new byte[capacity]; // from width 0: every row so far is missing
      case 2 -> {
        short[] s = new short[capacity];
        for (int i = 0; i < bytes.length; i++) {
          s[i] = (short) (bytes[i] & 0xFF);
        }
        shorts = s;
        bytes = NO_BYTES;
      }
      default -> {
        int[] a = new int[capacity];
        for (int i = 0; i < bytes.length; i++) {
          a[i] = bytes[i] & 0xFF;
        }
        for (int i = 0; i < shorts.length; i++) {
          a[i] = shorts[i] & 0xFFFF;
        }
        ints = a;
        bytes = NO_BYTES;
        shorts = NO_SHORTS;
      }
    }
    width = need;
  }

  /** The new length of a full array that must hold {@code row}: half as long again, at least 16. */
  static int capacity(int length, int row) {
    long grown = Math.min(Integer.MAX_VALUE - 8L, length + (long) (length >> 1));
    return Math.max(row + 1, Math.max(16, (int) grown));
  }

  static byte[] grow(byte[] a, int row) {
    return row < a.length ? a : Arrays.copyOf(a, capacity(a.length, row));
  }

  static short[] grow(short[] a, int row) {
    return row < a.length ? a : Arrays.copyOf(a, capacity(a.length, row));
  }

  static int[] grow(int[] a, int row) {
    return row < a.length ? a : Arrays.copyOf(a, capacity(a.length, row));
  }

  static long[] grow(long[] a, int row) {
    return row < a.length ? a : Arrays.copyOf(a, capacity(a.length, row));
  }

  static double[] grow(double[] a, int row) {
    return row < a.length ? a : Arrays.copyOf(a, capacity(a.length, row));
  }
}
