package io.github.mot.core;

import io.github.mot.core.internal.Preconditions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks of this package, in one place so that every message has the same shape: the
 * field, the value and what is allowed.
 */
final class Checks {

  private Checks() {}

  /**
   * Checks an identifier: not blank, no leading or trailing blanks, no control characters.
   *
   * @return {@code value}
   */
  static String id(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          field + " must not start or end with blanks but was '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            field + " must not contain control characters but was '" + printable(value) + "'");
      }
    }
    return value;
  }

  /**
   * Checks a human-readable text (a name, a label, a note): not blank.
   *
   * @return {@code value}
   */
  static String text(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
    }
    return value;
  }

  /**
   * Checks a value in {@code [0, 1]}; NaN fails.
   *
   * @return {@code value}
   */
  static double unit(String field, double value) {
    return Preconditions.unitInterval(field, value);
  }

  /**
   * Checks a finite value {@code >= 0}; NaN and infinities fail.
   *
   * @return {@code value}
   */
  static double nonNegative(String field, double value) {
    return Preconditions.finiteNonNegative(field, value);
  }

  /**
   * Checks a finite value {@code > 0}; NaN and infinities fail.
   *
   * @return {@code value}
   */
  static double positive(String field, double value) {
    Preconditions.check(value > 0.0 && value < Double.POSITIVE_INFINITY, field, "finite and > 0", value);
    return value;
  }

  /**
   * Checks an upper bound (after the finiteness checks above); NaN fails.
   *
   * @return {@code value}
   */
  static double atMost(String field, double value, double max) {
    Preconditions.check(value <= max, field, "at most " + max, value);
    return value;
  }

  /**
   * Checks a lower bound (after the finiteness checks above); NaN fails.
   *
   * @return {@code value}
   */
  static double atLeast(String field, double value, double min) {
    Preconditions.check(value >= min, field, "at least " + min, value);
    return value;
  }

  /**
   * Whether {@code value} is negative zero, which compares equal to 0.0 but prints as {@code
   * -0.0} and breaks {@code equals}: factories store {@code value + 0.0} (which is +0.0) instead.
   */
  static boolean isNegativeZero(double value) {
    return Double.doubleToRawLongBits(value) == Long.MIN_VALUE;
  }

  /**
   * Checks that a duration is not negative.
   *
   * @return {@code value}
   */
  static Duration nonNegative(String field, Duration value) {
    Objects.requireNonNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative but was " + value);
    }
    return value;
  }

  /**
   * Checks that a list has at least one element.
   *
   * @throws IllegalArgumentException saying that {@code where} must have at least one {@code what}
   */
  static void nonEmpty(String where, String what, List<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          where + " must have at least one " + what + " but has none");
    }
  }

  /**
   * Finds the first key that occurs twice in {@code values}.
   *
   * @throws IllegalArgumentException naming the duplicate, if there is one
   */
  static <T> void unique(String what, String where, List<T> values, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (T value : values) {
      String k = key.apply(value);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(
            what + " must be unique in " + where + " but '" + k + "' occurs more than once");
      }
    }
  }

  /**
   * Checks a named list of parts (a journey's stages, a checklist's items): the name is text, the
   * list is not empty and the parts' ids are unique.
   *
   * @param kind what holds the parts, such as {@code "journey"}
   * @param name its name
   * @param part what one part is called, such as {@code "stage"}
   * @param ids what the ids are called in a message, such as {@code "stage ids"}
   * @param parts the parts
   * @param id a part's id
   * @return where the parts are, for further messages: {@code "journey 'name'"}
   */
  static <T> String namedParts(
      String kind, String name, String part, String ids, List<T> parts, Function<T, String> id) {
    text(kind + " name", name);
    String where = kind + " '" + name + "'";
    nonEmpty(where, part, parts);
    unique(ids, where, parts, id);
    return where;
  }

  /** Reads an ISO-8601 instant such as {@code 2026-11-24T10:15:30Z}, naming the field if bad. */
  static Instant instant(String field, String text) {
    Objects.requireNonNull(text, field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field
              + " must be an ISO-8601 instant such as 2026-11-24T10:15:30Z but was '"
              + printable(text)
              + "'",
          e);
    }
  }

  /** Reads an ISO-8601 duration such as {@code PT15S}, or returns null for null. */
  static @Nullable Duration durationOrNull(String field, @Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + " must be an ISO-8601 duration such as PT15S but was '" + printable(text) + "'",
          e);
    }
  }

  /** Escapes control characters so that a message stays on one line. */
  private static String printable(String text) {
    return io.github.mot.core.internal.Quoted.of(text);
  }
}
