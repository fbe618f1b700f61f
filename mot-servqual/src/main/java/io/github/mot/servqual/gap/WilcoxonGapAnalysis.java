package io.github.mot.servqual.gap;

import io.github.mot.servqual.internal.OptionsAnalysis;
import io.github.mot.servqual.internal.ModelAccess;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.internal.AnalysisOptions;
import io.github.mot.servqual.internal.PlainData;
import io.github.mot.servqual.internal.ScaleValues;
import io.github.mot.servqual.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The Wilcoxon signed-rank test (Wilcoxon 1945) of every item's and every dimension's gap {@code P
 * - E}, beside the paired t test of the same respondents: Likert answers are ordinal, and reviewers
 * ask for a test that does not treat them as interval data. Zero gaps, ties and the effect sizes are
 * described in {@link WilcoxonGapReport.SignedRank}.
 *
 * <pre>{@code
 * WilcoxonGapReport w = WilcoxonGapAnalysis.withDefaults().analyze(data);
 * w.dimension(Dimension.RELIABILITY).rankBiserial();
 * WilcoxonGapReport.SignedRank one = WilcoxonGapAnalysis.withDefaults()
 *     .withPValueMethod(WilcoxonGapAnalysis.PValueMethod.APPROXIMATE)
 *     .withContinuityCorrection(false)
 *     .withZeroMethod(WilcoxonGapAnalysis.ZeroMethod.PRATT)
 *     .test(new double[] {5, 4, 6, 3}, new double[] {4, 4, 3, 5});
 * }</pre>
 *
 * <p><b>Options, and the R or SciPy call that gives the same figures</b> (two-sided; {@code x} the
 * perceptions, {@code y} the expectations, {@code d = x - y}):
 *
 * <table class="striped">
 *   <caption>Options and their equivalents</caption>
 *   <thead><tr><th>options</th><th>R</th><th>SciPy</th></tr></thead>
 *   <tbody>
 *   <tr><td>the defaults: {@link PValueMethod#AUTO}, continuity correction, {@link ZeroMethod#WILCOX}</td>
 *     <td>{@code wilcox.test(x, y, paired = TRUE)}</td>
 *     <td>{@code wilcoxon(x, y, method='exact')} where the p is exact, else {@code wilcoxon(x, y,
 *     method='asymptotic')}</td></tr>
 *   <tr><td>{@link PValueMethod#EXACT} (without zeros and ties)</td>
 *     <td>{@code wilcox.test(x, y, paired = TRUE, exact = TRUE)}</td>
 *     <td>{@code wilcoxon(x, y, method='exact')}</td></tr>
 *   <tr><td>{@link PValueMethod#APPROXIMATE}, correction on / off</td>
 *     <td>{@code wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = TRUE / FALSE)}</td>
 *     <td>{@code wilcoxon(x, y, method='asymptotic', correction=True / False)}</td></tr>
 *   <tr><td>{@link ZeroMethod#PRATT}, approximate, no correction</td>
 *     <td>{@code coin::wilcoxsign_test(x ~ y, zero.method = "Pratt", distribution = "asymptotic")}</td>
 *     <td>{@code wilcoxon(x, y, zero_method='pratt', method='asymptotic', correction=False)}</td></tr>
 *   <tr><td>{@link ZeroMethod#PRATT} or {@link ZeroMethod#ZSPLIT}, approximate, correction on / off</td>
 *     <td>-</td>
 *     <td>{@code wilcoxon(x, y, zero_method='pratt' / 'zsplit', method='asymptotic', correction=True /
 *     False)}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>With ties or zeros the exact null distribution does not hold: {@link PValueMethod#EXACT} then
 * uses the normal approximation as R's {@code wilcox.test} does (R warns "cannot compute exact p-value
 * with ties"; SciPy's {@code method='exact'} instead rounds the statistic conservatively, and its
 * {@code 'auto'} runs a permutation test for up to 13 pairs), and {@link
 * WilcoxonGapReport.SignedRank#exact()} says so.
 *
 * <p>A dimension's gap is each respondent's mean item gap (ranked on the sum of the item gaps, which
 * orders the same). Missing answers follow {@link GapAnalysis}: listwise keeps the respondents with
 * every E and P; pairwise lets an item use who answered its E and P, a dimension who answered every E
 * and P of it. The defaults are listwise deletion, 95% intervals for the t tests, the automatic
 * p-value, continuity correction and Wilcoxon's zero handling (R's defaults). Instances are
 * immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class WilcoxonGapAnalysis extends OptionsAnalysis<WilcoxonGapAnalysis> {

  /**
   * How the p-value is computed.
   *
   * @since 0.4.0
   */
  public enum PValueMethod {
    /**
     * Exact when fewer than 50 differences are left after the zeros are handled and there are
     * neither zeros nor tied absolute differences, else the normal approximation (R's {@code
     * wilcox.test} default, {@code exact = NULL}).
     */
    AUTO,
    /**
     * The exact null distribution of {@code W+} (the number of the {@code 2^n} sign assignments with
     * a rank sum as extreme), two-sided {@code p = min(1, 2 min(P(W+ <= w), P(W+ >= w)))}; with zeros
     * or ties the normal approximation instead, as R does.
     */
    EXACT,
    /** The normal approximation with the tie-corrected variance, for any n. */
    APPROXIMATE
  }

  /**
   * What happens to differences of exactly 0.
   *
   * @since 0.4.0
   */
  public enum ZeroMethod {
    /**
     * Wilcoxon's: the zeros are dropped before ranking (R's {@code wilcox.test}, SciPy's {@code
     * zero_method='wilcox'}).
     */
    WILCOX,
    /**
     * Pratt's (1959): the zeros are ranked with the others, then their ranks dropped; the mean and
     * variance of {@code W+} are adjusted (Cureton 1967): {@code mean = (n (n + 1) - n0 (n0 + 1)) / 4},
     * {@code var = (n (n + 1)(2n + 1) - n0 (n0 + 1)(2 n0 + 1)) / 24 - sum(t^3 - t) / 48} over the tie
     * groups of non-zero differences (SciPy's {@code zero_method='pratt'}; R's {@code
     * coin::wilcoxsign_test(zero.method = "Pratt")}).
     */
    PRATT,
    /**
     * The zeros are ranked with the others and half of their rank sum goes to {@code W+}, half to
     * {@code W-} (SciPy's {@code zero_method='zsplit'}); the ties include the zeros' group.
     */
    ZSPLIT
  }

  private static final WilcoxonGapAnalysis DEFAULTS =
      new WilcoxonGapAnalysis(AnalysisOptions.DEFAULTS, PValueMethod.AUTO, true, ZeroMethod.WILCOX);
  private static final WilcoxonSignedRankTest EXACT = WilcoxonSignedRankTest.withDefaults()
      .with(org.apache.commons.statistics.inference.PValueMethod.EXACT);
  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
  /** Below this many differences {@link PValueMethod#AUTO} is exact (R: {@code n < 50}). */
  static final int AUTO_EXACT_BELOW = 50;

  private final PValueMethod method;
  private final boolean correction;
  private final ZeroMethod zeroMethod;

  private WilcoxonGapAnalysis(AnalysisOptions options, PValueMethod method, boolean correction, ZeroMethod zeroMethod) {
    super(options);
    this.method = method;
    this.correction = correction;
    this.zeroMethod = zeroMethod;
  }

  /**
   * The analysis with listwise deletion, 95% intervals for the paired t tests, the automatic
   * p-value, continuity correction and Wilcoxon's zero handling: R's {@code wilcox.test(x, y, paired
   * = TRUE)}.
   *
   * @return the default analysis
   */
  public static WilcoxonGapAnalysis withDefaults() {
    return DEFAULTS;
  }

  @Override
  protected WilcoxonGapAnalysis with(AnalysisOptions options) {
    return new WilcoxonGapAnalysis(options, method, correction, zeroMethod);
  }

  /**
   * A copy that computes p-values by another method.
   *
   * @param method exact, the normal approximation, or automatic (the default)
   * @return the reconfigured analysis
   * @throws NullPointerException if {@code method} is null
   * @since 0.4.0
   */
  public WilcoxonGapAnalysis withPValueMethod(PValueMethod method) {
    return new WilcoxonGapAnalysis(options, Objects.requireNonNull(method, "method"), correction, zeroMethod);
  }

  /**
   * A copy with or without the continuity correction of the normal approximation: {@code z = (W+ -
   * mean - 0.5 sign(W+ - mean)) / sd} with it (the default, R's {@code correct = TRUE}), {@code z =
   * (W+ - mean) / sd} without.
   *
   * @param correction whether to correct
   * @return the reconfigured analysis
   * @since 0.4.0
   */
  public WilcoxonGapAnalysis withContinuityCorrection(boolean correction) {
    return new WilcoxonGapAnalysis(options, method, correction, zeroMethod);
  }

  /**
   * A copy that handles zero differences another way.
   *
   * @param zeroMethod Wilcoxon's (the default), Pratt's, or zero-split
   * @return the reconfigured analysis
   * @throws NullPointerException if {@code zeroMethod} is null
   * @since 0.4.0
   */
  public WilcoxonGapAnalysis withZeroMethod(ZeroMethod zeroMethod) {
    return new WilcoxonGapAnalysis(options, method, correction, Objects.requireNonNull(zeroMethod, "zeroMethod"));
  }

  /**
   * {@return how the p-values are computed}
   *
   * @since 0.4.0
   */
  public PValueMethod pValueMethod() {
    return method;
  }

  /**
   * {@return whether the normal approximation has the continuity correction}
   *
   * @since 0.4.0
   */
  public boolean continuityCorrection() {
    return correction;
  }

  /**
   * {@return how zero differences are handled}
   *
   * @since 0.4.0
   */
  public ZeroMethod zeroMethod() {
    return zeroMethod;
  }

  /**
   * Tests every item's and dimension's gap.
   *
   * @param data survey data with expectation and perception answers
   * @return the report
   * @throws IllegalArgumentException if the data has no expectation or no perception answers
   * @throws NullPointerException if {@code data} is null
   */
  public WilcoxonGapReport analyze(SurveyData data) {
    Objects.requireNonNull(data, "data");
    Instrument ins = data.instrument();
    byte[][] e = ScaleValues.column(data, AnswerKind.EXPECTATION);
    byte[][] p = ScaleValues.column(data, AnswerKind.PERCEPTION);
    int size = data.size();
    boolean[] keep = new boolean[size];
    Arrays.fill(keep, true);
    if (options.listwise()) {
      for (int i = 0; i < ins.size(); i++) {
        for (int r = 0; r < size; r++) {
          keep[r] &= e[i][r] != ModelAccess.MISSING_BYTE && p[i][r] != ModelAccess.MISSING_BYTE;
        }
      }
    }
    List<WilcoxonGapReport.SignedRank> items = new ArrayList<>();
    for (int i = 0; i < ins.size(); i++) {
      Item item = ins.items().get(i);
      items.add(test((i + 1) + " " + item.label(), item.dimension(), OptionalInt.of(i + 1), new int[] {i}, e, p,
          keep));
    }
    List<WilcoxonGapReport.SignedRank> dims = new ArrayList<>();
    for (Dimension d : ins.dimensions()) {
      int[] idx = ins.itemIds(d).stream().mapToInt(id -> id - 1).toArray();
      dims.add(test(d.name(), d, OptionalInt.empty(), idx, e, p, keep));
    }
    return new WilcoxonGapReport(ins.name(), options.missingPolicy(), size, items, dims, method, correction, zeroMethod);
  }

  /**
   * The signed-rank test of plain paired data, for scripts: the differences {@code x[i] - y[i]}
   * (R's {@code wilcox.test(x, y, paired = TRUE)} and SciPy's {@code wilcoxon(x, y)} order), with
   * this analysis' options, beside the paired t test of the same differences. A pair with a NaN is
   * left out. The result is what {@link #analyze(SurveyData)} gives for an item whose perceptions
   * are {@code x} and expectations {@code y}, labelled {@code "x - y"} in the dimension {@code DATA}.
   *
   * <pre>{@code
   * WilcoxonGapReport.SignedRank w = WilcoxonGapAnalysis.withDefaults()
   *     .test(new double[] {5, 4, 6, 3, 5.5}, new double[] {4, 4, 3, 5, 2});
   * }</pre>
   *
   * @param x the first values, such as the perceptions (any real numbers; NaN: missing)
   * @param y the second values, paired by position, such as the expectations
   * @return the test
   * @throws IllegalArgumentException if the arrays differ in length, or a value is infinite
   * @throws NullPointerException if an array is null
   * @since 0.4.0
   */
  public WilcoxonGapReport.SignedRank test(double[] x, double[] y) {
    double[] d = PlainData.differences(x, y);
    return signedRank("x - y", PlainData.DATA, OptionalInt.empty(), d, PlainData.estimate(d, options.confidenceLevel()));
  }

  private WilcoxonGapReport.SignedRank test(String label, Dimension dim, OptionalInt id, int[] idx, byte[][] e, byte[][] p,
      boolean[] keep) {
    int size = keep.length;
    double[] diffs = new double[size];
    int n = 0;
    long s = 0;
    long ss = 0;
    for (int r = 0; r < size; r++) {
      if (!keep[r]) {
        continue;
      }
      int d = 0;
      boolean ok = true;
      for (int i : idx) {
        int a = e[i][r] & 0xFF;
        int b = p[i][r] & 0xFF;
        if (a == ModelAccess.MISSING_BYTE_VALUE || b == ModelAccess.MISSING_BYTE_VALUE) {
          ok = false;
          break;
        }
        d += b - a;
      }
      if (ok) {
        diffs[n++] = d;
        s += d;
        ss += (long) d * d;
      }
    }
    int k = idx.length;
    MeanEstimate t = Stats.estimate(n, n == 0 ? Double.NaN : (double) s / k / n,
        Stats.variance(n, s, ss) / ((double) k * k), options.confidenceLevel());
    return signedRank(label, dim, id, Arrays.copyOf(diffs, n), t);
  }

  private WilcoxonGapReport.SignedRank signedRank(String label, Dimension dim, OptionalInt id, double[] diffs,
      MeanEstimate t) {
    SignedRank w = signedRank(diffs, method, correction, zeroMethod);
    return new Rows.SignedRank(label, dim, id, diffs.length, diffs.length - w.nonZero, w.nonZero, w.wPlus, w.wMinus,
        w.z, w.p, w.exact, w.rankBiserial, w.r, t);
  }

  /** The signed-rank statistics of differences. */
  static final class SignedRank {
    int nonZero;
    double wPlus;
    double wMinus;
    double z = Double.NaN;
    double p = Double.NaN;
    boolean exact;
    double rankBiserial = Double.NaN;
    double r = Double.NaN;
  }

  /**
   * Ranks the absolute differences (average ranks for ties) after the zero handling, sums the ranks
   * by sign, and gives the p-value by the method: see the class comment and {@link
   * WilcoxonGapReport.SignedRank}.
   */
  static SignedRank signedRank(double[] diffs, PValueMethod method, boolean correction, ZeroMethod zeroMethod) {
    SignedRank w = new SignedRank();
    int zeros = 0;
    for (double d : diffs) {
      zeros += d == 0 ? 1 : 0;
    }
    w.nonZero = diffs.length - zeros;
    if (w.nonZero == 0) {
      return w;
    }
    double[] d = diffs;
    if (zeroMethod == ZeroMethod.WILCOX) {
      d = Arrays.stream(diffs).filter(v -> v != 0).toArray();
    }
    int count = d.length;
    Integer[] order = new Integer[count];
    Arrays.setAll(order, i -> i);
    double[] v = d;
    Arrays.sort(order, (a, b) -> Double.compare(Math.abs(v[a]), Math.abs(v[b])));
    double ties = 0;
    boolean nonZeroTies = false;
    double zeroRanks = 0;
    for (int i = 0; i < count; ) {
      int j = i;
      double abs = Math.abs(d[order[i]]);
      while (j < count && Math.abs(d[order[j]]) == abs) {
        j++;
      }
      double rank = (i + 1 + j) / 2.0;
      double t = j - i;
      boolean zeroGroup = abs == 0;
      if (!zeroGroup || zeroMethod == ZeroMethod.ZSPLIT) {
        ties += t * t * t - t;
      }
      nonZeroTies |= !zeroGroup && t > 1;
      for (int q = i; q < j; q++) {
        double x = d[order[q]];
        if (x > 0) {
          w.wPlus += rank;
        } else if (x < 0) {
          w.wMinus += rank;
        } else {
          zeroRanks += rank;
        }
      }
      i = j;
    }
    if (zeroMethod == ZeroMethod.ZSPLIT) {
      w.wPlus += zeroRanks / 2;
      w.wMinus += zeroRanks / 2;
    }
    double mean = count * (count + 1.0) / 4;
    double variance = count * (count + 1.0) * (2.0 * count + 1) / 24;
    if (zeroMethod == ZeroMethod.PRATT) {
      mean -= zeros * (zeros + 1.0) / 4;
      variance -= zeros * (zeros + 1.0) * (2.0 * zeros + 1) / 24;
    }
    variance -= ties / 48;
    double sd = Math.sqrt(variance);
    double centred = w.wPlus - mean;
    double uncorrected = variance > 0 ? centred / sd : Double.NaN;
    w.r = uncorrected / Math.sqrt(count);
    w.rankBiserial = (w.wPlus - w.wMinus) / (w.wPlus + w.wMinus);
    boolean exactPossible = zeros == 0 && !nonZeroTies;
    w.exact = exactPossible && (method == PValueMethod.EXACT || (method == PValueMethod.AUTO && count < AUTO_EXACT_BELOW));
    if (w.exact) {
      w.p = Math.min(1.0, EXACT.test(d).getPValue());
    } else if (variance > 0) {
      w.z = correction ? (centred - 0.5 * Math.signum(centred)) / sd : uncorrected;
      w.p = Math.min(1.0, 2 * NORMAL.survivalProbability(Math.abs(w.z)));
    }
    return w;
  }

  /**
   * For example {@code WilcoxonGapAnalysis[missing=LISTWISE, confidence=0.95, p=AUTO, correction=true,
   * zeros=WILCOX]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WilcoxonGapAnalysis[missing=%s, confidence=%s, p=%s, correction=%s, zeros=%s]",
        options.missingPolicy(), options.confidenceLevel(), method, correction, zeroMethod);
  }
}
