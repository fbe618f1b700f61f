package io.github.mot.scoring.internal;

/**
 * A stable counting sort of row numbers by a small integer key (a customer's code or rank): the
 * rows of each key together, keys in increasing order, each key's rows in row order. Two passes
 * over the keys, no object per row. Not API: the log's customer timelines and the observed
 * journeys group the log's rows by customer with it.
 */
public final class CountingSort {

  private CountingSort() {}

  /**
   * Rows grouped by key: the rows of key {@code c} are {@code rows[first[c]] .. rows[first[c + 1] -
   * 1]}, in row order.
   *
   * @param first where each key's rows start, {@code k + 1} entries, the last the number of rows
   * @param rows the row numbers grouped by key
   */
  public record Groups(int[] first, int[] rows) {}

  /**
   * Groups the rows {@code 0 .. keys.length - 1} by their keys.
   *
   * @param keys the key of each row, in {@code [0, k)}
   * @param k the number of keys
   * @return the rows grouped by key
   */
  public static Groups byKey(int[] keys, int k) {
    int n = keys.length;
    int[] first = new int[k + 1];
    for (int key : keys) {
      first[key + 1]++;
    }
    for (int c = 0; c < k; c++) {
      first[c + 1] += first[c];
    }
    int[] next = java.util.Arrays.copyOf(first, k);
    int[] rows = new int[n];
    for (int row = 0; row < n; row++) {
      rows[next[keys[row]]++] = row;
    }
    return new Groups(first, rows);
  }
}
