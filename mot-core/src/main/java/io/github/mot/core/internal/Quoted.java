package io.github.mot.core.internal;

import java.util.Locale;

/**
 * User input as it appears in an error message: control characters escaped ({@code \u0000}) and
 * long input cut to its first {@value #MAX_LENGTH} characters with the full length said, so that a
 * hostile or mistaken megabyte-long value makes a message of a few hundred characters. Not API.
 */
public final class Quoted {

  /** The most characters of the input a message shows. */
  public static final int MAX_LENGTH = 200;

  private Quoted() {}

  /**
   * The text for a message.
   *
   * @param text the user's input
   * @return the printable, abbreviated text, without quotes
   */
  public static String of(CharSequence text) {
    int length = text.length();
    int end = Math.min(length, MAX_LENGTH);
    if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // do not cut a surrogate pair
    }
    StringBuilder b = new StringBuilder(end + 24);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (end < length) {
      b.append("... (").append(length).append(" characters)");
    }
    return b.toString();
  }
}
