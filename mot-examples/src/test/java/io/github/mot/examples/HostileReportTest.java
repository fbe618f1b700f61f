package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.testing.FuzzGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's HTML report and CSV files with hostile ids, staff names and notes: no markup
 * from the data reaches the HTML unescaped, and no CSV cell the library writes starts a formula.
 */
class HostileReportTest {

  @TempDir Path tmp;

  private static int mot(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
    return Mot.run(args, out, out);
  }

  @Test
  void hostileEncounterLogGivesAnEscapedReport() throws IOException {
    StringBuilder log =
        new StringBuilder("customer,touchpoint,time,staff,appearance,behaviour,communication,level,note\n");
    String[] touchpoints = {"greeting", "paying", "farewell"};
    int i = 0;
    for (String hostile : FuzzGenerators.HOSTILE_CELLS) {
      if (hostile.isBlank() || hostile.equals("\uD800")) {
        continue; // a lone surrogate cannot be written as UTF-8
      }
      String quoted = '"' + hostile.replace("\"", "\"\"") + '"';
      log.append(quoted).append(',').append(touchpoints[i % 3]).append(",2026-03-02T10:")
          .append(String.format(java.util.Locale.ROOT, "%02d", i % 60)).append(":00Z,").append(quoted)
          .append(",5,6,7,").append(i % 7 - 3).append(',').append(quoted).append('\n');
      i++;
    }
    Path file = Files.writeString(tmp.resolve("hostile.csv"), log, StandardCharsets.UTF_8);
    Path out = tmp.resolve("report");
    mot("journey", file.toString(), "--out", out.toString());
    String html = io.github.mot.examples.internal.HtmlReportTestAccess.withoutSortScript(
        Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8));
    // the hostile texts appear, escaped, as text: never as a tag or an attribute
    assertThat(html).doesNotContain("<script", "<img", "\"><").contains("&lt;img src=x onerror");
    assertThat(html).doesNotContainPattern("<[^>]*onerror");
    try (var files = Files.list(out)) {
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
          for (String cell : line.split(",", -1)) {
            String c = cell.startsWith("\"") ? cell.substring(1) : cell;
            if (!c.isEmpty() && "=+@\t\r".indexOf(c.charAt(0)) >= 0) {
              throw new AssertionError(csv + ": cell starts a formula: " + cell);
            }
          }
        }
      }
    }
  }
}
