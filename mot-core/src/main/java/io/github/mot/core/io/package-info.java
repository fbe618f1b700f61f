/**
 * The reader model shared by every module's readers of tabular input (survey answers, encounter
 * logs, audit forms, checklists): {@link io.github.mot.core.io.ReadLimits} (one set of size limits
 * with one default), {@link io.github.mot.core.io.ReadResult} (the good rows, the row errors and
 * the counts of a read), {@link io.github.mot.core.io.RowError} (where a problem is and what is
 * wrong) and {@link io.github.mot.core.io.DataFileException} (a file that cannot be read as it
 * stands).
 *
 * <p>Every reader of the library works the same way: it is immutable and configured by copying,
 * reads a file in its encoding (UTF-8 by default; bytes that are not valid in it are a row error
 * with their line, never silently replaced), reports every bad row with its line, column, value and
 * reason, and either keeps the good rows (lenient) or throws at the first bad one (strict). Pure
 * Java: this package needs no library at run time.
 *
 * @since 0.2.0
 */
@NullMarked
package io.github.mot.core.io;

import org.jspecify.annotations.NullMarked;
