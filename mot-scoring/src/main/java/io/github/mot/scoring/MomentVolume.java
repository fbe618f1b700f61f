package io.github.mot.scoring;

import java.time.Duration;
import java.util.Locale;

/**
 * Carlzon's arithmetic of moments of truth: how many moments an organisation lives through in a
 * period, how long they last in total, and how many of them are expected to go wrong.
 *
 * <p>Formulas: {@code moments = customers x contactsPerCustomer}; {@code exposureSeconds = moments
 * x secondsPerContact}; expected negative moments = {@code moments x p}, where {@code p} is the
 * negative share observed in a sample of scored moments, with the interval {@code moments x
 * [lower, upper]} from the Wilson interval of {@code p} (see {@link #negativeMoments(long,
 * long)}). Carlzon's SAS example (J. Carlzon, <i>Moments of Truth</i>, 1987): 10,000,000
 * passengers a year, 5 contacts each, 15 seconds a contact: 50,000,000 moments and 750,000,000
 * seconds (208,333.3 hours) a year.
 *
 * <p>The period is whatever period {@code customers} counts (a year in Carlzon's example); the
 * record does not name it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param customers customers in the period, {@code >= 0}
 * @param contactsPerCustomer mean front-line contacts per customer, finite and {@code >= 0}
 * @param secondsPerContact mean length of a contact in seconds, finite and {@code >= 0}
 * @since 0.1.0
 */
public record MomentVolume(long customers, double contactsPerCustomer, double secondsPerContact) {

  /** Carlzon's SAS figures: 10,000,000 passengers a year, 5 contacts each, 15 seconds each. */
  public static final MomentVolume CARLZON_SAS = new MomentVolume(10_000_000L, 5, 15);

  private static final double SECONDS_PER_HOUR = 3600.0;

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if a count is negative, a mean is negative, NaN or infinite,
   *     or the exposure {@code customers x contactsPerCustomer x secondsPerContact} overflows to
   *     infinity
   */
  public MomentVolume {
    if (customers < 0) {
      throw new IllegalArgumentException("customers must be >= 0 but was " + customers);
    }
    requireFiniteNonNegative("contactsPerCustomer", contactsPerCustomer);
    requireFiniteNonNegative("secondsPerContact", secondsPerContact);
    // -0.0 is stored as 0.0, so that equal volumes are equal and never print "-0.0"
    contactsPerCustomer += 0.0;
    secondsPerContact += 0.0;
    double exposure = customers * contactsPerCustomer * secondsPerContact;
    if (!(exposure < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "moment volume customers x contactsPerCustomer x secondsPerContact must be finite but"
              + " was "
              + customers
              + " x "
              + contactsPerCustomer
              + " x "
              + secondsPerContact);
    }
  }

  /**
   * The volume from a typical contact length given as a {@link Duration}.
   *
   * @param customers customers in the period, {@code >= 0}
   * @param contactsPerCustomer mean contacts per customer, finite and {@code >= 0}
   * @param typicalContact the mean length of a contact, not negative
   * @return the volume
   * @throws IllegalArgumentException if a part is out of range
   * @throws NullPointerException if {@code typicalContact} is null
   */
  public static MomentVolume of(
      long customers, double contactsPerCustomer, Duration typicalContact) {
    if (typicalContact.isNegative()) {
      throw new IllegalArgumentException(
          "typicalContact must not be negative but was " + typicalContact);
    }
    double seconds = typicalContact.getSeconds() + typicalContact.getNano() / 1e9;
    return new MomentVolume(customers, contactsPerCustomer, seconds);
  }

