package io.github.mot.xlsx;

import io.github.mot.core.testing.Rejections;
import io.github.mot.servqual.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.RatingScale;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.RowError;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import io.github.mot.servqual.io.BlankRespondent;
import io.github.mot.servqual.io.ColumnMapping;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks are written in the test with fastexcel (the writer of the same project). */
class XlsxSourceTest {

  static final Instrument FOUR = Fixtures.BANK;

  /** id, branch, E1..E4, P1..P4, W_TANGIBLES, W_RELIABILITY. */
  static final int[][] ANSWERS = {
      {1001, 0, 7, 6, 7, 6, 5, 5, 4, 5, 40, 60}, {1002, 1, 6, 6, 7, 7, 6, 5, 5, 6, 30, 70},
      {1003, 0, 5, 6, 6, 6, 5, 6, 6, 5, 50, 50}, {1004, 1, 7, 7, 7, 7, 4, 5, 3, 4, 20, 80},
      {1005, 0, 6, 5, 6, 6, 6, 4, 5, 5, 45, 55}, {1006, 1, 7, 6, 6, 7, 5, 6, 5, 5, 35, 65},
      {1007, 0, 4, 5, 6, 5, 5, 5, 6, 4, 60, 40}, {1008, 1, 6, 7, 7, 6, 3, 4, 4, 3, 25, 75}};

  static final String[] BRANCH = {"北区", "南区"};

