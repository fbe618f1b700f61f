package io.github.mot.servqual.internal;

import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.SurveyData;
import org.jspecify.annotations.Nullable;

/**
 * The sums behind the covariance matrix of one scale (the items of a dimension for one {@link
 * ScoreKind}), read in one pass over the survey's byte columns: for each pair of items {@code i <=
 * j}, over the respondents who count for the pair, {@code n}, {@code sum x_i}, {@code sum x_j} and
 * {@code sum x_i x_j}. Listwise, a respondent counts if it answered every item of the scale;
 * pairwise, if it answered both items (for a gap, an item is answered when both its expectation
 * and its perception are). Values are stored answers (scored answer minus the scale minimum), gaps
 * {@code P - E}: what {@link ScaleValues} copies. The sums are exact integers, so they equal those
 * {@link AlphaMath#compute(ScaleValues, int[], boolean, boolean)} takes over the copied values,
 * whatever the order of the respondents.
 *
 * <p><b>Speed.</b> Respondents are read in blocks of {@value #BLOCK}. Each item's column is read
 * four bytes at a time as a little-endian int and unpacked into four lanes of {@code int[]}s
 * (lane {@code l} holds respondents {@code 4i + l}; {@link Engine}'s helpers, as in its clean
 * kernel), a missing answer as 0 beside a 0/1 presence;
 * the block's sums and products are then loops over {@code int[]}s that C2 vectorizes, in {@code
 * int} (a block's sums cannot overflow: |value| &lt;= 255), as if every respondent counted for every
 * pair; the few respondents who miss an answer are then taken out again one by one. The last one
 * to three respondents of the data are added one by one.
 *
 * <p>Immutable once computed; {@link #of} is thread-safe.
 */
public final class PairSums {

  /** Respondents per block: four lanes of 1,024. */
  static final int BLOCK = 4096;
  /**
   * 1, as a value the JIT cannot see: sums are written as {@code s += x * one}, which C2
   * vectorizes, where it leaves a plain {@code s += x} scalar (as in {@link Engine}).
   */
  private static int unit = 1;

  /** The number of items. */
  public final int items;
  /** [i][j], for {@code i <= j}: respondents counted for the pair. */
  public final long[][] n;
  /** [i][j], for {@code i <= j}: the sum of item i's values over the pair's respondents. */
  public final long[][] sx;
  /** [i][j], for {@code i <= j}: the sum of item j's values over the pair's respondents. */
  public final long[][] sy;
  /** [i][j], for {@code i <= j}: the sum of products. */
  public final long[][] sxy;

  private PairSums(int items) {
    this.items = items;
    n = new long[items][items];
    sx = new long[items][items];
    sy = new long[items][items];
    sxy = new long[items][items];
  }

  /**
   * Sums the scale's pairs over every respondent of the data.
   *
   * @param data the survey data
   * @param score the score: an answer kind, or the gap
   * @param itemIds the scale's 1-based item ids
   * @param listwise whether a respondent counts only if it answered every item
   * @return the sums
   * @throws IllegalArgumentException if the data lacks a kind the score needs
   */
  public static PairSums of(SurveyData data, ScoreKind score, int[] itemIds, boolean listwise) {
    int k = itemIds.length;
    byte[][] a;
    byte[][] b;
    if (score == ScoreKind.GAP) {
      byte[][] e = ScaleValues.column(data, AnswerKind.EXPECTATION);
      byte[][] p = ScaleValues.column(data, AnswerKind.PERCEPTION);
      a = new byte[k][];
      b = new byte[k][];
      for (int j = 0; j < k; j++) {
        a[j] = p[itemIds[j] - 1];
        b[j] = e[itemIds[j] - 1];
      }
    } else {
      byte[][] c = ScaleValues.column(data, AnswerKind.valueOf(score.name()));
      a = new byte[k][];
      for (int j = 0; j < k; j++) {
        a[j] = c[itemIds[j] - 1];
      }
      b = null;
    }
    PairSums sums = new PairSums(k);
    new Pass(sums, a, b, listwise).run(data.size());
    return sums;
  }

  /** One pass: the scratch lanes of a block and the block kernel. */
  private static final class Pass {
    private final PairSums sums;
    /** The items' columns; for a gap, the perceptions. */
    private final byte[][] a;
    /** For a gap, the expectations; else null. */
    private final byte @Nullable [][] b;
    private final boolean listwise;
    private final int k;
    /** [item][lane][i]: values, 0 where missing. */
    private final int[][][] x;
    /** [item][lane][i]: 1 where answered, else 0. */
    private final int[][][] m;
    /** [lane][i]: the expectations of a gap's item while it is unpacked. */
    private final int[][] e;
    /** [lane][i]: 1 where every item is answered, else 0. */
    private final int[][] all;
    /** The block's sums of each item's values (as if every respondent counted). */
    private final int[] s;
    /** The lane and position of each respondent of the block who misses an answer. */
    private final int[] missLane;
    private final int[] missAt;
    private final int one = unit;

