package io.github.mot.servqual;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One item or dimension placed on the importance-performance grid (Martilla and James 1977).
 *
 * <p>The priority score is {@code (importance - importanceCut) / importanceSpread - (performance -
 * performanceCut) / performanceSpread}, where a spread is the range of that axis over all points
 * (1 if the range is 0): high when the attribute matters more and performs worse than the rest.
 *
 * @param label the item label or dimension name
 * @param dimension the dimension
 * @param itemId the 1-based item id, empty for a dimension
 * @param n the respondents behind the performance (and the points-based importance)
 * @param importance the importance: mean points for a dimension, or the value supplied per item
 * @param performance the mean perception, on the instrument's scale
 * @param quadrant the quadrant
 * @param priority the priority score described above
 * @since 0.1.0
 */
public record IpaPoint(
    String label,
    Dimension dimension,
    OptionalInt itemId,
    long n,
    double importance,
    double performance,
    Quadrant quadrant,
    double priority) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public IpaPoint {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(quadrant, "quadrant");
  }
}
