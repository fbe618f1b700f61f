package io.github.mot.servqual.testing;

import io.github.mot.core.RatingScale;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import java.util.Arrays;
import java.util.List;

/** The small hand-computed data sets of the tests, shared by every package of the tests. */
public final class Fixtures {

  private Fixtures() {}

  /** The bank survey of the real-file tests: items 1, 2 TANGIBLES and 3, 4 RELIABILITY on 1..7. */
  public static final Instrument BANK = Instrument.of("bank", RatingScale.SEVEN_POINT, List.of(
      Item.of("Up-to-date equipment", Dimension.TANGIBLES),
      Item.of("Neat staff", Dimension.TANGIBLES),
      Item.of("Service at the promised time", Dimension.RELIABILITY),
      Item.of("Right the first time", Dimension.RELIABILITY)));

  /** Two items on 1..5, one TANGIBLES and one RELIABILITY: the smallest instrument of the reader tests. */
  public static final Instrument TWO_ITEMS = Instrument.of("two items", RatingScale.FIVE_POINT,
      List.of(Item.of("Clean", Dimension.TANGIBLES), Item.of("On time", Dimension.RELIABILITY)));

  /** 3 items on 1..7: items 1 and 2 TANGIBLES, item 3 RELIABILITY. */
  public static final Instrument THREE_ITEMS = Instrument.of("three items", RatingScale.SEVEN_POINT, List.of(
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
   *
   * @param withPoints whether the respondents give importance points
   * @return a builder holding the four respondents
   */
  public static SurveyData.Builder fourRespondents(boolean withPoints) {
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

  /**
   * The standard instrument answered alike by many respondents, for the storage tests: respondents
   * {@code "1"} to {@code "n"} rate every expectation and perception 4 and, with points, give each
   * of the five dimensions 20 points.
   *
   * @param respondents how many respondents
   * @param withPoints whether the respondents give importance points
   * @return a builder holding the respondents
   */
  public static SurveyData.Builder allFours(int respondents, boolean withPoints) {
    SurveyData.Builder b = SurveyData.builder(Instrument.standard());
    int[] answers = new int[22];
    Arrays.fill(answers, 4);
    for (int r = 0; r < respondents; r++) {
      Response.Builder rb = Response.builder(Integer.toString(r + 1)).expectations(answers).perceptions(answers);
      if (withPoints) {
        for (Dimension d : Dimension.standard()) {
          rb.points(d, 20);
        }
      }
      b.add(rb.build());
    }
    return b;
  }

  /** Items 1-3 TANGIBLES, item 4 RELIABILITY, on 1..7. */
  public static final Instrument FOUR_ITEMS = Instrument.of("four items", RatingScale.SEVEN_POINT, List.of(
      Item.of("Modern equipment", Dimension.TANGIBLES),
      Item.of("Neat staff", Dimension.TANGIBLES),
      Item.of("Clear brochures", Dimension.TANGIBLES),
      Item.of("Keeps promises", Dimension.RELIABILITY)));

  /** Perceptions of 8 respondents (rows) for items 1-4; reference values from alpha_reference.py. */
  public static final int[][] FOUR_ITEMS_PERCEPTIONS = {
      {5, 6, 5, 5}, {3, 4, 4, 4}, {6, 6, 7, 6}, {2, 3, 2, 3}, {4, 5, 4, 4}, {7, 6, 6, 6}, {4, 4, 5, 5}, {5, 5, 6, 5}};

  /**
   * Survey data of perceptions only.
   *
   * @param ins the instrument
   * @param p the perceptions, one row a respondent ({@code r1, r2, ...})
   * @return the data
   */
  public static SurveyData perceptionsOnly(Instrument ins, int[][] p) {
    SurveyData.Builder b = SurveyData.builder(ins);
    for (int r = 0; r < p.length; r++) {
      b.add(Response.builder("r" + (r + 1)).perceptions(p[r]).build());
    }
    return b.build();
  }

  /** Three TANGIBLES items on 1..7. */
  public static final Instrument THREE_TANGIBLES = Instrument.of("three tangibles", RatingScale.SEVEN_POINT, List.of(
      Item.of("Modern equipment", Dimension.TANGIBLES),
      Item.of("Neat staff", Dimension.TANGIBLES),
      Item.of("Clear brochures", Dimension.TANGIBLES)));

  /** The expectations of {@link #twelve()}, one row a respondent. */
  public static final int[][] TWELVE_EXPECTATIONS = {{6, 7, 6}, {5, 6, 6}, {7, 7, 7}, {6, 5, 6}, {4, 5, 5}, {7, 6, 7},
      {6, 6, 5}, {5, 5, 6}, {7, 7, 6}, {6, 6, 6}, {3, 4, 4}, {6, 7, 7}};
  /** The perceptions of {@link #twelve()}, one row a respondent. */
  public static final int[][] TWELVE_PERCEPTIONS = {{4, 5, 5}, {5, 6, 4}, {6, 5, 7}, {4, 5, 3}, {5, 4, 5}, {5, 6, 6},
      {6, 4, 5}, {3, 5, 4}, {7, 5, 5}, {4, 3, 5}, {4, 4, 3}, {5, 7, 6}};

  /**
   * Twelve respondents of {@link #THREE_TANGIBLES} with expectations and perceptions, with zero
   * and tied gaps (the Wilcoxon references).
   *
   * @return the data
   */
  public static SurveyData twelve() {
    SurveyData.Builder b = SurveyData.builder(THREE_TANGIBLES);
    for (int r = 0; r < TWELVE_EXPECTATIONS.length; r++) {
      b.add(Response.builder("r" + (r + 1)).expectations(TWELVE_EXPECTATIONS[r]).perceptions(TWELVE_PERCEPTIONS[r]).build());
    }
    return b.build();
  }
}
