package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.perception.ImportancePerformanceReport;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * CSV and JSON exports with labels in a language: only the label cells change, everything else
 * (headers, field names, ids, codes, numbers) is the same as the export without a locale, and no
 * output depends on the JVM's default locale.
 */
class LocalisedExportTest {

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final ObjectMapper JSON = new ObjectMapper();

  static SurveyData standardSurvey(SplittableRandom random) {
    return ServqualGenerators.answers(random, Instrument.standard(), 0.05, 7).build();
  }

  static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    for (CsvRecord r : CsvReader.builder().ofCsvRecord(csv)) {
      rows.add(r.getFields());
    }
    return rows;
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that two CSV texts differ only in the column named {@code label}. */
  static void differOnlyInColumn(String asGiven, String localised, String label) {
    List<List<String>> a = rows(asGiven);
    List<List<String>> b = rows(localised);
    assertThat(b).hasSameSizeAs(a);
    assertThat(b.get(0)).isEqualTo(a.get(0));
    int column = a.get(0).indexOf(label);
    assertThat(column).isNotNegative();
    for (int r = 1; r < a.size(); r++) {
      List<String> x = new ArrayList<>(a.get(r));
      List<String> y = new ArrayList<>(b.get(r));
      x.remove(column);
      y.remove(column);
      assertThat(y).as("row %d but for its %s", r, label).isEqualTo(x);
    }
  }

  /** Asserts that two JSON trees have the same shape and values but for the fields named label. */
  static void differOnlyInLabels(JsonNode a, JsonNode b, String path) {
    assertThat(b.getNodeType()).as(path).isEqualTo(a.getNodeType());
    if (a.isObject()) {
      List<String> fa = new ArrayList<>();
      a.fieldNames().forEachRemaining(fa::add);
      List<String> fb = new ArrayList<>();
      b.fieldNames().forEachRemaining(fb::add);
      assertThat(fb).as(path).isEqualTo(fa);
      for (String f : fa) {
        if (!f.equals("label")) {
          differOnlyInLabels(a.get(f), b.get(f), path + "." + f);
        }
      }
    } else if (a.isArray()) {
      assertThat(b.size()).as(path).isEqualTo(a.size());
      for (int i = 0; i < a.size(); i++) {
        differOnlyInLabels(a.get(i), b.get(i), path + "[" + i + "]");
      }
    } else {
      assertThat(b).as(path).isEqualTo(a);
    }
  }

