package io.github.mot.core.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * The contract every reader must keep on hostile input, as one assertion: within a time limit the
 * input either parses or fails with the reader's documented exception, whose message is not blank;
 * no other exception or error (a {@code NullPointerException}, an {@code ArithmeticException}, a
 * {@code StackOverflowError}, an {@code OutOfMemoryError}) escapes and nothing hangs.
 */
public final class FuzzAssertions {

  /** The time one input may take unless a test says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private FuzzAssertions() {}

  /**
   * The result of one fuzzed input: the parsed value, or the documented exception.
   *
   * @param value the parsed value, if the input parsed
   * @param failure the documented exception, if it did not
   * @param <T> the type of the parsed value
   */
  public record Outcome<T>(Optional<T> value, Optional<Throwable> failure) {

    /**
     * Whether the input parsed.
     *
     * @return true if {@link #value()} is present
     */
    public boolean parsed() {
      return value.isPresent();
    }

    /**
     * The message of the failure, or the empty string if the input parsed.
     *
     * @return the message
     */
    public String message() {
      return failure.map(t -> String.valueOf(t.getMessage())).orElse("");
    }
  }

  /**
   * Runs {@code parse} on a separate thread with {@link #DEFAULT_TIMEOUT} and checks the contract.
   *
   * @param input a description of the input, for the failure message (see {@link
   *     FuzzGenerators#describe(String)})
   * @param documented the documented exception type of the reader
   * @param parse the parsing, returning a non-null value
   * @param <T> the type of the parsed value
   * @return the outcome
   */
  public static <T> Outcome<T> parsesOrFails(
      String input, Class<? extends Throwable> documented, ThrowingSupplier<T> parse) {
    return parsesOrFails(DEFAULT_TIMEOUT, input, documented, parse);
  }

  /**
   * Runs {@code parse} on a separate thread with a time limit and checks the contract.
   *
   * @param timeout the time limit
   * @param input a description of the input, for the failure message
   * @param documented the documented exception type of the reader
   * @param parse the parsing, returning a non-null value
   * @param <T> the type of the parsed value
   * @return the outcome
   */
  public static <T> Outcome<T> parsesOrFails(
      Duration timeout,
      String input,
      Class<? extends Throwable> documented,
      ThrowingSupplier<T> parse) {
    return assertTimeoutPreemptively(
        timeout,
        () -> outcome(input, documented, parse),
        () -> "no answer within " + timeout + " for input " + input);
  }

  /**
   * Checks the contract on the calling thread, without a time limit: for loops of many small
   * inputs that run inside one {@link org.junit.jupiter.api.Assertions#assertTimeoutPreemptively}
   * (a thread per input would cost more than the parsing).
   *
   * @param input a description of the input, for the failure message
   * @param documented the documented exception type of the reader
   * @param parse the parsing, returning a non-null value
   * @param <T> the type of the parsed value
   * @return the outcome
   */
  public static <T> Outcome<T> outcome(
      String input, Class<? extends Throwable> documented, ThrowingSupplier<T> parse) {
    return outcome(input, List.of(documented), parse);
  }

  /**
   * Checks the contract on the calling thread for a reader with several documented exceptions
   * (for example {@code IOException} for bad syntax and {@code IllegalArgumentException} for a
   * bad value).
   *
   * @param input a description of the input, for the failure message
   * @param documented the documented exception types of the reader
   * @param parse the parsing, returning a non-null value
   * @param <T> the type of the parsed value
   * @return the outcome
   */
  public static <T> Outcome<T> outcome(
      String input, List<Class<? extends Throwable>> documented, ThrowingSupplier<T> parse) {
    try {
      return new Outcome<T>(Optional.of(parse.get()), Optional.empty());
    } catch (Throwable t) {
      if (documented.stream().noneMatch(type -> type.isInstance(t))) {
        throw new AssertionError(
            "expected a value or one of " + documented + " but got " + t + " for input " + input,
            t);
      }
      String message = t.getMessage();
      if (message == null || message.isBlank()) {
        throw new AssertionError(
            "the " + t.getClass().getSimpleName() + " has no message for input " + input, t);
      }
      return new Outcome<T>(Optional.empty(), Optional.of(t));
    }
  }
}
