package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.Seeds;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSV and JSON exports with hostile item labels, segment names and segment values: no CSV cell
 * starts with a formula character ({@code = + - @}, tab, CR) unless it is a number we wrote; JSON
 * stays valid and gives the text back unchanged.
 */
class ExportInjectionTest {

  private static final JsonFactory JSON = new JsonFactory();

  /** A fifth of the cases: each runs two whole analyses, and the texts come from a short list. */
  static Stream<Seed> seeds() {
    return Seeds.seeds().limit(Math.max(1, Integer.getInteger("mot.cases", Seeds.DEFAULT_CASES) / 5));
  }

  private static SurveyData hostileSurvey(SplittableRandom r) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String label = FuzzGenerators.hostileCell(r);
      items.add(Item.of(label.isBlank() ? "=blank" + i : label, i < 2 ? Dimension.TANGIBLES : Dimension.EMPATHY));
    }
    Instrument ins = Instrument.of("=HYPERLINK(\"x\")", RatingScale.FIVE_POINT, items);
    SurveyData.Builder b = SurveyData.builder(ins);
    for (int k = 0; k < 12; k++) {
      String segment = k % 2 == 0 ? "+seg" : FuzzGenerators.hostileCell(r);
      b.add(
          Response.builder(FuzzGenerators.hostileCell(r) + k)
              .expectations(1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5))
              .perceptions(1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5))
              .attribute("@segment", segment.isBlank() ? "-none" : segment)
              .build());
    }
    return b.build();
  }

  /** Every cell that starts like a formula is a number written by the library. */
  private static void assertNoFormula(String csv) {
    for (CsvRecord rec : CsvReader.builder().allowMissingFields(true).ofCsvRecord(csv)) {
      for (String cell : rec.getFields()) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
          assertThat(isNumber(cell)).as("cell '%s' starts like a formula", cell).isTrue();
        }
      }
    }
  }

  private static boolean isNumber(String cell) {
    try {
      Double.parseDouble(cell);
      return cell.matches("-?(Infinity|[0-9].*)");
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void csvExportsNeutraliseFormulasInEveryTextCell(Seed seed) {
    SurveyData data = hostileSurvey(seed.random());
    GapAnalysis analysis = GapAnalysis.withDefaults();
    assertNoFormula(Format.CSV.render(analysis.analyze(data)));
    assertNoFormula(Format.CSV.render(analysis.analyzeSegments(data, "@segment")));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void jsonExportsStayValidAndGiveTheTextBack(Seed seed) throws IOException {
    SurveyData data = hostileSurvey(seed.random());
    String json = Format.JSON.render(GapAnalysis.withDefaults().analyzeSegments(data, "@segment"));
    List<String> texts = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) { // a full parse: the document is valid JSON
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("label")) {
          p.nextToken();
          texts.add(p.getText());
        }
      }
    }
    for (Item it : data.instrument().items()) {
      assertThat(json).doesNotContain("\t", "\r");
      assertThat(texts).contains(it.label());
    }
  }

  @Test
  void theNeutralisedCellKeepsItsText() {
    assertThat(CsvCells.text("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
    assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.text("-2")).isEqualTo("'-2");
    assertThat(CsvCells.text("+2")).isEqualTo("'+2");
    assertThat(CsvCells.text("safe =1")).isEqualTo("safe =1");
    assertThat(CsvCells.num(-0.75)).isEqualTo("-0.75");
  }
}
