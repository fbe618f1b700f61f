package io.github.mot.servqual;

import io.github.mot.core.table.Tabular;
import java.util.Locale;

/**
 * What every report of an analysis of survey data holds besides its statistics: the instrument,
 * how missing answers were treated and how many respondents the data had; and its text in a
 * language. The reports of {@code io.github.mot.servqual.gap}, {@code .perception} and {@code
 * .reliability} implement it. Instances are immutable and thread-safe.
 *
 * @since 0.3.0
 */
public interface AnalysisReport extends Tabular {

  /** {@return the instrument's name} */
  String instrument();

  /** {@return how missing answers were treated} */
  MissingPolicy missingPolicy();

  /** {@return the respondents in the data (or segment) before any deletion} */
  long respondents();

  /**
   * The report's tables in a language: headers, dimension, standard item, quadrant and position
   * labels from the bundle {@code io.github.mot.servqual.i18n.labels} (English where it has no
   * translation; constant and dimension names as in {@code toString()} for a language without
   * a bundle), numbers with the locale's decimal separator ({@code 0,512} for {@code de-DE}).
   * {@code toString(Locale.ENGLISH)} equals {@code toString()}. {@code Format.TEXT.render(this,
   * locale)}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the report as text
   * @throws NullPointerException if {@code locale} is null
   */
  String toString(Locale locale);
}
