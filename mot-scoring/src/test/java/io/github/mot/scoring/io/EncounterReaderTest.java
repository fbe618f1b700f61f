package io.github.mot.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.core.testing.Rejections;
import io.github.mot.scoring.EncounterScorecard;
import io.github.mot.scoring.GroupedSummary;
import io.github.mot.scoring.ScorecardSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link EncounterReader}: every column, every kind of bad cell, modes, limits, encodings. */
class EncounterReaderTest {

  private static final CustomerJourney RETAIL = JourneyTemplate.RETAIL_COUNTER.journey();
  private static final EncounterReader READER = EncounterReader.withDefaults().withJourney(RETAIL);
  private static final String HEADER = "customer,touchpoint,time,staff,appearance,behaviour,communication,level,seconds,note\n";
  private static final Instant T = Instant.parse("2026-03-02T09:14:05Z");

  private static ReadResult<Encounter> lenient(String csv) throws IOException {
    return READER.lenient().read(new StringReader(csv), "enc.csv");
  }

  /** The single error of a one-row file. */
  private static RowError error(String row) throws IOException {
    ReadResult<Encounter> r = lenient(HEADER + row + "\n");
    assertThat(r.badRows()).as(row).isEqualTo(1);
    assertThat(r.errors()).as(row).hasSize(1);
    return r.errors().get(0);
  }

  @Test
  void everyColumnIsRead() throws IOException {
    ReadResult<Encounter> r = lenient(HEADER
        + "c1,greeting,2026-03-02T09:14:05Z,s1,6,5.5,7,+2,12.5,\"friendly, quick\"\n"
        + "c2,paying,2026-03-02T17:14:05+08:00,,,,,DELIGHTS,,\n"
        + "c3,farewell,2026-03-02T09:14:05,,,,,,0,\n");
    assertThat(r.isClean()).isTrue();
    assertThat(r.values()).containsExactly(
        Encounter.builder().customerId("c1").touchpointId("greeting").occurredAt(T).staffId("s1")
            .ratings(AbcRatings.of(RatingScale.SEVEN_POINT, 6, 5.5, 7)).level(ScorecardLevel.of(2))
            .duration(Duration.ofMillis(12_500)).note("friendly, quick").build(),
        // +08:00 is 8 hours ahead of UTC; a level by its name
        Encounter.builder().customerId("c2").touchpointId("paying").occurredAt(T).level(ScorecardLevel.DELIGHTS).build(),
        // without an offset: UTC
        Encounter.builder().customerId("c3").touchpointId("farewell").occurredAt(T).duration(Duration.ZERO).build());
  }

  @Test
  void onlyTheRequiredColumnsInAnyOrderAndCase() throws IOException {
    ReadResult<Encounter> r = READER.read(new StringReader("TIME,Touchpoint,customer\n2026-03-02T09:14:05Z,greeting,c1\n"), "x");
    assertThat(r.values()).containsExactly(
        Encounter.builder().customerId("c1").touchpointId("greeting").occurredAt(T).build());
  }

  /** One bad row, and the column, value and reason of its error. */
  static Stream<Arguments> badCells() {
    return Stream.of(
        Arguments.of(",greeting,2026-03-02T09:14:05Z,,,,,,,", "customer", "", "a customer id is required"),
        Arguments.of("c1,,2026-03-02T09:14:05Z,,,,,,,", "touchpoint", "", "a touchpoint id is required"),
        Arguments.of("c1,greeting,,,,,,,,", "time", "", "a time is required (ISO-8601, e.g. 2026-03-02T09:14:05Z)"),
        Arguments.of("c1,greeting,yesterday,,,,,,,", "time", "yesterday", "must be an ISO-8601 time such as 2026-03-02T09:14:05Z"),
        Arguments.of("c1,greeting,2026-03-02T09:14:05Z,,9,5,6,,,", "appearance", "9", "must be a rating on the scale 1..7"),
        Arguments.of("c1,greeting,2026-03-02T09:14:05Z,,6,x,6,,,", "behaviour", "x", "must be a rating on the scale 1..7"),
        Arguments.of("c1,greeting,2026-03-02T09:14:05Z,,6,5,,,,", "appearance/behaviour/communication", "", "give all three ABC ratings or none"),
        Arguments.of("c1,greeting,2026-03-02T09:14:05Z,,,,,+4,,", "level", "+4", "must be a scorecard level -3..+3 or a name such as DELIGHTS"),
        Arguments.of("c1,greeting,2026-03-02T09:14:05Z,,,,,great,,", "level", "great", "must be a scorecard level -3..+3 or a name such as DELIGHTS"),
        Arguments.of("c1,greeting,2026-03-02T09:14:05Z,,,,,,-3,", "seconds", "-3", "must be a number of seconds in [0, 1e9]"),
        Arguments.of("c1,greeting,2026-03-02T09:14:05Z,,,,,,2e9,", "seconds", "2e9", "must be a number of seconds in [0, 1e9]"),
        Arguments.of("c1,greeting,2026-03-02T09:14:05Z", "", "3", "the row has 3 fields but the header has 10"));
  }

