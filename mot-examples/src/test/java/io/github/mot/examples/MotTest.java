package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.io.InstrumentFiles;
import io.github.mot.core.RatingScale;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line, through {@link Mot#run}: every sub-command and every exit code. */
class MotTest {

  @TempDir Path tmp;

  /** One run: exit code and what was printed. */
  record Run(int code, String out, String err) {}

  static Run mot(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Mot.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path sample(String name) throws IOException {
    return Files.writeString(tmp.resolve(name), SampleData.embedded(name), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- help and usage errors

  @Test
  void helpListsTheSubCommandsAndExitCodes() {
    Run r = mot("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("demo", "servqual", "journey", "audit", "volume", "sample-data",
        "generate-completion", "Exit codes:", "3   the data had errors");
  }

  @Test
  void versionPrintsTheVersion() {
    Run r = mot("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("mot ");
  }

  @Test
  void noSubCommandIsAUsageError() {
    Run r = mot();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("a sub-command is required");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = mot("volume", "--customers", "10", "--contacts", "5", "--colour", "red");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown options: '--colour', 'red'");
  }

  @Test
  void aMissingFileIsAUsageError() {
    Run r = mot("servqual", tmp.resolve("nope.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read the file").contains("nope.csv");
  }

  @Test
  void completionScriptIsGenerated() {
    Run r = mot("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F").contains("servqual").contains("journey");
  }

  // ---------------------------------------------------------------- demo

  @Test
  void demoRunsEveryAnalysisAndWritesEveryChartAndTheReport() throws IOException {
    Path dir = tmp.resolve("report");
    Run r = mot("demo", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("SERVQUAL gap analysis: SERVQUAL 22, 300 respondents")
        .contains("Zones of tolerance")
        .contains("Importance-performance analysis")
        .contains("retail-encounters.csv: 5000 rows: 5000 good, 0 bad")
        .contains("GroupedSummary by touchpoint, 10 groups, worst first")
        .contains("Journey scores (peak-end model) of")
        .contains("FirstImpressionSummary")
        .contains("retail-audits.csv: 120 rows: 120 good, 0 bad")
        .contains("AuditTrend")
        .contains("expected negative contacts")
        .contains("== 3. Paths: the episodes of retail-encounters.csv")
        .contains("Directly-follows graph: ")
        .contains("Wrote 35 files to " + dir)
        .contains("== 5. Contact volume: Carlzon's SAS, with the store's share of negative contacts\n");
    for (String chart : List.of("servqual-gap-dimensions", "servqual-gap-items", "servqual-zones",
        "servqual-ipa-items", "servqual-ipa-dimensions", "journey-curve", "paths-graph", "paths-funnel",
        "audit-compliance")) {
      ChartFiles.assertNonTrivial(dir.resolve(chart + ".svg"), dir.resolve(chart + ".png"));
    }
    String html = io.github.mot.examples.internal.HtmlReportTestAccess.withoutSortScript(
        Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
        .doesNotContain("<script").doesNotContain("http://www.w3.org/Graphics/SVG/1.1/DTD")
        .doesNotContain("<?xml");
    assertThat(html.split("<svg ", -1)).hasSize(10); // nine inline charts
    assertThat(html).doesNotContainPattern("src=\"https?:");
    for (String file : List.of("servqual-gaps.csv", "servqual-report.json", "servqual-zones.csv",
        "servqual-ipa-items.csv", "servqual-ipa-dimensions.csv", "servqual-report.txt", "journey-report.txt",
        "audit-report.txt", "paths-graph.csv", "paths-conformance.csv", "paths-deviation-cost.csv", "paths-report.json",
        "paths-report.txt", "paths-funnel.csv", "paths-precursors.csv", "paths-recovery.csv")) {
      assertThat(dir.resolve(file)).isNotEmptyFile();
    }
  }

  @Test
  void anOutputDirectoryThatCannotBeMadeIsAFailure() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a directory");
    Run r = mot("demo", "--out", blocker.resolve("report").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("mot: ").contains("blocker");
  }

  @Test
  void demoInChineseWritesAChineseReportAndCharts() throws IOException {
    Path dir = tmp.resolve("zh");
    Run r = mot("demo", "--locale", "zh-CN", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("SERVQUAL 差距分析: SERVQUAL 22, 300 名受访者", "可靠性", "设备现代化", "容忍区",
        "== 2. 关键时刻评分卡和旅程得分", "按接触点分组汇总", "督导概览", "接触数量", "预计负面接触",
        "bank-survey.csv:共 300 行,有效 300 行,有误 0 行,空白 0 行,感知缺失", "retail-encounters.csv:共 5000 行",
        "表现 = 感知平均值", "== 3. 路径:retail-encounters.csv 的片段", "直接跟随图", "已写入 35 个文件到", "演示完成,用时")
        .doesNotContain(" rows: ", "Wrote ", "demo done", "mean perception");
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"zh-CN\">", "示例数据演示报告", "SERVQUAL 差距分析", "重要性-表现分析",
        "关键时刻评分卡", "关怀性");
    ChartFiles.assertNonTrivial(dir.resolve("servqual-zones.svg"), dir.resolve("servqual-zones.png"));
    // CSV and JSON files: labels in the language asked for, every other cell and field as in English
    Path en = tmp.resolve("en");
    assertThat(mot("demo", "--locale", "en", "--out", en.toString()).code()).isZero();
    String zhGaps = Files.readString(dir.resolve("servqual-gaps.csv"), StandardCharsets.UTF_8);
    String enGaps = Files.readString(en.resolve("servqual-gaps.csv"), StandardCharsets.UTF_8);
    assertThat(zhGaps).contains("item,1,设备现代化,TANGIBLES,", "dimension,,关怀性,EMPATHY,");
    assertThat(enGaps).contains("item,1,Up-to-date equipment,TANGIBLES,", "dimension,,Empathy,EMPATHY,");
    for (String file : List.of("servqual-gaps.csv", "servqual-zones.csv", "servqual-ipa-dimensions.csv")) {
      List<List<String>> zh = csvRows(dir.resolve(file));
      List<List<String>> english = csvRows(en.resolve(file));
      assertThat(zh.get(0)).as(file).isEqualTo(english.get(0));
      int label = zh.get(0).contains("name") ? zh.get(0).indexOf("name") : zh.get(0).indexOf("label");
      assertThat(zh).as(file).hasSameSizeAs(english);
      for (int i = 1; i < zh.size(); i++) {
        List<String> a = new ArrayList<>(zh.get(i));
        List<String> b = new ArrayList<>(english.get(i));
        a.remove(label);
        b.remove(label);
        assertThat(a).as(file + " line " + (i + 1) + " but for its label").isEqualTo(b);
      }
    }
    String json = Files.readString(dir.resolve("servqual-report.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"label\" : \"设备现代化\"", "\"dimension\" : \"TANGIBLES\"", "\"name\" : \"TANGIBLES\"");
  }

  @Test
  void everySubCommandTakesALocale() throws IOException {
    Run zh = mot("servqual", sample(SampleData.SURVEY).toString(), "--locale", "zh-CN");
    assertThat(zh.code()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("维度", "有形性");
    // CSV and JSON on standard output: labels in the language asked for, as given without --locale
    Run zhCsv = mot("servqual", sample(SampleData.SURVEY).toString(), "--format", "csv", "--locale", "zh-CN");
    assertThat(zhCsv.out()).contains("item,1,设备现代化,TANGIBLES,");
    Run plainCsv = mot("servqual", sample(SampleData.SURVEY).toString(), "--format", "csv");
    assertThat(plainCsv.out()).contains("item,1,Up-to-date equipment,TANGIBLES,", "dimension,,TANGIBLES,TANGIBLES,");
    Run zhJson = mot("servqual", sample(SampleData.SURVEY).toString(), "--format", "json", "--locale", "zh-CN");
    assertThat(zhJson.out()).contains("\"label\" : \"设备现代化\"");
    Run de = mot("servqual", sample(SampleData.SURVEY).toString(), "--locale", "de-DE");
    assertThat(de.out()).contains("SERVQUAL gap analysis").containsPattern("\\d,\\d{3}");
    for (String cmd : List.of("journey", "audit", "volume", "sample-data", "demo")) {
      assertThat(mot(cmd, "--help").out()).as(cmd).contains("--locale");
    }
  }

  @Test
  void servqualHelpNamesEveryInputItReadsAndTheZonesTableNamesTheDimensionOnce() throws IOException {
    // issue 17 point 11: the help called FILE "UTF-8 CSV" although .xlsx and --encoding work
    String help = mot("servqual", "--help").out();
    assertThat(help).contains("FILE", ".xlsx", "--encoding").doesNotContain("UTF-8 CSV");
    // issue 17 point 11: the zones table of the dimensions printed the column "dimension" twice
    Run r = mot("servqual", sample(SampleData.SURVEY).toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("dimension ")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.split("\\s+")).as(l).containsOnlyOnce("dimension"));
  }

  @Test
  void journeyAndAuditPrintChineseWithLocaleZhCn() throws IOException {
    Run j = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--model", "peak-end", "--locale", "zh-CN");
    assertThat(j.code()).as(j.err()).isZero();
    assertThat(j.out())
        .contains("关键时刻评分卡:柜面销售", "按接触点分组汇总, 10 组, 最差在前", "按阶段分组汇总", "按员工分组汇总",
            "关键时刻客户评分汇总 n=4888", "让客户喜悦", "旅程得分(峰终模型)", "首个负面关键时刻", "第一印象汇总",
            "外表", "(全部)")
        .doesNotContain("GroupedSummary", "ScorecardSummary", "Journey scores", "FirstImpressionSummary");
    // groups by the template's Chinese touchpoint and stage names, not by ids
    assertThat(j.out()).contains("\n处理异议 ", "\n售后服务 ", "\n到店 ")
        .doesNotContain("\nhandling-objections ", "\nafter-sales ", "\narrival ");
    Run a = mot("audit", sample(SampleData.AUDITS).toString(), "--checklist", sample(SampleData.CHECKLIST).toString(),
        "--locale", "zh-CN");
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out())
        .contains("对照督导表", "督导概览", "督导汇总", "按员工分组汇总", "按行为步骤分组汇总", "探索", "确认", "合规率",
            "督导趋势")
        .doesNotContain("AuditOverview", "AuditSummary", "AuditTrend", "worst first");
    // without a map the touchpoints are ids; --template names them in the language
    assertThat(a.out()).contains("\nhandling-objections ");
    Run named = mot("audit", sample(SampleData.AUDITS).toString(), "--checklist", sample(SampleData.CHECKLIST).toString(),
        "--template", "retail", "--locale", "zh-CN");
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out()).contains("\n处理异议 ", "\n售后服务 ").doesNotContain("\nhandling-objections ");
    Run unknown = mot("audit", sample(SampleData.AUDITS).toString(), "--checklist",
        sample(SampleData.CHECKLIST).toString(), "--template", "zoo");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("--template");
    Run v = mot("volume", "--customers", "10000000", "--contacts", "5", "--negative-share", "0.2", "--locale", "zh-CN");
    assertThat(v.out()).contains("接触数量", "50,000,000", "负面接触:10,000,000");
    // German has no labels: English words with decimal commas
    Run de = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--locale", "de-DE");
    assertThat(de.out()).contains("GroupedSummary by touchpoint", "Journey scores (mean model)")
        .containsPattern("[+-]\\d,\\d{2}\\b");
  }

  @Test
  void journeyTextInChineseIsAlignedByDisplayWidth() throws IOException {
    Path log = Files.writeString(tmp.resolve("zh.csv"), String.join("\n",
        "customer,touchpoint,time,staff,level",
        "张三,greeting,2026-03-02T10:00:00Z,王店员,+2",
        "张三,paying,2026-03-02T10:05:00Z,王店员,-1",
        "c2,greeting,2026-03-02T11:00:00Z,s2,+1",
        ""));
    Run r = mot("journey", log.toString(), "--locale", "zh-CN");
    assertThat(r.code()).as(r.err()).isZero();
    // the staff table: every line ends in the same terminal column (the last column is right-aligned)
    List<String> staff = r.out().lines().dropWhile(l -> !l.startsWith("按员工分组汇总")).skip(1)
        .takeWhile(l -> !l.isEmpty()).toList();
    assertThat(staff).hasSize(1 + 2 + 1 + 1); // header, 2 staff, the rule, the total
    assertThat(staff.get(3)).matches("-+");
    assertThat(staff).extracting(io.github.mot.core.internal.TextWidth::of)
        .containsOnly(io.github.mot.core.internal.TextWidth.of(staff.get(0)));
    assertThat(staff).anySatisfy(l -> assertThat(l).startsWith("王店员  "));
    // the journey score table: the score column ends in the same terminal column for 张三 and c2
    List<String> scores = r.out().lines().dropWhile(l -> !l.startsWith("客户 ")).skip(1)
        .takeWhile(l -> !l.isEmpty()).toList();
    assertThat(scores).hasSize(2);
    // the one text renderer's layout: each column as wide as its widest cell, two blanks between:
    // 客户/张三 (4 columns) + 2 + "+0.50" (5) + 2 + the coverage, right-aligned under 覆盖率 (6), up to its '%' (5)
    assertThat(scores).extracting(l -> io.github.mot.core.internal.TextWidth.of(l.substring(0, l.indexOf('%'))))
        .containsOnly(4 + 2 + 5 + 2 + 5);
  }

  @Test
  void csvAndJsonFilesAreByteIdenticalWhateverTheDefaultLocale() throws IOException {
    java.util.Locale saved = java.util.Locale.getDefault();
    List<Path> dirs = new java.util.ArrayList<>();
    try {
      for (java.util.Locale def : List.of(java.util.Locale.GERMANY, java.util.Locale.CHINA)) {
        java.util.Locale.setDefault(def);
        Path dir = tmp.resolve("default-" + def.toLanguageTag());
        // no --locale: the reports follow the default (Chinese for zh-CN, English for de-DE)
        assertThat(mot("demo", "--out", dir.toString()).code()).isZero();
        dirs.add(dir);
      }
    } finally {
      java.util.Locale.setDefault(saved);
    }
    List<String> machine = List.of("servqual-gaps.csv", "servqual-report.json", "servqual-zones.csv",
        "servqual-ipa-items.csv", "servqual-ipa-dimensions.csv");
    for (String file : machine) {
      assertThat(Files.readAllBytes(dirs.get(0).resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(dirs.get(1).resolve(file)));
      assertThat(Files.readString(dirs.get(0).resolve(file), StandardCharsets.UTF_8)).as(file)
          .contains("0.").doesNotContain("可靠性");
    }
    assertThat(Files.readString(dirs.get(1).resolve("journey-report.txt"), StandardCharsets.UTF_8))
        .contains("按接触点分组汇总");
    assertThat(Files.readString(dirs.get(0).resolve("journey-report.txt"), StandardCharsets.UTF_8))
        .contains("GroupedSummary by touchpoint");
  }

  // ---------------------------------------------------------------- servqual

  @Test
  void servqualOfAFileWithABadRowListsItAndStillAnalysesTheGoodRows() {
    Run r = mot("servqual", "docs/examples/survey.csv");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("docs/examples/survey.csv: line 8, column P3, value 'x': not an integer");
    assertThat(r.out()).contains("50 rows: 49 good, 1 bad").contains("SERVQUAL gap analysis: SERVQUAL 22, 49 respondents");
  }

  @Test
  void servqualStrictStopsAtTheFirstBadRow() {
    Run r = mot("servqual", "docs/examples/survey.csv", "--strict");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("line 8, column P3");
    assertThat(r.out()).doesNotContain("SERVQUAL gap analysis");
  }

  @Test
  void servqualTextOfTheSampleIsCleanWithZonesAndGrids() throws IOException {
    Run r = mot("servqual", sample(SampleData.SURVEY).toString(), "--missing", "listwise");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("300 rows: 300 good, 0 bad").contains("listwise n = ")
        .contains("Zones of tolerance").contains("weighted SERVQUAL")
        .contains("Importance-performance analysis of the dimensions");
  }

  @Test
  void servqualJsonIsTheReportJsonOfTheServqualModule() throws IOException {
    Run r = mot("servqual", sample(SampleData.SURVEY).toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("items")).hasSize(22);
    assertThat(json.get("dimensions")).hasSize(5);
    assertThat(json.get("n").asLong()).isEqualTo(300);
  }

  @Test
  void servqualCsvIsTheGapCsvOfTheServqualModule() throws IOException {
    Run r = mot("servqual", sample(SampleData.SURVEY).toString(), "--format", "CSV");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst()).hasValue(
        "level,id,name,dimension,n,expectation,perception,gap,sd_gap,t,df,p,ci_lower,ci_upper,alpha_expectation,"
            + "alpha_perception,alpha_gap");
    assertThat(r.out().lines()).hasSize(1 + 22 + 5 + 3);
  }

  @Test
  void servqualOutWritesFilesAndCharts() throws IOException {
    Path dir = tmp.resolve("sq");
    Run r = mot("servqual", sample(SampleData.SURVEY).toString(), "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote 18 files to " + dir); // with read-summary.csv (issue 17, point 2)
    assertThat(dir.resolve("read-summary.csv")).hasContent(
        "file,rows,good_rows,bad_rows,blank_rows,blank_lines\n" + sample(SampleData.SURVEY) + ",300,300,0,0,");
    ChartFiles.assertNonTrivial(dir.resolve("servqual-zones.svg"), dir.resolve("servqual-zones.png"));
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
  }

  @Test
  void servqualWithACustomInstrumentFile() throws IOException {
    Instrument small = Instrument.of("Two items", RatingScale.FIVE_POINT,
        List.of(Item.of("Quick", Dimension.RESPONSIVENESS), Item.of("=cmd|' /C calc'!A0", Dimension.of("ACCESS"))));
    Path ins = Files.writeString(tmp.resolve("small.json"), InstrumentFiles.toJson(small));
    Path data = Files.writeString(tmp.resolve("small.csv"),
        "respondent,E1,E2,P1,P2\n1,5,4,3,4\n2,4,4,4,2\n3,5,5,2,3\n");
    Run r = mot("servqual", data.toString(), "--instrument", ins.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    // the formula-like label is neutralised by the servqual module's CSV writer
    assertThat(r.out()).contains("'=cmd|' /C calc'!A0").contains("ACCESS");
  }

  @Test
  void servqualWithABrokenInstrumentFileIsADataError() throws IOException {
    Path ins = Files.writeString(tmp.resolve("broken.json"), "{\"name\":\"x\",\"scale\":\"1..5\"}");
    Run r = mot("servqual", sample(SampleData.SURVEY).toString(), "--instrument", ins.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("broken.json").contains("missing items");
  }

  // ---------------------------------------------------------------- journey

  @Test
  void journeyOfTheSampleLogPrintsScorecardsAndJourneyScores() throws IOException {
    Path dir = tmp.resolve("j");
    Run r = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--template", "retail",
        "--model", "weakest-link", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("5000 rows: 5000 good, 0 bad")
        .contains("GroupedSummary by touchpoint, 10 groups, worst first")
        .contains("Journey scores (weakest-link model)");
    ChartFiles.assertNonTrivial(dir.resolve("journey-curve.svg"), dir.resolve("journey-curve.png"));
  }

  @Test
  void journeyReportsEveryBadRowWithItsLineAndAnalysesTheRest() throws IOException {
    Path log = Files.writeString(tmp.resolve("bad.csv"), String.join("\n",
        "customer,touchpoint,time,staff,appearance,behaviour,communication,level,seconds",
        "c1,greeting,2026-03-02T10:00:00Z,s1,6,5,6,+2,12",
        "c1,teleporting,2026-03-02T10:01:00Z,s1,6,5,6,+1,12",
        "c2,paying,yesterday,s2,,,,-1,",
        "c2,paying,2026-03-02T11:00:00Z,s2,9,5,,+4,-3",
        "c3,farewell,2026-03-02T12:00:00+08:00,,,,,DELIGHTS,",
        ""));
    Run r = mot("journey", log.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("line 3, column touchpoint, value 'teleporting': not a touchpoint of journey 'Retail counter'")
        .contains("line 4, column time, value 'yesterday'")
        .contains("line 5, column appearance, value '9': must be a rating on the scale 1..7")
        .contains("line 5, column appearance/behaviour/communication")
        .contains("line 5, column level, value '+4'")
        .contains("line 5, column seconds, value '-3'");
    assertThat(r.out()).contains("5 rows: 2 good, 3 bad").contains("Journey scores (mean model) of 2 customers");
  }

  @Test
  void journeyStrictStopsAtTheFirstBadRow() throws IOException {
    Path log = Files.writeString(tmp.resolve("bad.csv"),
        "customer,touchpoint,time\nc1,greeting,2026-03-02T10:00:00Z\nc1,nowhere,2026-03-02T10:00:00Z\n");
    Run r = mot("journey", log.toString(), "--strict");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("line 3, column touchpoint, value 'nowhere'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anInvalidUtf8ByteIsADataErrorNamingTheFileAndTheLine() throws IOException {
    // Before: "mot: java.nio.charset.MalformedInputException: Input length = 1", exit 1.
    byte[] head = "customer,touchpoint,time\nc1,greeting,2026-03-02T10:00:00Z\nc2,pay".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "ing,2026-03-02T10:05:00Z\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF; // not valid UTF-8, on line 3
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Path log = Files.write(tmp.resolve("latin.csv"), bytes);
    Run r = mot("journey", log.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains(log + ": line 3, value 'FF': the bytes FF are not valid UTF-8")
        .doesNotContain("Exception").doesNotContain("java.");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void journeyWithABadHeaderIsADataError() throws IOException {
    Path log = Files.writeString(tmp.resolve("bad.csv"), "client,touchpoint,when\nc1,greeting,x\n");
    Run r = mot("journey", log.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("line 1, column client, value 'client': unknown column")
        .contains("the required column 'customer' is missing");
  }

  @Test
  void anEmptyFileIsADataError() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty.csv"), "");
    Run r = mot("journey", empty.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("line 1").contains("the file is empty: a header row is required");
  }

  @Test
  void journeyWithAMapFile() throws IOException {
    Path map = tmp.resolve("airline.json");
    new ObjectMapper().writeValue(map.toFile(), JourneyTemplate.AIRLINE.journey());
    Path log = Files.writeString(tmp.resolve("flights.csv"),
        "customer,touchpoint,time,level\np1,booking,2026-03-02T10:00:00Z,+1\np1,check-in,2026-03-03T07:00:00Z,-2\n"
            + "p1,baggage-claim,2026-03-03T12:00:00Z,+2\n");
    Run r = mot("journey", log.toString(), "--map", map.toString(), "--model", "peak-end");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Moment scorecards on 'Airline (Carlzon)'")
        .contains("mean journey score +0.00"); // peak-end: peak -2 (largest |level|, ties negative), end +2
  }

  /** A command, its sample file, an option with a value it does not accept, and the message. */
  static Stream<Arguments> rejectedOptionValues() {
    return Stream.of(
        Arguments.of("servqual", SampleData.SURVEY, "--format", "xml",
            "--format must be one of text, csv, json but was 'xml'"),
        Arguments.of("servqual", SampleData.SURVEY, "--missing", "mean",
            "--missing must be one of listwise, pairwise but was 'mean'"),
        Arguments.of("journey", SampleData.ENCOUNTERS, "--model", "median",
            "--model must be one of mean, weighted, peak-end, weakest-link but was 'median'"),
        Arguments.of("journey", SampleData.ENCOUNTERS, "--template", "zoo",
            "--template must be one of retail, airline"));
  }

  @ParameterizedTest
  @MethodSource("rejectedOptionValues")
  void aValueAnOptionDoesNotAcceptIsAUsageError(
      String command, String sample, String option, String value, String message) throws IOException {
    Run r = mot(command, sample(sample).toString(), option, value);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(message);
  }

  @Test
  void journeyAuditAndVolumePrintCsvAndJsonFromTheSameRenderers() throws IOException {
    Run json = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--model", "peak-end", "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(json.out());
    assertThat(j.get("journey").asText()).isEqualTo("Retail counter");
    assertThat(j.get("model").asText()).isEqualTo("peak-end");
    assertThat(j.get("byTouchpoint").get("groups")).hasSize(10);
    assertThat(j.get("total").get("n").asLong()).isEqualTo(4888); // the scored rows of the shipped sample
    // every key once (a repeated key loses a value in most JSON readers)
    new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .readTree(json.out());
    JsonNode customers = j.get("journeyScores").get("customers");
    assertThat(customers.size()).isEqualTo(j.get("journeyScores").get("customerCount").asInt()).isPositive();
    assertThat(j.get("journeyScores").get("scored").asLong()).isPositive();
    assertThat(json.out()).doesNotContain("rows:"); // the read summary is for text only
    Run csv = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--format", "csv");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("part,journey,model,");
    assertThat(csv.out()).contains("\nbyTouchpoint,Retail counter,mean,group,").contains("\njourneyScores,");

    Run audit = mot("audit", sample(SampleData.AUDITS).toString(), "--checklist", sample(SampleData.CHECKLIST).toString(),
        "--format", "json");
    assertThat(audit.code()).as(audit.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(audit.out());
    assertThat(a.get("checklistItems").asInt()).isPositive();
    assertThat(a.get("report")).isNotNull();

    Run volume = mot("volume", "--customers", "10000000", "--contacts", "5", "--negative-share", "0.2", "--format", "json");
    assertThat(volume.code()).as(volume.err()).isZero();
    JsonNode v = new ObjectMapper().readTree(volume.out());
    assertThat(v.get("volume").get("contacts").asDouble()).isEqualTo(5.0E7);
    assertThat(v.get("negativeContacts").asDouble()).isEqualTo(1.0E7);
    Run volumeCsv = mot("volume", "--customers", "10", "--contacts", "5", "--format", "csv");
    assertThat(volumeCsv.out().lines().toList()).hasSize(2).first().asString().startsWith("part,customers,");

    Run bad = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--format", "xml");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--format must be one of text, csv, json but was 'xml'").doesNotContain("Exception");
  }

  @Test
  void journeyReadsAnotherEncodingWithEncoding() throws IOException {
    String log = "customer,touchpoint,time,staff,level\n张三,greeting,2026-03-02T10:00:00Z,王店员,+2\n";
    Path file = Files.write(tmp.resolve("gb.csv"), log.getBytes(java.nio.charset.Charset.forName("GB18030")));
    Run utf8 = mot("journey", file.toString());
    assertThat(utf8.code()).isEqualTo(3);
    assertThat(utf8.err()).contains("line 2").contains("not valid UTF-8").doesNotContain("Exception");
    Run gb = mot("journey", file.toString(), "--encoding", "GB18030");
    assertThat(gb.code()).as(gb.err()).isZero();
    assertThat(gb.out()).contains("1 rows: 1 good").contains("张三");
    Run unknown = mot("audit", sample(SampleData.AUDITS).toString(), "--checklist", sample(SampleData.CHECKLIST).toString(),
        "--encoding", "klingon");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("--encoding").doesNotContain("Exception");
  }

  // ---------------------------------------------------------------- audit

  @Test
  void auditOfTheSampleWithTheJsonChecklist() throws IOException {
    Path dir = tmp.resolve("a");
    Run r = mot("audit", sample(SampleData.AUDITS).toString(), "--checklist", sample(SampleData.CHECKLIST).toString(),
        "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("120 rows: 120 good, 0 bad").contains("GroupedSummary by step");
    ChartFiles.assertNonTrivial(dir.resolve("audit-compliance.svg"), dir.resolve("audit-compliance.png"));
  }

  @Test
  void auditWithACsvChecklistAndBadRows() throws IOException {
    Path checklist = Files.writeString(tmp.resolve("counter.csv"),
        "id,text,step,touchpoint,weight,critical\ngreet,Greets the customer,EXPLORE,greeting,1,false\n"
            + "pay,Charges the right amount,ACT,paying,2,true\n");
    Path audits = Files.writeString(tmp.resolve("audits.csv"),
        "audit,staff,time,greet,pay\nA1,s1,2026-03-02T10:00:00Z,pass,fail\nA2,s1,2026-03-09T10:00:00Z,maybe,pass\n"
            + "A3,s2,2026-03-02T11:00:00Z,yes,n/a\nA4,,2026-03-02T11:00:00Z,pass,pass\n");
    Run r = mot("audit", audits.toString(), "--checklist", checklist.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("line 3, column greet, value 'maybe': must be pass, fail or n/a")
        .contains("line 5, column staff, value '': a staff id is required");
    assertThat(r.out()).contains("4 rows: 2 good, 2 bad").contains("against 'counter'");
  }

  /** A command's JSON without the account of its read ({@code "read"}), which names the file. */
  static JsonNode withoutRead(String json) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(json);
    tree.remove("read");
    return tree;
  }

  /** A workbook of text cells on one sheet. */
  private Path workbook(String name, String sheet, String csv) throws IOException {
    Path file = tmp.resolve(name);
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
      wb.newWorksheet("notes").value(0, 0, "exported from the CRM");
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(sheet);
      List<String> lines = csv.lines().toList();
      for (int r = 0; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            ws.value(r, c, cells[c]);
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  @Test
  void journeyAndAuditReadWorkbooksAsTheyReadCsv() throws IOException {
    String log = SampleData.embedded(SampleData.ENCOUNTERS).lines().limit(400).collect(
        java.util.stream.Collectors.joining("\n", "", "\n"));
    Path csv = Files.writeString(tmp.resolve("log.csv"), log, StandardCharsets.UTF_8);
    Path xlsx = workbook("log.xlsx", "encounters", log);
    Run fromCsv = mot("journey", csv.toString(), "--format", "json");
    Run fromSheet = mot("journey", xlsx.toString(), "--sheet", "encounters", "--format", "json");
    assertThat(fromCsv.code()).as(fromCsv.err()).isZero();
    assertThat(fromSheet.code()).as(fromSheet.err()).isZero();
    // the same analysis; the account of the read names each file
    assertThat(withoutRead(fromSheet.out())).isEqualTo(withoutRead(fromCsv.out()));
    assertThat(new ObjectMapper().readTree(fromSheet.out()).get("read").get("file").asText())
        .isEqualTo(xlsx + ", sheet 'encounters'");
    // the first sheet holds notes: the header errors name the workbook
    Run firstSheet = mot("journey", xlsx.toString());
    assertThat(firstSheet.code()).isEqualTo(3);
    assertThat(firstSheet.err()).contains(xlsx.toString()).contains("the required column 'customer' is missing");

    Path checklist = workbook("counter.xlsx", "items",
        "id,text,step,touchpoint,weight,critical\ngreet,Greets the customer,EXPLORE,greeting,1,false\n"
            + "pay,Charges the right amount,ACT,paying,2,true\n");
    Path audits = workbook("audits.xlsx", "audits",
        "audit,staff,time,greet,pay\nA1,s1,2026-03-02T10:00:00Z,pass,fail\nA2,s1,2026-03-09T10:00:00Z,maybe,pass\n");
    Run audit = mot("audit", audits.toString(), "--sheet", "audits", "--checklist", checklist.toString());
    // the checklist's first sheet is its notes: a checklist workbook keeps its items on the first sheet
    assertThat(audit.code()).isEqualTo(3);
    assertThat(audit.err()).contains(checklist.toString());
    Path firstSheetChecklist = tmp.resolve("counter-items.xlsx");
    try (java.io.OutputStream out = Files.newOutputStream(firstSheetChecklist)) {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("items");
      String[][] rows = {{"id", "text", "step"}, {"greet", "Greets the customer", "EXPLORE"}, {"pay", "Charges", "ACT"}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 3; c++) {
          ws.value(r, c, rows[r][c]);
        }
      }
      wb.finish();
    }
    audit = mot("audit", audits.toString(), "--sheet", "audits", "--checklist", firstSheetChecklist.toString());
    assertThat(audit.code()).isEqualTo(3);
    assertThat(audit.err()).contains("line 3, column greet, value 'maybe': must be pass, fail or n/a");
    assertThat(audit.out()).contains("2 rows: 1 good, 1 bad").contains("against 'counter-items'");
  }

  @Test
  void aSheetOptionThatDoesNotFitIsAUsageErrorAndABrokenWorkbookADataError() throws IOException {
    Path xlsx = workbook("log.xlsx", "encounters", "customer,touchpoint,time\nc1,greeting,2026-03-02T10:00:00Z\n");
    Run r = mot("journey", xlsx.toString(), "--sheet", "Sheet9");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--sheet must be one of the sheets of " + xlsx + ", [notes, encounters], but was 'Sheet9'");
    Path csv = Files.writeString(tmp.resolve("log.csv"), "customer,touchpoint,time\n");
    r = mot("journey", csv.toString(), "--sheet", "encounters");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--sheet applies to .xlsx workbooks, but " + csv + " is not one");
    Path notAWorkbook = Files.writeString(tmp.resolve("renamed.xlsx"), "customer,touchpoint,time\n");
    r = mot("journey", notAWorkbook.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("mot: " + notAWorkbook
        + ": not an .xlsx workbook (it does not start as a zip archive): is it CSV?\n");
    Path xls = Files.writeString(tmp.resolve("old.xls"), "x");
    Path checklist = Files.writeString(tmp.resolve("counter.csv"), "id,text,step\ngreet,Greets,EXPLORE\n");
    r = mot("audit", xls.toString(), "--checklist", checklist.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).doesNotContain("java.").contains("a .xls spreadsheet, which no module reads");
  }

  @Test
  void auditNeedsItsChecklist() throws IOException {
    Run r = mot("audit", sample(SampleData.AUDITS).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--checklist=FILE'");
  }

  // ---------------------------------------------------------------- volume and sample data

  @Test
  void volumeIsCarlzonsArithmetic() {
    Run r = mot("volume", "--customers", "10000000", "--contacts", "5", "--negative-share", "0.2");
    assertThat(r.code()).isZero();
    // 10,000,000 x 5 = 50,000,000 contacts; x 15 s = 750,000,000 s = 208,333.3 h; x 0.2 = 10,000,000
    assertThat(r.out()).contains("50,000,000").contains("208,333.3")
        .contains("negative contacts at a share of 20.00%: 10,000,000");
  }

  @Test
  void volumeRejectsBadNumbers() {
    Run r = mot("volume", "--customers", "-1", "--contacts", "5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("customers must be >= 0 but was -1");
    r = mot("volume", "--customers", "10", "--contacts", "5", "--negative-share", "1.5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--negative-share must be in [0, 1] but was 1.5");
    r = mot("volume", "--customers", "ten", "--contacts", "5");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void sampleDataWritesFilesThatTheOtherCommandsRead() throws IOException {
    Path dir = tmp.resolve("sample");
    Run r = mot("sample-data", "--out", dir.toString(), "--seed", "7", "--respondents", "40", "--encounters", "300");
    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(SampleData.SURVEY, SampleData.AUDITS, SampleData.CHECKLIST, SampleData.ENCOUNTERS);
    }
    assertThat(mot("servqual", dir.resolve(SampleData.SURVEY).toString()).out()).contains("40 rows: 40 good");
    assertThat(mot("journey", dir.resolve(SampleData.ENCOUNTERS).toString()).out()).contains("300 rows: 300 good");
    assertThat(mot("sample-data", "--out", dir.toString(), "--respondents", "0").code()).isEqualTo(2);
  }

  @Test
  void sampleDataWritesTheEncountersInShardsWithAHeaderEach() throws IOException {
    Path one = tmp.resolve("one");
    Path four = tmp.resolve("four");
    assertThat(mot("sample-data", "--out", one.toString(), "--respondents", "10", "--encounters", "1001").code()).isZero();
    Run r = mot("sample-data", "--out", four.toString(), "--respondents", "10", "--encounters", "1001", "--shards", "4");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> whole = Files.readAllLines(one.resolve(SampleData.ENCOUNTERS));
    List<String> joined = new ArrayList<>(List.of(whole.get(0)));
    for (int k = 0; k < 4; k++) {
      Path shard = four.resolve("encounters-0000" + k + "-of-00004.csv");
      assertThat(r.out()).contains(shard.toString());
      List<String> lines = Files.readAllLines(shard);
      assertThat(lines.get(0)).isEqualTo(whole.get(0));
      assertThat(lines).hasSize(1 + (k == 0 ? 251 : 250));
      joined.addAll(lines.subList(1, lines.size()));
    }
    assertThat(joined).isEqualTo(whole);
    assertThat(four.resolve(SampleData.ENCOUNTERS)).doesNotExist();
    assertThat(four.resolve(SampleData.SURVEY)).exists();
    Run bad = mot("sample-data", "--out", four.toString(), "--shards", "0");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--shards must be in [1, 10000] but was 0");
  }

  /** {@code mot paths}: the directly-follows graph of the episodes, in every format and in the report. */
  @Test
  void pathsPrintTheDirectlyFollowsGraphOfTheEpisodes() throws IOException {
    String file = sample(SampleData.ENCOUNTERS).toString();
    Run text = mot("paths", file);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("good").contains("Directly-follows graph").contains("START").contains("END")
        .contains("Conformance to journey 'Retail counter'").contains("Cost of deviations in journey score")
        .contains("Funnel of 5 steps").contains("What precedes a damaging moment (level -2 or below)")
        .contains("Recovery after a damaging moment");
    Run json = mot("paths", file, "--format", "json", "--gap", "60", "--min-share", "0.02");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode j = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .readTree(json.out());
    assertThat(j.get("conformance").get("episodeCount").asLong()).isPositive();
    assertThat(j.get("deviationCost").get("costs").size()).isPositive();
    JsonNode edges = j.get("directlyFollows").get("edges");
    assertThat(edges.size()).isPositive();
    long shown = 0;
    for (JsonNode e : edges) {
      shown += e.get("transitions").asLong();
    }
    // the filtered-out transitions are counted, never dropped silently
    assertThat(shown + j.get("directlyFollows").get("removedTransitions").asLong())
        .isEqualTo(j.get("directlyFollows").get("transitions").asLong());
    Run csv = mot("paths", file, "--format", "csv", "--start", "entering");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out().lines().findFirst().orElseThrow()).contains("from").contains("to").contains("transitions");
    Path out = tmp.resolve("paths");
    Run files = mot("paths", file, "--out", out.toString());
    assertThat(files.code()).as(files.err()).isZero();
    assertThat(out.resolve("paths-graph.csv")).exists();
    assertThat(out.resolve("paths-report.json")).exists();
    assertThat(out.resolve("paths-conformance.csv")).isNotEmptyFile();
    assertThat(out.resolve("paths-deviation-cost.csv")).isNotEmptyFile();
    for (String csvFile : List.of("paths-funnel.csv", "paths-precursors.csv", "paths-recovery.csv")) {
      assertThat(out.resolve(csvFile)).isNotEmptyFile();
    }
    ChartFiles.assertNonTrivial(out.resolve("paths-funnel.svg"), out.resolve("paths-funnel.png"));
    assertThat(out.resolve("paths-graph.svg")).exists();
    assertThat(out.resolve("paths-graph.png")).exists();
    assertThat(Files.readString(out.resolve("report.html"))).contains("START").contains("<svg");
    // usage errors name the option
    assertThat(mot("paths", file, "--gap", "0").err()).contains("--gap must be at least 1 minute");
    assertThat(mot("paths", file, "--min-share", "2").err()).contains("--min-share must be in [0, 1]");
    assertThat(mot("paths", file, "--top", "0").err()).contains("--top must be at least 1 but was 0");
    assertThat(mot("paths", file, "--model", "median").code()).isEqualTo(2);
    assertThat(mot("paths", file, "--damage", "0").err()).contains("--damage must be a level from -3 to -1 but was 0");
    assertThat(mot("paths", file, "--damage", "-1", "--recovered", "-1").err())
        .contains("--recovered must be a level above --damage -1 and at most +3 but was -1");
    assertThat(mot("paths", file, "--min-support", "0").err()).contains("--min-support must be at least 1 but was 0");
    Run badFunnel = mot("paths", file, "--funnel", "entering,teleporting");
    assertThat(badFunnel.code()).isEqualTo(2);
    assertThat(badFunnel.err()).contains("--funnel teleporting is not a touchpoint of the map 'Retail counter'")
        .contains("or use --funnel stages");
    assertThat(mot("paths", file, "--funnel", "paying,paying").err()).contains("--funnel names a touchpoint twice");
    Run badGroup = mot("paths", file, "--group-by", "region");
    assertThat(badGroup.code()).isEqualTo(2);
    assertThat(badGroup.err()).contains("--group-by region is not channel, staff or a column of");
    // a funnel of touchpoints, grouped by staff member, with other thresholds
    Run custom = mot("paths", file, "--funnel", "entering,paying,farewell", "--group-by", "staff", "--damage", "-3",
        "--recovered", "2", "--min-support", "20", "--format", "json");
    assertThat(custom.code()).as(custom.err()).isZero();
    JsonNode c = new ObjectMapper().readTree(custom.out());
    assertThat(c.get("funnel").toString()).contains("entering").contains("paying").contains("farewell");
    assertThat(c.get("precursors").get("threshold").asInt()).isEqualTo(-3);
    Run start = mot("paths", file, "--start", "teleporting");
    assertThat(start.code()).isEqualTo(2);
    assertThat(start.err()).contains("--start teleporting is not a touchpoint");
  }

  @Test
  void readerLimitsCanBeSetOnTheCommandLine() throws IOException {
    Run journey = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--max-rows", "10");
    assertThat(journey.code()).isEqualTo(3);
    // the message names the option that raises the limit, not the library's method
    assertThat(journey.err()).contains("the file has more than 10 data rows, the limit; raise it with --max-rows N")
        .doesNotContain("withMax");
    Run servqual = mot("servqual", sample(SampleData.SURVEY).toString(), "--max-rows", "5");
    assertThat(servqual.code()).isEqualTo(3);
    assertThat(servqual.err()).contains("more than 5 data rows").contains("--max-rows N").doesNotContain("withMax");
    Run bytes = mot("audit", sample(SampleData.AUDITS).toString(), "--checklist", sample(SampleData.CHECKLIST).toString(),
        "--max-bytes", "100");
    assertThat(bytes.code()).isEqualTo(3);
    assertThat(bytes.err()).contains("larger than the limit of 100 bytes; raise it with --max-bytes N"); // before: characters of the log
    Run field = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--max-field-length", "5");
    assertThat(field.code()).isEqualTo(3);
    assertThat(field.err()).contains("more than the limit of 5; raise it with --max-field-length N")
        .doesNotContain("withMax");
    assertThat(mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--max-field-length", "0").err())
        .contains("--max-field-length must be at least 1 but was 0");
    // raised limits read the whole file
    Run enough = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--max-rows", "5000");
    assertThat(enough.code()).as(enough.err()).isZero();
    Run zero = mot("journey", sample(SampleData.ENCOUNTERS).toString(), "--max-rows", "0");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-rows must be at least 1 but was 0");
  }

  static List<List<String>> csvRows(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> r =
        de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(file)) {
      r.forEach(x -> rows.add(x.getFields()));
    }
    return rows;
  }
}
