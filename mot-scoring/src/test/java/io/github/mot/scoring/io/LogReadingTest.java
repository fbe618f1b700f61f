package io.github.mot.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.log.EncounterLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of {@link EncounterReader#readLog(Path)} gives what the reference path gives (the
 * reader's row-by-row read, then the log of its encounters) on every generated file: the same log,
 * errors and counts, or the same exception; whatever the chunk size and the number of threads.
 */
class LogReadingTest {

  static final CustomerJourney RETAIL = JourneyTemplate.RETAIL_COUNTER.journey();

  /** What a read gave: the result or the exception's class and message. */
  record Outcome(String text) {}

  static Outcome outcome(ThrowingRead read) {
    try {
      EncounterLogReadResult r = read.read();
      EncounterLog log = r.log();
      return new Outcome("rows " + r.rows() + ", bad " + r.badRows() + ", errors " + r.errorCount() + "\n"
          + r.errors() + "\n" + log.encounters() + "\n" + log.customers() + log.touchpoints() + log.staff() + log.notes()
          + log.ratingScales());
    } catch (Exception e) {
      return new Outcome(e.getClass().getName() + ": " + e.getMessage());
    }
  }

  @FunctionalInterface
  interface ThrowingRead {
    EncounterLogReadResult read() throws Exception;
  }

  /** Asserts that the fast path equals the reference path on a file, for a few chunk sizes and thread counts. */
  static void assertFastEqualsReference(String what, EncounterReader reader, Path file, SplittableRandom r) {
    Outcome reference = outcome(() -> LogReading.reference(reader, file));
    int[] chunks = {32 + r.nextInt(200), 1 + r.nextInt(4000), LogReading.CHUNK};
    for (int chunk : chunks) {
      for (int threads : new int[] {1, 3}) {
        Outcome fast = outcome(() -> reader.withThreads(threads).readLog(file, chunk));
        assertThat(fast.text()).as("%s, chunks of %d bytes, %d threads", what, chunk, threads).isEqualTo(reference.text());
      }
    }
  }

  private static final String[] TIMES = {"2026-03-02T09:14:05Z", "2026-03-02T17:14:05+08:00", "2026-03-02T09:14:05",
      "2026-03-02T09:14:05.250Z", "2026-03-02t09:14:05z", "2026-03-02T09:14Z", "yesterday", "", "1500-01-01T00:00:00Z",
      "2026-02-30T00:00:00Z"};
  private static final String[] LEVELS = {"-3", "-2", "-1", "0", "+1", "2", "3", "", "4", "DELIGHTS", "x", "-0"};
  private static final String[] RATINGS = {"1", "4", "7", "", "0", "5.5", "+6", "9"};
  private static final String[] SECONDS = {"0", "12", "300", "", "12.5", "-1", "1000000001", "abc"};
  private static final String[] NAMES = {"c1", "c2", "顾客三", " c4 ", "c\u00055", "c6\u3000", "\u00A0c7", "c8"};

  /** A generated encounter file: mostly plain rows, with the defects real exports have now and then. */
  static byte[] file(SplittableRandom r) {
    List<Touchpoint> tps = RETAIL.touchpoints();
    StringBuilder sb = new StringBuilder();
    boolean crlf = r.nextInt(4) == 0;
    boolean mixed = r.nextInt(8) == 0; // line ends of both kinds, as files edited on two systems have
    String eol = crlf ? "\r\n" : "\n";
    boolean allColumns = r.nextBoolean();
    sb.append(allColumns ? "customer,touchpoint,time,staff,appearance,behaviour,communication,level,seconds,note"
        : "Time,CUSTOMER,touchpoint,level").append(eol);
    int n = r.nextInt(60);
    int defects = r.nextInt(4); // 0: none, else about one row in 4, 12 or 40
    for (int i = 0; i < n; i++) {
      if (mixed) {
        eol = r.nextBoolean() ? "\r\n" : "\n";
      }
      boolean bad = defects > 0 && r.nextInt(new int[] {1, 4, 12, 40}[defects]) == 0;
      String customer = bad ? NAMES[r.nextInt(NAMES.length)] : "c" + r.nextInt(20);
      String touchpoint = bad && r.nextInt(5) == 0 ? "teleporting" : tps.get(r.nextInt(tps.size())).id();
      String time = bad ? TIMES[r.nextInt(TIMES.length)]
          : Instant.parse("2026-03-02T09:00:00Z").plusSeconds(r.nextInt(100_000)).toString();
      String level = bad ? LEVELS[r.nextInt(LEVELS.length)] : Integer.toString(r.nextInt(7) - 3);
      if (allColumns) {
        String staff = r.nextInt(3) == 0 ? "" : "s" + r.nextInt(5);
        String[] ratings = new String[3];
        boolean rated = r.nextBoolean();
        for (int k = 0; k < 3; k++) {
          ratings[k] = bad && r.nextInt(3) == 0 ? RATINGS[r.nextInt(RATINGS.length)] : rated ? "" + (1 + r.nextInt(7)) : "";
        }
        String seconds = bad ? SECONDS[r.nextInt(SECONDS.length)] : r.nextBoolean() ? "" : "" + r.nextInt(600);
        String note = r.nextInt(5) == 0 ? "note " + r.nextInt(3) : "";
        sb.append(String.join(",", customer, touchpoint, time, staff, ratings[0], ratings[1], ratings[2], level, seconds,
            note));
      } else {
        sb.append(String.join(",", time, customer, touchpoint, level));
      }
      if (bad) {
        switch (r.nextInt(12)) {
          case 0 -> sb.append(",extra");
          case 1 -> sb.append(eol).append(allColumns ? ",,,,,,,,," : ",,,");
          case 2 -> sb.append(eol);
          case 3 -> sb.append(eol).append("   ");
          case 4 -> sb.setLength(sb.lastIndexOf(",")); // a field short
          default -> { }
        }
      }
      if (i < n - 1 || r.nextBoolean()) {
        sb.append(eol);
      }
    }
    return io.github.mot.core.testing.FuzzGenerators.csvWithDefects(r, sb.toString());
  }

  @SeededTest
  void theFastPathGivesWhatTheReferencePathGives(Seed seed, @TempDir Path dir) throws IOException {
    SplittableRandom r = seed.random();
    Path file = Files.write(dir.resolve("log.csv"), file(r));
    EncounterReader reader = EncounterReader.withDefaults();
    if (r.nextBoolean()) {
      reader = reader.lenient();
    }
    if (r.nextBoolean()) {
      reader = reader.withJourney(RETAIL);
    }
    if (r.nextInt(4) == 0) {
      reader = reader.withLimits(ReadLimits.DEFAULT.withMaxRows(1 + r.nextInt(40)).withMaxErrors(1 + r.nextInt(5))
          .withMaxFieldLength(4 + r.nextInt(30)));
    }
    assertFastEqualsReference(seed.toString(), reader, file, r);
  }

  @Test
  void aPlainFileIsReadOnTheFastPathAndEqualsTheObjectRead(@TempDir Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("customer,touchpoint,time,staff,appearance,behaviour,communication,level,seconds,note\n");
    for (int i = 0; i < 5000; i++) {
      sb.append("c").append(i % 97).append(',').append(RETAIL.touchpoints().get(i % 10).id()).append(',')
          .append(Instant.parse("2026-03-02T09:00:00Z").plusSeconds(37L * i)).append(",s").append(i % 7).append(',')
          .append(1 + i % 7).append(',').append(1 + (i / 7) % 7).append(',').append(1 + (i / 49) % 7).append(',')
          .append(i % 7 - 3).append(',').append(i % 300).append(',').append(i % 50 == 0 ? "slow" : "").append('\n');
    }
    Path file = Files.writeString(dir.resolve("log.csv"), sb);
    EncounterReader reader = EncounterReader.withDefaults().withJourney(RETAIL);
    EncounterLogReadResult fast = java.util.Objects.requireNonNull(LogReading.fast(reader, file, 2, 4096),
        "a plain file is read on the fast path");
    assertThat(fast.rows()).isEqualTo(5000);
    assertThat(fast.isClean()).isTrue();
    assertThat(fast.log().encounters()).isEqualTo(reader.read(file).values());
    assertThat(fast.log().customers()).hasSize(97);
    assertThat(fast.toString()).startsWith("EncounterLogReadResult[5000 rows: 5000 good, 0 bad, 0 blank, 0 errors]");
    // a quoted note sends the whole file to the reference path, with the same result
    Path quoted = Files.writeString(dir.resolve("quoted.csv"), sb.toString().replace(",slow\n", ",\"slow, or not\"\n"));
    assertThat(LogReading.fast(reader, quoted, 2, 4096)).isNull();
    assertThat(reader.readLog(quoted).log().notes()).containsExactly("slow, or not");
  }
}
