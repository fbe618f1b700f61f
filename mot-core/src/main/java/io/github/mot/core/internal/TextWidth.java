package io.github.mot.core.internal;

import java.util.Objects;

/**
 * The width of text in the columns of a terminal with a monospaced font, for aligning the
 * plain-text tables of the {@code toString()} methods: East Asian Wide and Fullwidth characters
 * (Chinese, Japanese and Korean ideographs and syllables, CJK symbols and punctuation such as
 * {@code 、} and {@code 。}, fullwidth forms such as {@code （} and {@code ：}) take two columns,
 * combining marks and format characters none, every other character one.
 *
 * <p>The wide ranges follow the {@code W} and {@code F} values of Unicode's East Asian Width
 * property (UAX #11), grouped by block as terminals' {@code wcwidth} does (Markus Kuhn's reference
 * implementation and its successors): Hangul Jamo initials U+1100..U+115F, U+2329..U+232A,
 * U+2E80..U+303E (CJK radicals, Kangxi radicals, ideographic description characters, CJK symbols
 * and punctuation), U+3041..U+33FF (Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo,
 * Kanbun, CJK strokes, enclosed CJK letters, CJK compatibility), U+3400..U+4DBF and U+4E00..U+9FFF
 * (CJK unified ideographs and extension A), U+A000..U+A4CF (Yi), U+A960..U+A97F (Hangul Jamo
 * extended A), U+AC00..U+D7A3 (Hangul syllables), U+F900..U+FAFF (CJK compatibility ideographs),
 * U+FE10..U+FE19 (vertical forms), U+FE30..U+FE6F (CJK compatibility forms, small form variants),
 * U+FF00..U+FF60 and U+FFE0..U+FFE6 (fullwidth forms), U+1B000..U+1B16F (Kana supplement and
 * extension A), U+1F300..U+1F64F and U+1F900..U+1F9FF (pictographs and emoticons, which terminals
 * show double width) and the supplementary ideographic planes U+20000..U+3FFFD. Ambiguous-width
 * characters ({@code ·}, {@code °}, Greek and Cyrillic letters) count one column, as in terminals
 * outside a CJK legacy locale. Zero width: non-spacing and enclosing marks (such as U+0301, the
 * combining acute accent) and format characters (such as U+200B, the zero width space).
 *
 * <p>For ASCII text the width is the number of characters, so tables of ASCII text are padded
 * exactly as by {@code String.length()}.
 *
 * <p>Stateless and thread-safe. Not part of the API: exported only to the library's own modules.
 */
public final class TextWidth {

  /** The inclusive ranges of two-column code points, in ascending order: start, end, start, ... */
  private static final int[] WIDE = {
    0x1100, 0x115F,
    0x2329, 0x232A,
    0x2E80, 0x303E,
    0x3041, 0x33FF,
    0x3400, 0x4DBF,
    0x4E00, 0x9FFF,
    0xA000, 0xA4CF,
    0xA960, 0xA97F,
    0xAC00, 0xD7A3,
    0xF900, 0xFAFF,
    0xFE10, 0xFE19,
    0xFE30, 0xFE6F,
    0xFF00, 0xFF60,
    0xFFE0, 0xFFE6,
    0x1B000, 0x1B16F,
    0x1F300, 0x1F64F,
    0x1F900, 0x1F9FF,
    0x20000, 0x2FFFD,
    0x30000, 0x3FFFD,
  };

  private TextWidth() {}

  /**
   * The number of terminal columns a code point takes.
   *
   * @param codePoint a Unicode code point
   * @return 2 for an East Asian Wide or Fullwidth character, 0 for a non-spacing or enclosing mark
   *     or a format character, else 1
   */
  public static int of(int codePoint) {
    if (codePoint < 0x300) {
      return 1; // ASCII and Latin-1: the common case, and no wide or combining character here
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /**
   * The number of terminal columns a text takes: the sum of {@link #of(int)} over its code points.
   *
   * @param text the text
   * @return the width, {@code text.length()} for ASCII text
   * @throws NullPointerException if {@code text} is null
   */
  public static int of(String text) {
    Objects.requireNonNull(text, "text");
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      width += of(cp);
    }
    return width;
  }

  /**
   * The text followed by blanks up to a width: a left-aligned cell.
   *
   * @param text the text
   * @param width the columns the cell takes
   * @return {@code text} and {@code width - of(text)} blanks (none if the text is as wide or wider)
   * @throws NullPointerException if {@code text} is null
   */
  public static String padEnd(String text, int width) {
    int pad = width - of(text);
    return pad <= 0 ? text : text + " ".repeat(pad);
  }

  /**
   * Blanks up to a width, then the text: a right-aligned cell.
   *
   * @param text the text
   * @param width the columns the cell takes
   * @return {@code width - of(text)} blanks (none if the text is as wide or wider) and {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public static String padStart(String text, int width) {
    int pad = width - of(text);
    return pad <= 0 ? text : " ".repeat(pad) + text;
  }

  private static boolean isWide(int cp) {
    if (cp < WIDE[0]) {
      return false;
    }
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[2 * mid]) {
        hi = mid - 1;
      } else if (cp > WIDE[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
