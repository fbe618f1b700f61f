package io.github.mot.servqual.io;

import io.github.mot.servqual.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.RatingScale;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import io.github.mot.core.io.RowSource;
import io.github.mot.core.table.Format;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.perception.PerceptionAnalysis;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import io.github.mot.servqual.SurveyData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey tools' exports: column mapping, legacy encodings, blank respondents, perception-only files. */
class RealFilesTest {

  static final Instrument FOUR = Fixtures.BANK;

  /** id, branch, E1..E4, P1..P4, W_TANGIBLES, W_RELIABILITY. */
  static final String[][] ROWS = {
      {"1001", "north", "7", "6", "7", "6", "5", "5", "4", "5", "40", "60"},
      {"1002", "south", "6", "6", "7", "7", "6", "5", "5", "6", "30", "70"},
      {"1003", "north", "5", "6", "6", "6", "5", "6", "6", "5", "50", "50"},
      {"1004", "south", "7", "7", "7", "7", "4", "5", "3", "4", "20", "80"},
      {"1005", "north", "6", "5", "6", "6", "6", "4", "5", "5", "45", "55"},
      {"1006", "south", "7", "6", "6", "7", "5", "6", "5", "5", "35", "65"},
      {"1007", "north", "4", "5", "6", "5", "5", "5", "6", "4", "60", "40"},
      {"1008", "south", "6", "7", "7", "6", "3", "4", "4", "3", "25", "75"},
      {"1009", "north", "5", "5", "6", "6", "5", "5", "5", "6", "50", "50"},
      {"1010", "south", "7", "6", "7", "7", "6", "6", "5", "6", "30", "70"}};

  /** The tidy file: respondent, branch, E1..E4, P1..P4, W_ columns. */
  static String tidyCsv() {
    StringBuilder sb = new StringBuilder("respondent,branch,E1,E2,E3,E4,P1,P2,P3,P4,W_TANGIBLES,W_RELIABILITY\n");
    for (String[] r : ROWS) {
      sb.append(String.join(",", r)).append('\n');
    }
    return sb.toString();
  }

  /** The survey tool's export: question texts as headers, other order, extra columns, a blank respondent. */
  static String chineseExport() {
    StringBuilder sb = new StringBuilder(
        "答卷编号,提交时间,来源IP,门店,您期望的：设备现代化,实际感受：设备现代化,您期望的：员工衣着整洁,实际感受：员工衣着整洁,"
            + "您期望的：按承诺时间提供服务,实际感受：按承诺时间提供服务,您期望的：第一次就做对,实际感受：第一次就做对,"
            + "重要性：有形性,重要性：可靠性\n");
    int line = 0;
    for (String[] r : ROWS) {
      sb.append(r[0]).append(",2026-11-0").append(1 + line % 9).append(" 10:0").append(line % 10).append(",10.0.0.")
          .append(line).append(',').append(r[1].equals("north") ? "北区" : "南区");
      for (int i = 0; i < 4; i++) {
        sb.append(',').append(r[2 + i]).append(',').append(r[6 + i]);
      }
      sb.append(',').append(r[10]).append(',').append(r[11]).append('\n');
      if (line++ == 4) {
        sb.append("1099,2026-11-05 11:00,10.0.0.99,北区,,,,,,,,,,\n"); // opened the survey, answered nothing
      }
    }
    return sb.toString();
  }

  static final String MAPPING = String.join("\n",
      "source,role,item,dimension,label,reverse",
      "答卷编号,respondent,,,,",
      "门店,attribute,,,branch,",
      "您期望的：设备现代化,E,1,TANGIBLES,Up-to-date equipment,",
      "实际感受：设备现代化,P,1,,,",
      "您期望的：员工衣着整洁,E,2,TANGIBLES,Neat staff,",
      "实际感受：员工衣着整洁,P,2,,,",
      "您期望的：按承诺时间提供服务,E,3,RELIABILITY,Service at the promised time,",
      "实际感受：按承诺时间提供服务,P,3,,,",
      "您期望的：第一次就做对,E,4,RELIABILITY,Right the first time,no",
      "#12,P,4,,,",
      "重要性：有形性,points,,TANGIBLES,,",
      "重要性：可靠性,points,,RELIABILITY,,",
      "提交时间,ignore,,,,",
      "");

