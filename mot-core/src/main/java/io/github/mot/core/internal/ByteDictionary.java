package io.github.mot.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dictionary of the distinct values of a column, keyed by their UTF-8 bytes so that a repeated
 * value costs a hash and a comparison, never a {@code String}: codes are given in first-seen
 * order, and each entry's text is made once, when it is first seen. A value of at most 8 bytes
 * (most ids) is packed into a {@code long}, so that it is hashed and compared as one number. Open
 * addressing with linear probing over a power-of-two table. Mutable, single-threaded.
 */
public final class ByteDictionary {

  private byte[] bytes = new byte[1 << 12];
  private int used;
  /** Per code: where its bytes start in {@link #bytes}, and their length. */
  private int[] starts = new int[64];
  private int[] lengths = new int[64];
  /** Per code of a value of at most 8 bytes: its bytes packed into a long. */
  private long[] packed = new long[64];
  private final List<String> texts = new ArrayList<>();
  /** Slots: code + 1, 0 for empty. */
  private int[] slots = new int[128];
  private int[] hashes = new int[128];

  /** A dictionary without values. */
  public ByteDictionary() {}

  /**
   * The number of distinct values.
   *
   * @return the count, the next code
   */
  public int size() {
    return texts.size();
  }

  /**
   * The text of a code.
   *
   * @param code a code below {@link #size()}
   * @return the value's text
   */
  public String text(int code) {
    return texts.get(code);
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
    int mask = slots.length - 1;
    int h;
    int s;
    long key = 0;
    if (len <= 8) {
      for (int i = from; i < to; i++) {
        key = (key << 8) | (b[i] & 0xFF);
      }
      long x = (key + len) * 0x9E3779B97F4A7C15L;
      h = (int) (x ^ (x >>> 32));
      s = h & mask;
      while (true) {
        int c = slots[s] - 1;
        if (c < 0) {
          break;
        }
        if (hashes[s] == h && lengths[c] == len && packed[c] == key) {
          return c;
        }
        s = (s + 1) & mask;
      }
    } else {
      h = hash(b, from, to);
      s = h & mask;
      while (true) {
        int c = slots[s] - 1;
        if (c < 0) {
          break;
        }
        if (hashes[s] == h && equal(c, b, from, to)) {
          return c;
        }
        s = (s + 1) & mask;
      }
    }
    int code = texts.size();
    if (used + len > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + len));
    }
    System.arraycopy(b, from, bytes, used, len);
    if (code == starts.length) {
      starts = Arrays.copyOf(starts, code * 2);
      lengths = Arrays.copyOf(lengths, code * 2);
      packed = Arrays.copyOf(packed, code * 2);
    }
    starts[code] = used;
    lengths[code] = len;
    packed[code] = key;
    used += len;
    texts.add(ByteFields.text(b, from, to));
    slots[s] = code + 1;
    hashes[s] = h;
    if ((code + 1) * 2 > slots.length) {
      grow();
    }
    return -code - 1;
  }

  private boolean equal(int code, byte[] b, int from, int to) {
    int len = lengths[code];
    if (len != to - from) {
      return false;
    }
    if (len > 32) {
      return Arrays.equals(bytes, starts[code], starts[code] + len, b, from, to);
    }
    int s = starts[code];
    for (int i = 0; i < len; i++) { // short values: a plain loop beats the intrinsic's set-up
      if (bytes[s + i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        int s = oldHashes[i] & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = oldSlots[i];
        hashes[s] = oldHashes[i];
      }
    }
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0x9E3779B9;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
