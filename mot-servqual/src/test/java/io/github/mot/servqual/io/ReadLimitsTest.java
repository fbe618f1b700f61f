package io.github.mot.servqual.io;

import io.github.mot.core.testing.Rejections;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mot.core.RatingScale;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The size limits of {@link SurveyReader}, and regressions for the defects fuzzing found. */
class ReadLimitsTest {

  private static final Instrument TWO = Fixtures.TWO_ITEMS;

  private static String rows(int n) {
    StringBuilder b = new StringBuilder("respondent,P1,P2,note\n");
    for (int i = 1; i <= n; i++) {
      b.append('r').append(i).append(",4,5,ok\n");
    }
    return b.toString();
  }

  @Test
  void defaultsAreSafeAndDocumented() {
    SurveyReader reader = SurveyReader.of(TWO);
    // one default for every reader of the library (ReadLimits); it was 1,000,000 rows for surveys
    assertThat(reader.limits()).isSameAs(ReadLimits.DEFAULT);
    assertThat(reader.maxRows()).isEqualTo(ReadLimits.DEFAULT_MAX_ROWS).isEqualTo(5_000_000L);
    assertThat(reader.maxFieldLength())
        .isEqualTo(ReadLimits.DEFAULT_MAX_FIELD_LENGTH)
        .isEqualTo(32_768);
    assertThat(reader.maxBytes()).isEqualTo(ReadLimits.DEFAULT_MAX_BYTES).isEqualTo(1L << 30);
    assertThat(reader.limits().maxErrors()).isEqualTo(10_000);
    SurveyReader changed =
        reader.withMaxRows(5).withMaxFieldLength(7).withMaxBytes(9).lenient().withMaxErrors(3);
    assertThat(changed.maxRows()).isEqualTo(5);
    assertThat(changed.maxFieldLength()).isEqualTo(7);
    assertThat(changed.maxBytes()).isEqualTo(9);
    assertThat(changed.limits())
        .isEqualTo(ReadLimits.DEFAULT.withMaxRows(5).withMaxFieldLength(7).withMaxBytes(9).withMaxErrors(3));
    assertThat(reader.withLimits(changed.limits()).limits()).isEqualTo(changed.limits());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void limitsMustBePositive() {
    SurveyReader reader = SurveyReader.of(TWO);
    Rejections.assertRejects("max rows must be >= 1 but was 0", () -> reader.withMaxRows(0));
    Rejections.assertRejects(
        "max field length must be >= 1 but was -1", () -> reader.withMaxFieldLength(-1));
    Rejections.assertRejects("max bytes must be >= 1 but was 0", () -> reader.withMaxBytes(0));
    Rejections.assertRejects("max errors must be >= 1 but was 0", () -> reader.withMaxErrors(0));
    Rejections.assertRejectsNull("limits", () -> reader.withLimits(null));
  }

  @Test
  void aFileWithMoreRowsThanTheLimitIsRefusedAtTheFirstRowOver() throws IOException {
    SurveyReader reader = SurveyReader.of(TWO).withMaxRows(10);
    assertThat(reader.read(new StringReader(rows(10))).goodRows()).isEqualTo(10);
    for (SurveyReader r : List.of(reader, reader.lenient())) {
      assertThatThrownBy(() -> r.read(new StringReader(rows(11))))
          .isInstanceOf(DataFileException.class)
          .hasMessage(
              "line 12: the file has more than 10 data rows, the limit; raise it"
                  + " with withMaxRows");
    }
  }

  @Test
  void aFieldLongerThanTheLimitIsRefusedWithItsLineAndColumn() throws IOException {
    SurveyReader reader = SurveyReader.of(TWO).lenient().withMaxFieldLength(100);
    String ok = "respondent,P1,P2,note\nr1,4,5," + "x".repeat(100) + "\n";
    assertThat(reader.read(new StringReader(ok)).goodRows()).isEqualTo(1);
    String tooLong = "respondent,P1,P2,note\nr1,4,5,ok\nr2,4,5," + "x".repeat(101) + "\n";
    assertThatThrownBy(() -> reader.read(new StringReader(tooLong)))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("line 3, column note, value 'xxx")
        .hasMessageEndingWith(
            "': the field has 101 characters, more than the limit of 100; raise it with"
                + " withMaxFieldLength");
    String longHeader = "respondent,P1,P2," + "n".repeat(101) + "\n";
    assertThatThrownBy(() -> reader.read(new StringReader(longHeader)))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("line 1, column #4");
  }

  @Test
  void anInputLargerThanTheLimitIsRefusedWithoutReadingFurther() throws IOException {
    String csv = rows(1000); // 1000 rows of 11-14 bytes
    int size = csv.getBytes(StandardCharsets.UTF_8).length;
    SurveyReader exact = SurveyReader.of(TWO).withMaxBytes(size);
    assertThat(exact.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).goodRows())
        .isEqualTo(1000);
    assertThat(exact.read(new StringReader(csv)).goodRows()).isEqualTo(1000);
    SurveyReader small = SurveyReader.of(TWO).lenient().withMaxBytes(1000);
    ByteArrayInputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> small.read(in))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("the input is larger than the limit of 1000 bytes")
        .hasMessageContaining("withMaxBytes")
        .hasMessageStartingWith("line ");
    assertThat(in.available()).isGreaterThan(size - 10_000); // stopped early: at most 8 KiB read
    assertThatThrownBy(() -> small.read(new StringReader(csv)))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("the input is larger than the limit of 1000 characters");
  }

  @Test
  void fastCsvLimitsAreReportedAsDataFileExceptions() {
    String manyFields = "respondent,P1,P2\nr1,4,5" + ",".repeat(20_000) + "\n";
    assertThatThrownBy(
            () -> SurveyReader.of(TWO).lenient().read(new StringReader(manyFields)))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("16384 fields");
  }

  // ---- regressions ---------------------------------------------------------------------------

  @Test
  void longRunOfDigitsInAPointsCellIsRejectedInLinearTime() {
    // Before: the points pattern [0-9]+\.?[0-9]* backtracked quadratically; 16,000 digits took
    // about a second and 16 million (within FastCSV's field limit) would have hung the host.
    String header = "respondent,P1,P2,W_TANGIBLES,W_RELIABILITY\n";
    String row = "r1,4,5," + "1".repeat(30_000) + "x,50\n";
    SurveyReader reader = SurveyReader.of(TWO).lenient();
    SurveyReadResult read =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> reader.read(new StringReader(header + row)));
    assertThat(read.badRows()).isEqualTo(1);
    assertThat(read.errors().get(0).reason()).isEqualTo("importance points must be a number >= 0");
  }

  @Test
  void aByteOrderMarkBeforeAQuotedFirstColumnNameIsSkippedByTheReaderPath() throws IOException {
    // Before: read(Reader) left the BOM in front of the quote, and "respondent" was not found.
    String csv = "\uFEFF\"respondent\",P1,P2\nr1,4,5\n";
    assertThat(SurveyReader.of(TWO).read(new StringReader(csv)).goodRows()).isEqualTo(1);
    assertThat(
            SurveyReader.of(TWO)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
                .goodRows())
        .isEqualTo(1);
  }

  @Test
  void infinitePointsAreARowErrorNotAnEscapedException() throws IOException {
    // Before: with RESCALE a points cell of 400 digits parsed to Infinity and the
    // IllegalArgumentException of Response.Builder.points escaped the reader.
    String header = "respondent,P1,P2,W_TANGIBLES,W_RELIABILITY\n";
    String row = "r1,4,5,1" + "0".repeat(400) + ",50\n";
    SurveyReadResult read =
        SurveyReader.of(TWO)
            .lenient()
            .withPointsPolicy(io.github.mot.servqual.PointsPolicy.RESCALE)
            .read(new StringReader(header + row));
    assertThat(read.badRows()).isEqualTo(1);
    assertThat(read.errors().get(0).reason())
        .isEqualTo("importance points must be a finite number >= 0");
  }

  @Test
  void errorsKeepAnAbbreviatedValueSoBadFilesCannotFillTheMemory() throws IOException {
    // Before: each RowError kept the whole cell; 10,000 errors of 30,000-character cells held
    // 600 MB.
    String cell = FuzzGenerators.longText(new SplittableRandom(1), 30_000);
    String csv = "respondent,P1,P2\nr1," + cell + ",4\n";
    RowError e = SurveyReader.of(TWO).lenient().read(new StringReader(csv)).errors().get(0);
    assertThat(e.value()).hasSize(RowError.MAX_VALUE_LENGTH + "... (30000 characters)".length());
    assertThat(e.value()).endsWith("... (30000 characters)");
    assertThat(e.toString()).hasSizeLessThan(400);
    assertThat(new RowError(1, "c", "ok", "r").value()).isEqualTo("ok");
  }
}
