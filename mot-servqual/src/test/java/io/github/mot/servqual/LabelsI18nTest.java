package io.github.mot.servqual;

import io.github.mot.core.testing.LabelAssertions;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.gap.ZoneReport;
import io.github.mot.servqual.internal.Text;
import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.perception.ImportancePerformanceReport;
import io.github.mot.servqual.perception.PerformanceMeasure;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import io.github.mot.servqual.reliability.ReliabilityReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.table.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LabelsI18nTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(ImportancePerformanceReport.Quadrant.class, ZoneReport.Position.class,
      ScoreKind.class, AnswerKind.class, MissingPolicy.class, PointsPolicy.class, ReliabilityReport.Warning.Type.class);

  /** Standard instrument, all four answer kinds, 40 respondents drawn from a fixed seed, with points. */
  static SurveyData survey() {
    SplittableRandom r = new SplittableRandom(8);
    SurveyData.Builder b = SurveyData.builder(Instrument.standard()).kinds(AnswerKind.values());
    for (int k = 0; k < 40; k++) {
      int[] e = new int[22];
      int[] p = new int[22];
      int[] a = new int[22];
      int[] d = new int[22];
      for (int i = 0; i < 22; i++) {
        e[i] = 4 + r.nextInt(4);
        p[i] = 1 + r.nextInt(7);
        a[i] = 2 + r.nextInt(3);
        d[i] = 5 + r.nextInt(3);
      }
      Response.Builder rb = Response.builder("r" + k).expectations(e).perceptions(p).adequate(a).desired(d);
      for (Dimension dim : Dimension.standard()) {
        rb.points(dim, 20);
      }
      b.add(rb.build());
    }
    return b.build();
  }

  @Test
  void everyEnumConstantHasANonBlankNonKeyLabelInEnglishAndChinese() {
    LabelAssertions.assertEveryConstantLabelledInEnglishAndChinese(Text::labels, ENUMS);
    assertThat(ImportancePerformanceReport.Quadrant.CONCENTRATE_HERE.label(ZH)).isEqualTo("重点改进");
    assertThat(ZoneReport.Position.BELOW.label(Locale.ENGLISH)).isEqualTo("below the zone");
    assertThat(ScoreKind.GAP.label(ZH)).isEqualTo("差距");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void dimensionsUseTheTermsOfTheIssueAndCustomNamesStayAsGiven() {
    assertThat(Dimension.standard()).extracting(d -> d.label(ZH))
        .containsExactly("有形性", "可靠性", "回应性", "确实性", "关怀性");
    assertThat(Dimension.RELIABILITY.label(Locale.ENGLISH)).isEqualTo("Reliability");
    assertThat(Dimension.of("Ambience").label(ZH)).isEqualTo("AMBIENCE");
    assertThatThrownBy(() -> Dimension.EMPATHY.label(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("locale");
  }

  @Test
  void theTwentyTwoStandardItemsHaveLabelsInBothLanguages() {
    List<Item> items = Instrument.standard().items();
    assertThat(items).hasSize(22);
    List<String> zh = new ArrayList<>();
    for (Item item : items) {
      assertThat(item.label(Locale.ENGLISH)).isEqualTo(item.label());
      String z = item.label(ZH);
      assertThat(z).isNotBlank().doesNotStartWith("Item.");
      assertThat(LabelAssertions.hasHan(z)).as(item.label()).isTrue();
      zh.add(z);
    }
    assertThat(zh).doesNotHaveDuplicates();
    assertThat(Item.of("Free parking", Dimension.TANGIBLES).label(ZH)).isEqualTo("Free parking");
  }

  @Test
  void englishBaseBundleHasEveryKeyOfTheChineseOneAndBack() {
    assertThat(Text.labels(ZH).keys()).isEqualTo(Text.labels(Locale.ENGLISH).keys());
    for (String key : Text.labels(Locale.ENGLISH).keys()) {
      assertThat(Text.labels(ZH).get(key)).as(key).isNotBlank();
    }
  }

  @Test
  void reportTablesTakeALocaleAndPlainToStringIsEnglish() {
    SurveyData data = survey();
    GapReport gap = GapAnalysis.withDefaults().analyze(data);
    ZoneReport zones = GapAnalysis.withDefaults().zones(data);
    ImportancePerformanceReport ipa = ImportancePerformance.withDefaults().analyzeDimensions(data);
    ReliabilityReport rel = ReliabilityAnalysis.withDefaults().analyze(data);
    List<Supplier<String>> plain = List.of(gap::toString, zones::toString, ipa::toString, rel::toString);
    List<java.util.function.Function<Locale, String>> localised =
        List.of(gap::toString, zones::toString, ipa::toString, rel::toString);
    for (int k = 0; k < plain.size(); k++) {
      String en = plain.get(k).get();
      assertThat(localised.get(k).apply(Locale.ENGLISH)).isEqualTo(en);
      assertThat(LabelAssertions.hasHan(en)).isFalse();
      String zh = localised.get(k).apply(ZH);
      assertThat(LabelAssertions.hasHan(zh)).isTrue();
      assertThat(zh).contains("可靠性");
      // German has no bundle: English words, decimal commas
      String de = localised.get(k).apply(Locale.GERMANY);
      // (reliability warnings are English sentences made by the analysis: not checked here)
      String deTables = de.split("\nwarnings:", -1)[0];
      assertThat(deTables).matches("(?s).*\\d,\\d{3}.*").doesNotMatch("(?s).*\\d\\.\\d{3}.*");
      assertThat(de.replaceAll("(\\[[-\\d,a-z/]+); ", "$1, ").replaceAll("(\\d),(\\d)", "$1.$2")).isEqualTo(en);
    }
    assertThat(gap.toString(ZH)).contains("SERVQUAL 差距分析", "设备现代化", "差距", "维度");
    assertThat(zones.toString(ZH)).contains("容忍区");
    assertThat(ipa.toString(ZH)).contains("重要性", "象限");
    assertThat(rel.toString(ZH)).contains("信度", "感知");
    assertThat(gap.toString()).contains("RELIABILITY", "Up-to-date equipment");
  }

  @Test
  void chineseTablesLineUpByDisplayWidth() {
    // The dimension table's last column is right-aligned: every line ends in the same terminal
    // column when cells are padded by display width (a Chinese character takes two columns).
    String zh = GapAnalysis.withDefaults().analyze(survey()).toString(ZH);
    List<String> table = zh.lines().dropWhile(l -> !l.startsWith("维度 ")).takeWhile(l -> !l.isEmpty()).toList();
    assertThat(table).hasSize(1 + 5);
    assertThat(table).extracting(io.github.mot.core.internal.TextWidth::of)
        .containsOnly(io.github.mot.core.internal.TextWidth.of(table.get(0)));
    assertThat(table.get(1)).startsWith("有形性  ");
    // English tables are padded exactly as before: as many columns as characters
    String en = GapAnalysis.withDefaults().analyze(survey()).toString();
    List<String> enTable = en.lines().dropWhile(l -> !l.startsWith("dimension ")).takeWhile(l -> !l.isEmpty()).toList();
    assertThat(enTable).hasSize(1 + 5).extracting(String::length).containsOnly(enTable.get(0).length());
  }

  @Test
  void jsonAndCsvAreByteIdenticalWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    List<String> outputs = new ArrayList<>();
    try {
      for (Locale def : List.of(Locale.GERMANY, Locale.CHINA, Locale.ROOT)) {
        Locale.setDefault(def);
        SurveyData data = survey();
        GapReport gap = GapAnalysis.withDefaults().analyze(data);
        ZoneReport zones = GapAnalysis.withDefaults().zones(data);
        ImportancePerformanceReport ipa = ImportancePerformance.withDefaults().analyzeDimensions(data);
        ReliabilityReport rel = ReliabilityAnalysis.withDefaults().analyze(data);
        outputs.add(Format.JSON.render(gap) + Format.JSON.render(zones) + Format.JSON.render(ipa)
            + Format.JSON.render(rel) + Format.CSV.render(gap) + Format.CSV.render(zones) + Format.CSV.render(ipa));
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(outputs.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(outputs.get(1).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(outputs.get(2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(outputs.get(0)).contains("0.").doesNotContain("可靠性");
  }

  @Test
  void performanceMeasuresAreDescribedInTheLanguage() {
    PerformanceMeasure mean = PerformanceMeasure.MEAN;
    PerformanceMeasure top2 = PerformanceMeasure.topTwoBox();
    assertThat(mean.description(Locale.SIMPLIFIED_CHINESE)).isEqualTo("感知平均值");
    assertThat(top2.description(Locale.SIMPLIFIED_CHINESE)).isEqualTo("最高 2 档占比");
    for (Locale english : List.of(Locale.ENGLISH, Locale.GERMANY, Locale.ROOT)) {
      assertThat(mean.description(english)).isEqualTo(mean.description()).isEqualTo("mean perception");
      assertThat(top2.description(english)).isEqualTo(top2.description()).isEqualTo("top-2-box share");
    }
    assertThatThrownBy(() -> mean.description(nullLocale())).isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  @SuppressWarnings("NullAway") // null on purpose
  private static Locale nullLocale() {
    return null;
  }

  @Test
  void parseMessagesQuoteHugeInputShortly() {
    assertThatThrownBy(() -> Dimension.of("9".repeat(1_000_000)))
        .hasMessageEndingWith("... (1000000 characters)'")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    assertThatThrownBy(() -> PerformanceMeasure.parse("top-" + "9".repeat(1_000_000)))
        .hasMessageEndingWith("... (1000004 characters)'")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }
}
