package io.github.mot.beam;

import java.util.Iterator;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.SerializableBiFunction;

/**
 * A Beam {@link Combine.CombineFn} over one of the library's mergeable accumulators: it adds
 * inputs to the accumulator, merges partial accumulators with its {@code merge}, and outputs the
 * merged accumulator itself (a tally that Beam codes exactly with its {@link ByteFormCoder}; take
 * its {@code summary()} where the result leaves the pipeline, see {@link MotTransforms}).
 *
 * <p>Because the accumulators merge exactly (associative and commutative, exact sums), the output
 * is the same, byte for byte, however Beam splits, orders and merges the inputs: the tally of a
 * single machine.
 *
 * <p>Instances are immutable, thread-safe and serializable; the accumulators they make are
 * mutable and single-threaded, as Beam uses them. The empty accumulator is kept as its byte form
 * and read anew for each {@link #createAccumulator()}, so its options (a scale, weights, a
 * grouping name) travel with the function.
 *
 * @param <InputT> the input type
 * @param <A> the accumulator type, also the output type
 * @since 0.4.0
 */
public final class TallyCombineFn<InputT, A> extends Combine.CombineFn<InputT, A, A> {

  private static final long serialVersionUID = 1L;

  private final ByteFormCoder<A> coder;
  private final byte[] empty;
  private final SerializableBiFunction<A, InputT, A> add;
  private final SerializableBiFunction<A, A, A> merge;

  private TallyCombineFn(
      ByteFormCoder<A> coder, byte[] empty, SerializableBiFunction<A, InputT, A> add,
      SerializableBiFunction<A, A, A> merge) {
    this.coder = coder;
    this.empty = empty;
    this.add = add;
    this.merge = merge;
  }

  /**
   * A combine function over an accumulator.
   *
   * @param <InputT> the input type
   * @param <A> the accumulator type
   * @param coder the accumulator's coder ({@link MotCoders})
   * @param empty the empty accumulator, with its options; its byte form is kept, not the object
   * @param add adds one input to an accumulator and returns the accumulator; it may throw {@link
   *     IllegalArgumentException} for an input it cannot count (check inputs first, as {@link
   *     MotTransforms} does, to keep them out of the job's failures)
   * @param merge merges the second accumulator into the first and returns the first
   * @return the function
   * @throws NullPointerException if an argument is null
   */
  public static <InputT, A> TallyCombineFn<InputT, A> of(
      ByteFormCoder<A> coder, A empty, SerializableBiFunction<A, InputT, A> add,
      SerializableBiFunction<A, A, A> merge) {
    Objects.requireNonNull(coder, "coder");
    return new TallyCombineFn<>(
        coder, coder.toBytes(Objects.requireNonNull(empty, "empty")),
        Objects.requireNonNull(add, "add"), Objects.requireNonNull(merge, "merge"));
  }

  /**
   * The accumulator's coder.
   *
   * @return the coder given to {@link #of}
   */
  public ByteFormCoder<A> coder() {
    return coder;
  }

  /**
   * The function that merges tallies of this kind: its inputs are tallies.
   *
   * @return the merging function
   */
  TallyCombineFn<A, A> merging() {
    return new TallyCombineFn<>(coder, empty, merge, merge);
  }

  /**
   * A new empty accumulator, read from the kept byte form.
   *
   * @return the accumulator
   */
  @Override
  public A createAccumulator() {
    return coder.fromBytes(empty);
  }

  /**
   * Adds {@code input} to {@code accumulator}.
   *
   * @throws IllegalArgumentException if the accumulator cannot count the input
   */
  @Override
  public A addInput(A accumulator, InputT input) {
    return add.apply(accumulator, input);
  }

  /** Merges all into the first (Beam allows the first to be changed), or a new empty one if none. */
  @Override
  public A mergeAccumulators(Iterable<A> accumulators) {
    Iterator<A> it = accumulators.iterator();
    if (!it.hasNext()) {
      return createAccumulator();
    }
    A first = it.next();
    while (it.hasNext()) {
      first = merge.apply(first, it.next());
    }
    return first;
  }

  /** The merged accumulator itself. */
  @Override
  public A extractOutput(A accumulator) {
    return accumulator;
  }

  /** The accumulator's byte-form coder. */
  @Override
  public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<InputT> inputCoder) {
    return coder;
  }

  /** The accumulator's byte-form coder: the output is the accumulator. */
  @Override
  public Coder<A> getDefaultOutputCoder(CoderRegistry registry, Coder<InputT> inputCoder) {
    return coder;
  }
}
