package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.mot.core.RatingScale;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.testing.FuzzAssertions.Outcome;
import io.github.mot.core.testing.FuzzAssertions;
import io.github.mot.core.testing.FuzzGenerators.CsvRow;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of {@link InstrumentFiles}: mutated and arbitrary JSON, mutated and arbitrary CSV and
 * arbitrary bytes either give an instrument or fail with the documented {@link IOException} (bad
 * syntax, parser limits) or {@link IllegalArgumentException} (a missing or invalid field, named in
 * the message); nothing else escapes, nothing hangs, deep nesting is refused cleanly.
 */
class InstrumentFilesFuzzTest {

  private static final List<Class<? extends Throwable>> DOCUMENTED =
      List.of(DataFileException.class);

  private static void json(String text) {
    Outcome<Instrument> out =
        FuzzAssertions.outcome(
            FuzzGenerators.describe(text),
            DOCUMENTED,
            () -> InstrumentReader.withDefaults().read(new StringReader(text), "fuzzed.json"));
    out.value()
        .ifPresent(
            ins -> {
              try {
                assertThat(InstrumentReader.withDefaults().read(new StringReader(InstrumentFiles.toJson(ins)), "again"))
                    .isEqualTo(ins);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  private static void csv(String text, RatingScale scale) {
    FuzzAssertions.outcome(
        FuzzGenerators.describe(text),
        DOCUMENTED,
        () -> InstrumentReader.withDefaults().withScale(scale).read(new StringReader(text), "fuzzed"));
  }

  @SeededTest
  void jsonDefinitionsParseOrFailCleanly(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    String valid = InstrumentFiles.toJson(ins);
    String mutated = FuzzGenerators.mutateJson(r, valid);
    String arbitrary = FuzzGenerators.json(r, 4);
    String bytes = new String(FuzzGenerators.bytes(r, 500), StandardCharsets.UTF_8);
    assertTimeoutPreemptively(
        FuzzAssertions.DEFAULT_TIMEOUT,
        () -> {
          json(mutated);
          json(arbitrary);
          json(bytes);
        },
        seed::toString);
  }

  @SeededTest
  void csvDefinitionsParseOrFailCleanly(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    List<CsvRow> rows = new ArrayList<>();
    for (Item it : ins.items()) {
      rows.add(
          new CsvRow(
              List.of(
                  r.nextInt(8) == 0 ? FuzzGenerators.hostileCell(r) : it.label(),
                  it.dimension().name(),
                  it.reverseCoded() ? "yes" : "no")));
    }
    String nasty = FuzzGenerators.csv(r, List.of("label", "dimension", "reverse"), rows);
    String arbitrary = FuzzGenerators.arbitraryCsv(r, 10);
    assertTimeoutPreemptively(
        FuzzAssertions.DEFAULT_TIMEOUT,
        () -> {
          csv(nasty, ins.scale());
          csv(arbitrary, ins.scale());
        },
        seed::toString);
  }

  @Test
  void deepNestingIsRefusedByTheParserLimit() {
    for (String field : List.of("items", "colour", "name")) {
      String deep = FuzzGenerators.deeplyNested(10_000, 2, field);
      assertThatThrownBy(() -> InstrumentReader.withDefaults().read(new StringReader(deep), "deep.json"))
          .as(field)
          .isInstanceOf(DataFileException.class);
    }
    String deepUnknown = FuzzGenerators.deeplyNested(10_000, 2, "colour");
    assertThatThrownBy(() -> InstrumentReader.withDefaults().read(new StringReader(deepUnknown), "deep.json"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("deep.json: line 1: not JSON: ", "nesting depth")
        .hasRootCauseInstanceOf(StreamConstraintsException.class);
  }

  // ---- regressions ---------------------------------------------------------------------------

  @Test
  void anItemThatIsNotAnObjectFailsInsteadOfDroppingTheItemsAfterIt() {
    // Before: the items loop stopped at the 1 and returned an instrument with the first item
    // only, silently losing the third.
    String json =
        "{\"name\":\"n\",\"scale\":\"1..5\",\"items\":[{\"label\":\"a\",\"dimension\":\"TANGIBLES\"},"
            + "1,{\"label\":\"b\",\"dimension\":\"EMPATHY\"}]}";
    assertThatThrownBy(() -> InstrumentReader.withDefaults().read(new StringReader(json), "i.json"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("i.json: line 1, column items[2], value '1': items must be an array of objects");
  }

  @Test
  void malformedCsvIsADataFileErrorNotAnUndocumentedCsvParseException() {
    // Before: FastCSV's unchecked CsvParseException escaped readCsv.
    String csv = "label,dimension\n\"Clean\"x,TANGIBLES\n";
    assertThatThrownBy(
            () -> InstrumentReader.withDefaults().withScale(RatingScale.FIVE_POINT).read(new StringReader(csv), "n"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("n: line 2: malformed CSV: ");
  }
}
