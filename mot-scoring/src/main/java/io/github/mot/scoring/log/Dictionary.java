package io.github.mot.scoring.log;

import java.util.Arrays;

/**
 * The distinct values of a text column in first-seen order, each value's code being its position.
 * {@link #intern(CharSequence)} looks a value up by its characters, so that a reader that holds a
 * cell as a {@link CharSequence} over its buffer creates a {@code String} only for a value it has
 * not seen before. Open addressing with linear probing over a power-of-two table kept at most half
 * full; the hash is {@link String#hashCode()}'s (cached by strings), spread. A value the caller
 * knows to be new is {@linkplain #append appended} without a look-up; the table takes it in at the
 * next look-up, so a reader that appends every id of a file once never builds it.
 *
 * <p>Mutable and single-threaded; {@link #values()} gives the values as an array to keep.
 */
final class Dictionary {

  private String[] values = new String[8];
  private int[] hashes = new int[8];
  private int size;

  /** {@code code + 1} per slot; 0 is a free slot. */
  private int[] table = new int[16];

  /** The codes below this are in {@link #table} (and their {@link #hashes} set). */
  private int indexed;

  /**
   * The code of a value, adding the value if it is new.
   *
   * @param value the value; a new one is copied with {@code toString()}
   * @return its code, from 0 in first-seen order
   */
  int intern(CharSequence value) {
    if (indexed < size) {
      rehash(Math.max(table.length, Integer.highestOneBit(Math.max(8, size)) * 4));
    }
    int h = hash(value);
    int mask = table.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int slot = table[i];
      if (slot == 0) {
        return add(value.toString(), h, i);
      }
      int code = slot - 1;
      if (hashes[code] == h && values[code].contentEquals(value)) {
        return code;
      }
    }
  }

  /**
   * Adds a value that the caller knows is not in the dictionary, without looking it up.
   *
   * @param value the new value
   * @return its code, the next one
   */
  int append(String value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    values[size] = value;
    return size++;
  }

  /** The number of distinct values. */
  int size() {
    return size;
  }

  /** The value of a code. */
  String get(int code) {
    return values[code];
  }

  /** A copy of the values in code order. */
  String[] values() {
    return Arrays.copyOf(values, size);
  }

  private int add(String value, int h, int slot) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    int code = size++;
    values[code] = value;
    hashes[code] = h;
    table[slot] = code + 1;
    indexed = size;
    if (2 * size > table.length) {
      rehash(table.length * 2);
    }
    return code;
  }

  private void rehash(int length) {
    int[] t = new int[length];
    int mask = length - 1;
    for (int code = indexed; code < size; code++) {
      hashes[code] = values[code].hashCode();
    }
    indexed = size;
    for (int code = 0; code < size; code++) {
      int i = spread(hashes[code]) & mask;
      while (t[i] != 0) {
        i = (i + 1) & mask;
      }
      t[i] = code + 1;
    }
    table = t;
  }

  /** {@link String#hashCode()} of the characters, without a string. */
  private static int hash(CharSequence s) {
    if (s instanceof String str) {
      return str.hashCode();
    }
    int h = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
