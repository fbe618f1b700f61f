package io.github.mot.core.testing;

import java.util.SplittableRandom;

/**
 * One generated case of a property test: a 64-bit seed from which the case draws all its random
 * values. Its {@code toString()} is the seed, so JUnit's display name and every failure report
 * show it; replay a failing case with {@code -Dmot.seed=<seed> -Dmot.cases=1}.
 *
 * @param value the seed of this case
 */
public record Seed(long value) {

  /**
   * A fresh random generator for this case; two calls give two generators with the same sequence.
   *
   * @return a generator seeded with {@link #value()}
   */
  public SplittableRandom random() {
    return new SplittableRandom(value);
  }

  @Override
  public String toString() {
    return "seed=" + value;
  }
}
