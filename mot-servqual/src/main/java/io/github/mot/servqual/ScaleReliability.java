package io.github.mot.servqual;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The internal consistency of one scale: the items of one dimension for one {@link ScoreKind}.
 *
 * <ul>
 *   <li><b>Raw alpha</b> (Cronbach 1951): {@code alpha = k / (k - 1) x (1 - sum(item variances) /
 *       variance(total))}, from the item covariance matrix; on covariances, so items with larger
 *       variance weigh more.
 *   <li><b>Standardised alpha</b>: alpha of the standardised items, {@code k rbar / (1 + (k - 1)
 *       rbar)}, where {@code rbar} is the mean inter-item correlation over the {@code k (k - 1) / 2}
 *       pairs (the Spearman-Brown form; psych::alpha's {@code std.alpha}).
 *   <li><b>Feldt's interval</b> (Feldt 1965; Feldt, Woodruff and Salih 1987): {@code (1 - alpha) /
 *       (1 - alphaHat)} follows an F distribution with {@code n - 1} and {@code (n - 1)(k - 1)}
 *       degrees of freedom, so the interval is {@code [1 - (1 - alphaHat) F(1 - g/2), 1 - (1 -
 *       alphaHat) F(g/2)]} with {@code g = 1 - level} and {@code F(q)} the F quantile (psych's
 *       {@code alpha.ci}, pingouin's {@code cronbach_alpha}).
 *   <li><b>Bootstrap percentile interval</b> (Efron and Tibshirani 1993), when asked for: the
 *       respondents are resampled with replacement, alpha recomputed on each replicate, and the
 *       interval is the {@code (1 - level) / 2} and {@code (1 + level) / 2} quantiles of the
 *       replicates (linear interpolation between order statistics, R's type 7).
 * </ul>
 *
 * <p>Alpha is undefined (NaN, announced by a {@link ReliabilityWarning}) with fewer than 2 items, 2
 * respondents, or a total without variance; the standardised alpha also when an item has no variance.
 * Instances are immutable and thread-safe.
 *
 * @param dimension the dimension
 * @param score the score: E, P, A, D or the gap
 * @param itemIds the 1-based ids of the dimension's items
 * @param n the respondents behind alpha: the complete cases (listwise), or the smallest number of
 *     respondents who answered a pair of the items (pairwise; one item: who answered it)
 * @param alpha raw Cronbach's alpha, at most 1 (listwise; pairwise covariances can exceed it)
 * @param standardizedAlpha alpha from the mean inter-item correlation
 * @param meanInterItemCorrelation {@code rbar}
 * @param feldt Feldt's interval for the raw alpha
 * @param bootstrap the bootstrap percentile interval for the raw alpha, if asked for
 * @param bootstrapReplicates the replicates with a defined alpha behind {@code bootstrap} (0 if none)
 * @param itemStatistics per item: corrected item-total correlation and alpha-if-item-deleted
 * @since 0.2.0
 */
public record ScaleReliability(
    Dimension dimension,
    ScoreKind score,
    List<Integer> itemIds,
    long n,
    double alpha,
    double standardizedAlpha,
    double meanInterItemCorrelation,
    AlphaInterval feldt,
    Optional<AlphaInterval> bootstrap,
    int bootstrapReplicates,
    List<ItemReliability> itemStatistics) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ScaleReliability {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(score, "score");
    itemIds = List.copyOf(itemIds);
    Objects.requireNonNull(feldt, "feldt");
    Objects.requireNonNull(bootstrap, "bootstrap");
    itemStatistics = List.copyOf(itemStatistics);
  }

  /**
   * The number of items k.
   *
   * @return {@code itemIds().size()}
   */
  public int items() {
    return itemIds.size();
  }

  /**
   * Whether alpha is defined.
   *
   * @return true if {@link #alpha()} is not NaN
   */
  public boolean isDefined() {
    return !Double.isNaN(alpha);
  }
}
