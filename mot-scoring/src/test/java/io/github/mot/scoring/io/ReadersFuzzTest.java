package io.github.mot.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.testing.FuzzAssertions.Outcome;
import io.github.mot.core.testing.FuzzAssertions;
import io.github.mot.core.testing.FuzzGenerators.CsvRow;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the encounter, audit and checklist readers (moved here with them from the command
 * line): every input reads or fails with a {@link DataFileException} naming the line; nothing else
 * escapes, nothing hangs; in lenient mode good + bad rows = the rows of the file. And their limits.
 */
class ReadersFuzzTest {

  private static EncounterReader encounters(boolean strict) {
    EncounterReader r = EncounterReader.withDefaults().withJourney(RETAIL).withRatingScale(RatingScale.SEVEN_POINT);
    return strict ? r : r.lenient();
  }

  private static EncounterReader encounters(boolean strict, ReadLimits limits) {
    return encounters(strict).withLimits(limits);
  }

  private static final CustomerJourney RETAIL = JourneyTemplate.RETAIL_COUNTER.journey();
  private static final SupervisionChecklist CHECKLIST =
      ReaderFixtures.checklist("C", "greet", "Greets", BehaviourStep.EXPLORE, "thank", "Thanks", BehaviourStep.CONFIRM);

  private static List<CsvRow> encounters(SplittableRandom r) {
    List<Touchpoint> tps = RETAIL.touchpoints();
    List<CsvRow> rows = new ArrayList<>();
    int n = 1 + r.nextInt(15);
    Instant t = Instant.parse("2026-03-02T09:00:00Z");
    for (int i = 0; i < n; i++) {
      rows.add(
          new CsvRow(
              List.of(
                  "c" + r.nextInt(5),
                  tps.get(r.nextInt(tps.size())).id(),
                  t.plusSeconds(60L * i).toString(),
                  "s" + r.nextInt(3),
                  "" + (1 + r.nextInt(7)),
                  "" + (1 + r.nextInt(7)),
                  "" + (1 + r.nextInt(7)),
                  "" + (r.nextInt(7) - 3),
                  "" + r.nextInt(100),
                  r.nextBoolean() ? "" : FuzzGenerators.hostileCell(r))));
    }
    return rows;
  }

  private static final List<String> ENCOUNTER_HEADER =
      List.of(
          "customer", "touchpoint", "time", "staff", "appearance", "behaviour", "communication",
          "level", "seconds", "note");

  private static List<CsvRow> audits(SplittableRandom r) {
    List<CsvRow> rows = new ArrayList<>();
    String[] outcomes = {"pass", "fail", "n/a", "yes", "0"};
    int n = 1 + r.nextInt(20);
    for (int i = 0; i < n; i++) {
      rows.add(
          new CsvRow(
              List.of(
                  "a" + i,
                  "s" + r.nextInt(3),
                  "2026-03-02T09:00:00Z",
                  outcomes[r.nextInt(outcomes.length)],
                  outcomes[r.nextInt(outcomes.length)])));
    }
    return rows;
  }

  private static final List<String> AUDIT_HEADER = List.of("audit", "staff", "time", "greet", "thank");

  private static <T> void check(String text, String what, FuzzRead<T> read) {
    Outcome<ReadResult<T>> out =
        FuzzAssertions.outcome(
            what + " " + FuzzGenerators.describe(text), DataFileException.class, read::read);
    out.failure().ifPresent(t -> assertThat(t.getMessage()).containsPattern("line \\d+"));
    out.value()
        .ifPresent(p -> assertThat(p.values().size() + p.badRows()).as(text).isEqualTo(p.rows()));
    out.value().ifPresent(p -> assertThat(p.errorCount()).as(text).isGreaterThanOrEqualTo(p.badRows()));
  }

  @FunctionalInterface
  private interface FuzzRead<T> {
    ReadResult<T> read() throws Exception;
  }

  @SeededTest
  void encounterLogsReadOrFailWithTheLine(Seed seed) {
    SplittableRandom r = seed.random();
    boolean strict = r.nextBoolean();
    String nasty = FuzzGenerators.csv(r, ENCOUNTER_HEADER, encounters(r));
    String arbitrary = FuzzGenerators.arbitraryCsv(r, 10);
    assertTimeoutPreemptively(
        FuzzAssertions.DEFAULT_TIMEOUT,
        () -> {
          for (String text : List.of(nasty, arbitrary)) {
            check(text, "encounters",
                () -> encounters(strict).read(new StringReader(text), "fuzzed"));
          }
        },
        seed::toString);
  }

