package io.github.mot.servqual.perception;

import io.github.mot.servqual.internal.OptionsAnalysis;
import io.github.mot.servqual.internal.ModelAccess;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.internal.AlphaMath;
import io.github.mot.servqual.internal.AnalysisOptions;
import io.github.mot.servqual.internal.ScaleValues;
import io.github.mot.servqual.internal.Stats;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The analysis of perception-only data (SERVPERF, Cronin and Taylor 1992): surveys that ask only
 * how the service was, with no expectation column. It gives what such data supports: mean
 * perceptions per item and dimension with confidence intervals, Cronbach's alpha per dimension and
 * the SERVPERF score; gaps need expectations and are not computed. The data may have other kinds
 * too; only the perceptions are read. {@link ReliabilityAnalysis}, {@link ImportancePerformance}
 * and {@link io.github.mot.servqual.io.SurveyReader} work on such data as well.
 *
 * <pre>{@code
 * PerceptionReport servperf = PerceptionAnalysis.withDefaults().analyze(data);
 * }</pre>
 *
 * <p>Missing answers: listwise keeps the respondents with every perception; pairwise lets an item
 * use who answered it, a dimension who answered all its items, SERVPERF who answered every item.
 * Means are of scored answers (after reverse coding); standard deviations are sample ones ({@code n -
 * 1}); intervals use Student's t. Defaults: listwise, 95%. Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PerceptionAnalysis extends OptionsAnalysis<PerceptionAnalysis> {

  private static final PerceptionAnalysis DEFAULTS = new PerceptionAnalysis(AnalysisOptions.DEFAULTS);

  private PerceptionAnalysis(AnalysisOptions options) {
    super(options);
  }

  /**
   * The analysis with listwise deletion and 95% intervals.
   *
   * @return the default analysis
   */
  public static PerceptionAnalysis withDefaults() {
    return DEFAULTS;
  }

  @Override
  protected PerceptionAnalysis with(AnalysisOptions options) {
    return new PerceptionAnalysis(options);
  }

  /**
   * Analyses the perceptions.
   *
   * @param data survey data with perception answers
   * @return the report
   * @throws IllegalArgumentException if the data has no perception answers
   * @throws NullPointerException if {@code data} is null
   */
  public PerceptionReport analyze(SurveyData data) {
    Objects.requireNonNull(data, "data");
    Instrument ins = data.instrument();
    int[] all = new int[ins.size()];
    Arrays.setAll(all, i -> i + 1);
    ScaleValues values = ScaleValues.of(data, ScoreKind.PERCEPTION, all);
    int size = data.size();
    boolean[] complete = new boolean[size];
    long completeCases = 0;
    for (int r = 0; r < size; r++) {
      complete[r] = values.complete(r);
      completeCases += complete[r] ? 1 : 0;
    }
    boolean listwise = options.listwise();
    double min = ins.scale().min();
    List<PerceptionReport.ItemPerception> items = new ArrayList<>();
    for (int i = 0; i < ins.size(); i++) {
      long n = 0;
      long s = 0;
      long ss = 0;
      for (int r = 0; r < size; r++) {
        int v = values.values[i][r];
        if (v != ScaleValues.MISSING && (!listwise || complete[r])) {
          n++;
          s += v;
          ss += (long) v * v;
        }
      }
      Item item = ins.items().get(i);
      items.add(new Rows.ItemPerception(i + 1, item.label(), item.dimension(), estimate(n, s, ss, 1, min)));
    }
    List<PerceptionReport.DimensionPerception> dims = new ArrayList<>();
    for (Dimension d : ins.dimensions()) {
      int[] ids = ins.itemIds(d).stream().mapToInt(Integer::intValue).toArray();
      ScaleValues dv = ScaleValues.of(data, ScoreKind.PERCEPTION, ids);
      int[] rows = dv.eligible(true);
      if (listwise) {
        rows = Arrays.stream(rows).filter(r -> complete[r]).toArray();
      }
      long s = 0;
      long ss = 0;
      for (int r : rows) {
        long t = 0;
        for (short[] col : dv.values) {
          t += col[r];
        }
        s += t;
        ss += t * t;
      }
      AlphaMath.Result a = AlphaMath.compute(dv, rows, true, false);
      dims.add(new Rows.DimensionPerception(d, Arrays.stream(ids).boxed().toList(),
          estimate(rows.length, s, ss, ids.length, min), ModelAccess.get().cronbachAlpha(rows.length, ids.length, a.alpha, ModelAccess.get().itemStatistics(ids, a))));
    }
    long s = 0;
    long ss = 0;
    for (int r = 0; r < size; r++) {
      if (complete[r]) {
        long t = 0;
        for (short[] col : values.values) {
          t += col[r];
        }
        s += t;
        ss += t * t;
      }
    }
    MeanEstimate servperf = estimate(completeCases, s, ss, ins.size(), min);
    return new PerceptionReport(ins.name(), options.missingPolicy(), size, completeCases, items, dims, servperf);
  }

  /** The estimate of the mean of respondents' means of k stored answers, back on the scale. */
  private MeanEstimate estimate(long n, long s, long ss, int k, double min) {
    double mean = n == 0 ? Double.NaN : (double) s / k / n + min;
    return Stats.estimate(n, mean, Stats.variance(n, s, ss) / ((double) k * k), options.confidenceLevel());
  }

  /**
   * For example {@code PerceptionAnalysis[missing=LISTWISE, confidence=0.95]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PerceptionAnalysis[missing=%s, confidence=%s]",
        options.missingPolicy(), options.confidenceLevel());
  }
}
