/**
 * The columnar encounter log ({@link io.github.mot.scoring.log.EncounterLog}): the encounters of a
 * log held as one primitive array per column (dictionary-encoded texts, instants as nanoseconds,
 * levels and ratings as bytes), at most 24 bytes per encounter for the standard columns, sliced by
 * time ({@link io.github.mot.scoring.log.EncounterLog#between}) and viewed by customer in time order
 * ({@link io.github.mot.scoring.log.CustomerTimelines}), for analyses over millions of encounters
 * without an object per encounter.
 *
 * @since 0.3.0
 */
@NullMarked
package io.github.mot.scoring.log;

import org.jspecify.annotations.NullMarked;
