/**
 * Reading the scoring module's input from CSV: encounter logs ({@link
 * io.github.mot.scoring.io.EncounterReader}), filled-in audit forms ({@link
 * io.github.mot.scoring.io.AuditReader}) and supervision checklists ({@link
 * io.github.mot.scoring.io.ChecklistReader}). They share mot-core's reader model ({@code
 * io.github.mot.core.io}): one set of {@code ReadLimits}, a {@code ReadResult} with the good rows
 * and every bad row as a {@code RowError} (line, column, value, reason), strict and lenient modes,
 * strict decoding (bytes that are not valid in the encoding are reported with their line) and a
 * {@code DataFileException} naming the file.
 *
 * <pre>{@code
 * ReadResult<Encounter> read = EncounterReader.withDefaults()
 *     .withJourney(JourneyTemplate.RETAIL_COUNTER.journey()).lenient().read(Path.of("encounters.csv"));
 * GroupedSummary<String, ScorecardSummary> byTouchpoint = EncounterScorecard.of(JourneyTemplate.RETAIL_COUNTER.journey())
 *     .summarize(EncounterScorecard.GroupBy.TOUCHPOINT, read.values());
 * }</pre>
 *
 * @since 0.2.0
 */
@NullMarked
package io.github.mot.scoring.io;

import org.jspecify.annotations.NullMarked;
