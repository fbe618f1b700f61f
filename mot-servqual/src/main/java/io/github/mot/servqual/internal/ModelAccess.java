package io.github.mot.servqual.internal;

import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.SurveyData;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The package-private parts of the model package ({@code io.github.mot.servqual}) that the engine
 * and the analyses of the topic packages read: the survey columns and the constructors of the
 * shared results, which stay package-private there so that users cannot build them inconsistent.
 * The model package installs its one implementation when {@link SurveyData} is initialised (the
 * JDK's "shared secrets" pattern); callers take it once per analysis, never in a per-respondent
 * loop.
 */
public abstract class ModelAccess {

  /** The unsigned byte value that marks a missing answer (or missing points) in the columns. */
  public static final int MISSING_BYTE_VALUE = 255;

  /** {@link #MISSING_BYTE_VALUE} as the signed byte stored in the columns. */
  public static final byte MISSING_BYTE = (byte) MISSING_BYTE_VALUE;

  private static volatile @Nullable ModelAccess installed;

  /** For the model package's one implementation. */
  protected ModelAccess() {}

  /**
   * Installs the model package's implementation; called once, by {@link SurveyData}'s static
   * initialiser.
   *
   * @param access the implementation
   */
  public static void install(ModelAccess access) {
    installed = Objects.requireNonNull(access, "access");
  }

  /**
   * The model package's implementation, initialising {@link SurveyData} first if it has not been.
   *
   * @return the implementation
   */
  public static ModelAccess get() {
    ModelAccess a = installed;
    if (a == null) {
      initialize(SurveyData.class);
      a = Objects.requireNonNull(installed, "SurveyData installs the model access");
    }
    return a;
  }

  /**
   * Initialises a class if it has not been, so that its static initialiser installs its hook.
   *
   * @param c the class
   */
  public static void initialize(Class<?> c) {
    try {
      Class.forName(c.getName(), true, c.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes room in a builder for about {@code rows} more respondents at once, so that a reader that
   * can estimate the rows of a file does not grow the columns by doubling.
   *
   * @param builder the builder
   * @param rows the rows expected, {@code >= 0}
   */
  public abstract void reserve(SurveyData.Builder builder, int rows);

  /**
   * Adds respondents the fast survey reader has checked to a builder, column by column, with no
   * object per respondent: rows {@code [from, from + count)} of the given columns.
   *
   * @param builder the builder
   * @param answers for every kind the builder has in {@code AnswerKind} order and every item, the
   *     stored bytes (answer minus the scale's minimum, reverse coded where the item is) or {@link
   *     #MISSING_BYTE}
   * @param from the first row of the columns
   * @param count the rows
   * @param ids the numeric ids (canonical decimal longs), where {@code textIds} has none
   * @param textIds the ids as text, null where numeric; or null if every id is numeric
   * @param points per dimension, the points of the rows that have them, summing to 100
   * @param hasPoints per row, whether it has points
   * @param attributeCodes per attribute of the builder, the codes from {@link #attributeCode}, -1
   *     for none
   */
  public abstract void appendColumns(SurveyData.Builder builder, byte[][] answers, int from, int count, long[] ids,
      String @Nullable [] textIds, double[][] points, boolean[] hasPoints, int[][] attributeCodes);

  /**
   * The code of an attribute value in a builder, added if new.
   *
   * @param builder the builder
   * @param attribute the attribute's index (declaration order)
   * @param value the value, not blank
   * @return the code
   */
  public abstract int attributeCode(SurveyData.Builder builder, int attribute, String value);

  /**
   * The answer columns of the data.
   *
   * @param data the survey data
   * @return [kind ordinal][item index] to column, or null for an absent kind (not a copy)
   */
  public abstract byte[] @Nullable [][] columns(SurveyData data);

  /**
   * The importance points that are not all whole numbers.
   *
   * @param data the survey data
   * @return [dimension index][respondent], NaN for none; null unless some point is not whole
   */
  public abstract double @Nullable [][] points(SurveyData data);

  /**
   * The importance points when all are whole numbers.
   *
   * @param data the survey data
   * @return [dimension index][respondent], 0..100, {@link #MISSING_BYTE} for none; or null
   */
  public abstract byte @Nullable [][] wholePoints(SurveyData data);

  /**
   * The number of respondents without importance points.
   *
   * @param data the survey data
   * @return the count
   */
  public abstract int withoutPoints(SurveyData data);

  /**
   * The missing answers per answer kind.
   *
   * @param data the survey data
   * @return the counts by kind ordinal (not a copy)
   */
  public abstract long[] missingByKind(SurveyData data);

  /**
   * The position of an attribute.
   *
   * @param data the survey data
   * @param name the attribute's name
   * @return its index
   * @throws IllegalArgumentException if the data has no such attribute
   */
  public abstract int attributeIndex(SurveyData data, String name);

  /**
   * The codes of an attribute's values, one per respondent.
   *
   * @param data the survey data
   * @param attribute the attribute's index
   * @return the codes, indices into {@link SurveyData#attributeValues(String)} (not a copy)
   */
  public abstract int[] attributeCodes(SurveyData data, int attribute);

  /**
   * A mean estimate, as {@link Stats#estimate(long, double, double, double)} computes it.
   *
   * @param n the cases
   * @param mean the mean
   * @param standardDeviation the sample standard deviation
   * @param standardError the standard error of the mean
   * @param t the t statistic against 0
   * @param degreesOfFreedom the degrees of freedom
   * @param p the two-sided p-value
   * @param ciLower the lower confidence bound
   * @param ciUpper the upper confidence bound
   * @param confidenceLevel the confidence level
   * @return the estimate
   */
  public abstract MeanEstimate meanEstimate(long n, double mean, double standardDeviation, double standardError,
      double t, double degreesOfFreedom, double p, double ciLower, double ciUpper, double confidenceLevel);

  /**
   * Cronbach's alpha of a scale.
   *
   * @param n the cases
   * @param items the items of the scale
   * @param alpha the alpha
   * @param itemStatistics the statistics per item
   * @return the result
   */
  public abstract CronbachAlpha cronbachAlpha(long n, int items, double alpha,
      List<CronbachAlpha.ItemStatistics> itemStatistics);

  /**
   * The statistics of one item of a scale.
   *
   * @param id the item id
   * @param correctedItemTotalCorrelation the corrected item-total correlation
   * @param alphaIfDeleted alpha without the item
   * @return the statistics
   */
  public abstract CronbachAlpha.ItemStatistics itemStatistics(int id, double correctedItemTotalCorrelation,
      double alphaIfDeleted);

  /**
   * The statistics per item of {@link AlphaMath.Result}.
   *
   * @param ids the item ids
   * @param r the statistics
   * @return one per item, in order
   */
  public final List<CronbachAlpha.ItemStatistics> itemStatistics(int[] ids, AlphaMath.Result r) {
    CronbachAlpha.ItemStatistics[] items = new CronbachAlpha.ItemStatistics[ids.length];
    for (int j = 0; j < ids.length; j++) {
      items[j] = itemStatistics(ids[j], r.itemTotal[j], r.alphaIfDeleted[j]);
    }
    return List.of(items);
  }
}
