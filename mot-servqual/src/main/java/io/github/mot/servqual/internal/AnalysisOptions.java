package io.github.mot.servqual.internal;

import io.github.mot.servqual.MissingPolicy;
import io.github.mot.core.internal.Preconditions;
import java.util.Objects;

/**
 * The options that the analyses of this package share, declared once: the missing-data policy and
 * the confidence level of the intervals, each checked where it is changed. Immutable;
 * package-private: each analysis holds one and exposes its own {@code withMissing}, {@code
 * withConfidenceLevel}, {@code missingPolicy()} and {@code confidenceLevel()}.
 *
 * @param missingPolicy listwise or pairwise deletion
 * @param confidenceLevel the confidence level, in (0, 1)
 */
public record AnalysisOptions(MissingPolicy missingPolicy, double confidenceLevel) {

  /** Listwise deletion and 95% intervals, the default of every analysis. */
  public static final AnalysisOptions DEFAULTS = new AnalysisOptions(MissingPolicy.LISTWISE, 0.95);

  /**
   * A copy with another missing-data policy.
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public AnalysisOptions withMissing(MissingPolicy policy) {
    return new AnalysisOptions(Objects.requireNonNull(policy, "policy"), confidenceLevel);
  }

  /**
   * A copy with another confidence level.
   *
   * @throws IllegalArgumentException if the level is not in (0, 1) or is NaN
   */
  public AnalysisOptions withConfidenceLevel(double level) {
    Preconditions.openUnit("confidence level", level);
    return new AnalysisOptions(missingPolicy, level);
  }

  /** {@return true under listwise deletion} */
  public boolean listwise() {
    return missingPolicy == MissingPolicy.LISTWISE;
  }
}
