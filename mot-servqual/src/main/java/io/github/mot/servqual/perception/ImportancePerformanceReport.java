package io.github.mot.servqual.perception;

import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.servqual.internal.Text;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The result of an importance-performance analysis ({@link ImportancePerformance}).
 *
 * @since 0.1.0
 */
public sealed interface ImportancePerformanceReport extends Tabular permits Rows.Ipa {

  /** {@return the items or dimensions, in instrument order} */
  List<Point> points();

  /** {@return the importance that splits high from low} */
  double importanceCut();

  /** {@return the performance that splits high from low} */
  double performanceCut();

  /** {@return true if the cuts are the grand means of the points, false if given} */
  boolean grandMeanCuts();

  /** {@return how performance was measured: mean perception or a top-box share (since 0.2.0)} */
  PerformanceMeasure performanceMeasure();

  /**
   * The ranked list of priorities: first by quadrant in the order {@link
   * Quadrant#CONCENTRATE_HERE}, {@link Quadrant#KEEP_UP_THE_GOOD_WORK}, {@link
   * Quadrant#LOW_PRIORITY}, {@link Quadrant#POSSIBLE_OVERKILL}, then by descending priority score.
   *
   * @return the points, most urgent first
   */
  default List<Point> priorities() {
    List<Point> ranked = new ArrayList<>(points());
    ranked.sort(Comparator.comparing(Point::quadrant)
        .thenComparing(Comparator.comparingDouble(Point::priority).reversed()));
    return List.copyOf(ranked);
  }

  /**
   * The analysis for every {@link Format}: the cuts and the ranked priorities (CSV: one row per
   * point, most urgent first, {@code rank,id,label,dimension,n,importance,performance,quadrant,
   * priority}; JSON: {@code importanceCut}, {@code performanceCut}, {@code grandMeanCuts}, {@code
   * performanceMeasure} and {@code priorities}, where only items have an {@code id}).
   *
   * @return the description of this report
   * @since 0.3.0
   */
  @Override
  Tables tables();

  /**
   * The cuts and the ranked priorities as an aligned table: {@code Format.TEXT.render(this)}.
   *
   * @return the report as text
   */
  @Override
  String toString();

  /**
   * The same tables in a language: headers, dimension, standard item, quadrant and position
   * labels from the bundle {@code io.github.mot.servqual.i18n.labels} (English where it has no
   * translation; constant and dimension names as in {@link #toString()} for a language without
   * a bundle), numbers with the locale's decimal separator ({@code 0,512} for {@code de-DE}).
   * {@code toString(Locale.ENGLISH)} equals {@link #toString()}. {@code Format.TEXT.render(this,
   * locale)}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the report as text
   * @throws NullPointerException if {@code locale} is null
   */
  default String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }

  /**
   * One item or dimension placed on the importance-performance grid (Martilla and James 1977).
   *
   * <p>The priority score is {@code (importance - importanceCut) / importanceSpread - (performance -
   * performanceCut) / performanceSpread}, where a spread is the range of that axis over all points
   * (1 if the range is 0): high when the attribute matters more and performs worse than the rest.
   *
   * @since 0.1.0
   */
  public sealed interface Point permits Rows.Point {

    /** {@return the item label or dimension name} */
    String label();

    /** {@return the dimension} */
    Dimension dimension();

    /** {@return the 1-based item id, empty for a dimension} */
    OptionalInt itemId();

    /** {@return the respondents behind the performance (and the points-based importance)} */
    long n();

    /** {@return the importance: mean points for a dimension, or the value supplied per item} */
    double importance();

    /** {@return the mean perception, on the instrument's scale} */
    double performance();

    /** {@return the quadrant} */
    Quadrant quadrant();

    /** {@return the priority score described above} */
    double priority();
  }

  /**
   * The four quadrants of importance-performance analysis (Martilla and James 1977). An attribute is
   * of high importance when its importance is at or above the importance cut, of high performance
   * when its performance is at or above the performance cut.
   *
   * @since 0.1.0
   */
  public enum Quadrant {
    /** High importance, low performance: improve here first. */
    CONCENTRATE_HERE,
    /** High importance, high performance: keep it so. */
    KEEP_UP_THE_GOOD_WORK,
    /** Low importance, low performance: no urgent action. */
    LOW_PRIORITY,
    /** Low importance, high performance: resources may be better spent elsewhere. */
    POSSIBLE_OVERKILL;

    /**
     * The label in a language, from the bundle {@code io.github.mot.servqual.i18n.labels} (key
     * {@code Quadrant.<CONSTANT>}), English where the language has no translation.
     *
     * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
     * @return the label, not blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String label(Locale locale) {
      return Text.labels(locale).label(this);
    }

    static Quadrant of(boolean highImportance, boolean highPerformance) {
      if (highImportance) {
        return highPerformance ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
      }
      return highPerformance ? POSSIBLE_OVERKILL : LOW_PRIORITY;
    }
  }
}
