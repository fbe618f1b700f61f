/**
 * Reliability of the instrument's scales: Cronbach's alpha, standardised alpha, the mean
 * inter-item correlation, item statistics and warnings per dimension and score ({@link
 * io.github.mot.servqual.reliability.ReliabilityAnalysis}, {@link
 * io.github.mot.servqual.reliability.ReliabilityReport}), with Feldt and bootstrap intervals for
 * alpha ({@link io.github.mot.servqual.reliability.AlphaInterval}). The analysis is immutable,
 * thread-safe and configured by copying; the report is immutable and {@link
 * io.github.mot.core.table.Tabular}.
 */
@NullMarked
package io.github.mot.servqual.reliability;

import org.jspecify.annotations.NullMarked;
