package io.github.mot.servqual.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Cronbach's alpha and its companions computed from the item covariance matrix of one scale, under
 * listwise or pairwise deletion. Stateless, package-private.
 *
 * <p>With {@code M} the k x k item covariance matrix, {@code tr = sum M_ii} and {@code V = sum_ij
 * M_ij} (the variance of the total):
 *
 * <ul>
 *   <li>raw alpha = {@code k / (k - 1) x (1 - tr / V)} (Cronbach 1951);
 *   <li>{@code r_ij = M_ij / sqrt(M_ii M_jj)} (R's {@code cov2cor}, as psych::alpha), {@code rbar}
 *       the mean of the {@code k (k - 1) / 2} off-diagonal {@code r_ij}, standardised alpha = {@code
 *       k rbar / (1 + (k - 1) rbar)};
 *   <li>corrected item-total correlation of item i = {@code (row_i - M_ii) / sqrt(M_ii V_-i)} with
 *       {@code row_i = sum_j M_ij} and {@code V_-i = V - 2 row_i + M_ii};
 *   <li>alpha-if-deleted = raw alpha of the submatrix without item i.
 * </ul>
 *
 * <p>Listwise, {@code M_ij = n sum(x_i x_j) - sum(x_i) sum(x_j)} (= n (n - 1) cov, the common factor
 * cancels) is an exact integer and every sum above is exact ({@link BigDecimal}), rounded once at the
 * final division. Pairwise, {@code M_ij} is the sample covariance over the respondents who answered
 * both items ({@code n_ij - 1} divisor), the diagonal over those who answered the item (R's
 * {@code cov(use = "pairwise.complete.obs")}), summed exactly from the rounded covariances.
 */
public final class AlphaMath {

  private static final MathContext MC = MathContext.DECIMAL128;

  private AlphaMath() {}

  /** The statistics of one scale. Arrays are per item. */
  public static final class Result {
    public final long n;
    public final double alpha;
    public final double standardized;
    public final double meanCorrelation;
    public final double[] itemTotal;
    public final double[] alphaIfDeleted;

    public Result(long n, double alpha, double standardized, double meanCorrelation, double[] itemTotal,
        double[] alphaIfDeleted) {
      this.n = n;
      this.alpha = alpha;
      this.standardized = standardized;
      this.meanCorrelation = meanCorrelation;
      this.itemTotal = itemTotal;
      this.alphaIfDeleted = alphaIfDeleted;
    }
  }

  /**
   * The statistics over the given respondents (indices, repeats allowed, as in a bootstrap sample).
   *
   * @param listwise true if every row is complete on the scale (the caller filtered them)
   * @param alphaOnly skip the standardised alpha and the item statistics
   */
  public static Result compute(ScaleValues scale, int[] rows, boolean listwise, boolean alphaOnly) {
    short[][] v = scale.values;
    int k = v.length;
    long[][] pn = new long[k][k];
    long[][] psx = new long[k][k];
    long[][] psy = new long[k][k];
    long[][] psxy = new long[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        short[] x = v[i];
        short[] y = v[j];
        long n = 0;
        long sx = 0;
        long sy = 0;
        long sxy = 0;
        for (int r : rows) {
          int a = x[r];
          int b = y[r];
          if (!listwise && (a == ScaleValues.MISSING || b == ScaleValues.MISSING)) {
            continue;
          }
          n++;
          sx += a;
          sy += b;
          sxy += (long) a * b;
        }
        pn[i][j] = n;
        psx[i][j] = sx;
        psy[i][j] = sy;
        psxy[i][j] = sxy;
      }
    }
    return compute(k, pn, psx, psy, psxy, alphaOnly);
  }

  /**
   * The statistics of a scale from the sums of its pairs over the respondents that count (see
   * {@link PairSums}): the same as {@link #compute(ScaleValues, int[], boolean, boolean)} over
   * every respondent (pairwise) or the complete ones (listwise), as the sums are exact.
   *
   * @param sums the scale's pair sums
   * @param alphaOnly skip the standardised alpha and the item statistics
   * @return the statistics
   */
  public static Result compute(PairSums sums, boolean alphaOnly) {
    return compute(sums.items, sums.n, sums.sx, sums.sy, sums.sxy, alphaOnly);
  }

  /** The statistics from pair sums [i][j], i &lt;= j: count, sum x_i, sum x_j, sum x_i x_j. */
  private static Result compute(int k, long[][] pn, long[][] psx, long[][] psy, long[][] psxy, boolean alphaOnly) {
    long[][] pairN = new long[k][k];
    BigDecimal[][] m = new BigDecimal[k][k];
    boolean equalN = true;
    long common = -1;
    long minN = Long.MAX_VALUE;
    boolean undefined = false;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        long n = pn[i][j];
        long sx = psx[i][j];
        long sy = psy[i][j];
        long sxy = psxy[i][j];
        pairN[i][j] = n;
        pairN[j][i] = n;
        if (i != j || k == 1) {
          minN = Math.min(minN, n);
        }
        if (common < 0) {
          common = n;
        } else if (common != n) {
          equalN = false;
        }
        BigInteger c = BigInteger.valueOf(n).multiply(BigInteger.valueOf(sxy))
            .subtract(BigInteger.valueOf(sx).multiply(BigInteger.valueOf(sy)));
        m[i][j] = new BigDecimal(c);
        if (n < 2) {
          undefined = true;
        }
      }
    }
    long n = minN == Long.MAX_VALUE ? 0 : minN;
    if (!equalN && !undefined) {
      // pairwise: divide each scaled covariance by its own n (n - 1), exactly as a double
      for (int i = 0; i < k; i++) {
        for (int j = i; j < k; j++) {
          double cov = m[i][j].doubleValue() / ((double) pairN[i][j] * (pairN[i][j] - 1));
          m[i][j] = new BigDecimal(cov);
        }
      }
    }
    return fromMatrix(k, m, n, undefined, alphaOnly);
  }

  /**
   * The statistics of plain values ({@code [item][row]}, NaN where missing) over the given rows
   * (repeats allowed): whole numbers through the exact pair sums, as survey answers (so the same
   * answers give the same bits); other values through each pair's two-pass sample covariance.
   *
   * @param listwise true if every row is complete on the scale (the caller filtered them)
   * @param alphaOnly skip the standardised alpha and the item statistics
   */
  public static Result compute(double[][] v, int[] rows, boolean listwise, boolean alphaOnly) {
    int k = v.length;
    boolean whole = true;
    for (double[] item : v) {
      whole &= PlainData.whole(item);
    }
    long[][] pn = new long[k][k];
    if (whole) {
      long[][] psx = new long[k][k];
      long[][] psy = new long[k][k];
      long[][] psxy = new long[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = i; j < k; j++) {
          for (int r : rows) {
            double a = v[i][r];
            double b = v[j][r];
            if (Double.isNaN(a) || Double.isNaN(b)) {
              continue;
            }
            pn[i][j]++;
            psx[i][j] += (long) a;
            psy[i][j] += (long) b;
            psxy[i][j] += ((long) a) * ((long) b);
          }
        }
      }
      return compute(k, pn, psx, psy, psxy, alphaOnly);
    }
    BigDecimal[][] m = new BigDecimal[k][k];
    long minN = Long.MAX_VALUE;
    boolean undefined = false;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        long n = 0;
        double sx = 0;
        double sy = 0;
        for (int r : rows) {
          if (!Double.isNaN(v[i][r]) && !Double.isNaN(v[j][r])) {
            n++;
            sx += v[i][r];
            sy += v[j][r];
          }
        }
        double mx = sx / n;
        double my = sy / n;
        double c = 0;
        for (int r : rows) {
          if (!Double.isNaN(v[i][r]) && !Double.isNaN(v[j][r])) {
            c += (v[i][r] - mx) * (v[j][r] - my);
          }
        }
        if (i != j || k == 1) {
          minN = Math.min(minN, n);
        }
        undefined |= n < 2;
        m[i][j] = n < 2 ? BigDecimal.ZERO : new BigDecimal(c / (n - 1));
      }
    }
    return fromMatrix(k, m, minN == Long.MAX_VALUE ? 0 : minN, undefined, alphaOnly);
  }

  /** The statistics from the upper triangle of a (scaled) covariance matrix. */
  private static Result fromMatrix(int k, BigDecimal[][] m, long n, boolean undefined, boolean alphaOnly) {
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        m[i][j] = m[j][i];
      }
    }
    double nan = Double.NaN;
    double[] itemTotal = new double[k];
    double[] deleted = new double[k];
    Arrays.fill(itemTotal, nan);
    Arrays.fill(deleted, nan);
    if (undefined) {
      return new Result(n, nan, nan, nan, itemTotal, deleted);
    }
    BigDecimal tr = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal[] row = new BigDecimal[k];
    for (int i = 0; i < k; i++) {
      tr = tr.add(m[i][i]);
      row[i] = BigDecimal.ZERO;
      for (int j = 0; j < k; j++) {
        row[i] = row[i].add(m[i][j]);
      }
      total = total.add(row[i]);
    }
    double alpha = alpha(k, tr, total);
    if (alphaOnly) {
      return new Result(n, alpha, nan, nan, itemTotal, deleted);
    }
    double rbar = nan;
    double standardized = nan;
    boolean constantItem = false;
    for (int i = 0; i < k; i++) {
      constantItem |= m[i][i].signum() == 0;
    }
    if (k >= 2 && !constantItem) {
      double sum = 0;
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          sum += m[i][j].doubleValue() / Math.sqrt(m[i][i].doubleValue() * m[j][j].doubleValue());
        }
      }
      rbar = sum / (k * (k - 1) / 2.0);
      double den = 1 + (k - 1) * rbar;
      standardized = den == 0 ? nan : k * rbar / den;
    }
    for (int i = 0; i < k; i++) {
      BigDecimal rest = total.subtract(row[i].multiply(BigDecimal.valueOf(2))).add(m[i][i]);
      BigDecimal cov = row[i].subtract(m[i][i]);
      if (m[i][i].signum() != 0 && rest.signum() > 0) {
        double r = cov.doubleValue() / Math.sqrt(m[i][i].doubleValue() * rest.doubleValue());
        itemTotal[i] = Math.max(-1.0, Math.min(1.0, r));
      }
      deleted[i] = alpha(k - 1, tr.subtract(m[i][i]), rest);
    }
    return new Result(n, alpha, standardized, rbar, itemTotal, deleted);
  }

  /** k/(k-1) (1 - tr/V) = k (V - tr) / ((k - 1) V); NaN for k < 2 or V = 0. */
  public static double alpha(int k, BigDecimal tr, BigDecimal total) {
    if (k < 2 || total.signum() == 0) {
      return Double.NaN;
    }
    BigDecimal bk = BigDecimal.valueOf(k);
    BigDecimal num = bk.multiply(total.subtract(tr));
    BigDecimal den = BigDecimal.valueOf(k - 1L).multiply(total);
    return num.divide(den, MC).doubleValue();
  }
}
