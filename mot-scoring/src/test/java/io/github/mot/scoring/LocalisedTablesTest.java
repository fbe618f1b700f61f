package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.internal.TextWidth;
import io.github.mot.core.testing.LabelAssertions;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The {@code toString(Locale)} tables of every scoring result in Chinese, English and German. */
class LocalisedTablesTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /**
   * Public types whose {@code toString()} is one line that names a configuration or delegates to a
   * result: they need no {@code toString(Locale)}.
   */
  private static final Set<String> NOT_RESULTS = Set.of(
      "FirstImpressionScorer", "JourneyScorer", "EncounterScorecard", "ObservedJourneys", "Conformance",
      "ScorecardAccumulator", "GroupedScorecardAccumulator", "FirstImpressionAccumulator",
      "AuditAccumulator", "AuditOverviewAccumulator", "Funnel", "FunnelTally", "EpisodeGrouping", "Precursors",
      "PrecursorTally", "EncounterFunnel",
      "Recovery", "RecoveryTally", "ConformanceTally", "DirectlyFollowsTally", "EncounterJourneys", "JourneyTallies");

  private static Object sample(String name) {
    return java.util.Objects.requireNonNull(ResultSamples.all().get(name), name);
  }

  static String text(Object result, Locale locale) {
    try {
      Method m = result.getClass().getMethod("toString", Locale.class);
      return (String) m.invoke(result, locale);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new AssertionError(result.getClass().getSimpleName() + " has no public toString(Locale)", e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  /** The public classes of the package, from the compiled classes next to this module's ones. */
  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Text.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve("io/github/mot/scoring");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("Immutable")) {
          Class<?> c = Class.forName("io.github.mot.scoring." + name.substring(0, name.length() - 6));
          if (Modifier.isPublic(c.getModifiers())) {
            types.add(c);
          }
        }
      }
    }
    return types;
  }

  @Test
  void everyResultTypeHasToStringLocaleAndASample() throws Exception {
    List<Class<?>> types = publicTypes();
    Set<String> sampled = new HashSet<>();
    for (Object o : ResultSamples.all().values()) {
      // the public type of the sample: its class, or the sealed interface its record implements
      for (Class<?> c : types) {
        if (c.isInstance(o)) {
          sampled.add(c.getSimpleName());
        }
      }
    }
    Set<String> results = new TreeSet<>();
    for (Class<?> c : types) {
      boolean ownToString;
      try {
        ownToString = c.getMethod("toString").getDeclaringClass() == c;
      } catch (NoSuchMethodException e) {
        ownToString = false;
      }
      if (c.isEnum() || !ownToString || NOT_RESULTS.contains(c.getSimpleName())) {
        continue;
      }
      results.add(c.getSimpleName());
      // its own, or Tabular's default: the text of the result's own tables in the language (the
      // Chinese texts below check what it prints)
      assertThat(c.getMethod("toString", Locale.class).getDeclaringClass()).as(c.getName())
          .isIn(c, io.github.mot.core.table.Tabular.class);
    }
    assertThat(results).contains("ScorecardSummary", "GroupedSummary", "JourneyScore", "AuditOverview",
        "FirstImpressionSummary", "FirstImpression", "AuditSummary", "AuditTrend", "ContactVolume",
        "ContactForecast", "AuditScore", "Audit", "ComplianceScore", "WilsonInterval");
    assertThat(sampled).containsAll(results);
  }

  @Test
  void chineseAndEnglishTablesHaveNoKeyNamesPlaceholdersOrBlankLabels() {
    for (Map.Entry<String, Object> e : ResultSamples.all().entrySet()) {
      String en = text(e.getValue(), Locale.ENGLISH);
      String zh = text(e.getValue(), ZH);
      assertThat(en).as(e.getKey()).isEqualTo(e.getValue().toString()).isNotBlank();
      assertThat(LabelAssertions.hasHan(en)).as(e.getKey()).isFalse();
      assertThat(LabelAssertions.hasHan(zh)).as(e.getKey() + ":\n" + zh).isTrue();
      for (String s : List.of(en, zh)) {
        assertThat(s).as(e.getKey() + ":\n" + s)
            .doesNotContainPattern("\\b(table|title|text|group|volume)\\.[a-zA-Z]")
            .doesNotContainPattern("\\{\\d\\}")
            .doesNotContain("null", "NaN", "()", "  \n");
      }
    }
  }

  @Test
  void chineseTablesUseTheTermsOfTheSourceMaterial() {
    assertThat(text(sample("ScorecardSummary"), ZH))
        .startsWith("关键时刻客户评分汇总 n=10, 平均值 +1.00, 净得分 +50.0 个百分点\n")
        .contains("等级", "含义", "次数", "让客户喜悦", "危害双方的关系", "喜悦 (+3)", "95% Wilson 区间");
    assertThat(text(sample("GroupedSummary by staff"), ZH))
        .startsWith("按员工分组汇总, 2 组, 最差在前\n")
        .contains("数量", "平均值", "正面", "负面", "(全部)");
    assertThat(text(sample("GroupedSummary of 40 groups"), ZH)).contains("... 另有 20 行 ...");
    assertThat(text(sample("JourneyScore"), ZH))
        .startsWith("客户 c1 的旅程得分 (旅程 'Test counter'): 4 次接触, 4 次已评分\n")
        .contains("发生时间", "接触点", "峰值", "负面关键时刻", "峰终", "最弱环节", "加权平均值", "覆盖率 4/5 (80.0%), 未经过: farewell");
    assertThat(text(sample("FirstImpression"), ZH)).contains("第一印象", "外表", "行为", "沟通", "最大损失");
    assertThat(text(sample("AuditOverview"), ZH))
        .startsWith("督导概览\n督导汇总\n")
        .contains("按员工分组汇总", "按行为步骤分组汇总", "按接触点分组汇总", "探索", "提议", "行动", "确认", "合规率",
            "督导趋势 n=3");
    assertThat(text(sample("Audit at a touchpoint"), ZH)).contains("检查项", "步骤", "探索", "通过", "未通过", "是");
    assertThat(text(sample("AuditScore with a critical failure"), ZH)).contains("关键项未通过: receipt", "总体", "步骤 行动");
    assertThat(text(sample("ContactVolume"), ZH)).contains("接触数量", "客户数", "50,000,000");
    assertThat(text(sample("ContactForecast"), ZH)).startsWith("预计负面接触 40,000,000 [24,508,124, 47,165,892]");
  }

  /** German has no bundle: the English words, with decimal commas and grouping points. */
  @Test
  void germanGetsEnglishWordsWithGermanNumbers() {
    for (Map.Entry<String, Object> e : ResultSamples.all().entrySet()) {
      String en = text(e.getValue(), Locale.ENGLISH);
      String de = text(e.getValue(), Locale.GERMANY);
      assertThat(fromGerman(de)).as(e.getKey()).isEqualTo(en);
      if (en.matches("(?s).*\\d\\.\\d.*")) {
        assertThat(de).as(e.getKey()).containsPattern("\\d,\\d").doesNotContainPattern("\\d\\.\\d{1,2}\\b");
      }
    }
    assertThat(text(sample("ScorecardSummary"), Locale.GERMANY)).contains("+1,00", "+50,0 pp", "[");
    assertThat(text(sample("ContactVolume"), Locale.GERMANY)).contains("50.000.000", "208.333,3", "5,00");
    assertThat(text(sample("WilsonInterval"), Locale.GERMANY)).isEqualTo("0,8000 [0,4902; 0,9433] (8/10, 95% Wilson)");
  }

  /** German numbers back to English: "; " between bounds to ", ", then separators swapped. */
  private static String fromGerman(String de) {
    String s = de.replaceAll("(\\[[^\\]\\n]*?); ", "$1, ");
    StringBuilder sb = new StringBuilder(s);
    for (int i = 1; i < sb.length() - 1; i++) {
      char c = sb.charAt(i);
      if ((c == ',' || c == '.') && Character.isDigit(sb.charAt(i - 1)) && Character.isDigit(sb.charAt(i + 1))) {
        sb.setCharAt(i, c == ',' ? '.' : ',');
      }
    }
    return sb.toString();
  }

  @Test
  void toStringDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    List<String> outputs = new ArrayList<>();
    try {
      for (Locale def : List.of(Locale.GERMANY, Locale.CHINA, Locale.ROOT, Locale.forLanguageTag("ar-EG"))) {
        Locale.setDefault(def);
        StringBuilder sb = new StringBuilder(ResultSamples.englishTables());
        for (Object o : ResultSamples.all().values()) {
          sb.append(text(o, ZH)).append(text(o, Locale.GERMANY));
        }
        outputs.add(sb.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(outputs).allMatch(o -> o.equals(outputs.get(0)));
  }

  @Test
  void chineseColumnsLineUpInATerminal() {
    // Every line of a table whose last column is right-aligned ends in the same terminal column.
    GroupedScorecardAccumulator<String> acc = GroupedScorecardAccumulator.create("staff");
    acc.add("张三", 2).add("Li Wei", -1).add("欧阳小明", 3).add("s1", 0);
    String zh = acc.summary().toString(ZH);
    List<String> lines = zh.lines().skip(1).toList();
    assertThat(lines).hasSize(1 + 4 + 1 + 1); // header, 4 groups, the rule, the total
    assertThat(lines.get(5)).matches("-+");
    assertThat(lines).extracting(TextWidth::of).containsOnly(TextWidth.of(lines.get(0)));
    // ... which padding by characters would not give: the lines differ in length
    assertThat(lines.stream().map(String::length).distinct().count()).isGreaterThan(1);
    assertThat(zh).contains("\n欧阳小明  ", "\nLi Wei    ");
    String levels = ScorecardSummary.ofCounts(1, 1, 1, 1, 1, 1, 1).toString(ZH);
    List<String> levelLines = levels.lines().skip(1).limit(8).toList();
    assertThat(levelLines).extracting(TextWidth::of).containsOnly(TextWidth.of(levelLines.get(0)));
  }

  @Test
  @SuppressWarnings("NullAway") // passes and returns null on purpose
  void groupsCanBeShownByLabelsInsteadOfKeys() {
    GroupedScorecardAccumulator<String> acc = GroupedScorecardAccumulator.create("touchpoint");
    acc.add("greeting", 2).add("paying", -1).add("paying", -2);
    GroupedSummary<String, ScorecardSummary> summary = acc.summary();
    java.util.Map<String, String> names = java.util.Map.of("greeting", "问候", "paying", "付款");
    String zh = summary.toString(ZH, names::get);
    assertThat(zh).contains("\n付款  ", "\n问候  ").doesNotContain("greeting", "paying");
    // the same table but for the first column: labels are padded by display width too
    assertThat(zh.lines().skip(1).map(TextWidth::of).distinct()).hasSize(1);
    // the identity labels give toString(Locale) exactly, in every language
    for (java.util.Locale l : java.util.List.of(ZH, java.util.Locale.ENGLISH, java.util.Locale.GERMANY)) {
      assertThat(summary.toString(l, k -> k)).isEqualTo(summary.toString(l));
    }
    assertThatThrownBy(() -> summary.toString(ZH, k -> k.equals("paying") ? null : k))
        .isInstanceOf(NullPointerException.class).hasMessage("keyLabel returned null for the key paying");
    assertThatThrownBy(() -> summary.toString(ZH, null))
        .isInstanceOf(NullPointerException.class).hasMessage("keyLabel");
  }

  @Test
  void auditReportsShowTouchpointsByLabel() {
    AuditOverview report = ResultSamples.all().values().stream().filter(AuditOverview.class::isInstance)
        .map(AuditOverview.class::cast).findFirst().orElseThrow();
    java.util.List<String> ids = report.byTouchpoint().keys();
    assertThat(ids).isNotEmpty();
    String named = report.toString(ZH, id -> "名" + id);
    for (String id : ids) {
      assertThat(named).contains("\n名" + id + " ");
    }
    assertThat(report.toString(ZH, id -> id)).isEqualTo(report.toString(ZH));
    assertThat(report.toString(java.util.Locale.ENGLISH, id -> id)).isEqualTo(report.toString());
  }
}
