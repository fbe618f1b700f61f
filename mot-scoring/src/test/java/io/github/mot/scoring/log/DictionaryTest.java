package io.github.mot.scoring.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

/** The dictionary behind every text column: codes in first-seen order, looked up by characters. */
class DictionaryTest {

  @Test
  void codesAreGivenInFirstSeenOrderAndLookedUpByCharacters() {
    Dictionary d = new Dictionary();
    assertThat(d.intern("b")).isZero();
    assertThat(d.intern(new StringBuilder("a"))).isEqualTo(1);
    assertThat(d.intern(CharBuffer.wrap("xxbyy".toCharArray(), 2, 1))).isZero();
    assertThat(d.intern("a")).isEqualTo(1);
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.values()).containsExactly("b", "a");
    assertThat(d.get(1)).isEqualTo("a");
  }

  @Test
  void collidingHashesAndGrowthKeepEveryValueApart() {
    // "Aa" and "BB" have the same String.hashCode; so do all their concatenations
    Dictionary d = new Dictionary();
    String[] colliding = {"AaAa", "AaBB", "BBAa", "BBBB"};
    for (int i = 0; i < colliding.length; i++) {
      assertThat(d.intern(colliding[i])).isEqualTo(i);
    }
    for (int i = 0; i < 100_000; i++) {
      assertThat(d.intern("v" + i)).isEqualTo(colliding.length + i);
    }
    for (int i = 0; i < colliding.length; i++) {
      assertThat(d.intern(new StringBuilder(colliding[i]))).isEqualTo(i);
    }
    for (int i = 0; i < 100_000; i += 997) {
      assertThat(d.intern(new StringBuilder("v").append(i))).isEqualTo(colliding.length + i);
    }
    assertThat(d.size()).isEqualTo(100_004);
  }

  @Test
  void valuesAppendedWithoutALookUpAreFoundByTheNextLookUps() {
    Dictionary d = new Dictionary();
    assertThat(d.intern("x")).isZero();
    for (int i = 0; i < 10_000; i++) {
      assertThat(d.append("a" + i)).isEqualTo(1 + i);
    }
    assertThat(d.intern(new StringBuilder("a9999"))).isEqualTo(10_000);
    assertThat(d.intern("x")).isZero();
    assertThat(d.intern("new")).isEqualTo(10_001);
    assertThat(d.append("after")).isEqualTo(10_002);
    assertThat(d.intern("after")).isEqualTo(10_002);
    for (int i = 0; i < 10_000; i += 7) {
      assertThat(d.intern("a" + i)).isEqualTo(1 + i);
    }
    assertThat(d.size()).isEqualTo(10_003);
    assertThat(d.values()).startsWith("x", "a0", "a1").endsWith("new", "after");
  }
}