  @ParameterizedTest
  @MethodSource("badCells")
  void everyKindOfBadCellNamesLineColumnValueAndReason(String row, String column, String value, String reason)
      throws IOException {
    assertThat(error(row)).isEqualTo(new RowError(2, column, value, reason));
  }

  @Test
  void aTouchpointOutsideTheJourneyIsABadCellNamingTheJourney() throws IOException {
    assertThat(error("c1,teleporting,2026-03-02T09:14:05Z,,,,,,,").toString())
        .startsWith("line 2, column touchpoint, value 'teleporting': not a touchpoint of journey 'Retail counter'; known are ");
  }

  @Test
  void lenientReportsEveryBadRowAndKeepsTheGoodOnes() throws IOException {
    ReadResult<Encounter> r = lenient(HEADER
        + "c1,greeting,2026-03-02T10:00:00Z,s1,6,5,6,+2,12,\n"
        + "c1,teleporting,2026-03-02T10:01:00Z,s1,6,5,6,+1,12,\n"
        + "c2,paying,yesterday,s2,,,,-1,,\n"
        + "c2,paying,2026-03-02T11:00:00Z,s2,9,5,,+4,-3,\n"
        + "c3,farewell,2026-03-02T12:00:00+08:00,,,,,DELIGHTS,,\n");
    assertThat(r.rows()).isEqualTo(5);
    assertThat(r.goodRows()).isEqualTo(2);
    assertThat(r.badRows()).isEqualTo(3);
    assertThat(r.errorCount()).isEqualTo(6);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(3L, 4L, 5L, 5L, 5L, 5L);
    assertThat(r.values()).extracting(Encounter::customerId).containsExactly("c1", "c3");
    assertThat(r.toString()).startsWith("ReadResult[5 rows: 2 good, 3 bad, 0 blank, 6 errors]\n  line 3, column touchpoint");
  }

