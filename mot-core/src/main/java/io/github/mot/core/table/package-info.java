/**
 * One tabular model for every result of the library, and one renderer per format.
 *
 * <p>A result ({@link io.github.mot.core.table.Tabular}) describes itself as {@link
 * io.github.mot.core.table.Tables}: a headline, scalar fields, one or more {@link
 * io.github.mot.core.table.Table}s whose {@link io.github.mot.core.table.Column}s are declared
 * once, notes, and nested results. The {@link io.github.mot.core.table.Format}s walk that one
 * description: aligned text ({@code toString()}), CSV (formula-neutralised), JSON (streamed,
 * locale-independent numbers) and HTML (real, sortable tables).
 *
 * <p><b>Undefined values.</b> A statistic that is not defined (a mean of no observations, a
 * t statistic with no variance) is {@code NaN} or an empty {@link java.util.OptionalDouble} in the
 * API; every format prints it the same way: {@code n/a} in text and HTML, an empty cell in CSV,
 * {@code null} in JSON.
 */
@NullMarked
package io.github.mot.core.table;

import org.jspecify.annotations.NullMarked;
