package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mot.core.testing.FuzzAssertions;
import io.github.mot.core.testing.FuzzGenerators.CsvRow;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of {@link ColumnMappingReader}: mapping files with the nasty CSV
 * features and hostile cells give a mapping or fail with the documented {@link
 * io.github.mot.core.io.DataFileException}; nothing else escapes, nothing hangs.
 */
class ColumnMappingFuzzTest {

  private static final List<String> HEADER =
      List.of("source", "role", "item", "dimension", "label", "reverse");

  private static List<CsvRow> mapping(SplittableRandom r) {
    List<CsvRow> rows = new ArrayList<>();
    rows.add(new CsvRow(List.of("id", "respondent", "", "", "", "")));
    int items = 1 + r.nextInt(6);
    for (int i = 1; i <= items; i++) {
      String dim = r.nextBoolean() ? "TANGIBLES" : "EMPATHY";
      rows.add(new CsvRow(List.of("exp " + i, "E", "" + i, dim, "item " + i, r.nextBoolean() ? "no" : "")));
      rows.add(new CsvRow(List.of("#" + (10 + i), "P", "" + i, "", "", "")));
    }
    rows.add(new CsvRow(List.of("branch", "attribute", "", "", "branch", "")));
    rows.add(new CsvRow(List.of("ip", "ignore", "", "", "", "")));
    return rows;
  }

  @SeededTest
  void mappingFilesParseOrFailCleanly(Seed seed) {
    SplittableRandom r = seed.random();
    String nasty = FuzzGenerators.csv(r, HEADER, mapping(r));
    String arbitrary = FuzzGenerators.arbitraryCsv(r, 10);
    List<Class<? extends Throwable>> documented =
        List.of(io.github.mot.core.io.DataFileException.class);
    assertTimeoutPreemptively(
        FuzzAssertions.DEFAULT_TIMEOUT,
        () -> {
          for (String text : List.of(nasty, arbitrary)) {
            FuzzAssertions.outcome(
                seed + " " + FuzzGenerators.describe(text),
                documented,
                () -> ColumnMappingReader.withDefaults().read(new StringReader(text), "fuzzed"));
          }
        },
        seed::toString);
  }

  @Test
  void malformedCsvIsADataFileErrorNotAnUndocumentedCsvParseException() {
    // Before: FastCSV's unchecked CsvParseException escaped readCsv.
    String csv = "source,role\n\"id\"x,respondent\n";
    assertThatThrownBy(() -> ColumnMappingReader.withDefaults().read(new StringReader(csv), "m.csv"))
        .isInstanceOf(io.github.mot.core.io.DataFileException.class)
        .hasMessageStartingWith("m.csv: line 2: malformed CSV: ");
  }
}