  @Test
  void strictThrowsAtTheFirstBadRowNamingTheSource() {
    String csv = HEADER + "c1,greeting,2026-03-02T10:00:00Z,,,,,,,\nc1,nowhere,2026-03-02T10:00:00Z,,,,,,,\nc2,x,y,,,,,,,\n";
    assertThatThrownBy(() -> READER.read(new StringReader(csv), "enc.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("enc.csv: line 3, column touchpoint, value 'nowhere': not a touchpoint")
        .satisfies(e -> assertThat(((DataFileException) e).source()).contains("enc.csv"))
        .satisfies(e -> assertThat(((DataFileException) e).errors()).hasSize(1));
  }

  @Test
  void withoutAJourneyAnyTouchpointIdIsTaken() throws IOException {
    ReadResult<Encounter> r = EncounterReader.withDefaults()
        .read(new StringReader("customer,touchpoint,time\nc1,teleporting,2026-03-02T09:14:05Z\n"), "x");
    assertThat(r.values()).extracting(Encounter::touchpointId).containsExactly("teleporting");
    assertThat(READER.withoutJourney().journey()).isEmpty();
  }

  @Test
  void ratingsOnAnotherScale() throws IOException {
    EncounterReader five = READER.withRatingScale(RatingScale.FIVE_POINT).lenient();
    ReadResult<Encounter> r = five.read(new StringReader(
        "customer,touchpoint,time,appearance,behaviour,communication\n"
            + "c1,greeting,2026-03-02T09:14:05Z,5,4,3\nc1,greeting,2026-03-02T09:14:05Z,6,4,3\n"), "x");
    assertThat(r.values().get(0).ratings()).contains(AbcRatings.of(RatingScale.FIVE_POINT, 5, 4, 3));
    assertThat(r.errors()).containsExactly(new RowError(3, "appearance", "6", "must be a rating on the scale 1..5"));
  }

  @Test
  void aBadHeaderAnEmptyFileAndMalformedCsvAlwaysThrow() {
    for (EncounterReader r : List.of(READER, READER.lenient())) {
      assertThatThrownBy(() -> r.read(new StringReader("client,touchpoint,when\nc1,greeting,x\n"), "h.csv"))
          .isInstanceOf(DataFileException.class)
          .satisfies(e -> assertThat(((DataFileException) e).errors()).extracting(RowError::toString).contains(
              "line 1, column client, value 'client': unknown column; allowed are customer, touchpoint, time"
                  + " (required), staff, appearance, behaviour, communication, level, seconds, note",
              "line 1, column customer, value '': the required column 'customer' is missing"));
      assertThatThrownBy(() -> r.read(new StringReader("customer,Customer,touchpoint,time\n"), "h.csv"))
          .hasMessageContaining("line 1, column Customer, value 'Customer': duplicate column");
      assertThatThrownBy(() -> r.read(new StringReader(""), "empty.csv"))
          .isInstanceOf(DataFileException.class)
          .hasMessage("empty.csv: line 1: the file is empty: a header row is required");
      String manyFields = "customer,touchpoint,time\nc1,greeting,2026-03-02T09:14:05Z" + ",".repeat(20_000) + "\n";
      assertThatThrownBy(() -> r.read(new StringReader(manyFields), "q.csv"))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith("q.csv: line 2: malformed CSV: ")
          .hasMessageContaining("16384 fields");
    }
  }

  @Test
  void quotedFieldsCrLfAndABomAreRead() throws IOException {
    String csv = "\uFEFFcustomer,touchpoint,time,note\r\n"
        + "\"c,1\",greeting,2026-03-02T09:14:05Z,\"said \"\"hello\"\"\r\nand left\"\r\n"
        + "c2,paying,2026-03-02T09:14:05Z,\r\n";
    ReadResult<Encounter> r = READER.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "crlf.csv");
    assertThat(r.values()).extracting(Encounter::customerId).containsExactly("c,1", "c2");
    assertThat(r.values().get(0).note()).contains("said \"hello\"\r\nand left");
    // the second record starts on line 4: the quoted note spans lines 2 and 3
    ReadResult<Encounter> bad = READER.lenient().read(new StringReader(csv.replace("c2,paying", "c2,nowhere")), "crlf.csv");
    assertThat(bad.errors()).extracting(RowError::line).containsExactly(4L);
  }

  @Test
  void malformedUtf8IsARowErrorWithItsLineNeverAMalformedInputException(@TempDir Path dir) throws IOException {
    byte[] head = "customer,touchpoint,time\nc1,greeting,2026-03-02T10:00:00Z\nc2,pay".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "ing,2026-03-02T10:05:00Z\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Path file = Files.write(dir.resolve("latin.csv"), bytes);
    for (EncounterReader r : List.of(READER, READER.lenient())) {
      assertThatThrownBy(() -> r.read(file))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith(file + ": line 3, value 'FF': the bytes FF are not valid UTF-8")
          .satisfies(e -> assertThat(((DataFileException) e).errors().get(0).line()).isEqualTo(3));
    }
    // the same bytes in windows-1252: 0xFF is ÿ, and the row is read with that touchpoint
    ReadResult<Encounter> cp = READER.withEncoding(Charset.forName("windows-1252")).lenient().read(file);
    assertThat(cp.errors()).extracting(RowError::line, RowError::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "payÿing"));
  }

