package io.github.mot.servqual;

import io.github.mot.servqual.io.ReportCsv;
import io.github.mot.servqual.io.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the golden files of today's exports (run once, before the tabular model replaced the
 * per-type writers): {@code mvn -pl mot-core,mot-servqual test -Dtest=GoldenWriter
 * -Dmot.golden.write=true}.
 */
class GoldenWriter {

  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Path DIR = Path.of("src/test/resources/io/github/mot/servqual/golden");

  static void write(String name, String text) throws IOException {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve(name), text, StandardCharsets.UTF_8);
  }

  static <R> void each(Map<String, R> reports, Function<R, String> json, Function<R, String> jsonZh,
      Function<R, String> csv, Function<R, String> csvZh, Function<R, String> text, Function<R, String> textZh)
      throws IOException {
    for (Map.Entry<String, R> e : reports.entrySet()) {
      String n = e.getKey();
      R r = e.getValue();
      write(n + ".json", json.apply(r));
      if (jsonZh != null) {
        write(n + ".zh.json", jsonZh.apply(r));
      }
      if (csv != null) {
        write(n + ".csv", csv.apply(r));
      }
      if (csvZh != null) {
        write(n + ".zh.csv", csvZh.apply(r));
      }
      write(n + ".txt", text.apply(r));
      if (textZh != null) {
        write(n + ".zh.txt", textZh.apply(r));
      }
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "mot.golden.write", matches = "true")
  @SuppressWarnings("NullAway") // null: the export does not exist
  void writeGoldenFiles() throws IOException {
    each(GoldenReports.gaps(), ReportJson::toJson, r -> ReportJson.toJson(r, ZH), ReportCsv::toCsv,
        r -> ReportCsv.toCsv(r, ZH), GapReport::toString, r -> r.toString(ZH));
    each(GoldenReports.zones(), ReportJson::toJson, r -> ReportJson.toJson(r, ZH), ReportCsv::toCsv,
        r -> ReportCsv.toCsv(r, ZH), ZoneReport::toString, r -> r.toString(ZH));
    each(GoldenReports.ipas(), ReportJson::toJson, r -> ReportJson.toJson(r, ZH), ReportCsv::toCsv,
        r -> ReportCsv.toCsv(r, ZH), IpaReport::toString, r -> r.toString(ZH));
    each(GoldenReports.segments(), ReportJson::toJson, r -> ReportJson.toJson(r, ZH), ReportCsv::toCsv,
        r -> ReportCsv.toCsv(r, ZH), SegmentReport::toString, null);
    each(GoldenReports.comparisons(), ReportJson::toJson, null, ReportCsv::toCsv, null,
        SegmentComparison::toString, null);
    each(GoldenReports.reliabilities(), ReportJson::toJson, null, null, null, ReliabilityReport::toString,
        r -> r.toString(ZH));
    each(GoldenReports.wilcoxons(), ReportJson::toJson, r -> ReportJson.toJson(r, ZH), null, null,
        WilcoxonGapReport::toString, null);
    each(GoldenReports.perceptions(), ReportJson::toJson, r -> ReportJson.toJson(r, ZH), null, null,
        PerceptionReport::toString, null);
    write("instrument-standard.txt", Instrument.standard().toString());
    write("instrument-hostile.txt", GoldenReports.hostile().instrument().toString());
  }
}
