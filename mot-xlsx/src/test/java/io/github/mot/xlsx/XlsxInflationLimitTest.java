package io.github.mot.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.Seeds;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Zip bombs and oversized workbooks: the limits of {@link XlsxSource} refuse them before any
 * row is read, with a message naming the part and the limit, and genuine workbooks still read.
 */
class XlsxInflationLimitTest {

  static final String SHARED_STRINGS = "xl/sharedStrings.xml";

  static SurveyReader reader() {
    return SurveyReader.of(XlsxSourceTest.FOUR).withMapping(XlsxSourceTest.mapping());
  }

  /** The survey sheet of a workbook in memory. */
  static XlsxSource source(byte[] workbook) {
    return XlsxSource.of(new ByteArrayInputStream(workbook), "export.xlsx").withSheet("答卷");
  }

  /**
   * The test workbook with {@code padding} bytes of line feeds inserted before the closing tag of
   * the shared-strings table: still a valid workbook with the same rows, but one part that
   * compresses about a thousand times.
   */
  static byte[] padded(int padding) throws IOException {
    boolean[] found = {false};
    byte[] workbook =
        Workbooks.withParts(
            XlsxSourceTest.workbook(),
            SHARED_STRINGS::equals,
            xml -> {
              found[0] = true;
              int end = xml.lastIndexOf("</sst>");
              return xml.substring(0, end) + "\n".repeat(padding) + xml.substring(end);
            });
    assertThat(found[0]).as("the test workbook has a shared-strings table").isTrue();
    return workbook;
  }

  static long compressedSize(byte[] workbook, Path dir, String part) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "w", ".xlsx"), workbook);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry(part).getCompressedSize();
    }
  }

  @Test
  void aZipBombInTheSharedStringsIsRefusedNamingThePartAndTheLimit() throws IOException {
    byte[] bomb = padded(40 << 20); // 40 MB of line feeds, about 40 KB compressed
    assertThat(bomb.length).isLessThan(1 << 20);
    assertThatThrownBy(() -> reader().read(source(bomb)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("xl/sharedStrings.xml")
        .hasMessageContaining("more than 100 times")
        .hasMessageContaining("zip bomb")
        .hasMessageContaining("withMaxInflateRatio");
  }

  @Test
  void aGenuineButHighlyCompressiblePartReadsWhenTheRatioIsRaised(@TempDir Path dir) throws IOException {
    byte[] workbook = padded(3 << 20);
    long compressed = compressedSize(workbook, dir, SHARED_STRINGS);
    assertThat((3L << 20) / compressed).as("the padded part compresses over 100 times").isGreaterThan(100);
    assertThatThrownBy(() -> reader().read(source(workbook))).hasMessageContaining("zip bomb");
    SurveyReadResult read = reader().read(source(workbook).withMaxInflateRatio(100_000));
    assertThat(read.goodRows()).isEqualTo(8);
  }

  @Test
  void theTotalInflatedSizeIsBounded() throws IOException {
    byte[] workbook = XlsxSourceTest.workbook();
    assertThat(reader().read(source(workbook)).goodRows()).isEqualTo(8);
    assertThatThrownBy(() -> reader().read(source(workbook).withMaxUncompressedBytes(1_000)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("inflates to more than 1000 bytes")
        .hasMessageContaining("withMaxUncompressedBytes");
  }

  @Test
  void theCompressedFileIsBoundedByTheRowReadersByteLimit(@TempDir Path dir) throws IOException {
    byte[] workbook = XlsxSourceTest.workbook();
    SurveyReader small = reader().withMaxBytes(workbook.length - 1);
    Path file = Files.write(dir.resolve("export.xlsx"), workbook);
    XlsxSource source = XlsxSource.of(file).withSheet("答卷");
    assertThatThrownBy(() -> small.read(source))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("larger than the limit of " + (workbook.length - 1) + " bytes")
        .hasMessageContaining("withMaxBytes");
    assertThat(reader().withMaxBytes(workbook.length).read(source).goodRows()).isEqualTo(8);
  }

  @Test
  void theStreamIsReadButNotClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(XlsxSourceTest.workbook()) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(reader().read(XlsxSource.of(in, "in.xlsx").withSheet("答卷")).goodRows()).isEqualTo(8);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void limitsAreValidatedAndShown() {
    XlsxSource sheet = XlsxSource.of(Path.of("export.xlsx")).withSheet("答卷");
    Rejections.assertRejects(
        "maxInflateRatio must be at least 1 but was 0", () -> sheet.withMaxInflateRatio(0));
    Rejections.assertRejects(
        "maxUncompressedBytes must be at least 1 but was -5",
        () -> sheet.withMaxUncompressedBytes(-5));
    XlsxSource r = sheet.withMaxInflateRatio(7).withMaxUncompressedBytes(1234);
    assertThat(r.maxInflateRatio()).isEqualTo(7);
    assertThat(r.maxUncompressedBytes()).isEqualTo(1234);
    assertThat(r.withFirstSheet().maxInflateRatio()).isEqualTo(7);
    assertThat(r.withSheet("x").maxUncompressedBytes()).isEqualTo(1234);
    assertThat(sheet.maxInflateRatio()).isEqualTo(XlsxSource.DEFAULT_MAX_INFLATE_RATIO);
    assertThat(sheet.maxUncompressedBytes()).isEqualTo(XlsxSource.DEFAULT_MAX_UNCOMPRESSED_BYTES);
    assertThat(r.toString()).endsWith(", inflating at most 1234 bytes and 7x a part]");
  }

  /** A tenth of the cases: each builds and inflates a workbook of up to 3 MB. */
  static Stream<Seed> fewSeeds() {
    return Seeds.seeds().limit(Math.max(1, Integer.getInteger("mot.cases", Seeds.DEFAULT_CASES) / 10));
  }

  /**
   * The rule, over random paddings and ratios: a workbook is refused exactly when its padded part
   * inflates to more than max(1 MiB, ratio x its compressed size); otherwise it reads all 8 rows.
   */
  @ParameterizedTest
  @MethodSource("fewSeeds")
  void refusedExactlyWhenAPartExceedsTheRatio(Seed seed, @TempDir Path dir) throws IOException {
    SplittableRandom random = seed.random();
    int padding = random.nextInt(3 << 20);
    int ratio = 1 + random.nextInt(random.nextBoolean() ? 200 : 5_000);
    byte[] workbook = padded(padding);
    Path file = Files.write(dir.resolve("w.xlsx"), workbook);
    long inflated;
    long compressed;
    boolean othersOver;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry e = zip.getEntry(SHARED_STRINGS);
      inflated = e.getSize();
      compressed = e.getCompressedSize();
      othersOver = Collections.list(zip.entries()).stream()
          .filter(x -> !x.getName().equals(SHARED_STRINGS))
          .anyMatch(x -> x.getSize() > Math.max(XlsxSource.RATIO_EXEMPT_BYTES, x.getCompressedSize() * ratio));
    }
    assertThat(othersOver).as("the other parts are small").isFalse();
    boolean over = inflated > Math.max(XlsxSource.RATIO_EXEMPT_BYTES, compressed * ratio);
    XlsxSource r = XlsxSource.of(file).withSheet("答卷").withMaxInflateRatio(ratio);
    if (over) {
      assertThatThrownBy(() -> reader().read(r)).as("%s, ratio %d, %d -> %d bytes", seed, ratio, compressed, inflated)
          .isInstanceOf(IOException.class).hasMessageContaining(SHARED_STRINGS);
    } else {
      assertThat(reader().read(r).goodRows()).as("%s, ratio %d", seed, ratio).isEqualTo(8);
    }
  }
}
