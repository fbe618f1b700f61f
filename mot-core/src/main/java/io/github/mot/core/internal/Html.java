package io.github.mot.core.internal;

import java.util.List;

/**
 * Text in HTML: the one escaping that mot-core's HTML renderer and the examples' HTML report share.
 * Not API.
 */
public final class Html {

  /** The characters that are replaced, each by the entity at its index in {@link #ENTITIES}. */
  private static final String SPECIAL = "&<>\"'";

  private static final List<String> ENTITIES = List.of("&amp;", "&lt;", "&gt;", "&quot;", "&#39;");

  private Html() {}

  /**
   * Escapes text for HTML element content and attribute values (single- or double-quoted): {@code
   * & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;}; every other character is kept.
   *
   * @param s the text
   * @return the escaped text
   */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int special = SPECIAL.indexOf(c);
      if (special < 0) {
        sb.append(c);
      } else {
        sb.append(ENTITIES.get(special));
      }
    }
    return sb.toString();
  }
}
