package io.github.mot.servqual.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.io.DataFileException;
import io.github.mot.core.testing.LazyCsvInputStream;
import io.github.mot.servqual.Instrument;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A huge CSV input streams through {@link SurveyReader} in bounded memory: a generated stream
 * of valid CSV (never a file), 200 MB in {@code mvn verify}, 2 GB with {@code -Dmot.bigfile=true}
 * (see SECURITY.md). The rows all have an off-scale answer, so a lenient read parses, decodes and
 * checks every row but keeps only counts and the first errors: the heap must stay flat. A second
 * test shows the row limit stopping a read of valid rows early.
 */
class BigInputTest {

  private static final long MB = 1L << 20;

  /** 2 GB with -Dmot.bigfile=true, 200 MB otherwise. */
  private static long size() {
    return Boolean.getBoolean("mot.bigfile") ? 2048 * MB : 200 * MB;
  }

  private static final Instrument STANDARD = Instrument.standard();
  private static final String HEADER;
  private static final String GOOD_ANSWERS;
  private static final String BAD_ANSWERS;

  static {
    StringBuilder h = new StringBuilder("respondent");
    StringBuilder good = new StringBuilder();
    for (int i = 1; i <= 22; i++) {
      h.append(",P").append(i);
      good.append(',').append(1 + i % 7);
    }
    HEADER = h.append(",branch").toString();
    GOOD_ANSWERS = good.append(",north").toString();
    BAD_ANSWERS = ",9" + GOOD_ANSWERS.substring(GOOD_ANSWERS.indexOf(',', 1)); // P1 = 9: off the 1..7 scale
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void aHugeInputStreamsInBoundedMemory() throws IOException {
    long before = usedHeapAfterGc();
    LazyCsvInputStream in = new LazyCsvInputStream(HEADER, i -> "r" + i + BAD_ANSWERS, size());
    SurveyReader reader =
        SurveyReader.of(STANDARD)
            .lenient()
            .withMaxErrors(1000)
            .withMaxRows(Long.MAX_VALUE)
            .withMaxBytes(Long.MAX_VALUE);
    long start = System.nanoTime();
    SurveyReadResult read = reader.read(in);
    double seconds = (System.nanoTime() - start) / 1e9;
    long after = usedHeapAfterGc();

    assertThat(in.bytes()).isGreaterThanOrEqualTo(size());
    assertThat(read.rows()).isEqualTo(in.rows());
    assertThat(read.badRows()).isEqualTo(in.rows());
    assertThat(read.goodRows()).isZero();
    assertThat(read.errors()).hasSize(1000);
    assertThat(read.errorCount()).isEqualTo(in.rows());
    // what the read keeps: 1000 errors and the counts; the input was 200 MB or 2 GB
    assertThat(after - before).as("heap growth in bytes").isLessThan(32 * MB);
    System.out.printf(
        "BigInputTest: %d MB, %d rows in %.1f s (%.0f MB/s), heap growth %d KB%n",
        in.bytes() / MB, in.rows(), seconds, in.bytes() / MB / seconds, (after - before) / 1024);
  }

  @Test
  void theRowLimitStopsAHugeReadOfValidRows() {
    LazyCsvInputStream in = new LazyCsvInputStream(HEADER, i -> "r" + i + GOOD_ANSWERS, size());
    SurveyReader reader = SurveyReader.of(STANDARD).withMaxRows(50_000);
    assertThatThrownBy(() -> reader.read(in))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "line 50002: the file has more than 50000 data rows, the limit;"
                + " raise it with withMaxRows");
    assertThat(in.bytes()).isLessThan(10 * MB);
  }

  @Test
  void theByteLimitStopsAHugeRead() {
    // The default limit (1 GiB) would need a gibibyte read before the refusal: the test uses a
    // small limit on the same code path, and checks the default separately.
    LazyCsvInputStream in = new LazyCsvInputStream(HEADER, i -> "r" + i + GOOD_ANSWERS, 4 * MB);
    SurveyReader reader = SurveyReader.of(STANDARD).withMaxBytes(MB);
    assertThatThrownBy(() -> reader.read(in))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("the input is larger than the limit of 1048576 bytes");
    assertThat(in.bytes()).isLessThan(MB + 16 * 1024);
    assertThat(SurveyReader.of(STANDARD).maxBytes()).isEqualTo(1024 * MB);
  }
}
