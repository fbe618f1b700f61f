/**
 * JMH benchmarks of MOT for Java against DuckDB (through JDBC) and plain Java streams. Not
 * published; run with {@code mot-benchmarks/run.sh}.
 */
@NullMarked
package io.github.mot.benchmarks;

import org.jspecify.annotations.NullMarked;
