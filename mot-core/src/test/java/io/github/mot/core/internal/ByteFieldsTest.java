package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast field parsers agree with the reference parsers wherever they accept: the instant of
 * {@code OffsetDateTime.parse} (or {@code LocalDateTime.parse} at UTC), the integer of the
 * encounter reader's pattern, {@link String#strip()}'s bounds, the JDK's strict UTF-8 decoder.
 */
class ByteFieldsTest {

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");

  /** What the encounter reader's reference path makes of a time cell, as epoch nanoseconds, or null. */
  static @org.jspecify.annotations.Nullable Long reference(String t) {
    java.time.Instant i;
    try {
      i = OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      try {
        i = LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
    try {
      return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
    } catch (ArithmeticException e) {
      return null;
    }
  }

  static long fast(String t) {
    byte[] b = ("xx" + t + "yy").getBytes(StandardCharsets.UTF_8);
    return ByteFields.epochNanos(b, 2, b.length - 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-02T09:14:05Z", "2026-03-02T17:14:05+08:00", "2026-03-02T09:14:05",
      "2026-03-02T09:14:05.5Z", "2026-03-02T09:14:05.123456789-03:30", "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z",
      "1969-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "2262-04-11T23:47:16.854775807Z",
      "1677-09-21T00:12:43.145224192Z", "2026-03-02T09:14:05+18:00", "2026-03-02T09:14:05-18:00"})
  void commonFormsGiveTheInstantOfJavaTime(String t) {
    Long expected = reference(t);
    long fast = fast(t);
    if (expected == null) {
      assertThat(fast).as(t).isEqualTo(ByteFields.NOT_FAST);
    } else {
      assertThat(fast).as(t).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-29T09:14:05Z", "2026-13-02T09:14:05Z", "2026-03-02T24:00:00Z", "2026-03-02T09:60:05Z",
      "2026-03-02T09:14:60Z", "2026-03-02t09:14:05z", "2026-03-02T09:14Z", "2026-03-02 09:14:05", "2026-03-02T09:14:05.Z",
      "2026-03-02T09:14:05.1234567890Z", "2026-03-02T09:14:05+0800", "2026-03-02T09:14:05+19:00", "2026-03-02T09:14:05+08",
      "+2026-03-02T09:14:05Z", "2026-3-02T09:14:05Z", "yesterday", "", "2262-04-11T23:47:16.854775808Z",
      "2026-03-02T09:14:05+08:00:00", "2026-03-02T09:14:05ZZ", "2026-04-31T00:00:00Z", "1900-02-29T00:00:00Z"})
  void otherFormsAreLeftToTheReferenceParser(String t) {
    assertThat(fast(t)).as(t).isEqualTo(ByteFields.NOT_FAST);
  }

  /** The reader that remembers the last date gives what the plain parser gives, date repeated or not. */
  @SeededTest
  void aReaderOfRepeatedDatesGivesWhatThePlainParserGives(Seed seed) {
    SplittableRandom r = seed.random();
    ByteFields.Instants instants = new ByteFields.Instants();
    String[] dates = {"2026-03-02T", "2026-03-03T", "2024-02-29T", "2023-02-29T", "2026-13-01T", "2026-03-0xT",
        "1969-12-31T", "2026-03-02 ", "2262-04-11T", "0000-01-01T"};
    String[] times = {"09:14:05Z", "23:59:59.999999999Z", "17:14:05+08:00", "00:00:00", "24:00:00Z", "09:60:00Z",
        "09:14:05.Z", "23:47:16.854775807Z", "23:47:16.854775808Z", "09:14", "09:14:05-18:00", "09:14:05+18:01"};
    for (int i = 0; i < 300; i++) {
      String text = dates[r.nextInt(r.nextBoolean() ? 2 : dates.length)] + times[r.nextInt(times.length)];
      byte[] b = ("x," + text + ",y").getBytes(StandardCharsets.UTF_8);
      assertThat(instants.epochNanos(b, 2, b.length - 2)).as("%s: %s", seed, text).isEqualTo(fast(text));
    }
  }

  @SeededTest
  void randomTimesAgreeWithJavaTime(Seed seed) {
    SplittableRandom r = seed.random();
    for (int i = 0; i < 200; i++) {
      LocalDate d = LocalDate.ofEpochDay(r.nextLong(-120_000, 120_000));
      StringBuilder t = new StringBuilder();
      t.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d", Math.abs(d.getYear()) % 10000, d.getMonthValue(),
          r.nextInt(10) == 0 ? r.nextInt(0, 33) : d.getDayOfMonth(), r.nextInt(0, 25), r.nextInt(0, 61), r.nextInt(0, 61)));
      if (r.nextBoolean()) {
        t.append('.').append(String.format("%09d", r.nextLong(0, 1_000_000_000L)), 0, 1 + r.nextInt(9));
      }
      switch (r.nextInt(4)) {
        case 0 -> t.append('Z');
        case 1 -> t.append(String.format("%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(0, 20), r.nextInt(0, 61)));
        case 2 -> { }
        default -> t.append(List.of("z", "+08", "+0800", " ", "Z ").get(r.nextInt(5)));
      }
      String text = t.toString();
      Long expected = reference(text);
      long fast = fast(text);
      if (fast != ByteFields.NOT_FAST) {
        assertThat(fast).as("%s: %s", seed, text).isEqualTo(expected);
      }
      if (expected != null && text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[+-]\\d\\d:\\d\\d)?")) {
        assertThat(fast).as("%s: %s is a common form", seed, text).isEqualTo(expected);
      }
    }
  }

  @SeededTest
  void integersAgreeWithTheReadersPattern(Seed seed) {
    SplittableRandom r = seed.random();
    String alphabet = "0123456789+- .x";
    for (int i = 0; i < 100; i++) {
      StringBuilder s = new StringBuilder();
      int n = r.nextInt(12);
      for (int k = 0; k < n; k++) {
        s.append(k < 2 || r.nextInt(8) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : (char) ('0' + r.nextInt(10)));
      }
      String text = s.toString();
      byte[] b = text.getBytes(StandardCharsets.US_ASCII);
      long fast = ByteFields.smallInteger(b, 0, b.length);
      if (INTEGER.matcher(text).matches()) {
        assertThat(fast).as(text).isEqualTo(Long.parseLong(text));
      } else {
        assertThat(fast).as(text).isEqualTo(ByteFields.NOT_FAST);
      }
    }
  }

  @SeededTest
  void stripBoundsAreThoseOfStringStripOrUndecided(Seed seed) {
    SplittableRandom r = seed.random();
    String[] pieces = {" ", "\t", "\u3000", "\u00A0", "\u2003", "a", "中", "é", "\u001C", "𝄞", "x y", "\u0085"};
    for (int i = 0; i < 100; i++) {
      StringBuilder s = new StringBuilder();
      int n = r.nextInt(6);
      for (int k = 0; k < n; k++) {
        s.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = s.toString();
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      int from = ByteFields.stripStart(b, 0, b.length);
      int to = ByteFields.stripEnd(b, 0, b.length);
      if (from >= 0 && to >= 0) {
        String stripped = from >= to ? "" : new String(b, from, to - from, StandardCharsets.UTF_8);
        assertThat(stripped).as("%s: '%s'", seed, text).isEqualTo(text.strip());
      }
      if (text.strip().isEmpty() || (text.strip().equals(text) && !text.isEmpty())) {
        // nothing to strip, or nothing but white space: decided whenever the edges are ASCII or not white space
        if (text.chars().allMatch(c -> c < 0x80)) {
          assertThat(from).isNotNegative();
          assertThat(to).isNotNegative();
        }
      }
    }
  }

  @Test
  void utf8IsJudgedAsTheStrictDecoderJudgesIt() throws Exception {
    byte[][] cases = {
        {'a', 'b'}, {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xFF},
        {(byte) 0xF0, (byte) 0x9D, (byte) 0x84, (byte) 0x9E}, {(byte) 0xC2, (byte) 0x85}, {(byte) 0x80}};
    for (byte[] c : cases) {
      boolean valid;
      try {
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(c));
        valid = true;
      } catch (java.nio.charset.CharacterCodingException e) {
        valid = false;
      }
      assertThat(ByteFields.validUtf8(c, 0, c.length)).as(java.util.Arrays.toString(c)).isEqualTo(valid);
      if (valid) {
        String s = new String(c, StandardCharsets.UTF_8);
        assertThat(ByteFields.hasControl(c, 0, c.length)).isEqualTo(s.chars().anyMatch(Character::isISOControl));
      }
    }
  }
}
