package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.table.Format;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the snippet of docs/mot-servqual.md ("reading a CSV and printing the gap table, in JShell"). */
class ReadmeExampleTest {

  @Test
  void readmeSnippetRuns(@TempDir Path dir) throws IOException {
    Path survey = dir.resolve("survey.csv");
    try (Writer w = Files.newBufferedWriter(survey, StandardCharsets.UTF_8)) {
      w.write("respondent,branch");
      for (int i = 1; i <= 22; i++) {
        w.write(",E" + i + ",P" + i);
      }
      w.write("\n");
      for (int r = 1; r <= 50; r++) {
        w.write(r + (r % 2 == 0 ? ",north" : ",south"));
        for (int i = 1; i <= 22; i++) {
          w.write("," + (4 + (r + i) % 4) + "," + (r == 7 && i == 3 ? "x" : Integer.toString(2 + (r * i) % 6)));
        }
        w.write("\n");
      }
    }
    Path json = dir.resolve("gaps.json");
    // --- snippet (keep in sync with docs/mot-servqual.md) ---
    SurveyReadResult read = SurveyReader.of(Instrument.standard()).lenient().read(survey);
    System.out.println(read);       // 50 rows: 49 good, 1 bad, with the line, column and value
    GapReport report = GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(read.data());
    System.out.println(report);     // item, dimension and overall tables
    double p = report.dimension(Dimension.RELIABILITY).gap().p();
    Files.writeString(json, Format.JSON.render(report));
    // --- end of snippet ---
    assertThat(read.badRows()).isEqualTo(1);
    assertThat(read.errors().get(0).line()).isEqualTo(8);
    assertThat(report.n()).isEqualTo(49);
    assertThat(p).isBetween(0.0, 1.0);
    assertThat(Files.readString(json)).contains("\"servperf\"");
  }
}
