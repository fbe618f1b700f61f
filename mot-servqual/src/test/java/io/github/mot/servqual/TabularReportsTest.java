package io.github.mot.servqual;

import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.gap.WilcoxonGapReport;
import io.github.mot.servqual.perception.PerceptionReport;
import io.github.mot.servqual.reliability.ReliabilityReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tabular;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every result of the package in every format: the new CSVs, HTML tables, labels in a language. */
class TabularReportsTest {

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static Stream<Map.Entry<String, ? extends Tabular>> reports() {
    return Stream.of(GoldenReports.gaps(), GoldenReports.zones(), GoldenReports.ipas(), GoldenReports.segments(),
            GoldenReports.comparisons(), GoldenReports.reliabilities(), GoldenReports.wilcoxons(),
            GoldenReports.perceptions(), Map.of("instrument", Instrument.standard()))
        .flatMap(m -> m.entrySet().stream());
  }

  @ParameterizedTest
  @MethodSource("reports")
  void htmlHasRealTablesAndWriteIsRender(Map.Entry<String, ? extends Tabular> e) throws IOException {
    Tabular r = e.getValue();
    String html = Format.HTML.render(r);
    assertThat(html).as(e.getKey()).startsWith("<section class=\"mot-result\">").contains("<table")
        .contains("<thead>").doesNotContain("NaN");
    for (Format f : Format.values()) {
      StringWriter w = new StringWriter();
      f.write(r, w, ZH);
      assertThat(w.toString()).as("%s %s", e.getKey(), f).isEqualTo(f.render(r, ZH));
    }
  }

  @Test
  void reliabilityCsvHasAScaleAnItemAndAWarningLevel() {
    ReliabilityReport rel = java.util.Objects.requireNonNull(GoldenReports.reliabilities().get("reliability-gaps-bootstrap"));
    List<String> lines = Format.CSV.render(rel).lines().toList();
    assertThat(lines.get(0)).isEqualTo("level,dimension,score,items,n,alpha,standardized_alpha,"
        + "mean_inter_item_correlation,feldt_lower,feldt_upper,bootstrap_lower,bootstrap_upper,confidence_level,"
        + "bootstrap_replicates,item,corrected_item_total_correlation,alpha_if_deleted,type,message");
    // 6 scales (2 dimensions x E, P, gap); items of the 2-item scales only; one row per warning
    assertThat(lines).filteredOn(l -> l.startsWith("scale,")).hasSize(rel.scales().size());
    assertThat(lines).filteredOn(l -> l.startsWith("item,")).hasSize(6);
    assertThat(lines).filteredOn(l -> l.startsWith("warning,")).hasSize(rel.warnings().size());
    // the numbers are the accessors' shortest form, undefined empty
    ReliabilityReport.Scale t = rel.scale(Dimension.TANGIBLES, ScoreKind.EXPECTATION);
    assertThat(lines.get(1)).isEqualTo("scale,TANGIBLES,EXPECTATION,1;2,4," + t.alpha() + ","
        + t.standardizedAlpha() + "," + t.meanInterItemCorrelation() + "," + t.feldt().lower() + ","
        + t.feldt().upper() + "," + t.bootstrap().orElseThrow().lower() + "," + t.bootstrap().orElseThrow().upper()
        + ",0.95," + t.bootstrapReplicates() + ",,,,,");
    assertThat(lines).contains("scale,RELIABILITY,EXPECTATION,3,4,,,,,,,,0.95,0,,,,,");
    assertThat(lines).anyMatch(l -> l.startsWith("warning,RELIABILITY,,,,,,,,,,,,,,,,TOO_FEW_ITEMS,"));
  }

