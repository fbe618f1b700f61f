/**
 * Reading survey data and instrument definitions, and exporting results: {@link
 * io.github.mot.servqual.io.SurveyCsvReader} (wide CSV, one respondent a row, streamed), {@link
 * io.github.mot.servqual.io.InstrumentFiles} (JSON and CSV definitions), {@link
 * io.github.mot.servqual.io.ReportJson} and {@link io.github.mot.servqual.io.ReportCsv}.
 *
 * <p>Machine formats are locale-independent. CSV export neutralises formula injection in text
 * cells.
 */
@NullMarked
package io.github.mot.servqual.io;

import org.jspecify.annotations.NullMarked;
