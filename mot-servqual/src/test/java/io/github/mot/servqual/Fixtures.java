package io.github.mot.servqual;

import io.github.mot.core.RatingScale;
import java.util.List;

/** The small hand-computed data sets of the tests. */
final class Fixtures {

  private Fixtures() {}

  /** 3 items on 1..7: items 1 and 2 TANGIBLES, item 3 RELIABILITY. */
  static final Instrument THREE_ITEMS = Instrument.of("three items", RatingScale.SEVEN_POINT, List.of(
      Item.of("Modern equipment", Dimension.TANGIBLES),
      Item.of("Neat staff", Dimension.TANGIBLES),
      Item.of("Keeps promises", Dimension.RELIABILITY)));

  /**
   * Four respondents:
   *
   * <pre>
   *        E1 E2 E3   P1 P2 P3   W_TANGIBLES W_RELIABILITY segment
   *   r1    7  6  5    5  6  4       60          40          a
   *   r2    6  6  7    5  4  6       50          50          a
   *   r3    5  7  6    5  5  6       30          70          b
   *   r4    7  5  6    4  6  3       80          20          b
   * </pre>
   */
  static SurveyData.Builder fourRespondents(boolean withPoints) {
    int[][] e = {{7, 6, 5}, {6, 6, 7}, {5, 7, 6}, {7, 5, 6}};
    int[][] p = {{5, 6, 4}, {5, 4, 6}, {5, 5, 6}, {4, 6, 3}};
    double[][] w = {{60, 40}, {50, 50}, {30, 70}, {80, 20}};
    String[] seg = {"a", "a", "b", "b"};
    SurveyData.Builder b = SurveyData.builder(THREE_ITEMS);
    for (int r = 0; r < 4; r++) {
      Response.Builder rb = Response.builder("r" + (r + 1)).expectations(e[r]).perceptions(p[r])
          .attribute("segment", seg[r]);
      if (withPoints) {
        rb.points(Dimension.TANGIBLES, w[r][0]).points(Dimension.RELIABILITY, w[r][1]);
      }
      b.add(rb.build());
    }
    return b;
  }
}
