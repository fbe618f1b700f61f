/**
 * Perception-only analyses: SERVPERF, the perceptions per item and dimension without
 * expectations ({@link io.github.mot.servqual.perception.PerceptionAnalysis}, {@link
 * io.github.mot.servqual.perception.PerceptionReport}), and importance-performance analysis, items
 * or dimensions placed in four quadrants by importance and performance ({@link
 * io.github.mot.servqual.perception.ImportancePerformance}, {@link
 * io.github.mot.servqual.perception.ImportancePerformanceReport}, with performance measured as a
 * mean or a top-box share: {@link io.github.mot.servqual.perception.PerformanceMeasure}). Analyses
 * are immutable, thread-safe and configured by copying; reports are immutable and {@link
 * io.github.mot.core.table.Tabular}.
 */
@NullMarked
package io.github.mot.servqual.perception;

import org.jspecify.annotations.NullMarked;
