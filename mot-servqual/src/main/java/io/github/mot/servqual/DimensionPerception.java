package io.github.mot.servqual;

import java.util.List;
import java.util.Objects;

/**
 * The perceptions of one dimension in a perception-only (SERVPERF) analysis: the mean of the
 * respondents' dimension means (the mean of the dimension's items) with its standard deviation and
 * interval, and Cronbach's alpha of the dimension's perception items over the same respondents.
 *
 * @param dimension the dimension
 * @param itemIds the 1-based ids of its items
 * @param perception the mean of the respondents' mean perception on the dimension
 * @param reliability alpha (NaN with fewer than 2 items), corrected item-total correlations and
 *     alpha-if-item-deleted of the perception items
 * @since 0.2.0
 */
public record DimensionPerception(
    Dimension dimension, List<Integer> itemIds, MeanEstimate perception, Reliability reliability) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DimensionPerception {
    Objects.requireNonNull(dimension, "dimension");
    itemIds = List.copyOf(itemIds);
    Objects.requireNonNull(perception, "perception");
    Objects.requireNonNull(reliability, "reliability");
  }
}
