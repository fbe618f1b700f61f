package io.github.mot.servqual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of an importance-performance analysis ({@link ImportancePerformance}).
 *
 * @param points the items or dimensions, in instrument order
 * @param importanceCut the importance that splits high from low
 * @param performanceCut the performance that splits high from low
 * @param grandMeanCuts true if the cuts are the grand means of the points, false if given
 * @param performanceMeasure how performance was measured: mean perception or a top-box share (since
 *     0.2.0)
 * @since 0.1.0
 */
public record IpaReport(
    List<IpaPoint> points,
    double importanceCut,
    double performanceCut,
    boolean grandMeanCuts,
    PerformanceMeasure performanceMeasure) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if a part is null
   */
  public IpaReport {
    points = List.copyOf(points);
    java.util.Objects.requireNonNull(performanceMeasure, "performanceMeasure");
  }

  /**
   * A report whose performance is the mean perception.
   *
   * @param points the items or dimensions, in instrument order
   * @param importanceCut the importance that splits high from low
   * @param performanceCut the performance that splits high from low
   * @param grandMeanCuts true if the cuts are the grand means of the points, false if given
   * @throws NullPointerException if the list is null
   */
  public IpaReport(List<IpaPoint> points, double importanceCut, double performanceCut, boolean grandMeanCuts) {
    this(points, importanceCut, performanceCut, grandMeanCuts, PerformanceMeasure.MEAN);
  }

  /**
   * The ranked list of priorities: first by quadrant in the order {@link
   * Quadrant#CONCENTRATE_HERE}, {@link Quadrant#KEEP_UP_THE_GOOD_WORK}, {@link
   * Quadrant#LOW_PRIORITY}, {@link Quadrant#POSSIBLE_OVERKILL}, then by descending priority score.
   *
   * @return the points, most urgent first
   */
  public List<IpaPoint> priorities() {
    List<IpaPoint> ranked = new ArrayList<>(points);
    ranked.sort(Comparator.comparing(IpaPoint::quadrant)
        .thenComparing(Comparator.comparingDouble(IpaPoint::priority).reversed()));
    return List.copyOf(ranked);
  }

  /**
   * The cuts and the ranked priorities as an aligned table.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    TextTable t = new TextTable("rank", "label", "dimension", "n", "importance", "performance", "quadrant", "priority")
        .leftAlign(1, 2, 6);
    int rank = 1;
    for (IpaPoint p : priorities()) {
      t.row(Integer.toString(rank++), p.itemId().isPresent() ? p.itemId().getAsInt() + " " + p.label() : p.label(),
          p.dimension().name(), Long.toString(p.n()), TextTable.num(p.importance(), 3),
          TextTable.num(p.performance(), 3), p.quadrant().name(), TextTable.num(p.priority(), 3));
    }
    return "Importance-performance analysis (cuts " + (grandMeanCuts ? "at the grand means" : "given")
        + ": importance " + TextTable.num(importanceCut, 3) + ", performance " + TextTable.num(performanceCut, 3)
        + "; performance = " + performanceMeasure.description() + ")\n" + t;
  }
}