  @Test
  void gapCsvHasChineseLabelsAndEverythingElseUnchanged() {
    GapReport report = GapAnalysis.withDefaults().analyze(standardSurvey(new SplittableRandom(7)));
    String asGiven = Format.CSV.render(report);
    String zh = Format.CSV.render(report, ZH);
    differOnlyInColumn(asGiven, zh, "name");
    assertThat(zh).contains("item,1,设备现代化,TANGIBLES,", "dimension,,有形性,TANGIBLES,",
        "dimension,,关怀性,EMPATHY,", "overall,unweighted,未加权 SERVQUAL,,", "overall,servperf,SERVPERF,,");
    assertThat(asGiven).contains("dimension,,TANGIBLES,TANGIBLES,", "overall,unweighted,unweighted SERVQUAL,,");
    // English labels: the items as the instrument has them, the dimensions' names
    String en = Format.CSV.render(report, Locale.ENGLISH);
    differOnlyInColumn(asGiven, en, "name");
    assertThat(en).contains("item,1,Up-to-date equipment,", "dimension,,Tangibles,TANGIBLES,");
    // write(report, writer, locale) writes the same text
    StringWriter w = new StringWriter();
    try {
      Format.CSV.write(report, w, ZH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(w.toString()).isEqualTo(zh);
  }

  @Test
  void gapJsonHasChineseLabelsAndTheSameShape() throws IOException {
    GapReport report = GapAnalysis.withDefaults().analyze(standardSurvey(new SplittableRandom(8)));
    JsonNode asGiven = tree(Format.JSON.render(report));
    JsonNode zh = tree(Format.JSON.render(report, ZH));
    differOnlyInLabels(asGiven, zh, "$");
    assertThat(zh.get("items").get(0).get("label").asText()).isEqualTo("设备现代化");
    assertThat(zh.get("dimensions").get(0).get("name").asText()).isEqualTo("TANGIBLES");
    StringWriter w = new StringWriter();
    Format.JSON.write(report, w, ZH);
    assertThat(w.toString()).isEqualTo(Format.JSON.render(report, ZH));
  }

  @Test
  void ipaExportsTranslateItemAndDimensionLabelsButNotQuadrantCodes() {
    SurveyData data = standardSurvey(new SplittableRandom(9));
    ImportancePerformanceReport dims = ImportancePerformance.withDefaults().analyzeDimensions(data);
    String zh = Format.CSV.render(dims, ZH);
    differOnlyInColumn(Format.CSV.render(dims), zh, "label");
    assertThat(zh).contains(",有形性,TANGIBLES,", ",可靠性,RELIABILITY,");
    assertThat(rows(zh).stream().skip(1).map(r -> r.get(7)))
        .allMatch(q -> q.matches("[A-Z_]+"), "quadrant codes stay English");
    differOnlyInLabels(tree(Format.JSON.render(dims)), tree(Format.JSON.render(dims, ZH)), "$");
    GapReport gaps = GapAnalysis.withDefaults().analyze(data);
    List<Double> importance = gaps.items().stream().map(i -> 4.0).toList();
    ImportancePerformanceReport items = ImportancePerformance.withDefaults().analyzeItems(data, importance);
    assertThat(Format.CSV.render(items, ZH)).contains(",设备现代化,TANGIBLES,");
    assertThat(tree(Format.JSON.render(items, ZH)).get("priorities").findValuesAsText("label"))
        .contains("设备现代化", "了解每位客户的需要");
  }

  @Test
  void aUsersOwnInstrumentKeepsItsLabels() {
    SplittableRandom random = new SplittableRandom(10);
    Instrument own = ServqualGenerators.instrument(random);
    GapReport report = GapAnalysis.withDefaults()
        .analyze(ServqualGenerators.answers(random, own, 0.0, own.scale().max()).build());
    List<List<String>> zh = rows(Format.CSV.render(report, ZH));
    List<List<String>> asGiven = rows(Format.CSV.render(report));
    for (int r = 1; r < zh.size(); r++) {
      if (zh.get(r).get(0).equals("item")) {
        assertThat(zh.get(r).get(2)).isEqualTo(asGiven.get(r).get(2));
      }
    }
  }

  @Test
  void noOutputDependsOnTheDefaultLocale() {
    GapReport report = GapAnalysis.withDefaults().analyze(standardSurvey(new SplittableRandom(11)));
    List<Supplier<String>> outputs = List.of(() -> Format.CSV.render(report, ZH), () -> Format.JSON.render(report, ZH),
        () -> Format.CSV.render(report, Locale.GERMANY), () -> Format.JSON.render(report, Locale.ENGLISH));
    Locale saved = Locale.getDefault();
    try {
      List<List<String>> runs = new ArrayList<>();
      for (Locale def : List.of(Locale.ROOT, Locale.GERMANY, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("ar-EG"))) {
        Locale.setDefault(def);
        runs.add(outputs.stream().map(Supplier::get).toList());
      }
      assertThat(runs).allMatch(r -> r.equals(runs.get(0)));
      // German has no labels: the English ones (and numbers as everywhere: Java's form, a point)
      assertThat(runs.get(0).get(2)).isEqualTo(Format.CSV.render(report, Locale.ENGLISH));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aNullLocaleIsRefused() {
    GapReport report = GapAnalysis.withDefaults().analyze(standardSurvey(new SplittableRandom(12)));
    Locale none = null;
    assertThatThrownBy(() -> Format.CSV.render(report, none)).isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
    assertThatThrownBy(() -> Format.JSON.render(report, none)).isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  /** Over random standard surveys: the Chinese CSV and JSON differ from the plain ones only in labels. */
  @SeededTest
  void onlyLabelsChange(Seed seed) {
    SplittableRandom random = seed.random();
    GapReport report = GapAnalysis.withDefaults().analyze(standardSurvey(random));
    differOnlyInColumn(Format.CSV.render(report), Format.CSV.render(report, ZH), "name");
    differOnlyInLabels(tree(Format.JSON.render(report)), tree(Format.JSON.render(report, ZH)), "$");
    Iterator<JsonNode> items = tree(Format.JSON.render(report, ZH)).get("items").elements();
    while (items.hasNext()) {
      assertThat(items.next().get("label").asText()).as("%s", seed).matches(".*\\p{IsHan}.*");
    }
  }
}
