package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextWidthTest {

  /** A text, its width in columns, and what it shows. */
  static Stream<Arguments> widths() {
    return Stream.of(
        // ASCII is one column a character
        Arguments.of("", 0, "empty"),
        Arguments.of("touchpoint 42 (all)", 19, "ASCII"),
        Arguments.of("\t~", 2, "ASCII control and symbol"),
        // Chinese ideographs, punctuation and fullwidth forms are two columns
        Arguments.of("让客户喜悦", 10, "Chinese ideographs"),
        Arguments.of("关键时刻 MOT", 8 + 1 + 3, "Chinese and ASCII"),
        // U+3001 ideographic comma and U+3002 full stop (CJK symbols and punctuation), U+FF08/U+FF09
        // fullwidth parentheses, U+FF1A fullwidth colon, U+3000 ideographic space
        Arguments.of("、。（）：\u3000", 12, "CJK punctuation and fullwidth forms"),
        // ASCII parentheses stay narrow: "喜悦 (+3)" is 4 + 5
        Arguments.of("喜悦 (+3)", 9, "ASCII parentheses beside Chinese"),
        // other East Asian scripts are wide
        Arguments.of("ひらがな", 8, "Hiragana"),
        Arguments.of("カタカナ", 8, "Katakana"),
        Arguments.of("한국어", 6, "Hangul syllables"),
        Arguments.of("ＡＢ１", 6, "fullwidth Latin and digits"),
        Arguments.of("\uD840\uDC0B", 2, "U+2000B, CJK extension B"),
        // Latin, Greek and ambiguous characters are narrow, and marks zero
        Arguments.of("Zürich ±0.5° αβγ Москва", 23, "Latin, Greek, Cyrillic"),
        Arguments.of("e\u0301", 1, "e with a combining acute accent"),
        Arguments.of("a\u200Bb", 2, "zero width space"),
        Arguments.of("\u4DC0", 1, "Yijing hexagram: neutral width"),
        Arguments.of("\u303F", 1, "U+303F half fill space: narrow"));
  }

  @ParameterizedTest(name = "{2}: {1}")
  @MethodSource("widths")
  void widthInColumns(String text, int width, String what) {
    assertThat(TextWidth.of(text)).as(what).isEqualTo(width);
  }

  @Test
  void boundariesOfTheWideRanges() {
    assertThat(TextWidth.of(0x10FF)).isEqualTo(1);
    assertThat(TextWidth.of(0x1100)).isEqualTo(2);
    assertThat(TextWidth.of(0x4E00)).isEqualTo(2);
    assertThat(TextWidth.of(0x9FFF)).isEqualTo(2);
    assertThat(TextWidth.of(0xFF60)).isEqualTo(2);
    assertThat(TextWidth.of(0xFF61)).as("halfwidth ideographic full stop").isEqualTo(1);
    assertThat(TextWidth.of(0xFFE6)).isEqualTo(2);
    assertThat(TextWidth.of(0x3FFFD)).isEqualTo(2);
    assertThat(TextWidth.of(0x3FFFE)).isEqualTo(1);
  }

  @Test
  void padsByColumnsNotCharacters() {
    assertThat(TextWidth.padEnd("接触点", 8)).isEqualTo("接触点  ");
    assertThat(TextWidth.padStart("接触点", 8)).isEqualTo("  接触点");
    assertThat(TextWidth.padEnd("abc", 5)).isEqualTo("abc  ");
    assertThat(TextWidth.padStart("abc", 5)).isEqualTo("  abc");
    assertThat(TextWidth.padEnd("接触点", 4)).as("wider than asked: unchanged").isEqualTo("接触点");
    assertThat(TextWidth.padStart("abc", 3)).isEqualTo("abc");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullTextIsRejected() {
    assertThatThrownBy(() -> TextWidth.of((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  /** Random ASCII text has the width of its length, so ASCII tables are padded as before. */
  @SeededTest
  void asciiWidthIsLength(Seed seed) {
    SplittableRandom r = seed.random();
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append((char) r.nextInt(0x20, 0x7F));
    }
    String s = sb.toString();
    assertThat(TextWidth.of(s)).as(seed + ": " + s).isEqualTo(s.length());
    int w = s.length() + r.nextInt(5);
    assertThat(TextWidth.padEnd(s, w)).as(seed.toString()).isEqualTo(s + " ".repeat(w - s.length()));
  }

  /** A Han character and two ASCII letters take the same columns, whatever their mix. */
  @SeededTest
  void mixedChineseAndAsciiPadToTheSameColumns(Seed seed) {
    List<String> cells = List.of("柜面销售", "Retail", "进入卖场 entering", "x", "售后服务（回访）");
    SplittableRandom r = seed.random();
    String a = cells.get(r.nextInt(cells.size()));
    String b = cells.get(r.nextInt(cells.size()));
    int w = Math.max(TextWidth.of(a), TextWidth.of(b)) + r.nextInt(3);
    assertThat(TextWidth.of(TextWidth.padEnd(a, w))).as(seed.toString()).isEqualTo(w);
    assertThat(TextWidth.of(TextWidth.padStart(b, w))).as(seed.toString()).isEqualTo(w);
  }
}
