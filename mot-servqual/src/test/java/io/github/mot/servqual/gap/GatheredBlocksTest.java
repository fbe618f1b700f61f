package io.github.mot.servqual.gap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.perception.ImportancePerformanceReport;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * The engine's gathered blocks: in a block with missing answers the complete respondents are
 * gathered for the clean kernel and the others go through the masked kernel. Over seeded surveys
 * with answers missing here and there, the reports equal those of the masked kernel alone (a
 * filter that keeps everyone sends every block there) and those of every thread count, and the
 * importance-performance figures equal a straightforward computation respondent by respondent.
 */
class GatheredBlocksTest {

  private static final double[] MISSING = {0, 0.0002, 0.002, 0.02, 0.3};

  /**
   * A survey; with {@code wholePoints} false its points have halves a quarter of the time (the
   * weighted score is then a double-valued sum, which the engine never gathers).
   */
  private static SurveyData survey(SplittableRandom r, boolean wholePoints) {
    Instrument ins = r.nextBoolean() ? Instrument.standard() : ServqualGenerators.instrument(r);
    int n = r.nextInt(4) == 0 ? r.nextInt(0, 40) : r.nextInt(0, 6_000);
    double missing = MISSING[r.nextInt(MISSING.length)];
    AnswerKind[] kinds = r.nextBoolean() ? AnswerKind.values()
        : new AnswerKind[] {AnswerKind.EXPECTATION, AnswerKind.PERCEPTION};
    return ServqualGenerators.columns(r, ins, n, missing, wholePoints || r.nextInt(4) > 0, kinds);
  }

  @SeededTest
  void gatheredBlocksGiveTheMaskedKernelsReportsForEveryThreadCount(Seed seed) {
    // whole points: every sum is then an exact integer, the same whatever kernel adds it up
    SurveyData data = survey(seed.random(), true);
    int[] everyone = new int[data.size()];
    for (MissingPolicy policy : MissingPolicy.values()) {
      GapAnalysis a = GapAnalysis.withDefaults().withMissing(policy);
      GapReport report = a.analyze(data);
      GapReport masked = a.analyze(data, everyone, 0);
      assertThat(report.items()).as(seed + ", " + policy).isEqualTo(masked.items());
      CompiledKernelsTest.assertSameReport(report, masked);
      assertThat(a.withParallelism(3).analyze(data)).as(seed + ", " + policy).isEqualTo(report);
      if (data.has(AnswerKind.ADEQUATE)) {
        ZoneReport zones = a.zones(data);
        ZoneReport maskedZones = a.zones(data, everyone, 0);
        assertThat(zones.items()).as(seed + ", " + policy).isEqualTo(maskedZones.items());
        assertThat(zones.dimensions()).as(seed + ", " + policy).isEqualTo(maskedZones.dimensions());
      }
    }
  }

  @SeededTest
  void importancePerformanceEqualsTheMeansRespondentByRespondent(Seed seed) {
    SurveyData data = survey(seed.random(), false);
    Instrument ins = data.instrument();
    double min = ins.scale().min();
    for (MissingPolicy policy : MissingPolicy.values()) {
      String what = seed + ", " + policy;
      ImportancePerformance ipa = ImportancePerformance.withDefaults().withMissing(policy);
      boolean listwise = policy == MissingPolicy.LISTWISE;
      List<Double> importance = new ArrayList<>(Collections.nCopies(ins.size(), 1.0));
      List<ImportancePerformanceReport.Point> items = ipa.analyzeItems(data, importance).points();
      for (int i = 1; i <= ins.size(); i++) {
        long n = 0;
        long sum = 0;
        for (int r = 0; r < data.size(); r++) {
          OptionalInt v = data.answer(AnswerKind.PERCEPTION, i, r);
          if (v.isPresent() && (!listwise || complete(data, r, allItems(ins)))) {
            n++;
            sum += v.getAsInt() - (long) min;
          }
        }
        ImportancePerformanceReport.Point p = items.get(i - 1);
        assertThat(p.n()).as(what).isEqualTo(n);
        assertThat(Double.valueOf(p.performance())).as(what)
            .isEqualTo(Double.valueOf(n == 0 ? Double.NaN : (double) sum / 1 / n + min));
      }
      if (!data.hasPoints()) {
        continue;
      }
      List<ImportancePerformanceReport.Point> dims = ipa.analyzeDimensions(data).points();
      List<Dimension> dimensions = ins.dimensions();
      for (int d = 0; d < dimensions.size(); d++) {
        List<Integer> ids = ins.itemIds(dimensions.get(d));
        long n = 0;
        long sum = 0;
        long pointsN = 0;
        double points = 0;
        for (int r = 0; r < data.size(); r++) {
          if (complete(data, r, listwise ? allItems(ins) : ids)) {
            n++;
            for (int id : ids) {
              sum += data.answer(AnswerKind.PERCEPTION, id, r).getAsInt() - (long) min;
            }
          }
          // listwise, a respondent without every answer is left out altogether, its points too
          if (data.points(dimensions.get(d), r).isPresent() && (!listwise || complete(data, r, allItems(ins)))) {
            pointsN++;
            points += data.points(dimensions.get(d), r).getAsDouble();
          }
        }
        ImportancePerformanceReport.Point p = dims.get(d);
        assertThat(p.dimension()).isEqualTo(dimensions.get(d));
        assertThat(p.n()).as(what).isEqualTo(n);
        assertThat(Double.valueOf(p.performance())).as(what)
            .isEqualTo(Double.valueOf(n == 0 ? Double.NaN : (double) sum / ids.size() / n + min));
        assertThat(Double.valueOf(p.importance())).as(what)
            .isEqualTo(Double.valueOf(pointsN == 0 ? Double.NaN : points / pointsN));
      }
    }
  }

  private static List<Integer> allItems(Instrument ins) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 1; i <= ins.size(); i++) {
      ids.add(i);
    }
    return ids;
  }

  private static boolean complete(SurveyData data, int r, List<Integer> ids) {
    for (int id : ids) {
      if (data.answer(AnswerKind.PERCEPTION, id, r).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
