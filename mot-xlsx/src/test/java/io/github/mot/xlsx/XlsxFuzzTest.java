package io.github.mot.xlsx;

import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mot.core.RatingScale;
import io.github.mot.core.testing.FuzzAssertions;
import io.github.mot.core.testing.FuzzGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.AbstractThrowableAssert;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * Hostile workbooks for {@link XlsxSource}: arbitrary bytes, damaged zip archives and
 * numeric cells with absurd exponents either read or fail with the documented {@link IOException}
 * (a {@code DataFileException} for bad rows) or {@link IllegalArgumentException} (a missing
 * sheet); nothing else escapes and nothing hangs.
 */
class XlsxFuzzTest {

  private static final Instrument TWO = Fixtures.TWO_ITEMS;

  private static final List<Class<? extends Throwable>> DOCUMENTED =
      List.of(IOException.class, IllegalArgumentException.class);

  /** A small valid workbook: respondent, P1, P2 and three rows. */
  private static byte[] workbook() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = bytes) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("answers");
      ws.value(0, 0, "respondent");
      ws.value(0, 1, "P1");
      ws.value(0, 2, "P2");
      for (int r = 1; r <= 3; r++) {
        ws.value(r, 0, "r" + r);
        ws.value(r, 1, 4);
        ws.value(r, 2, 123456);
      }
      wb.finish();
    }
    return bytes.toByteArray();
  }

  /** The workbook with the text of its sheet XML replaced: {@code from} by {@code to}. */
  private static byte[] withSheetText(byte[] xlsx, String from, String to) throws IOException {
    return Workbooks.withParts(
        xlsx, name -> name.startsWith("xl/worksheets/"), xml -> xml.replace(from, to));
  }

  private static final byte[] VALID;
  private static final Map<String, byte[]> HOSTILE = new ConcurrentHashMap<>();

  static {
    try {
      VALID = workbook();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid workbook with a hostile text in place of the answer 4 (once per text: costly). */
  private static byte[] withHostileCell(String cell) {
    try {
      return withSheetText(VALID, ">4<", ">" + cell.replace("&", "&amp;").replace("<", "&lt;") + "<");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(String description, byte[] bytes) {
    SurveyReader reader = SurveyReader.of(TWO).lenient();
    FuzzAssertions.outcome(
        description, DOCUMENTED, () -> reader.read(XlsxSource.of(new ByteArrayInputStream(bytes), "fuzz.xlsx")));
  }

  @SeededTest
  void damagedWorkbooksReadOrFailCleanly(Seed seed) throws IOException {
    SplittableRandom r = seed.random();
    byte[] valid = VALID;
    byte[] damaged = valid.clone();
    int edits = 1 + r.nextInt(20);
    for (int i = 0; i < edits; i++) {
      damaged[r.nextInt(damaged.length)] = (byte) r.nextInt(256);
    }
    byte[] truncated = java.util.Arrays.copyOf(valid, r.nextInt(valid.length));
    String cell = FuzzGenerators.hostileCell(r);
    byte[] hostile = HOSTILE.computeIfAbsent(cell, XlsxFuzzTest::withHostileCell);
    byte[] arbitrary = FuzzGenerators.bytes(r, 3000);
    assertTimeoutPreemptively(
        FuzzAssertions.DEFAULT_TIMEOUT,
        () -> {
          // two of the four kinds a case: each kind still gets about 150 cases in mvn verify
          int skip = r.nextInt(4);
          int skip2 = (skip + 1 + r.nextInt(3)) % 4;
          List<byte[]> inputs = List.of(damaged, truncated, hostile, arbitrary);
          List<String> kinds = List.of("damaged", "truncated", "hostile cell", "arbitrary");
          for (int k = 0; k < 4; k++) {
            if (k != skip && k != skip2) {
              check(seed + " " + kinds.get(k), inputs.get(k));
            }
          }
        },
        seed::toString);
  }

  /** Reading the test workbook with {@code from} replaced by {@code to} throws an IOException. */
  private static AbstractThrowableAssert<?, ? extends Throwable> readingFails(String from, String to)
      throws IOException {
    byte[] xlsx = withSheetText(workbook(), from, to);
    SurveyReader reader = SurveyReader.of(TWO).lenient();
    return assertThatThrownBy(() -> reader.read(XlsxSource.of(new ByteArrayInputStream(xlsx), "damaged.xlsx")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void damagedSheetXmlIsAnIOException() throws IOException {
    // Before: aalto's WFCException (a checked XMLStreamException thrown undeclared) escaped.
    readingFails("<v>123456</v>", "<v>1\u00002</v>").hasMessageStartingWith("damaged.xlsx: not a readable .xlsx workbook: ");
  }

  @Test
  void aSharedStringIndexBeyondTheTableIsAnIOException() throws IOException {
    // Before: fastexcel-reader's IndexOutOfBoundsException escaped.
    readingFails("<v>0</v>", "<v>-1</v>").hasMessageContaining("IndexOutOfBoundsException");
  }

  @Test
  void aNumberWithAHugeExponentIsReadAsTextNotExpanded() throws IOException {
    // Before: new BigDecimal("1E999999999").toPlainString() built a string of a billion digits:
    // minutes of work and gigabytes of heap for one 16-byte cell.
    byte[] xlsx = withSheetText(workbook(), "<v>123456</v>", "<v>1E999999999</v>");
    SurveyReader reader = SurveyReader.of(TWO).lenient();
    SurveyReadResult read =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> reader.read(XlsxSource.of(new ByteArrayInputStream(xlsx), "huge.xlsx")));
    assertThat(read.badRows()).isEqualTo(3);
    assertThat(read.errors().get(0).value()).isEqualTo("1E999999999");
    assertThat(read.errors().get(0).reason()).isEqualTo("not an integer");
  }
}
