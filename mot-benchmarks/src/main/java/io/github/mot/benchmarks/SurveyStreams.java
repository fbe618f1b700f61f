package io.github.mot.benchmarks;

import static io.github.mot.benchmarks.SurveyWorkload.DIMENSIONS;
import static io.github.mot.benchmarks.SurveyWorkload.DIMENSION_OF_ITEM;
import static io.github.mot.benchmarks.SurveyWorkload.ITEMS;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Workload 1 as a user would write it without the library: one object per respondent with
 * {@code int[]} answers, and Java streams computing each figure with its own pass (means, then
 * variances around them).
 */
public final class SurveyStreams {

  /** One row of the survey, as a user would model it. */
  record Respondent(int[] expectation, int[] perception, int[] points) {}

  private final List<Respondent> rows;

  /**
   * Converts the workload into row objects.
   *
   * @param w the survey
   */
  public SurveyStreams(SurveyWorkload w) {
    rows = new ArrayList<>(w.respondents());
    for (int r = 0; r < w.respondents(); r++) {
      int[] e = new int[ITEMS];
      int[] p = new int[ITEMS];
      int[] pts = new int[DIMENSIONS];
      for (int i = 0; i < ITEMS; i++) {
        e[i] = w.expectation()[i][r];
        p[i] = w.perception()[i][r];
      }
      for (int d = 0; d < DIMENSIONS; d++) {
        pts[d] = w.points()[d][r];
      }
      rows.add(new Respondent(e, p, pts));
    }
  }

  /** The item indexes of each dimension, as a user would precompute them. */
  private static final int[][] ITEMS_OF = IntStream.range(0, DIMENSIONS)
      .mapToObj(d -> IntStream.range(0, ITEMS).filter(i -> DIMENSION_OF_ITEM[i] == d).toArray())
      .toArray(int[][]::new);

  private static double dimensionMean(int[] answers, int d) {
    return (double) dimensionSum(answers, d) / ITEMS_OF[d].length;
  }

  private static int dimensionSum(int[] answers, int d) {
    int sum = 0;
    for (int i : ITEMS_OF[d]) {
      sum += answers[i];
    }
    return sum;
  }

  private double variance(java.util.function.ToDoubleFunction<Respondent> f, boolean parallel) {
    var stream = parallel ? rows.parallelStream() : rows.stream();
    double mean = stream.mapToDouble(f).average().orElseThrow();
    var again = parallel ? rows.parallelStream() : rows.stream();
    return again.mapToDouble(x -> {
      double d = f.applyAsDouble(x) - mean;
      return d * d;
    }).sum() / (rows.size() - 1);
  }

  private double mean(java.util.function.ToDoubleFunction<Respondent> f, boolean parallel) {
    var stream = parallel ? rows.parallelStream() : rows.stream();
    return stream.mapToDouble(f).average().orElseThrow();
  }

  /**
   * Computes every figure.
   *
   * @param parallel whether to use parallel streams
   * @return the figures
   */
  public SurveyFigures figures(boolean parallel) {
    double[] meanE = new double[ITEMS];
    double[] meanP = new double[ITEMS];
    double[] varE = new double[ITEMS];
    double[] varP = new double[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      int item = i;
      meanE[i] = mean(r -> r.expectation()[item], parallel);
      meanP[i] = mean(r -> r.perception()[item], parallel);
      varE[i] = variance(r -> r.expectation()[item], parallel);
      varP[i] = variance(r -> r.perception()[item], parallel);
    }
    double[] gap = new double[DIMENSIONS];
    double[] totalE = new double[DIMENSIONS];
    double[] totalP = new double[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      int dim = d;
      gap[d] = mean(r -> dimensionMean(r.perception(), dim) - dimensionMean(r.expectation(), dim), parallel);
      totalE[d] = variance(r -> dimensionSum(r.expectation(), dim), parallel);
      totalP[d] = variance(r -> dimensionSum(r.perception(), dim), parallel);
    }
    double unweighted = IntStream.range(0, DIMENSIONS).mapToDouble(d -> gap[d]).average().orElseThrow();
    double weighted = mean(r -> IntStream.range(0, DIMENSIONS)
        .mapToDouble(d -> r.points()[d] / 100.0
            * (dimensionMean(r.perception(), d) - dimensionMean(r.expectation(), d)))
        .sum(), parallel);
    return new SurveyFigures(meanE, meanP, varE, varP, gap, totalE, totalP, unweighted, weighted);
  }
}
