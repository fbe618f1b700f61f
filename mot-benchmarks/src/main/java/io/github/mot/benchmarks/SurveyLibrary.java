package io.github.mot.benchmarks;

import static io.github.mot.benchmarks.SurveyWorkload.DIMENSIONS;
import static io.github.mot.benchmarks.SurveyWorkload.ITEMS;

import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.SurveyData;
import java.util.List;

/**
 * Workload 1 with the library, as a user would write it: the survey handed to the public column
 * builder once ({@link #data(SurveyWorkload)}, not timed), then {@code
 * GapAnalysis.withDefaults().withParallelism(threads).analyze(data)}, the full analysis (timed).
 */
public final class SurveyLibrary {

  private SurveyLibrary() {}

  /**
   * Builds the library's survey data from the workload's columns with {@link
   * SurveyData#columnBuilder(Instrument, int)}.
   *
   * @param w the survey
   * @return the data on the standard instrument, with E, P and importance points
   */
  public static SurveyData data(SurveyWorkload w) {
    int n = w.respondents();
    SurveyData.ColumnBuilder b = SurveyData.columnBuilder(Instrument.standard(), n);
    int[] column = new int[n];
    for (int i = 0; i < ITEMS; i++) {
      for (int r = 0; r < n; r++) {
        column[r] = w.expectation()[i][r];
      }
      b.answers(AnswerKind.EXPECTATION, i + 1, column);
      for (int r = 0; r < n; r++) {
        column[r] = w.perception()[i][r];
      }
      b.answers(AnswerKind.PERCEPTION, i + 1, column);
    }
    List<Dimension> dims = Instrument.standard().dimensions();
    double[] points = new double[n];
    for (int d = 0; d < DIMENSIONS; d++) {
      for (int r = 0; r < n; r++) {
        points[r] = w.points()[d][r];
      }
      b.points(dims.get(d), points);
    }
    return b.build();
  }

  /**
   * The full analysis.
   *
   * @param data the survey
   * @param threads threads to use
   * @return the report
   */
  public static GapReport analyze(SurveyData data, int threads) {
    return GapAnalysis.withDefaults().withParallelism(threads).analyze(data);
  }

  /**
   * The benchmark's figures, read from a report (for the agreement test).
   *
   * @param report the library's report on the workload
   * @return the figures
   */
  public static SurveyFigures figures(GapReport report) {
    double[] meanE = new double[ITEMS];
    double[] meanP = new double[ITEMS];
    double[] varE = new double[ITEMS];
    double[] varP = new double[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      GapReport.ItemGap g = report.items().get(i);
      meanE[i] = g.meanExpectation();
      meanP[i] = g.meanPerception();
      varE[i] = g.sdExpectation() * g.sdExpectation();
      varP[i] = g.sdPerception() * g.sdPerception();
    }
    double[] gap = new double[DIMENSIONS];
    double[] totalE = new double[DIMENSIONS];
    double[] totalP = new double[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      GapReport.DimensionGap g = report.dimensions().get(d);
      int k = g.itemIds().size();
      gap[d] = g.gap().mean();
      // the sd of respondents' dimension means is sd(total) / k
      totalE[d] = g.sdExpectation() * k * g.sdExpectation() * k;
      totalP[d] = g.sdPerception() * k * g.sdPerception() * k;
    }
    return new SurveyFigures(meanE, meanP, varE, varP, gap, totalE, totalP, report.unweighted().mean(),
        report.weighted().orElseThrow().mean());
  }
}
