package io.github.mot.servqual.internal;

import io.github.mot.core.internal.Workers;

import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The single accumulation pass over the columnar answers. For a chosen list of answer kinds it
 * collects, in blocks of respondents and with exact integer sums:
 *
 * <ul>
 *   <li>per item: count, sums, sums of squares and cross products of the kinds, over the
 *       respondents who have every chosen kind of that item;
 *   <li>per dimension: the same on each respondent's dimension totals (sum over the dimension's
 *       items), over respondents complete on the dimension;
 *   <li>optionally, for reliability: per item {@code sum x}, {@code sum x^2}, {@code sum x T} with T
 *       the dimension total, for each kind and for the difference of the two kinds;
 *   <li>overall scores: the unweighted SERVQUAL and the weighted SERVQUAL (exact when the common
 *       denominator allows, which it does for whole importance points; else double), SERVPERF and
 *       the mean importance points.
 * </ul>
 *
 * <p>Values are the stored bytes: the scored answer minus the scale minimum. Listwise deletion
 * and a segment filter enter as a per-respondent mask.
 *
 * <p><b>Speed.</b> A block of respondents whose chosen answers are all present (known for the whole
 * data set from the missing counts, else checked per block eight bytes at a time) and that no
 * segment filter restricts goes through the clean kernel. It reads each column of the block
 * four bytes at a time as little-endian ints and unpacks them into four lanes of {@code int[]}s
 * (lane {@code l} holds respondents {@code 4i + l}) that stay in the core's cache; every statistic
 * is then a simple loop over {@code int[]}s without branches or masks, which the JIT unrolls and
 * vectorizes. Its sums are {@code int}s, as the block length is chosen so that they cannot
 * overflow, added to the {@code long} totals once per block. In a block with missing answers (and
 * no filter) the complete respondents are gathered into a thread's copy of the block, ahead of the
 * others, when every sum is an exact integer (so that the order of the respondents cannot
 * matter): the clean kernel takes them, the masked kernel the others (listwise, these only count
 * as respondents). Other blocks (and the last one to three respondents of a block) go through the
 * masked kernel. Both give the same exact sums.
 *
 * <p><b>Parallelism.</b> Respondents are cut into chunks of a fixed number of blocks, which depends
 * on the instrument only, never on the thread count; each chunk's sums are collected separately
 * and merged in chunk order. Integer sums do not depend on the order at all; the few double-valued
 * sums (used only when an exact form would overflow or points are not whole numbers) are then
 * also the same for every thread count, bit for bit.
 *
 * <p>Mutable; {@link #run(int)} is called once.
 */
public final class Engine {

  /** The most respondents in a block: the block's columns stay in the core's caches between passes. */
  private static final int MAX_BLOCK = 4096;
  /** The fewest respondents in a clean block; narrower blocks would cost more in loop overhead. */
  private static final int MIN_BLOCK = 64;
  /** Blocks per chunk, the unit of parallel work. */
  private static final int BLOCKS_PER_CHUNK = 16;
  /** Reads four bytes of a column as one little-endian int, whatever the platform's byte order. */
  private static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  /** Reads eight bytes of a column as one little-endian long. */
  private static final VarHandle LE_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH_BITS = 0x8080808080808080L;
  /** The most widened answers (ints) a thread keeps for one dimension of a clean block: 1 MiB. */
  private static final long MAX_SCRATCH_INTS = 1L << 18;

  /** Sums of K variables over n cases. */
  public static final class Moments {
    public long n;
    public final long[] s;
    public final long[] ss;
    /** sx[k * K + l] = sum x_k x_l for k < l. */
    public final long[] sx;
    public final int kinds;

    public Moments(int kinds) {
      this.kinds = kinds;
      s = new long[kinds];
      ss = new long[kinds];
      sx = new long[kinds * kinds];
    }

    public long cross(int k, int l) {
      return k < l ? sx[k * kinds + l] : sx[l * kinds + k];
    }

    /** Sample variance of x_k. */
    public double variance(int k) {
      return Stats.variance(n, s[k], ss[k]);
    }

    /** Sum of x_l - x_k. */
    public long diffSum(int k, int l) {
      return s[l] - s[k];
    }

    /** Sample variance of x_l - x_k. */
    public double diffVariance(int k, int l) {
      return Stats.variance(n, s[l] - s[k], ss[l] - 2 * cross(k, l) + ss[k]);
    }

    public void add(Moments o) {
      n += o.n;
      for (int k = 0; k < kinds; k++) {
        s[k] += o.s[k];
        ss[k] += o.ss[k];
      }
      for (int k = 0; k < sx.length; k++) {
        sx[k] += o.sx[k];
      }
    }
  }

  /**
   * The mean of kind {@code x} per item on the instrument's scale: {@code s[x] / k / n + min}; NaN
   * for no case.
   *
   * @param m the moments
   * @param x the kind's position
   * @param k the items summed into each value
   * @param min the scale's minimum
   * @return the mean
   */
  public static double mean(Moments m, int x, int k, double min) {
    return m.n == 0 ? Double.NaN : (double) m.s[x] / k / m.n + min;
  }

  /** Reliability sums of one dimension and one score (a kind or the difference). */
  public static final class RelSums {
    public long n;
    public final long[] s;
    public final long[] ss;
    public final long[] sxt;
    public long st;
    public long sst;

    public RelSums(int items) {
      s = new long[items];
      ss = new long[items];
      sxt = new long[items];
    }

    public void add(RelSums o) {
      n += o.n;
      st += o.st;
      sst += o.sst;
      for (int j = 0; j < s.length; j++) {
        s[j] += o.s[j];
        ss[j] += o.ss[j];
        sxt[j] += o.sxt[j];
      }
    }
  }

  /** Welford's running mean and sum of squared deviations, for double-valued scores. */
  public static final class DoubleMoments {
    public long n;
    public double mean;
    public double m2;

    public void add(double x) {
      n++;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }

    /** Chan, Golub and LeVeque's pairwise update (1979): this followed by the other's values. */
    public void add(DoubleMoments o) {
      if (o.n == 0) {
        return;
      }
      if (n == 0) {
        n = o.n;
        mean = o.mean;
        m2 = o.m2;
        return;
      }
      long total = n + o.n;
      double delta = o.mean - mean;
      mean += delta * o.n / total;
      m2 += o.m2 + delta * delta * ((double) n * o.n / total);
      n = total;
    }

    public double variance() {
      return n < 2 ? Double.NaN : m2 / (n - 1);
    }
  }

  /** Every sum of a range of respondents. Mergeable. */
  public static final class Sums {
    public final Moments[] items;
    public final Moments[] dims;
    /** [dimension][kind index, or kCount for the difference kinds[1] - kinds[0]]. */
    public final RelSums[][] rel;
    public long respondents;
    public long complete;
    /** Unweighted SERVQUAL: score_r = unwSum / unwDivisor when exact. */
    public long unwN;
    public long unwS;
    public long unwSS;
    public final DoubleMoments unwDouble = new DoubleMoments();
    /** Weighted SERVQUAL: score_r = wSum / wDivisor when exact. */
    public long wN;
    public long wS;
    public long wSS;
    public final DoubleMoments weighted = new DoubleMoments();
    public long perfN;
    public long perfS;
    public long perfSS;
    public final double[] pointsSum;
    public final long[] pointsWholeSum;
    public final long[] pointsN;

    public Sums(int itemCount, int[] dimSize, int kCount) {
      items = new Moments[itemCount];
      for (int i = 0; i < itemCount; i++) {
        items[i] = new Moments(kCount);
      }
      int dCount = dimSize.length;
      dims = new Moments[dCount];
      rel = new RelSums[dCount][];
      for (int d = 0; d < dCount; d++) {
        dims[d] = new Moments(kCount);
        rel[d] = new RelSums[kCount + 1];
        for (int k = 0; k <= kCount; k++) {
          rel[d][k] = new RelSums(dimSize[d]);
        }
      }
      pointsSum = new double[dCount];
      pointsWholeSum = new long[dCount];
      pointsN = new long[dCount];
    }

    /** Adds the other's sums; double-valued sums as if the other's respondents came after these. */
    public void add(Sums o) {
      for (int i = 0; i < items.length; i++) {
        items[i].add(o.items[i]);
      }
      for (int d = 0; d < dims.length; d++) {
        dims[d].add(o.dims[d]);
        for (int k = 0; k < rel[d].length; k++) {
          rel[d][k].add(o.rel[d][k]);
        }
        pointsSum[d] += o.pointsSum[d];
        pointsWholeSum[d] += o.pointsWholeSum[d];
        pointsN[d] += o.pointsN[d];
      }
      respondents += o.respondents;
      complete += o.complete;
      unwN += o.unwN;
      unwS += o.unwS;
      unwSS += o.unwSS;
      unwDouble.add(o.unwDouble);
      wN += o.wN;
      wS += o.wS;
      wSS += o.wSS;
      weighted.add(o.weighted);
      perfN += o.perfN;
      perfS += o.perfS;
      perfSS += o.perfSS;
    }

    /** The sum of the importance points of dimension d. */
    public double points(int d) {
      return pointsSum[d] + pointsWholeSum[d];
    }
  }

  private final SurveyData data;
  /** The data's arrays, read once through {@link ModelAccess}: see its methods. */
  private final byte[] @Nullable [][] dataColumns;
  private final double @Nullable [][] dataPoints;
  private final byte @Nullable [][] dataWholePoints;
  private final long[] dataMissingByKind;
  private final int dataWithoutPoints;
  private final int[] kinds;
  private final int kCount;
  private final boolean listwise;
  private final int @Nullable [] filterCodes;
  private final int filterCode;
  private final boolean reliability;
  private final int perceptionIndex;
  private final int[][] dimItems;
  private final int[] dimSize;
  private final int maxDimSize;
  /** Respondents per block. */
  private final int block;
  /** Whether clean blocks may use the int kernel (its sums fit an int and its scratch is small). */
  private final boolean cleanKernel;

  /** The sums over every respondent, after {@link #run(int)}. */
  public final Sums total;
  /** Per-dimension aliases of {@code total}, for readers of the results. */
  public final Moments[] items;
  public final Moments[] dims;
  public final RelSums[][] rel;

  public final boolean unwExact;
  public final long unwDivisor;
  private final long[] unwFactor;
  /** Whether the weighted score is summed exactly: whole points and no overflow. */
  public final boolean wExact;
  public final long wDivisor;
  private final long[] wFactor;
  /** Whether a clean block's unweighted scores, their sum and sum of squares fit an int. */
  private final boolean unwInt;
  /** Whether a clean block's SERVPERF totals, their sum and sum of squares fit an int. */
  private final boolean perfInt;
  /** Whether a clean block's exact weighted scores and their sum fit an int. */
  private final boolean wInt;

  private byte[][][] cols = new byte[0][][];
  /** The data's own columns as a kernel's source; set by {@link #run(int)}. */
  private Source dataSource = new Source(new byte[0][][], null, null, null);
  /** 1; see {@link Lane#one}. */
  private int unit = 1;

  /**
   * @param kinds the answer kinds to read, each present in the data; with two kinds the
   *     difference {@code kinds[1] - kinds[0]} is the gap
   * @param filterCodes a respondent's attribute codes, or null for everyone
   * @param filterCode the attribute code to keep
   */
  public Engine(
      SurveyData data,
      List<AnswerKind> kinds,
      MissingPolicy policy,
      int @Nullable [] filterCodes,
      int filterCode,
      boolean reliability) {
    this.data = data;
    ModelAccess model = ModelAccess.get();
    this.dataColumns = model.columns(data);
    this.dataPoints = model.points(data);
    this.dataWholePoints = model.wholePoints(data);
    this.dataMissingByKind = model.missingByKind(data);
    this.dataWithoutPoints = model.withoutPoints(data);
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
    int kmax = 1;
    for (int d = 0; d < dCount; d++) {
      dimItems[d] = instrument.itemIds(dimensions.get(d)).stream().mapToInt(i -> i - 1).toArray();
      dimSize[d] = dimItems[d].length;
      kmax = Math.max(kmax, dimSize[d]);
    }
    long lcm = lcm(instrument);
    this.maxDimSize = kmax;
    total = new Sums(instrument.size(), dimSize, kCount);
    items = total.items;
    dims = total.dims;
    rel = total.rel;

    int range = Math.max(1, instrument.scale().range());
    // The clean kernel's largest int sum is that of squared dimension totals: (range k)^2 per
    // respondent; its scratch holds kCount x kmax widened columns of a block.
    // Two kinds are packed in one int per answer (x0 | x1 << 16), so a block's sum of answers must
    // also stay below 2^16.
    long perRespondent = (long) range * range * kmax * kmax;
    int b = MAX_BLOCK;
    while (b > MIN_BLOCK && !fits(b, perRespondent, range, kmax)) {
      b >>= 1;
    }
    this.cleanKernel = fits(b, perRespondent, range, kmax);
    this.block = cleanKernel ? b : MAX_BLOCK;

    this.unwExact = kCount == 2 && unweightedExact(instrument, data.size());
    this.unwDivisor = unwExact ? dCount * lcm : 1;
    unwFactor = new long[dCount];
    for (int d = 0; d < dCount; d++) {
      unwFactor[d] = unwExact ? unwDivisor / dCount / dimSize[d] : 0;
    }
    this.wExact = kCount == 2 && dataWholePoints != null && weightedExact(instrument, data.size());
    this.wDivisor = wExact ? 100 * lcm : 1;
    wFactor = new long[dCount];
    for (int d = 0; d < dCount; d++) {
      wFactor[d] = wExact ? lcm / dimSize[d] : 0;
    }
    // largest |score| of a respondent: range x sum_d k_d x factor_d
    double unwMax = 0;
    double wMax = 0;
    for (int d = 0; d < dCount; d++) {
      unwMax += (double) range * dimSize[d] * unwFactor[d];
      wMax += 100.0 * range * dimSize[d] * wFactor[d];
    }
    double perfMax = (double) range * instrument.size();
    double len = block;
    this.unwInt = unwExact && unwMax * len < Integer.MAX_VALUE && unwMax * unwMax * len < Integer.MAX_VALUE;
    this.perfInt = perfMax * perfMax * len < Integer.MAX_VALUE;
    this.wInt = wExact && wMax * len < Integer.MAX_VALUE;
  }

  /**
   * The least common multiple L of the instrument's dimension sizes, or -1 if it overflows a
   * {@code long}.
   *
   * @param instrument the instrument
   * @return L, or -1
   */
  public static long lcm(Instrument instrument) {
    long lcm = 1;
    for (Dimension dimension : instrument.dimensions()) {
      int k = instrument.itemIds(dimension).size();
      if (lcm > 0) {
        long g = Stats.gcd(lcm, k);
        lcm = lcm / g > Long.MAX_VALUE / k ? -1 : lcm / g * k;
      }
    }
    return lcm;
  }

  /**
   * Whether the unweighted SERVQUAL score of a gap analysis over {@code respondents} respondents
   * (the data's size, whatever the filter) is summed exactly, in whole multiples of {@code 1 / (D
   * L)}: when {@code (2 range D L)^2 respondents < 2^62}, so that no sum can overflow a {@code long}.
   * Else it is summed in floating point, respondent by respondent.
   *
   * @param instrument the instrument
   * @param respondents the number of respondents
   * @return whether the score is exact
   */
  public static boolean unweightedExact(Instrument instrument, long respondents) {
    long lcm = lcm(instrument);
    double bound = 2.0 * instrument.scale().range() * instrument.dimensions().size()
        * (lcm > 0 ? lcm : Double.POSITIVE_INFINITY);
    return bound * bound * Math.max(1, respondents) < 0x1p62;
  }

  /**
   * Whether the weighted SERVQUAL score with whole importance points of a gap analysis over
   * {@code respondents} respondents is summed exactly, as {@code sum_d points_d x gapTotal_d x (L /
   * k_d)} over {@code 100 L}: when {@code (200 range L)^2 respondents < 2^62}. Points that are not
   * whole numbers are always summed in floating point.
   *
   * @param instrument the instrument
   * @param respondents the number of respondents
   * @return whether the score is exact
   */
  public static boolean weightedExact(Instrument instrument, long respondents) {
    long lcm = lcm(instrument);
    double wBound = 2.0 * 100 * instrument.scale().range() * (lcm > 0 ? lcm : Double.POSITIVE_INFINITY);
    return wBound * wBound * Math.max(1, respondents) < 0x1p62;
  }

  /** Whether the clean kernel's int sums over a block of b respondents cannot overflow. */
  private boolean fits(int b, long perRespondent, int range, int kmax) {
    return b * perRespondent < Integer.MAX_VALUE
        && (long) b * range < 1 << 16
        && (long) b * kCount * kmax <= MAX_SCRATCH_INTS;
  }

  /** Runs on the calling thread. */
  public Engine run() {
    return run(1);
  }

  /**
   * Collects every sum.
   *
   * @param parallelism the most threads to use, the calling thread included
   */
  public Engine run(int parallelism) {
    int size = data.size();
    cols = new byte[kCount][][];
    for (int k = 0; k < kCount; k++) {
      byte[][] c = dataColumns[kinds[k]];
      if (c == null) {
        throw new IllegalArgumentException(
            "survey data must have " + AnswerKind.values()[kinds[k]].name().toLowerCase(Locale.ROOT)
                + " answers for this analysis but has only " + data.kinds());
      }
      cols[k] = c;
    }
    dataSource = new Source(cols, dataWholePoints, dataPoints, filterCodes);
    boolean anyMissing = false;
    for (int k : kinds) {
      anyMissing |= dataMissingByKind[k] > 0;
    }
    boolean maybeClean = cleanKernel && filterCodes == null;
    boolean checkBlocks = anyMissing;
    // A block with missing answers has its complete respondents gathered for the clean kernel when
    // every sum is an exact integer: their order then cannot change a result. (Double-valued sums,
    // for scores that are not exact, see the respondents in the order of the blocks as before.)
    boolean gather = maybeClean && checkBlocks && dataPoints == null
        && (kCount != 2 || (unwExact && (dataWholePoints == null || wExact)));
    int chunk = block * BLOCKS_PER_CHUNK;
    int chunks = (int) ((size + (long) chunk - 1) / chunk);
    Sums[] parts = new Sums[chunks];
    int threads = Math.max(1, Math.min(parallelism, chunks));
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      Scratch w = new Scratch();
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        Sums s = new Sums(data.instrument().size(), dimSize, kCount);
        int end = (int) Math.min(size, (long) (c + 1) * chunk);
        for (int start = c * chunk; start < end; start += block) {
          int len = Math.min(block, end - start);
          int len4 = len & ~3;
          int incomplete = maybeClean && len4 > 0 && checkBlocks ? incomplete(w, start, len) : len;
          if (maybeClean && len4 > 0 && (!checkBlocks || incomplete == 0)) {
            clean(s, w, dataSource, start, len4);
            if (len4 < len) {
              masked(s, w, dataSource, start + len4, len - len4);
            }
          } else if (gather && len - incomplete >= 4) {
            Source g = gather(w, start, len, incomplete);
            int good = len - incomplete;
            int good4 = good & ~3;
            clean(s, w, g, 0, good4);
            if (listwise) {
              // listwise, a respondent who misses an answer counts as a respondent and for nothing else
              masked(s, w, g, good4, good - good4);
              s.respondents += incomplete;
            } else {
              masked(s, w, g, good4, len - good4);
            }
          } else {
            masked(s, w, dataSource, start, len);
          }
        }
        parts[c] = s;
      }
    };
    Workers.run(work, threads, "mot-servqual-analysis");
    for (Sums s : parts) {
      total.add(s);
    }
    return this;
  }

  /** Per-thread scratch arrays. */
  private final class Scratch {
    /** The four lanes of a clean block. */
    public final Lane[] lanes = new Lane[4];
    /** The masked kernel's dimension totals: [kind][dimension][respondent of the block]. */
    public final int[][][] tot;
    public final int[] mask;
    public final int[] ok;
    public final int[] miss;
    public final int[] missAll;
    /** See {@link #incomplete}: a bit per respondent of the block. */
    public final long[] missing;
    /** See {@link #gather}: the positions that trade places. */
    public final int[] hole;
    public final int[] fill;
    private @Nullable Source gathered;

    public Scratch() {
      int dCount = dimItems.length;
      for (int l = 0; l < lanes.length; l++) {
        lanes[l] = cleanKernel ? new Lane(block / 4) : new Lane(0);
      }
      tot = new int[kCount][dCount][block];
      mask = new int[block];
      ok = new int[block];
      miss = new int[block];
      missAll = new int[block];
      missing = new long[block / 8 + 1];
      hole = new int[block];
      fill = new int[block];
    }

    /** The gathered copy of a block, made on first use. */
    public Source gathered() {
      Source g = gathered;
      if (g == null) {
        byte[][] whole = dataWholePoints;
        g = new Source(new byte[kCount][data.instrument().size()][block],
            whole == null ? null : new byte[whole.length][block], null, null);
        gathered = g;
      }
      return g;
    }
  }

  /**
   * The clean kernel's arrays for one lane of a block: lane {@code l} holds respondents {@code
   * start + 4i + l}, {@code i < m}. One little-endian int read of a byte column yields an answer of
   * each lane; unpacking it into four int arrays is a loop that C2 vectorizes, where widening
   * bytes one by one stays scalar and cost as much as all the statistics together.
   */
  private final class Lane {
    /** [kind][item of the dimension][i]: widened answers (not for two kinds). */
    public final int[][][] x;
    /** [item of the dimension][i]: two kinds' answers packed {@code x0 | x1 << 16}. */
    public final int[][] xq;
    /** [kind][dimension][i]: dimension totals. */
    public final int[][][] tot;
    /** [dimension][i]: whole importance points. */
    public final int[][] pts;
    public final int[] g;
    public final int[] sc;
    /** Block sums of the current dimension's items: [kind][item of the dimension]. */
    public final int[][] s;
    public final int[][] ss;
    public final int[] cross01;
    public final int[] st;
    public final int[] sst;
    /**
     * 1, as a value the JIT cannot see: sums are written as {@code s += x * one}, a sum of
     * products, which C2 vectorizes, where it leaves a plain {@code s += x} scalar.
     */
    public final int one;

    public Lane(int m) {
      one = unit;
      int dCount = dimItems.length;
      x = kCount != 2 ? new int[kCount][maxDimSize][m] : new int[0][][];
      xq = kCount == 2 ? new int[maxDimSize][m] : new int[0][];
      tot = new int[kCount][dCount][m];
      pts = new int[dCount][m];
      g = new int[m];
      sc = new int[m];
      s = new int[kCount][maxDimSize];
      ss = new int[kCount][maxDimSize];
      cross01 = new int[maxDimSize];
      st = new int[kCount];
      sst = new int[kCount];
    }
  }

  /**
   * The number of respondents of the block who miss a chosen answer. Reads each column eight bytes
   * at a time as a little-endian long and leaves in {@code w.missing} word {@code g} the high bit of
   * byte {@code b} set iff respondent {@code start + 8g + b} misses an answer.
   */
  private int incomplete(Scratch w, int start, int len) {
    long[] missing = w.missing;
    int words = len >>> 3;
    Arrays.fill(missing, 0, words + 1, 0L);
    for (byte[][] kc : cols) {
      for (byte[] col : kc) {
        for (int g = 0; g < words; g++) {
          missing[g] |= missingBytes((long) LE_LONG.get(col, start + 8 * g));
        }
        for (int r = words << 3; r < len; r++) {
          if (col[start + r] == ModelAccess.MISSING_BYTE) {
            missing[words] |= 0x80L << ((r & 7) << 3);
          }
        }
      }
    }
    int count = 0;
    for (int g = 0; g <= words; g++) {
      count += Long.bitCount(missing[g]);
    }
    return count;
  }

  /**
   * The high bit of each byte of the result is set iff that byte of {@code word} is the missing
   * byte 0xFF, exactly (no carry crosses bytes): the zero-byte test of {@code ~word}.
   */
  static long missingBytes(long word) {
    long y = ~word;
    return ~(((y & LOW7) + LOW7) | y) & HIGH_BITS;
  }

  /** Whether respondent {@code start + r} of the block misses an answer; see {@link #incomplete}. */
  private static boolean misses(long[] missing, int r) {
    return (missing[r >>> 3] >>> (((r & 7) << 3) + 7) & 1) != 0;
  }

  /**
   * Copies the block's answers (and whole points) into the thread's gathered source with its
   * complete respondents first: the block is copied as it is, then each incomplete respondent
   * before position {@code len - incomplete} trades places with a complete one after it.
   * {@link #incomplete} has marked them in {@code w.missing}.
   *
   * @return the gathered source: the complete respondents at {@code [0, len - incomplete)}, the
   *     others after them
   */
  private Source gather(Scratch w, int start, int len, int incomplete) {
    long[] missing = w.missing;
    int good = len - incomplete;
    int[] hole = w.hole;
    int[] fill = w.fill;
    int pairs = 0;
    int q = good;
    for (int r = 0; r < good; r++) {
      if ((r & 7) == 0 && missing[r >>> 3] == 0) {
        r += 7;
        continue;
      }
      if (misses(missing, r)) {
        while (misses(missing, q)) {
          q++;
        }
        hole[pairs] = r;
        fill[pairs] = q;
        pairs++;
        q++;
      }
    }
    Source g = w.gathered();
    for (int k = 0; k < kCount; k++) {
      for (int i = 0; i < cols[k].length; i++) {
        gather(cols[k][i], start, g.cols[k][i], len, hole, fill, pairs);
      }
    }
    byte[][] whole = dataWholePoints;
    byte[][] gw = g.whole;
    if (whole != null && gw != null) {
      for (int d = 0; d < whole.length; d++) {
        gather(whole[d], start, gw[d], len, hole, fill, pairs);
      }
    }
    return g;
  }

  private static void gather(byte[] from, int start, byte[] to, int len, int[] hole, int[] fill, int pairs) {
    System.arraycopy(from, start, to, 0, len);
    for (int p = 0; p < pairs; p++) {
      to[hole[p]] = from[start + fill[p]];
      to[fill[p]] = from[start + hole[p]];
    }
  }

  /**
   * Where a kernel reads a block: the data's own arrays, or a thread's gathered copy of a block.
   * Respondent {@code r} of the source is at index {@code r} of every array.
   */
  private static final class Source {
    /** [kind position][item index][respondent]. */
    public final byte[][][] cols;
    public final byte @Nullable [][] whole;
    public final double @Nullable [][] points;
    public final int @Nullable [] filter;

    public Source(byte[][][] cols, byte @Nullable [][] whole, double @Nullable [][] points, int @Nullable [] filter) {
      this.cols = cols;
      this.whole = whole;
      this.points = points;
      this.filter = filter;
    }
  }

  /**
   * The clean kernel: no missing answer, no filter, {@code len} a multiple of 4; every sum in int
   * over the block, in four lanes.
   */
  private void clean(Sums s, Scratch w, Source src, int start, int len) {
    int m = len >> 2;
    Lane[] lanes = w.lanes;
    byte[][][] cols = src.cols;
    for (int d = 0; d < dimItems.length; d++) {
      int[] ids = dimItems[d];
      for (int j = 0; j < ids.length; j++) {
        int i = ids[j];
        if (kCount == 2) {
          widenPair(cols[0][i], cols[1][i], start, m, lanes[0].xq[j], lanes[1].xq[j], lanes[2].xq[j],
              lanes[3].xq[j]);
        } else {
          for (int k = 0; k < kCount; k++) {
            widen(cols[k][i], start, m, lanes[0].x[k][j], lanes[1].x[k][j], lanes[2].x[k][j], lanes[3].x[k][j]);
          }
        }
      }
      for (Lane lane : lanes) {
        cleanDimension(s, lane, d, m);
      }
    }
    s.respondents += len;
    s.complete += len;
    byte[][] whole = src.whole;
    boolean wholeVector = whole != null && dataWithoutPoints == 0;
    if (whole != null && wholeVector) {
      for (int d = 0; d < whole.length; d++) {
        widen(whole[d], start, m, lanes[0].pts[d], lanes[1].pts[d], lanes[2].pts[d], lanes[3].pts[d]);
      }
    }
    for (int l = 0; l < lanes.length; l++) {
      cleanScores(s, lanes[l], src, start, l, m, wholeVector);
    }
  }

  /** One dimension of one lane: item, dimension and reliability sums. */
  private void cleanDimension(Sums s, Lane w, int d, int len) {
    int[] ids = dimItems[d];
    int kd = ids.length;
    if (kCount == 2) {
      int[] tq = w.g;
      Arrays.fill(tq, 0, len, 0);
      for (int j = 0; j < kd; j++) {
        Moments m = s.items[ids[j]];
        m.n += len;
        itemPair(w, j, tq, len);
        m.s[0] += w.s[0][j];
        m.s[1] += w.s[1][j];
        m.ss[0] += w.ss[0][j];
        m.ss[1] += w.ss[1][j];
        m.sx[1] += w.cross01[j];
      }
      unpack(tq, w.tot[0][d], w.tot[1][d], len);
    } else {
      for (int k = 0; k < kCount; k++) {
        Arrays.fill(w.tot[k][d], 0, len, 0);
      }
      for (int j = 0; j < kd; j++) {
        Moments m = s.items[ids[j]];
        m.n += len;
        for (int k = 0; k < kCount; k++) {
          itemKind(w, k, j, w.tot[k][d], len);
          m.s[k] += w.s[k][j];
          m.ss[k] += w.ss[k][j];
        }
        for (int k = 0; k < kCount; k++) {
          for (int l = k + 1; l < kCount; l++) {
            m.sx[k * kCount + l] += dot(w.x[k][j], w.x[l][j], len);
          }
        }
      }
    }
    Moments dm = s.dims[d];
    dm.n += len;
    int dimCross01 = 0;
    if (kCount == 2) {
      dimCross01 = totalsPair(w, w.tot[0][d], w.tot[1][d], len);
      dm.sx[1] += dimCross01;
    } else {
      for (int k = 0; k < kCount; k++) {
        int[] t = w.tot[k][d];
        w.st[k] = sum(t, len, w.one);
        w.sst[k] = dot(t, t, len);
        for (int l = k + 1; l < kCount; l++) {
          dm.sx[k * kCount + l] += dot(t, w.tot[l][d], len);
        }
      }
    }
    for (int k = 0; k < kCount; k++) {
      dm.s[k] += w.st[k];
      dm.ss[k] += w.sst[k];
    }
    if (!reliability) {
      return;
    }
    for (int k = 0; k < kCount; k++) {
      RelSums rs = s.rel[d][k];
      rs.n += len;
      rs.st += w.st[k];
      rs.sst += w.sst[k];
      for (int j = 0; j < kd; j++) {
        rs.s[j] += w.s[k][j];
        rs.ss[j] += w.ss[k][j];
      }
    }
    if (kCount == 2) {
      RelSums r0 = s.rel[d][0];
      RelSums r1 = s.rel[d][1];
      RelSums rg = s.rel[d][2];
      rg.n += len;
      rg.st += (long) w.st[1] - w.st[0];
      rg.sst += (long) w.sst[1] - 2L * dimCross01 + w.sst[0];
      int[] t0 = w.tot[0][d];
      int[] t1 = w.tot[1][d];
      int[] g = w.g;
      for (int j = 0; j < kd; j++) {
        int[] xq = w.xq[j];
        int a = 0;
        int b = 0;
        int c = 0;
        for (int r = 0; r < len; r++) {
          int q = xq[r];
          int e = q & 0xFFFF;
          int p = q >>> 16;
          a += e * t0[r];
          b += p * t1[r];
          c += (p - e) * g[r];
        }
        r0.sxt[j] += a;
        r1.sxt[j] += b;
        rg.s[j] += (long) w.s[1][j] - w.s[0][j];
        rg.ss[j] += (long) w.ss[1][j] - 2L * w.cross01[j] + w.ss[0][j];
        rg.sxt[j] += c;
      }
    } else {
      for (int k = 0; k < kCount; k++) {
        RelSums rs = s.rel[d][k];
        for (int j = 0; j < kd; j++) {
          rs.sxt[j] += dot(w.x[k][j], w.tot[k][d], len);
        }
      }
    }
  }

  /**
   * Item j of two kinds, packed as {@code x0 | x1 << 16}: adds it to the packed dimension totals,
   * then takes both sums (packed too), both sums of squares and the cross product.
   *
   * <p>Every loop of the clean kernel either stores element-wise or reduces, never both: C2's
   * SuperWord in JDK 17.0.15 crashes (TypeVect::xmeet, ShouldNotReachHere) on some loops that
   * store and reduce the same loaded values, and {@code CompiledKernelsTest} runs every kernel
   * compiled.
   */
  private static void itemPair(Lane w, int j, int[] tq, int len) {
    int[] xq = w.xq[j];
    int one = w.one;
    for (int r = 0; r < len; r++) {
      tq[r] += xq[r];
    }
    int s = 0;
    int q0 = 0;
    int q1 = 0;
    int c = 0;
    for (int r = 0; r < len; r++) {
      int q = xq[r];
      s += q * one;
      int a = q & 0xFFFF;
      int b = q >>> 16;
      q0 += a * a;
      q1 += b * b;
      c += a * b;
    }
    w.s[0][j] = s & 0xFFFF;
    w.s[1][j] = s >>> 16;
    w.ss[0][j] = q0;
    w.ss[1][j] = q1;
    w.cross01[j] = c;
  }

  /** Four lanes of two byte columns, packed: lane l gets {@code c0[r] | c1[r] << 16} for r = start + 4i + l. */
  private static void widenPair(byte[] c0, byte[] c1, int start, int m, int[] x0, int[] x1, int[] x2, int[] x3) {
    for (int i = 0; i < m; i++) {
      int a = (int) LE_INT.get(c0, start + 4 * i);
      int b = (int) LE_INT.get(c1, start + 4 * i);
      x0[i] = (a & 0xFF) | (b & 0xFF) << 16;
      x1[i] = (a >>> 8 & 0xFF) | (b >>> 8 & 0xFF) << 16;
      x2[i] = (a >>> 16 & 0xFF) | (b >>> 16 & 0xFF) << 16;
      x3[i] = a >>> 24 | (b >>> 24) << 16;
    }
  }

  /** Four lanes of a byte column: lane l gets the unsigned byte {@code col[start + 4i + l]}, i &lt; m. */
  static void widen(byte[] col, int start, int m, int[] x0, int[] x1, int[] x2, int[] x3) {
    for (int i = 0; i < m; i++) {
      int a = (int) LE_INT.get(col, start + 4 * i);
      x0[i] = a & 0xFF;
      x1[i] = a >>> 8 & 0xFF;
      x2[i] = a >>> 16 & 0xFF;
      x3[i] = a >>> 24;
    }
  }

  /** Packed totals into two int arrays. */
  private static void unpack(int[] tq, int[] t0, int[] t1, int len) {
    for (int r = 0; r < len; r++) {
      int q = tq[r];
      t0[r] = q & 0xFFFF;
      t1[r] = q >>> 16;
    }
  }

  /** Item j of kind k: totals, sum and sum of squares. */
  private static void itemKind(Lane w, int k, int j, int[] t, int len) {
    int[] x = w.x[k][j];
    for (int r = 0; r < len; r++) {
      t[r] += x[r];
    }
    int one = w.one;
    int sum = 0;
    int sq = 0;
    for (int r = 0; r < len; r++) {
      int v = x[r];
      sum += v * one;
      sq += v * v;
    }
    w.s[k][j] = sum;
    w.ss[k][j] = sq;
  }

  /**
   * Dimension totals of two kinds: sums, sums of squares and (returned) the cross product; then,
   * in a loop of its own (see {@link #itemPair}), the gap totals {@code g}.
   */
  private static int totalsPair(Lane w, int[] t0, int[] t1, int len) {
    int one = w.one;
    int s0 = 0;
    int s1 = 0;
    int q0 = 0;
    int q1 = 0;
    int c = 0;
    for (int r = 0; r < len; r++) {
      int a = t0[r];
      int b = t1[r];
      s0 += a * one;
      s1 += b * one;
      q0 += a * a;
      q1 += b * b;
      c += a * b;
    }
    w.st[0] = s0;
    w.st[1] = s1;
    w.sst[0] = q0;
    w.sst[1] = q1;
    int[] g = w.g;
    for (int r = 0; r < len; r++) {
      g[r] = t1[r] - t0[r];
    }
    return c;
  }

  /**
   * The sum of {@code a[0..len)}. {@code one} is 1, read from a field so that the JIT cannot fold
   * it: a plain sum reduction is not vectorized by C2's SuperWord (JDK 17 to 25; it finds too
   * little work), a sum of products is; see {@link Lane#one}.
   */
  static int sum(int[] a, int len, int one) {
    int s = 0;
    for (int r = 0; r < len; r++) {
      s += a[r] * one;
    }
    return s;
  }

  /** The sum of products {@code a[r] b[r]} over {@code [0, len)}. */
  static int dot(int[] a, int[] b, int len) {
    int s = 0;
    for (int r = 0; r < len; r++) {
      s += a[r] * b[r];
    }
    return s;
  }

  /**
   * The overall scores of one lane of a clean block: vector loops over int arrays where the bounds
   * allow, else respondent by respondent.
   *
   * @param l the lane: respondent {@code start + 4i + l} is at {@code i}
   * @param wholeVector whether every respondent has whole points, widened into {@code w.pts}
   */
  private void cleanScores(Sums s, Lane w, Source src, int start, int l, int len, boolean wholeVector) {
    int dCount = dimItems.length;
    int[][][] tot = w.tot;
    if (kCount == 2) {
      if (unwInt) {
        int[] sc = w.sc;
        Arrays.fill(sc, 0, len, 0);
        for (int d = 0; d < dCount; d++) {
          int f = (int) unwFactor[d];
          int[] t0 = tot[0][d];
          int[] t1 = tot[1][d];
          for (int r = 0; r < len; r++) {
            sc[r] += (t1[r] - t0[r]) * f;
          }
        }
        s.unwN += len;
        s.unwS += sum(sc, len, w.one);
        s.unwSS += dot(sc, sc, len);
      } else {
        for (int r = 0; r < len; r++) {
          unweighted(s, tot, r);
        }
      }
    }
    if (perceptionIndex >= 0) {
      if (perfInt) {
        int[][] tp = tot[perceptionIndex];
        int[] sp = w.sc;
        System.arraycopy(tp[0], 0, sp, 0, len);
        for (int d = 1; d < dCount; d++) {
          int[] t = tp[d];
          for (int r = 0; r < len; r++) {
            sp[r] += t[r];
          }
        }
        s.perfN += len;
        s.perfS += sum(sp, len, w.one);
        s.perfSS += dot(sp, sp, len);
      } else {
        for (int r = 0; r < len; r++) {
          servperf(s, tot, r);
        }
      }
    }
    if (wholeVector) {
      boolean weighted = kCount == 2 && wInt;
      int[] sc = w.sc;
      if (weighted) {
        Arrays.fill(sc, 0, len, 0);
      }
      for (int d = 0; d < dCount; d++) {
        int[] p = w.pts[d];
        s.pointsWholeSum[d] += sum(p, len, w.one);
        s.pointsN[d] += len;
        if (weighted) {
          int f = (int) wFactor[d];
          int[] t0 = tot[0][d];
          int[] t1 = tot[1][d];
          for (int r = 0; r < len; r++) {
            sc[r] += p[r] * (t1[r] - t0[r]) * f;
          }
        }
      }
      if (weighted) {
        s.wN += len;
        s.wS += sum(sc, len, w.one);
        long ss = 0;
        for (int r = 0; r < len; r++) {
          ss += (long) sc[r] * sc[r];
        }
        s.wSS += ss;
      } else if (kCount == 2) {
        for (int r = 0; r < len; r++) {
          weighted(s, tot, r, src, start + 4 * r + l);
        }
      }
    } else if (data.hasPoints()) {
      for (int r = 0; r < len; r++) {
        if (kCount == 2) {
          weighted(s, tot, r, src, start + 4 * r + l);
        }
        points(s, src, start + 4 * r + l);
      }
    }
  }

  /** Adds respondent r's unweighted SERVQUAL score; the respondent has every E and P answer. */
  private void unweighted(Sums s, int[][][] totals, int r) {
    int dCount = dimItems.length;
    int[][] t0 = totals[0];
    int[][] t1 = totals[1];
    if (unwExact) {
      long score = 0;
      for (int d = 0; d < dCount; d++) {
        score += (long) (t1[d][r] - t0[d][r]) * unwFactor[d];
      }
      s.unwN++;
      s.unwS += score;
      s.unwSS += score * score;
    } else {
      double score = 0;
      for (int d = 0; d < dCount; d++) {
        score += (double) (t1[d][r] - t0[d][r]) / dimSize[d];
      }
      s.unwDouble.add(score / dCount);
    }
  }

  /**
   * Adds a respondent's weighted SERVQUAL score if it has points; it has every E and P answer.
   *
   * @param r the respondent's position in {@code totals}
   * @param src where the respondent's points are
   * @param global the respondent's index in {@code src}
   */
  private void weighted(Sums s, int[][][] totals, int r, Source src, int global) {
    int dCount = dimItems.length;
    int[][] t0 = totals[0];
    int[][] t1 = totals[1];
    byte[][] whole = src.whole;
    if (whole != null) {
      if (whole[0][global] == ModelAccess.MISSING_BYTE) {
        return;
      }
      if (wExact) {
        long score = 0;
        for (int d = 0; d < dCount; d++) {
          score += (whole[d][global] & 0xFF) * (long) (t1[d][r] - t0[d][r]) * wFactor[d];
        }
        s.wN++;
        s.wS += score;
        s.wSS += score * score;
        return;
      }
    }
    double[][] points = src.points;
    if (whole == null && (points == null || Double.isNaN(points[0][global]))) {
      return;
    }
    double score = 0;
    for (int d = 0; d < dCount; d++) {
      double p = whole != null ? whole[d][global] & 0xFF : Objects.requireNonNull(points)[d][global];
      score += p / 100.0 * (t1[d][r] - t0[d][r]) / dimSize[d];
    }
    s.weighted.add(score);
  }

  /** Adds respondent r's SERVPERF score; the respondent has every P answer. */
  private void servperf(Sums s, int[][][] totals, int r) {
    int[][] tp = totals[perceptionIndex];
    long sp = 0;
    for (int[] t : tp) {
      sp += t[r];
    }
    s.perfN++;
    s.perfS += sp;
    s.perfSS += sp * sp;
  }

  /** Adds the importance points, if any, of the respondent with the given index in the source. */
  private void points(Sums s, Source src, int global) {
    byte[][] whole = src.whole;
    double[][] points = src.points;
    if (whole != null) {
      if (whole[0][global] == ModelAccess.MISSING_BYTE) {
        return;
      }
      for (int d = 0; d < whole.length; d++) {
        s.pointsWholeSum[d] += whole[d][global] & 0xFF;
        s.pointsN[d]++;
      }
    } else if (points != null && !Double.isNaN(points[0][global])) {
      for (int d = 0; d < points.length; d++) {
        s.pointsSum[d] += points[d][global];
        s.pointsN[d]++;
      }
    }
  }

  /** The masked kernel: any block, with missing answers, listwise deletion and a filter. */
  private void masked(Sums s, Scratch w, Source src, int start, int len) {
    int dCount = dimItems.length;
    byte[][][] cols = src.cols;
    int[] mask = w.mask;
    int[] ok = w.ok;
    int[] miss = w.miss;
    int[] missAll = w.missAll;
    int[][][] totals = w.tot;
    int[] fc = src.filter;
    for (int r = 0; r < len; r++) {
      mask[r] = fc == null || fc[start + r] == filterCode ? 1 : 0;
    }
    s.respondents += sum(mask, len, unit);
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
        accumulateItem(s.items[i], cols, i, start, len, ok);
      }
      for (int r = 0; r < len; r++) {
        missAll[r] |= miss[r];
        ok[r] = mask[r] & (miss[r] == 0 ? 1 : 0);
      }
      accumulateTotals(s.dims[d], totals, d, len, ok);
      if (reliability) {
        accumulateReliability(s, cols, d, totals, start, len, ok);
      }
    }
    int perfBit = perceptionIndex >= 0 ? 1 << perceptionIndex : 0;
    for (int r = 0; r < len; r++) {
      if (mask[r] == 0) {
        continue;
      }
      if (missAll[r] == 0) {
        s.complete++;
        if (kCount == 2) {
          unweighted(s, totals, r);
          weighted(s, totals, r, src, start + r);
        }
      }
      if (perceptionIndex >= 0 && (missAll[r] & perfBit) == 0) {
        servperf(s, totals, r);
      }
      points(s, src, start + r);
    }
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

  private void accumulateReliability(Sums sums, byte[][][] cols, int d, int[][][] totals, int start, int len,
      int[] ok) {
    int[] ids = dimItems[d];
    for (int k = 0; k <= kCount; k++) {
      boolean diff = k == kCount;
      if (diff && kCount != 2) {
        continue;
      }
      RelSums rs = sums.rel[d][k];
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

  public int dimensionSize(int d) {
    return dimSize[d];
  }
}
