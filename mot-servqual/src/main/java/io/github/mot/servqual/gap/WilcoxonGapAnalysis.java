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
import io.github.mot.servqual.internal.ScaleValues;
import io.github.mot.servqual.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The Wilcoxon signed-rank test (Wilcoxon 1945) of every item's and every dimension's gap {@code P
 * - E}, beside the paired t test of the same respondents: Likert answers are ordinal, and reviewers
 * ask for a test that does not treat them as interval data. Zero gaps, ties and the effect sizes are
 * described in {@link WilcoxonGapReport.SignedRank}; the p-values come from commons-statistics-inference's
 * {@code WilcoxonSignedRankTest}.
 *
 * <pre>{@code
 * WilcoxonGapReport w = WilcoxonGapAnalysis.withDefaults().analyze(data);
 * w.dimension(Dimension.RELIABILITY).rankBiserial();
 * }</pre>
 *
 * <p>A dimension's gap is each respondent's mean item gap (ranked on the sum of the item gaps, which
 * orders the same). Missing answers follow {@link GapAnalysis}: listwise keeps the respondents with
 * every E and P; pairwise lets an item use who answered its E and P, a dimension who answered every E
 * and P of it. The defaults are listwise deletion and 95% intervals for the t tests. Instances are
 * immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class WilcoxonGapAnalysis extends OptionsAnalysis<WilcoxonGapAnalysis> {

  private static final WilcoxonGapAnalysis DEFAULTS = new WilcoxonGapAnalysis(AnalysisOptions.DEFAULTS);
  private static final WilcoxonSignedRankTest TEST = WilcoxonSignedRankTest.withDefaults();

  private WilcoxonGapAnalysis(AnalysisOptions options) {
    super(options);
  }

  /**
   * The analysis with listwise deletion and 95% intervals for the paired t tests.
   *
   * @return the default analysis
   */
  public static WilcoxonGapAnalysis withDefaults() {
    return DEFAULTS;
  }

  @Override
  protected WilcoxonGapAnalysis with(AnalysisOptions options) {
    return new WilcoxonGapAnalysis(options);
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
    return new WilcoxonGapReport(ins.name(), options.missingPolicy(), size, items, dims);
  }

  private WilcoxonGapReport.SignedRank test(String label, Dimension dim, OptionalInt id, int[] idx, byte[][] e, byte[][] p,
      boolean[] keep) {
    int size = keep.length;
    int[] diffs = new int[size];
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
    SignedRank w = signedRank(Arrays.copyOf(diffs, n));
    return new Rows.SignedRank(label, dim, id, n, n - w.nonZero, w.nonZero, w.wPlus, w.wMinus, w.z, w.p, w.exact,
        w.rankBiserial, w.r, t);
  }

  /** The signed-rank statistics of integer differences. */
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

  /** Drops the zeros, ranks the rest (average ranks), asks commons-statistics for W+ and p, adds Z and effect sizes. */
  static SignedRank signedRank(int[] diffs) {
    SignedRank w = new SignedRank();
    int[] abs = new int[diffs.length];
    double[] nonZero = new double[diffs.length];
    int m = 0;
    for (int d : diffs) {
      if (d != 0) {
        abs[m] = Math.abs(d);
        nonZero[m++] = d;
      }
    }
    w.nonZero = m;
    if (m == 0) {
      return w;
    }
    WilcoxonSignedRankTest.Result res = TEST.test(Arrays.copyOf(nonZero, m));
    double total = m * (m + 1.0) / 2;
    w.wPlus = res.getStatistic();
    w.wMinus = total - w.wPlus;
    w.p = Math.min(1.0, res.getPValue());
    w.exact = m <= 50 && !res.hasTiedValues();
    int[] sorted = Arrays.copyOf(abs, m);
    Arrays.sort(sorted);
    double ties = 0;
    for (int i = 0; i < m; ) {
      int j = i;
      while (j < m && sorted[j] == sorted[i]) {
        j++;
      }
      double t = j - i;
      ties += t * t * t - t;
      i = j;
    }
    double variance = m * (m + 1.0) * (2.0 * m + 1) / 24 - ties / 48;
    w.z = variance > 0 ? (w.wPlus - m * (m + 1.0) / 4) / Math.sqrt(variance) : Double.NaN;
    w.r = w.z / Math.sqrt(m);
    w.rankBiserial = (w.wPlus - w.wMinus) / total;
    return w;
  }

  /**
   * For example {@code WilcoxonGapAnalysis[missing=LISTWISE, confidence=0.95]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WilcoxonGapAnalysis[missing=%s, confidence=%s]",
        options.missingPolicy(), options.confidenceLevel());
  }
}
