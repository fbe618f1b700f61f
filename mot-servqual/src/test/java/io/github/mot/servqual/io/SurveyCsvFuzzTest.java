package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.RowError;
import io.github.mot.core.testing.FuzzAssertions.Outcome;
import io.github.mot.core.testing.FuzzAssertions;
import io.github.mot.core.testing.FuzzGenerators.CsvRow;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.PointsPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.testing.ServqualGenerators.Answers;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fuzzing of {@link SurveyReader}: generated surveys written as CSV with BOMs, CRLF/CR/LF, empty
 * lines, quotes, embedded line breaks, very long fields, control characters, hostile cells and
 * foreign or broken encodings, plus arbitrary bytes and arbitrary CSV. Every input parses or fails
 * with a {@link DataFileException} whose message names the line; nothing else escapes and nothing
 * hangs. In lenient mode no row is lost: good + bad + blank rows = the rows of the file.
 */
class SurveyCsvFuzzTest {

  /** A generated survey: its instrument, header and rows as cell values. */
  private record Survey(Instrument instrument, List<String> header, List<CsvRow> rows) {}

  private static Survey survey(SplittableRandom r) {
    Instrument ins = ServqualGenerators.instrument(r);
    Answers a = ServqualGenerators.answers(r, ins, r.nextInt(4) == 0 ? 0.2 : 0.0, ins.scale().max());
    List<String> header = new ArrayList<>();
    header.add("respondent");
    for (int i = 1; i <= ins.size(); i++) {
      header.add("E" + i);
    }
    for (int i = 1; i <= ins.size(); i++) {
      header.add("P" + i);
    }
    List<Dimension> dims = ins.dimensions();
    if (a.points.length > 0) {
      dims.forEach(d -> header.add("W_" + d.name()));
    }
    header.add("segment");
    List<CsvRow> rows = new ArrayList<>();
    for (int k = 0; k < a.e.length; k++) {
      boolean blank = r.nextInt(10) == 0; // a respondent who answered nothing
      List<String> cells = new ArrayList<>();
      cells.add("r" + k);
      for (int[] answers : new int[][] {a.e[k], a.p[k]}) {
        for (int v : answers) {
          cells.add(blank || v == Response.MISSING ? "" : Integer.toString(v));
        }
      }
      if (a.points.length > 0) {
        for (double p : a.points[k]) {
          cells.add(blank ? "" : Integer.toString((int) p));
        }
      }
      // a blank respondent keeps a segment, so that one hostile edit cannot make its row empty
      cells.add(blank || r.nextBoolean() ? "north" : FuzzGenerators.hostileCell(r));
      rows.add(new CsvRow(cells));
    }
    return new Survey(ins, header, rows);
  }

  private static SurveyReader reader(SplittableRandom r, Instrument ins) {
    SurveyReader reader = SurveyReader.of(ins).withMaxErrors(1 + r.nextInt(50));
    if (r.nextBoolean()) {
      reader = reader.lenient();
    }
    if (r.nextBoolean()) {
      reader = reader.withPointsPolicy(PointsPolicy.RESCALE);
    }
    return reader;
  }

  /** The contract, and the counts of a parsed file. */
  private static void check(SurveyReader reader, String description, byte[] bytes) {
    Outcome<SurveyReadResult> out =
        FuzzAssertions.outcome(
            description,
            DataFileException.class,
            () -> reader.read(new ByteArrayInputStream(bytes)));
    out.failure().ifPresent(t -> assertThat(t.getMessage()).as(description).containsPattern("line \\d+"));
    out.value().ifPresent(read -> assertCounts(read, description));
  }

  private static void assertCounts(SurveyReadResult read, String description) {
    assertThat(read.goodRows() + read.badRows() + read.blankRows())
        .as("good + bad + blank rows of %s", description)
        .isEqualTo(read.rows());
    assertThat(read.errorCount()).isGreaterThanOrEqualTo(read.badRows());
    assertThat((long) read.errors().size()).isLessThanOrEqualTo(read.errorCount());
  }

  @SeededTest
  void nastySurveyFilesParseOrFailWithTheLine(Seed seed) {
    SplittableRandom r = seed.random();
    Survey s = survey(r);
    String csv = FuzzGenerators.csv(r, s.header(), s.rows());
    byte[] bytes = FuzzGenerators.encode(r, csv);
    SurveyReader reader = reader(r, s.instrument());
    assertTimeoutPreemptively(
        FuzzAssertions.DEFAULT_TIMEOUT,
        () -> check(reader, seed + " " + FuzzGenerators.describe(csv), bytes),
        seed::toString);
  }

  @SeededTest
  void arbitraryBytesAndCsvParseOrFailWithTheLine(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    SurveyReader reader = reader(r, ins);
    byte[] bytes = FuzzGenerators.bytes(r, 2000);
    String text = FuzzGenerators.arbitraryCsv(r, 20);
    assertTimeoutPreemptively(
        FuzzAssertions.DEFAULT_TIMEOUT,
        () -> {
          check(reader, seed + " bytes", bytes);
          Outcome<SurveyReadResult> out =
              FuzzAssertions.outcome(
                  seed + " " + FuzzGenerators.describe(text),
                  DataFileException.class,
                  () -> reader.read(new StringReader(text)));
          out.value().ifPresent(read -> assertCounts(read, text));
        },
        seed::toString);
  }

  @SeededTest
  void lenientReadingLosesNoRow(Seed seed) {
    SplittableRandom r = seed.random();
    Survey s = survey(r);
    String csv = FuzzGenerators.csvKeepingRows(r, s.header(), s.rows());
    SurveyReader reader = SurveyReader.of(s.instrument()).lenient().withMaxErrors(5);
    SurveyReadResult read =
        assertTimeoutPreemptively(
            FuzzAssertions.DEFAULT_TIMEOUT,
            () -> reader.read(new StringReader(csv)),
            () -> seed + " " + FuzzGenerators.describe(csv));
    String description = seed + " " + FuzzGenerators.describe(csv);
    assertThat(read.rows()).as(description).isEqualTo(s.rows().size());
    assertThat(read.goodRows() + read.badRows() + read.blankRows())
        .as(description)
        .isEqualTo(s.rows().size());
    assertThat(read.errors()).hasSizeLessThanOrEqualTo(5);
    for (RowError e : read.errors()) {
      assertThat(e.line()).isBetween(2L, (long) csv.length());
    }
  }
}
