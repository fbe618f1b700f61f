package io.github.mot.servqual.perception;

import io.github.mot.servqual.internal.ModelAccess;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.internal.ScaleValues;
import io.github.mot.servqual.internal.Text;
import io.github.mot.core.internal.Preconditions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@link ImportancePerformance} measures performance: the mean perception (Martilla and James
 * 1977), or a top-box share, the share of perception answers in the top {@code b} points of the
 * scale (top-box: at the maximum; top-2-box: at the maximum or one below), a measure many
 * practitioners report because it does not treat the rating scale as interval data.
 *
 * <p>A dimension's top-box share is the share of all its perception answers (respondents times
 * items) in the top boxes, over the same respondents as the mean. Shares are in [0, 1]; given
 * performance cuts ({@link ImportancePerformance#withCuts(double, double)}) are then shares too.
 * Answers are scored (after reverse coding).
 *
 * <p>The text form is {@code mean}, {@code top-1-box}, {@code top-2-box}...; {@link
 * #parse(CharSequence)} reads what {@link #toString()} prints. Instances are immutable and
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class PerformanceMeasure {

  /** Performance as the mean perception on the instrument's scale (the default). */
  public static final PerformanceMeasure MEAN = new PerformanceMeasure(0);

  private static final Pattern TOP = Pattern.compile("top-([0-9]{1,3})-box");

  private final int boxes;

  private PerformanceMeasure(int boxes) {
    this.boxes = boxes;
  }

  /**
   * The share of answers at the scale maximum.
   *
   * @return the top-box measure
   */
  public static PerformanceMeasure topBox() {
    return new PerformanceMeasure(1);
  }

  /**
   * The share of answers at the scale maximum or one point below.
   *
   * @return the top-2-box measure
   */
  public static PerformanceMeasure topTwoBox() {
    return new PerformanceMeasure(2);
  }

  /**
   * The share of answers in the top {@code boxes} points of the scale.
   *
   * @param boxes the number of top points counted, in [1, 254]; it must also be smaller than the
   *     number of points of the scale analysed
   * @return the measure
   * @throws IllegalArgumentException if {@code boxes} is out of range
   */
  public static PerformanceMeasure topBoxes(int boxes) {
    Preconditions.inRange("top boxes", boxes, 1, 254);
    return new PerformanceMeasure(boxes);
  }

  /**
   * Reads {@code mean} or {@code top-<b>-box}, case-insensitive; also {@code top-box} for {@code
   * top-1-box}.
   *
   * @param text the text form
   * @return the measure
   * @throws IllegalArgumentException if the text is not one of those forms
   */
  public static PerformanceMeasure parse(CharSequence text) {
    String s = text.toString().strip().toLowerCase(Locale.ROOT);
    if (s.equals("mean")) {
      return MEAN;
    }
    if (s.equals("top-box")) {
      return topBox();
    }
    Matcher m = TOP.matcher(s);
    if (m.matches()) {
      return topBoxes(Integer.parseInt(m.group(1)));
    }
    throw Preconditions.invalid("performance measure", "'mean', 'top-box' or 'top-<b>-box' (b in 1..254)", text);
  }

  /**
   * Whether performance is the mean perception.
   *
   * @return true for {@link #MEAN}
   */
  public boolean isMean() {
    return boxes == 0;
  }

  /**
   * The number of top points counted.
   *
   * @return 0 for the mean, else the top boxes
   */
  public int boxes() {
    return boxes;
  }

  /** Checks against the scale; returns the lowest stored value (answer minus min) counted as top. */
  int threshold(Instrument ins) {
    int points = ins.scale().points();
    Preconditions.check(boxes < points, "top boxes", "fewer than the scale's " + points + " points (" + ins.scale() + ")",
        boxes);
    return ins.scale().range() - boxes + 1;
  }

  /** Top-box shares per item: listwise over complete cases, pairwise over who answered the item. */
  double[] itemShares(SurveyData data, boolean listwise) {
    Instrument ins = data.instrument();
    int top = threshold(ins);
    byte[][] p = ScaleValues.column(data, AnswerKind.PERCEPTION);
    boolean[] complete = complete(p, data.size());
    double[] shares = new double[ins.size()];
    for (int i = 0; i < shares.length; i++) {
      long n = 0;
      long hits = 0;
      for (int r = 0; r < data.size(); r++) {
        int v = p[i][r] & 0xFF;
        if (v != ModelAccess.MISSING_BYTE_VALUE && (!listwise || complete[r])) {
          n++;
          hits += v >= top ? 1 : 0;
        }
      }
      shares[i] = n == 0 ? Double.NaN : (double) hits / n;
    }
    return shares;
  }

  /** Top-box shares per dimension over respondents complete on it (listwise: on everything). */
  double[] dimensionShares(SurveyData data, boolean listwise) {
    Instrument ins = data.instrument();
    int top = threshold(ins);
    byte[][] p = ScaleValues.column(data, AnswerKind.PERCEPTION);
    boolean[] complete = complete(p, data.size());
    double[] shares = new double[ins.dimensions().size()];
    for (int d = 0; d < shares.length; d++) {
      int[] idx = ins.itemIds(ins.dimensions().get(d)).stream().mapToInt(id -> id - 1).toArray();
      long n = 0;
      long hits = 0;
      for (int r = 0; r < data.size(); r++) {
        if (listwise && !complete[r]) {
          continue;
        }
        long h = 0;
        boolean ok = true;
        for (int i : idx) {
          int v = p[i][r] & 0xFF;
          ok &= v != ModelAccess.MISSING_BYTE_VALUE;
          h += v >= top && v != ModelAccess.MISSING_BYTE_VALUE ? 1 : 0;
        }
        if (ok) {
          n += idx.length;
          hits += h;
        }
      }
      shares[d] = n == 0 ? Double.NaN : (double) hits / n;
    }
    return shares;
  }

  private static boolean[] complete(byte[][] p, int size) {
    boolean[] c = new boolean[size];
    Arrays.fill(c, true);
    for (byte[] col : p) {
      for (int r = 0; r < size; r++) {
        c[r] &= col[r] != ModelAccess.MISSING_BYTE;
      }
    }
    return c;
  }

  /**
   * A description for tables: {@code mean perception} or {@code top-2-box share}.
   *
   * @return the description
   */
  public String description() {
    return isMean() ? "mean perception" : "top-" + boxes + "-box share";
  }

  /**
   * The description in a language, from the bundle {@code io.github.mot.servqual.i18n.labels}
   * (keys {@code performance.mean} and {@code performance.topBox}): {@code 感知平均值} or {@code 最高
   * 2 档占比} in Chinese; English for a language without labels. {@code description(Locale.ENGLISH)}
   * equals {@link #description()}.
   *
   * @param locale the language, such as {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the description
   * @throws NullPointerException if {@code locale} is null
   * @since 0.2.0
   */
  public String description(java.util.Locale locale) {
    Objects.requireNonNull(locale, "locale");
    io.github.mot.core.Labels labels = Text.labels(locale);
    return isMean() ? labels.get("performance.mean")
        : labels.get("performance.topBox").replace("{0}", Integer.toString(boxes));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PerformanceMeasure && ((PerformanceMeasure) o).boxes == boxes;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(boxes);
  }

  /**
   * The text form: {@code mean} or {@code top-<b>-box}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return isMean() ? "mean" : "top-" + boxes + "-box";
  }
}
