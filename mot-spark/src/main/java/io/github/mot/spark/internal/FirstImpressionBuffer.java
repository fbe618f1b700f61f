package io.github.mot.spark.internal;

import io.github.mot.core.RatingScale;
import io.github.mot.scoring.FirstImpressionAccumulator;

/**
 * The aggregation buffer of {@code mot_first_impression}: a {@link FirstImpressionAccumulator} (its
 * scale and weights included) and the counts of rejected rows (see {@link TallyBuffer}: Spark ships
 * it as the accumulator's byte form).
 *
 * <p>Not API. Mutable and <b>not thread-safe</b>.
 */
public final class FirstImpressionBuffer extends TallyBuffer<FirstImpressionAccumulator> {

  private static final Codec<FirstImpressionAccumulator> CODEC =
      new Codec<>(FirstImpressionAccumulator::toBytes, FirstImpressionAccumulator::fromBytes, FirstImpressionAccumulator::merge);

  /**
   * A buffer for Spark's bean encoder, which sets the tally read from its bytes right after: until
   * then it holds an empty tally on the 7-point scale with the standard weights.
   */
  public FirstImpressionBuffer() {
    this(FirstImpressionAccumulator.create(RatingScale.SEVEN_POINT));
  }

  /** A buffer around an empty accumulator of the aggregator's scale and weights. */
  FirstImpressionBuffer(FirstImpressionAccumulator empty) {
    super(CODEC, empty);
  }
}
