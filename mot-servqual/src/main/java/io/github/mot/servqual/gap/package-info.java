/**
 * Gap analysis: the SERVQUAL gap (perception minus expectation) per item and dimension with paired
 * t tests ({@link io.github.mot.servqual.gap.GapAnalysis}, {@link
 * io.github.mot.servqual.gap.GapReport}), its rank-based counterpart ({@link
 * io.github.mot.servqual.gap.WilcoxonGapAnalysis}, {@link
 * io.github.mot.servqual.gap.WilcoxonGapReport}), zones of tolerance ({@link
 * io.github.mot.servqual.gap.ZoneReport}) and the gaps of segments, one report per segment ({@link
 * io.github.mot.servqual.gap.SegmentReport}) or two segments compared with Welch's test ({@link
 * io.github.mot.servqual.gap.SegmentComparison}). Analyses are immutable, thread-safe and
 * configured by copying; reports are immutable and {@link io.github.mot.core.table.Tabular}.
 */
@NullMarked
package io.github.mot.servqual.gap;

import org.jspecify.annotations.NullMarked;