  @Test
  void gb18030ExportWithChineseHeadersGivesTheSameAnalysisAsTheTidyCsv(@TempDir Path dir) throws IOException {
    Path tidy = Files.writeString(dir.resolve("tidy.csv"), tidyCsv());
    Path export = Files.write(dir.resolve("export.csv"), chineseExport().getBytes(Charset.forName("GB18030")));
    Path mappingFile = Files.writeString(dir.resolve("mapping.csv"), MAPPING);
    ColumnMapping mapping = ColumnMappingReader.withDefaults().read(mappingFile);
    Instrument fromMapping = mapping.instrument("bank", RatingScale.SEVEN_POINT);
    assertThat(fromMapping.items()).isEqualTo(FOUR.items());

    SurveyReadResult a = SurveyReader.of(FOUR).read(tidy);
    SurveyReadResult b = SurveyReader.of(fromMapping).withMapping(mapping)
        .withEncoding(SurveyReader.encoding("GB18030")).read(export);
    assertThat(b.goodRows()).isEqualTo(10);
    assertThat(b.blankRows()).isEqualTo(1);
    assertThat(b.blankRespondents()).containsExactly(new BlankRespondent(7, "1099"));
    assertThat(b.rows()).isEqualTo(b.goodRows() + b.badRows() + b.blankRows());
    assertThat(b.toString()).contains("1 blank", "line 7 (respondent 1099)");

    for (MissingPolicy policy : MissingPolicy.values()) {
      GapReport ga = GapAnalysis.withDefaults().withMissing(policy).analyze(a.data());
      GapReport gb = GapAnalysis.withDefaults().withMissing(policy).analyze(b.data());
      assertThat(gb).isEqualTo(ga);
      assertThat(ReliabilityAnalysis.withDefaults().withMissing(policy).analyze(b.data()))
          .isEqualTo(ReliabilityAnalysis.withDefaults().withMissing(policy).analyze(a.data()));
    }
    assertThat(b.data().attributeValues("branch")).containsExactly("北区", "南区");
    assertThat(b.data().respondentId(9)).isEqualTo("1010");
  }

