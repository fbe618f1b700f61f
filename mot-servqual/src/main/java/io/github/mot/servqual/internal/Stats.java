package io.github.mot.servqual.internal;

import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.MeanEstimate;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The one statistics core shared by items, dimensions, segments, zones and IPA: turns exact
 * integer sums into means, sample variances, t tests, confidence intervals and Cronbach's alpha.
 * Numerators such as {@code n x sum(x^2) - sum(x)^2} are computed exactly (in {@link BigInteger})
 * and rounded once, so results do not depend on the order of the respondents. Stateless.
 */
public final class Stats {

  private Stats() {}

  /** {@code n x sxy - sx x sy}: {@code n (n - 1)} times the sample covariance, exact. */
  public static BigInteger scaledCov(long n, long sxy, long sx, long sy) {
    return BigInteger.valueOf(n)
        .multiply(BigInteger.valueOf(sxy))
        .subtract(BigInteger.valueOf(sx).multiply(BigInteger.valueOf(sy)));
  }

  /** The sample variance (divisor n - 1) from the count, the sum and the sum of squares; NaN for n < 2. */
  public static double variance(long n, long s, long ss) {
    if (n < 2) {
      return Double.NaN;
    }
    double v = scaledCov(n, ss, s, s).doubleValue() / ((double) n * (n - 1));
    return Math.max(0.0, v);
  }

  /** The mean and sampling statistics of a mean; see {@link MeanEstimate}. */
  public static MeanEstimate estimate(long n, double mean, double variance, double level) {
    if (n == 0) {
      double nan = Double.NaN;
      return ModelAccess.get().meanEstimate(0, nan, nan, nan, nan, nan, nan, nan, nan, level);
    }
    if (n == 1) {
      double nan = Double.NaN;
      return ModelAccess.get().meanEstimate(1, mean, nan, nan, nan, 0, nan, nan, nan, level);
    }
    double sd = Math.sqrt(variance);
    double se = sd / Math.sqrt(n);
    double df = n - 1.0;
    if (se == 0) {
      double t = mean == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, mean);
      double p = mean == 0 ? Double.NaN : 0.0;
      return ModelAccess.get().meanEstimate(n, mean, sd, se, t, df, p, mean, mean, level);
    }
    TDistribution dist = TDistribution.of(df);
    double t = mean / se;
    double p = Math.min(1.0, 2.0 * dist.survivalProbability(Math.abs(t)));
    double q = dist.inverseSurvivalProbability((1.0 - level) / 2.0);
    return ModelAccess.get().meanEstimate(n, mean, sd, se, t, df, p, mean - q * se, mean + q * se, level);
  }

  /**
   * Cronbach's alpha, corrected item-total correlations and alpha-if-item-deleted from exact sums
   * over the n complete cases: per item {@code s[i] = sum x_i}, {@code ss[i] = sum x_i^2}, {@code
   * sxt[i] = sum x_i T}; for the total {@code st = sum T}, {@code sst = sum T^2}.
   *
   * <p>With {@code C(x, y) = n sum(xy) - sum(x) sum(y)} (= n(n-1) cov): alpha = (k C_T - k
   * sum C_i) / ((k - 1) C_T), exact up to the final division, so alpha never exceeds 1.
   */
  public static CronbachAlpha reliability(long n, int[] ids, long[] s, long[] ss, long[] sxt, long st, long sst) {
    int k = ids.length;
    ModelAccess model = ModelAccess.get();
    BigInteger ct = scaledCov(n, sst, st, st);
    BigInteger[] ci = new BigInteger[k];
    BigInteger sumCi = BigInteger.ZERO;
    for (int i = 0; i < k; i++) {
      ci[i] = scaledCov(n, ss[i], s[i], s[i]);
      sumCi = sumCi.add(ci[i]);
    }
    double alpha = n < 2 ? Double.NaN : alpha(k, sumCi, ct);
    List<CronbachAlpha.ItemStatistics> items = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      BigInteger cit = scaledCov(n, sxt[i], s[i], st);
      // C(T - x_i, T - x_i) = C_T - 2 C(x_i, T) + C_i ; C(x_i, T - x_i) = C(x_i, T) - C_i
      BigInteger crest = ct.subtract(cit.shiftLeft(1)).add(ci[i]);
      BigInteger cirest = cit.subtract(ci[i]);
      double r =
          n < 2 || ci[i].signum() == 0 || crest.signum() == 0
              ? Double.NaN
              : cirest.doubleValue() / Math.sqrt(ci[i].doubleValue() * crest.doubleValue());
      if (r > 1) {
        r = 1;
      } else if (r < -1) {
        r = -1;
      }
      double alphaDeleted = n < 2 ? Double.NaN : alpha(k - 1, sumCi.subtract(ci[i]), crest);
      items.add(model.itemStatistics(ids[i], r, alphaDeleted));
    }
    return model.cronbachAlpha(n, k, alpha, items);
  }

  /** alpha = k/(k-1) (1 - sumC/cT) = (k cT - k sumC) / ((k - 1) cT); NaN for k < 2 or cT = 0. */
  private static double alpha(int k, BigInteger sumC, BigInteger cT) {
    if (k < 2 || cT.signum() == 0) {
      return Double.NaN;
    }
    BigInteger bk = BigInteger.valueOf(k);
    BigInteger num = bk.multiply(cT).subtract(bk.multiply(sumC));
    BigInteger den = BigInteger.valueOf(k - 1L).multiply(cT);
    return num.doubleValue() / den.doubleValue();
  }

  public static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
