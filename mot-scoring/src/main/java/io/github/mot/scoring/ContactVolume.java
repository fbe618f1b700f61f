package io.github.mot.scoring;

import io.github.mot.core.internal.LocaleNumbers;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Carlzon's arithmetic of front-line contacts (his moments of truth): how many contacts an
 * organisation lives through in a period, how long they last in total, and how many of them are
 * expected to go wrong.
 *
 * <p>Formulas: {@code contacts = customers x contactsPerCustomer}; {@code exposureSeconds = contacts
 * x secondsPerContact}; expected negative contacts = {@code contacts x p}, where {@code p} is the
 * negative share observed in a sample of scored encounters, with the interval {@code contacts x
 * [lower, upper]} from the Wilson interval of {@code p} (see {@link #negativeContacts(long,
 * long)}). Carlzon's SAS example (J. Carlzon, <i>Moments of Truth</i>, 1987): 10,000,000
 * passengers a year, 5 contacts each, 15 seconds a contact: 50,000,000 contacts and 750,000,000
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
public record ContactVolume(long customers, double contactsPerCustomer, double secondsPerContact)
    implements Tabular {

  /** Carlzon's SAS figures: 10,000,000 passengers a year, 5 contacts each, 15 seconds each. */
  public static final ContactVolume CARLZON_SAS = of(10_000_000L, 5, 15);

  private static final double SECONDS_PER_HOUR = 3600.0;

  /**
   * One quantity of a volume: its JSON field, the bundle key of its row name, its value and its
   * text.
   */
  private record Quantity(
      String key, String label, Function<ContactVolume, Number> value, BiFunction<Cells, Number, String> text) {}

  /** A quantity of one volume: a row of the text table. */
  private record Row(Quantity quantity, Number value) {}

  /** The quantities, in the order of the text table and of the JSON fields. */
  private static final List<Quantity> QUANTITIES = List.of(
      new Quantity("customers", "volume.customers", ContactVolume::customers, (c, v) -> c.count(v.longValue())),
      new Quantity("contactsPerCustomer", "volume.contactsPerCustomer", ContactVolume::contactsPerCustomer,
          (c, v) -> c.num(v.doubleValue(), 2)),
      new Quantity("contacts", "volume.contacts", ContactVolume::contacts, (c, v) -> whole(c, v.doubleValue())),
      new Quantity("secondsPerContact", "volume.seconds", ContactVolume::secondsPerContact,
          (c, v) -> c.num(v.doubleValue(), 2)),
      new Quantity("exposureSeconds", "volume.exposureSeconds", ContactVolume::exposureSeconds,
          (c, v) -> whole(c, v.doubleValue())),
      new Quantity("exposureHours", "volume.exposureHours", ContactVolume::exposureHours,
          (c, v) -> c.localize(String.format(Locale.ROOT, "%,.1f", v.doubleValue()))));

  private static final List<Column<Row>> COLUMNS = List.of(
      Column.<Row>label("quantity", (r, c) -> c.label(r.quantity().label())).header("table.quantity"),
      Column.<Row>decimal("value", r -> r.value().doubleValue()).header("table.value")
          .text((r, c) -> r.quantity().text().apply(c, r.value())));

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if a count is negative, a mean is negative, NaN or infinite,
   *     or the exposure {@code customers x contactsPerCustomer x secondsPerContact} overflows to
   *     infinity
   */
  public ContactVolume {
    Preconditions.atLeast("customers", customers, 0);
    Preconditions.finiteNonNegative("contactsPerCustomer", contactsPerCustomer);
    Preconditions.finiteNonNegative("secondsPerContact", secondsPerContact);
    // -0.0 is stored as 0.0, so that equal volumes are equal and never print "-0.0"
    contactsPerCustomer += 0.0;
    secondsPerContact += 0.0;
    double exposure = customers * contactsPerCustomer * secondsPerContact;
    if (!(exposure < Double.POSITIVE_INFINITY)) {
      throw Preconditions.unmet("contact volume customers x contactsPerCustomer x secondsPerContact", "be finite",
          "was " + customers + " x " + contactsPerCustomer + " x " + secondsPerContact);
    }
  }

  /**
   * The volume from its parts; the same as the canonical constructor.
   *
   * @param customers customers in the period, {@code >= 0}
   * @param contactsPerCustomer mean front-line contacts per customer, finite and {@code >= 0}
   * @param secondsPerContact mean length of a contact in seconds, finite and {@code >= 0}
   * @return the volume
   * @throws IllegalArgumentException if a part is out of range or the exposure overflows (see
   *     the constructor)
   * @since 0.3.0
   */
  public static ContactVolume of(long customers, double contactsPerCustomer, double secondsPerContact) {
    return new ContactVolume(customers, contactsPerCustomer, secondsPerContact);
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
  public static ContactVolume of(
      long customers, double contactsPerCustomer, Duration typicalContact) {
    if (typicalContact.isNegative()) {
      throw Preconditions.unmet("typicalContact", "not be negative", "was " + typicalContact);
    }
    double seconds = typicalContact.getSeconds() + typicalContact.getNano() / 1e9;
    return new ContactVolume(customers, contactsPerCustomer, seconds);
  }

  /**
   * The front-line contacts in the period: {@code customers x contactsPerCustomer}.
   *
   * @return the expected number of contacts, {@code >= 0}
   */
  public double contacts() {
    return customers * contactsPerCustomer;
  }

  /**
   * The total time customers spend in contacts: {@code contacts() x secondsPerContact}.
   *
   * @return the exposure in seconds, {@code >= 0}
   */
  public double exposureSeconds() {
    return contacts() * secondsPerContact;
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
   * The expected negative contacts in the period from a sample of scored encounters, with a 95%
   * Wilson interval.
   *
   * @param negatives the negative encounters in the sample (levels -1..-3), {@code 0 <= negatives
   *     <= observed}
   * @param observed the scored encounters in the sample, {@code > 0}
   * @return {@code contacts() x negatives / observed} and its interval
   * @throws IllegalArgumentException if {@code observed <= 0} (no share to project) or {@code
   *     negatives} is outside {@code [0, observed]}
   */
  public ContactForecast negativeContacts(long negatives, long observed) {
    return negativeContacts(negatives, observed, WilsonInterval.DEFAULT_CONFIDENCE);
  }

  /**
   * The expected negative contacts in the period from a sample of scored encounters, with a Wilson
   * interval at the given confidence.
   *
   * <p>Formula: expected = {@code contacts() x p}, {@code p = negatives / observed}; interval =
   * {@code contacts() x [wilsonLower, wilsonUpper]}. The volume itself is treated as known; only
   * the share is uncertain.
   *
   * @param negatives the negative encounters in the sample, {@code 0 <= negatives <= observed}
   * @param observed the scored encounters in the sample, {@code > 0}
   * @param confidence the confidence level in (0, 1)
   * @return the forecast
   * @throws IllegalArgumentException if {@code observed <= 0}, {@code negatives} is outside
   *     {@code [0, observed]} or the confidence is not in (0, 1)
   */
  public ContactForecast negativeContacts(long negatives, long observed, double confidence) {
    Preconditions.check(observed > 0, "observed encounters", "> 0 to project a negative share", observed);
    return new Results.Forecast(this, WilsonInterval.of(negatives, observed, confidence));
  }

  /**
   * The expected negative contacts in the period from a scorecard summary of sampled encounters,
   * with a 95% Wilson interval: {@code negativeContacts(sample.negativeCount(), sample.count())}.
   *
   * @param sample the summary of the scored sample
   * @return the forecast
   * @throws IllegalArgumentException if the sample is empty
   */
  public ContactForecast negativeContacts(ScorecardSummary sample) {
    return negativeContacts(sample.negativeCount(), sample.count());
  }

  /**
   * The volume for every {@link Format}: the JSON fields (and the one CSV row) {@code customers},
   * {@code contactsPerCustomer}, {@code contacts}, {@code secondsPerContact}, {@code
   * exposureSeconds} and {@code exposureHours} (units as the accessors of the same names); in text
   * and HTML a table of the six quantities.
   *
   * @return the description of this volume
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    Tables.Builder b = ResultTables.builder().line(c -> c.label("title.contactVolume"));
    List<Row> rows = new ArrayList<>(QUANTITIES.size());
    for (Quantity q : QUANTITIES) {
      Number value = q.value().apply(this);
      b.field(q.key(), value);
      rows.add(new Row(q, value));
    }
    return b.table(ResultTables.table("quantities", COLUMNS, rows).only(Column.Target.TEXT, Column.Target.HTML))
        .build();
  }

  /** A number rounded to a whole one, with the locale's grouping separators ({@code 50,000,000}). */
  static String whole(Cells c, double x) {
    return c.localize(String.format(Locale.ROOT, "%,.0f", x));
  }

  /** An interval of whole numbers with grouping separators: {@code [24,508,124, 47,165,892]}. */
  static String wholeInterval(Cells c, double lo, double hi) {
    return "[" + whole(c, lo) + LocaleNumbers.of(c.locale()).boundSeparator() + whole(c, hi) + "]";
  }

  /**
   * The volume as an aligned table: customers, contacts per customer, contacts, seconds per
   * contact and exposure (numbers with thousands separators).
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

}
