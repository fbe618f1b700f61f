package io.github.mot.examples.internal;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an encounter log: one encounter a row, UTF-8 CSV with a header.
 *
 * <ul>
 *   <li>{@code customer} (required): the customer id;
 *   <li>{@code touchpoint} (required): a touchpoint id of the journey map;
 *   <li>{@code time} (required): ISO-8601, {@code 2026-03-02T09:14:05Z} or with an offset
 *       ({@code +08:00}); without an offset the time is read as UTC;
 *   <li>{@code staff}: the staff member's id;
 *   <li>{@code appearance}, {@code behaviour}, {@code communication}: the ABC ratings on the
 *       ratings scale (1..7 unless told), all three or none;
 *   <li>{@code level}: the scorecard level, -3..+3 or a name such as {@code DELIGHTS};
 *   <li>{@code seconds}: the length of the contact in seconds, {@code >= 0};
 *   <li>{@code note}: free text.
 * </ul>
 *
 * <p>Blank optional cells mean "not recorded". Every bad cell is reported with its line.
 */
final class EncounterFile {

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");

  static final List<String> REQUIRED = List.of("customer", "touchpoint", "time");
  static final List<String> OPTIONAL =
      List.of("staff", "appearance", "behaviour", "communication", "level", "seconds", "note");

  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  private EncounterFile() {}

  static Parsed<Encounter> read(
      Reader in, CustomerJourney journey, RatingScale scale, boolean strict) throws IOException {
    return read(in, journey, scale, strict, CsvRows.Limits.DEFAULT);
  }

  static Parsed<Encounter> read(
      Reader in, CustomerJourney journey, RatingScale scale, boolean strict, CsvRows.Limits limits)
      throws IOException {
    return CsvRows.read(
        in, REQUIRED, OPTIONAL, Set.of(), strict, row -> parse(row, journey, scale), limits);
  }

  private static @Nullable Encounter parse(CsvRows.Row row, CustomerJourney journey, RatingScale scale) {
    String customer = row.cell("customer");
    String touchpoint = row.cell("touchpoint");
    if (customer.isEmpty()) {
      row.error("customer", "", "a customer id is required");
    }
    if (touchpoint.isEmpty()) {
      row.error("touchpoint", "", "a touchpoint id is required");
    } else if (journey.touchpoint(touchpoint).isEmpty()) {
      row.error(
          "touchpoint", touchpoint,
          "not a touchpoint of journey '" + journey.name() + "'; known are "
              + String.join(", ", journey.touchpoints().stream().map(t -> t.id()).toList()));
    }
    Instant time = time(row);
    Encounter.Builder b = Encounter.builder();
    String staff = row.cell("staff");
    if (!staff.isEmpty()) {
      b.staffId(staff);
    }
    ratings(row, scale, b);
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
      double s = number(seconds);
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

  private static @Nullable Instant time(CsvRows.Row row) {
    String t = row.cell("time");
    if (t.isEmpty()) {
      row.error("time", "", "a time is required (ISO-8601, e.g. 2026-03-02T09:14:05Z)");
      return null;
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        row.error("time", t, "must be an ISO-8601 time such as 2026-03-02T09:14:05Z");
        return null;
      }
    }
  }

  private static void ratings(CsvRows.Row row, RatingScale scale, Encounter.Builder b) {
    String[] names = {"appearance", "behaviour", "communication"};
    double[] v = new double[3];
    int given = 0;
    for (int i = 0; i < 3; i++) {
      String cell = row.cell(names[i]);
      if (cell.isEmpty()) {
        continue;
      }
      given++;
      v[i] = number(cell);
      if (!scale.contains(v[i])) {
        row.error(names[i], cell, "must be a rating on the scale " + scale);
      }
    }
    if (given != 0 && given != 3) {
      row.error("appearance/behaviour/communication", "", "give all three ABC ratings or none");
    } else if (given == 3 && row.ok()) {
      b.ratings(AbcRatings.of(scale, v[0], v[1], v[2]));
    }
  }

  /** A decimal number in the ROOT format, NaN if the text is not one. */
  static double number(String text) {
    // Unambiguous, so linear: the former [0-9]+\\.?[0-9]* backtracked quadratically on a long run
    // of digits followed by another character (seconds in minutes for a 100,000-digit cell).
    if (!NUMBER.matcher(text).matches()) {
      return Double.NaN;
    }
    return Double.parseDouble(text);
  }
}
