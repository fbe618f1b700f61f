package io.github.mot.servqual.perception;

import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.internal.AnalysisOptions;
import io.github.mot.servqual.internal.Engine;
import io.github.mot.core.internal.Preconditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Importance-performance analysis (Martilla and James 1977): each dimension (importance from the
 * respondents' importance points) or item (importance supplied by the caller) is placed by its
 * importance and its performance, the mean perception, into one of four {@link ImportancePerformanceReport.Quadrant}s, split at
 * the grand means of the points or at given cuts.
 *
 * <pre>{@code
 * ImportancePerformanceReport ipa = ImportancePerformance.withDefaults().analyzeDimensions(data);
 * ipa.priorities();   // CONCENTRATE_HERE first
 * }</pre>
 *
 * <p>Dimension performance is the mean of the respondents' dimension mean perceptions; dimension
 * importance is the mean of the respondents' points (scaled to sum to 100). Defaults: listwise
 * deletion over the perception answers, cuts at the grand means. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ImportancePerformance {

  private static final ImportancePerformance DEFAULTS =
      new ImportancePerformance(AnalysisOptions.DEFAULTS, Double.NaN, Double.NaN, PerformanceMeasure.MEAN);

  private final AnalysisOptions options;
  private final double importanceCut;
  private final double performanceCut;
  private final PerformanceMeasure measure;

  private ImportancePerformance(AnalysisOptions options, double importanceCut, double performanceCut,
      PerformanceMeasure measure) {
    this.options = options;
    this.importanceCut = importanceCut;
    this.performanceCut = performanceCut;
    this.measure = measure;
  }

  /**
   * The analysis with listwise deletion and cuts at the grand means.
   *
   * @return the default analysis
   */
  public static ImportancePerformance withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another missing-data policy.
   *
   * @param policy listwise or pairwise deletion of perception answers
   * @return the reconfigured analysis
   * @throws NullPointerException if {@code policy} is null
   */
  public ImportancePerformance withMissing(MissingPolicy policy) {
    return new ImportancePerformance(options.withMissing(policy), importanceCut, performanceCut, measure);
  }

  /**
   * A copy that measures performance another way: the mean perception (the default) or a top-box
   * share ({@link PerformanceMeasure#topBox()}, {@link PerformanceMeasure#topTwoBox()}).
   *
   * @param measure the performance measure
   * @return the reconfigured analysis
   * @throws NullPointerException if {@code measure} is null
   * @since 0.2.0
   */
  public ImportancePerformance withPerformance(PerformanceMeasure measure) {
    return new ImportancePerformance(options, importanceCut, performanceCut,
        Objects.requireNonNull(measure, "measure"));
  }

  /**
   * The performance measure.
   *
   * @return the measure, {@link PerformanceMeasure#MEAN} by default
   * @since 0.2.0
   */
  public PerformanceMeasure performanceMeasure() {
    return measure;
  }

  /**
   * A copy that splits the quadrants at the given cuts instead of the grand means.
   *
   * @param importance the importance cut, finite
   * @param performance the performance cut, finite (on the instrument's scale, or a share in [0, 1]
   *     for a top-box measure)
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if a cut is NaN or infinite
   */
  public ImportancePerformance withCuts(double importance, double performance) {
    requireFinite("importance cut", importance);
    requireFinite("performance cut", performance);
    return new ImportancePerformance(options, importance, performance, measure);
  }

  /**
   * A copy that splits the quadrants at the grand means (the default).
   *
   * @return the reconfigured analysis
   */
  public ImportancePerformance withGrandMeanCuts() {
    return new ImportancePerformance(options, Double.NaN, Double.NaN, measure);
  }

  /**
   * The missing-data policy over the perception answers.
   *
   * @return the policy, listwise by default
   * @since 0.3.0
   */
  public MissingPolicy missingPolicy() {
    return options.missingPolicy();
  }

  /**
   * The importance cut that splits high from low importance.
   *
   * @return the cut given to {@link #withCuts(double, double)}, or empty when the quadrants are split
   *     at the grand means (the default)
   * @since 0.3.0
   */
  public OptionalDouble importanceCut() {
    return Double.isNaN(importanceCut) ? OptionalDouble.empty() : OptionalDouble.of(importanceCut);
  }

  /**
   * The performance cut that splits high from low performance.
   *
   * @return the cut given to {@link #withCuts(double, double)}, or empty when the quadrants are split
   *     at the grand means (the default)
   * @since 0.3.0
   */
  public OptionalDouble performanceCut() {
    return Double.isNaN(performanceCut) ? OptionalDouble.empty() : OptionalDouble.of(performanceCut);
  }

  private static void requireFinite(String field, double value) {
    Preconditions.check(Math.abs(value) < Double.POSITIVE_INFINITY, field, "finite", value);
  }

  /**
   * Places each dimension by its mean importance points and its mean perception.
   *
   * @param data survey data with perception answers and importance points
   * @return the report
   * @throws IllegalArgumentException if the data has no perception answers or no importance points, or
   *     a top-box measure counts as many boxes as the scale has points
   */
  public ImportancePerformanceReport analyzeDimensions(SurveyData data) {
    Objects.requireNonNull(data, "data");
    if (!data.hasPoints()) {
      throw new IllegalArgumentException(
          "survey data must have importance points for a dimension-level importance-performance analysis but has none");
    }
    Engine e = engine(data);
    Instrument ins = data.instrument();
    List<Dimension> dims = ins.dimensions();
    double[] imp = new double[dims.size()];
    double[] perf = new double[dims.size()];
    long[] n = new long[dims.size()];
    String[] labels = new String[dims.size()];
    for (int d = 0; d < dims.size(); d++) {
      imp[d] = e.total.pointsN[d] == 0 ? Double.NaN : e.total.points(d) / e.total.pointsN[d];
      perf[d] = Engine.mean(e.dims[d], 0, e.dimensionSize(d), ins.scale().min());
      n[d] = e.dims[d].n;
      labels[d] = dims.get(d).name();
    }
    if (!measure.isMean()) {
      perf = measure.dimensionShares(data, options.listwise());
    }
    return place(labels, dims.toArray(new Dimension[0]), null, n, imp, perf);
  }

  /**
   * Places each item by a supplied importance (for example mean importance ratings from another
   * question) and its mean perception.
   *
   * @param data survey data with perception answers
   * @param importance one finite importance per item, in item order
   * @return the report
   * @throws IllegalArgumentException if the list does not have one finite value per item, the data
   *     has no perception answers, or a top-box measure counts as many boxes as the scale has points
   */
  public ImportancePerformanceReport analyzeItems(SurveyData data, List<Double> importance) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(importance, "importance");
    Instrument ins = data.instrument();
    if (importance.size() != ins.size()) {
      throw new IllegalArgumentException(
          "importance must have one value per item (" + ins.size() + ") but had " + importance.size());
    }
    double[] imp = new double[ins.size()];
    for (int i = 0; i < imp.length; i++) {
      imp[i] = Objects.requireNonNull(importance.get(i), "importance");
      requireFinite("importance of item " + (i + 1), imp[i]);
    }
    Engine e = engine(data);
    double[] perf = new double[ins.size()];
    long[] n = new long[ins.size()];
    String[] labels = new String[ins.size()];
    Dimension[] dims = new Dimension[ins.size()];
    int[] ids = new int[ins.size()];
    for (int i = 0; i < ins.size(); i++) {
      perf[i] = Engine.mean(e.items[i], 0, 1, ins.scale().min());
      n[i] = e.items[i].n;
      labels[i] = ins.items().get(i).label();
      dims[i] = ins.items().get(i).dimension();
      ids[i] = i + 1;
    }
    if (!measure.isMean()) {
      perf = measure.itemShares(data, options.listwise());
    }
    return place(labels, dims, ids, n, imp, perf);
  }

  private Engine engine(SurveyData data) {
    return new Engine(data, List.of(AnswerKind.PERCEPTION), options.missingPolicy(), null, 0, false).run();
  }

  private ImportancePerformanceReport place(String[] labels, Dimension[] dims, int @org.jspecify.annotations.Nullable [] ids,
      long[] n, double[] imp, double[] perf) {
    boolean grand = Double.isNaN(importanceCut);
    double ic = grand ? meanOfFinite(imp) : importanceCut;
    double pc = grand ? meanOfFinite(perf) : performanceCut;
    double is = spread(imp);
    double ps = spread(perf);
    List<ImportancePerformanceReport.Point> points = new ArrayList<>();
    for (int j = 0; j < labels.length; j++) {
      ImportancePerformanceReport.Quadrant q = ImportancePerformanceReport.Quadrant.of(imp[j] >= ic, perf[j] >= pc);
      double priority = (imp[j] - ic) / is - (perf[j] - pc) / ps;
      points.add(new Rows.Point(labels[j], dims[j], ids == null ? OptionalInt.empty() : OptionalInt.of(ids[j]), n[j],
          imp[j], perf[j], q, priority));
    }
    return new Rows.Ipa(points, ic, pc, grand, measure);
  }

  private static double meanOfFinite(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  private static double spread(double[] x) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return hi > lo ? hi - lo : 1.0;
  }

  /**
   * For example {@code ImportancePerformance[missing=LISTWISE, cuts=grand means]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ImportancePerformance[missing=%s, cuts=%s, performance=%s]",
        options.missingPolicy(),
        Double.isNaN(importanceCut) ? "grand means" : importanceCut + ", " + performanceCut, measure);
  }
}