    Pass(PairSums sums, byte[][] a, byte @Nullable [][] b, boolean listwise) {
      this.sums = sums;
      this.a = a;
      this.b = b;
      this.listwise = listwise;
      this.k = a.length;
      int lane = BLOCK / 4;
      x = new int[k][4][lane];
      m = new int[k][4][lane];
      e = b == null ? new int[0][] : new int[4][lane];
      all = new int[4][lane];
      s = new int[k];
      missLane = new int[BLOCK];
      missAt = new int[BLOCK];
    }

    void run(int size) {
      int full = size & ~3;
      for (int start = 0; start < full; start += BLOCK) {
        block(start, Math.min(BLOCK, full - start) >> 2);
      }
      for (int r = full; r < size; r++) {
        row(r);
      }
    }

    /** Respondents {@code start + 4i + l} for {@code i < len}, every lane l. */
    private void block(int start, int len) {
      for (int j = 0; j < k; j++) {
        int[][] xj = x[j];
        int[][] mj = m[j];
        Engine.widen(a[j], start, len, xj[0], xj[1], xj[2], xj[3]);
        byte[][] bb = b;
        if (bb == null) {
          for (int l = 0; l < 4; l++) {
            present(xj[l], mj[l], len);
          }
        } else {
          Engine.widen(bb[j], start, len, e[0], e[1], e[2], e[3]);
          for (int l = 0; l < 4; l++) {
            presentGap(xj[l], e[l], mj[l], len);
          }
        }
        int sj = 0;
        for (int l = 0; l < 4; l++) {
          sj += Engine.sum(xj[l], len, one);
        }
        s[j] = sj;
      }
      for (int l = 0; l < 4; l++) {
        int[] al = all[l];
        System.arraycopy(m[0][l], 0, al, 0, len);
        for (int j = 1; j < k; j++) {
          and(al, m[j][l], len);
        }
      }
      int answeredAll = 0;
      for (int l = 0; l < 4; l++) {
        answeredAll += Engine.sum(all[l], len, one);
      }
      int misses = 0;
      if (answeredAll < 4 * len) {
        for (int l = 0; l < 4; l++) {
          int[] al = all[l];
          for (int i = 0; i < len; i++) {
            if (al[i] == 0) {
              missLane[misses] = l;
              missAt[misses] = i;
              misses++;
            }
          }
        }
      }
      for (int i = 0; i < k; i++) {
        for (int j = i; j < k; j++) {
          int p = 0;
          for (int l = 0; l < 4; l++) {
            p += Engine.dot(x[i][l], x[j][l], len);
          }
          long cn = 4L * len;
          long cx = s[i];
          long cy = s[j];
          long cxy = p;
          for (int q = 0; q < misses; q++) {
            int l = missLane[q];
            int at = missAt[q];
            int xi = x[i][l][at];
            int xj = x[j][l][at];
            if (listwise) {
              cn--;
              cx -= xi;
              cy -= xj;
              cxy -= (long) xi * xj;
            } else {
              int mi = m[i][l][at];
              int mj = m[j][l][at];
              cn -= 1 - (mi & mj);
              cx -= xi * (1 - mj);
              cy -= xj * (1 - mi);
            }
          }
          sums.n[i][j] += cn;
          sums.sx[i][j] += cx;
          sums.sy[i][j] += cy;
          sums.sxy[i][j] += cxy;
        }
      }
    }

    /** Adds respondent r on its own. */
    private void row(int r) {
      int[] v = new int[k];
      boolean[] answered = new boolean[k];
      boolean complete = true;
      for (int j = 0; j < k; j++) {
        int p = a[j][r] & 0xFF;
        byte[][] bb = b;
        int q = bb == null ? 0 : bb[j][r] & 0xFF;
        answered[j] = p != ModelAccess.MISSING_BYTE_VALUE && q != ModelAccess.MISSING_BYTE_VALUE;
        v[j] = answered[j] ? p - q : 0;
        complete &= answered[j];
      }
      if (listwise && !complete) {
        return;
      }
      for (int i = 0; i < k; i++) {
        for (int j = i; j < k; j++) {
          if (answered[i] && answered[j]) {
            sums.n[i][j]++;
            sums.sx[i][j] += v[i];
            sums.sy[i][j] += v[j];
            sums.sxy[i][j] += (long) v[i] * v[j];
          }
        }
      }
    }
  }

  /** Stored bytes to values and presence: the missing byte (255) becomes 0, presence 0. */
  private static void present(int[] x, int[] m, int len) {
    for (int i = 0; i < len; i++) {
      int v = x[i];
      int ok = (v + 1) >>> 8 ^ 1;
      m[i] = ok;
      x[i] = v & -ok;
    }
  }

  /** Perceptions p and expectations e to gaps {@code p - e} and presence (both answered). */
  private static void presentGap(int[] p, int[] e, int[] m, int len) {
    for (int i = 0; i < len; i++) {
      int a = p[i];
      int b = e[i];
      int ok = ((a + 1) >>> 8 ^ 1) & ((b + 1) >>> 8 ^ 1);
      m[i] = ok;
      p[i] = (a - b) & -ok;
    }
  }

  private static void and(int[] a, int[] b, int len) {
    for (int i = 0; i < len; i++) {
      a[i] &= b[i];
    }
  }
}
