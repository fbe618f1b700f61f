package io.github.mot.servqual.gap;

import io.github.mot.core.testing.Rejections;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.testing.Fixtures;

import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.perception.ImportancePerformanceReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.RatingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The engine's block kernels on data large enough for many blocks and chunks: the clean kernel
 * (no missing answer, no filter) and the masked kernel give the same exact sums, every thread
 * count gives the same report bit for bit, and every kernel keeps its results once the JIT has
 * compiled it (C2's auto-vectorizer has crashed on some loop shapes in JDK 17).
 */
class CompiledKernelsTest {

  /**
   * A survey of n respondents with E, P, A and D on the instrument; answers missing with
   * probability {@code missing} but only for respondents in [missingFrom, missingTo); points are
   * whole numbers, or have halves when {@code wholePoints} is false.
   */
  private static SurveyData survey(Instrument ins, int n, long seed, double missing, int missingFrom, int missingTo,
      boolean wholePoints) {
    return survey(ins, n, seed, missing, missingFrom, missingTo, wholePoints, AnswerKind.values());
  }

  private static SurveyData survey(Instrument ins, int n, long seed, double missing, int missingFrom, int missingTo,
      boolean wholePoints, AnswerKind... kinds) {
    SplittableRandom r = new SplittableRandom(seed);
    RatingScale s = ins.scale();
    SurveyData.ColumnBuilder b = SurveyData.columnBuilder(ins, n);
    int[] base = new int[n];
    for (int k = 0; k < n; k++) {
      base[k] = r.nextInt(s.min(), s.max() + 1);
    }
    int[] column = new int[n];
    for (AnswerKind kind : kinds) {
      for (int i = 1; i <= ins.size(); i++) {
        for (int k = 0; k < n; k++) {
          boolean gone = k >= missingFrom && k < missingTo && r.nextDouble() < missing;
          int v = base[k] + r.nextInt(-1, 2);
          column[k] = gone ? Response.MISSING : Math.max(s.min(), Math.min(s.max(), v));
        }
        b.answers(kind, i, column);
      }
    }
    List<Dimension> dims = ins.dimensions();
    double[][] points = new double[dims.size()][n];
    for (int k = 0; k < n; k++) {
      double left = 100;
      for (int d = 0; d < dims.size() - 1; d++) {
        double p = Math.min(left, wholePoints ? r.nextInt(0, 41) : r.nextInt(0, 81) / 2.0);
        points[d][k] = p;
        left -= p;
      }
      points[dims.size() - 1][k] = left;
    }
    for (int d = 0; d < dims.size(); d++) {
      b.points(dims.get(d), points[d]);
    }
    return b.build();
  }

  private static final Instrument FIVE_POINT = Instrument.of("five", RatingScale.FIVE_POINT, List.of(
      Item.of("a", Dimension.TANGIBLES), Item.reversed("b", Dimension.TANGIBLES), Item.of("c", Dimension.EMPATHY),
      Item.of("d", Dimension.EMPATHY), Item.of("e", Dimension.EMPATHY), Item.of("f", Dimension.of("ACCESS"))));

  /** Asserts that two gap reports hold the same counts, rows and scores. */
  static void assertSameReport(GapReport x, GapReport y) {
    assertThat(x.respondents()).isEqualTo(y.respondents());
    assertThat(x.completeCases()).isEqualTo(y.completeCases());
    assertThat(x.items()).isEqualTo(y.items());
    assertThat(x.dimensions()).isEqualTo(y.dimensions());
    assertThat(x.unweighted()).isEqualTo(y.unweighted());
    assertThat(x.weighted()).isEqualTo(y.weighted());
    assertThat(x.servperf()).isEqualTo(y.servperf());
  }

  @Test
  void cleanAndMaskedKernelsGiveTheSameSums() {
    for (Instrument ins : List.of(Instrument.standard(), FIVE_POINT)) {
      // 70,000 respondents: 35 blocks, 3 chunks; nothing missing
      SurveyData data = survey(ins, 70_000, 1, 0, 0, 0, true);
      int[] everyone = new int[data.size()];
      for (MissingPolicy policy : MissingPolicy.values()) {
        GapAnalysis a = GapAnalysis.withDefaults().withMissing(policy);
        // a filter that keeps everyone sends every block through the masked kernel
        assertSameReport(a.analyze(data), a.analyze(data, everyone, 0));
        ZoneReport clean = a.zones(data);
        ZoneReport masked = a.zones(data, everyone, 0);
        assertThat(clean.items()).isEqualTo(masked.items());
        assertThat(clean.dimensions()).isEqualTo(masked.dimensions());
      }
    }
  }

  @Test
  void blocksWithMissingAnswersGoThroughTheMaskedKernelAndTheRestStayExact() {
    // missing answers only among respondents 10,000 to 10,500: one or two blocks are masked
    SurveyData data = survey(Instrument.standard(), 40_000, 2, 0.05, 10_000, 10_500, true,
        AnswerKind.EXPECTATION, AnswerKind.PERCEPTION);
    int[] everyone = new int[data.size()];
    for (MissingPolicy policy : MissingPolicy.values()) {
      GapAnalysis a = GapAnalysis.withDefaults().withMissing(policy);
      GapReport mixed = a.analyze(data);
      assertSameReport(mixed, a.analyze(data, everyone, 0));
      assertThat(mixed.completeCases()).isLessThan(40_000).isGreaterThan(39_500);
    }
  }

  @Test
  void everyThreadCountGivesTheSameReportBitForBit() {
    for (boolean whole : new boolean[] {true, false}) {
      SurveyData data = survey(Instrument.standard(), 70_000, 3, 0.01, 50_000, 52_000, whole,
          AnswerKind.EXPECTATION, AnswerKind.PERCEPTION);
      GapReport one = GapAnalysis.withDefaults().analyze(data);
      for (int threads : new int[] {2, 3, 8}) {
        GapReport many = GapAnalysis.withDefaults().withParallelism(threads).analyze(data);
        assertThat(many).isEqualTo(one);
      }
      SegmentReport segments = GapAnalysis.withDefaults().withParallelism(2).analyzeSegments(
          Fixtures.fourRespondents(true).build(), "segment");
      assertThat(segments).isEqualTo(GapAnalysis.withDefaults().analyzeSegments(
          Fixtures.fourRespondents(true).build(), "segment"));
    }
  }

  @Test
  void kernelsKeepTheirResultsOnceCompiled() {
    List<SurveyData> surveys = new ArrayList<>();
    surveys.add(survey(Instrument.standard(), 3_000, 4, 0, 0, 0, true));
    surveys.add(survey(Instrument.standard(), 3_000, 5, 0.02, 2_000, 2_500, false));
    surveys.add(survey(FIVE_POINT, 3_000, 6, 0, 0, 0, true));
    List<GapReport> gaps = new ArrayList<>();
    List<ZoneReport> zones = new ArrayList<>();
    List<ImportancePerformanceReport> ipa = new ArrayList<>();
    for (SurveyData data : surveys) {
      gaps.add(GapAnalysis.withDefaults().analyze(data));
      zones.add(GapAnalysis.withDefaults().zones(data));
      ipa.add(ImportancePerformance.withDefaults().analyzeDimensions(data));
    }
    // enough calls and loop iterations for C2 to compile every kernel (and on-stack replacement)
    for (int round = 0; round < 80; round++) {
      for (int s = 0; s < surveys.size(); s++) {
        SurveyData data = surveys.get(s);
        assertThat(GapAnalysis.withDefaults().analyze(data)).isEqualTo(gaps.get(s));
        assertThat(GapAnalysis.withDefaults().zones(data)).isEqualTo(zones.get(s));
        assertThat(ImportancePerformance.withDefaults().analyzeDimensions(data)).isEqualTo(ipa.get(s));
      }
    }
  }

  @Test
  void parallelismIsAtLeastOne() {
    assertThat(GapAnalysis.withDefaults().parallelism()).isEqualTo(1);
    assertThat(GapAnalysis.withDefaults().withParallelism(4).parallelism()).isEqualTo(4);
    assertThat(GapAnalysis.withDefaults().withParallelism(4).withMissing(MissingPolicy.PAIRWISE).parallelism())
        .isEqualTo(4);
    assertThat(GapAnalysis.withDefaults().withParallelism(2))
        .hasToString("GapAnalysis[missing=LISTWISE, confidence=0.95, parallelism=2]");
    Rejections.assertRejectsWith(
        "parallelism must be >= 1 thread but was 0",
        () -> GapAnalysis.withDefaults().withParallelism(0));
  }
}
