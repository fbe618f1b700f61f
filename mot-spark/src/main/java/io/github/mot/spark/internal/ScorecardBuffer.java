package io.github.mot.spark.internal;

import io.github.mot.scoring.ScorecardAccumulator;

/**
 * The aggregation buffer of {@code mot_scorecard}: a {@link ScorecardAccumulator} and the counts of
 * rejected rows (see {@link TallyBuffer}: Spark ships it as the accumulator's byte form).
 *
 * <p>Not API. Mutable and <b>not thread-safe</b>.
 */
public final class ScorecardBuffer extends TallyBuffer<ScorecardAccumulator> {

  private static final Codec<ScorecardAccumulator> CODEC =
      new Codec<>(ScorecardAccumulator::toBytes, ScorecardAccumulator::fromBytes, ScorecardAccumulator::merge);

  /** An empty buffer: no ratings, nothing rejected. Spark's bean encoder needs this constructor. */
  public ScorecardBuffer() {
    super(CODEC, ScorecardAccumulator.create());
  }
}
