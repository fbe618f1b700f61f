package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.RatingScale;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.RowError;
import io.github.mot.core.testing.Rejections;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.PointsPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyReaderTest {

  static final Instrument THREE = Instrument.of("three items", RatingScale.SEVEN_POINT, List.of(
      Item.of("Modern equipment", Dimension.TANGIBLES),
      Item.of("Neat staff", Dimension.TANGIBLES),
      Item.of("Keeps promises", Dimension.RELIABILITY)));

  /** Lines 3, 4, 5, 6 and 11 are bad; 2, 7, 8 and 9 (a record spanning lines 9-10) are good. */
  static final String BAD_CSV = String.join("\n",
      "respondent,E1,E2,E3,P1,P2,P3,W_TANGIBLES,W_RELIABILITY,segment",
      "r1,7,6,5,5,6,4,60,40,a",
      "r2,6,x,7,5,4,6,50,50,a",
      "r3,5,7,6,5,9,6,30,70,b",
      "r4,7,5,6,4,6",
      "r5,7,5,6,4,6,3,50,40,b",
      "r6,6,6,6,5,5,,,,=cmd",
      "\"r7\",5,5,5,5,5,5,50,50,\"b, c\"",
      "r8,5,5,5,5,5,5,50,50,\"two",
      "lines\"",
      "r9,5,5,5,5,5,5,50,,b",
      "");

  @Test
  void lenientModeReportsEveryBadRowAndKeepsEveryGoodOne() throws IOException {
    SurveyReadResult read = SurveyReader.of(THREE).lenient().read(new StringReader(BAD_CSV));
    assertThat(read.rows()).isEqualTo(9);
    assertThat(read.goodRows()).isEqualTo(4);
    assertThat(read.badRows()).isEqualTo(5);
    assertThat(read.goodRows() + read.badRows()).isEqualTo(read.rows());
    assertThat(read.errors()).extracting(RowError::line).containsExactly(3L, 4L, 5L, 6L, 11L);
    assertThat(read.errors().get(0)).isEqualTo(new RowError(3, "E2", "x", "not an integer"));
    assertThat(read.errors().get(1)).isEqualTo(new RowError(4, "P2", "9", "not on the scale 1..7"));
    assertThat(read.errors().get(2).column()).isEqualTo("P3");
    assertThat(read.errors().get(2).reason()).isEqualTo("row has 6 fields but the header has 10");
    assertThat(read.errors().get(3).column()).isEqualTo("W_*");
    assertThat(read.errors().get(3).value()).isEqualTo("90");
    assertThat(read.errors().get(3).reason()).contains("must sum to 100 but sum to 90");
    assertThat(read.errors().get(4).column()).isEqualTo("W_RELIABILITY");
    SurveyData data = read.data();
    assertThat(data.respondentId(0)).isEqualTo("r1");
    assertThat(data.respondentId(1)).isEqualTo("r6");
    assertThat(data.answer(AnswerKind.PERCEPTION, 3, 1)).isEmpty();
    assertThat(data.points(Dimension.TANGIBLES, 1)).isEmpty();
    assertThat(data.attribute("segment", 1)).hasValue("=cmd");
    assertThat(data.attribute("segment", 2)).hasValue("b, c");
    assertThat(data.attribute("segment", 3)).hasValue("two\nlines");
    assertThat(read.toString()).contains("9 rows: 4 good, 5 bad");
  }

  @Test
  void strictModeThrowsAtTheFirstBadRow() {
    assertThatThrownBy(() -> SurveyReader.of(THREE).read(new StringReader(BAD_CSV)))
        .isInstanceOf(DataFileException.class)
        .hasMessage("line 3, column E2, value 'x': not an integer")
        .satisfies(e -> assertThat(((DataFileException) e).errors())
            .containsExactly(new RowError(3, "E2", "x", "not an integer")));
  }

  @Test
  void rescalePolicyKeepsThePointsRowAndReportsIt() throws IOException {
    SurveyReadResult read = SurveyReader.of(THREE).lenient().withPointsPolicy(PointsPolicy.RESCALE)
        .read(new StringReader(BAD_CSV));
    assertThat(read.goodRows()).isEqualTo(5);
    assertThat(read.data().rescaled()).extracting(SurveyData.Rescaling::respondentId).containsExactly("r5");
    // r5: 50 and 40 scaled by 100/90
    assertThat(read.data().points(Dimension.TANGIBLES, 1).getAsDouble()).isCloseTo(500.0 / 9, within(1e-9));
  }

  @Test
  void badHeadersAlwaysThrow() {
    assertHeaderError("id,E1,E2,E3,P1,P2,P3", "respondent", "'respondent' column is required");
    assertHeaderError("respondent,E1,E2,E3,P1,P2", "P3", "column is missing");
    assertHeaderError("respondent,E1,E2,E3", "P1..P3", "perception columns P1..P3 are required");
    assertHeaderError("respondent,P1,P2,P3,P4", "P4", "item number must be in [1, 3]");
    assertHeaderError("respondent,P1,P2,P3,W_EMPATHY", "W_EMPATHY", "importance column must name a dimension");
    assertHeaderError("respondent,P1,P2,P3,W_TANGIBLES", "W_RELIABILITY", "every dimension");
    assertHeaderError("respondent,P1,P2,P3,P1", "P1", "duplicate column");
    assertHeaderError("", "", "the file is empty");
  }

  private static void assertHeaderError(String header, String column, String reason) {
    assertThatThrownBy(() -> SurveyReader.of(THREE).lenient().read(new StringReader(header + "\n")))
        .isInstanceOf(DataFileException.class)
        .satisfies(e -> assertThat(((DataFileException) e).errors())
            .anySatisfy(err -> {
              assertThat(err.line()).isEqualTo(1);
              assertThat(err.column()).isEqualTo(column);
              assertThat(err.reason()).contains(reason);
            }));
  }

  @Test
  void readsALargeFileFromDiskByStreaming(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.csv");
    int rows = 20_000;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("\uFEFFrespondent,branch");
      for (int i = 1; i <= 22; i++) {
        w.write(",E" + i + ",P" + i);
      }
      w.write('\n');
      for (int r = 0; r < rows; r++) {
        w.write(Integer.toString(r));
        w.write(r % 2 == 0 ? ",north" : ",south");
        for (int i = 1; i <= 22; i++) {
          w.write("," + (1 + (r + i) % 7) + "," + (1 + (r * 3 + i) % 7));
        }
        w.write('\n');
      }
    }
    SurveyReadResult read = SurveyReader.of(Instrument.standard()).read(file);
    assertThat(read.isClean()).isTrue();
    assertThat(read.data().size()).isEqualTo(rows);
    assertThat(read.data().storageBytes()).isEqualTo(rows * (44L + 8 + 4));
    GapReport report = GapAnalysis.withDefaults().analyze(read.data());
    assertThat(report.n()).isEqualTo(rows);
    assertThat(GapAnalysis.withDefaults().analyzeSegments(read.data(), "branch").segments()).hasSize(2);
  }

  @Test
  void answerCellParsing() {
    RatingScale s = RatingScale.SEVEN_POINT;
    assertThat(SurveyReader.answer(" 5 ", s)).isEqualTo(5);
    assertThat(SurveyReader.answer("+7", s)).isEqualTo(7);
    assertThat(SurveyReader.answer("", s)).isEqualTo(io.github.mot.servqual.Response.MISSING);
    assertThat(SurveyReader.answer("4.5", s)).isLessThan(-1000);
    assertThat(SurveyReader.answer("-1", RatingScale.SCORECARD)).isEqualTo(-1);
    assertThat(SurveyReader.answer("9999999999", s)).isLessThan(-1000);
  }

  @Test
  void rejectsBadConfiguration() {
    Rejections.assertRejectsWith(
        "max errors must be >= 1 but was 0", () -> SurveyReader.of(THREE).withMaxErrors(0));
    assertThat(SurveyReader.of(THREE).lenient().toString()).contains("lenient");
  }
}
