package io.github.mot.core.internal;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dictionary of the distinct values of a column, keyed by their UTF-8 bytes so that a repeated
 * value costs a hash and a comparison, never a {@code String}: codes are given in first-seen
 * order, and each entry's text is made once, when it is first asked for. Open addressing with
 * linear probing over a power-of-two table whose slot holds, side by side, the value's first 8
 * bytes packed into a {@code long} and its length and code: a value of at most 8 bytes (most ids)
 * is found by one read of one cache line per probe; when the first 8 bytes and the length agree, a
 * value of up to 16 compares its next 8 packed, a longer one its bytes. Mutable, single-threaded.
 */
public final class ByteDictionary {

  private byte[] bytes = new byte[1 << 12];
  private int used;
  /** Per code: where its bytes start in {@link #bytes}, their length, and their hash. */
  private int[] starts = new int[64];
  private int[] lengths = new int[64];
  private int[] hashes = new int[64];
  /** Per code of 9 to 16 bytes: its bytes 8 to 16 packed (compared instead of the bytes). */
  private long[] seconds = new long[64];
  /** Per code: its text once asked for. */
  private @Nullable String[] texts = new String[64];
  private int size;
  /**
   * Two longs per slot: the value's first 8 bytes packed (big-endian), then its length (high 32
   * bits) and code + 1 (low 32 bits); a second long of 0 marks an empty slot.
   */
  private long[] table = new long[2 * 128];

  /** A dictionary without values. */
  public ByteDictionary() {}

  /**
   * Empties the dictionary, keeping its storage for the values to come.
   */
  public void clear() {
    Arrays.fill(texts, 0, size, null);
    Arrays.fill(table, 0L);
    size = 0;
    used = 0;
  }

  /**
   * The number of distinct values.
   *
   * @return the count, the next code
   */
  public int size() {
    return size;
  }

  /**
   * The text of a code.
   *
   * @param code a code below {@link #size()}
   * @return the value's text
   */
  public String text(int code) {
    Objects.checkIndex(code, size);
    String t = texts[code];
    if (t == null) {
      t = texts[code] = ByteFields.text(bytes, starts[code], starts[code] + lengths[code]);
    }
    return t;
  }

  /**
   * The code of the value whose bytes are {@code b[from, to)}, or {@code -(size() + 1)} after
   * adding it as a new code {@code size()} (the caller reads {@code -result - 1}).
   *
   * @param b the bytes, valid UTF-8
   * @param from the value's first byte
   * @param to the value's end
   * @return the code, or minus one minus the new code
   */
  public int codeOrAdd(byte[] b, int from, int to) {
    int len = to - from;
    long key = pack(b, from, Math.min(to, from + 8));
    if (len <= 8) {
      return codeOrAdd(key, len, mix(key, len), b, from, 0);
    }
    if (len <= 16) {
      long key2 = pack(b, from + 8, to);
      return codeOrAdd(key, len, mix(key * 0xC2B2AE3D27D4EB4FL ^ key2, len), b, from, key2);
    }
    return codeOrAdd(key, len, hash(key, b, from + 8, to), b, from, 0);
  }

  /**
   * The code here of another dictionary's value, as {@link #codeOrAdd(byte[], int, int)} of its
   * bytes gives it, without a pass over its bytes to hash them.
   *
   * @param other the other dictionary
   * @param code a code of {@code other}, below its {@link #size()}
   * @return the code, or minus one minus the new code
   */
  public int codeOrAdd(ByteDictionary other, int code) {
    Objects.checkIndex(code, other.size);
    int start = other.starts[code];
    int len = other.lengths[code];
    return codeOrAdd(pack(other.bytes, start, start + Math.min(len, 8)), len, other.hashes[code], other.bytes, start,
        len > 8 && len <= 16 ? other.seconds[code] : 0);
  }

  /** The look-up of a value whose first 8 bytes are {@code key} and, for 9 to 16 bytes, next 8 are {@code key2}. */
  private int codeOrAdd(long key, int len, int h, byte[] b, int from, long key2) {
    long[] t = table;
    int mask = (t.length >> 1) - 1;
    long lengthBits = (long) len << 32;
    int s = h & mask;
    while (true) {
      long meta = t[2 * s + 1];
      if (meta == 0) {
        break;
      }
      if (t[2 * s] == key && (meta & 0xFFFF_FFFF_0000_0000L) == lengthBits) {
        int c = (int) meta - 1;
        if (len <= 8 || (len <= 16 ? seconds[c] == key2 : equal(c, b, from))) {
          return c;
        }
      }
      s = (s + 1) & mask;
    }
    return add(b, from, len, key, key2, h, s);
  }

  /** Adds {@code b[from, from + len)} as a new code into the empty slot {@code s}. */
  private int add(byte[] b, int from, int len, long key, long key2, int h, int s) {
    int code = size;
    if (used + len > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + len));
    }
    System.arraycopy(b, from, bytes, used, len);
    if (code == starts.length) {
      starts = Arrays.copyOf(starts, code * 2);
      lengths = Arrays.copyOf(lengths, code * 2);
      hashes = Arrays.copyOf(hashes, code * 2);
      seconds = Arrays.copyOf(seconds, code * 2);
      texts = Arrays.copyOf(texts, code * 2);
    }
    starts[code] = used;
    lengths[code] = len;
    hashes[code] = h;
    seconds[code] = key2;
    used += len;
    size++;
    table[2 * s] = key;
    table[2 * s + 1] = ((long) len << 32) | (code + 1L);
    if (size * 4L > (table.length >> 1) * 3L) { // a load factor of 3/4
      grow();
    }
    return -code - 1;
  }

  /** Whether code {@code c}'s bytes (longer than 16) equal {@code b[from, from + length(c))}. */
  private boolean equal(int c, byte[] b, int from) {
    int len = lengths[c];
    int s = starts[c];
    if (len > 32) {
      return Arrays.equals(bytes, s + 8, s + len, b, from + 8, from + len);
    }
    for (int i = 8; i < len; i++) { // short values: a plain loop beats the intrinsic's set-up
      if (bytes[s + i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[old.length * 2];
    int mask = (t.length >> 1) - 1;
    for (int i = 0; i < old.length; i += 2) {
      long meta = old[i + 1];
      if (meta != 0) {
        int s = hashes[(int) meta - 1] & mask;
        while (t[2 * s + 1] != 0) {
          s = (s + 1) & mask;
        }
        t[2 * s] = old[i];
        t[2 * s + 1] = meta;
      }
    }
    table = t;
  }

  /** Up to 8 bytes packed big-endian into a long. */
  private static long pack(byte[] b, int from, int to) {
    long key = 0;
    for (int i = from; i < to; i++) {
      key = (key << 8) | (b[i] & 0xFF);
    }
    return key;
  }

  private static int mix(long key, int len) {
    long x = (key + len) * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 32));
  }

  /** The hash of a value longer than 8 bytes: its first 8 packed, then the rest 8 at a time. */
  private static int hash(long first, byte[] b, int from, int to) {
    long h = first * 0x9E3779B97F4A7C15L + (to - from);
    for (int i = from; i < to; i += 8) {
      h = Long.rotateLeft((h ^ pack(b, i, Math.min(to, i + 8))) * 0xC2B2AE3D27D4EB4FL, 29);
    }
    h *= 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
