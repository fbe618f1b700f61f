package io.github.mot.servqual;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The single accumulation pass over the columnar answers. For a chosen list of answer kinds it
 * collects, in blocks of respondents and with exact {@code long} sums:
 *
 * <ul>
 *   <li>per item: count, sums, sums of squares and cross products of the kinds, over the
 *       respondents who have every chosen kind of that item;
 *   <li>per dimension: the same on each respondent's dimension totals (sum over the dimension's
 *       items), over respondents complete on the dimension;
 *   <li>optionally, for reliability: per item {@code sum x}, {@code sum x^2}, {@code sum x T} with T
 *       the dimension total, for each kind and for the difference of the two kinds;
 *   <li>overall scores: the unweighted SERVQUAL (exact when the common denominator allows), the
 *       weighted SERVQUAL (double, in respondent order), SERVPERF and the mean importance points.
 * </ul>
 *
 * <p>Values are the stored bytes: the scored answer minus the scale minimum. Listwise deletion
 * and a segment filter enter as a per-respondent mask. Mutable, single-threaded, used once.
 */
final class Engine {

  private static final int BLOCK = 1024;

  /** Sums of K variables over n cases. */
  static final class Moments {
    long n;
    final long[] s;
    final long[] ss;
    /** sx[k * K + l] = sum x_k x_l for k < l. */
    final long[] sx;
    final int kinds;

    Moments(int kinds) {
      this.kinds = kinds;
      s = new long[kinds];
      ss = new long[kinds];
      sx = new long[kinds * kinds];
    }

    long cross(int k, int l) {
      return k < l ? sx[k * kinds + l] : sx[l * kinds + k];
    }

    /** Sample variance of x_k. */
    double variance(int k) {
      return Stats.variance(n, s[k], ss[k]);
    }

    /** Sum of x_l - x_k. */
    long diffSum(int k, int l) {
      return s[l] - s[k];
    }

    /** Sample variance of x_l - x_k. */
    double diffVariance(int k, int l) {
      return Stats.variance(n, s[l] - s[k], ss[l] - 2 * cross(k, l) + ss[k]);
    }
  }

  /** Reliability sums of one dimension and one score (a kind or the difference). */
  static final class RelSums {
    long n;
    final long[] s;
    final long[] ss;
    final long[] sxt;
    long st;
    long sst;

    RelSums(int items) {
      s = new long[items];
      ss = new long[items];
      sxt = new long[items];
    }
  }

  /** Welford's running mean and sum of squared deviations, for double-valued scores. */
  static final class DoubleMoments {
    long n;
    double mean;
    double m2;

    void add(double x) {
      n++;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }

    double variance() {
      return n < 2 ? Double.NaN : m2 / (n - 1);
    }
  }

  private final SurveyData data;
  private final int[] kinds;
  private final int kCount;
  private final boolean listwise;
  private final int @Nullable [] filterCodes;
  private final int filterCode;
  private final boolean reliability;
  private final int perceptionIndex;
  private final int[][] dimItems;
  private final int[] dimSize;

  final Moments[] items;
  final Moments[] dims;
  /** [dimension][kind index, or kCount for the difference kinds[1] - kinds[0]]. */
  final RelSums[][] rel;

  long respondents;
  long complete;
  /** Unweighted SERVQUAL: score_r = unwSum / unwDivisor when exact. */
  final boolean unwExact;
  final long unwDivisor;
  long unwN;
  long unwS;
  long unwSS;
  final DoubleMoments unwDouble = new DoubleMoments();
  final DoubleMoments weighted = new DoubleMoments();
  long perfN;
  long perfS;
  long perfSS;
  final double[] pointsSum;
  final long[] pointsN;

  /**
   * @param kinds the answer kinds to read, each present in the data; with two kinds the
   *     difference {@code kinds[1] - kinds[0]} is the gap
   * @param filterCodes a respondent's attribute codes, or null for everyone
   * @param filterCode the attribute code to keep
   */
  Engine(
      SurveyData data,
      List<AnswerKind> kinds,
      MissingPolicy policy,
      int @Nullable [] filterCodes,
      int filterCode,
      boolean reliability) {
    this.data = data;
    this.kCount = kinds.size();
    this.kinds = new int[kCount];
    int p = -1;
    for (int k = 0; k < kCount; k++) {
      this.kinds[k] = kinds.get(k).ordinal();
      if (kinds.get(k) == AnswerKind.PERCEPTION) {
        p = k;
      }
    }
    this.perceptionIndex = p;
    this.listwise = policy == MissingPolicy.LISTWISE;
    this.filterCodes = filterCodes;
    this.filterCode = filterCode;
    this.reliability = reliability;
    Instrument instrument = data.instrument();
    List<Dimension> dimensions = instrument.dimensions();
    int dCount = dimensions.size();
    dimItems = new int[dCount][];
    dimSize = new int[dCount];
    long lcm = 1;
    for (int d = 0; d < dCount; d++) {
      dimItems[d] = instrument.itemIds(dimensions.get(d)).stream().mapToInt(i -> i - 1).toArray();
      dimSize[d] = dimItems[d].length;
      if (lcm > 0) {
        long g = Stats.gcd(lcm, dimSize[d]);
        lcm = lcm / g > Long.MAX_VALUE / dimSize[d] ? -1 : lcm / g * dimSize[d];
      }
    }
    items = new Moments[instrument.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = new Moments(kCount);
    }
    dims = new Moments[dCount];
    rel = new RelSums[dCount][];
    for (int d = 0; d < dCount; d++) {
      dims[d] = new Moments(kCount);
      rel[d] = new RelSums[kCount + 1];
      for (int k = 0; k <= kCount; k++) {
        rel[d][k] = new RelSums(dimSize[d]);
      }
    }
    // exact unweighted score if (range * D * L)^2 * respondents fits comfortably in a long
    double bound = 2.0 * instrument.scale().range() * dCount * (lcm > 0 ? lcm : Double.POSITIVE_INFINITY);
    this.unwExact = kCount == 2 && bound * bound * Math.max(1, data.size()) < 0x1p62;
    this.unwDivisor = unwExact ? dCount * lcm : 1;
    pointsSum = new double[dCount];
    pointsN = new long[dCount];
  }

