package io.github.mot.scoring;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.Locale;

/**
 * The expected number of negative contacts in a period: a {@link ContactVolume} times a
 * negative share observed in a sample, with the share's Wilson interval scaled the same way.
 *
 * <p>Formulas: {@code expected = volume.contacts() x share.estimate}; {@code [lower, upper] =
 * volume.contacts() x [share.lower, share.upper]}. Only the share is treated as uncertain.
 *
 * <p>Instances are immutable and thread-safe; equal when volume and share are equal. Obtain one
 * from {@link ContactVolume#negativeContacts(long, long)}.
 *
 * @since 0.1.0
 */
public sealed interface ContactForecast extends Tabular permits Results.Forecast {

  /**
   * The forecast for every {@link Format}: the sentence of {@code toString()} (text); the JSON
   * fields and the one CSV row {@code expected}, {@code lower}, {@code upper} (expected negative
   * contacts in the period and its bounds), {@code contacts} (the volume's contacts), {@code
   * negatives} and {@code observed} (the sample's counts), {@code share}, {@code shareLower},
   * {@code shareUpper} (the negative share and its Wilson bounds, in [0, 1]) and {@code
   * confidence}; a one-row HTML table.
   *
   * @return the description of this forecast
   * @since 0.3.0
   */
  @Override
  Tables tables();

  /**
   * The volume the share is projected on.
   *
   * @return the volume
   */
  ContactVolume volume();

  /**
   * The observed negative share and its Wilson interval.
   *
   * @return the interval of the share, with at least one trial
   */
  WilsonInterval share();

  /**
   * The expected negative contacts in the period: {@code contacts x negatives / observed}.
   *
   * @return the expected count, in {@code [0, contacts]}
   */
  default double expected() {
    return volume().contacts() * share().successes() / share().trials();
  }

  /**
   * The lower bound: {@code contacts x share.lower()}.
   *
   * @return the lower bound of the expected count, {@code >= 0}
   */
  default double lower() {
    return volume().contacts() * share().lower();
  }

  /**
   * The upper bound: {@code contacts x share.upper()}.
   *
   * @return the upper bound of the expected count, {@code <= contacts}
   */
  default double upper() {
    return volume().contacts() * share().upper();
  }

  /**
   * The forecast as text, for example {@code "expected negative contacts 40,000,000 [24,508,124,
   * 47,165,892] of 50,000,000 contacts; share 0.8000 [0.4902, 0.9433] (8/10, 95% Wilson)"}.
   *
   * @return {@code Format.TEXT.render(this)}
   */
  @Override
  String toString();

  /**
   * The same sentence in a language: words from the bundle {@code
   * io.github.mot.scoring.i18n.labels}, numbers with the locale's decimal and grouping separators
   * (the share as {@link WilsonInterval#toString(Locale)}). A language without a bundle (German)
   * gets the English words. {@code toString(Locale.ENGLISH)} equals {@code toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the forecast as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }
}
