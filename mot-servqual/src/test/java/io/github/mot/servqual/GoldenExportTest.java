package io.github.mot.servqual;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tabular;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export of the golden fixtures ({@link GoldenReports}) is exactly the golden file of its
 * name: JSON and CSV text byte for byte, with and without labels in Chinese, and the text tables.
 * The JSON and CSV files of the gap, zone, IPA and segment reports, the segment comparisons and the
 * JSON of the reliability, Wilcoxon and perception reports were written by the former {@code
 * ReportJson} and {@code ReportCsv} before the tabular model replaced them: {@code mot servqual
 * --format json|csv} keeps every field name and value. The other files pin the new exports (the
 * CSV of reliability, Wilcoxon and perception reports). The text files were written by the former
 * {@code toString()}; the only changes since are undefined values printed {@code n/a}.
 *
 * <p>Each run also writes what it rendered to {@code target/golden-actual/} for review.
 */
class GoldenExportTest {

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** One export of one fixture: the golden file's name and the report. */
  record Case(String file, Tabular report, Format format, boolean chinese) {
    String render() {
      return chinese ? format.render(report, ZH) : format.render(report);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> cases() {
    List<Map<String, ? extends Tabular>> all = List.of(GoldenReports.gaps(), GoldenReports.zones(),
        GoldenReports.ipas(), GoldenReports.segments(), GoldenReports.comparisons(), GoldenReports.reliabilities(),
        GoldenReports.wilcoxons(), GoldenReports.perceptions());
    List<Case> cases = new ArrayList<>();
    for (Map<String, ? extends Tabular> reports : all) {
      reports.forEach((name, r) -> {
        cases.add(new Case(name + ".json", r, Format.JSON, false));
        cases.add(new Case(name + ".zh.json", r, Format.JSON, true));
        cases.add(new Case(name + ".csv", r, Format.CSV, false));
        cases.add(new Case(name + ".zh.csv", r, Format.CSV, true));
        cases.add(new Case(name + ".txt", r, Format.TEXT, false));
        cases.add(new Case(name + ".zh.txt", r, Format.TEXT, true));
      });
    }
    cases.add(new Case("instrument-standard.txt", Instrument.standard(), Format.TEXT, false));
    cases.add(new Case("instrument-hostile.txt", GoldenReports.hostile().instrument(), Format.TEXT, false));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theExportIsTheGoldenFile(Case c) throws IOException {
    String actual = c.render();
    Path out = Path.of("target", "golden-actual", c.file());
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual, StandardCharsets.UTF_8);
    try (InputStream in = GoldenExportTest.class.getResourceAsStream("golden/" + c.file())) {
      assertThat(in).as("golden file %s (see %s)", c.file(), out).isNotNull();
      String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual).as(c.file()).isEqualTo(golden);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void toStringIsTheTextFormat(Case c) {
    if (c.format() == Format.TEXT && !c.chinese()) {
      assertThat(c.report()).hasToString(c.render());
    }
  }
}
