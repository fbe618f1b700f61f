package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.examples.MotTest.Run;
import io.github.mot.servqual.io.SurveyReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mot servqual} on survey exports as researchers have them (issue 17): a perception-only
 * (SERVPERF) export in cp949 with Korean question headers, two blank respondents and a header with
 * two spaces where the mapping has one ({@code docs/examples/clinic-export-cp949.csv} with {@code
 * docs/examples/clinic-mapping.csv}); the same mapping saved in cp949; the same answers in a
 * workbook with a notes sheet first and a title row above the header. Runs from the project root.
 */
class MotSurveyExportsTest {

  static final String EXPORT = "docs/examples/clinic-export-cp949.csv";
  static final String MAPPING = "docs/examples/clinic-mapping.csv";
  private static final Charset CP949 = SurveyReader.encoding("cp949");

  @TempDir Path tmp;

  private static Run clinic(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("servqual", EXPORT, "--mapping", MAPPING, "--encoding", "cp949"));
    args.addAll(List.of(more));
    return MotTest.mot(args.toArray(new String[0]));
  }

  // ---------------------------------------------------------------- point 1: SERVPERF

  @Test
  void aPerceptionOnlyFileGetsTheServperfAnalysisInText() {
    Run r = clinic();
    // before: "mot: java.lang.IllegalArgumentException: survey data must have expectation answers"
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("PerceptionAnalysis");
    assertThat(r.out())
        .contains("SERVPERF perception analysis (no expectations, no gaps)")
        .contains("95% CI").contains("alpha P")
        .contains("Reliability (Cronbach's alpha)").contains("raw alpha").contains("95% Feldt CI")
        .contains("std alpha").contains("item-total r")
        .contains("Importance-performance analysis of the dimensions")
        .contains("SERVPERF  14  5.071");
  }

  @Test
  void aHeaderWithTwoSpacesMatchesTheMappingsOneSpace() throws IOException {
    // the export was written with two spaces where the mapping has one (issue 17, point 4)
    assertThat(new String(Files.readAllBytes(Path.of(EXPORT)), CP949)).contains(",환자의  필요를 이해한다,");
    assertThat(Files.readString(Path.of(MAPPING))).contains("\n환자의 필요를 이해한다,P,6,");
    assertThat(clinic().out()).contains("   6  EMPATHY      14  5.500  0.941  [4.957, 6.043]  Understands patients' needs");
  }

  @Test
  void aPerceptionOnlyFileGetsTheServperfAnalysisInJsonAndCsv() throws IOException {
    JsonNode json = new ObjectMapper().readTree(clinic("--format", "json").out());
    assertThat(json.get("perception").get("items")).hasSize(6);
    assertThat(json.get("perception").get("servperf").get("n").asLong()).isEqualTo(14);
    JsonNode scale = json.get("reliability").get("scales").get(0);
    assertThat(scale.get("alpha").asDouble()).isBetween(0.0, 1.0);
    assertThat(scale.get("standardizedAlpha").asDouble()).isBetween(0.0, 1.0);
    assertThat(scale.get("feldt").get("lower").asDouble()).isLessThan(scale.get("alpha").asDouble());
    assertThat(scale.get("itemStatistics").get(0).has("correctedItemTotalCorrelation")).isTrue();
    assertThat(json.get("dimensionIpa").get("priorities")).hasSize(3);
    String csv = clinic("--format", "csv").out();
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("part,level,id,name,dimension,n,perception");
    assertThat(csv.lines().map(l -> l.substring(0, l.indexOf(','))).distinct())
        .containsExactly("part", "perception", "reliability", "dimensionIpa");
  }

  @Test
  void aPerceptionOnlyFileGetsItsChartsAndHtmlReport() throws IOException {
    Path dir = tmp.resolve("out");
    Run r = clinic("--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    ChartFiles.assertNonTrivial(dir.resolve("servperf-dimensions.svg"), dir.resolve("servperf-dimensions.png"));
    ChartFiles.assertNonTrivial(dir.resolve("servperf-ipa-dimensions.svg"), dir.resolve("servperf-ipa-dimensions.png"));
    assertThat(dir.resolve("servperf-perceptions.csv")).content().startsWith("level,id,name,dimension,n,perception");
    assertThat(dir.resolve("servperf-reliability.csv")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("report.html"))).contains("SERVPERF analysis of clinic-export-cp949.csv")
        .contains("Reliability (Cronbach&#39;s alpha)").contains("<svg");
  }

  @Test
  void theModelOptionChoosesTheAnalysis() {
    Run servqual = clinic("--model", "servqual");
    assertThat(servqual.code()).isEqualTo(2);
    assertThat(servqual.err()).contains("--model servqual needs expectation (E) answers, but " + EXPORT
        + " has none: use --model servperf");
    Run servperf = MotTest.mot("servqual", "docs/examples/bank-export-gb18030.csv", "--mapping",
        "docs/examples/bank-mapping.csv", "--encoding", "GB18030", "--model", "servperf");
    assertThat(servperf.code()).as(servperf.err()).isZero();
    assertThat(servperf.out()).contains("SERVPERF perception analysis").doesNotContain("SERVQUAL gap analysis");
    Run auto = MotTest.mot("servqual", "docs/examples/bank-export-gb18030.csv", "--mapping",
        "docs/examples/bank-mapping.csv", "--encoding", "GB18030");
    assertThat(auto.out()).contains("SERVQUAL gap analysis");
    Run bad = clinic("--model", "servfoo");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--model must be one of auto, servqual, servperf but was 'servfoo'");
  }

  // ---------------------------------------------------------------- point 2: blank respondents

  @Test
  void blankRespondentsAreCountedAndListedInEverySummary() throws IOException {
    Run text = clinic();
    // before: "16 rows: 14 good, 0 bad"
    assertThat(text.out()).startsWith(EXPORT + ": 16 rows: 14 good, 0 bad, 2 blank\n"
        + "blank respondents (every answer empty, left out of the analysis) on lines 7, 13\n");
    JsonNode read = new ObjectMapper().readTree(clinic("--format", "json").out()).get("read");
    assertThat(read.get("goodRows").asLong() + read.get("badRows").asLong() + read.get("blankRows").asLong())
        .isEqualTo(read.get("rows").asLong()).isEqualTo(16);
    assertThat(read.get("blankLines").toString()).isEqualTo("[7,13]");
    assertThat(read.get("blankRespondents").get(1).get("respondent").asText()).isEqualTo("2012");
    Path dir = tmp.resolve("out");
    assertThat(clinic("--out", dir.toString()).code()).isZero();
    assertThat(dir.resolve("read-summary.csv")).hasContent(
        "file,rows,good_rows,bad_rows,blank_rows,blank_lines\n" + EXPORT + ",16,14,0,2,7;13");
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("clinic-export-cp949.csv: 16 rows: 14 good, 0 bad, 2 blank")
        .contains("on lines 7, 13");
  }

  @Test
  void goodBadAndBlankAddUpWithABadRow() throws IOException {
    String text = new String(Files.readAllBytes(Path.of(EXPORT)), CP949).replace("2003,강남,2026-11-03 10:14,6,",
        "2003,강남,2026-11-03 10:14,9,");
    Path file = Files.write(tmp.resolve("bad.csv"), text.getBytes(CP949));
    Run r = MotTest.mot("servqual", file.toString(), "--mapping", MAPPING, "--encoding", "cp949");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(file + ": line 4, column 시설이 현대적이다, value '9'");
    assertThat(r.out()).startsWith(file + ": 16 rows: 13 good, 1 bad, 2 blank");
  }

  // ---------------------------------------------------------------- point 3: messages

  @Test
  void aCp949FileReadAsUtf8NamesTheFileAndTheEncodingOption() {
    Run r = MotTest.mot("servqual", EXPORT, "--mapping", MAPPING);
    // before: "line 1, column , value 'C0': ... (choose it with withEncoding, ...)"
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith(EXPORT + ": line 1, value 'C0': the bytes C0 are not valid UTF-8")
        .contains("give its encoding with --encoding CHARSET").contains("cp949").contains("GB18030")
        .doesNotContain("withEncoding").doesNotContain("column ,").doesNotContain("Exception");
  }

  @Test
  void aMappingInCp949IsNamedAsTheCulpritAndReadWithMappingEncoding() throws IOException {
    Path mapping = Files.write(tmp.resolve("mapping-cp949.csv"),
        Files.readString(Path.of(MAPPING), StandardCharsets.UTF_8).getBytes(CP949));
    Run r = MotTest.mot("servqual", EXPORT, "--encoding", "cp949", "--mapping", mapping.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith(mapping + ": line 2, value 'C0': the bytes C0 are not valid UTF-8")
        .contains("give its encoding with --mapping-encoding CHARSET").doesNotContain("withEncoding");
    Run ok = MotTest.mot("servqual", EXPORT, "--encoding", "cp949", "--mapping", mapping.toString(),
        "--mapping-encoding", "cp949");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).isEqualTo(clinic().out().replace("clinic-mapping", "mapping-cp949"));
    Run unknown = MotTest.mot("servqual", EXPORT, "--mapping", MAPPING, "--mapping-encoding", "klingon");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("--mapping-encoding: ").contains("'klingon'").contains("cp949");
  }

  @Test
  void anInstrumentFileInCp949IsReadWithInstrumentEncoding() throws IOException {
    Path ins = Files.write(tmp.resolve("clinic.csv"), ("label,dimension\n시설,TANGIBLES\n복장,TANGIBLES\n시간,RELIABILITY\n"
        + "정확,RELIABILITY\n관심,EMPATHY\n이해,EMPATHY\n").getBytes(CP949));
    Run r = clinic("--instrument", ins.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith(ins + ": line 2").contains("--instrument-encoding CHARSET");
    Run ok = clinic("--instrument", ins.toString(), "--instrument-encoding", "cp949");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("관심");
  }

  @Test
  void configurationMistakesAreUsageErrorsWithoutJavaNames() throws IOException {
    Path threeItems = Files.writeString(tmp.resolve("three.csv"), "label,dimension\nA,TANGIBLES\nB,TANGIBLES\nC,EMPATHY\n");
    Run disagree = clinic("--instrument", threeItems.toString());
    assertThat(disagree.code()).isEqualTo(2);
    assertThat(disagree.err()).startsWith("--mapping " + MAPPING + " and --instrument " + threeItems + " disagree: ");
    Path noDimensions = Files.writeString(tmp.resolve("no-dimensions.csv"),
        Files.readString(Path.of(MAPPING)).replace(",P,1,TANGIBLES,", ",P,1,,"));
    Run undefined = MotTest.mot("servqual", EXPORT, "--encoding", "cp949", "--mapping", noDimensions.toString());
    assertThat(undefined.code()).isEqualTo(2);
    assertThat(undefined.err()).startsWith("--mapping " + noDimensions + " does not define the questionnaire: ")
        .contains("item 1").contains("--instrument FILE");
    Run sheet = MotTest.mot("servqual", "docs/examples/bank-export.xlsx", "--mapping", "docs/examples/bank-mapping.csv",
        "--sheet", "Sheet1");
    assertThat(sheet.code()).isEqualTo(2);
    assertThat(sheet.err()).startsWith("--sheet must be one of the sheets of docs/examples/bank-export.xlsx, [说明, 答卷], "
        + "but was 'Sheet1'");
    for (Run r : List.of(disagree, undefined, sheet)) {
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("java.");
    }
  }

  @Test
  void jsonDefinitionFilesAreDescribedWithoutJavaNames() throws IOException {
    Path log = Files.writeString(tmp.resolve("log.csv"), "customer,touchpoint,time\nc1,greeting,2026-03-02T10:00:00Z\n");
    Path noStage = Files.writeString(tmp.resolve("no-stage.json"), "{\"name\":\"x\",\"stages\":[],\"touchpoints\":[]}");
    Run r = MotTest.mot("journey", log.toString(), "--map", noStage.toString());
    // before: "Cannot construct instance of `io.github.mot.core.CustomerJourney`, problem: ..."
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("mot: " + noStage + ": not a journey map: journey 'x' must have at least one stage "
        + "but has none\n");
    Path wrongKind = Files.writeString(tmp.resolve("wrong.json"), "{\"name\":\"x\",\"stages\":[1],\"touchpoints\":[]}");
    r = MotTest.mot("journey", log.toString(), "--map", wrongKind.toString());
    assertThat(r.err()).isEqualTo("mot: " + wrongKind + ": not a journey map: the value at stages[0] cannot be read as "
        + "a JourneyStage\n");
    Path checklist = Files.writeString(tmp.resolve("list.json"), "{\"name\":\"x\",\"items\":[{\"id\":\"a\"}]}");
    r = MotTest.mot("audit", log.toString(), "--checklist", checklist.toString());
    assertThat(r.err()).isEqualTo(checklist + ": line 1: not a checklist: Missing required property 'text'\n");
  }

  // ---------------------------------------------------------------- point 5: workbooks

  /** The clinic export as a workbook: a notes sheet, then the answers under a title and a blank row. */
  private Path clinicWorkbook(boolean withAnswers) throws IOException {
    return clinicWorkbook(withAnswers ? "clinic.xlsx" : "notes-only.xlsx", withAnswers,
        new String(Files.readAllBytes(Path.of(EXPORT)), CP949));
  }

  private Path clinicWorkbook(String name, boolean withAnswers, String csv) throws IOException {
    Path file = tmp.resolve(name);
    List<String> lines = csv.lines().toList();
    try (OutputStream out = Files.newOutputStream(file)) {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
      org.dhatim.fastexcel.Worksheet notes = wb.newWorksheet("메모");
      notes.value(0, 0, "설문 도구에서 내보냄");
      notes.value(1, 0, "응답 시트를 보세요");
      if (withAnswers) {
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("응답");
        ws.value(0, 0, "2026 클리닉 만족도 조사"); // a title row above the header, then a blank row
        for (int r = 0; r < lines.size(); r++) {
          String[] cells = lines.get(r).split(",", -1);
          for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
              ws.value(r + 2, c, cells[c]);
            }
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  @Test
  void aWorkbookWithANotesSheetAndATitleRowIsReadFromItsAnswerSheet() throws IOException {
    Path xlsx = clinicWorkbook(true);
    Run named = MotTest.mot("servqual", xlsx.toString(), "--mapping", MAPPING, "--sheet", "응답");
    // before: the title row was taken as the header
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out()).startsWith(xlsx + ", sheet '응답': 16 rows: 14 good, 0 bad, 2 blank\n"
        + "blank respondents (every answer empty, left out of the analysis) on lines 9, 15\n");
    // the title row skipped: the same analysis as the CSV file's
    Run json = MotTest.mot("servqual", xlsx.toString(), "--mapping", MAPPING, "--sheet", "응답", "--format", "json");
    assertThat(MotTest.withoutRead(json.out())).isEqualTo(MotTest.withoutRead(clinic("--format", "json").out()));
  }

  @Test
  void withoutSheetTheNotesSheetsErrorsNameItAndTheSheetOption() throws IOException {
    Path xlsx = clinicWorkbook(true);
    Run r = MotTest.mot("servqual", xlsx.toString(), "--mapping", MAPPING);
    // before: 12 errors that never named the sheet, and no word of the other sheets
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines()).allMatch(l -> l.startsWith(xlsx + ", sheet '메모': line 1") || l.startsWith("mot: "));
    assertThat(r.err()).contains("not in the header")
        .endsWith("mot: " + xlsx + ": the first sheet, '메모', was read; the workbook's sheets are [메모, 응답]: "
            + "choose the one with the data with --sheet NAME\n");
    Path notesOnly = clinicWorkbook(false);
    Run one = MotTest.mot("servqual", notesOnly.toString(), "--mapping", MAPPING);
    assertThat(one.code()).isEqualTo(3);
    assertThat(one.err()).contains(notesOnly + ", sheet '메모': line 1").doesNotContain("--sheet");
  }

  @Test
  void badRowsOfASheetNameTheSheet() throws IOException {
    String csv = new String(Files.readAllBytes(Path.of(EXPORT)), CP949).replace("2003,강남,2026-11-03 10:14,6,",
        "2003,강남,2026-11-03 10:14,9,");
    Path xlsx = clinicWorkbook("bad.xlsx", true, csv);
    Run r = MotTest.mot("servqual", xlsx.toString(), "--mapping", MAPPING, "--sheet", "응답");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(xlsx + ", sheet '응답': line 6, column 시설이 현대적이다, value '9'");
    assertThat(r.out()).startsWith(xlsx + ", sheet '응답': 16 rows: 13 good, 1 bad, 2 blank");
  }

  // ---------------------------------------------------------------- point 7: the instrument's name

  @Test
  void theInstrumentIsNamedAfterTheMappingOrByInstrumentName() throws IOException {
    // before: "clinic-mapping.csv" in every report
    assertThat(clinic().out()).contains("SERVPERF perception analysis (no expectations, no gaps): clinic-mapping, 14")
        .doesNotContain("clinic-mapping.csv");
    Path dir = tmp.resolve("named");
    Run r = clinic("--instrument-name", "Clinic SERVPERF 2026", "--out", dir.toString());
    assertThat(r.out()).contains("(no expectations, no gaps): Clinic SERVPERF 2026, 14")
        .contains("Reliability (Cronbach's alpha): Clinic SERVPERF 2026");
    JsonNode json = new ObjectMapper().readTree(clinic("--instrument-name", "Clinic SERVPERF 2026", "--format", "json").out());
    assertThat(json.get("perception").get("instrument").asText()).isEqualTo("Clinic SERVPERF 2026");
    assertThat(json.get("reliability").get("instrument").asText()).isEqualTo("Clinic SERVPERF 2026");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("Clinic SERVPERF 2026");
    Run blank = clinic("--instrument-name", " ");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).contains("--instrument-name must not be blank");
  }
}
