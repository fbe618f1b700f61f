package io.github.mot.servqual.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PairSums}' block kernel (unpacked lanes, sums as if every respondent counted, then the
 * incomplete respondents taken out) against the straightforward sums over the values {@link
 * ScaleValues} copies, respondent by respondent: equal, and so is every statistic {@link AlphaMath}
 * computes from them.
 */
class PairSumsTest {

  private static final double[] MISSING = {0, 0.0005, 0.003, 0.05, 0.4};

  @SeededTest
  void blockSumsEqualTheSumsOverTheCopiedValues(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = r.nextBoolean() ? Instrument.standard() : ServqualGenerators.instrument(r);
    // sizes around the block and lane boundaries, and ones of many blocks
    int n = switch (r.nextInt(4)) {
      case 0 -> r.nextInt(0, 9);
      case 1 -> PairSums.BLOCK + r.nextInt(-5, 6);
      default -> r.nextInt(0, 2 * PairSums.BLOCK + 100);
    };
    double missing = MISSING[r.nextInt(MISSING.length)];
    SurveyData data = ServqualGenerators.columns(r, ins, n, missing, true, AnswerKind.EXPECTATION,
        AnswerKind.PERCEPTION, AnswerKind.DESIRED);
    List<ScoreKind> scores = List.of(ScoreKind.EXPECTATION, ScoreKind.PERCEPTION, ScoreKind.DESIRED, ScoreKind.GAP);
    for (Dimension d : ins.dimensions()) {
      int[] ids = ins.itemIds(d).stream().mapToInt(Integer::intValue).toArray();
      for (ScoreKind score : scores) {
        for (boolean listwise : new boolean[] {true, false}) {
          String what = seed + ", " + score + " of " + d + ", listwise " + listwise + ", n " + n;
          PairSums fast = PairSums.of(data, score, ids, listwise);
          ScaleValues values = ScaleValues.of(data, score, ids);
          long[][][] simple = straightforward(values, listwise);
          assertThat(fast.n).as(what).isDeepEqualTo(simple[0]);
          assertThat(fast.sx).as(what).isDeepEqualTo(simple[1]);
          assertThat(fast.sy).as(what).isDeepEqualTo(simple[2]);
          assertThat(fast.sxy).as(what).isDeepEqualTo(simple[3]);
          AlphaMath.Result a = AlphaMath.compute(fast, false);
          AlphaMath.Result b = AlphaMath.compute(values, values.eligible(listwise), listwise, false);
          assertThat(List.of(a.n, a.alpha, a.standardized, a.meanCorrelation)).as(what)
              .isEqualTo(List.of(b.n, b.alpha, b.standardized, b.meanCorrelation));
          assertThat(a.itemTotal).as(what).isEqualTo(b.itemTotal);
          assertThat(a.alphaIfDeleted).as(what).isEqualTo(b.alphaIfDeleted);
        }
      }
    }
  }

  @Test
  void aRespondentCountsForAPairOnlyWithBothAnswersAndListwiseOnlyWithEvery() {
    // gaps P - E of 6, 4, 2 and 0 on every item; the second respondent lacks item 3 (its
    // expectation), the third item 1 (its perception)
    Instrument ins = Instrument.standard();
    int n = 4;
    SurveyData.ColumnBuilder b = SurveyData.columnBuilder(ins, n);
    for (int i = 1; i <= ins.size(); i++) {
      int[] e = {1, 2, 3, 4};
      int[] p = {7, 6, 5, 4};
      if (i == 3) {
        e[1] = Response.MISSING;
      }
      if (i == 1) {
        p[2] = Response.MISSING;
      }
      b.answers(AnswerKind.EXPECTATION, i, e);
      b.answers(AnswerKind.PERCEPTION, i, p);
    }
    SurveyData data = b.build();
    int[] ids = {1, 2, 3};
    PairSums pairwise = PairSums.of(data, ScoreKind.GAP, ids, false);
    assertThat(pairwise.n[0][0]).isEqualTo(3);
    assertThat(pairwise.n[0][2]).isEqualTo(2);
    assertThat(pairwise.sx[0][2]).isEqualTo(6 + 0);
    assertThat(pairwise.sy[0][2]).isEqualTo(6 + 0);
    assertThat(pairwise.sxy[1][1]).isEqualTo(36 + 16 + 4);
    PairSums listwise = PairSums.of(data, ScoreKind.GAP, ids, true);
    assertThat(listwise.n[1][1]).isEqualTo(2);
    assertThat(listwise.sx[1][2]).isEqualTo(6);
    assertThat(listwise.sxy[0][1]).isEqualTo(36);
  }

  /** The sums respondent by respondent over the eligible rows, as AlphaMath took them. */
  private static long[][][] straightforward(ScaleValues values, boolean listwise) {
    int k = values.values.length;
    long[][][] out = new long[4][k][k];
    int[] rows = values.eligible(listwise);
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        for (int row : rows) {
          int a = values.values[i][row];
          int c = values.values[j][row];
          if (a == ScaleValues.MISSING || c == ScaleValues.MISSING) {
            continue;
          }
          out[0][i][j]++;
          out[1][i][j] += a;
          out[2][i][j] += c;
          out[3][i][j] += (long) a * c;
        }
      }
    }
    return out;
  }
}
