package io.github.mot.servqual.gap;

import io.github.mot.servqual.internal.OptionsAnalysis;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.internal.AnalysisOptions;
import io.github.mot.servqual.internal.Engine;
import io.github.mot.servqual.internal.ModelAccess;
import io.github.mot.servqual.internal.PlainData;
import io.github.mot.servqual.internal.Stats;
import io.github.mot.core.internal.Preconditions;
import java.util.ArrayList;
import org.apache.commons.statistics.distribution.TDistribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The SERVQUAL gap analysis (Parasuraman, Zeithaml and Berry 1988, 1991, 1994), configured by
 * copying:
 *
 * <pre>{@code
 * GapReport report = GapAnalysis.withDefaults()
 *     .withMissing(MissingPolicy.PAIRWISE)
 *     .analyze(data);
 * }</pre>
 *
 * <p>One pass over the columnar answers, block by block of respondents that stay in the CPU cache,
 * collects exact integer sums; every statistic (item and dimension gaps, paired t tests,
 * confidence intervals, Cronbach's alpha, overall scores) is then derived from them, so results
 * are deterministic and do not depend on the order of respondents (the weighted score with
 * importance points that are not whole numbers, summed in floating point, up to rounding) nor on
 * the number of threads ({@link #withParallelism(int)}). The defaults are listwise deletion, 95%
 * confidence intervals and one thread. One million respondents of the 22-item instrument with E,
 * P and importance points take about 30 ms on one core of a 2020s server (see the project's
 * BENCHMARKS.md).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GapAnalysis extends OptionsAnalysis<GapAnalysis> {

  private static final GapAnalysis DEFAULTS = new GapAnalysis(AnalysisOptions.DEFAULTS, 1);

  private final int parallelism;

  private GapAnalysis(AnalysisOptions options, int parallelism) {
    super(options);
    this.parallelism = parallelism;
  }

  /**
   * The analysis with listwise deletion and 95% confidence intervals.
   *
   * @return the default analysis
   */
  public static GapAnalysis withDefaults() {
    return DEFAULTS;
  }

  @Override
  protected GapAnalysis with(AnalysisOptions options) {
    return new GapAnalysis(options, parallelism);
  }

  /**
   * A copy that analyses with up to {@code threads} threads: the calling thread and {@code threads
   * - 1} short-lived worker threads, each taking ranges of respondents (chunks of 16 blocks of up to
   * 4,096 respondents) and collecting their sums, which are then merged in range order. The ranges
   * depend on the instrument only, and the sums are exact integers (or, where an exact form could
   * overflow, merged in range order), so every report is identical, bit for bit, whatever the
   * number of threads. Worth it from about a hundred thousand respondents; small data sets use one
   * thread anyway. The default is 1: everything on the calling thread.
   *
   * <pre>{@code
   * GapReport report = GapAnalysis.withDefaults()
   *     .withParallelism(Runtime.getRuntime().availableProcessors())
   *     .analyze(data);
   * }</pre>
   *
   * @param threads the most threads to use, {@code >= 1}
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public GapAnalysis withParallelism(int threads) {
    Preconditions.check(threads >= 1, "parallelism", ">= 1 thread", threads);
    return new GapAnalysis(options, threads);
  }

  /**
   * The most threads an analysis uses.
   *
   * @return the parallelism, {@code >= 1}
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Analyses every respondent.
   *
   * @param data survey data with expectation and perception answers
   * @return the report; with adequate and desired answers too, it includes the zones of tolerance
   * @throws IllegalArgumentException if the data has no expectation or no perception answers
   * @throws NullPointerException if {@code data} is null
   */
  public GapReport analyze(SurveyData data) {
    return analyze(data, null, 0);
  }

  /**
   * An empty mergeable tally of this analysis for survey data of {@code instrument}: add shards of
   * respondents on many machines, merge the tallies (or ship them as bytes), and its report is what
   * {@link #analyze(SurveyData)} gives on all the respondents at once, bit for bit. See {@link
   * GapTally}.
   *
   * <pre>{@code
   * GapTally north = GapAnalysis.withDefaults().tally(Instrument.standard()).add(northShard);
   * }</pre>
   *
   * @param instrument the instrument of every shard's data
   * @return a new, empty tally
   * @throws IllegalArgumentException if the instrument's exact score sums would overflow (see
   *     {@link GapTally})
   * @throws NullPointerException if {@code instrument} is null
   * @since 0.4.0
   */
  public GapTally tally(Instrument instrument) {
    return new GapTally(this, instrument);
  }

  /**
   * Zones of tolerance per item and dimension (PZB 1994).
   *
   * @param data survey data with adequate, desired and perception answers
   * @return the zones
   * @throws IllegalArgumentException if the data lacks adequate, desired or perception answers
   * @throws NullPointerException if {@code data} is null
   */
  public ZoneReport zones(SurveyData data) {
    return zones(data, null, 0);
  }

  /**
   * The same analysis for each value of an attribute (segment, branch, date...), in the order the
   * values were first seen. Respondents without a value are in no segment.
   *
   * @param data survey data with expectation and perception answers
   * @param attribute the attribute name
   * @return one report per value
   * @throws IllegalArgumentException if the data has no such attribute or lacks E or P answers
   */
  public SegmentReport analyzeSegments(SurveyData data, String attribute) {
    ModelAccess model = ModelAccess.get();
    int[] codes = model.attributeCodes(data, model.attributeIndex(data, attribute));
    Map<String, GapReport> reports = new LinkedHashMap<>();
    List<String> values = data.attributeValues(attribute);
    for (int code = 0; code < values.size(); code++) {
      reports.put(values.get(code), analyze(data, codes, code));
    }
    return new SegmentReport(attribute, reports);
  }

  /**
   * Compares two segments with Welch's t test: every item gap, every dimension gap and the
   * overall scores (the weighted one when both segments have points).
   *
   * @param data survey data with expectation and perception answers
   * @param attribute the attribute name
   * @param first the first segment's value
   * @param second the second segment's value
   * @return the comparison; differences are {@code first - second}
   * @throws IllegalArgumentException if the attribute or a value does not occur, or E or P is absent
   */
  public SegmentComparison compareSegments(SurveyData data, String attribute, String first, String second) {
    ModelAccess model = ModelAccess.get();
    int[] codes = model.attributeCodes(data, model.attributeIndex(data, attribute));
    GapReport one = analyze(data, codes, code(data, attribute, first));
    GapReport two = analyze(data, codes, code(data, attribute, second));
    List<SegmentComparison.WelchTest> items = new ArrayList<>();
    for (int i = 0; i < one.items().size(); i++) {
      GapReport.ItemGap x = one.items().get(i);
      items.add(welch(x.id() + " " + x.label(), x.gap(), two.items().get(i).gap()));
    }
    List<SegmentComparison.WelchTest> dims = new ArrayList<>();
    for (int d = 0; d < one.dimensions().size(); d++) {
      dims.add(welch(one.dimensions().get(d).dimension().name(), one.dimensions().get(d).gap(),
          two.dimensions().get(d).gap()));
    }
    List<SegmentComparison.WelchTest> overall = new ArrayList<>();
    overall.add(welch("unweighted SERVQUAL", one.unweighted(), two.unweighted()));
    if (one.weighted().isPresent() && two.weighted().isPresent()) {
      overall.add(welch("weighted SERVQUAL", one.weighted().get(), two.weighted().get()));
    }
    overall.add(welch("SERVPERF", one.servperf(), two.servperf()));
    return new Rows.Comparison(attribute, first, second, one, two, items, dims, overall);
  }

  /**
   * The paired t test of plain data, for scripts: the mean difference {@code x[i] - y[i]} with its
   * standard deviation, t test against 0 and confidence interval at this analysis' level (R's
   * {@code t.test(x, y, paired = TRUE)}). A pair with a NaN is left out. The result is the {@link
   * MeanEstimate} that {@link #analyze(SurveyData)} gives for an item's gap when {@code x} are the
   * perceptions and {@code y} the expectations, and equal to it on the same answers.
   *
   * <pre>{@code
   * MeanEstimate t = GapAnalysis.withDefaults().pairedTest(new double[] {5, 4, 6}, new double[] {6, 6, 6});
   * }</pre>
   *
   * @param x the first values, such as the perceptions (any real numbers; NaN: missing)
   * @param y the second values, paired by position, such as the expectations
   * @return the mean difference and its test
   * @throws IllegalArgumentException if the arrays differ in length, or a value is infinite
   * @throws NullPointerException if an array is null
   * @since 0.4.0
   */
  public MeanEstimate pairedTest(double[] x, double[] y) {
    return PlainData.estimate(PlainData.differences(x, y), options.confidenceLevel());
  }

  /**
   * Welch's t test of plain data, for scripts: the difference of the means of two independent
   * samples, {@code mean(x) - mean(y)}, with Welch-Satterthwaite degrees of freedom (R's {@code
   * t.test(x, y)}); NaNs are left out. The result is the {@link SegmentComparison.WelchTest} that
   * {@link #compareSegments} gives for an item when {@code x} and {@code y} are the two segments'
   * gaps, labelled {@code "x - y"}, and equal to it on the same values.
   *
   * <pre>{@code
   * SegmentComparison.WelchTest w = GapAnalysis.withDefaults().welchTest(new double[] {1, 2, 3}, new double[] {2, 4, 6, 8});
   * }</pre>
   *
   * @param x the first sample (any real numbers; NaN: missing)
   * @param y the second sample
   * @return the test
   * @throws IllegalArgumentException if a value is infinite
   * @throws NullPointerException if an array is null
   * @since 0.4.0
   */
  public SegmentComparison.WelchTest welchTest(double[] x, double[] y) {
    double level = options.confidenceLevel();
    return welch("x - y", PlainData.estimate(PlainData.present("x", x), level),
        PlainData.estimate(PlainData.present("y", y), level));
  }

  private SegmentComparison.WelchTest welch(String label, MeanEstimate a, MeanEstimate b) {
    return welch(label, a.n(), a.mean(), square(a.standardDeviation()), b.n(), b.mean(),
        square(b.standardDeviation()), options.confidenceLevel());
  }

  private static double square(double x) {
    return x * x;
  }

  private static int code(SurveyData data, String attribute, String value) {
    List<String> values = data.attributeValues(attribute);
    int code = values.indexOf(Objects.requireNonNull(value, "value"));
    if (code < 0) {
      throw Preconditions.invalid("segment value of " + attribute, "one of " + values, value);
    }
    return code;
  }

  GapReport analyze(SurveyData data, int @Nullable [] filter, int code) {
    Objects.requireNonNull(data, "data");
    if (!data.has(AnswerKind.EXPECTATION) && data.has(AnswerKind.PERCEPTION)) {
      throw new IllegalArgumentException("survey data must have expectation answers for a gap analysis but has"
          + " only " + data.kinds() + ": for perception-only (SERVPERF) data use PerceptionAnalysis,"
          + " ReliabilityAnalysis and ImportancePerformance");
    }
    Engine e = new Engine(data, List.of(AnswerKind.EXPECTATION, AnswerKind.PERCEPTION), options.missingPolicy(), filter, code, true)
        .run(parallelism);
    Optional<ZoneReport> zones = data.has(AnswerKind.ADEQUATE) && data.has(AnswerKind.DESIRED)
        ? Optional.of(zones(data, filter, code))
        : Optional.empty();
    return report(data.instrument(), e.total, e.unwExact, e.unwDivisor, e.wExact, e.wDivisor, data.hasPoints(), zones);
  }

  /**
   * The report from the gap engine's sums (kinds E and P, with reliability).
   *
   * @param unwExact whether the unweighted score was summed exactly, in multiples of 1 / unwDivisor
   * @param wExact whether the weighted score was summed exactly, in multiples of 1 / wDivisor
   * @param hasPoints whether the data has importance points: the report then has the weighted score
   */
  GapReport report(Instrument ins, Engine.Sums t, boolean unwExact, long unwDivisor, boolean wExact, long wDivisor,
      boolean hasPoints, Optional<ZoneReport> zones) {
    double min = ins.scale().min();
    List<GapReport.ItemGap> items = new ArrayList<>();
    for (int i = 0; i < ins.size(); i++) {
      Engine.Moments m = t.items[i];
      Item item = ins.items().get(i);
      items.add(new Rows.ItemGap(i + 1, item.label(), item.dimension(), m.n, Engine.mean(m, 0, 1, min), Math.sqrt(m.variance(0)),
          Engine.mean(m, 1, 1, min), Math.sqrt(m.variance(1)), gap(m, 0, 1, 1)));
    }
    List<GapReport.DimensionGap> dims = new ArrayList<>();
    List<Dimension> dimensions = ins.dimensions();
    for (int d = 0; d < dimensions.size(); d++) {
      Engine.Moments m = t.dims[d];
      List<Integer> idList = ins.itemIds(dimensions.get(d));
      int k = idList.size();
      int[] ids = idList.stream().mapToInt(Integer::intValue).toArray();
      dims.add(new Rows.DimensionGap(dimensions.get(d), idList, m.n, Engine.mean(m, 0, k, min), Math.sqrt(m.variance(0)) / k,
          Engine.mean(m, 1, k, min), Math.sqrt(m.variance(1)) / k, gap(m, 0, 1, k),
          reliability(t.rel[d][0], ids), reliability(t.rel[d][1], ids), reliability(t.rel[d][2], ids)));
    }
    MeanEstimate unweighted = unwExact
        ? exact(t.unwN, t.unwS, t.unwSS, unwDivisor)
        : Stats.estimate(t.unwDouble.n, t.unwDouble.n == 0 ? Double.NaN : t.unwDouble.mean,
            t.unwDouble.variance(), options.confidenceLevel());
    Optional<MeanEstimate> weighted = Optional.empty();
    if (hasPoints) {
      weighted = Optional.of(wExact
          ? exact(t.wN, t.wS, t.wSS, wDivisor)
          : Stats.estimate(t.weighted.n, t.weighted.n == 0 ? Double.NaN : t.weighted.mean,
              t.weighted.variance(), options.confidenceLevel()));
    }
    double m = ins.size();
    MeanEstimate servperf = Stats.estimate(t.perfN, t.perfN == 0 ? Double.NaN : t.perfS / m / t.perfN + min,
        Stats.variance(t.perfN, t.perfS, t.perfSS) / (m * m), options.confidenceLevel());
    return new GapReport(ins.name(), options.missingPolicy(), t.respondents, t.complete, items, dims, unweighted, weighted, servperf,
        zones);
  }

  /** The estimate of a mean from exact sums of integer scores {@code score x divisor}. */
  private MeanEstimate exact(long n, long s, long ss, long divisor) {
    double div = divisor;
    return Stats.estimate(n, n == 0 ? Double.NaN : s / div / n, Stats.variance(n, s, ss) / (div * div),
        options.confidenceLevel());
  }

  ZoneReport zones(SurveyData data, int @Nullable [] filter, int code) {
    Objects.requireNonNull(data, "data");
    Engine e = new Engine(data, List.of(AnswerKind.ADEQUATE, AnswerKind.DESIRED, AnswerKind.PERCEPTION), options.missingPolicy(),
        filter, code, false).run(parallelism);
    return zoneReport(data.instrument(), e.total);
  }

  /** The zones from the zone engine's sums (kinds A, D and P, without reliability). */
  ZoneReport zoneReport(Instrument ins, Engine.Sums t) {
    double min = ins.scale().min();
    List<ZoneReport.Zone> items = new ArrayList<>();
    for (int i = 0; i < ins.size(); i++) {
      Item item = ins.items().get(i);
      items.add(zone(item.label(), item.dimension(), OptionalInt.of(i + 1), t.items[i], 1, min));
    }
    List<ZoneReport.Zone> dims = new ArrayList<>();
    List<Dimension> dimensions = ins.dimensions();
    for (int d = 0; d < dimensions.size(); d++) {
      dims.add(zone(dimensions.get(d).name(), dimensions.get(d), OptionalInt.empty(), t.dims[d],
          ins.itemIds(dimensions.get(d)).size(), min));
    }
    return new ZoneReport(ins.name(), options.missingPolicy(), t.respondents, t.complete, items, dims);
  }

  private ZoneReport.Zone zone(String label, Dimension dim, OptionalInt id, Engine.Moments m, int k, double min) {
    MeanEstimate msa = gap(m, 0, 2, k);
    MeanEstimate mss = gap(m, 1, 2, k);
    return new Rows.Zone(label, dim, id, m.n, Engine.mean(m, 0, k, min), Engine.mean(m, 1, k, min), Engine.mean(m, 2, k, min), msa,
        mss, ZoneReport.Position.of(msa.mean(), mss.mean()));
  }

  /** Mean of kind x over respondents' means of k items, back on the scale. */
  /** The estimate of the mean difference (kind y - kind x) / k. */
  private MeanEstimate gap(Engine.Moments m, int x, int y, int k) {
    double mean = m.n == 0 ? Double.NaN : (double) m.diffSum(x, y) / k / m.n;
    return Stats.estimate(m.n, mean, m.diffVariance(x, y) / ((double) k * k), options.confidenceLevel());
  }

  private static CronbachAlpha reliability(Engine.RelSums r, int[] ids) {
    return Stats.reliability(r.n, ids, r.s, r.ss, r.sxt, r.st, r.sst);
  }

  /**
   * For example {@code GapAnalysis[missing=LISTWISE, confidence=0.95, parallelism=1]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "GapAnalysis[missing=%s, confidence=%s, parallelism=%d]",
        options.missingPolicy(), options.confidenceLevel(), parallelism);
  }

  /** Welch's test from two groups' summaries; see {@link SegmentComparison.WelchTest}. */
  private static SegmentComparison.WelchTest welch(
      String label, long n1, double m1, double v1, long n2, double m2, double v2, double level) {
    double diff = m1 - m2;
    double nan = Double.NaN;
    if (n1 < 2 || n2 < 2) {
      return new Rows.Welch(label, n1, m1, Math.sqrt(v1), n2, m2, Math.sqrt(v2), diff, nan, nan, nan, nan, nan, nan, level);
    }
    double a = v1 / n1;
    double b = v2 / n2;
    double se = Math.sqrt(a + b);
    if (se == 0) {
      double t = diff == 0 ? nan : Math.copySign(Double.POSITIVE_INFINITY, diff);
      double p = diff == 0 ? nan : 0.0;
      return new Rows.Welch(label, n1, m1, 0, n2, m2, 0, diff, 0, t, nan, p, diff, diff, level);
    }
    double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
    TDistribution dist = TDistribution.of(df);
    double t = diff / se;
    double p = Math.min(1.0, 2.0 * dist.survivalProbability(Math.abs(t)));
    double q = dist.inverseSurvivalProbability((1.0 - level) / 2.0);
    return new Rows.Welch(
        label, n1, m1, Math.sqrt(v1), n2, m2, Math.sqrt(v2), diff, se, t, df, p, diff - q * se, diff + q * se, level);
  }
}
