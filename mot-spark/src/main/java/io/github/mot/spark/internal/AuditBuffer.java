package io.github.mot.spark.internal;

import io.github.mot.scoring.AuditAccumulator;

/**
 * The aggregation buffer of {@code mot_audit}: an {@link AuditAccumulator} and the counts of
 * rejected rows (see {@link TallyBuffer}: Spark ships it as the accumulator's byte form).
 *
 * <p>Not API. Mutable and <b>not thread-safe</b>.
 */
public final class AuditBuffer extends TallyBuffer<AuditAccumulator> {

  private static final Codec<AuditAccumulator> CODEC =
      new Codec<>(AuditAccumulator::toBytes, AuditAccumulator::fromBytes, AuditAccumulator::merge);

  /** An empty buffer: no audits, nothing rejected. Spark's bean encoder needs this constructor. */
  public AuditBuffer() {
    super(CODEC, AuditAccumulator.create());
  }
}
