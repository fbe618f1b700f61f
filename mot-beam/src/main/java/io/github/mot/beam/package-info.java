/**
 * The library's mergeable accumulators in Apache Beam pipelines: {@link
 * io.github.mot.beam.MotTransforms} (scorecards and first impressions of a {@code
 * PCollection<Encounter>} in one line, globally or per window, with the rejected records in a side
 * output), {@link io.github.mot.beam.MotIO} (sharded encounter files read by the library's reader),
 * {@link io.github.mot.beam.MotCombineFns} and {@link io.github.mot.beam.TallyCombineFn} (a combine
 * function per accumulator), {@link io.github.mot.beam.MotCoders} and {@link
 * io.github.mot.beam.ByteFormCoder} (coders that carry the accumulators' byte form), {@link
 * io.github.mot.beam.Rejection}. The tallies a pipeline computes equal, byte for byte, those of the
 * single-machine path, whatever the runner's sharding and order.
 *
 * <p>Beam runs on the class path; this module has the automatic module name {@code
 * io.github.mot.beam}.
 *
 * @since 0.4.0
 */
@NullMarked
package io.github.mot.beam;

import org.jspecify.annotations.NullMarked;
