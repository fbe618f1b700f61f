package io.github.mot.servqual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
    return toString(Locale.ENGLISH);
  }

  /**
   * The same tables in a language: headers, dimension, standard item, quadrant and position
   * labels from the bundle {@code io.github.mot.servqual.i18n.labels} (English where it has no
   * translation; constant and dimension names as in {@link #toString()} for a language without
   * a bundle), numbers with the locale's decimal separator ({@code 0,512} for {@code de-DE}).
   * {@code toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the report as text
   * @throws NullPointerException if {@code locale} is null
   */
  public String toString(Locale locale) {
    Text x = Text.of(locale);
    TextTable t = new TextTable(x.get("table.rank"), x.get("table.label"), x.get("table.dimension"), "n",
        x.get("table.importance"), x.get("table.performance"), x.get("table.quadrant"), x.get("table.priority"))
        .leftAlign(1, 2, 6);
    int rank = 1;
    for (IpaPoint p : priorities()) {
      String label = p.itemId().isPresent() ? x.item(p.label())
          : (p.label().equals(p.dimension().name()) ? x.dimension(p.dimension()) : p.label());
      t.row(Integer.toString(rank++), p.itemId().isPresent() ? p.itemId().getAsInt() + " " + label : label,
          x.dimension(p.dimension()), Long.toString(p.n()), x.num(p.importance(), 3),
          x.num(p.performance(), 3), x.constant(p.quadrant()), x.num(p.priority(), 3));
    }
    return x.get("title.ipa") + " (" + x.get(grandMeanCuts ? "text.cutsGrandMeans" : "text.cutsGiven")
        + ": " + x.get("table.importance") + " " + x.num(importanceCut, 3) + ", " + x.get("table.performance") + " "
        + x.num(performanceCut, 3) + "; " + x.get("table.performance") + " = " + performanceMeasure.description(locale)
        + ")\n" + t;
  }
}
