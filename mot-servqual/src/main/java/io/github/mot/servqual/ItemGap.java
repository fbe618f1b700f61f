package io.github.mot.servqual;

import java.util.Objects;

/**
 * The gap of one item: mean expectation E, mean perception P and the gap {@code P - E} with its
 * paired t test and confidence interval (PZB 1988). Means are on the instrument's scale after
 * reverse coding; standard deviations are sample standard deviations ({@code n - 1}). All rest on
 * the same {@code n} respondents: those who answered both E and P of the item (pairwise) or the
 * complete cases (listwise).
 *
 * @param id the 1-based item id
 * @param label the item label
 * @param dimension the item's dimension
 * @param n the respondents used
 * @param meanExpectation mean E, NaN if {@code n = 0}
 * @param sdExpectation sample standard deviation of E, NaN if {@code n < 2}
 * @param meanPerception mean P, NaN if {@code n = 0}
 * @param sdPerception sample standard deviation of P, NaN if {@code n < 2}
 * @param gap the gap {@code P - E}: mean, standard deviation, paired t, p and confidence interval
 * @since 0.1.0
 */
public record ItemGap(
    int id,
    String label,
    Dimension dimension,
    long n,
    double meanExpectation,
    double sdExpectation,
    double meanPerception,
    double sdPerception,
    MeanEstimate gap) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ItemGap {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(gap, "gap");
  }

  /**
   * The mean gap {@code P - E}, the same as {@code gap().mean()}.
   *
   * @return the mean gap, negative when perceptions fall short of expectations
   */
  public double meanGap() {
    return gap.mean();
  }
}
