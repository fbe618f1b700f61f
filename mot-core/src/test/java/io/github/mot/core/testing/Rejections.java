package io.github.mot.core.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The assertions of the tests of invalid arguments, shared by every module: a call is rejected
 * with the right exception and a message that names the field, the value and what is allowed.
 */
public final class Rejections {

  private Rejections() {}

  /**
   * Asserts that the call throws an {@link IllegalArgumentException} with exactly this message.
   *
   * @param message the whole message
   * @param call the call
   */
  public static void assertRejects(String message, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  /**
   * Asserts that the call throws an {@link IllegalArgumentException} whose message contains this
   * text.
   *
   * @param part a part of the message
   * @param call the call
   */
  public static void assertRejectsWith(String part, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(part);
  }

  /**
   * Asserts that the call throws a {@link NullPointerException} whose message is the argument's
   * name, as {@code Objects.requireNonNull(x, "name")} gives.
   *
   * @param argument the name of the null argument
   * @param call the call
   */
  public static void assertRejectsNull(String argument, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(argument);
  }
}
