/**
 * MOT figures as Apache Spark SQL aggregate functions: {@link io.github.mot.spark.MotFunctions}
 * registers {@code mot_scorecard(level)} and {@code mot_first_impression(appearance, behaviour,
 * communication)} (and their strict variants) with a {@code SparkSession}, so that an analyst
 * writes {@code SELECT touchpoint, mot_scorecard(level) FROM encounters GROUP BY touchpoint} and
 * gets, per group, the figures of mot-scoring's summaries bit for bit.
 *
 * <p>The functions aggregate with mot-scoring's mergeable accumulators; Spark ships their partial
 * tallies between executors in the library's byte form (docs/byte-form.md), with no format of this
 * module's own. Spark is a {@code provided} dependency: the cluster brings it.
 */
@NullMarked
package io.github.mot.spark;

import org.jspecify.annotations.NullMarked;
