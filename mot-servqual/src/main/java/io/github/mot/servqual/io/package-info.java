/**
 * Reading survey data and instrument definitions: {@link
 * io.github.mot.servqual.io.SurveyReader} (wide CSV, one respondent a row, streamed) and {@link
 * io.github.mot.servqual.io.InstrumentFiles} (JSON and CSV definitions).
 *
 * <p>Results are exported by {@link io.github.mot.core.table.Format} ({@code
 * Format.JSON.render(report)}, {@code Format.CSV.write(report, writer, locale)}): every result of
 * {@code io.github.mot.servqual} is {@link io.github.mot.core.table.Tabular}. Machine formats are
 * locale-independent; CSV export neutralises formula injection in text cells.
 */
@NullMarked
package io.github.mot.servqual.io;

import org.jspecify.annotations.NullMarked;