  @Test
  void wilcoxonCsvHasTheSignedRankAndThePairedTTests() {
    WilcoxonGapReport w = java.util.Objects.requireNonNull(GoldenReports.wilcoxons().get("wilcoxon-twelve"));
    List<String> lines = Format.CSV.render(w).lines().toList();
    assertThat(lines.get(0)).isEqualTo("level,id,label,dimension,n,zeros,non_zero,w_plus,w_minus,z,p,exact,"
        + "rank_biserial,r,mean_gap,sd_gap,t,df,p_t,ci_lower,ci_upper");
    assertThat(lines).hasSize(1 + 3 + 1);
    WilcoxonGapReport.SignedRank i1 = w.item(1);
    assertThat(lines.get(1)).startsWith("item,1,1 Modern equipment,TANGIBLES,12,3,9,5.0,40.0," + i1.z() + "," + i1.p()
        + ",false," + i1.rankBiserial() + "," + i1.r() + "," + i1.pairedT().mean() + ",");
    assertThat(lines.get(4)).startsWith("dimension,,TANGIBLES,TANGIBLES,12,2,10,");
    // no defined statistic: empty cells, never NaN
    assertThat(Format.CSV.render(java.util.Objects.requireNonNull(GoldenReports.wilcoxons().get("wilcoxon-zeros")))).doesNotContain("NaN")
        .contains("item,1,1 Modern equipment,TANGIBLES,2,2,0,0.0,0.0,,,false,,,0.0,");
  }

  @Test
  void perceptionCsvHasItemsDimensionsAndTheServperfScore() {
    PerceptionReport p = java.util.Objects.requireNonNull(GoldenReports.perceptions().get("perception-four"));
    List<String> lines = Format.CSV.render(p).lines().toList();
    assertThat(lines.get(0)).isEqualTo("level,id,name,dimension,n,perception,sd,ci_lower,ci_upper,alpha");
    assertThat(lines).hasSize(1 + 4 + 2 + 1);
    assertThat(lines.get(5)).isEqualTo("dimension,,TANGIBLES,TANGIBLES,8," + p.dimension(Dimension.TANGIBLES)
        .perception().mean() + "," + p.dimension(Dimension.TANGIBLES).perception().standardDeviation() + ","
        + p.dimension(Dimension.TANGIBLES).perception().ciLower() + ","
        + p.dimension(Dimension.TANGIBLES).perception().ciUpper() + ","
        + p.dimension(Dimension.TANGIBLES).reliability().alpha());
    assertThat(lines.get(7)).startsWith("overall,servperf,SERVPERF,,8," + p.servperf().mean() + ",");
    // labels in a language: the standard instrument's items and dimensions in Chinese
    String zh = Format.CSV.render(java.util.Objects.requireNonNull(GoldenReports.perceptions().get("perception-standard-pairwise")), ZH);
    assertThat(zh).contains("item,1,设备现代化,TANGIBLES,", "dimension,,有形性,TANGIBLES,");
  }

  @Test
  void labelsAreTranslatedOnlyWhenALocaleIsGiven() {
    GapReport gap = java.util.Objects.requireNonNull(GoldenReports.gaps().get("gap-standard-listwise"));
    assertThat(Format.JSON.render(gap)).contains("\"label\" : \"Up-to-date equipment\"");
    assertThat(Format.JSON.render(gap, ZH)).contains("\"label\" : \"设备现代化\"");
    assertThat(Format.HTML.render(gap)).contains("<td>TANGIBLES</td>").contains("<td>Up-to-date equipment</td>");
    assertThat(Format.HTML.render(gap, ZH)).contains("<td>有形性</td>").contains("<td>设备现代化</td>");
  }

  @Test
  void anInstrumentWritesTheJsonOfItsDefinitionFile() {
    Instrument ins = GoldenReports.hostile().instrument();
    assertThat(Format.JSON.render(ins)).isEqualTo(io.github.mot.servqual.io.InstrumentFiles.toJson(ins));
    assertThat(Format.CSV.render(ins)).startsWith("id,label,dimension,reverse\n1,'=cmd|' /C calc'!A0,EMPATHY,false\n");
  }
}
