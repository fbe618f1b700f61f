/**
 * SERVQUAL gap analysis: instruments ({@link io.github.mot.servqual.Instrument}), columnar
 * survey data ({@link io.github.mot.servqual.SurveyData}), the analyses ({@link
 * io.github.mot.servqual.GapAnalysis}, {@link io.github.mot.servqual.ImportancePerformance}) and
 * their immutable results.
 *
 * <p>Instruments and results are immutable and thread-safe; analyses are configured by copying.
 * Builders are mutable and single-threaded. Statistics that are undefined for the data at hand
 * (a standard deviation of one case, an alpha of one item) are {@code NaN}, as each accessor's
 * Javadoc says; tables print them as {@code n/a} and JSON writes them as {@code null}.
 */
@NullMarked
@ServqualStyle
package io.github.mot.servqual;

import org.jspecify.annotations.NullMarked;
