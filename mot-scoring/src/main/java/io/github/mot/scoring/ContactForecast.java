package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The expected number of negative contacts in a period: a {@link ContactVolume} times a
 * negative share observed in a sample, with the share's Wilson interval scaled the same way.
 *
 * <p>Formulas: {@code expected = volume.contacts() x share.estimate}; {@code [lower, upper] =
 * volume.contacts() x [share.lower, share.upper]}. Only the share is treated as uncertain.
 *
 * <p>Instances are immutable and thread-safe. Obtain one from {@link
 * ContactVolume#negativeContacts(long, long)}.
 *
 * @since 0.1.0
 */
public final class ContactForecast extends ResultValue implements Tabular {

  /** The JSON fields, the one CSV row and the one row of the HTML table of a forecast. */
  private static final List<Column<ContactForecast>> COLUMNS = List.of(
      Column.<ContactForecast>decimal("expected", ContactForecast::expected).header("table.expected")
          .text((f, c) -> ContactVolume.whole(c, f.expected())),
      Column.<ContactForecast>decimal("lower", ContactForecast::lower).header("table.lower")
          .text((f, c) -> ContactVolume.whole(c, f.lower())),
      Column.<ContactForecast>decimal("upper", ContactForecast::upper).header("table.upper")
          .text((f, c) -> ContactVolume.whole(c, f.upper())),
      Column.<ContactForecast>decimal("contacts", f -> f.volume.contacts()).header("table.contacts")
          .text((f, c) -> ContactVolume.whole(c, f.volume.contacts())),
      Column.<ContactForecast>integer("negatives", f -> f.share.successes()).header("table.negatives"),
      Column.<ContactForecast>integer("observed", f -> f.share.trials()).header("table.observed"),
      Column.<ContactForecast>decimal("share", f -> f.share.estimate()).decimals(4).header("table.share"),
      Column.<ContactForecast>decimal("shareLower", f -> f.share.lower())
          .except(Column.Target.TEXT, Column.Target.HTML),
      Column.<ContactForecast>decimal("shareUpper", f -> f.share.upper())
          .except(Column.Target.TEXT, Column.Target.HTML),
      Column.<ContactForecast>display("table.interval", (f, c) -> c.interval(f.share.lower(), f.share.upper(), 4)),
      Column.<ContactForecast>decimal("confidence", f -> f.share.confidence()).decimals(2)
          .header("table.confidence"));

  private final ContactVolume volume;
  private final WilsonInterval share;

  ContactForecast(ContactVolume volume, WilsonInterval share) {
    this.volume = Objects.requireNonNull(volume, "volume");
    this.share = Objects.requireNonNull(share, "share");
    if (share.trials() == 0) {
      throw new IllegalArgumentException("share must come from at least one observed encounter");
    }
  }

  /**
   * The volume the share is projected on.
   *
   * @return the volume
   */
  public ContactVolume volume() {
    return volume;
  }

  /**
   * The observed negative share and its Wilson interval.
   *
   * @return the interval of the share, with at least one trial
   */
  public WilsonInterval share() {
    return share;
  }

  /**
   * The expected negative contacts in the period: {@code contacts x negatives / observed}.
   *
   * @return the expected count, in {@code [0, contacts]}
   */
  public double expected() {
    return volume.contacts() * share.successes() / share.trials();
  }

  /**
   * The lower bound: {@code contacts x share.lower()}.
   *
   * @return the lower bound of the expected count, {@code >= 0}
   */
  public double lower() {
    return volume.contacts() * share.lower();
  }

  /**
   * The upper bound: {@code contacts x share.upper()}.
   *
   * @return the upper bound of the expected count, {@code <= contacts}
   */
  public double upper() {
    return volume.contacts() * share.upper();
  }

  /**
   * The forecast as text, for example {@code "expected negative contacts 40,000,000 [24,508,124,
   * 47,165,892] of 50,000,000 contacts; share 0.8000 [0.4902, 0.9433] (8/10, 95% Wilson)"}.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The same sentence in a language: words from the bundle {@code
   * io.github.mot.scoring.i18n.labels}, numbers with the locale's decimal and grouping separators
   * (the share as {@link WilsonInterval#toString(Locale)}). A language without a bundle (German)
   * gets the English words. {@code toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the forecast as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }

  /**
   * The forecast for every {@link Format}: the sentence of {@link #toString()} (text); the JSON
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
  public Tables tables() {
    return ResultTables.sentence(c -> c.fill(
                "title.forecast",
                ContactVolume.whole(c, expected()),
                ContactVolume.wholeInterval(c, lower(), upper()),
                ContactVolume.whole(c, volume.contacts()),
                share.text(c)),
            this, "forecast", COLUMNS)
        .build();
  }

  /** Equal when volume and share are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {volume, share};
  }
}