  static String tidyCsv() {
    StringBuilder sb = new StringBuilder("respondent,branch,E1,E2,E3,E4,P1,P2,P3,P4,W_TANGIBLES,W_RELIABILITY\n");
    for (int[] r : ANSWERS) {
      sb.append(r[0]).append(',').append(BRANCH[r[1]]);
      for (int c = 2; c < r.length; c++) {
        sb.append(',').append(r[c]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static final String[] QUESTIONS = {"设备现代化", "员工衣着整洁", "按承诺时间提供服务", "第一次就做对"};

  /**
   * Sheet "说明" (notes) first, then sheet "答卷" with question-text headers in row 2 (row 1 empty),
   * an extra time column, answers as numbers (one written as 5.0), a blank respondent, a trailing
   * formatted-but-empty cell.
   */
  static byte[] workbook() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = bytes) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet notes = wb.newWorksheet("说明");
      notes.value(0, 0, "导出自问卷平台");
      Worksheet ws = wb.newWorksheet("答卷");
      int col = 0;
      ws.value(1, col++, "答卷编号");
      ws.value(1, col++, "提交时间");
      ws.value(1, col++, "门店");
      for (String q : QUESTIONS) {
        ws.value(1, col++, "期望：" + q);
        ws.value(1, col++, "感受：" + q);
      }
      ws.value(1, col++, "重要性：有形性");
      ws.value(1, col, "重要性：可靠性");
      int row = 2;
      for (int[] r : ANSWERS) {
        ws.value(row, 0, r[0]);
        ws.value(row, 1, "2026-11-20 10:00");
        ws.value(row, 2, BRANCH[r[1]]);
        for (int i = 0; i < 4; i++) {
          ws.value(row, 3 + 2 * i, r[2 + i]);
          Number p = row == 3 && i == 0 ? (Number) Double.valueOf(r[6 + i]) : (Number) Integer.valueOf(r[6 + i]);
          ws.value(row, 4 + 2 * i, p);
        }
        ws.value(row, 11, r[10]);
        ws.value(row, 12, r[11]);
        row++;
        if (row == 5) {
          ws.value(row, 0, 1099); // a blank respondent
          ws.value(row, 1, "2026-11-20 11:00");
          ws.value(row, 2, "北区");
          row++;
        }
      }
      ws.value(row, 14, ""); // an empty cell beyond the header
      wb.finish();
    }
    return bytes.toByteArray();
  }

  static ColumnMapping mapping() {
    ColumnMapping.Builder m = ColumnMapping.builder().respondent("答卷编号").attribute("门店", "branch")
        .points("重要性：有形性", Dimension.TANGIBLES).points("重要性：可靠性", Dimension.RELIABILITY);
    for (int i = 0; i < 4; i++) {
      m.answer("期望：" + QUESTIONS[i], io.github.mot.servqual.AnswerKind.EXPECTATION, i + 1)
          .answer("感受：" + QUESTIONS[i], io.github.mot.servqual.AnswerKind.PERCEPTION, i + 1);
    }
    return m.build();
  }

  @Test
  void namedSheetThroughAMappingGivesTheSameAnalysisAsTheTidyCsv(@TempDir Path dir) throws IOException {
    Path xlsx = Files.write(dir.resolve("export.xlsx"), workbook());
    SurveyReadResult csv = SurveyReader.of(FOUR).read(new StringReader(tidyCsv()));
    SurveyReader reader = SurveyReader.of(FOUR).withMapping(mapping());
    XlsxSource source = XlsxSource.of(xlsx).withSheet("答卷");
    SurveyReadResult x = reader.read(source);
    assertThat(x.goodRows()).isEqualTo(8);
    // Excel rows: header in row 2, respondents in rows 3-5, the blank one in row 6
    assertThat(x.blankRespondents()).containsExactly(new BlankRespondent(6, "1099"));
    assertThat(x.rows()).isEqualTo(9);
    for (MissingPolicy policy : MissingPolicy.values()) {
      assertThat(GapAnalysis.withDefaults().withMissing(policy).analyze(x.data()))
          .isEqualTo(GapAnalysis.withDefaults().withMissing(policy).analyze(csv.data()));
      assertThat(ReliabilityAnalysis.withDefaults().withMissing(policy).analyze(x.data()))
          .isEqualTo(ReliabilityAnalysis.withDefaults().withMissing(policy).analyze(csv.data()));
    }
    assertThat(x.data().attributeValues("branch")).containsExactly("北区", "南区");
    assertThat(source.toString()).isEqualTo("XlsxSource[" + xlsx + ", sheet '答卷', inflating at most 4294967296"
        + " bytes and 100x a part]");
    assertThat(source.name()).isEqualTo(xlsx + ", sheet '答卷'");
    assertThat(source.sheets()).containsExactly("说明", "答卷");
    // a source over a file reads again
    assertThat(reader.read(source).data().size()).isEqualTo(8);
    // the same from a stream, which stays open and is read once
    XlsxSource upload = XlsxSource.of(new ByteArrayInputStream(workbook()), "upload.xlsx").withSheet("答卷");
    SurveyReadResult fromStream = reader.read(upload);
    assertThat(fromStream.data().size()).isEqualTo(8);
    assertThatThrownBy(() -> reader.read(upload)).isInstanceOf(IllegalStateException.class)
        .hasMessage("upload.xlsx: a workbook stream can be read once; use a file source to read it again");
    assertThatThrownBy(upload::sheets).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void firstSheetAndTidyColumns(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Workbook wb = new Workbook(bytes, "test", "1.0");
    Worksheet ws = wb.newWorksheet("Sheet1");
    String[] header = tidyCsv().lines().findFirst().orElseThrow().split(",");
    for (int c = 0; c < header.length; c++) {
      ws.value(0, c, header[c]);
    }
    ws.value(1, 0, "r1");
    ws.value(1, 1, "north");
    for (int c = 2; c < header.length - 2; c++) {
      ws.value(1, c, 5);
    }
    ws.value(1, 6, 4.5); // P1: not an integer
    ws.value(1, 10, 50);
    ws.value(1, 11, 50);
    wb.finish();
    Path xlsx = Files.write(dir.resolve("tidy.xlsx"), bytes.toByteArray());
    DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
        () -> SurveyReader.of(FOUR).read(XlsxSource.of(xlsx)));
    assertThat(e.errors()).containsExactly(new RowError(2, "P1", "4.5", "not an integer"));
    assertThat(e.source()).contains(xlsx.toString());
    assertThat(SurveyReader.of(FOUR).lenient().read(XlsxSource.of(xlsx)).badRows()).isEqualTo(1);
    // read(Path) chooses the workbook by its extension (this module provides the format)
    assertThat(SurveyReader.of(FOUR).lenient().read(xlsx).badRows()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badWorkbooksAndSheetsAreExplained(@TempDir Path dir) throws IOException {
    Path xlsx = Files.write(dir.resolve("export.xlsx"), workbook());
    SurveyReader reader = SurveyReader.of(FOUR).withMapping(mapping());
    XlsxSource source = XlsxSource.of(xlsx);
    assertThatThrownBy(() -> reader.read(source.withSheet("Sheet9"))).isInstanceOf(IOException.class)
        .hasMessage(xlsx + " has no sheet 'Sheet9'; its sheets are [说明, 答卷]");
    // the first sheet holds notes, not the survey: a header error names the missing columns
    assertThatThrownBy(() -> reader.read(source)).isInstanceOf(DataFileException.class)
        .hasMessageContaining("mapped column is not in the header");
    Path csv = Files.writeString(dir.resolve("data.xlsx"), tidyCsv(), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> reader.read(XlsxSource.of(csv))).isInstanceOf(IOException.class)
        .hasMessage(csv + ": not an .xlsx workbook (it does not start as a zip archive): is it CSV?");
    assertThatThrownBy(() -> reader.read(csv)).isInstanceOf(IOException.class).hasMessageContaining("is it CSV?");
    Path xls = Files.write(dir.resolve("old.xls"),
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    assertThatThrownBy(() -> reader.read(XlsxSource.of(xls))).isInstanceOf(IOException.class)
        .hasMessageContaining("old binary .xls");
    // by extension, a .xls file is not parsed as CSV either
    assertThatThrownBy(() -> reader.read(xls)).isInstanceOf(IOException.class)
        .hasMessage(xls + ": a .xls spreadsheet, which no module reads: save it as .xlsx (read with mot-xlsx) or as CSV");
    assertThatThrownBy(() -> XlsxSource.of((Path) null)).isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> source.withSheet(null)).hasMessage("name");
    Rejections.assertRejects("name must not be blank but was ' '",
        () -> XlsxSource.of(new ByteArrayInputStream(new byte[0]), " "));
    assertThat(source.withSheet("x").withFirstSheet().sheet()).isEmpty();
  }
}
