package io.github.mot.servqual;

import io.github.mot.servqual.gap.GapAnalysis;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.table.Format;
import io.github.mot.core.testing.Threads;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same input gives byte-identical JSON whatever the thread count: analyses run on one thread,
 * on 16 threads sharing the data and the analysis, and inside fork-join pools of 1 to 16 threads
 * (where any parallel stream of the engine runs) all write the same bytes; so does a CSV file read
 * by 16 threads sharing one reader.
 */
class DeterminismTest {

  private static final int THREADS = 16;

  private static SurveyData data() {
    SplittableRandom r = new SplittableRandom(20261124L);
    return ServqualGenerators.answers(r, Instrument.standard(), 0.05, 7).build();
  }

  private static String json(SurveyData data) {
    GapAnalysis a = GapAnalysis.withDefaults();
    return Format.JSON.render(a.analyze(data));
  }

  private static <T> List<T> onSixteenThreads(Callable<T> task) throws Exception {
    return Threads.together(THREADS, task);
  }

  @Test
  void analysisJsonIsTheSameBytesWhateverTheThreadCount() throws Exception {
    SurveyData data = data();
    byte[] expected = json(data).getBytes(StandardCharsets.UTF_8);
    for (String got : onSixteenThreads(() -> json(data))) {
      assertThat(got.getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
    }
    for (int size : new int[] {1, 2, 3, 16}) {
      ForkJoinPool pool = new ForkJoinPool(size);
      try {
        for (int rep = 0; rep < 5; rep++) {
          String got = pool.submit(() -> json(data)).get(60, TimeUnit.SECONDS);
          assertThat(got.getBytes(StandardCharsets.UTF_8)).as("pool of %d", size).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** The reliability report on several threads is the one on one thread, byte for byte, for both policies. */
  @Test
  void reliabilityOnSeveralThreadsEqualsReliabilityOnOne() {
    SurveyData data = data();
    for (io.github.mot.servqual.MissingPolicy policy : io.github.mot.servqual.MissingPolicy.values()) {
      io.github.mot.servqual.reliability.ReliabilityAnalysis one =
          io.github.mot.servqual.reliability.ReliabilityAnalysis.withDefaults().withMissing(policy);
      assertThat(one.parallelism()).isEqualTo(1);
      String expected = Format.JSON.render(one.analyze(data));
      for (int threads : new int[] {2, 3, 64}) {
        io.github.mot.servqual.reliability.ReliabilityAnalysis many = one.withParallelism(threads);
        assertThat(many.parallelism()).isEqualTo(threads);
        assertThat(many.toString()).endsWith("parallelism=" + threads + "]");
        assertThat(Format.JSON.render(many.analyze(data))).as("%s, %d threads", policy, threads).isEqualTo(expected);
        assertThat(Format.TEXT.render(many.analyze(data))).isEqualTo(Format.TEXT.render(one.analyze(data)));
      }
    }
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> io.github.mot.servqual.reliability.ReliabilityAnalysis.withDefaults().withParallelism(0))
        .withMessageContaining("parallelism");
  }

  @Test
  void aSharedReaderGivesTheSameDataOnEveryThread() throws Exception {
    SurveyData data = data();
    StringBuilder csv = new StringBuilder("respondent");
    int items = data.instrument().size();
    for (int i = 1; i <= items; i++) {
      csv.append(",E").append(i);
    }
    for (int i = 1; i <= items; i++) {
      csv.append(",P").append(i);
    }
    csv.append('\n');
    for (int k = 0; k < data.size(); k++) {
      csv.append(data.respondentId(k));
      for (AnswerKind kind : List.of(AnswerKind.EXPECTATION, AnswerKind.PERCEPTION)) {
        for (int i = 1; i <= items; i++) {
          csv.append(',');
          data.answer(kind, i, k).ifPresent(csv::append);
        }
      }
      csv.append('\n');
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    SurveyReader reader = SurveyReader.of(data.instrument()).lenient();
    String expected = json(reader.read(new ByteArrayInputStream(bytes)).data());
    for (String got :
        onSixteenThreads(
            () -> {
              SurveyReadResult read = reader.read(new ByteArrayInputStream(bytes));
              return json(read.data());
            })) {
      assertThat(got).isEqualTo(expected);
    }
  }
}
