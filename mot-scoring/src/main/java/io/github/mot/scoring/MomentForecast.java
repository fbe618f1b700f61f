package io.github.mot.scoring;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The expected number of negative moments of truth in a period: a {@link MomentVolume} times a
 * negative share observed in a sample, with the share's Wilson interval scaled the same way.
 *
 * <p>Formulas: {@code expected = volume.moments() x share.estimate}; {@code [lower, upper] =
 * volume.moments() x [share.lower, share.upper]}. Only the share is treated as uncertain.
 *
 * <p>Instances are immutable and thread-safe. Obtain one from {@link
 * MomentVolume#negativeMoments(long, long)}.
 *
 * @since 0.1.0
 */
public final class MomentForecast {

  private final MomentVolume volume;
  private final WilsonInterval share;

  MomentForecast(MomentVolume volume, WilsonInterval share) {
    this.volume = Objects.requireNonNull(volume, "volume");
    this.share = Objects.requireNonNull(share, "share");
    if (share.trials() == 0) {
      throw new IllegalArgumentException("share must come from at least one observed moment");
    }
  }

  /**
   * The volume the share is projected on.
   *
   * @return the volume
   */
  public MomentVolume volume() {
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
   * The expected negative moments in the period: {@code moments x negatives / observed}.
   *
   * @return the expected count, in {@code [0, moments]}
   */
  public double expected() {
    return volume.moments() * share.successes() / share.trials();
  }

  /**
   * The lower bound: {@code moments x share.lower()}.
   *
   * @return the lower bound of the expected count, {@code >= 0}
   */
  public double lower() {
    return volume.moments() * share.lower();
  }

  /**
   * The upper bound: {@code moments x share.upper()}.
   *
   * @return the upper bound of the expected count, {@code <= moments}
   */
  public double upper() {
    return volume.moments() * share.upper();
  }

  /** Equal when volume and share are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MomentForecast
        && ((MomentForecast) o).volume.equals(volume)
        && ((MomentForecast) o).share.equals(share);
  }

  @Override
  public int hashCode() {
    return Objects.hash(volume, share);
  }

  /**
   * The forecast as text, for example {@code "expected negative moments 5,000,000 [4,020,000,
   * 6,100,000] of 50,000,000 (share 0.1000 [...] ...)"}.
   */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
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
    Text x = Text.of(locale);
    return x.fill(
        "title.forecast",
        x.whole(expected()),
        x.interval(x.whole(lower()), x.whole(upper())),
        x.whole(volume.moments()),
        share.toString(locale));
  }
}
