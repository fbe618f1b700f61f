package io.github.mot.servqual;

import java.util.List;

/**
 * Internal consistency of one dimension's items for one kind of score (expectations,
 * perceptions or gaps): Cronbach's alpha (Cronbach 1951)
 *
 * <pre>alpha = k / (k - 1) x (1 - sum(item variances) / variance(total))</pre>
 *
 * <p>where {@code k} is the number of items and the total is each respondent's sum over the items;
 * variances are sample variances over the {@code n} respondents who answered every item of the
 * dimension. Alpha is at most 1 and may be negative; it is NaN with fewer than 2 items, fewer than
 * 2 respondents or a total of zero variance. Computed from exact integer sums.
 *
 * @param n the respondents used
 * @param items the number of items k
 * @param alpha Cronbach's alpha
 * @param itemStatistics per item: corrected item-total correlation and alpha-if-item-deleted
 * @since 0.1.0
 */
public record Reliability(long n, int items, double alpha, List<ItemReliability> itemStatistics) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if the list is null
   */
  public Reliability {
    itemStatistics = List.copyOf(itemStatistics);
  }
}
