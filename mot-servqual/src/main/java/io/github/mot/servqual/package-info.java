/**
 * The SERVQUAL model: instruments ({@link io.github.mot.servqual.Instrument}) of dimensions and
 * items, responses, columnar survey data ({@link io.github.mot.servqual.SurveyData}), the kinds
 * of answers and scores, the missing-answer and points policies, and the statistics that several
 * analyses share ({@link io.github.mot.servqual.MeanEstimate}, {@link
 * io.github.mot.servqual.CronbachAlpha}), and what every report holds ({@link
 * io.github.mot.servqual.AnalysisReport}, {@link io.github.mot.servqual.ItemsAndDimensionsReport}). The analyses live in one package per topic: {@code
 * io.github.mot.servqual.gap}, {@code io.github.mot.servqual.perception} and {@code
 * io.github.mot.servqual.reliability}; the readers in {@code io.github.mot.servqual.io}.
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
