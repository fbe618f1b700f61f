package io.github.mot.scoring.io;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an encounter log: one {@link Encounter} (a customer's contact at a touchpoint) a row, CSV
 * with a header row, as a CRM or a survey tool exports it. Columns, in any order, names in any
 * case:
 *
 * <ul>
 *   <li>{@code customer} (required): the customer id, not blank;
 *   <li>{@code touchpoint} (required): the touchpoint id; with {@link
 *       #withJourney(CustomerJourney)} it must be a touchpoint of that journey map;
 *   <li>{@code time} (required): when the contact happened, ISO-8601, {@code 2026-03-02T09:14:05Z}
 *       or with an offset ({@code 2026-03-02T17:14:05+08:00}); without an offset the time is read
 *       as UTC;
 *   <li>{@code staff}: the id of the employee who served the customer;
 *   <li>{@code appearance}, {@code behaviour}, {@code communication}: the ABC ratings of the first
 *       impression on the {@linkplain #withRatingScale(RatingScale) rating scale} (1..7 unless
 *       told), decimal numbers such as {@code 6} or {@code 5.5}; all three or none;
 *   <li>{@code level}: the customer's judgement on the MOT scorecard, {@code -3..+3} or a level
 *       name such as {@code DELIGHTS};
 *   <li>{@code seconds}: how long the contact lasted, in seconds, a decimal number in {@code [0,
 *       1e9]}, kept to the millisecond;
 *   <li>{@code note}: free text.
 * </ul>
 *
 * <p>Blank optional cells mean "not recorded"; cells are stripped of leading and trailing blanks. A
 * line whose every cell is blank is skipped. Any other column is refused, so that a misspelt
 * column name is not silently ignored.
 *
 * <p>Every bad cell is reported as a {@link io.github.mot.core.io.RowError} naming its line,
 * column, value and what is allowed: an unknown touchpoint, a time that is not ISO-8601, a rating
 * off the scale, two of three ratings, a level outside -3..+3, negative seconds, a row with another
 * number of fields than the header. In lenient mode the bad rows are left out and listed in the
 * {@link ReadResult}, and reading goes on; in strict mode (the default) the first bad row throws a
 * {@link DataFileException}. A bad header, an empty file, malformed CSV, bytes that are not valid
 * in the {@linkplain #withEncoding(Charset) encoding} (reported with their line, never replaced)
 * and a file over the {@linkplain #withLimits(ReadLimits) limits} always throw.
 *
 * <pre>{@code
 * ReadResult<Encounter> read = EncounterReader.withDefaults()
 *     .withJourney(JourneyTemplate.RETAIL_COUNTER.journey()).lenient()
 *     .read(Path.of("encounters.csv"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; configure by copying. A read is single-threaded and
 * streams the input record by record.
 *
 * @since 0.2.0
 */
public final class EncounterReader extends RowReader<Encounter> {

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
  private static final String[] RATINGS = {"appearance", "behaviour", "communication"};
  private static final CsvFrame.Columns COLUMNS = new CsvFrame.Columns(
      List.of("customer", "touchpoint", "time"),
      List.of("staff", "appearance", "behaviour", "communication", "level", "seconds", "note"),
      Set.of());

  private static final EncounterReader DEFAULTS =
      new EncounterReader(Optional.empty(), RatingScale.SEVEN_POINT, CsvFrame.Options.DEFAULT);

  private final Optional<CustomerJourney> journey;
  private final RatingScale ratingScale;

  private EncounterReader(Optional<CustomerJourney> journey, RatingScale ratingScale, CsvFrame.Options options) {
    super(options, COLUMNS);
    this.journey = journey;
    this.ratingScale = ratingScale;
  }

  /**
   * A strict reader without a journey map (any touchpoint id is taken as it is), ABC ratings on
   * 1..7, UTF-8, and the library's {@link ReadLimits#DEFAULT} limits.
   *
   * @return the reader
   */
  public static EncounterReader withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy that checks every touchpoint id against a journey map: an id the map lacks is a row
   * error that lists the map's ids. The scorers of this module need the same map.
   *
   * @param journey the journey map of the log
   * @return the reconfigured reader
   * @throws NullPointerException if {@code journey} is null
   */
  public EncounterReader withJourney(CustomerJourney journey) {
    return new EncounterReader(Optional.of(Objects.requireNonNull(journey, "journey")), ratingScale, options);
  }

  /**
   * A copy that takes every touchpoint id as it is (the default).
   *
   * @return the reconfigured reader
   */
  public EncounterReader withoutJourney() {
    return new EncounterReader(Optional.empty(), ratingScale, options);
  }

  /**
   * A copy that reads the ABC ratings on another scale: a rating off it is a row error.
   *
   * @param scale the scale of the {@code appearance}, {@code behaviour} and {@code communication}
   *     columns, {@link RatingScale#SEVEN_POINT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code scale} is null
   */
  public EncounterReader withRatingScale(RatingScale scale) {
    return new EncounterReader(journey, Objects.requireNonNull(scale, "scale"), options);
  }

  /**
   * A copy that collects bad rows and goes on: they are left out of the values and listed in the
   * result.
   *
   * @return the lenient reader
   */
  public EncounterReader lenient() {
    return new EncounterReader(journey, ratingScale, options.withLenient(true));
  }

  /**
   * A copy that throws a {@link DataFileException} at the first bad row (the default).
   *
   * @return the strict reader
   */
  public EncounterReader strict() {
    return new EncounterReader(journey, ratingScale, options.withLenient(false));
  }

  /**
   * A copy that decodes files and streams in another encoding, for legacy exports (GB18030,
   * windows-1252, ...). A byte sequence that is not valid in it fails the read with its line; a
   * byte-order mark at the start is skipped.
   *
   * @param encoding the charset, UTF-8 by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code encoding} is null
   */
  public EncounterReader withEncoding(Charset encoding) {
    return new EncounterReader(journey, ratingScale, options.withEncoding(encoding));
  }

  /**
   * A copy with other size limits (rows, field length, bytes, errors kept).
   *
   * @param limits the limits, {@link ReadLimits#DEFAULT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code limits} is null
   */
  public EncounterReader withLimits(ReadLimits limits) {
    return new EncounterReader(journey, ratingScale, options.withLimits(limits));
  }

  /**
   * The journey map touchpoint ids are checked against, if any.
   *
   * @return the map, or empty
   */
  public Optional<CustomerJourney> journey() {
    return journey;
  }

  /**
   * The scale of the ABC ratings.
   *
   * @return the scale, 1..7 by default
   */
  public RatingScale ratingScale() {
    return ratingScale;
  }

  @Override
  @Nullable Encounter parse(CsvFrame.Row row) {
    String customer = row.required("customer", "a customer id is required");
    String touchpoint = row.required("touchpoint", "a touchpoint id is required");
    if (!touchpoint.isEmpty() && journey.isPresent() && journey.get().touchpoint(touchpoint).isEmpty()) {
      CustomerJourney map = journey.get();
      row.error(
          "touchpoint", touchpoint,
          "not a touchpoint of journey '" + map.name() + "'; known are "
              + String.join(", ", map.touchpoints().stream().map(Touchpoint::id).toList()));
    }
    Instant time = row.time("time");
    Encounter.Builder b = Encounter.builder();
    String staff = row.cell("staff");
    if (!staff.isEmpty()) {
      b.staffId(staff);
    }
    ratings(row, b);
    String level = row.cell("level");
    if (!level.isEmpty()) {
      try {
        // the common numeric case without ScorecardLevel.parse's regular expression
        b.level(INTEGER.matcher(level).matches()
            ? ScorecardLevel.of(Integer.parseInt(level))
            : ScorecardLevel.parse(level));
      } catch (IllegalArgumentException e) {
        row.error("level", level, "must be a scorecard level -3..+3 or a name such as DELIGHTS");
      }
    }
    String seconds = row.cell("seconds");
    if (!seconds.isEmpty()) {
      double s = CsvFrame.number(seconds);
      if (!(s >= 0 && s <= 1e9)) {
        row.error("seconds", seconds, "must be a number of seconds in [0, 1e9]");
      } else {
        b.duration(Duration.ofMillis(Math.round(s * 1000)));
      }
    }
    String note = row.cell("note");
    if (!note.isEmpty()) {
      b.note(note);
    }
    if (!row.ok() || time == null) {
      return null;
    }
    try {
      return b.customerId(customer).touchpointId(touchpoint).occurredAt(time).build();
    } catch (IllegalArgumentException e) {
      row.error("", "", e.getMessage() == null ? "invalid encounter" : e.getMessage());
      return null;
    }
  }

  private void ratings(CsvFrame.Row row, Encounter.Builder b) {
    double[] v = new double[3];
    int given = 0;
    for (int i = 0; i < 3; i++) {
      String cell = row.cell(RATINGS[i]);
      if (cell.isEmpty()) {
        continue;
      }
      given++;
      v[i] = CsvFrame.number(cell);
      if (!ratingScale.contains(v[i])) {
        row.error(RATINGS[i], cell, "must be a rating on the scale " + ratingScale);
      }
    }
    if (given != 0 && given != 3) {
      row.error("appearance/behaviour/communication", "", "give all three ABC ratings or none");
    } else if (given == 3 && row.ok()) {
      b.ratings(AbcRatings.of(ratingScale, v[0], v[1], v[2]));
    }
  }

  /**
   * For example {@code EncounterReader[journey 'Retail counter', ratings 1..7, strict, UTF-8]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "EncounterReader[" + journey.map(j -> "journey '" + j.name() + "'").orElse("any touchpoint")
        + ", ratings " + ratingScale + ", " + options + "]";
  }
}
