package io.github.mot.core.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The seeds of the property tests of every module, for {@link SeededTest}:
 *
 * <pre>{@code
 * @SeededTest
 * void reverseIsAnInvolution(Seed seed) { SplittableRandom r = seed.random(); ... }
 * }</pre>
 *
 * <p>System properties: {@code mot.seed} (the first seed; default a fixed constant, so runs are
 * repeatable) and {@code mot.cases} (how many cases per property; default {@value #DEFAULT_CASES}).
 * The first case always uses {@code mot.seed} itself, so {@code -Dmot.seed=S -Dmot.cases=1}
 * replays the failing case {@code seed=S}.
 */
public final class Seeds {

  /** Cases per property unless {@code mot.cases} says otherwise. */
  public static final int DEFAULT_CASES = 300;

  /** The default first seed. */
  public static final long DEFAULT_SEED = 20261124L;

  private Seeds() {}

  /**
   * The seeds for one property test.
   *
   * @return {@code mot.cases} seeds, the first being {@code mot.seed}
   */
  public static Stream<Seed> seeds() {
    long first = Long.getLong("mot.seed", DEFAULT_SEED);
    int cases = Integer.getInteger("mot.cases", DEFAULT_CASES);
    SplittableRandom derive = new SplittableRandom(first);
    return LongStream.range(0, cases)
        .map(i -> i == 0 ? first : derive.nextLong())
        .mapToObj(Seed::new);
  }
}
