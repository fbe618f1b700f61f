package io.github.mot.servqual.internal;

import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.SurveyData;

/**
 * The scored answers of one scale (the items of a dimension for one {@link ScoreKind}) copied out
 * of the columnar {@link SurveyData} into one {@code short[]} per item, {@link #MISSING} where the
 * answer (for a gap: either answer) is missing. Values are stored answers (scored answer minus the
 * scale minimum), so gaps are {@code P - E} exactly. Package-private; immutable after creation.
 */
public final class ScaleValues {

  public static final short MISSING = Short.MIN_VALUE;

  /** 1-based item ids. */
  public final int[] itemIds;
  /** [item][respondent]. */
  public final short[][] values;
  public final int size;

  private ScaleValues(int[] itemIds, short[][] values, int size) {
    this.itemIds = itemIds;
    this.values = values;
    this.size = size;
  }

  /**
   * Copies the answers of the given items.
   *
   * @throws IllegalArgumentException if the data lacks a kind the score needs
   */
  public static ScaleValues of(SurveyData data, ScoreKind score, int[] itemIds) {
    int n = data.size();
    short[][] values = new short[itemIds.length][n];
    for (int j = 0; j < itemIds.length; j++) {
      int item = itemIds[j] - 1;
      short[] out = values[j];
      if (score == ScoreKind.GAP) {
        byte[] e = column(data, AnswerKind.EXPECTATION)[item];
        byte[] p = column(data, AnswerKind.PERCEPTION)[item];
        for (int r = 0; r < n; r++) {
          int a = e[r] & 0xFF;
          int b = p[r] & 0xFF;
          out[r] = a == ModelAccess.MISSING_BYTE_VALUE || b == ModelAccess.MISSING_BYTE_VALUE
              ? MISSING
              : (short) (b - a);
        }
      } else {
        byte[] c = column(data, AnswerKind.valueOf(score.name()))[item];
        for (int r = 0; r < n; r++) {
          int a = c[r] & 0xFF;
          out[r] = a == ModelAccess.MISSING_BYTE_VALUE ? MISSING : (short) a;
        }
      }
    }
    return new ScaleValues(itemIds.clone(), values, n);
  }

  public static byte[][] column(SurveyData data, AnswerKind kind) {
    byte[][] c = ModelAccess.get().columns(data)[kind.ordinal()];
    if (c == null) {
      throw new IllegalArgumentException("survey data must have " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " answers for this analysis but has only " + data.kinds());
    }
    return c;
  }

  /** Whether respondent r answered every item of the scale. */
  public boolean complete(int r) {
    for (short[] v : values) {
      if (v[r] == MISSING) {
        return false;
      }
    }
    return true;
  }

  /** Whether respondent r answered at least one item of the scale. */
  public boolean any(int r) {
    for (short[] v : values) {
      if (v[r] != MISSING) {
        return true;
      }
    }
    return false;
  }

  /** The respondents used: the complete ones (listwise) or those with any answer (pairwise). */
  public int[] eligible(boolean listwise) {
    int[] rows = new int[size];
    int m = 0;
    for (int r = 0; r < size; r++) {
      if (listwise ? complete(r) : any(r)) {
        rows[m++] = r;
      }
    }
    return java.util.Arrays.copyOf(rows, m);
  }
}
