package io.github.mot.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.Encounter;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.io.AuditReader;
import io.github.mot.scoring.io.ChecklistReader;
import io.github.mot.scoring.io.EncounterReader;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.io.ColumnMapping;
import io.github.mot.servqual.io.ColumnMappingReader;
import io.github.mot.servqual.io.InstrumentReader;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader of the library reads an {@code .xlsx} sheet as it reads the same table in CSV: the
 * same values, errors, counts and lines (the header in row 1, so sheet rows equal CSV lines), by
 * {@link XlsxSource} and, with this module on the path, by the file's extension.
 */
class EveryReaderTest {

  /** Writes rows of text cells to the first sheet ("data") of a workbook; empty cells stay empty. */
  static Path workbook(Path file, List<List<String>> rows) throws IOException {
    return workbook(file, "data", rows);
  }

  static Path workbook(Path file, String sheet, List<List<String>> rows) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet(sheet);
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          if (!row.get(c).isEmpty()) {
            ws.value(r, c, row.get(c));
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  /** The same rows as CSV, every cell quoted. */
  static String csv(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        sb.append(c == 0 ? "" : ",").append('"').append(row.get(c).replace("\"", "\"\"")).append('"');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static final String[] TOUCHPOINTS = {"greet", "wait", "counter", "farewell"};
  private static final String[] TIMES = {"2026-03-02T09:14:05Z", "2026-03-02T09:20:00+08:00", "2026-03-02T10:00",
      "yesterday", ""};
  private static final String[] LEVELS = {"-3", "-2", "0", "1", "3", "", "4", "x"};
  private static final String[] RATINGS = {"1", "4", "7", "", "0", "4.5"};

  @SeededTest
  void encounterLogsReadAlikeFromCsvAndWorkbooks(Seed seed, @TempDir Path dir) throws IOException {
    SplittableRandom r = seed.random();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("customer", "touchpoint", "time", "staff", "appearance", "behaviour", "communication",
        "level", "seconds", "note"));
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      rows.add(List.of(r.nextInt(8) == 0 ? "" : "c" + r.nextInt(4), TOUCHPOINTS[r.nextInt(TOUCHPOINTS.length)],
          TIMES[r.nextInt(TIMES.length)], r.nextBoolean() ? "" : "s" + r.nextInt(3),
          RATINGS[r.nextInt(RATINGS.length)], RATINGS[r.nextInt(RATINGS.length)], RATINGS[r.nextInt(RATINGS.length)],
          LEVELS[r.nextInt(LEVELS.length)], r.nextBoolean() ? "" : Integer.toString(r.nextInt(200) - 10),
          r.nextInt(4) == 0 ? "说明, \"quoted\"" : ""));
    }
    Path xlsx = workbook(dir.resolve("log.xlsx"), rows);
    EncounterReader reader = EncounterReader.withDefaults().lenient();
    ReadResult<Encounter> fromCsv = reader.read(new StringReader(csv(rows)), "log.csv");
    assertThat(reader.read(XlsxSource.of(xlsx))).as(seed.toString()).isEqualTo(fromCsv);
    assertThat(reader.read(xlsx)).as(seed.toString()).isEqualTo(fromCsv);
  }

  @Test
  void auditsChecklistsMappingsAndInstrumentsReadFromWorkbooks(@TempDir Path dir) throws IOException {
    Path checklistFile = workbook(dir.resolve("counter.xlsx"), List.of(
        List.of("id", "text", "step", "touchpoint", "weight", "critical"),
        List.of("greet", "Greets within 10 s", "EXPLORE", "counter", "2", "false"),
        List.of("confirm", "Confirms the need", "CONFIRM", "", "", "true")));
    SupervisionChecklist checklist = ChecklistReader.withDefaults().read(checklistFile);
    assertThat(checklist.name()).isEqualTo("counter");
    assertThat(checklist.items()).hasSize(2);
    assertThat(checklist.items().get(1).step()).isEqualTo(BehaviourStep.CONFIRM);
    assertThat(ChecklistReader.withDefaults().read(XlsxSource.of(checklistFile), "counter")).isEqualTo(checklist);

    List<List<String>> audits = List.of(
        List.of("audit", "staff", "time", "greet", "confirm"),
        List.of("a1", "s1", "2026-03-02T09:14:05Z", "pass", "fail"),
        List.of("a2", "s2", "2026-03-02T10:14:05Z", "maybe", "pass"));
    Path auditFile = workbook(dir.resolve("audits.xlsx"), audits);
    AuditReader auditReader = AuditReader.of(checklist).lenient();
    ReadResult<Audit> read = auditReader.read(auditFile);
    assertThat(read).isEqualTo(auditReader.read(new StringReader(csv(audits)), "audits.csv"));
    assertThat(read.goodRows()).isEqualTo(1);
    assertThat(read.errors()).extracting(RowError::line, RowError::column).containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "greet"));

    List<List<String>> instrumentRows = List.of(
        List.of("label", "dimension", "reverse"),
        List.of("Modern equipment", "TANGIBLES", ""),
        List.of("Keeps promises", "RELIABILITY", "no"));
    Path instrumentFile = workbook(dir.resolve("hospital.xlsx"), instrumentRows);
    Instrument instrument = InstrumentReader.withDefaults().read(instrumentFile);
    assertThat(instrument).isEqualTo(InstrumentReader.withDefaults().read(new StringReader(csv(instrumentRows)), "hospital"));
    assertThat(instrument.name()).isEqualTo("hospital");
    assertThat(instrument.size()).isEqualTo(2);

    List<List<String>> mappingRows = List.of(
        List.of("source", "role", "item", "dimension"),
        List.of("编号", "respondent", "", ""),
        List.of("期望1", "E", "1", "TANGIBLES"),
        List.of("感受1", "P", "1", "TANGIBLES"),
        List.of("期望2", "E", "2", "RELIABILITY"),
        List.of("感受2", "P", "2", "RELIABILITY"));
    Path mappingFile = workbook(dir.resolve("mapping.xlsx"), mappingRows);
    ColumnMapping mapping = ColumnMappingReader.withDefaults().read(mappingFile);
    assertThat(mapping).isEqualTo(ColumnMappingReader.withDefaults().read(new StringReader(csv(mappingRows)), "m"));

    Path survey = workbook(dir.resolve("survey.xlsx"), "答卷", List.of(
        List.of("编号", "期望1", "感受1", "期望2", "感受2"),
        List.of("r1", "7", "5", "6", "6"),
        List.of("r2", "6", "4", "7", "5")));
    SurveyReadResult answers = SurveyReader.of(instrument).withMapping(mapping).read(survey);
    assertThat(answers.goodRows()).isEqualTo(2);
  }

  @Test
  void definitionErrorsNameTheWorkbookAndTheSheetRow(@TempDir Path dir) throws IOException {
    Path file = workbook(dir.resolve("bad.xlsx"), "items", List.of(
        List.of(),
        List.of("label", "dimension", "reverse"),
        List.of("Modern equipment", "TANGIBLES", "perhaps")));
    DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
        () -> InstrumentReader.withDefaults().read(XlsxSource.of(file).withSheet("items"), "bad"));
    assertThat(e.source()).contains(file + ", sheet 'items'");
    assertThat(e.errors()).extracting(RowError::line, RowError::column, RowError::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "reverse", "perhaps"));
    assertThatThrownBy(() -> ChecklistReader.withDefaults().read(XlsxSource.of(file), "x"))
        .isInstanceOf(DataFileException.class).hasMessageContaining(file.toString());
  }
}
