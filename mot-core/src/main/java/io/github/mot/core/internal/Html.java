package io.github.mot.core.internal;

/**
 * Text in HTML: the one escaping that mot-core's HTML renderer and the examples' HTML report share.
 * Not API.
 */
public final class Html {

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
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