  Engine run() {
    int size = data.size();
    int dCount = dims.length;
    byte[][][] cols = new byte[kCount][][];
    for (int k = 0; k < kCount; k++) {
      byte[][] c = data.columns[kinds[k]];
      if (c == null) {
        throw new IllegalArgumentException(
            "survey data must have " + AnswerKind.values()[kinds[k]].name().toLowerCase(java.util.Locale.ROOT)
                + " answers for this analysis but has only " + data.kinds());
      }
      cols[k] = c;
    }
    int[] mask = new int[BLOCK];
    int[] ok = new int[BLOCK];
    int[] miss = new int[BLOCK];
    int[] missAll = new int[BLOCK];
    int[][][] totals = new int[kCount][dCount][BLOCK];
    double[][] points = data.points;
    long[] unwFactor = new long[dCount];
    for (int d = 0; d < dCount; d++) {
      unwFactor[d] = unwExact ? unwDivisor / dCount / dimSize[d] : 0;
    }
    for (int start = 0; start < size; start += BLOCK) {
      int len = Math.min(BLOCK, size - start);
      int[] fc = filterCodes;
      for (int r = 0; r < len; r++) {
        mask[r] = fc == null || fc[start + r] == filterCode ? 1 : 0;
        respondents += mask[r];
      }
      if (listwise) {
        for (byte[][] kc : cols) {
          for (byte[] col : kc) {
            for (int r = 0; r < len; r++) {
              mask[r] &= ((col[start + r] & 0xFF) + 1) >>> 8 ^ 1;
            }
          }
        }
      }
      Arrays.fill(missAll, 0, len, 0);
      for (int d = 0; d < dCount; d++) {
        Arrays.fill(miss, 0, len, 0);
        for (int k = 0; k < kCount; k++) {
          Arrays.fill(totals[k][d], 0, len, 0);
        }
        for (int i : dimItems[d]) {
          System.arraycopy(mask, 0, ok, 0, len);
          for (int k = 0; k < kCount; k++) {
            byte[] col = cols[k][i];
            int[] tot = totals[k][d];
            int bit = 1 << k;
            for (int r = 0; r < len; r++) {
              int v = col[start + r] & 0xFF;
              int m = (v + 1) >>> 8; // 1 if missing
              ok[r] &= m ^ 1;
              miss[r] |= -m & bit;
              tot[r] += v & (m - 1);
            }
          }
          accumulateItem(items[i], cols, i, start, len, ok);
        }
        Moments dm = dims[d];
        for (int r = 0; r < len; r++) {
          missAll[r] |= miss[r];
          ok[r] = mask[r] & (miss[r] == 0 ? 1 : 0);
        }
        accumulateTotals(dm, totals, d, len, ok);
        if (reliability) {
          accumulateReliability(d, cols, totals, start, len, ok);
        }
      }
      for (int r = 0; r < len; r++) {
        if (mask[r] == 0) {
          continue;
        }
        boolean all = missAll[r] == 0;
        if (all) {
          complete++;
        }
        if (kCount == 2 && all) {
          if (unwExact) {
            long score = 0;
            for (int d = 0; d < dCount; d++) {
              score += (long) (totals[1][d][r] - totals[0][d][r]) * unwFactor[d];
            }
            unwN++;
            unwS += score;
            unwSS += score * score;
          } else {
            double score = 0;
            for (int d = 0; d < dCount; d++) {
              score += (double) (totals[1][d][r] - totals[0][d][r]) / dimSize[d];
            }
            unwDouble.add(score / dCount);
          }
          if (points != null && !Double.isNaN(points[0][start + r])) {
            double w = 0;
            for (int d = 0; d < dCount; d++) {
              w += points[d][start + r] / 100.0 * (totals[1][d][r] - totals[0][d][r]) / dimSize[d];
            }
            weighted.add(w);
          }
        }
        if (perceptionIndex >= 0 && (missAll[r] & (1 << perceptionIndex)) == 0) {
          long s = 0;
          for (int d = 0; d < dCount; d++) {
            s += totals[perceptionIndex][d][r];
          }
          perfN++;
          perfS += s;
          perfSS += s * s;
        }
        if (points != null && !Double.isNaN(points[0][start + r])) {
          for (int d = 0; d < dCount; d++) {
            pointsSum[d] += points[d][start + r];
            pointsN[d]++;
          }
        }
      }
    }
    return this;
  }