  private static void requireFiniteNonNegative(String field, double value) {
    if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          field + " must be finite and >= 0 but was " + value);
    }
  }

  /**
   * The moments of truth in the period: {@code customers x contactsPerCustomer}.
   *
   * @return the expected number of moments, {@code >= 0}
   */
  public double moments() {
    return customers * contactsPerCustomer;
  }

  /**
   * The total time customers spend in moments of truth: {@code moments() x secondsPerContact}.
   *
   * @return the exposure in seconds, {@code >= 0}
   */
  public double exposureSeconds() {
    return moments() * secondsPerContact;
  }

  /**
   * The exposure in hours: {@code exposureSeconds() / 3600}.
   *
   * @return the exposure in hours, {@code >= 0}; 208,333.33 for {@link #CARLZON_SAS}
   */
  public double exposureHours() {
    return exposureSeconds() / SECONDS_PER_HOUR;
  }

  /**
   * The exposure as a {@link Duration}, rounded to the nearest nanosecond.
   *
   * @return the exposure
   * @throws ArithmeticException if the exposure exceeds what a {@code Duration} holds (about
   *     2.9 x 10^11 years)
   */
  public Duration exposure() {
    double total = exposureSeconds();
    if (!(total < 0x1p63)) {
      throw new ArithmeticException("exposure of " + total + " s does not fit a Duration");
    }
    double whole = Math.floor(total);
    return Duration.ofSeconds((long) whole, Math.round((total - whole) * 1e9));
  }

  /**
   * The expected negative moments in the period from a sample of scored moments, with a 95%
   * Wilson interval.
   *
   * @param negatives the negative moments in the sample (levels -1..-3), {@code 0 <= negatives
   *     <= observed}
   * @param observed the scored moments in the sample, {@code > 0}
   * @return {@code moments() x negatives / observed} and its interval
   * @throws IllegalArgumentException if {@code observed <= 0} (no share to project) or {@code
   *     negatives} is outside {@code [0, observed]}
   */
  public MomentForecast negativeMoments(long negatives, long observed) {
    return negativeMoments(negatives, observed, WilsonInterval.DEFAULT_CONFIDENCE);
  }

  /**
   * The expected negative moments in the period from a sample of scored moments, with a Wilson
   * interval at the given confidence.
   *
   * <p>Formula: expected = {@code moments() x p}, {@code p = negatives / observed}; interval =
   * {@code moments() x [wilsonLower, wilsonUpper]}. The volume itself is treated as known; only
   * the share is uncertain.
   *
   * @param negatives the negative moments in the sample, {@code 0 <= negatives <= observed}
   * @param observed the scored moments in the sample, {@code > 0}
   * @param confidence the confidence level in (0, 1)
   * @return the forecast
   * @throws IllegalArgumentException if {@code observed <= 0}, {@code negatives} is outside
   *     {@code [0, observed]} or the confidence is not in (0, 1)
   */
  public MomentForecast negativeMoments(long negatives, long observed, double confidence) {
    if (observed <= 0) {
      throw new IllegalArgumentException(
          "observed moments must be > 0 to project a negative share but was " + observed);
    }
    return new MomentForecast(this, WilsonInterval.of(negatives, observed, confidence));
  }

  /**
   * The expected negative moments in the period from a scorecard summary of sampled moments,
   * with a 95% Wilson interval: {@code negativeMoments(sample.negativeCount(), sample.count())}.
   *
   * @param sample the summary of the scored sample
   * @return the forecast
   * @throws IllegalArgumentException if the sample is empty
   */
  public MomentForecast negativeMoments(ScorecardSummary sample) {
    return negativeMoments(sample.negativeCount(), sample.count());
  }

  /**
   * The volume as an aligned table: customers, contacts, moments, seconds per contact and
   * exposure (Locale.ROOT numbers with thousands separators).
   */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }

  /**
   * The same table in a language: title and row names from the bundle {@code
   * io.github.mot.scoring.i18n.labels}, numbers with the locale's decimal and grouping separators
   * ({@code 50.000.000} for {@code de-DE}). A language without a bundle (German) gets the English
   * words. {@code toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the volume as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    Text x = Text.of(locale);
    return x.get("title.momentVolume")
        + "\n"
        + new Table(x.get("table.quantity"), ">" + x.get("table.value"))
            .row(x.get("volume.customers"), x.count(customers))
            .row(x.get("volume.contacts"), x.num(contactsPerCustomer, 2))
            .row(x.get("volume.moments"), x.whole(moments()))
            .row(x.get("volume.seconds"), x.num(secondsPerContact, 2))
            .row(x.get("volume.exposureSeconds"), x.whole(exposureSeconds()))
            .row(x.get("volume.exposureHours"), x.grouped1(exposureHours()))
            .render(x);
  }
}
