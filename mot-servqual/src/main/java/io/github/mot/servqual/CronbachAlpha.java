package io.github.mot.servqual;

import io.github.mot.servqual.internal.ResultValue;
import java.util.List;

/**
 * Internal consistency of one dimension's items for one kind of score (expectations,
 * perceptions or gaps): Cronbach's alpha (Cronbach 1951)
 *
 * <pre>alpha = k / (k - 1) x (1 - sum(item variances) / variance(total))</pre>
 *
 * <p>where {@code k} is the number of items and the total is each respondent's sum over the items;
 * variances are sample variances over the {@code n} respondents who answered every item of the
 * dimension (under pairwise deletion too: the gap and perception reports' alphas rest on the
 * respondents complete for the dimension; {@code ReliabilityReport}'s pairwise alpha, from pairwise
 * covariances, is another statistic, see {@code ReliabilityReport.Scale}). Alpha is at most 1 and
 * may be negative; it is NaN with fewer than 2 items, fewer than
 * 2 respondents or a total of zero variance. Computed from exact integer sums.
 *
 * @since 0.1.0
 */
public sealed interface CronbachAlpha permits Values.CronbachAlpha {

  /** {@return the respondents used} */
  long n();

  /** {@return the number of items k} */
  int items();

  /** {@return Cronbach's alpha} */
  double alpha();

  /** {@return per item: corrected item-total correlation and alpha-if-item-deleted} */
  List<ItemStatistics> itemStatistics();

  /**
   * How one item fits its dimension's scale (Cronbach 1951; Nunnally 1978).
   *
   * <p>The corrected item-total correlation is the Pearson correlation of the item with the sum of
   * the <em>other</em> items of the dimension, {@code r(x_i, T - x_i)}. Alpha-if-item-deleted is
   * Cronbach's alpha of the dimension without the item. Both are NaN where undefined: a zero
   * variance, or fewer than two items left (alpha-if-deleted of a two-item dimension).
   *
   * @since 0.1.0
   */
  public sealed interface ItemStatistics permits Values.ItemStatistics {

    /** {@return the 1-based item id} */
    int id();

    /** {@return {@code r(x_i, T - x_i)}, in [-1, 1] or NaN} */
    double correctedItemTotalCorrelation();

    /** {@return alpha of the remaining items, at most 1 or NaN} */
    double alphaIfDeleted();
  }
}
