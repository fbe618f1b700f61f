package io.github.mot.core.internal;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks of the library's modules, so that every message has one shape: "{@code
 * <what> must be <allowed> but was <value>}" ("confidence level must be in (0, 1) but was 1.5").
 * Text values are quoted ({@code 'x'}) and shortened by {@link Quoted}; numbers are printed as
 * Java prints them. Range checks are written so that NaN fails. A check that passes allocates nothing (no message
 * built, no number boxed): accumulators call them on every add. Stateless; not API (exported to
 * the library's own modules only).
 */
public final class Preconditions {

  private Preconditions() {}

  /**
   * The exception for a bad argument: "{@code what} must be {@code allowed} but was {@code
   * value}".
   *
   * @param what the argument, as a reader names it ({@code "confidence level"})
   * @param allowed what is allowed ({@code "in (0, 1)"}, {@code ">= 0"})
   * @param value the value given: a {@link CharSequence} is quoted, anything else printed
   * @return the exception, to throw
   */
  public static IllegalArgumentException invalid(String what, String allowed, @Nullable Object value) {
    return new IllegalArgumentException(what + " must be " + allowed + " but was " + show(value));
  }

  /**
   * Checks a condition on an argument.
   *
   * @param ok whether the argument is allowed
   * @param what the argument
   * @param allowed what is allowed
   * @param value the value given
   * @throws IllegalArgumentException with the message of {@link #invalid} if not {@code ok}
   */
  public static void check(boolean ok, String what, String allowed, @Nullable Object value) {
    if (!ok) {
      throw invalid(what, allowed, value);
    }
  }

  /**
   * Checks a condition on a whole-number argument; the number is boxed only when the check fails,
   * so that the check costs nothing on a hot path (an accumulator's {@code add}).
   *
   * @param ok whether the argument is allowed
   * @param what the argument
   * @param allowed what is allowed
   * @param value the value given
   * @throws IllegalArgumentException with the message of {@link #invalid} if not {@code ok}
   */
  public static void check(boolean ok, String what, String allowed, long value) {
    if (!ok) {
      throw invalid(what, allowed, value);
    }
  }

  /**
   * Checks a condition on a real-number argument; the number is boxed only when the check fails.
   *
   * @param ok whether the argument is allowed
   * @param what the argument
   * @param allowed what is allowed
   * @param value the value given
   * @throws IllegalArgumentException with the message of {@link #invalid} if not {@code ok}
   */
  public static void check(boolean ok, String what, String allowed, double value) {
    if (!ok) {
      throw invalid(what, allowed, value);
    }
  }

  /**
   * The exception for an argument whose fault is not one value, in the same shape: "{@code what}
   * must {@code requirement} but {@code found}" ("encounters must all be of one customer but had
   * 'a' and 'b'", "typicalContact must not be negative but was PT-1S"). The caller quotes text
   * values in {@code found}.
   *
   * @param what the argument
   * @param requirement what it must do or be, after "must" ({@code "not be blank"}, {@code "have
   *     7 entries"})
   * @param found what was found, after "but" ({@code "was empty"}, {@code "had 5"})
   * @return the exception, to throw
   */
  public static IllegalArgumentException unmet(String what, String requirement, String found) {
    return new IllegalArgumentException(what + " must " + requirement + " but " + found);
  }

  /**
   * Checks a share or a score in {@code [0, 1]}.
   *
   * @param what the argument
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if it is not in [0, 1] (NaN included)
   */
  public static double unitInterval(String what, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw invalid(what, "in [0, 1]", value);
    }
    return value;
  }

  /**
   * Checks a level strictly between 0 and 1, such as a confidence level.
   *
   * @param what the argument
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if it is not in (0, 1) (NaN included)
   */
  public static double openUnit(String what, double value) {
    if (!(value > 0 && value < 1)) {
      throw invalid(what, "in (0, 1)", value);
    }
    return value;
  }

  /**
   * Checks a whole number at least {@code min}.
   *
   * @param what the argument
   * @param value the value
   * @param min the least allowed value
   * @return the value
   * @throws IllegalArgumentException if {@code value < min}
   */
  public static long atLeast(String what, long value, long min) {
    if (value < min) {
      throw invalid(what, ">= " + min, value);
    }
    return value;
  }

  /**
   * Checks a whole number in {@code [min, max]}.
   *
   * @param what the argument
   * @param value the value
   * @param min the least allowed value
   * @param max the largest allowed value
   * @return the value
   * @throws IllegalArgumentException if out of range
   */
  public static long inRange(String what, long value, long min, long max) {
    if (value < min || value > max) {
      throw invalid(what, "in [" + min + ", " + max + "]", value);
    }
    return value;
  }

  /**
   * Checks a finite number at least 0.
   *
   * @param what the argument
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if negative, NaN or infinite
   */
  public static double finiteNonNegative(String what, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw invalid(what, "finite and >= 0", value);
    }
    return value;
  }

  /**
   * Checks a text that must hold more than white space: "{@code what} must not be blank but was
   * {@code 'value'}".
   *
   * @param what the argument
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is empty or only white space
   */
  public static String notBlank(String what, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank but was " + show(value));
    }
    return value;
  }

  /**
   * Checks that a value is one of the allowed ones.
   *
   * @param what the argument
   * @param value the value
   * @param allowed the allowed values
   * @param <T> the value type
   * @return the value
   * @throws IllegalArgumentException if {@code allowed} does not contain it
   */
  public static <T> T oneOf(String what, T value, Collection<? extends T> allowed) {
    if (!allowed.contains(value)) {
      throw invalid(what, "one of " + allowed, value);
    }
    return value;
  }

  private static String show(@Nullable Object value) {
    if (value instanceof CharSequence s) {
      return "'" + Quoted.of(s) + "'";
    }
    return String.valueOf(value);
  }
}
