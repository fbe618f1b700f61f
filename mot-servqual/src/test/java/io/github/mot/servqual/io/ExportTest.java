package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.mot.core.RatingScale;
import io.github.mot.core.io.RowError;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.table.Format;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportTest {

  private static SurveyData data(boolean points) throws IOException {
    String csv = "respondent,E1,E2,E3,P1,P2,P3,W_TANGIBLES,W_RELIABILITY,segment\n"
        + "r1,7,6,5,5,6,4," + (points ? "60,40" : ",") + ",=HYPERLINK(1)\n"
        + "r2,6,6,7,5,4,6," + (points ? "50,50" : ",") + ",=HYPERLINK(1)\n"
        + "r3,5,7,6,5,5,6," + (points ? "30,70" : ",") + ",-b\n"
        + "-r4,7,5,6,4,6,3," + (points ? "80,20" : ",") + ",-b\n";
    return SurveyReader.of(SurveyReaderTest.THREE).read(new StringReader(csv)).data();
  }

  @Test
  void jsonHasTheAgreedFieldsAndIsLocaleIndependent() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String json = Format.JSON.render(GapAnalysis.withDefaults().analyze(data(false)));
      assertThat(json).contains("\"n\" : 4", "\"items\" : [", "\"id\" : 1", "\"dimension\" : \"TANGIBLES\"",
          "\"expectation\" : 6.25", "\"perception\" : 4.75", "\"gap\" : -1.5", "\"dimensions\" : [",
          "\"name\" : \"TANGIBLES\"", "\"alphaExpectation\" : -10.6", "\"alphaPerception\" : -1.5", "\"t\" : -9.0",
          "\"p\" : ", "\"unweighted\" : -1.1875", "\"weighted\" : null", "\"servperf\" : 4.91666");
      // a one-item dimension has no alpha: null, never NaN
      assertThat(json).doesNotContain("NaN").contains("\"alphaPerception\" : null");
      try (JsonParser p = new JsonFactory().createParser(json)) {
        while (p.nextToken() != null) {
          // well-formed JSON: the parser reads to the end
        }
      }
      String weighted = Format.JSON.render(GapAnalysis.withDefaults().analyze(data(true)));
      assertThat(weighted).contains("\"weighted\" : -0.987");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void otherResultsExportToJsonAndCsv() throws IOException {
    SurveyData d = data(true);
    var seg = GapAnalysis.withDefaults().analyzeSegments(d, "segment");
    assertThat(Format.JSON.render(seg)).contains("\"attribute\" : \"segment\"").contains("\"-b\" : {");
    var cmp = GapAnalysis.withDefaults().compareSegments(d, "segment", "=HYPERLINK(1)", "-b");
    assertThat(Format.JSON.render(cmp)).contains("\"df\" :");
    assertThat(Format.CSV.render(cmp)).contains("item,1 Modern equipment,2,");
    var ipa = ImportancePerformance.withDefaults().analyzeDimensions(d);
    assertThat(Format.JSON.render(ipa)).contains("\"quadrant\" : \"KEEP_UP_THE_GOOD_WORK\"");
    assertThat(Format.CSV.render(ipa)).startsWith("rank,id,label,dimension,n,importance,performance,quadrant,priority\n");
  }

  @Test
  void csvNeutralisesFormulasInTextButNotOurNumbers() throws IOException {
    SurveyData d = data(false);
    String seg = Format.CSV.render(GapAnalysis.withDefaults().analyzeSegments(d, "segment"));
    assertThat(seg).contains("'=HYPERLINK(1),item,1,").contains("'-b,item,1,");
    assertThat(seg).doesNotContain("\n=HYPERLINK").doesNotContain("\n-b,");
    String csv = Format.CSV.render(GapAnalysis.withDefaults().analyze(d));
    // plain negative numbers we write stay numbers
    assertThat(csv).contains("item,1,Modern equipment,TANGIBLES,4,6.25,4.75,-1.5,");
    assertThat(csv).contains("overall,unweighted,unweighted SERVQUAL,,4,,,-1.1875,");
    assertThat(CsvCells.text("+1")).isEqualTo("'+1");
    assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
    assertThat(CsvCells.text("\rx")).isEqualTo("'\rx");
    assertThat(CsvCells.text("plain")).isEqualTo("plain");
    assertThat(CsvCells.num(Double.NaN)).isEmpty();
    StringWriter w = new StringWriter();
    Format.CSV.write(GapAnalysis.withDefaults().analyze(d), w);
    assertThat(w.toString()).isEqualTo(csv);
    Instrument evil = Instrument.of("evil", RatingScale.FIVE_POINT, List.of(Item.of("=cmd|' /C calc'!A0", Dimension.EMPATHY),
        Item.of("-label", Dimension.EMPATHY)));
    SurveyData e = SurveyData.builder(evil)
        .add(Response.builder("1").expectations(1, 2).perceptions(3, 4).build())
        .add(Response.builder("2").expectations(2, 2).perceptions(3, 5).build()).build();
    String ev = Format.CSV.render(GapAnalysis.withDefaults().analyze(e));
    assertThat(ev).contains("item,1,'=cmd|' /C calc'!A0,EMPATHY").contains("item,2,'-label,EMPATHY");
  }

  @Test
  void zonesExport() throws IOException {
    SurveyData.Builder b = SurveyData.builder(SurveyReaderTest.THREE);
    b.add(Response.builder("x").adequate(4, 4, 4).desired(6, 6, 6).perceptions(5, 5, 5).build());
    b.add(Response.builder("y").adequate(3, 3, 3).desired(7, 7, 7).perceptions(5, 6, 2).build());
    var z = GapAnalysis.withDefaults().zones(b.build());
    assertThat(Format.JSON.render(z)).contains("\"position\" : \"INSIDE\"").contains("\"msa\" : {");
    assertThat(Format.CSV.render(z)).contains("dimension,,TANGIBLES,TANGIBLES,2,");
  }

  @Test
  void instrumentDefinitionsRoundTrip() throws IOException {
    Instrument ins = Instrument.of("Hospital", RatingScale.FIVE_POINT, List.of(
        Item.of("Clean wards", Dimension.TANGIBLES), Item.reversed("Waiting is too long", Dimension.of("ACCESS"))));
    String json = InstrumentFiles.toJson(ins);
    InstrumentReader reader = InstrumentReader.withDefaults();
    assertThat(reader.read(new StringReader(json), "hospital.json")).isEqualTo(ins);
    assertThat(reader.read(new StringReader(InstrumentFiles.toJson(Instrument.standard())), "standard.json"))
        .isEqualTo(Instrument.standard());
    String csv = "label,dimension,reverse\nClean wards,tangibles,no\nWaiting is too long,access,yes\n";
    assertThat(reader.withScale(RatingScale.FIVE_POINT).read(new StringReader(csv), "Hospital")).isEqualTo(ins);
  }

  @Test
  void instrumentDefinitionErrorsNameTheLineTheFieldAndTheValue() {
    InstrumentReader reader = InstrumentReader.withDefaults().withScale(RatingScale.FIVE_POINT);
    assertThatThrownBy(() -> reader.read(new StringReader("{\"name\":\"x\",\"items\":[]}"), "x.json"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("x.json: line 1, column scale")
        .hasMessageContaining("missing scale");
    assertThatThrownBy(() -> reader.read(
            new StringReader("{\"name\":\"x\",\"scale\":\"1..5\",\"items\":[{\"label\":\"a\"}]}"), "x.json"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("column items[1]")
        .hasMessageContaining("an item must have a label and a dimension; missing dimension");
    assertThatThrownBy(() -> reader.read(new StringReader("label\nx\n"), "x"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("an instrument file must have the column dimension");
    assertThatThrownBy(() -> reader.read(new StringReader("label,dimension,reverse\nx,a b,no\n"), "x"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("line 2, column dimension, value 'a b'");
    // every bad item at once
    DataFileException all = org.assertj.core.api.Assertions.catchThrowableOfType(() -> reader.read(
        new StringReader("label,dimension,reverse\nx,a b,no\ny,TANGIBLES,maybe\n,EMPATHY,no\n"), "x"),
        DataFileException.class);
    assertThat(all.errors()).extracting(RowError::line, RowError::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "dimension"),
            org.assertj.core.groups.Tuple.tuple(3L, "reverse"), org.assertj.core.groups.Tuple.tuple(4L, "label"));
  }

}
