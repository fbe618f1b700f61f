/**
 * Not API: the Spark {@code Aggregator}s behind {@link io.github.mot.spark.MotFunctions} and their
 * aggregation buffers. The buffers are public Java beans only because Spark's bean encoder creates
 * them from generated code; their one shipped state is the accumulator's byte form
 * (docs/byte-form.md) and two rejection counters.
 */
@NullMarked
package io.github.mot.spark.internal;

import org.jspecify.annotations.NullMarked;
