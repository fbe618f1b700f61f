package io.github.mot.servqual;

import java.util.Objects;

/**
 * The perceptions of one item in a perception-only (SERVPERF) analysis: the mean perception with
 * its sample standard deviation and confidence interval, on the instrument's scale after reverse
 * coding. (The estimate's t and p test a population mean of 0, which is meaningless for answers on
 * a rating scale: read the mean and the interval.)
 *
 * @param id the 1-based item id
 * @param label the item label
 * @param dimension the item's dimension
 * @param perception the mean perception: n, mean, sd ({@code n - 1}), confidence interval
 * @since 0.2.0
 */
public record ItemPerception(int id, String label, Dimension dimension, MeanEstimate perception) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ItemPerception {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(perception, "perception");
  }
}
