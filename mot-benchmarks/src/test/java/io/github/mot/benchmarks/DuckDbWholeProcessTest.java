package io.github.mot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.examples.Mot;
import io.github.mot.examples.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DuckDB side of {@code whole-process.sh} computes what {@code mot journey} and {@code mot
 * servqual} print with {@code --format json}, on a file of the sample-data generator (which has
 * encounters without a level or ratings and survey answers left blank), to 1e-9 relative.
 */
class DuckDbWholeProcessTest {

  private static final Path DIR = Path.of("target", "whole-process-test");

  @BeforeAll
  static void sample() throws Exception {
    if (!Files.isRegularFile(DIR.resolve(SampleData.ENCOUNTERS))
        || !Files.isRegularFile(DIR.resolve(SampleData.SURVEY))) {
      SampleData.withDefaults().withSeed(7).withRespondents(2_000).withEncounters(20_000).writeTo(DIR);
    }
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void encounterFiguresAreMots(int threads) throws Exception {
    Path file = DIR.resolve(SampleData.ENCOUNTERS);
    JsonNode mot = mot("journey", file.toString(), "--format", "json");
    Map<String, Integer> groups = new HashMap<>();
    List<String> lines = duckDb(true, file, threads);
    assertThat(lines.get(0)).startsWith("encounters 20000 rows");
    boolean journeyScores = false;
    for (String line : lines) {
      String[] f = line.split(" ", -1);
      switch (f[0]) {
        case "touchpoint", "stage", "staff", "total" -> {
          JsonNode g = f[0].equals("total") ? mot.get("total") : group(mot, f[0], f[1]);
          groups.merge(f[0], 1, Integer::sum);
          String what = f[0] + " " + f[1] + " ";
          long n = Long.parseLong(f[2]);
          long[] counts = new long[7];
          String[] c = f[3].substring(1, f[3].length() - 1).split(",", -1);
          for (int l = 0; l < 7; l++) {
            counts[l] = Long.parseLong(c[l]);
          }
          count(what + "n", n, g.get("n"));
          count(what + "negativeCount", counts[0] + counts[1] + counts[2], g.get("negativeCount"));
          count(what + "neutralCount", counts[3], g.get("neutralCount"));
          count(what + "positiveCount", counts[4] + counts[5] + counts[6], g.get("positiveCount"));
          close(what + "damageRate", (double) counts[0] / n, g.get("damageRate"));
          close(what + "delightRate", (double) counts[6] / n, g.get("delightRate"));
          close(what + "mean", Double.parseDouble(f[4]), g.get("mean"));
          close(what + "positiveShare", Double.parseDouble(f[5]), g.get("positiveShare"));
          close(what + "negativeShare", Double.parseDouble(f[6]), g.get("negativeShare"));
          if (f[0].equals("total")) {
            JsonNode fi = mot.get("firstImpression");
            count("first impression n", Long.parseLong(f[7]), fi.get("n"));
            for (int i = 0; i < 3; i++) {
              close("first impression rating " + i, Double.parseDouble(f[8 + i]),
                  fi.get("contributions").get(i).get("rating"));
            }
            close("first impression meanIndex", Double.parseDouble(f[11]), fi.get("meanIndex"));
            close("first impression minIndex", Double.parseDouble(f[12]), fi.get("minIndex"));
            close("first impression maxIndex", Double.parseDouble(f[13]), fi.get("maxIndex"));
          }
        }
        case "journeyScores" -> {
          journeyScores = true;
          JsonNode js = mot.get("journeyScores");
          count("customers", Long.parseLong(f[2]), js.get("customers").size());
          count("scored", Long.parseLong(f[4]), js.get("scored"));
          close("journey mean", Double.parseDouble(f[6]), js.get("mean"));
          count("journey negative", Long.parseLong(f[8]), js.get("negative"));
          String[] lowest = line.substring(line.indexOf("lowest [") + 8, line.length() - 1).split(", ", -1);
          for (int i = 0; i < lowest.length; i++) {
            String[] l = lowest[i].split(" ", -1);
            JsonNode customer = js.get("customers").get(i);
            assertThat(l[0]).as("lowest customer %d", i).isEqualTo(customer.get("customer").asText());
            close("score of " + l[0], Double.parseDouble(l[1]), customer.get("score"));
            assertThat(l[2]).as("first negative of %s", l[0]).isEqualTo(customer.get("firstNegative").asText());
          }
        }
        default -> { }
      }
    }
    assertThat(journeyScores).isTrue();
    assertThat(groups).containsEntry("total", 1)
        .containsEntry("touchpoint", mot.get("byTouchpoint").get("groups").size())
        .containsEntry("stage", mot.get("byStage").get("groups").size())
        .containsEntry("staff", mot.get("byStaff").get("groups").size());
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void surveyFiguresAreMots(int threads) throws Exception {
    Path file = DIR.resolve(SampleData.SURVEY);
    JsonNode mot = mot("servqual", file.toString(), "--format", "json");
    String[] keys = {"n", "expectation", "perception", "gap", "sdExpectation", "sdPerception", "sd"};
    int rows = 0;
    List<String> lines = duckDb(false, file, threads);
    assertThat(lines.get(0)).startsWith("survey 2000 rows");
    for (String line : lines) {
      String[] f = line.split(" ", -1);
      switch (f[0]) {
        case "item", "dimension" -> {
          JsonNode r = f[0].equals("item")
              ? mot.get("items").get(Integer.parseInt(f[1]) - 1)
              : find(mot.get("dimensions"), "name", f[1]);
          assertThat(r.has("id") ? r.get("id").asText() : r.get("name").asText()).isEqualTo(f[1]);
          count(f[0] + " " + f[1] + " n", Long.parseLong(f[2]), r.get(keys[0]));
          for (int k = 1; k < keys.length; k++) {
            close(f[0] + " " + f[1] + " " + keys[k], Double.parseDouble(f[2 + k]), r.get(keys[k]));
          }
          rows++;
        }
        case "unweighted", "weighted", "servperf" -> {
          JsonNode o = mot.get("overall").get(f[0]);
          count(f[0] + " n", Long.parseLong(f[2]), o.get("n"));
          close(f[0] + " mean", Double.parseDouble(f[4]), o.get("mean"));
          rows++;
        }
        default -> { }
      }
    }
    assertThat(rows).isEqualTo(22 + 5 + 3);
  }

  /** What {@code mot ARGS} prints, as JSON; the command must succeed. */
  private static JsonNode mot(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Mot.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as("mot %s: %s", String.join(" ", args), err.toString(StandardCharsets.UTF_8)).isZero();
    return new ObjectMapper().readTree(out.toByteArray());
  }

  /** The lines DuckDbWholeProcess prints. */
  private static List<String> duckDb(boolean encounters, Path file, int threads) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DuckDbWholeProcess.run(encounters, file, threads, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static JsonNode group(JsonNode mot, String grouping, String key) {
    String name = switch (grouping) {
      case "touchpoint" -> "byTouchpoint";
      case "stage" -> "byStage";
      default -> "byStaff";
    };
    return find(mot.get(name).get("groups"), "key", key);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + " " + value + " in " + array);
  }

  /** A count: exactly equal. */
  private static void count(String what, long actual, JsonNode expected) {
    count(what, actual, expected.asLong());
  }

  private static void count(String what, long actual, long expected) {
    assertThat(actual).as(what).isEqualTo(expected);
  }

  /** Equal to 1e-9, relative to the larger of 1 and the expected value. */
  private static void close(String what, double actual, JsonNode expected) {
    close(what, actual, expected.asDouble());
  }

  private static void close(String what, double actual, double expected) {
    assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
  }
}