  @Test
  void aFileThatIsNotValidInTheEncodingFailsWithTheLine(@TempDir Path dir) throws IOException {
    byte[] gb = chineseExport().getBytes(Charset.forName("GB18030"));
    Path export = Files.write(dir.resolve("export.csv"), gb);
    ColumnMapping mapping = ColumnMappingReader.withDefaults().read(new StringReader(MAPPING), "mapping");
    // read as UTF-8 (the default): the GB18030 bytes of the header are not UTF-8
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withMapping(mapping).read(export))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("line 1", "not valid UTF-8", "withEncoding");
    // an invalid byte on line 4 of an otherwise ASCII file
    byte[] ascii = tidyCsv().getBytes(StandardCharsets.US_ASCII);
    int third = 0;
    for (int i = 0, lines = 0; i < ascii.length; i++) {
      if (ascii[i] == '\n' && ++lines == 3) {
        third = i + 1;
        break;
      }
    }
    ascii[third + 11] = (byte) 0xFF; // line 4 is "1003,north,5,...": the E1 answer
    DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
        () -> SurveyReader.of(FOUR).read(new ByteArrayInputStream(ascii)));
    assertThat(e.errors().get(0).line()).isEqualTo(4);
    assertThat(e.errors().get(0).value()).isEqualTo("FF");
    // the same bytes in windows-1252 decode (0xFF is ÿ), so the row is reported as a bad answer instead
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withEncoding(SurveyReader.encoding("cp1252"))
        .read(new ByteArrayInputStream(ascii)))
        .isInstanceOf(DataFileException.class).hasMessageContaining("line 4, column E1, value 'ÿ': not an integer");
  }

  @Test
  void utf8ByteOrderMarkAndLegacyKoreanAndWesternEncodings(@TempDir Path dir) throws IOException {
    String text = tidyCsv().replace("respondent,branch", "respondent,지점");
    Path bom = dir.resolve("bom.csv");
    Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    Path korean = Files.write(dir.resolve("kr.csv"), text.getBytes(SurveyReader.encoding("cp949")));
    Path western = Files.write(dir.resolve("w.csv"), tidyCsv().replace("branch", "succursale_é")
        .getBytes(SurveyReader.encoding("windows-1252")));
    assertThat(SurveyReader.of(FOUR).read(bom).data().attributeNames()).containsExactly("지점");
    assertThat(SurveyReader.of(FOUR).withEncoding(SurveyReader.encoding("cp949")).read(korean).data()
        .attributeNames()).containsExactly("지점");
    assertThat(SurveyReader.of(FOUR).withEncoding(SurveyReader.encoding("EUC-KR")).read(korean).data()
        .attributeNames()).containsExactly("지점");
    assertThat(SurveyReader.of(FOUR).withEncoding(SurveyReader.encoding("windows-1252")).read(western).data()
        .attributeNames()).containsExactly("succursale_é");
    assertThat(SurveyReader.encoding("cp949").name()).isEqualTo("x-windows-949");
    assertThat(SurveyReader.encoding("utf-8-sig")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(SurveyReader.encoding("gbk").name()).isEqualTo("GBK");
    assertThatThrownBy(() -> SurveyReader.encoding("klingon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("encoding must be a supported charset", "'klingon'");
  }

  @Test
  void blankRespondentsAreReportedAndDroppedNotCountedAsZeros() throws IOException {
    String csv = "respondent,E1,E2,E3,E4,P1,P2,P3,P4,segment\n"
        + "a,7,6,7,6,5,5,4,5,x\n"
        + "b,,,,,,,,,y\n"
        + ",,,,,,,,,\n"
        + "c,6,6,7,7,6,5,5,6,x\n";
    SurveyReadResult r = SurveyReader.of(FOUR).read(new StringReader(csv));
    assertThat(r.rows()).isEqualTo(3); // the line of empty fields is an empty line
    assertThat(r.goodRows()).isEqualTo(2);
    assertThat(r.blankRespondents()).containsExactly(new BlankRespondent(3, "b"));
    assertThat(r.isClean()).isTrue();
    assertThat(GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(r.data()).respondents())
        .isEqualTo(2);
  }

  @Test
  void perceptionOnlyFileIsReadAndAnalysed() throws IOException {
    String csv = "respondent,P1,P2,P3,P4\n1,5,6,5,5\n2,3,4,4,4\n3,6,6,7,6\n";
    SurveyReadResult r = SurveyReader.of(FOUR).read(new StringReader(csv));
    assertThat(r.isClean()).isTrue();
    assertThat(r.data().kinds()).containsExactly(AnswerKind.PERCEPTION);
    assertThat(PerceptionAnalysis.withDefaults().analyze(r.data()).servperf().n()).isEqualTo(3);
    assertThat(ReliabilityAnalysis.withDefaults().analyze(r.data()).scales()).hasSize(2);
  }

  @Test
  void mappedColumnsThatAreMissingOrAmbiguousAreHeaderErrors() throws IOException {
    ColumnMapping m = ColumnMapping.builder()
        .respondent("id")
        .answer("Q1", AnswerKind.PERCEPTION, 1).answer("Q2", AnswerKind.PERCEPTION, 2)
        .answer("Q3", AnswerKind.PERCEPTION, 3).answer("#9", AnswerKind.PERCEPTION, 4)
        .build();
    DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
        () -> SurveyReader.of(FOUR).withMapping(m).read(new StringReader("id,Q1,Q2,Q2,x\n1,5,5,5,5\n")));
    assertThat(e.errors()).extracting(RowError::reason).contains(
        "mapped column is not in the header; the nearest headers: 'Q1', 'Q2'",
        "mapped column name occurs 2 times in the header (columns [#3, #4]): map it by position",
        "mapped column position must be in [1, 5] (the header's columns) but was 9");
    // no respondent column: ids are line numbers; unmapped columns are ignored
    ColumnMapping noId = ColumnMapping.builder()
        .answer("#2", AnswerKind.PERCEPTION, 1).answer("#3", AnswerKind.PERCEPTION, 2)
        .answer("#4", AnswerKind.PERCEPTION, 3).answer("#5", AnswerKind.PERCEPTION, 4).build();
    SurveyReadResult r = SurveyReader.of(FOUR).withMapping(noId)
        .read(new StringReader("time,a,b,c,d\nx,5,5,5,5\ny,4,4,4,4\n"));
    assertThat(r.data().respondentId(1)).isEqualTo("3");
    assertThat(r.data().attributeNames()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void mappingFileAndBuilderRejectBadInput() throws IOException {
    ColumnMappingReader reader = ColumnMappingReader.withDefaults();
    assertThatThrownBy(() -> reader.read(new StringReader("source,role,item\nQ1,X,1\n"), "m.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("m.csv: line 2, column role, value 'X': role must be one of", "but was 'X'");
    // each mapping file (first) with a part of the message it is refused with (second)
    String[][] refused = {
      {"source,role,item\nQ1,P,one\n",
        "line 2, column item, value 'one': item must be an item number for an answer but was 'one'"},
      {"column,kind\n", "a column mapping file must have the column source"},
      {"source,role,item,dimension\nQ1,P,1,A\nQ2,E,1,B\n",
        "line 3, column item, value '1': item 1 dimension must be given once or the same again but was 'A' and 'B'"},
      {"source,role,item,dimension\nW,points,,\n", "points need a dimension"},
      {"source,role,item,reverse\nQ1,P,1,maybe\n", "reverse must be true/false, yes/no or 1/0 but was 'maybe'"},
      {"", "the file is empty: a header row is required"}
    };
    for (String[] file : refused) {
      assertThatThrownBy(() -> reader.read(new StringReader(file[0]), "m.csv")).as(file[0]).hasMessageContaining(file[1]);
    }
    // every bad row at once, so that all can be fixed before the next try
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> reader.read(new StringReader("source,role,item\nQ1,X,1\nQ2,P,one\nQ3,P,3\n"), "m.csv"),
            DataFileException.class).errors())
        .extracting(io.github.mot.core.io.RowError::line).containsExactly(2L, 3L);
    assertThatThrownBy(() -> ColumnMapping.builder().build())
        .hasMessageContaining("must map at least one answer column");
    assertThatThrownBy(() -> ColumnMapping.builder().answer(" ", AnswerKind.PERCEPTION, 1))
        .hasMessageContaining("source column must not be blank");
    assertThatThrownBy(() -> ColumnMapping.builder().answer("Q", AnswerKind.PERCEPTION, 1).respondent("Q"))
        .hasMessageContaining("source column must be mapped once but 'Q' was mapped again");
    assertThatThrownBy(() -> ColumnMapping.builder().answer("Q", AnswerKind.PERCEPTION, 0))
        .hasMessageContaining("item must be in [1, 10000] but was 0");
    assertThatThrownBy(() -> ColumnMapping.builder().answer("Q", AnswerKind.PERCEPTION, 1)
        .answer("R", AnswerKind.PERCEPTION, 1)).hasMessageContaining("answer P1 must be mapped once");
    assertThatThrownBy(() -> ColumnMapping.builder().respondent("a").respondent("b"))
        .hasMessageContaining("respondent column must be mapped once");
    assertThatThrownBy(() -> ColumnMapping.builder().attribute("a", "x").attribute("b", "x"))
        .hasMessageContaining("attribute name must be non-blank and unique but was 'x'");
    assertThatThrownBy(() -> ColumnMapping.builder().points("a", Dimension.TANGIBLES).points("b", Dimension.TANGIBLES))
        .hasMessageContaining("points of TANGIBLES must be mapped once");
    assertThatThrownBy(() -> ColumnMapping.builder().item(1, " ", Dimension.TANGIBLES))
        .hasMessageContaining("item label must not be blank");
    assertThatThrownBy(() -> ColumnMapping.builder().answer(null, AnswerKind.PERCEPTION, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    ColumnMapping twoItems = ColumnMapping.builder().answer("a", AnswerKind.PERCEPTION, 1)
        .answer("c", AnswerKind.PERCEPTION, 3).item(1, "A", Dimension.TANGIBLES).item(3, "C", Dimension.TANGIBLES)
        .build();
    assertThatThrownBy(() -> twoItems.instrument("x", RatingScale.FIVE_POINT))
        .hasMessageContaining("must map every item from 1 to 3 to a column but item 2 has none");
    ColumnMapping noDim = ColumnMapping.builder().answer("a", AnswerKind.PERCEPTION, 1).build();
    assertThatThrownBy(() -> noDim.instrument("x", RatingScale.FIVE_POINT))
        .hasMessageContaining("must give a dimension for every item but item 1 (a) has none");
    // against an instrument
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withMapping(ColumnMapping.builder()
        .answer("a", AnswerKind.PERCEPTION, 5).build()))
        .hasMessageContaining("column mapping item must be in [1, 4] for instrument bank but was 5");
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withMapping(ColumnMapping.builder()
        .answer("a", AnswerKind.PERCEPTION, 1).item(1, "x", Dimension.EMPATHY).build()))
        .hasMessageContaining("dimension of item 1 must match the instrument's TANGIBLES but was EMPATHY");
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withMapping(ColumnMapping.builder()
        .answer("a", AnswerKind.PERCEPTION, 1).item(1, "x", Dimension.TANGIBLES, true).build()))
        .hasMessageContaining("reverse coding of item 1 must match the instrument's (false) but was true");
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withMapping(ColumnMapping.builder()
        .answer("a", AnswerKind.PERCEPTION, 1).points("w", Dimension.EMPATHY).build()))
        .hasMessageContaining("points dimension must be one of [TANGIBLES, RELIABILITY] but was EMPATHY");
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withEncoding(null)).hasMessage("encoding");
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withMapping(null)).hasMessage("mapping");
  }

  @Test
  void mappingTextRoundTripsAndReaderDescribesItself() throws IOException {
    ColumnMapping m = ColumnMappingReader.withDefaults().read(new StringReader(MAPPING), "mapping");
    assertThat(ColumnMappingReader.withDefaults().read(new StringReader(m.toString()), "again")).isEqualTo(m);
    assertThat(m.highestItem()).isEqualTo(4);
    SurveyReader r = SurveyReader.of(FOUR).withMapping(m).withEncoding(Charset.forName("GB18030"));
    assertThat(r.toString()).isEqualTo("SurveyReader[bank, strict, points REJECT, GB18030, mapped columns]");
    assertThat(r.mapping()).contains(m);
    assertThat(r.withoutMapping().mapping()).isEmpty();
    assertThat(r.encoding().name()).isEqualTo("GB18030");
  }

  @Test
  void newReportsExportAsJson() throws IOException {
    SurveyData data = SurveyReader.of(FOUR).read(new StringReader(tidyCsv())).data();
    String rel = Format.JSON.render(ReliabilityAnalysis.withDefaults().withBootstrap(100, 7).analyze(data));
    assertThat(rel).contains("\"score\" : \"GAP\"", "\"standardizedAlpha\"", "\"feldt\"", "\"bootstrapSeed\" : 7",
        "\"warnings\"", "\"alphaIfDeleted\" : null");
    String w = Format.JSON.render(io.github.mot.servqual.gap.WilcoxonGapAnalysis.withDefaults().analyze(data));
    assertThat(w).contains("\"wPlus\"", "\"rankBiserial\"", "\"pairedT\"", "\"exact\" : false");
    String p = Format.JSON.render(PerceptionAnalysis.withDefaults().analyze(data));
    assertThat(p).contains("\"servperf\"", "\"reliability\"");
    String ipa = Format.JSON.render(io.github.mot.servqual.perception.ImportancePerformance.withDefaults()
        .withPerformance(io.github.mot.servqual.perception.PerformanceMeasure.topTwoBox()).analyzeDimensions(data));
    assertThat(ipa).contains("\"performanceMeasure\" : \"top-2-box\"");
    assertThat(rel + w + p + ipa).doesNotContain("NaN");
  }

  @Test
  void aRowSourcePadsShortRowsAndUsesItsRowNumbers() throws IOException {
    RowSource sheet = new RowSource() {
      @Override
      public String name() {
        return "sheet";
      }

      @Override
      public void read(ReadLimits limits, RowHandler handler) throws IOException {
        handler.row(2, List.of("", " "));
        handler.row(3, List.of("respondent", "P1", "P2", "P3", "P4", "note"));
        handler.row(4, List.of("a", "5", "5", "5", "5"));
        handler.row(6, List.of("b", "5", "x", "5", "5", "", "", " "));
      }
    };
    SurveyReadResult r = SurveyReader.of(FOUR).lenient().read(sheet);
    assertThat(r.goodRows()).isEqualTo(1);
    assertThat(r.errors()).containsExactly(new RowError(6, "P2", "x", "not an integer"));
    DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
        () -> SurveyReader.of(FOUR).read(sheet));
    assertThat(e.source()).contains("sheet");
    assertThatThrownBy(() -> SurveyReader.of(FOUR).read(RowSource.of("empty", List.of())))
        .isInstanceOf(DataFileException.class).hasMessageContaining("a header row is required");
    // rows in memory, numbered from 1
    SurveyReadResult memory = SurveyReader.of(FOUR).lenient().read(RowSource.of("memory", List.of(
        List.of("respondent", "P1", "P2", "P3", "P4"), List.of("a", "5", "5", "5", "5"), List.of("b", "5", "5", "5", "9"))));
    assertThat(memory.goodRows()).isEqualTo(1);
    assertThat(memory.errors()).extracting(RowError::line).containsExactly(3L);
  }

  @Test
  void titleRowsAboveASheetsHeaderAreSkipped() throws IOException {
    // issue 17 point 5: the docs said rows above the header are skipped, but a title row was taken
    // as the header; the header is the first row that has the columns the reader needs
    List<String> header = List.of("respondent", "P1", "P2", "P3", "P4");
    SurveyReadResult titled = SurveyReader.of(FOUR).lenient().read(RowSource.of("sheet", List.of(
        List.of("Bank survey 2026"), List.of(), List.of("exported", "2026-11-30"), header,
        List.of("a", "5", "5", "5", "5"), List.of("b", "5", "5", "5", "9"))));
    assertThat(titled.goodRows()).isEqualTo(1);
    assertThat(titled.errors()).extracting(RowError::line).containsExactly(6L);
    // no row has the columns: the first non-blank row's errors say what is missing
    List<List<String>> notes = new java.util.ArrayList<>();
    notes.add(List.of("notes"));
    for (int i = 0; i < 30; i++) {
      notes.add(List.of("line " + i));
    }
    notes.add(header);
    assertThatThrownBy(() -> SurveyReader.of(FOUR).read(RowSource.of("notes", notes)))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("notes: 2 errors, the first: line 1, column respondent")
        .hasMessageContaining("a 'respondent' column is required");
    assertThatThrownBy(() -> SurveyReader.of(FOUR).read(RowSource.of("short", List.of(List.of("title"), List.of("x")))))
        .isInstanceOf(DataFileException.class).hasMessageContaining("line 1, column respondent");
  }

  @Test
  void whiteSpaceInMappedHeadersMatchesLenientlyAndAMissingColumnGetsTheNearestHeaders() throws IOException {
    // issue 17 point 4: the export had two spaces (here also a tab and an ideographic space) where
    // the mapping had none or one; before, "not in the header" with no suggestion
    String spaced = chineseExport()
        .replace("您期望的：设备现代化", "您期望的：设备  现代化")
        .replace("实际感受：设备现代化", " 实际感受：设备\t现代化 ")
        .replace("重要性：有形性", "重要性：有形性\u3000");
    ColumnMapping mapping = ColumnMappingReader.withDefaults()
        .read(new StringReader(MAPPING.replace("您期望的：设备现代化", "您期望的：设备 现代化")
            .replace("实际感受：设备现代化", "实际感受：设备 现代化")), "mapping");
    SurveyReadResult lenient = SurveyReader.of(FOUR).withMapping(mapping)
        .read(new ByteArrayInputStream(spaced.getBytes(StandardCharsets.UTF_8)));
    SurveyReadResult exact = SurveyReader.of(FOUR).withMapping(
            ColumnMappingReader.withDefaults().read(new StringReader(MAPPING), "mapping"))
        .read(new ByteArrayInputStream(chineseExport().getBytes(StandardCharsets.UTF_8)));
    assertThat(lenient.errors()).isEmpty();
    assertThat(lenient.data().size()).isEqualTo(exact.data().size());
    assertThat(GapAnalysis.withDefaults().analyze(lenient.data()))
        .isEqualTo(GapAnalysis.withDefaults().analyze(exact.data()));

    // a mapped column that is not there names the nearest headers
    ColumnMapping typo = ColumnMappingReader.withDefaults()
        .read(new StringReader(MAPPING.replace("您期望的：员工衣着整洁", "您期望的：员工衣著整洁")), "mapping");
    assertThatThrownBy(() -> SurveyReader.of(FOUR).withMapping(typo)
            .read(new ByteArrayInputStream(chineseExport().getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("column 您期望的：员工衣著整洁")
        .hasMessageContaining("mapped column is not in the header; the nearest headers: '您期望的：员工衣着整洁'");
  }
}
