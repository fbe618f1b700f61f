package io.github.mot.scoring.log;

import io.github.mot.core.Encounter;
import io.github.mot.scoring.internal.CountingSort;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rows of an {@link EncounterLog} grouped by customer, each customer's rows ordered by time:
 * what a journey score reads, without an object per encounter. Customer {@code c} is the log's
 * customer of code {@code c} ({@code 0 <= c < customers()}, first-seen order); its rows are ordered
 * by {@link EncounterLog#epochNanos(int)}, and rows of the same instant by row number (the order in
 * which they were added), so the order is deterministic.
 *
 * <pre>{@code
 * CustomerTimelines timelines = log.byCustomer();
 * JourneyScorer scorer = JourneyScorer.of(journey);
 * for (int c = 0; c < timelines.customers(); c++) {
 *   JourneyScore score = scorer.score(timelines.encounters(c));
 * }
 * }</pre>
 *
 * <p>Built once by {@link EncounterLog#byCustomer()}: a counting sort of the rows on their customer
 * codes (which keeps row order within a customer), then a stable merge sort by instant within each
 * customer (skipped where the rows are already in time order); it holds one {@code int} per row and
 * one per customer. Instances are immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class CustomerTimelines {

  private final EncounterLog log;
  /** The log's customer ids by code. */
  private final List<String> customerIds;
  /** Customer c's rows are rows[start[c]] .. rows[start[c + 1] - 1]. */
  private final int[] start;
  private final int[] rows;

  CustomerTimelines(EncounterLog log) {
    this.log = log;
    this.customerIds = log.customers();
    int n = log.size();
    int k = log.customers().size();
    int[] codes = new int[n];
    for (int row = 0; row < n; row++) {
      codes[row] = log.customerCode(row);
    }
    CountingSort.Groups byCustomer = CountingSort.byKey(codes, k);
    int[] first = byCustomer.first();
    int[] sorted = byCustomer.rows();
    long[] t = log.nanos;
    int[] buffer = new int[0];
    for (int c = 0; c < k; c++) {
      int lo = first[c];
      int hi = first[c + 1];
      if (!inOrder(sorted, lo, hi, t)) {
        if (buffer.length < hi - lo) {
          buffer = new int[hi - lo];
        }
        sort(sorted, lo, hi, t, buffer);
      }
    }
    this.start = first;
    this.rows = sorted;
  }

  /**
   * The log whose rows these are.
   *
   * @return the log
   */
  public EncounterLog log() {
    return log;
  }

  /**
   * The number of customers, {@code log().customers().size()}.
   *
   * @return the number of customers, {@code >= 0}
   */
  public int customers() {
    return start.length - 1;
  }

  /**
   * The id of a customer.
   *
   * @param customer the customer's code, {@code 0 <= customer < customers()}
   * @return the customer id
   * @throws IndexOutOfBoundsException if {@code customer} is out of range
   */
  public String customerId(int customer) {
    return customerIds.get(Objects.checkIndex(customer, customers()));
  }

  /**
   * The number of a customer's encounters.
   *
   * @param customer the customer's code
   * @return the number of rows of the customer, {@code >= 1} for a log built from encounters
   * @throws IndexOutOfBoundsException if {@code customer} is out of range
   */
  public int size(int customer) {
    Objects.checkIndex(customer, customers());
    return start[customer + 1] - start[customer];
  }

  /**
   * One row of a customer's timeline.
   *
   * @param customer the customer's code
   * @param index the position in the customer's timeline, {@code 0 <= index < size(customer)}
   * @return the log's row of the customer's {@code index}-th encounter in time order
   * @throws IndexOutOfBoundsException if an argument is out of range
   */
  public int row(int customer, int index) {
    return rows[start[customer] + Objects.checkIndex(index, size(customer))];
  }

  /**
   * A customer's rows in time order (ties by row number).
   *
   * @param customer the customer's code
   * @return a new array of the customer's rows of the log
   * @throws IndexOutOfBoundsException if {@code customer} is out of range
   */
  public int[] rows(int customer) {
    Objects.checkIndex(customer, customers());
    return Arrays.copyOfRange(rows, start[customer], start[customer + 1]);
  }

  /**
   * A customer's encounters in time order, as a list that creates each element when asked ({@link
   * EncounterLog#encounter(int)}): for APIs that take encounters, such as {@code
   * JourneyScorer.score}.
   *
   * @param customer the customer's code
   * @return an unmodifiable list of the customer's encounters
   * @throws IndexOutOfBoundsException if {@code customer} is out of range
   */
  public List<Encounter> encounters(int customer) {
    int from = start[Objects.checkIndex(customer, customers())];
    int n = start[customer + 1] - from;
    return new AbstractList<>() {
      @Override
      public Encounter get(int index) {
        return log.encounter(rows[from + Objects.checkIndex(index, n)]);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /**
   * The timelines in the form {@code "Customer timelines: 1000 customers, 25000 encounters"}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "Customer timelines: " + customers() + " customers, " + rows.length + " encounters";
  }

  private static boolean inOrder(int[] rows, int lo, int hi, long[] t) {
    for (int i = lo + 1; i < hi; i++) {
      if (t[rows[i - 1]] > t[rows[i]]) {
        return false;
      }
    }
    return true;
  }

  /** Stable merge sort of rows[lo, hi) by t, with a buffer of at least hi - lo. */
  private static void sort(int[] rows, int lo, int hi, long[] t, int[] buffer) {
    if (hi - lo <= 32) {
      for (int i = lo + 1; i < hi; i++) {
        int row = rows[i];
        long key = t[row];
        int j = i - 1;
        while (j >= lo && t[rows[j]] > key) {
          rows[j + 1] = rows[j];
          j--;
        }
        rows[j + 1] = row;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    sort(rows, lo, mid, t, buffer);
    sort(rows, mid, hi, t, buffer);
    if (t[rows[mid - 1]] <= t[rows[mid]]) {
      return;
    }
    int left = mid - lo;
    System.arraycopy(rows, lo, buffer, 0, left);
    int i = 0;
    int j = mid;
    int k = lo;
    while (i < left && j < hi) {
      rows[k++] = t[rows[j]] < t[buffer[i]] ? rows[j++] : buffer[i++];
    }
    while (i < left) {
      rows[k++] = buffer[i++];
    }
  }
}