  @Test
  void otherEncodingsAreDecoded() throws IOException {
    String csv = "customer,touchpoint,time\n张三,greeting,2026-03-02T09:14:05Z\n";
    ReadResult<Encounter> r = READER.withEncoding(Charset.forName("GB18030"))
        .read(new ByteArrayInputStream(csv.getBytes(Charset.forName("GB18030"))), "gb.csv");
    assertThat(r.values()).extracting(Encounter::customerId).containsExactly("张三");
  }

  @Test
  void theLimitsAreTheSharedOnes(@TempDir Path dir) throws IOException {
    assertThat(READER.limits()).isSameAs(ReadLimits.DEFAULT);
    StringBuilder b = new StringBuilder("customer,touchpoint,time\n");
    for (int i = 0; i < 20; i++) {
      b.append("c").append(i).append(",greeting,2026-03-02T10:00:00Z\n");
    }
    Path file = Files.writeString(dir.resolve("log.csv"), b.toString());
    EncounterReader ten = READER.lenient().withLimits(ReadLimits.DEFAULT.withMaxRows(10));
    assertThatThrownBy(() -> ten.read(file))
        .isInstanceOf(DataFileException.class)
        .hasMessage(file + ": line 12: the file has more than 10 data rows, the limit;"
            + " raise it with withMaxRows");
    EncounterReader small = READER.withLimits(ReadLimits.DEFAULT.withMaxBytes(100));
    assertThatThrownBy(() -> small.read(file))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("the input is larger than the limit of 100 bytes; raise it with withMaxBytes");
    assertThat(READER.withLimits(ReadLimits.DEFAULT.withMaxRows(20)).read(file).goodRows()).isEqualTo(20);
  }

  @Test
  void configurationIsCopiedAndShown() {
    EncounterReader r = READER.withRatingScale(RatingScale.FIVE_POINT).lenient()
        .withEncoding(StandardCharsets.ISO_8859_1).withLimits(ReadLimits.DEFAULT.withMaxErrors(3));
    assertThat(r.journey()).contains(RETAIL);
    assertThat(r.ratingScale()).isEqualTo(RatingScale.FIVE_POINT);
    assertThat(r.isLenient()).isTrue();
    assertThat(r.strict().isLenient()).isFalse();
    assertThat(r.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(r.limits().maxErrors()).isEqualTo(3);
    assertThat(READER.isLenient()).isFalse();
    assertThat(READER.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(READER.ratingScale()).isEqualTo(RatingScale.SEVEN_POINT);
    assertThat(r).hasToString("EncounterReader[journey 'Retail counter', ratings 1..5, lenient, ISO-8859-1]");
    assertThat(EncounterReader.withDefaults()).hasToString("EncounterReader[any touchpoint, ratings 1..7, strict, UTF-8]");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRejectedByName() {
    Rejections.assertRejectsNull("journey", () -> READER.withJourney(null));
    Rejections.assertRejectsNull("scale", () -> READER.withRatingScale(null));
    Rejections.assertRejectsNull("encoding", () -> READER.withEncoding(null));
    Rejections.assertRejectsNull("limits", () -> READER.withLimits(null));
    Rejections.assertRejectsNull("reader", () -> READER.read((java.io.Reader) null, "x"));
    Rejections.assertRejectsNull("in", () -> READER.read((java.io.InputStream) null, "x"));
    Rejections.assertRejectsNull("source", () -> READER.read(new StringReader(""), null));
  }

  @Test
  void theJavadocExampleRuns(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("encounters.csv"),
        "customer,touchpoint,time,level\nc1,greeting,2026-03-02T09:14:05Z,+2\nc1,paying,2026-03-02T09:20:00Z,-1\n");
    // --- the example of the package and class Javadoc, with the file in a temporary directory ---
    ReadResult<Encounter> read = EncounterReader.withDefaults()
        .withJourney(JourneyTemplate.RETAIL_COUNTER.journey()).lenient()
        .read(file);
    GroupedSummary<String, ScorecardSummary> byTouchpoint = EncounterScorecard.of(JourneyTemplate.RETAIL_COUNTER.journey())
        .summarize(EncounterScorecard.GroupBy.TOUCHPOINT, read.values());
    // ---
    assertThat(byTouchpoint.total().count()).isEqualTo(2);
  }
}
