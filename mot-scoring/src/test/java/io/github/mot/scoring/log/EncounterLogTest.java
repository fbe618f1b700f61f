package io.github.mot.scoring.log;

import static io.github.mot.core.testing.Rejections.assertRejects;
import static io.github.mot.core.testing.Rejections.assertRejectsNull;
import static io.github.mot.core.testing.Rejections.assertRejectsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The columnar encounter log: accessors, adaptive widths, missing markers, slices, the budget. */
class EncounterLogTest {

  static final Instant T0 = Instant.parse("2026-11-24T10:15:30Z");

  static Encounter bare(String customer, String touchpoint, Instant at) {
    return Encounter.builder().customerId(customer).touchpointId(touchpoint).occurredAt(at).build();
  }

  static final Encounter FULL = Encounter.builder()
      .customerId("c-17").touchpointId("greeting").occurredAt(T0.plusNanos(123_456_789))
      .staffId("s-3").level(ScorecardLevel.EXCEEDS_EXPECTATIONS)
      .ratings(AbcRatings.of(RatingScale.SEVEN_POINT, 6, 7, 5))
      .duration(Duration.ofSeconds(20)).note("friendly")
      .build();

  static final Encounter BARE = bare("c-18", "paying", T0.minusSeconds(60));

  // --- accessors ----------------------------------------------------------------------------------

