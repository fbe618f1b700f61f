package io.github.mot.servqual.reliability;

import io.github.mot.servqual.internal.OptionsAnalysis;
import io.github.mot.servqual.internal.ModelAccess;
import io.github.mot.servqual.internal.PairSums;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.internal.AlphaMath;
import io.github.mot.servqual.internal.AnalysisOptions;
import io.github.mot.servqual.internal.PlainData;
import io.github.mot.servqual.internal.ScaleValues;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.internal.Workers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * The reliability statistics reviewers ask for, per dimension and score (E, P, A, D and the gap
 * {@code P - E}, whichever the data has): Cronbach's raw and standardised alpha, Feldt's confidence
 * interval, an optional seeded bootstrap percentile interval, corrected item-total correlations and
 * alpha-if-item-deleted, and typed {@link ReliabilityReport.Warning}s (negative item-total correlation,
 * negative alpha, fewer than 2 items, undefined alpha). Formulas: {@link ReliabilityReport.Scale}.
 *
 * <pre>{@code
 * ReliabilityReport rel = ReliabilityAnalysis.withDefaults()
 *     .withMissing(MissingPolicy.PAIRWISE)
 *     .withBootstrap(2000, 42)
 *     .analyze(data);
 * rel.scale(Dimension.RELIABILITY, ScoreKind.PERCEPTION).standardizedAlpha();
 * rel.warnings();
 * }</pre>
 *
 * <p>Missing answers: {@link MissingPolicy#LISTWISE} uses, for each scale, the respondents who
 * answered every item of it (for the gap: every E and P of it); {@link MissingPolicy#PAIRWISE}
 * computes each covariance over the respondents who answered both items (R's {@code
 * use = "pairwise.complete.obs"}, the default of psych::alpha), so alpha, the item-total
 * correlations and alpha-if-item-deleted all work with pairwise-missing data. Perception-only
 * (SERVPERF) data gives the perception scales only.
 *
 * <p>The defaults are listwise deletion, 95% intervals and no bootstrap. Instances are immutable
 * and thread-safe.
 *
 * @since 0.2.0
 */
public final class ReliabilityAnalysis extends OptionsAnalysis<ReliabilityAnalysis> {

  /** The largest number of bootstrap replicates. */
  public static final int MAX_REPLICATES = 1_000_000;

  private static final ReliabilityAnalysis DEFAULTS = new ReliabilityAnalysis(AnalysisOptions.DEFAULTS, 0, 0, 1);

  private final int replicates;
  private final long seed;
  private final int parallelism;

  private ReliabilityAnalysis(AnalysisOptions options, int replicates, long seed, int parallelism) {
    super(options);
    this.replicates = replicates;
    this.seed = seed;
    this.parallelism = parallelism;
  }

  /**
   * The analysis with listwise deletion, 95% intervals and no bootstrap.
   *
   * @return the default analysis
   */
  public static ReliabilityAnalysis withDefaults() {
    return DEFAULTS;
  }

  @Override
  protected ReliabilityAnalysis with(AnalysisOptions options) {
    return new ReliabilityAnalysis(options, replicates, seed, parallelism);
  }

  /**
   * A copy that computes the scales of {@link #analyze(SurveyData)} (each dimension under each
   * score) on up to {@code threads} threads: the calling thread and {@code threads - 1}
   * short-lived worker threads, each taking whole scales. Every scale's sums are exact integers
   * computed alone, so the report is the same, bit for bit, whatever the number of threads; worth it
   * from about a hundred thousand respondents. The default is 1. The bootstrap, when asked for, runs
   * on the calling thread.
   *
   * @param threads the most threads to use, {@code >= 1}
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code threads} is below 1
   * @since 0.4.0
   */
  public ReliabilityAnalysis withParallelism(int threads) {
    Preconditions.check(threads >= 1, "parallelism", ">= 1 thread", threads);
    return new ReliabilityAnalysis(options, replicates, seed, threads);
  }

  /**
   * The most threads {@link #analyze(SurveyData)} uses.
   *
   * @return the parallelism, {@code >= 1}
   * @since 0.4.0
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * A copy that adds a bootstrap percentile interval for each alpha: {@code replicates} resamples of
   * the respondents with replacement, drawn by a {@link SplittableRandom} seeded with {@code seed}
   * (and the scale's position in the report), so the same seed and data give the same interval.
   *
   * @param replicates the number of resamples, in [100, {@value #MAX_REPLICATES}]; 1,000 to 10,000
   *     is usual
   * @param seed the seed of the random resampling
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code replicates} is out of range
   */
  public ReliabilityAnalysis withBootstrap(int replicates, long seed) {
    Preconditions.inRange("bootstrap replicates", replicates, 100, MAX_REPLICATES);
    return new ReliabilityAnalysis(options, replicates, seed, parallelism);
  }

  /**
   * A copy without the bootstrap interval (the default).
   *
   * @return the reconfigured analysis
   */
  public ReliabilityAnalysis withoutBootstrap() {
    return new ReliabilityAnalysis(options, 0, 0, parallelism);
  }

  /**
   * The number of bootstrap replicates.
   *
   * @return the replicates, 0 without bootstrap
   */
  public int bootstrapReplicates() {
    return replicates;
  }

  /**
   * Analyses every dimension for every score the data has: E, P, A and D where present, and the
   * gap when both E and P are.
   *
   * @param data the survey data
   * @return the report
   * @throws NullPointerException if {@code data} is null
   */
  public ReliabilityReport analyze(SurveyData data) {
    Objects.requireNonNull(data, "data");
    Instrument ins = data.instrument();
    List<ScoreKind> scores = new ArrayList<>();
    for (AnswerKind k : AnswerKind.values()) {
      if (data.has(k)) {
        scores.add(ScoreKind.of(k));
      }
    }
    if (data.has(AnswerKind.EXPECTATION) && data.has(AnswerKind.PERCEPTION)) {
      scores.add(ScoreKind.GAP);
    }
    boolean listwise = options.listwise();
    List<ReliabilityReport.Scale> scales = new ArrayList<>();
    List<ReliabilityReport.Warning> warnings = new ArrayList<>();
    // every scale's sums first (on up to `parallelism` threads, each scale alone), then the report
    // in dimension and score order
    List<Dimension> dims = ins.dimensions();
    int[][] itemIds = new int[dims.size()][];
    for (int i = 0; i < itemIds.length; i++) {
      itemIds[i] = ins.itemIds(dims.get(i)).stream().mapToInt(Integer::intValue).toArray();
    }
    int tasks = dims.size() * scores.size();
    AlphaMath.Result[] results = new AlphaMath.Result[tasks];
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    Workers.run(() -> {
      for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
        results[t] = AlphaMath.compute(
            PairSums.of(data, scores.get(t % scores.size()), itemIds[t / scores.size()], listwise), false);
      }
    }, Math.min(parallelism, tasks), "mot-servqual-reliability");
    int position = 0;
    for (int di = 0; di < dims.size(); di++) {
      Dimension d = dims.get(di);
      int[] ids = itemIds[di];
      if (ids.length < 2) {
        warnings.add(tooFewItems(d, ids.length));
      }
      for (ScoreKind s : scores) {
        AlphaMath.Result r = results[position];
        int pos = position;
        ReliabilityReport.Scale scale = scale(d, s, ids, r, () -> {
          ScaleValues values = ScaleValues.of(data, s, ids);
          return bootstrap(values.eligible(listwise), rows -> AlphaMath.compute(values, rows, listwise, true).alpha,
              pos);
        });
        scales.add(scale);
        warn(scale, ins::item, warnings);
        position++;
      }
    }
    return new ReliabilityReport(ins.name(), options.missingPolicy(), data.size(), scales, warnings,
        replicates > 0 ? OptionalLong.of(seed) : OptionalLong.empty());
  }

  /**
   * The reliability of plain answers, for scripts: {@code answers[r][i]} is respondent r's answer to
   * item i, any real numbers (a 1..5 scale, halves, a 0..100 slider), NaN where missing (deleted
   * listwise or pairwise as configured). The report has one scale, dimension {@code DATA} and score
   * {@link ScoreKind#VALUES}, items numbered from 1, with everything {@link #analyze(SurveyData)}
   * gives (raw and standardised alpha, Feldt's and the bootstrap interval, item-total correlations,
   * alpha-if-item-deleted, the warnings), and equal to it on the same answers: whole numbers are
   * summed exactly as survey answers are, other numbers through each pair's two-pass covariance.
   *
   * <pre>{@code
   * double[][] answers = {{4, 5, 4.5}, {2, 3, 2.5}, {5, 5, 4}, {3, 4, 3.5}};
   * ReliabilityReport rel = ReliabilityAnalysis.withDefaults().withBootstrap(1000, 42).analyze(answers);
   * double alpha = rel.scales().get(0).alpha();
   * }</pre>
   *
   * @param answers one row per respondent, one column per item; rows of equal length
   * @return the report
   * @throws IllegalArgumentException if there is no row or no column, the rows differ in length, or
   *     a value is infinite
   * @throws NullPointerException if {@code answers} or a row is null
   * @since 0.4.0
   */
  public ReliabilityReport analyze(double[][] answers) {
    double[][] v = PlainData.items(answers);
    int k = v.length;
    int size = v[0].length;
    int[] ids = new int[k];
    Arrays.setAll(ids, i -> i + 1);
    boolean listwise = options.listwise();
    int[] pool = java.util.stream.IntStream.range(0, size).filter(r -> {
      int answered = 0;
      for (double[] item : v) {
        answered += Double.isNaN(item[r]) ? 0 : 1;
      }
      return listwise ? answered == k : answered > 0;
    }).toArray();
    List<ReliabilityReport.Warning> warnings = new ArrayList<>();
    if (k < 2) {
      warnings.add(tooFewItems(PlainData.DATA, k));
    }
    AlphaMath.Result r = AlphaMath.compute(v, pool, listwise, false);
    ReliabilityReport.Scale scale = scale(PlainData.DATA, ScoreKind.VALUES, ids, r,
        () -> bootstrap(pool, rows -> AlphaMath.compute(v, rows, listwise, true).alpha, 0));
    warn(scale, id -> Item.of("item " + id, PlainData.DATA), warnings);
    return new ReliabilityReport("values", options.missingPolicy(), size, List.of(scale), warnings,
        replicates > 0 ? OptionalLong.of(seed) : OptionalLong.empty());
  }

  private static ReliabilityReport.Warning tooFewItems(Dimension d, int items) {
    return new Rows.Warning(ReliabilityReport.Warning.Type.TOO_FEW_ITEMS, d, Optional.empty(),
        OptionalInt.empty(), String.format(Locale.ROOT,
            "%s has %d item: Cronbach's alpha needs at least 2 items and is undefined for it", d, items));
  }

  /** One scale from its statistics, with Feldt's interval and, if asked for, the bootstrap's. */
  private ReliabilityReport.Scale scale(Dimension d, ScoreKind s, int[] ids, AlphaMath.Result r,
      Supplier<double[]> bootstrapAlphas) {
    List<CronbachAlpha.ItemStatistics> items = ModelAccess.get().itemStatistics(ids, r);
    double level = options.confidenceLevel();
    Optional<AlphaInterval> boot = Optional.empty();
    int valid = 0;
    if (replicates > 0) {
      double[] alphas = bootstrapAlphas.get();
      valid = alphas.length;
      boot = Optional.of(valid == 0
          ? new Rows.AlphaInterval(Double.NaN, Double.NaN, level)
          : new Rows.AlphaInterval(quantile(alphas, (1 - level) / 2), quantile(alphas, (1 + level) / 2), level));
    }
    List<Integer> idList = Arrays.stream(ids).boxed().toList();
    return new Rows.Scale(d, s, idList, r.n, r.alpha, r.standardized, r.meanCorrelation,
        feldt(r.alpha, r.n, ids.length, level), boot, valid, items);
  }

  private static void warn(ReliabilityReport.Scale s, IntFunction<Item> itemOf, List<ReliabilityReport.Warning> warnings) {
    String where = s.score().label() + " of " + s.dimension();
    Optional<ScoreKind> score = Optional.of(s.score());
    if (s.items() >= 2 && !s.isDefined()) {
      String why = s.n() < 2
          ? "fewer than 2 respondents (n = " + s.n() + ")"
          : "the total score has no variance (or a pairwise covariance is undefined)";
      warnings.add(new Rows.Warning(ReliabilityReport.Warning.Type.UNDEFINED_ALPHA, s.dimension(), score,
          OptionalInt.empty(), "alpha of " + where + " is undefined: " + why));
    }
    if (s.alpha() < 0) {
      warnings.add(new Rows.Warning(ReliabilityReport.Warning.Type.NEGATIVE_ALPHA, s.dimension(), score,
          OptionalInt.empty(), String.format(Locale.ROOT,
              "alpha of %s is %.3f: the items covary negatively on average; look for reverse-keyed items"
                  + " that were not reversed, or a coding error", where, s.alpha())));
    }
    for (CronbachAlpha.ItemStatistics ir : s.itemStatistics()) {
      if (ir.correctedItemTotalCorrelation() < 0) {
        Item item = itemOf.apply(ir.id());
        warnings.add(new Rows.Warning(ReliabilityReport.Warning.Type.NEGATIVE_ITEM_TOTAL_CORRELATION, s.dimension(),
            score, OptionalInt.of(ir.id()), String.format(Locale.ROOT,
                "item %d \"%s\" correlates negatively with the rest of %s (corrected item-total r = %.3f): %s",
                ir.id(), item.label(), where, ir.correctedItemTotalCorrelation(),
                item.reverseCoded()
                    ? "it is already reverse-coded; check that the file holds the raw answers"
                    : "probably reverse-keyed and not reversed (mark it Item.reversed)")));
      }
    }
  }

  /** Feldt's interval; NaN bounds where undefined. */
  static AlphaInterval feldt(double alpha, long n, int k, double level) {
    if (Double.isNaN(alpha) || n < 2 || k < 2) {
      return new Rows.AlphaInterval(Double.NaN, Double.NaN, level);
    }
    double df1 = n - 1.0;
    double df2 = (n - 1.0) * (k - 1.0);
    FDistribution f = FDistribution.of(df1, df2);
    double g = 1 - level;
    double lower = 1 - (1 - alpha) * f.inverseCumulativeProbability(1 - g / 2);
    double upper = 1 - (1 - alpha) * f.inverseCumulativeProbability(g / 2);
    return new Rows.AlphaInterval(lower, upper, level);
  }

  private double[] bootstrap(int[] pool, ToDoubleFunction<int[]> alphaOf, int position) {
    if (pool.length < 2) {
      return new double[0];
    }
    SplittableRandom random = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (position + 1L));
    double[] alphas = new double[replicates];
    int m = 0;
    int[] sample = new int[pool.length];
    for (int b = 0; b < replicates; b++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = pool[random.nextInt(pool.length)];
      }
      double a = alphaOf.applyAsDouble(sample);
      if (!Double.isNaN(a)) {
        alphas[m++] = a;
      }
    }
    double[] valid = Arrays.copyOf(alphas, m);
    Arrays.sort(valid);
    return valid;
  }

  /** The p-quantile of sorted values, R's type 7: linear between order statistics at (n - 1) p. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * For example {@code ReliabilityAnalysis[missing=LISTWISE, confidence=0.95, bootstrap=none]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ReliabilityAnalysis[missing=%s, confidence=%s, bootstrap=%s%s]",
        options.missingPolicy(), options.confidenceLevel(),
        replicates == 0 ? "none" : replicates + " replicates, seed " + seed,
        parallelism == 1 ? "" : ", parallelism=" + parallelism);
  }
}