  @SeededTest
  void auditFilesAndChecklistsReadOrFailWithTheLine(Seed seed) {
    SplittableRandom r = seed.random();
    boolean strict = r.nextBoolean();
    String nasty = FuzzGenerators.csv(r, AUDIT_HEADER, audits(r));
    List<CsvRow> items = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(5); i++) {
      items.add(
          new CsvRow(
              List.of("i" + i, r.nextBoolean() ? "Greets" : FuzzGenerators.hostileCell(r),
                  BehaviourStep.values()[r.nextInt(4)].name(), "", "" + (1 + r.nextInt(3)), "false")));
    }
    String checklist =
        FuzzGenerators.csv(r, List.of("id", "text", "step", "touchpoint", "weight", "critical"), items);
    assertTimeoutPreemptively(
        FuzzAssertions.DEFAULT_TIMEOUT,
        () -> {
          AuditReader audits = strict ? AuditReader.of(CHECKLIST) : AuditReader.of(CHECKLIST).lenient();
          check(nasty, "audits", () -> audits.read(new StringReader(nasty), "fuzzed"));
          FuzzAssertions.outcome(
              "checklist " + FuzzGenerators.describe(checklist),
              DataFileException.class,
              () -> ChecklistReader.withDefaults().read(new StringReader(checklist), "fuzzed"));
        },
        seed::toString);
  }

  @SeededTest
  void lenientReadingLosesNoRow(Seed seed) {
    SplittableRandom r = seed.random();
    List<CsvRow> rows = encounters(r);
    String csv = FuzzGenerators.csvKeepingRows(r, ENCOUNTER_HEADER, rows);
    ReadResult<?> p =
        assertTimeoutPreemptively(
            FuzzAssertions.DEFAULT_TIMEOUT,
            () -> encounters(false).read(new StringReader(csv), "fuzzed"));
    assertThat(p.rows()).as(csv).isEqualTo(rows.size());
    assertThat(p.values().size() + p.badRows()).isEqualTo(rows.size());
  }

  // ---- limits and regressions ----------------------------------------------------------------

  private static String log(int rows) {
    StringBuilder b = new StringBuilder("customer,touchpoint,time\n");
    for (int i = 0; i < rows; i++) {
      b.append("c1,greeting,2026-03-02T10:00:00Z\n");
    }
    return b.toString();
  }

  @Test
  void limitsRefuseTooManyRowsTooLongFieldsAndTooMuchText() {
    ReadLimits rows = ReadLimits.DEFAULT.withMaxRows(10).withMaxFieldLength(100).withMaxBytes(1 << 20).withMaxErrors(5);
    assertThatThrownBy(
            () -> encounters(false, rows).read(new StringReader(log(11)), "log.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("log.csv: line 12: the file has more than 10 data rows, the limit;"
            + " raise it with withMaxRows");
    String longField = "customer,touchpoint,time\n" + "c".repeat(101) + ",greeting,2026-03-02T10:00:00Z\n";
    assertThatThrownBy(
            () -> encounters(false, rows).read(new StringReader(longField), "log.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("line 2, column customer") // before: #1
        .hasMessageContaining("the field has 101 characters, more than the limit of 100");
    ReadLimits chars = rows.withMaxRows(1000).withMaxBytes(200);
    assertThatThrownBy(
            () -> encounters(false, chars).read(new StringReader(log(50)), "log.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("the input is larger than the limit of 200 characters");
    Rejections.assertRejects(
        "max rows must be >= 1 but was 0", () -> ReadLimits.DEFAULT.withMaxRows(0));
    assertThat(ReadLimits.DEFAULT).isEqualTo(
        ReadLimits.DEFAULT.withMaxRows(5_000_000L).withMaxFieldLength(32_768).withMaxBytes(1L << 30).withMaxErrors(10_000));
    assertThat(EncounterReader.withDefaults().limits()).isSameAs(ReadLimits.DEFAULT);
  }

  @Test
  void aByteOrderMarkBeforeAQuotedHeaderAndLinesOfBlanksAreHandled() throws Exception {
    // Before: the BOM stayed in front of the quote ("unknown column") and a line of blanks was
    // counted as a bad row of one field.
    String csv = "\uFEFF\"customer\",touchpoint,time\n   \nc1,greeting,2026-03-02T10:00:00Z\n";
    ReadResult<?> p = encounters(true).read(new StringReader(csv), "bom.csv");
    assertThat(p.rows()).isEqualTo(1);
    assertThat(p.values()).hasSize(1);
  }

  @Test
  void errorsKeptAreCappedButEveryBadRowIsCounted() throws Exception {
    // Before: every error of every bad row was kept.
    StringBuilder b = new StringBuilder("customer,touchpoint,time\n");
    for (int i = 0; i < 100; i++) {
      b.append("c1,nowhere,yesterday\n"); // two errors a row
    }
    ReadResult<?> p =
        encounters(false, ReadLimits.DEFAULT.withMaxRows(1000).withMaxFieldLength(100).withMaxBytes(1 << 20).withMaxErrors(7))
            .read(new StringReader(b.toString()), "bad.csv");
    assertThat(p.errors()).hasSize(7);
    assertThat(p.errorCount()).isEqualTo(200);
    assertThat(p.badRows()).isEqualTo(100);
    assertThat(p.rows()).isEqualTo(100);
  }

  @Test
  void aLongRunOfDigitsIsRejectedInLinearTime() {
    // Before: [0-9]+\.?[0-9]* backtracked quadratically; 30,000 digits took seconds.
    String digits = "1".repeat(30_000) + "x";
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> CsvFrame.number(digits)))
        .isNaN();
    assertThat(CsvFrame.number("12.5")).isEqualTo(12.5);
    assertThat(CsvFrame.number(".5")).isEqualTo(0.5);
    assertThat(CsvFrame.number("-3")).isEqualTo(-3.0);
  }
}
