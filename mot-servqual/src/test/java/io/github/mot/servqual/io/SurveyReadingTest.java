package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.PointsPolicy;
import io.github.mot.servqual.SurveyData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of {@link SurveyReader#read(Path)} gives what the reference path gives (FastCSV
 * over the decoded stream, a response per row) on every generated file: the same data, errors,
 * blank respondents and counts, or the same exception; whatever the chunk size and the number of
 * threads.
 */
class SurveyReadingTest {

  static final Instrument STANDARD = Instrument.standard();

  /** What a read gave: the result in full, or the exception's class and message. */
  record Outcome(String text) {}

  static Outcome outcome(ThrowingRead read) {
    try {
      SurveyReadResult r = read.read();
      return new Outcome("rows " + r.rows() + ", bad " + r.badRows() + ", errors " + r.errorCount() + ", blank "
          + r.blankRows() + "\n" + r.errors() + "\n" + r.blankRespondents() + "\n" + describe(r.data()));
    } catch (Exception e) {
      return new Outcome(e.getClass().getName() + ": " + e.getMessage());
    }
  }

  /** Every value of survey data, respondent by respondent. */
  static String describe(SurveyData data) {
    StringBuilder sb = new StringBuilder(data.toString()).append('\n');
    sb.append(data.kinds()).append(' ').append(data.attributeNames()).append(' ').append(data.rescaled()).append('\n');
    for (String a : data.attributeNames()) {
      sb.append(a).append(data.attributeValues(a)).append('\n');
    }
    for (AnswerKind k : data.kinds()) {
      sb.append(k).append(" missing ").append(data.missing(k)).append('\n');
    }
    for (int r = 0; r < data.size(); r++) {
      sb.append(data.respondentId(r)).append(':');
      for (AnswerKind k : data.kinds()) {
        for (int i = 1; i <= data.instrument().size(); i++) {
          sb.append(' ').append(data.answer(k, i, r));
        }
      }
      for (String a : data.attributeNames()) {
        sb.append(' ').append(data.attribute(a, r));
      }
      if (data.hasPoints()) {
        for (Dimension d : data.instrument().dimensions()) {
          sb.append(' ').append(data.points(d, r));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @FunctionalInterface
  interface ThrowingRead {
    SurveyReadResult read() throws Exception;
  }

  /** Asserts that the fast path equals the reference path on a file, for a few chunk sizes and thread counts. */
  static void assertFastEqualsReference(String what, SurveyReader reader, Path file, SplittableRandom r) {
    Outcome reference = outcome(() -> reader.reference(file));
    int[] chunks = {64 + r.nextInt(4000), SurveyReading.CHUNK};
    for (int chunk : chunks) {
      for (int threads : new int[] {1, 3}) {
        Outcome fast = outcome(() -> reader.withThreads(threads).read(file, chunk));
        assertThat(fast.text()).as("%s, chunks of %d bytes, %d threads", what, chunk, threads).isEqualTo(reference.text());
      }
    }
  }

  private static final String[] ANSWERS = {"", " ", "8", "0", "x", "4.5", " 3 ", "\t3", "+5", "-0", "007", "1234567890"};
  private static final String[] IDS = {"", "  ", "007", "+5", "-0", "-12", "R12", " r 1 ", "顾客三", "\u00A0x", "x\u3000",
      "1234567890123456789", "9"};
  private static final String[] POINTS = {"", "12.5", "+10", "abc", "-5", " 20 ", "1e2", "0", "100"};
  private static final String[] BRANCHES = {"east", " west ", "", "西", "\u00A0north", "south\t"};

  /** A generated survey file: mostly plain rows, with the defects real exports have now and then. */
  static byte[] file(SplittableRandom r) {
    int items = STANDARD.size();
    List<Dimension> dims = STANDARD.dimensions();
    boolean expectations = r.nextBoolean();
    boolean points = r.nextBoolean();
    boolean branch = r.nextBoolean();
    StringBuilder sb = new StringBuilder();
    boolean crlf = r.nextInt(4) == 0;
    boolean mixed = r.nextInt(8) == 0; // line ends of both kinds, as files edited on two systems have
    String eol = crlf ? "\r\n" : "\n";
    List<String> header = new ArrayList<>();
    header.add("respondent");
    if (branch) {
      header.add("branch");
    }
    for (String kind : expectations ? new String[] {"E", "P"} : new String[] {"P"}) {
      for (int i = 1; i <= items; i++) {
        header.add(kind + i);
      }
    }
    if (points) {
      for (Dimension d : dims) {
        header.add("W_" + d.name());
      }
    }
    if (r.nextInt(3) == 0) { // columns in another order
      java.util.Collections.rotate(header, 1 + r.nextInt(header.size() - 1));
    }
    sb.append(String.join(",", header)).append(eol);
    int n = r.nextInt(50);
    int defects = r.nextInt(4);
    for (int row = 0; row < n; row++) {
      if (mixed) {
        eol = r.nextBoolean() ? "\r\n" : "\n";
      }
      boolean bad = defects > 0 && r.nextInt(new int[] {1, 4, 12, 40}[defects]) == 0;
      boolean blankRespondent = bad && r.nextInt(6) == 0;
      List<String> cells = new ArrayList<>();
      int[] pts = split100(r);
      for (String h : header) {
        String cell;
        if (h.equals("respondent")) {
          cell = bad && r.nextInt(3) == 0 ? IDS[r.nextInt(IDS.length)] : r.nextInt(4) == 0 ? "r" + row : "" + (row + 1);
        } else if (h.equals("branch")) {
          cell = bad ? BRANCHES[r.nextInt(BRANCHES.length)] : new String[] {"east", "west", "north"}[r.nextInt(3)];
        } else if (h.startsWith("W_")) {
          int d = dims.indexOf(Dimension.of(h.substring(2)));
          cell = bad && r.nextInt(4) == 0 ? POINTS[r.nextInt(POINTS.length)] : "" + pts[d];
          if (!bad && r.nextInt(10) == 0) {
            cell = ""; // a respondent without points: every W_ cell blank, below
          }
        } else if (blankRespondent) {
          cell = r.nextInt(3) == 0 ? " " : "";
        } else {
          cell = bad && r.nextInt(8) == 0 ? ANSWERS[r.nextInt(ANSWERS.length)]
              : r.nextInt(30) == 0 ? "" : "" + (1 + r.nextInt(7));
        }
        cells.add(cell);
      }
      if (!bad && points && cells.stream().anyMatch(String::isEmpty) && r.nextBoolean()) {
        for (int c = 0; c < header.size(); c++) {
          if (header.get(c).startsWith("W_")) {
            cells.set(c, "");
          }
        }
      }
      sb.append(String.join(",", cells));
      if (bad) {
        switch (r.nextInt(12)) {
          case 0 -> sb.append(",extra");
          case 1 -> sb.append(eol).append(",".repeat(header.size() - 1));
          case 2 -> sb.append(eol);
          case 3 -> sb.append(eol).append("   ");
          case 4 -> sb.setLength(sb.lastIndexOf(",")); // a field short
          default -> { }
        }
      }
      if (row < n - 1 || r.nextBoolean()) {
        sb.append(eol);
      }
    }
    return io.github.mot.core.testing.FuzzGenerators.csvWithDefects(r, sb.toString());
  }

  /** Five whole points summing to 100, now and then to 99 (rejected or rescaled). */
  private static int[] split100(SplittableRandom r) {
    int[] p = new int[5];
    int left = r.nextInt(40) == 0 ? 99 : 100;
    for (int d = 0; d < 4; d++) {
      p[d] = r.nextInt(left / 2 + 1);
      left -= p[d];
    }
    p[4] = left;
    return p;
  }

  @SeededTest
  void theFastPathGivesWhatTheReferencePathGives(Seed seed, @TempDir Path dir) throws IOException {
    SplittableRandom r = seed.random();
    Path file = Files.write(dir.resolve("survey.csv"), file(r));
    SurveyReader reader = SurveyReader.of(STANDARD);
    if (r.nextBoolean()) {
      reader = reader.lenient();
    }
    if (r.nextBoolean()) {
      reader = reader.withPointsPolicy(PointsPolicy.RESCALE);
    }
    if (r.nextInt(4) == 0) {
      reader = reader.withLimits(ReadLimits.DEFAULT.withMaxRows(1 + r.nextInt(40)).withMaxErrors(1 + r.nextInt(5))
          .withMaxFieldLength(4 + r.nextInt(30)));
    }
    assertFastEqualsReference(seed.toString(), reader, file, r);
  }

  @Test
  void aPlainFileIsReadOnTheFastPathAndEqualsTheStreamRead(@TempDir Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("respondent,branch");
    for (String k : new String[] {"E", "P"}) {
      for (int i = 1; i <= 22; i++) {
        sb.append(',').append(k).append(i);
      }
    }
    sb.append(",W_TANGIBLES,W_RELIABILITY,W_RESPONSIVENESS,W_ASSURANCE,W_EMPATHY\n");
    for (int row = 0; row < 3000; row++) {
      sb.append(row % 10 == 0 ? "R" + row : "" + row).append(',').append(row % 3 == 0 ? "east" : "west");
      for (int i = 0; i < 44; i++) {
        sb.append(',').append(row % 17 == i ? "" : "" + (1 + (row + i) % 7));
      }
      sb.append(row % 5 == 0 ? ",,,,,\n" : ",10,30,20,20,20\n");
    }
    Path file = Files.writeString(dir.resolve("survey.csv"), sb);
    SurveyReader reader = SurveyReader.of(STANDARD);
    SurveyReadResult fast = Objects.requireNonNull(SurveyReading.fast(reader, file, 2, 4096),
        "a plain file is read on the fast path");
    assertThat(fast.rows()).isEqualTo(3000);
    assertThat(fast.isClean()).isTrue();
    assertThat(describe(fast.data())).isEqualTo(describe(reader.reference(file).data()));
    assertThat(fast.data().respondentId(10)).isEqualTo("R10");
    assertThat(fast.data().points(Dimension.RELIABILITY, 1)).hasValue(30.0);
    assertThat(fast.data().points(Dimension.RELIABILITY, 0)).isEmpty();
    // a quoted branch sends the whole file to the reference path, with the same result
    Path quoted = Files.writeString(dir.resolve("quoted.csv"), sb.toString().replace("\n1,west,", "\n1,\"west, far\","));
    assertThat(SurveyReading.fast(reader, quoted, 2, 4096)).isNull();
    assertThat(reader.read(quoted).data().attribute("branch", 1)).hasValue("west, far");
  }

  @Test
  void mappedColumnsAreReadOnTheFastPath(@TempDir Path dir) throws IOException {
    ColumnMapping.Builder m = ColumnMapping.builder().respondent("ID").attribute("Store", "store");
    StringBuilder sb = new StringBuilder("Store,ID");
    for (int i = 1; i <= 22; i++) {
      m.answer("Q" + i, AnswerKind.PERCEPTION, i);
      sb.append(",Q").append(i);
    }
    sb.append('\n');
    for (int row = 0; row < 500; row++) {
      sb.append(row % 4 == 0 ? "" : "s" + row % 3).append(',').append(1000 + row);
      for (int i = 0; i < 22; i++) {
        sb.append(',').append(1 + (row * 7 + i) % 7);
      }
      sb.append('\n');
    }
    Path file = Files.writeString(dir.resolve("export.csv"), sb);
    SurveyReader reader = SurveyReader.of(STANDARD).withMapping(m.build());
    SurveyReadResult fast = Objects.requireNonNull(SurveyReading.fast(reader, file, 2, 2048));
    assertThat(describe(fast.data())).isEqualTo(describe(reader.reference(file).data()));
    assertThat(fast.data().attributeValues("store")).containsExactly("s1", "s2", "s0");
  }
}
