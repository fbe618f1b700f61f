package io.github.mot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.SurveyData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every implementation of a workload computes the same figures (on small data). */
class ImplementationsAgreeTest {

  private static Path scratch() throws Exception {
    Path dir = Path.of("target", "bench-scratch");
    Files.createDirectories(dir);
    return dir;
  }

  @Test
  void surveyFiguresAgree() throws Exception {
    SurveyWorkload w = SurveyWorkload.generate(3_000, 7L);
    SurveyFigures streams = new SurveyStreams(w).figures(false);
    SurveyFigures parallel = new SurveyStreams(w).figures(true);
    SurveyData data = SurveyLibrary.data(w);
    GapReport one = SurveyLibrary.analyze(data, 1);
    GapReport two = SurveyLibrary.analyze(data, 2);
    SurveyFigures library = SurveyLibrary.figures(one);
    try (SurveyDuckDb duck = new SurveyDuckDb(w, 2, scratch())) {
      SurveyFigures sql = duck.figures();
      assertThat(streams.maxDifference(sql)).isLessThan(1e-9);
      assertThat(streams.maxDifference(parallel)).isLessThan(1e-9);
      assertThat(library.maxDifference(sql)).as("library vs DuckDB").isLessThan(1e-9);
      assertThat(library.maxDifference(streams)).as("library vs streams").isLessThan(1e-9);
    }
    // the parallel analysis is the sequential one, bit for bit
    assertThat(two).isEqualTo(one);
    // 44 answer bytes and 5 bytes of whole importance points a respondent, no id column
    assertThat(data.storageBytes()).isEqualTo(3_000L * 49);
    // The raw floor reads every answer: 3,000 respondents x 44 answers, each 1..7.
    long sum = RawScan.sumAllAnswers(w);
    assertThat(RawScan.sumAllAnswers(w, 2)).isEqualTo(sum);
    assertThat(sum).isBetween(3_000L * 44, 3_000L * 44 * 7);
  }

  /** Workload 3: the library's episodes and graph and DuckDB's window functions give the same figures. */
  @Test
  void pathsFiguresAgree() throws Exception {
    PathsWorkload w = PathsWorkload.generate(20_000, 13L);
    io.github.mot.scoring.log.EncounterLog log = w.log();
    PathsFigures library = PathsLibrary.figures(PathsLibrary.analyse(log, 2));
    assertThat(PathsLibrary.figures(PathsLibrary.analyse(log, 1)).maxDifference(library)).isZero();
    try (PathsDuckDb duck = new PathsDuckDb(w, 2, scratch())) {
      PathsFigures sql = duck.figures();
      assertThat(library.episodes()).isEqualTo(sql.episodes()).isGreaterThan(2_000);
      assertThat(library.edges().keySet()).isEqualTo(sql.edges().keySet());
      assertThat(library.funnel()).containsExactly(sql.funnel());
      assertThat(library.loops()).containsExactly(sql.loops());
      assertThat(library.maxDifference(sql)).as("library vs DuckDB").isLessThan(1e-9);
      // a skipped moment is one the alignment does not match: every unvisited one, and more
      for (int t = 0; t < library.unvisited().length; t++) {
        assertThat(library.unvisited()[t]).isGreaterThanOrEqualTo(sql.unvisited()[t]);
      }
    }
  }

  @Test
  void encounterFiguresAgree() throws Exception {
    EncounterWorkload w = EncounterWorkload.generate(50_000, 11L);
    EncounterFigures streams = new EncounterStreams(w).figures(false);
    EncounterFigures library = new EncounterLibrary(w).figures(false);
    try (EncounterDuckDb duck = new EncounterDuckDb(w, 2, scratch())) {
      EncounterFigures sql = duck.figures();
      assertThat(streams.agrees(sql, 1e-9)).as("streams vs DuckDB").isTrue();
      assertThat(library.agrees(sql, 1e-9)).as("library vs DuckDB").isTrue();
    }
    assertThat(library.agrees(streams, 1e-9)).as("library vs streams").isTrue();
    assertThat(library.agrees(new EncounterLibrary(w).figures(true), 0.0)).as("library in parallel").isTrue();
    assertThat(streams.agrees(new EncounterStreams(w).figures(true), 1e-9)).isTrue();
    EncounterObjects objects = new EncounterObjects(w);
    assertThat(objects.figures(false).agrees(library, 0.0)).as("object API vs columns").isTrue();
    assertThat(objects.figures(true).agrees(library, 0.0)).as("object API in parallel").isTrue();
    assertThat(objects.logFigures().agrees(library, 0.0)).as("columnar log vs columns").isTrue();
    assertThat(objects.log().columnBytes()).as("bytes of the log's columns").isLessThanOrEqualTo(24L * w.size());
    long total = 0;
    for (long[] c : streams.touchpoints().counts()) {
      for (long x : c) {
        total += x;
      }
    }
    assertThat(total).isEqualTo(50_000);
  }
}