  private void accumulateItem(Moments m, byte[][][] cols, int item, int start, int len, int[] ok) {
    if (kCount == 2) {
      byte[] c0 = cols[0][item];
      byte[] c1 = cols[1][item];
      long n = 0;
      long s0 = 0;
      long s1 = 0;
      long ss0 = 0;
      long ss1 = 0;
      long sx = 0;
      for (int r = 0; r < len; r++) {
        int o = ok[r];
        int x0 = (c0[start + r] & 0xFF) * o;
        int x1 = (c1[start + r] & 0xFF) * o;
        n += o;
        s0 += x0;
        s1 += x1;
        ss0 += x0 * x0;
        ss1 += x1 * x1;
        sx += x0 * x1;
      }
      m.n += n;
      m.s[0] += s0;
      m.s[1] += s1;
      m.ss[0] += ss0;
      m.ss[1] += ss1;
      m.sx[1] += sx;
      return;
    }
    for (int r = 0; r < len; r++) {
      m.n += ok[r];
    }
    for (int k = 0; k < kCount; k++) {
      byte[] ck = cols[k][item];
      long s = 0;
      long ss = 0;
      for (int r = 0; r < len; r++) {
        int x = (ck[start + r] & 0xFF) * ok[r];
        s += x;
        ss += x * x;
      }
      m.s[k] += s;
      m.ss[k] += ss;
      for (int l = k + 1; l < kCount; l++) {
        byte[] cl = cols[l][item];
        long sx = 0;
        for (int r = 0; r < len; r++) {
          sx += (ck[start + r] & 0xFF) * (cl[start + r] & 0xFF) * ok[r];
        }
        m.sx[k * kCount + l] += sx;
      }
    }
  }

  private void accumulateTotals(Moments m, int[][][] totals, int d, int len, int[] ok) {
    for (int r = 0; r < len; r++) {
      m.n += ok[r];
    }
    for (int k = 0; k < kCount; k++) {
      int[] tk = totals[k][d];
      long s = 0;
      long ss = 0;
      for (int r = 0; r < len; r++) {
        long x = (long) tk[r] * ok[r];
        s += x;
        ss += x * x;
      }
      m.s[k] += s;
      m.ss[k] += ss;
      for (int l = k + 1; l < kCount; l++) {
        int[] tl = totals[l][d];
        long sx = 0;
        for (int r = 0; r < len; r++) {
          sx += (long) tk[r] * tl[r] * ok[r];
        }
        m.sx[k * kCount + l] += sx;
      }
    }
  }

  private void accumulateReliability(int d, byte[][][] cols, int[][][] totals, int start, int len, int[] ok) {
    int[] ids = dimItems[d];
    for (int k = 0; k <= kCount; k++) {
      boolean diff = k == kCount;
      if (diff && kCount != 2) {
        continue;
      }
      RelSums rs = rel[d][k];
      int[] t0 = totals[diff ? 0 : k][d];
      int[] t1 = diff ? totals[1][d] : t0;
      long n = 0;
      long st = 0;
      long sst = 0;
      for (int r = 0; r < len; r++) {
        long t = diff ? (long) t1[r] - t0[r] : t0[r];
        t *= ok[r];
        n += ok[r];
        st += t;
        sst += t * t;
      }
      rs.n += n;
      rs.st += st;
      rs.sst += sst;
      for (int j = 0; j < ids.length; j++) {
        long s = 0;
        long ss = 0;
        long sxt = 0;
        if (diff) {
          byte[] ca = cols[0][ids[j]];
          byte[] cb = cols[1][ids[j]];
          for (int r = 0; r < len; r++) {
            int o = ok[r];
            int x = ((cb[start + r] & 0xFF) - (ca[start + r] & 0xFF)) * o;
            s += x;
            ss += x * x;
            sxt += (long) x * (t1[r] - t0[r]);
          }
        } else {
          byte[] ca = cols[k][ids[j]];
          for (int r = 0; r < len; r++) {
            int x = (ca[start + r] & 0xFF) * ok[r];
            s += x;
            ss += x * x;
            sxt += (long) x * t0[r];
          }
        }
        rs.s[j] += s;
        rs.ss[j] += ss;
        rs.sxt[j] += sxt;
      }
    }
  }

  int[] dimensionItemIds(int d) {
    return Arrays.stream(dimItems[d]).map(i -> i + 1).toArray();
  }

  int dimensionSize(int d) {
    return dimSize[d];
  }
}
