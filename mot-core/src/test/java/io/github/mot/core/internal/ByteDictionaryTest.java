package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@link ByteDictionary} gives what a hash map of the values' texts gives: one code per distinct
 * value in first-seen order, whatever the value's length (packed into a long up to 8 bytes, compared
 * byte by byte beyond) and wherever it sits in the buffer.
 */
class ByteDictionaryTest {

  private static final String[] PARTS = {"", "a", "A", "0", "c1", "顾", "客", "\u0000", "\u00FF", "é", "12345678", "x"};

  @SeededTest
  void codesAreFirstSeenOrderOfDistinctValues(Seed seed) {
    SplittableRandom r = seed.random();
    ByteDictionary d = new ByteDictionary();
    Map<String, Integer> expected = new HashMap<>();
    int n = r.nextInt(3000);
    int distinct = 1 + r.nextInt(500);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      SplittableRandom v = new SplittableRandom(r.nextInt(distinct)); // a value drawn from a fixed pool
      int parts = v.nextInt(5);
      for (int p = 0; p < parts; p++) {
        sb.append(PARTS[v.nextInt(PARTS.length)]);
      }
      String value = sb.toString();
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      int pad = r.nextInt(4);
      byte[] buffer = new byte[pad + utf8.length + r.nextInt(4)];
      java.util.Arrays.fill(buffer, (byte) ',');
      System.arraycopy(utf8, 0, buffer, pad, utf8.length);
      int c = d.codeOrAdd(buffer, pad, pad + utf8.length);
      Integer known = expected.get(value);
      if (known == null) {
        assertThat(c).as(value).isEqualTo(-expected.size() - 1);
        expected.put(value, expected.size());
      } else {
        assertThat(c).as(value).isEqualTo(known);
      }
    }
    assertThat(d.size()).isEqualTo(expected.size());
    expected.forEach((value, code) -> assertThat(d.text(code)).isEqualTo(value));
  }

  /** Adding another dictionary's entries by code gives what adding their bytes gives. */
  @SeededTest
  void entriesOfAnotherDictionaryGetTheCodesOfTheirBytes(Seed seed) {
    SplittableRandom r = seed.random();
    ByteDictionary global = new ByteDictionary();
    ByteDictionary byBytes = new ByteDictionary();
    for (int chunk = 0; chunk < 1 + r.nextInt(5); chunk++) {
      ByteDictionary local = new ByteDictionary();
      int distinct = 1 + r.nextInt(300);
      for (int i = 0; i < r.nextInt(1000); i++) {
        SplittableRandom v = new SplittableRandom(r.nextInt(distinct));
        StringBuilder sb = new StringBuilder();
        for (int p = v.nextInt(6); p > 0; p--) {
          sb.append(PARTS[v.nextInt(PARTS.length)]);
        }
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        local.codeOrAdd(utf8, 0, utf8.length);
      }
      for (int code = 0; code < local.size(); code++) {
        byte[] utf8 = local.text(code).getBytes(StandardCharsets.UTF_8);
        assertThat(global.codeOrAdd(local, code)).as(local.text(code)).isEqualTo(byBytes.codeOrAdd(utf8, 0, utf8.length));
      }
    }
    assertThat(global.size()).isEqualTo(byBytes.size());
    for (int code = 0; code < global.size(); code++) {
      assertThat(global.text(code)).isEqualTo(byBytes.text(code));
    }
  }
}
