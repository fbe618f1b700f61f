package io.github.mot.scoring;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the frequent deviations of a {@link ConformanceReport} cost in journey score, from {@link
 * ConformanceReport#cost(JourneyModel)}: for each deviation the report shows, the journey scores
 * ({@link Episodes#scores(JourneyModel)}) of the episodes with it against those of the episodes
 * without it, compared by the difference of their means with Welch's interval and test ({@link
 * MeanComparison}: {@code difference = mean(with) - mean(without)}, negative when the deviation
 * goes with worse journeys). Episodes without a score are in neither group and are counted ({@link
 * #unscoredCount()}). An association, not an effect: episodes with a deviation may differ in other
 * ways.
 *
 * <p>Rows are ordered by difference, most negative (the costliest) first, undefined differences
 * last, then as the report orders its deviations. The frequency threshold is the report's ({@link
 * ConformanceReport#withMinEpisodes(long)}, {@link ConformanceReport#withTop(int)}). Cost: one more
 * alignment of every episode and one bit per episode and deviation. Equality is identity.
 * Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class DeviationCost implements Tabular {

  /**
   * One deviation and the comparison of the scores of the episodes with it and without it.
   * Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  public static final class Row {
    private final ConformanceReport.Deviation deviation;
    private final MeanComparison comparison;

    Row(ConformanceReport.Deviation deviation, MeanComparison comparison) {
      this.deviation = deviation;
      this.comparison = comparison;
    }

    /**
     * The deviation, with its counts over all episodes (scored or not).
     *
     * @return the deviation
     */
    public ConformanceReport.Deviation deviation() {
      return deviation;
    }

    /**
     * The scores of the scored episodes with the deviation (first group) against those without it
     * (second group).
     *
     * @return the comparison
     */
    public MeanComparison comparison() {
      return comparison;
    }

    /**
     * The row in the form {@code "LOOP paying: difference -1.250 (3 vs 12)"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
      return deviation.kind() + " " + deviation.subject() + ": difference " + comparison.difference() + " ("
          + comparison.firstCount() + " vs " + comparison.secondCount() + ")";
    }
  }

  private static final List<Column<Row>> COLUMNS = ResultTables.concat(
      ResultTables.concat(ConformanceReport.deviationColumns(Row::deviation), List.of(
          Column.<Row>integer("withCount", r -> r.comparison().firstCount()).header("table.withN"),
          Column.<Row>decimal("withMean", r -> r.comparison().firstMean()).decimals(3).header("table.withMean"),
          Column.<Row>integer("withoutCount", r -> r.comparison().secondCount()).header("table.withoutN"),
          Column.<Row>decimal("withoutMean", r -> r.comparison().secondMean()).decimals(3)
              .header("table.withoutMean"))),
      MeanComparison.differenceColumns(Row::comparison));

  /** Most negative difference first, undefined last; then the report's order (kept by a stable sort). */
  private static final Comparator<Row> ORDER = Comparator.comparingDouble(
      (Row r) -> Double.isNaN(r.comparison().difference()) ? Double.POSITIVE_INFINITY : r.comparison().difference());

  private final JourneyModel model;
  private final double confidence;
  private final int episodeCount;
  private final int unscored;
  private final List<Row> rows;

  private DeviationCost(JourneyModel model, double confidence, int episodeCount, int unscored, List<Row> rows) {
    this.model = model;
    this.confidence = confidence;
    this.episodeCount = episodeCount;
    this.unscored = unscored;
    this.rows = rows;
  }

  /** The costs of a report's shown deviations (arguments checked by the report). */
  static DeviationCost of(ConformanceReport report, Alignment plan, int parallelism, JourneyModel model,
      double confidence) {
    double[] scores = report.episodes().scores(model);
    List<ConformanceReport.Deviation> shown = report.deviations();
    int n = scores.length;
    int d = shown.size();
    // which deviation (by its place in the report) each key is, -1 for none shown
    int[] shownIndex = new int[plan.keyCount()];
    java.util.Arrays.fill(shownIndex, -1);
    for (int i = 0; i < d; i++) {
      shownIndex[shown.get(i).key] = i;
    }
    int words = (n + 63) >>> 6;
    long[][] has = new long[d][words];
    if (d > 0) {
      // the ranges are multiples of 64 episodes: every thread sets bits of its own words only
      plan.run(plan.threads(parallelism), (a, slot, from, to) -> {
        for (int e = from; e < to; e++) {
          a.align(e);
          for (int p : plan.moments) {
            if (shownIndex[p] >= 0 && !a.matched(p)) {
              has[shownIndex[p]][e >>> 6] |= 1L << e;
            }
          }
          for (int i = 0; i < a.keysFound(); i++) {
            int s = shownIndex[a.keyAt(i)];
            if (s >= 0) {
              has[s][e >>> 6] |= 1L << e;
            }
          }
        }
      });
    }
    int unscored = 0;
    for (double s : scores) {
      unscored += Double.isNaN(s) ? 1 : 0;
    }
    double[] with = new double[n];
    double[] without = new double[n];
    List<Row> rows = new ArrayList<>(d);
    for (int i = 0; i < d; i++) {
      int a = 0;
      int b = 0;
      for (int e = 0; e < n; e++) {
        if (Double.isNaN(scores[e])) {
          continue;
        }
        if ((has[i][e >>> 6] & (1L << e)) != 0) {
          with[a++] = scores[e];
        } else {
          without[b++] = scores[e];
        }
      }
      rows.add(new Row(shown.get(i), MeanComparison.of(with, a, without, b, confidence)));
    }
    rows.sort(ORDER);
    return new DeviationCost(model, confidence, n, unscored, List.copyOf(rows));
  }

  /**
   * The journey model of the scores.
   *
   * @return the model
   */
  public JourneyModel model() {
    return model;
  }

  /**
   * The confidence of the intervals.
   *
   * @return in (0, 1)
   */
  public double confidence() {
    return confidence;
  }

  /**
   * The number of episodes, scored or not.
   *
   * @return the count, {@code >= 0}
   */
  public int episodeCount() {
    return episodeCount;
  }

  /**
   * The number of episodes without a score under the model, left out of every comparison.
   *
   * @return the count, in {@code [0, episodeCount()]}
   */
  public int unscoredCount() {
    return unscored;
  }

  /**
   * The deviations and their costs, most negative difference first.
   *
   * @return an unmodifiable list, one row per deviation the report shows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The costs for every {@link Format}: JSON fields {@code model}, {@code confidence}, {@code
   * episodeCount} and {@code unscoredCount}, and the table {@code costs} with {@code kind}, {@code
   * subject}, {@code withCount}, {@code withMean}, {@code withoutCount}, {@code withoutMean} (the
   * scored episodes with and without the deviation, and their mean scores), {@code difference},
   * {@code lower}, {@code upper} (Welch's interval), {@code df} and {@code p} (undefined figures
   * null in JSON, empty in CSV).
   *
   * @return the description of these costs
   */
  @Override
  public Tables tables() {
    double percent = confidence * 100.0;
    return ResultTables.builder()
        .line((Cells c) -> c.fill("title.deviationCost", Text.of(c).label(model, model.name()), c.count(rows.size()),
            c.count(episodeCount - unscored), c.count(unscored), c.num(percent, percent == Math.rint(percent) ? 0 : 2)))
        .field("model", model.name())
        .field("confidence", confidence)
        .field("episodeCount", episodeCount)
        .field("unscoredCount", unscored)
        .table(ResultTables.table("costs", COLUMNS, rows))
        .build();
  }

  /**
   * A headline (model, deviations, scored and unscored episodes, confidence) and a table of the
   * deviations by cost (the first and last ones when there are many).
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
