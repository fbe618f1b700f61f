package io.github.mot.scoring;

import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * The one shape of this package's collectors: a mergeable accumulator per thread, elements in any
 * order, merged and finished into a result. Package-private.
 */
final class Collecting {

  private Collecting() {}

  /**
   * An {@link Collector.Characteristics#UNORDERED unordered} collector over a mergeable
   * accumulator; works on parallel streams (one accumulator per thread, merged).
   */
  static <T, A, R> Collector<T, A, R> unordered(
      Supplier<A> create, BiConsumer<A, T> add, BinaryOperator<A> merge, Function<A, R> finish) {
    return Collector.of(create, add, merge, finish, Collector.Characteristics.UNORDERED);
  }
}
