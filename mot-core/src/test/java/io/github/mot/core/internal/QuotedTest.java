package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** User input in error messages: printable and short, whatever the input. */
class QuotedTest {

  @Test
  void shortInputIsShownAsItIsButForControlCharacters() {
    assertThat(Quoted.of("1..x")).isEqualTo("1..x");
    assertThat(Quoted.of("a\u0000b\nc")).isEqualTo("a\\u0000b\\u000ac");
    assertThat(Quoted.of("")).isEmpty();
    assertThat(Quoted.of("满意度")).isEqualTo("满意度");
  }

  @Test
  void longInputIsCutAndItsLengthSaid() {
    String huge = "9".repeat(1_000_000);
    assertThat(Quoted.of(huge)).isEqualTo("9".repeat(Quoted.MAX_LENGTH) + "... (1000000 characters)");
    assertThat(Quoted.of("x".repeat(Quoted.MAX_LENGTH))).isEqualTo("x".repeat(Quoted.MAX_LENGTH));
    // a surrogate pair is never cut in half
    String emoji = "a".repeat(Quoted.MAX_LENGTH - 1) + "\uD83D\uDE00" + "tail";
    assertThat(Quoted.of(emoji)).startsWith("a".repeat(Quoted.MAX_LENGTH - 1) + "... (");
  }

  @Test
  void parseMessagesStayShortForHugeInput() {
    String huge = "1..".repeat(400_000);
    assertThatThrownBy(() -> RatingScale.parse(huge))
        .hasMessageStartingWith("rating scale must be written as min..max (for example 1..7) but was '1..1..")
        .hasMessageEndingWith("... (1200000 characters)'")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    assertThatThrownBy(() -> ScorecardLevel.parse("X".repeat(1_000_000)))
        .hasMessageEndingWith("... (1000000 characters)'")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }

  /** Over generated input: at most MAX_LENGTH characters of it plus the length note, no control character. */
  @SeededTest
  void boundedAndPrintable(Seed seed) {
    SplittableRandom r = seed.random();
    int length = r.nextInt(r.nextBoolean() ? 50 : 5_000);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append((char) r.nextInt(r.nextBoolean() ? 0x80 : 0xFFFF));
    }
    String q = Quoted.of(b);
    assertThat(q.chars().noneMatch(Character::isISOControl)).as("%s", seed).isTrue();
    assertThat(q.length()).as("%s", seed).isLessThanOrEqualTo(6 * Quoted.MAX_LENGTH + 30);
    if (length <= Quoted.MAX_LENGTH && b.chars().noneMatch(Character::isISOControl)) {
      assertThat(q).isEqualTo(b.toString());
    }
  }
}
