package io.github.mot.servqual.testing;

import io.github.mot.core.RatingScale;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of valid mot-servqual values for property tests: instruments and raw survey answers.
 * Answers are drawn as raw arrays ({@link Answers}) so that tests can transform them (swap E and P,
 * shift P, shuffle respondents) before building {@link SurveyData}.
 */
public final class ServqualGenerators {

  private ServqualGenerators() {}

  /** Raw answers of n respondents: e[r][i], p[r][i] ({@link Response#MISSING} for missing), points or null. */
  public static final class Answers {
    public final Instrument instrument;
    public final int[][] e;
    public final int[][] p;
    public final double[][] points;

    /** Answers from their parts (used by tests that transform answers). */
    public Answers(Instrument instrument, int[][] e, int[][] p, double[][] points) {
      this.instrument = instrument;
      this.e = e;
      this.p = p;
      this.points = points;
    }

    /** Builds survey data from the answers, respondent r with id "r" + r, in the given order. */
    public SurveyData build(int[] order) {
      SurveyData.Builder b = SurveyData.builder(instrument).kinds(AnswerKind.EXPECTATION, AnswerKind.PERCEPTION);
      List<Dimension> dims = instrument.dimensions();
      for (int r : order) {
        Response.Builder rb = Response.builder("r" + r).expectations(e[r]).perceptions(p[r]);
        if (points.length > 0) {
          for (int d = 0; d < dims.size(); d++) {
            rb.points(dims.get(d), points[r][d]);
          }
        }
        b.add(rb.build());
      }
      return b.build();
    }

    /** Builds survey data in the original order. */
    public SurveyData build() {
      int[] order = new int[e.length];
      for (int r = 0; r < order.length; r++) {
        order[r] = r;
      }
      return build(order);
    }
  }

  /**
   * An instrument with 2 to 12 items over 1 to 4 dimensions (standard or custom names), a scale
   * from {@link CoreGenerators#ratingScale(SplittableRandom)}, some items reverse-coded.
   */
  public static Instrument instrument(SplittableRandom r) {
    RatingScale scale = CoreGenerators.ratingScale(r);
    int dCount = r.nextInt(1, 5);
    List<Dimension> dims = new ArrayList<>();
    for (int d = 0; d < dCount; d++) {
      dims.add(r.nextBoolean() ? Dimension.standard().get(d) : Dimension.of("Custom_" + d));
    }
    int items = r.nextInt(Math.max(2, dCount), 13);
    List<Item> list = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      Dimension d = i < dCount ? dims.get(i) : dims.get(r.nextInt(dCount));
      list.add(Item.of("item " + (i + 1), d, r.nextInt(5) == 0));
    }
    return Instrument.of("generated", scale, list);
  }

  /**
   * Answers of 2 to 60 respondents, drawn on the scale; each cell missing with the given
   * probability; importance points (summing to 100) for all respondents half the time.
   *
   * @param pMax the largest perception allowed (to leave room for shifts)
   */
  public static Answers answers(SplittableRandom r, Instrument ins, double missing, int pMax) {
    RatingScale s = ins.scale();
    int n = r.nextInt(2, 61);
    int m = ins.size();
    int[][] e = new int[n][m];
    int[][] p = new int[n][m];
    for (int k = 0; k < n; k++) {
      // a respondent-level tendency makes items correlate, as in real data
      int base = r.nextInt(s.min(), s.max() + 1);
      for (int i = 0; i < m; i++) {
        e[k][i] = r.nextDouble() < missing ? Response.MISSING : near(r, base, s.min(), s.max());
        p[k][i] = r.nextDouble() < missing ? Response.MISSING : near(r, base, s.min(), pMax);
      }
    }
    double[][] points = new double[0][];
    if (r.nextBoolean()) {
      int dCount = ins.dimensions().size();
      points = new double[n][dCount];
      for (int k = 0; k < n; k++) {
        int left = 100;
        for (int d = 0; d < dCount - 1; d++) {
          points[k][d] = r.nextInt(left + 1);
          left -= (int) points[k][d];
        }
        points[k][dCount - 1] = left;
      }
    }
    return new Answers(ins, e, p, points);
  }

  /**
   * Columnar survey data of n respondents with the given answer kinds, large enough for many
   * blocks and chunks of the engine's kernels: answers near a respondent-level tendency, each
   * missing with probability {@code missing}, and now and then a respondent with no answer at all;
   * importance points summing to 100 (none for some respondents): whole numbers, or with halves
   * when {@code wholePoints} is false; or no points half the time.
   *
   * @param r the random source
   * @param ins the instrument
   * @param n the respondents
   * @param missing the probability of each missing answer
   * @param wholePoints whether points are whole numbers
   * @param kinds the answer kinds
   * @return the data
   */
  public static SurveyData columns(SplittableRandom r, Instrument ins, int n, double missing, boolean wholePoints,
      AnswerKind... kinds) {
    RatingScale s = ins.scale();
    SurveyData.ColumnBuilder b = SurveyData.columnBuilder(ins, n);
    int[] base = new int[n];
    boolean[] blank = new boolean[n];
    for (int k = 0; k < n; k++) {
      base[k] = r.nextInt(s.min(), s.max() + 1);
      blank[k] = missing > 0 && r.nextInt(500) == 0;
    }
    int[] column = new int[n];
    for (AnswerKind kind : kinds) {
      for (int i = 1; i <= ins.size(); i++) {
        for (int k = 0; k < n; k++) {
          boolean gone = blank[k] || (missing > 0 && r.nextDouble() < missing);
          column[k] = gone ? Response.MISSING : near(r, base[k], s.min(), s.max());
        }
        b.answers(kind, i, column);
      }
    }
    if (r.nextBoolean()) {
      List<Dimension> dims = ins.dimensions();
      double[][] points = new double[dims.size()][n];
      for (int k = 0; k < n; k++) {
        boolean none = r.nextInt(50) == 0;
        double left = 100;
        for (int d = 0; d < dims.size(); d++) {
          double p = d == dims.size() - 1 ? left
              : Math.min(left, wholePoints ? r.nextInt(0, 41) : r.nextInt(0, 81) / 2.0);
          points[d][k] = none ? Double.NaN : p;
          left -= p;
        }
      }
      for (int d = 0; d < dims.size(); d++) {
        b.points(dims.get(d), points[d]);
      }
    }
    return b.build();
  }

  private static int near(SplittableRandom r, int base, int min, int max) {
    int spread = Math.max(1, (max - min) / 3);
    int v = base + r.nextInt(-spread, spread + 1);
    return Math.max(min, Math.min(max, v));
  }
}
