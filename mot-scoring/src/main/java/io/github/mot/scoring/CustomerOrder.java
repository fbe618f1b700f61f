package io.github.mot.scoring;

import java.util.List;

/**
 * Sorts the codes of a dictionary of ids into the ids' {@link String#compareTo} order with
 * primitive arrays: each id gets a {@code long} key from its first characters after the prefix
 * that all ids share (7 bits for each of up to 9 ASCII characters, so that keys compare as the
 * ids' beginnings do), the keys are radix sorted with their codes, and ids of equal keys are put
 * in order by {@link String#compareTo}. Ids with other characters there are sorted by {@link
 * String#compareTo} alone. {@link #sortedBy(int[], double[])} sorts codes by a score the same way.
 * Package-private, stateless.
 */
final class CustomerOrder {

  /** Characters per key: 9 of 7 bits in the 63 bits of a non-negative long. */
  private static final int KEY_CHARS = 9;

  private CustomerOrder() {}

  /**
   * The codes {@code 0 .. ids.size() - 1} in the order of their ids.
   *
   * @param ids distinct ids (a dictionary)
   * @return a new array of the codes, ids ascending
   */
  static int[] sorted(List<String> ids) {
    int n = ids.size();
    int[] codes = new int[n];
    for (int c = 0; c < n; c++) {
      codes[c] = c;
    }
    if (n < 2) {
      return codes;
    }
    int prefix = commonPrefix(ids);
    long[] keys = new long[n];
    for (int c = 0; c < n; c++) {
      long key = key(ids.get(c), prefix);
      if (key < 0) {
        JourneyScorer.sortRows(codes, (x, y) -> ids.get(x).compareTo(ids.get(y)));
        return codes;
      }
      keys[c] = key;
    }
    radixSort(keys, codes);
    // ids of equal keys: by the whole id
    int from = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || keys[i] != keys[from]) {
        if (i - from > 1) {
          int[] run = java.util.Arrays.copyOfRange(codes, from, i);
          JourneyScorer.sortRows(run, (x, y) -> ids.get(x).compareTo(ids.get(y)));
          System.arraycopy(run, 0, codes, from, run.length);
        }
        from = i;
      }
    }
    return codes;
  }

  /** The length of the prefix that all ids share. */
  private static int commonPrefix(List<String> ids) {
    String first = ids.get(0);
    int p = first.length();
    for (int i = 1; i < ids.size() && p > 0; i++) {
      String s = ids.get(i);
      int max = Math.min(p, s.length());
      int j = 0;
      while (j < max && s.charAt(j) == first.charAt(j)) {
        j++;
      }
      p = j;
    }
    return p;
  }

  /** The key of an id's characters after the prefix (0 beyond its end), -1 if one is not ASCII. */
  private static long key(String id, int prefix) {
    long key = 0;
    for (int i = 0; i < KEY_CHARS; i++) {
      int at = prefix + i;
      char ch = at < id.length() ? id.charAt(at) : 0;
      if (ch >= 0x80) {
        return -1;
      }
      key = (key << 7) | ch;
    }
    return key;
  }

  /**
   * The codes sorted by a value of each code in {@link Double#compare} order (NaN last), codes of
   * equal values in their order in {@code codes}: a radix sort of the values' bits.
   *
   * @param codes the codes in the order that breaks ties
   * @param valueOfCode the value of each code
   * @return a new array of the codes
   */
  static int[] sortedBy(int[] codes, double[] valueOfCode) {
    int[] out = codes.clone();
    long[] keys = new long[out.length];
    for (int i = 0; i < out.length; i++) {
      // Double.compare's order as unsigned longs: negatives' bits flipped, positives' sign bit set
      long bits = Double.doubleToLongBits(valueOfCode[out[i]]);
      keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }
    if (out.length > 1) {
      radixSort(keys, out);
    }
    return out;
  }

  /** Sorts keys ascending as unsigned numbers with their codes: least significant byte first, stable. */
  private static void radixSort(long[] keys, int[] codes) {
    int n = keys.length;
    long[] k2 = new long[n];
    int[] c2 = new int[n];
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      java.util.Arrays.fill(count, 0);
      for (long k : keys) {
        count[(int) ((k >>> shift) & 0xFF) + 1]++;
      }
      if (count[(int) ((keys[0] >>> shift) & 0xFF) + 1] == n) {
        continue; // every key has this byte: the pass would not move anything
      }
      for (int b = 0; b < 256; b++) {
        count[b + 1] += count[b];
      }
      for (int i = 0; i < n; i++) {
        int b = (int) ((keys[i] >>> shift) & 0xFF);
        int to = count[b]++;
        k2[to] = keys[i];
        c2[to] = codes[i];
      }
      System.arraycopy(k2, 0, keys, 0, n);
      System.arraycopy(c2, 0, codes, 0, n);
    }
  }
}