  @Test
  void accessorsGiveWhatWasAdded() {
    EncounterLog log = EncounterLog.builder()
        .add(FULL, Map.of("channel", "store"))
        .add(BARE)
        .add(FULL.withLevel(ScorecardLevel.DAMAGES_RELATIONSHIP), Map.of("channel", "phone"))
        .build();

    assertThat(log.size()).isEqualTo(3);
    assertThat(log.customers()).containsExactly("c-17", "c-18");
    assertThat(log.touchpoints()).containsExactly("greeting", "paying");
    assertThat(log.staff()).containsExactly("s-3");
    assertThat(log.notes()).containsExactly("friendly");
    assertThat(log.ratingScales()).containsExactly(RatingScale.SEVEN_POINT);

    assertThat(log.customerCode(0)).isZero();
    assertThat(log.customerCode(1)).isEqualTo(1);
    assertThat(log.customerId(2)).isEqualTo("c-17");
    assertThat(log.touchpointCode(1)).isEqualTo(1);
    assertThat(log.touchpointId(0)).isEqualTo("greeting");
    assertThat(log.epochNanos(0)).isEqualTo(T0.getEpochSecond() * 1_000_000_000L + 123_456_789);
    assertThat(log.occurredAt(1)).isEqualTo(T0.minusSeconds(60));
    assertThat(log.staffCode(0)).isZero();
    assertThat(log.staffId(0)).hasValue("s-3");
    assertThat(log.hasLevel(0)).isTrue();
    assertThat(log.levelValue(0)).isEqualTo(2);
    assertThat(log.levelValue(2)).isEqualTo(-3);
    assertThat(log.level(2)).hasValue(ScorecardLevel.DAMAGES_RELATIONSHIP);
    assertThat(log.hasRatings(0)).isTrue();
    assertThat(log.ratingScaleCode(0)).isZero();
    assertThat(log.rating(0, AbcComponent.APPEARANCE)).isEqualTo(6.0);
    assertThat(log.rating(0, AbcComponent.BEHAVIOUR)).isEqualTo(7.0);
    assertThat(log.rating(0, AbcComponent.COMMUNICATION)).isEqualTo(5.0);
    assertThat(log.ratings(0)).hasValue(AbcRatings.of(RatingScale.SEVEN_POINT, 6, 7, 5));
    assertThat(log.hasDuration(0)).isTrue();
    assertThat(log.durationNanos(0)).isEqualTo(20_000_000_000L);
    assertThat(log.duration(0)).hasValue(Duration.ofSeconds(20));
    assertThat(log.noteCode(0)).isZero();
    assertThat(log.note(0)).hasValue("friendly");
    assertThat(log.attributes()).extracting(EncounterLog.Attribute::name).containsExactly("channel");
    EncounterLog.Attribute channel = log.attribute("channel");
    assertThat(channel.values()).containsExactly("store", "phone");
    assertThat(channel.code(0)).isZero();
    assertThat(channel.code(1)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(channel.value(2)).hasValue("phone");
    assertThat(channel).hasToString("channel: 2 values");
    assertThat(log.attributes(0)).containsExactly(Map.entry("channel", "store"));
    assertThat(log.attributes(1)).isEmpty();
    assertThat(log.encounter(0)).isEqualTo(FULL);
    assertThat(log.encounter(1)).isEqualTo(BARE);
    assertThat(log.encounters()).containsExactly(FULL, BARE, FULL.withLevel(ScorecardLevel.DAMAGES_RELATIONSHIP));
  }

  @Test
  void missingValuesHaveTheirMarkers() {
    EncounterLog log = EncounterLog.of(List.of(BARE));
    assertThat(log.staffCode(0)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(log.staffId(0)).isEmpty();
    assertThat(log.hasLevel(0)).isFalse();
    assertThat(log.level(0)).isEmpty();
    assertThat(log.hasRatings(0)).isFalse();
    assertThat(log.ratingScaleCode(0)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(log.ratings(0)).isEmpty();
    assertThat(log.hasDuration(0)).isFalse();
    assertThat(log.duration(0)).isEmpty();
    assertThat(log.noteCode(0)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(log.note(0)).isEmpty();
    assertThatThrownBy(() -> log.levelValue(0)).isInstanceOf(NoSuchElementException.class)
        .hasMessage("row 0 has no scorecard level");
    assertThatThrownBy(() -> log.rating(0, AbcComponent.BEHAVIOUR))
        .isInstanceOf(NoSuchElementException.class).hasMessage("row 0 has no ABC ratings");
    assertThatThrownBy(() -> log.durationNanos(0)).isInstanceOf(NoSuchElementException.class)
        .hasMessage("row 0 has no duration");
    // a column that every row lacks costs nothing
    assertThat(log.bytesPerRow("staff")).isZero();
    assertThat(log.bytesPerRow("level")).isZero();
    assertThat(log.bytesPerRow("ratings")).isZero();
    assertThat(log.bytesPerRow("duration")).isZero();
    assertThat(log.bytesPerRow("note")).isZero();
    assertThat(log.columnBytes()).isEqualTo(1 + 1 + 8);
  }

  @Test
  void missingValuesAmongPresentOnesKeepTheirMarkers() {
    EncounterLog log = EncounterLog.of(List.of(FULL, BARE, FULL));
    assertThat(log.hasLevel(1)).isFalse();
    assertThat(log.hasRatings(1)).isFalse();
    assertThat(log.hasDuration(1)).isFalse();
    assertThat(log.staffCode(1)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(log.noteCode(1)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(log.encounter(1)).isEqualTo(BARE);
    assertThat(log.encounter(2)).isEqualTo(FULL);
  }

  @Test
  void rowsOutsideTheLogAreRejected() {
    EncounterLog log = EncounterLog.of(List.of(BARE));
    assertThatThrownBy(() -> log.customerCode(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.staffCode(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.hasLevel(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.noteCode(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.encounter(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anEmptyLogIsEmpty() {
    EncounterLog log = EncounterLog.builder().build();
    assertThat(log.size()).isZero();
    assertThat(log.customers()).isEmpty();
    assertThat(log.columnBytes()).isZero();
    assertThat(log.byCustomer().customers()).isZero();
    assertThat(log.toString()).startsWith("Encounter log: 0 encounters, 0 customers");
  }

  @Test
  void dictionariesAreUnmodifiable() {
    EncounterLog log = EncounterLog.of(List.of(FULL));
    assertThatThrownBy(() -> log.customers().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> log.ratingScales().set(0, RatingScale.FIVE_POINT))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> log.attributes(0).put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theBuilderKeepsGoingAfterBuild() {
    EncounterLog.Builder b = EncounterLog.builder().add(FULL);
    EncounterLog first = b.build();
    b.add(BARE);
    assertThat(first.size()).isEqualTo(1);
    assertThat(b.size()).isEqualTo(2);
    assertThat(b.build().encounters()).containsExactly(FULL, BARE);
  }

  @Test
  void theLowLevelAppenderTakesParsedValuesWithoutEncounterObjects() {
    EncounterLog.Builder b = EncounterLog.builder().add(FULL, Map.of("channel", "store"));
    // a reader holds its cells as character sequences over its buffer
    int customer = b.customerCode(new StringBuilder("c-17"));
    assertThat(customer).isZero();
    int touchpoint = b.touchpointCode(CharSequenceOf.of("paying"));
    int staff = b.staffCode(new StringBuilder("s-3"));
    int scale = b.ratingScaleCode(RatingScale.SEVEN_POINT);
    int channel = b.attributeColumn("channel");
    int row = b.append(customer, touchpoint, EncounterLog.toNanos(T0), staff, (byte) -1, scale, 2, 3, 4,
        1_000_000L, b.noteCode(new StringBuilder("friendly")));
    b.attribute(channel, b.attributeCode(channel, new StringBuilder("phone")));
    b.append(b.customerCode("c-18"), touchpoint, EncounterLog.toNanos(T0), EncounterLog.NO_CODE,
        EncounterLog.NO_LEVEL, EncounterLog.NO_CODE, 0, 0, 0, -1, EncounterLog.NO_CODE);
    EncounterLog log = b.build();
    assertThat(row).isEqualTo(1);
    assertThat(log.touchpoints()).containsExactly("greeting", "paying");
    assertThat(log.encounter(1)).isEqualTo(Encounter.builder().customerId("c-17").touchpointId("paying")
        .occurredAt(T0).staffId("s-3").level(ScorecardLevel.PARTLY_FALLS_SHORT)
        .ratings(AbcRatings.of(RatingScale.SEVEN_POINT, 2, 3, 4)).duration(Duration.ofMillis(1))
        .note("friendly").build());
    assertThat(log.attributes(1)).containsExactly(Map.entry("channel", "phone"));
    assertThat(log.encounter(2)).isEqualTo(bare("c-18", "paying", T0));
    assertThat(log.attributes(2)).isEmpty();
    assertThatThrownBy(() -> EncounterLog.builder().attribute(0, 0)).isInstanceOf(RuntimeException.class);
  }

  /** A character sequence that is not a String. */
  record CharSequenceOf(char[] text) implements CharSequence {
    static CharSequenceOf of(String s) {
      return new CharSequenceOf(s.toCharArray());
    }

    @Override
    public int length() {
      return text.length;
    }

    @Override
    public char charAt(int index) {
      return text[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(text, start, end - start);
    }

    @Override
    public String toString() {
      return new String(text);
    }
  }

  // --- adaptive widths -------------------------------------------------------------------------

  @Test
  void the256thTouchpointSwitchesToShortCodes() {
    EncounterLog.Builder b = EncounterLog.builder();
    for (int i = 0; i < 255; i++) {
      b.add(bare("c", "t" + i, T0));
    }
    EncounterLog at255 = b.build();
    assertThat(at255.bytesPerRow("touchpoint")).isEqualTo(1);
    b.add(bare("c", "t255", T0));
    EncounterLog at256 = b.build();
    assertThat(at256.bytesPerRow("touchpoint")).isEqualTo(2);
    assertThat(at256.touchpointCode(255)).isEqualTo(255);
    assertThat(at256.touchpointCode(254)).isEqualTo(254);
    assertThat(at256.touchpointId(0)).isEqualTo("t0");
    // 256 rows: customer 1 + touchpoint 2 + instant 8
    assertThat(at256.columnBytes()).isEqualTo(256L * (1 + 2 + 8));
  }

  @Test
  void the65536thStaffSwitchesToIntCodes() {
    EncounterLog.Builder b = EncounterLog.builder();
    Encounter e = bare("c", "t", T0);
    b.add(e); // no staff: the missing marker is stored from the first staff on
    for (int i = 0; i < 65_535; i++) {
      b.add(e.withStaffId("s" + i));
    }
    EncounterLog at65535 = b.build();
    assertThat(at65535.bytesPerRow("staff")).isEqualTo(2);
    assertThat(at65535.staffCode(0)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(at65535.staffCode(65_535)).isEqualTo(65_534);
    b.add(e.withStaffId("s65535")).add(e);
    EncounterLog at65536 = b.build();
    assertThat(at65536.bytesPerRow("staff")).isEqualTo(4);
    assertThat(at65536.staffCode(65_536)).isEqualTo(65_535);
    assertThat(at65536.staffCode(65_537)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(at65536.staffCode(0)).isEqualTo(EncounterLog.NO_CODE);
    assertThat(at65536.staffId(300)).hasValue("s299");
    assertThat(at65536.staffId(65_536)).hasValue("s65535");
  }

  @Test
  void customerCodesWidenFromByteToInt() {
    EncounterLog.Builder b = EncounterLog.builder();
    for (int i = 0; i < 70_000; i++) {
      b.add(bare("c" + i, "t", T0));
      if (i == 254) {
        assertThat(b.build().bytesPerRow("customer")).isEqualTo(1);
      } else if (i == 255 || i == 65_534) {
        assertThat(b.build().bytesPerRow("customer")).isEqualTo(2);
      }
    }
    EncounterLog log = b.build();
    assertThat(log.bytesPerRow("customer")).isEqualTo(4);
    assertThat(IntStream.range(0, log.size()).allMatch(r -> log.customerId(r).equals("c" + r))).isTrue();
  }

  @Test
  void durationsSwitchFromMillisecondsToNanoseconds() {
    Encounter e = bare("c", "t", T0);
    EncounterLog.Builder b = EncounterLog.builder()
        .add(e.withDuration(Duration.ofMillis(1500)))
        .add(e)
        .add(e.withDuration(Duration.ZERO));
    EncounterLog millis = b.build();
    assertThat(millis.bytesPerRow("duration")).isEqualTo(4);
    assertThat(millis.durationNanos(0)).isEqualTo(1_500_000_000L);
    assertThat(millis.duration(2)).hasValue(Duration.ZERO);

    b.add(e.withDuration(Duration.ofNanos(1)));
    EncounterLog nanos = b.build();
    assertThat(nanos.bytesPerRow("duration")).isEqualTo(8);
    assertThat(nanos.duration(0)).hasValue(Duration.ofMillis(1500));
    assertThat(nanos.hasDuration(1)).isFalse();
    assertThat(nanos.duration(2)).hasValue(Duration.ZERO);
    assertThat(nanos.durationNanos(3)).isEqualTo(1);

    // whole milliseconds, but more than an int holds: 2^31 - 1 ms is about 24.8 days
    EncounterLog longOnes = EncounterLog.of(List.of(
        e.withDuration(Duration.ofMillis(Integer.MAX_VALUE - 1)), e.withDuration(Duration.ofMillis(1))));
    assertThat(longOnes.bytesPerRow("duration")).isEqualTo(4);
    EncounterLog tooLong = EncounterLog.of(List.of(
        e.withDuration(Duration.ofMillis(1)), e.withDuration(Duration.ofMillis(Integer.MAX_VALUE))));
    assertThat(tooLong.bytesPerRow("duration")).isEqualTo(8);
    assertThat(tooLong.duration(1)).hasValue(Duration.ofMillis(Integer.MAX_VALUE));
    assertThat(tooLong.duration(0)).hasValue(Duration.ofMillis(1));
  }

  @Test
  void aDurationBeyondLongNanosecondsIsRejected() {
    Encounter e = bare("c", "t", T0);
    Duration max = Duration.ofNanos(Long.MAX_VALUE - 1);
    assertThat(EncounterLog.of(List.of(e.withDuration(max))).duration(0)).hasValue(max);
    Encounter tooLong = e.withDuration(max.plusNanos(1));
    assertRejects("duration of " + tooLong + " must be at most " + max
        + " (nanoseconds in a long) but was " + max.plusNanos(1),
        () -> EncounterLog.builder().add(tooLong));
    assertRejectsWith("must be at most", () -> EncounterLog.builder().add(e.withDuration(Duration.ofDays(200_000))));
  }

  @Test
  void ratingsAreBytesWhileWholeAndDoublesOtherwise() {
    Encounter e = bare("c", "t", T0);
    AbcRatings whole = AbcRatings.of(RatingScale.SEVEN_POINT, 1, 7, 4);
    AbcRatings scorecard = AbcRatings.of(RatingScale.SCORECARD, -3, 3, 0);
    EncounterLog.Builder b = EncounterLog.builder().add(e.withRatings(whole)).add(e).add(e.withRatings(scorecard));
    EncounterLog bytes = b.build();
    assertThat(bytes.bytesPerRow("ratings")).isEqualTo(1 + 3);
    assertThat(bytes.ratingScales()).containsExactly(RatingScale.SEVEN_POINT, RatingScale.SCORECARD);
    assertThat(bytes.ratings(2)).hasValue(scorecard);
    assertThat(bytes.rating(2, AbcComponent.APPEARANCE)).isEqualTo(-3.0);

    AbcRatings mean = AbcRatings.of(RatingScale.SEVEN_POINT, 5.5, 6.25, 1 + 1.0 / 3);
    b.add(e.withRatings(mean));
    EncounterLog doubles = b.build();
    assertThat(doubles.bytesPerRow("ratings")).isEqualTo(1 + 24);
    assertThat(doubles.encounters()).containsExactly(
        e.withRatings(whole), e, e.withRatings(scorecard), e.withRatings(mean));

    // whole ratings on a scale wider than a byte: doubles, exactly
    AbcRatings wide = AbcRatings.of(RatingScale.of(0, 1000), 0, 999, 1000);
    EncounterLog wideLog = EncounterLog.of(List.of(e.withRatings(wide)));
    assertThat(wideLog.bytesPerRow("ratings")).isEqualTo(1 + 24);
    assertThat(wideLog.ratings(0)).hasValue(wide);
    // 256 points still fit a byte: offsets 0..255
    AbcRatings widest = AbcRatings.of(RatingScale.of(-100, 155), -100, 155, 0);
    EncounterLog widestLog = EncounterLog.of(List.of(e.withRatings(widest)));
    assertThat(widestLog.bytesPerRow("ratings")).isEqualTo(1 + 3);
    assertThat(widestLog.ratings(0)).hasValue(widest);
  }

  @Test
  void ratingsSwitchToDoublesAfterRowsWithoutRatings() {
    Encounter e = bare("c", "t", T0);
    AbcRatings whole = AbcRatings.of(RatingScale.FIVE_POINT, 1, 2, 3);
    AbcRatings real = AbcRatings.of(RatingScale.FIVE_POINT, 1.5, 2, 3);
    List<Encounter> es = new ArrayList<>();
    es.add(e.withRatings(whole));
    for (int i = 0; i < 40; i++) {
      es.add(e);
    }
    es.add(e.withRatings(real));
    es.add(e.withRatings(whole));
    EncounterLog log = EncounterLog.of(es);
    assertThat(log.bytesPerRow("ratings")).isEqualTo(1 + 24);
    assertThat(log.encounters()).containsExactlyElementsOf(es);
  }

  // --- instants -------------------------------------------------------------------------------

  @Test
  void instantsAreExactAtBothEndsOfTheRange() {
    assertThat(EncounterLog.MIN_INSTANT).hasToString("1677-09-21T00:12:43.145224192Z");
    assertThat(EncounterLog.MAX_INSTANT).hasToString("2262-04-11T23:47:16.854775807Z");
    List<Encounter> edges = List.of(
        bare("c", "t", EncounterLog.MIN_INSTANT),
        bare("c", "t", EncounterLog.MAX_INSTANT),
        bare("c", "t", Instant.EPOCH),
        bare("c", "t", Instant.EPOCH.minusNanos(1)),
        bare("c", "t", Instant.parse("1900-01-01T00:00:00.000000001Z")));
    EncounterLog log = EncounterLog.of(edges);
    assertThat(log.epochNanos(0)).isEqualTo(Long.MIN_VALUE);
    assertThat(log.epochNanos(1)).isEqualTo(Long.MAX_VALUE);
    assertThat(log.epochNanos(2)).isZero();
    assertThat(log.epochNanos(3)).isEqualTo(-1);
    assertThat(log.encounters()).containsExactlyElementsOf(edges);
  }

  @Test
  void instantsOutsideTheRangeAreRejectedNamingTheEncounter() {
    Encounter before = bare("c-1", "greeting", EncounterLog.MIN_INSTANT.minusNanos(1));
    assertRejects("occurredAt of " + before + " must be in [1677-09-21T00:12:43.145224192Z, "
        + "2262-04-11T23:47:16.854775807Z] (nanoseconds since the epoch in a long) but was "
        + "1677-09-21T00:12:43.145224191Z", () -> EncounterLog.builder().add(before));
    Encounter after = bare("c-1", "greeting", EncounterLog.MAX_INSTANT.plusNanos(1));
    assertRejectsWith("Encounter c-1 at greeting 2262-04-11T23:47:16.854775808Z",
        () -> EncounterLog.of(List.of(after)));
    // nothing is added by a rejected encounter
    EncounterLog.Builder b = EncounterLog.builder();
    assertRejectsWith("must be in", () -> b.add(bare("new", "new", Instant.MAX)));
    assertThat(b.size()).isZero();
    assertThat(b.build().customers()).isEmpty();
    // what an engine checks first: the reason, or null for an encounter the log holds
    assertThat(EncounterLog.whyNotHeld(after)).isEqualTo("occurredAt 2262-04-11T23:47:16.854775808Z is outside what"
        + " an encounter log holds, [1677-09-21T00:12:43.145224192Z, 2262-04-11T23:47:16.854775807Z]");
    assertThat(EncounterLog.whyNotHeld(before)).startsWith("occurredAt 1677-09-21T00:12:43.145224191Z is outside");
    assertThat(EncounterLog.whyNotHeld(bare("c", "t", EncounterLog.MAX_INSTANT))).isNull();
    Encounter eternal = Encounter.builder().customerId("c").touchpointId("t").occurredAt(T0)
        .duration(Duration.ofNanos(Long.MAX_VALUE)).build();
    assertThat(EncounterLog.whyNotHeld(eternal)).isEqualTo("duration PT2562047H47M16.854775807S is above what an"
        + " encounter log holds, PT2562047H47M16.854775806S");
    assertRejectsWith("duration of", () -> EncounterLog.of(List.of(eternal)));
    assertThat(EncounterLog.whyNotHeld(Encounter.builder().customerId("c").touchpointId("t").occurredAt(T0)
        .duration(Duration.ofNanos(Long.MAX_VALUE - 1)).build())).isNull();
  }

  // --- arguments -------------------------------------------------------------------------------

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badArgumentsAreRejected() {
    assertRejectsNull("encounter", () -> EncounterLog.builder().add(null));
    assertRejectsNull("attributes", () -> EncounterLog.builder().add(BARE, null));
    assertRejectsNull("encounters", () -> EncounterLog.of((Iterable<Encounter>) null));
    assertRejectsNull("fromInclusive", () -> EncounterLog.of(List.of(BARE)).between(null, T0));
    assertRejects("attribute name must not be blank but was ' '",
        () -> EncounterLog.builder().add(BARE, Map.of(" ", "x")));
    assertRejects("value of attribute 'channel' must not be blank but was ''",
        () -> EncounterLog.builder().add(BARE, Map.of("channel", "")));
    EncounterLog log = EncounterLog.of(List.of(BARE));
    assertRejects("attribute name must be one of [] but was 'channel'", () -> log.attribute("channel"));
    assertRejects("toExclusive must be at or after fromInclusive " + T0 + " but was " + T0.minusNanos(1),
        () -> log.between(T0, T0.minusNanos(1)));
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("channel", "web");
    attrs.put("", "x");
    EncounterLog.Builder b = EncounterLog.builder();
    assertRejectsWith("attribute name", () -> b.add(BARE, attrs));
    assertThat(b.size()).isZero();
  }

  // --- slices ----------------------------------------------------------------------------------

  @Test
  void betweenKeepsTheRowsOfTheRangeInRowOrderWithTheirOwnDictionaries() {
    List<Encounter> es = List.of(
        bare("a", "t1", T0.plusSeconds(30)),
        bare("b", "t2", T0),
        bare("c", "t3", T0.plusSeconds(60)),
        bare("a", "t1", T0.plusSeconds(59)));
    EncounterLog log = EncounterLog.of(es);
    EncounterLog slice = log.between(T0.plusSeconds(30), T0.plusSeconds(60));
    assertThat(slice.encounters()).containsExactly(es.get(0), es.get(3));
    assertThat(slice.customers()).containsExactly("a");
    assertThat(slice.touchpoints()).containsExactly("t1");
    assertThat(log.between(T0, T0).size()).isZero();
    assertThat(log.between(Instant.MIN, Instant.MAX).encounters()).containsExactlyElementsOf(es);
    assertThat(log.between(Instant.MAX, Instant.MAX).size()).isZero();
    EncounterLog edge = EncounterLog.of(List.of(bare("z", "t", EncounterLog.MAX_INSTANT)));
    assertThat(edge.between(EncounterLog.MAX_INSTANT, Instant.MAX).size()).isEqualTo(1);
    assertThat(edge.between(Instant.MIN, EncounterLog.MAX_INSTANT).size()).isZero();
  }

  // --- text ------------------------------------------------------------------------------------

  @Test
  void toStringShowsTheSizeTheRangeAndTheFirstRows() {
    EncounterLog.Builder b = EncounterLog.builder();
    b.add(FULL, Map.of("channel", "store"));
    for (int i = 1; i < 25; i++) {
      b.add(bare("c" + i, "t", T0.plusSeconds(i)));
    }
    String text = b.build().toString();
    assertThat(text).startsWith("Encounter log: 25 encounters, 25 customers, 2 touchpoints, 1 staff, "
        + "2026-11-24T10:15:30.123456789Z to 2026-11-24T10:15:54Z\n");
    assertThat(text).contains("customer", "touchpoint", "occurredAt", "channel",
        "c-17", "greeting", "s-3", "+2", "6.0/7.0/5.0 on 1..7", "PT20S", "friendly", "store",
        "15 more rows", "c24");
    assertThat(text).doesNotContain("c12 ");
    assertThat(EncounterLog.of(List.of(BARE)).byCustomer()).hasToString("Customer timelines: 1 customers, 1 encounters");
    // the optional columns that no row has are left out
    assertThat(EncounterLog.of(List.of(BARE, BARE.withLevel(ScorecardLevel.NEUTRAL))).toString()).isEqualTo(
        "Encounter log: 2 encounters, 1 customers, 1 touchpoints, 0 staff, 2026-11-24T10:14:30Z to 2026-11-24T10:14:30Z\n"
            + "row  customer  touchpoint  occurredAt            level\n"
            + "  0  c-18      paying      2026-11-24T10:14:30Z    n/a\n"
            + "  1  c-18      paying      2026-11-24T10:14:30Z      0\n");
  }

  // --- properties ------------------------------------------------------------------------------

  /** Random encounters of one journey, with a channel attribute now and then. */
  static List<Encounter> encounters(SplittableRandom r, int max) {
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    int n = r.nextInt(max + 1);
    List<Encounter> out = new ArrayList<>(n);
    // most logs keep whole ratings and whole milliseconds (the narrow forms) until a case switches
    boolean wholeRatings = r.nextBoolean();
    boolean nanos = r.nextInt(4) == 0;
    for (int i = 0; i < n; i++) {
      Encounter e = CoreGenerators.encounter(r, journey);
      if (e.ratings().isPresent() && (wholeRatings || r.nextInt(3) != 0)) {
        RatingScale scale = e.ratings().get().scale();
        e = e.withRatings(AbcRatings.of(scale, r.nextInt(scale.min(), scale.max() + 1),
            r.nextInt(scale.min(), scale.max() + 1), r.nextInt(scale.min(), scale.max() + 1)));
      }
      if (e.duration().isPresent() && nanos && r.nextInt(10) == 0) {
        e = e.withDuration(Duration.ofNanos(r.nextLong(Long.MAX_VALUE - 1)));
      }
      out.add(e);
    }
    return out;
  }

  static Map<String, String> attributes(SplittableRandom r) {
    Map<String, String> a = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      a.put("channel", List.of("store", "phone", "web").get(r.nextInt(3)));
    }
    if (r.nextInt(4) == 0) {
      a.put("campaign", CoreGenerators.id(r));
    }
    return a;
  }

  @SeededTest
  void everyEncounterComesBackEqual(Seed seed) {
    SplittableRandom r = seed.random();
    List<Encounter> es = encounters(r, 200);
    List<Map<String, String>> attrs = new ArrayList<>();
    EncounterLog.Builder b = EncounterLog.builder();
    for (Encounter e : es) {
      Map<String, String> a = attributes(r);
      attrs.add(a);
      b.add(e, a);
    }
    EncounterLog log = b.build();
    assertThat(log.size()).as("%s", seed).isEqualTo(es.size());
    for (int row = 0; row < es.size(); row++) {
      assertThat(log.encounter(row)).as("%s row %d", seed, row).isEqualTo(es.get(row));
      assertThat(log.attributes(row)).as("%s row %d", seed, row).isEqualTo(attrs.get(row));
    }
    assertThat(log.customers()).as("%s", seed)
        .containsExactlyElementsOf(es.stream().map(Encounter::customerId).distinct().toList());
    assertThat(EncounterLog.of(es).encounters()).as("%s", seed).containsExactlyElementsOf(es);
    assertThat(EncounterLog.of(es.parallelStream()).encounters()).as("%s", seed).containsExactlyElementsOf(es);
    assertThat(es.stream().collect(EncounterLog.toLog()).customers()).as("%s", seed)
        .containsExactlyElementsOf(log.customers());
  }

  /**
   * The readers' bulk appender (runs of rows column by column, one rating scale a run) builds the
   * log that adding the encounters one by one builds: whole and decimal ratings, millisecond and
   * nanosecond durations, missing values, switches of width in the middle of a run.
   */
  @SeededTest
  void runsOfColumnsBuildTheLogThatEncountersBuild(Seed seed) {
    SplittableRandom r = seed.random();
    List<Encounter> es = encounters(r, 300);
    EncounterLog.Builder b = EncounterLog.builder();
    int start = 0;
    while (start < es.size()) {
      // a run: as long as the rated encounters share one scale, and at most a random length
      RatingScale scale = null;
      int end = start;
      int most = 1 + r.nextInt(40);
      while (end < es.size() && end - start < most) {
        AbcRatings ra = es.get(end).ratingsOrNull();
        if (ra != null && scale != null && !ra.scale().equals(scale)) {
          break;
        }
        scale = ra != null ? ra.scale() : scale;
        end++;
      }
      int n = end - start;
      int[] customer = new int[n + 2];
      int[] touchpoint = new int[n + 2];
      int[] staff = new int[n + 2];
      int[] note = new int[n + 2];
      long[] nanos = new long[n + 2];
      byte[] level = new byte[n + 2];
      double[] a = new double[n + 2];
      double[] bb = new double[n + 2];
      double[] c = new double[n + 2];
      long[] duration = new long[n + 2];
      for (int i = 0; i < n; i++) {
        Encounter e = es.get(start + i);
        int k = i + 1; // the run starts at an offset of its arrays, as a reader's runs do
        customer[k] = b.customerCode(e.customerId());
        touchpoint[k] = b.touchpointCode(e.touchpointId());
        String staffId = e.staffIdOrNull();
        String noteText = e.noteOrNull();
        ScorecardLevel lv = e.levelOrNull();
        Duration d = e.durationOrNull();
        staff[k] = staffId == null ? EncounterLog.NO_CODE : b.staffCode(staffId);
        note[k] = noteText == null ? EncounterLog.NO_CODE : b.noteCode(noteText);
        nanos[k] = EncounterLog.toNanos(e.occurredAt());
        level[k] = lv == null ? EncounterLog.NO_LEVEL : (byte) lv.value();
        AbcRatings ra = e.ratingsOrNull();
        a[k] = ra == null ? Double.NaN : ra.appearance();
        bb[k] = ra == null ? Double.NaN : ra.behaviour();
        c[k] = ra == null ? Double.NaN : ra.communication();
        duration[k] = d == null ? -1 : d.toNanos();
      }
      b.appendRun(customer, touchpoint, nanos, staff, level, scale == null ? EncounterLog.NO_CODE
          : b.ratingScaleCode(scale), a, bb, c, duration, note, 1, n);
      start = end;
    }
    EncounterLog log = b.build();
    assertThat(log.size()).as("%s", seed).isEqualTo(es.size());
    for (int row = 0; row < es.size(); row++) {
      assertThat(log.encounter(row)).as("%s row %d", seed, row).isEqualTo(es.get(row));
    }
    assertThat(log.columnBytes()).as("%s", seed).isEqualTo(EncounterLog.of(es).columnBytes());
  }

  @SeededTest
  void aSliceEqualsTheLogOfTheFilteredEncounters(Seed seed) {
    SplittableRandom r = seed.random();
    List<Encounter> es = encounters(r, 150);
    EncounterLog log = EncounterLog.of(es);
    Instant a = CoreGenerators.instant(r);
    Instant b = CoreGenerators.instant(r);
    Instant from = a.isBefore(b) ? a : b;
    Instant to = a.isBefore(b) ? b : a;
    List<Encounter> expected = es.stream()
        .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)).toList();
    EncounterLog slice = log.between(from, to);
    EncounterLog direct = EncounterLog.of(expected);
    assertThat(slice.encounters()).as("%s", seed).containsExactlyElementsOf(expected);
    assertThat(slice.customers()).as("%s", seed).isEqualTo(direct.customers());
    assertThat(slice.touchpoints()).as("%s", seed).isEqualTo(direct.touchpoints());
    assertThat(slice.staff()).as("%s", seed).isEqualTo(direct.staff());
    assertThat(slice.notes()).as("%s", seed).isEqualTo(direct.notes());
    assertThat(slice.columnBytes()).as("%s", seed).isEqualTo(direct.columnBytes());
  }

  @SeededTest
  void bulkReadsGiveWhatTheRowAccessorsGive(Seed seed) {
    SplittableRandom r = seed.random();
    List<Encounter> es = encounters(r, 300);
    EncounterLog log = EncounterLog.of(es);
    int n = log.size();
    int from = r.nextInt(n + 1);
    int to = from + r.nextInt(n - from + 1);
    int offset = r.nextInt(3);
    int len = to - from;
    int[] customers = new int[offset + len];
    int[] touchpoints = new int[offset + len];
    int[] staff = new int[offset + len];
    int[] scales = new int[offset + len];
    byte[] levels = new byte[offset + len];
    log.customerCodes(from, to, customers, offset);
    log.touchpointCodes(from, to, touchpoints, offset);
    log.staffCodes(from, to, staff, offset);
    log.ratingScaleCodes(from, to, scales, offset);
    log.levelValues(from, to, levels, offset);
    for (AbcComponent c : AbcComponent.values()) {
      double[] ratings = new double[offset + len];
      log.ratings(c, from, to, ratings, offset);
      for (int i = 0; i < len; i++) {
        int row = from + i;
        assertThat(Double.valueOf(ratings[offset + i])).as("%s row %d %s", seed, row, c) // NaN equals NaN
            .isEqualTo(Double.valueOf(log.hasRatings(row) ? log.rating(row, c) : Double.NaN));
      }
    }
    for (int i = 0; i < len; i++) {
      int row = from + i;
      assertThat(customers[offset + i]).as("%s row %d", seed, row).isEqualTo(log.customerCode(row));
      assertThat(touchpoints[offset + i]).as("%s row %d", seed, row).isEqualTo(log.touchpointCode(row));
      assertThat(staff[offset + i]).as("%s row %d", seed, row).isEqualTo(log.staffCode(row));
      assertThat(scales[offset + i]).as("%s row %d", seed, row).isEqualTo(log.ratingScaleCode(row));
      assertThat(levels[offset + i]).as("%s row %d", seed, row)
          .isEqualTo(log.hasLevel(row) ? (byte) log.levelValue(row) : EncounterLog.NO_LEVEL);
    }
    assertThatThrownBy(() -> log.customerCodes(0, n + 1, new int[n + 1], 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.levelValues(0, n, new byte[n], 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void bulkReadsDecodeCodesOfEveryWidth() {
    EncounterLog.Builder b = EncounterLog.builder();
    for (int i = 0; i < 70_000; i++) {
      b.add(bare("c" + i, "paying", T0));
    }
    EncounterLog log = b.build();
    int[] codes = new int[log.size()];
    log.customerCodes(0, log.size(), codes, 0);
    for (int row = 0; row < log.size(); row += 997) {
      assertThat(codes[row]).isEqualTo(row).isEqualTo(log.customerCode(row));
    }
    EncounterLog small = EncounterLog.of(List.of(BARE, bare("c-2", "paying", T0)));
    int[] staff = {7, 7};
    small.staffCodes(0, 2, staff, 0);
    assertThat(staff).containsExactly(EncounterLog.NO_CODE, EncounterLog.NO_CODE);
  }

  // --- the budget ------------------------------------------------------------------------------

  @Test
  void aLargeLogTakesAtMost24BytesPerEncounterForTheStandardColumns() {
    SplittableRandom r = new SplittableRandom(20261207L);
    int n = 100_000;
    EncounterLog.Builder standard = EncounterLog.builder();
    EncounterLog.Builder annotated = EncounterLog.builder();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      Encounter.Builder e = Encounter.builder()
          .customerId("customer-" + r.nextInt(200_000)) // about 79,000 customers, more than 65,535 customers: 4-byte codes
          .touchpointId("touchpoint-" + r.nextInt(255))
          .occurredAt(start.plusNanos(r.nextLong(365L * 24 * 3600 * 1_000_000_000L)));
      if (r.nextInt(10) != 0) {
        e.staffId("staff-" + r.nextInt(65_535));
      }
      if (r.nextInt(5) != 0) {
        e.level(ScorecardLevel.of(r.nextInt(-3, 4)));
      }
      if (r.nextBoolean()) {
        e.ratings(AbcRatings.of(r.nextBoolean() ? RatingScale.SEVEN_POINT : RatingScale.ZERO_TO_TEN,
            r.nextInt(1, 8), r.nextInt(1, 8), r.nextInt(1, 8)));
      }
      if (r.nextBoolean()) {
        e.duration(Duration.ofMillis(r.nextLong(3_600_000)));
      }
      Encounter encounter = e.build();
      standard.add(encounter);
      annotated.add(r.nextInt(3) == 0 ? encounter.withNote("note " + r.nextInt(200)) : encounter,
          Map.of("channel", List.of("store", "phone", "web", "chat").get(r.nextInt(4))));
    }
    EncounterLog log = standard.build();
    assertThat(log.size()).isEqualTo(n);
    assertThat(log.customers().size()).isGreaterThan(65_535);
    Map<String, Integer> widths = new LinkedHashMap<>();
    for (String c : List.of("customer", "touchpoint", "occurredAt", "staff", "level", "ratings", "duration", "note")) {
      widths.put(c, log.bytesPerRow(c));
    }
    assertThat(widths).containsExactly(Map.entry("customer", 4), Map.entry("touchpoint", 1),
        Map.entry("occurredAt", 8), Map.entry("staff", 2), Map.entry("level", 1),
        Map.entry("ratings", 4), Map.entry("duration", 4), Map.entry("note", 0));
    assertThat(log.columnBytes()).isEqualTo(24L * n);
    double perEncounter = (double) log.columnBytes() / n;
    assertThat(perEncounter).isLessThanOrEqualTo(24.0);

    // the note and an attribute with few values: one byte each on top
    EncounterLog withAttributes = annotated.build();
    assertThat(withAttributes.bytesPerRow("note")).isEqualTo(1);
    assertThat(withAttributes.bytesPerRow("channel")).isEqualTo(1);
    assertThat(withAttributes.columnBytes()).isEqualTo(26L * n);
    System.out.printf("EncounterLog budget: %d encounters, %.2f bytes per encounter (standard columns %s), "
        + "%.2f with a note and a channel attribute%n", n, perEncounter,
        widths.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
        (double) withAttributes.columnBytes() / n);
  }
}
