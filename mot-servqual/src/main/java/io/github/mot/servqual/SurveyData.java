package io.github.mot.servqual;

import io.github.mot.servqual.internal.ModelAccess;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.RatingScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a SERVQUAL survey, stored by column for speed and compactness.
 *
 * <p><b>Storage.</b> Each item and answer kind (E, P, A, D) is one {@code byte[]} with one byte
 * per respondent holding the <em>scored</em> answer minus the scale minimum, {@code 0 ..
 * max - min} (reverse coding is applied when a response is added, so a reverse-coded 2 on 1..7 is
 * stored as 6 - 1 = 5). The byte value {@code 0xFF} (255 unsigned) is
 * reserved for a missing answer, which is why scales have at most 255 points. 22 items with E and P
 * take 44 bytes per respondent. Respondent ids are one column: a {@code long[]} while every id is a
 * canonical decimal integer (8 bytes a respondent), a {@code String[]} otherwise, and no column at
 * all for data built by {@link #columnBuilder(Instrument, int)} without ids (the ids are then the
 * row numbers 1, 2, ...). Attributes are dictionary-encoded {@code int[]} columns. Importance
 * points, already scaled to sum to 100, take one byte per dimension when every given point is a
 * whole number (0..100, {@code 0xFF} for a respondent without points), a {@code double} per
 * dimension otherwise. So the standard instrument with E, P and whole importance points takes 44 +
 * 5 = 49 bytes a respondent from the column builder, 57 with numeric ids.
 *
 * <p>Build it respondent by respondent with {@link #builder(Instrument)}, column by column with
 * {@link #columnBuilder(Instrument, int)} (the efficient way for large data sets already held in
 * arrays), or read it with {@code io.github.mot.servqual.io.SurveyReader}. Instances are immutable and thread-safe; the
 * arrays are never exposed.
 *
 * @since 0.1.0
 */
public final class SurveyData {

  private static final int MISSING_BYTE_VALUE = ModelAccess.MISSING_BYTE_VALUE;

  private static final byte MISSING_BYTE = ModelAccess.MISSING_BYTE;

  static {
    ModelAccess.install(new ModelHooks());
  }

  /**
   * A respondent whose importance points were rescaled to sum to 100 under {@link
   * PointsPolicy#RESCALE}.
   *
   * @param respondent the 0-based respondent index in the data
   * @param respondentId the respondent id
   * @param originalTotal the total of the points as given
   */
  public record Rescaling(int respondent, String respondentId, double originalTotal) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if {@code respondentId} is null
     */
    public Rescaling {
      Objects.requireNonNull(respondentId, "respondentId");
    }
  }

  final Instrument instrument;
  final int size;
  /** [kind ordinal][item index] -> column, or null for an absent kind. */
  final byte[] @Nullable [][] columns;
  /** Numeric ids, or null (text ids, or row numbers when textIds is null too). */
  final long @Nullable [] numericIds;
  final String @Nullable [] textIds;
  final List<String> attributeNames;
  final int[][] attributeCodes;
  final List<List<String>> dictionaries;
  /** [dimension index][respondent]; NaN = no points; null unless some point is not a whole number. */
  final double @Nullable [][] points;
  /** [dimension index][respondent]; whole points 0..100, 0xFF = no points; null unless all are whole. */
  final byte @Nullable [][] wholePoints;
  final List<Rescaling> rescaled;
  final long[] missingByKind;
  /** The number of respondents without importance points. */
  final int withoutPoints;

  /** Takes ownership of the arrays. */
  private SurveyData(
      Instrument instrument,
      int size,
      byte[] @Nullable [][] columns,
      long @Nullable [] numericIds,
      String @Nullable [] textIds,
      List<String> attributeNames,
      int[][] attributeCodes,
      List<List<String>> dictionaries,
      double @Nullable [][] points,
      List<Rescaling> rescaled,
      long[] missingByKind) {
    this.instrument = instrument;
    this.size = size;
    this.columns = columns;
    this.numericIds = numericIds;
    this.textIds = textIds;
    this.attributeNames = List.copyOf(attributeNames);
    this.attributeCodes = attributeCodes;
    this.dictionaries = List.copyOf(dictionaries);
    int without = size;
    if (points != null) {
      without = 0;
      for (int r = 0; r < size; r++) {
        without += Double.isNaN(points[0][r]) ? 1 : 0;
      }
    }
    this.withoutPoints = without;
    byte[][] whole = points == null ? null : wholePoints(points, size);
    this.points = whole == null ? points : null;
    this.wholePoints = whole;
    this.rescaled = List.copyOf(rescaled);
    this.missingByKind = missingByKind;
  }

  /** The points as bytes if every given point is a whole number in 0..100, else null. */
  private static byte @Nullable [][] wholePoints(double[][] points, int size) {
    for (double[] column : points) {
      for (int r = 0; r < size; r++) {
        double p = column[r];
        if (!Double.isNaN(p) && !(p >= 0 && p <= 100 && p == Math.rint(p))) {
          return null;
        }
      }
    }
    byte[][] whole = new byte[points.length][size];
    for (int d = 0; d < points.length; d++) {
      for (int r = 0; r < size; r++) {
        double p = points[d][r];
        whole[d][r] = Double.isNaN(p) ? MISSING_BYTE : (byte) p;
      }
    }
    return whole;
  }

  /**
   * A builder of survey data for the instrument.
   *
   * @param instrument the questionnaire the answers belong to
   * @return an empty builder, with points policy {@link PointsPolicy#REJECT}
   * @throws NullPointerException if {@code instrument} is null
   */
  public static Builder builder(Instrument instrument) {
    return new Builder(instrument);
  }

  /**
   * A builder of survey data from whole columns: one array of answers per item and answer kind,
   * one array of importance points per dimension. It is the efficient way to build large data
   * sets (a million respondents from a database, a data frame or a file format that is already
   * columnar): each column is checked and packed into bytes in one pass, with no object per
   * respondent.
   *
   * <pre>{@code
   * SurveyData data = SurveyData.columnBuilder(Instrument.standard(), 3)
   *     .answers(AnswerKind.EXPECTATION, 1, new int[] {7, 6, Response.MISSING})
   *     .answers(AnswerKind.PERCEPTION, 1, new int[] {5, 6, 4})
   *     .build();
   * }</pre>
   *
   * @param instrument the questionnaire the answers belong to
   * @param respondents the number of respondents, the length of every column, {@code >= 0}
   * @return an empty column builder, with points policy {@link PointsPolicy#REJECT}
   * @throws IllegalArgumentException if {@code respondents} is negative or above {@code
   *     Integer.MAX_VALUE - 8}
   * @throws NullPointerException if {@code instrument} is null
   */
  public static ColumnBuilder columnBuilder(Instrument instrument, int respondents) {
    return new ColumnBuilder(instrument, respondents);
  }

  /**
   * The questionnaire.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The number of respondents.
   *
   * @return the respondent count, {@code >= 0}
   */
  public int size() {
    return size;
  }

  /**
   * The answer kinds the data has columns for.
   *
   * @return an unmodifiable set
   */
  public Set<AnswerKind> kinds() {
    EnumSet<AnswerKind> set = EnumSet.noneOf(AnswerKind.class);
    for (AnswerKind k : AnswerKind.values()) {
      if (columns[k.ordinal()] != null) {
        set.add(k);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * Whether the data has columns of the given kind.
   *
   * @param kind the kind
   * @return true if answers of that kind were declared or given
   */
  public boolean has(AnswerKind kind) {
    return columns[kind.ordinal()] != null;
  }

  /**
   * The id of a respondent.
   *
   * @param respondent the 0-based index, {@code 0 <= respondent < size()}
   * @return the id as given
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public String respondentId(int respondent) {
    Objects.checkIndex(respondent, size);
    String[] text = textIds;
    if (text != null) {
      return text[respondent];
    }
    long[] ids = numericIds;
    return Long.toString(ids == null ? respondent + 1L : ids[respondent]);
  }

  /**
   * One scored answer: the answer on the instrument's scale after reverse coding.
   *
   * @param kind the kind
   * @param itemId the 1-based item id
   * @param respondent the 0-based respondent index
   * @return the scored answer, empty if missing or if the data has no answers of that kind
   * @throws IllegalArgumentException if the item id is out of range
   * @throws IndexOutOfBoundsException if the respondent index is out of range
   */
  public OptionalInt answer(AnswerKind kind, int itemId, int respondent) {
    instrument.item(itemId);
    Objects.checkIndex(respondent, size);
    byte[][] cols = columns[kind.ordinal()];
    if (cols == null) {
      return OptionalInt.empty();
    }
    int v = cols[itemId - 1][respondent] & 0xFF;
    return v == MISSING_BYTE_VALUE
        ? OptionalInt.empty()
        : OptionalInt.of(v + instrument.scale().min());
  }

  /**
   * The attribute names, in the order first declared or seen.
   *
   * @return an unmodifiable list
   */
  public List<String> attributeNames() {
    return attributeNames;
  }

  /**
   * A respondent's attribute value.
   *
   * @param name the attribute name
   * @param respondent the 0-based respondent index
   * @return the value, empty if the respondent has none or the attribute is unknown
   * @throws IndexOutOfBoundsException if the respondent index is out of range
   */
  public Optional<String> attribute(String name, int respondent) {
    Objects.checkIndex(respondent, size);
    int a = attributeNames.indexOf(name);
    if (a < 0) {
      return Optional.empty();
    }
    int code = attributeCodes[a][respondent];
    return code < 0 ? Optional.empty() : Optional.of(dictionaries.get(a).get(code));
  }

  /**
   * The distinct values of an attribute in the order first seen.
   *
   * @param name the attribute name
   * @return the values
   * @throws IllegalArgumentException if the data has no such attribute
   */
  public List<String> attributeValues(String name) {
    return dictionaries.get(attributeIndex(name));
  }

  int attributeIndex(String name) {
    int a = attributeNames.indexOf(Objects.requireNonNull(name, "attribute"));
    Preconditions.check(a >= 0, "attribute", "one of " + attributeNames, name);
    return a;
  }

  /**
   * Whether any respondent gave importance points.
   *
   * @return true if the data has importance points
   */
  public boolean hasPoints() {
    return points != null || wholePoints != null;
  }

  /**
   * A respondent's importance points for a dimension, scaled to sum to 100 over the dimensions.
   *
   * @param dimension a dimension of the instrument
   * @param respondent the 0-based respondent index
   * @return the points, empty if the respondent gave none
   * @throws IllegalArgumentException if the dimension is not in the instrument
   * @throws IndexOutOfBoundsException if the respondent index is out of range
   */
  public OptionalDouble points(Dimension dimension, int respondent) {
    Objects.checkIndex(respondent, size);
    int d = instrument.dimensions().indexOf(dimension);
    Preconditions.check(d >= 0, "dimension", "one of " + instrument.dimensions(), dimension);
    byte[][] whole = wholePoints;
    if (whole != null) {
      int p = whole[d][respondent] & 0xFF;
      return p == MISSING_BYTE_VALUE ? OptionalDouble.empty() : OptionalDouble.of(p);
    }
    double[][] pts = points;
    if (pts == null || Double.isNaN(pts[d][respondent])) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(pts[d][respondent]);
  }

  /**
   * The respondents whose points were rescaled to sum to 100 ({@link PointsPolicy#RESCALE}).
   *
   * @return an unmodifiable list in respondent order
   */
  public List<Rescaling> rescaled() {
    return rescaled;
  }

  /**
   * The number of missing answers of a kind over all items and respondents.
   *
   * @param kind the kind
   * @return the count, 0 if the data has no such kind
   */
  public long missing(AnswerKind kind) {
    return missingByKind[kind.ordinal()];
  }

  /**
   * The bytes of the arrays holding answers, ids, attributes and points (payload only, without
   * object headers or the shared attribute dictionaries). For 22 items with E and P and numeric
   * ids it is 52 bytes a respondent, 57 with whole importance points; 49 for data from the {@link
   * #columnBuilder(Instrument, int)} without ids.
   *
   * @return the approximate heap size of the columns
   */
  public long storageBytes() {
    long bytes = 0;
    for (byte[][] cols : columns) {
      if (cols != null) {
        bytes += (long) cols.length * size;
      }
    }
    bytes += numericIds != null ? 8L * size : 0;
    String[] text = textIds;
    if (text != null) {
      for (int r = 0; r < size; r++) {
        // reference + String and byte[] headers + Latin-1 payload
        bytes += 8 + 40 + text[r].length();
      }
    }
    bytes += 4L * attributeCodes.length * size;
    double[][] pts = points;
    bytes += pts == null ? 0 : 8L * pts.length * size;
    byte[][] whole = wholePoints;
    bytes += whole == null ? 0 : (long) whole.length * size;
    return bytes;
  }

  /**
   * A summary: instrument, respondents, kinds with missing counts, attributes, points.
   *
   * @return a few lines of text
   */
  @Override
  public String toString() {
    StringJoiner kinds = new StringJoiner(", ");
    for (AnswerKind k : kinds()) {
      kinds.add(k.columnPrefix() + " (" + missing(k) + " missing)");
    }
    return String.format(
        Locale.ROOT,
        "SurveyData[%s: %d respondents x %d items, scale %s%n  answers: %s%n  attributes: %s%n"
            + "  importance points: %s]",
        instrument.name(),
        size,
        instrument.size(),
        instrument.scale(),
        kinds,
        attributeNames,
        hasPoints() ? "yes, " + rescaled.size() + " respondents rescaled" : "none");
  }

  /**
   * Applies a points policy to one respondent's points, in dimension order: returns them, or
   * rescaled to sum to 100 (recording the respondent), or throws.
   */
  static double[] applyPolicy(
      String id, double[] pts, PointsPolicy policy, int respondent, List<Rescaling> rescaled) {
    double total = 0;
    for (double p : pts) {
      total += p;
    }
    if (PointsPolicy.sumsTo100(total)) {
      return pts;
    }
    if (policy == PointsPolicy.REJECT || !(total > 0)) {
      throw new IllegalArgumentException(
          "respondent " + id + ": importance points must sum to 100 but summed to " + total
              + (policy == PointsPolicy.RESCALE ? " (a total of 0 cannot be rescaled)" : ""));
    }
    if (total == Double.POSITIVE_INFINITY) {
      // before: rescaled to Infinity / Infinity = NaN points
      throw new IllegalArgumentException(
          "respondent " + id + ": importance points must sum to 100 but summed to Infinity (too large to rescale)");
    }
    for (int d = 0; d < pts.length; d++) {
      double scaled = pts[d] * 100.0;
      // before: points * 100 overflowed to infinity for points above 1.8e306
      pts[d] = scaled < Double.POSITIVE_INFINITY ? scaled / total : pts[d] / total * 100.0;
    }
    rescaled.add(new Rescaling(respondent, id, total));
    return pts;
  }

  /**
   * Collects responses into {@link SurveyData}. Mutable and single-threaded; {@link #build()} may
   * be called more than once and copies.
   */
  public static final class Builder {
    private final Instrument instrument;
    private final RatingScale scale;
    private final int items;
    private final List<Dimension> dimensions;
    private final boolean[] reverse;
    private PointsPolicy pointsPolicy = PointsPolicy.REJECT;
    private int size;
    private int capacity = 16;
    private final byte[] @Nullable [][] columns = new byte[AnswerKind.values().length][][];
    private long @Nullable [] numericIds = new long[16];
    private String @Nullable [] textIds;
    private final List<String> attributeNames = new ArrayList<>();
    private final List<int[]> attributeCodes = new ArrayList<>();
    private final List<List<String>> dictionaries = new ArrayList<>();
    private final List<Map<String, Integer>> codeOf = new ArrayList<>();
    private double @Nullable [][] points;
    private final List<Rescaling> rescaled = new ArrayList<>();
    private final long[] missingByKind = new long[AnswerKind.values().length];

    private Builder(Instrument instrument) {
      this.instrument = Objects.requireNonNull(instrument, "instrument");
      this.scale = instrument.scale();
      this.items = instrument.size();
      this.dimensions = instrument.dimensions();
      this.reverse = new boolean[items];
      for (int i = 0; i < items; i++) {
        reverse[i] = instrument.items().get(i).reverseCoded();
      }
    }

    /**
     * Sets what to do with points that do not sum to 100; the default is {@link
     * PointsPolicy#REJECT}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder pointsPolicy(PointsPolicy policy) {
      this.pointsPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Declares answer kinds, so that the data has their columns even if every answer is missing.
     * Kinds that responses bring are added anyway.
     *
     * @param kinds the kinds
     * @return this builder
     */
    public Builder kinds(AnswerKind... kinds) {
      for (AnswerKind k : kinds) {
        column(Objects.requireNonNull(k, "kind"));
      }
      return this;
    }

    /**
     * Declares attributes, so that the data has their columns even if no respondent has a value.
     *
     * @param names the attribute names
     * @return this builder
     */
    public Builder attributes(String... names) {
      for (String n : names) {
        attributeIndex(Objects.requireNonNull(n, "name"));
      }
      return this;
    }

    /**
     * The number of respondents added so far.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * Adds a respondent: checks every answer against the instrument, applies reverse coding and
     * the points policy.
     *
     * @param response the response
     * @return this builder
     * @throws IllegalArgumentException if an answer array does not have one value per item, an
     *     answer is off the scale, points name a dimension the instrument lacks or miss one of its
     *     dimensions, or the points do not sum to 100 under {@link PointsPolicy#REJECT} (or sum
     *     to 0); the message names the respondent, the field and the value; nothing is added
     * @throws IllegalStateException if the builder already holds {@code Integer.MAX_VALUE - 8}
     *     respondents
     */
    public Builder add(Response response) {
      Objects.requireNonNull(response, "response");
      String id = response.id();
      // validate everything first: never a half-added respondent
      for (AnswerKind k : response.kinds()) {
        int[] a = response.answers(k);
        if (a.length != items) {
          throw new IllegalArgumentException(
              "respondent " + id + ": " + name(k) + " answers must number " + items + " (one per item) but were " + a.length);
        }
        for (int i = 0; i < items; i++) {
          if (a[i] != Response.MISSING && !scale.contains(a[i])) { // no message built when it passes
            throw Preconditions.invalid("respondent " + id + ": " + name(k) + " of item " + (i + 1),
                "on the scale [" + scale.min() + ", " + scale.max() + "]", a[i]);
          }
        }
      }
      double @Nullable [] pts = checkedPoints(response);
      if (size == Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("survey data can hold at most " + size + " respondents");
      }
      ensureCapacity(size + 1);
      int r = size;
      for (AnswerKind k : response.kinds()) {
        column(k);
      }
      for (AnswerKind k : AnswerKind.values()) {
        byte[][] cols = columns[k.ordinal()];
        if (cols == null) {
          continue;
        }
        int[] a = response.answers(k);
        for (int i = 0; i < items; i++) {
          if (a.length == 0 || a[i] == Response.MISSING) {
            cols[i][r] = MISSING_BYTE;
            missingByKind[k.ordinal()]++;
          } else {
            int v = a[i] - scale.min();
            cols[i][r] = (byte) (reverse[i] ? scale.range() - v : v);
          }
        }
      }
      addId(r, id);
      for (int a = 0; a < attributeCodes.size(); a++) {
        attributeCodes.get(a)[r] = -1;
      }
      response.attributes().forEach((name, value) -> {
        int a = attributeIndex(name);
        Integer code = codeOf.get(a).get(value);
        if (code == null) {
          code = dictionaries.get(a).size();
          dictionaries.get(a).add(value);
          codeOf.get(a).put(value, code);
        }
        attributeCodes.get(a)[r] = code;
      });
      double[][] ptsCols = pointColumns(pts != null);
      if (ptsCols != null) {
        for (int d = 0; d < dimensions.size(); d++) {
          ptsCols[d][r] = pts == null ? Double.NaN : pts[d];
        }
      }
      size++;
      return this;
    }

    /**
     * Adds {@code count} respondents a reader has already checked, from columns: for every kind the
     * builder has in {@link AnswerKind} order and every item, {@code answers[kind slot * items +
     * item]} holds the stored bytes (after reverse coding) or the missing byte; ids are numeric
     * unless {@code texts} has one; the points, where a row has them, sum to 100 (no policy
     * applies); attribute codes come from {@link #attributeCode}, -1 for none. Rows {@code [from,
     * from + count)} of the columns are added. For the fast survey reader, through {@link
     * ModelAccess}.
     */
    void appendColumns(byte[][] answers, int from, int count, long[] ids, String @Nullable [] texts,
        double[][] pts, boolean[] hasPoints, int[][] attrs) {
      if (count > Integer.MAX_VALUE - 8 - size) {
        throw new IllegalStateException("survey data can hold at most " + (Integer.MAX_VALUE - 8) + " respondents");
      }
      ensureCapacity(size + count);
      int slot = 0;
      for (int k = 0; k < columns.length; k++) {
        byte[][] cols = columns[k];
        if (cols == null) {
          continue;
        }
        long missing = 0;
        for (int i = 0; i < items; i++) {
          byte[] src = answers[slot++];
          System.arraycopy(src, from, cols[i], size, count);
          for (int r = from; r < from + count; r++) {
            missing += src[r] == MISSING_BYTE ? 1 : 0;
          }
        }
        missingByKind[k] += missing;
      }
      for (int r = 0; r < count; r++) {
        String text = texts == null ? null : texts[from + r];
        long[] nums = numericIds;
        if (text != null) {
          addId(size + r, text);
        } else if (nums != null) {
          nums[size + r] = ids[from + r];
        } else {
          Objects.requireNonNull(textIds)[size + r] = Long.toString(ids[from + r]);
        }
      }
      for (int a = 0; a < attributeCodes.size(); a++) {
        System.arraycopy(attrs[a], from, attributeCodes.get(a), size, count);
      }
      boolean anyPoints = false;
      for (int r = from; r < from + count && !anyPoints; r++) {
        anyPoints = hasPoints[r];
      }
      double[][] ptsCols = pointColumns(anyPoints);
      if (ptsCols != null) {
        for (int d = 0; d < dimensions.size(); d++) {
          double[] dst = ptsCols[d];
          double[] src = pts[d];
          for (int r = 0; r < count; r++) {
            dst[size + r] = hasPoints[from + r] ? src[from + r] : Double.NaN;
          }
        }
      }
      size += count;
    }

    /** The points columns: made (NaN for the respondents so far) when {@code needed} and absent; null if absent and not needed. */
    private double @Nullable [][] pointColumns(boolean needed) {
      double[][] ptsCols = points;
      if (needed && ptsCols == null) {
        ptsCols = new double[dimensions.size()][capacity];
        for (double[] col : ptsCols) {
          Arrays.fill(col, Double.NaN);
        }
        points = ptsCols;
      }
      return ptsCols;
    }

    /** The code of an attribute's value, added to its dictionary if new; for the fast survey reader. */
    int attributeCode(int attribute, String value) {
      Integer code = codeOf.get(attribute).get(value);
      if (code == null) {
        code = dictionaries.get(attribute).size();
        dictionaries.get(attribute).add(value);
        codeOf.get(attribute).put(value, code);
      }
      return code;
    }

    private double @Nullable [] checkedPoints(Response response) {
      Map<Dimension, Double> given = response.points();
      if (given.isEmpty()) {
        return null;
      }
      String id = response.id();
      for (Dimension d : given.keySet()) {
        if (!dimensions.contains(d)) {
          throw Preconditions.invalid("respondent " + id + ": importance points dimension", "one of " + dimensions, d);
        }
      }
      double[] pts = new double[dimensions.size()];
      for (int d = 0; d < pts.length; d++) {
        Double p = given.get(dimensions.get(d));
        if (p == null) {
          throw new IllegalArgumentException(
              "respondent " + id + ": importance points must be given for every dimension " + dimensions
                  + " but " + dimensions.get(d) + " was missing");
        }
        pts[d] = p;
      }
      return applyPolicy(id, pts, pointsPolicy, size, rescaled);
    }

    private static String name(AnswerKind k) {
      return k.name().toLowerCase(Locale.ROOT);
    }

    private byte[][] column(AnswerKind k) {
      byte[][] cols = columns[k.ordinal()];
      if (cols == null) {
        cols = new byte[items][capacity];
        for (byte[] c : cols) {
          Arrays.fill(c, 0, size, MISSING_BYTE);
        }
        missingByKind[k.ordinal()] += (long) size * items;
        columns[k.ordinal()] = cols;
      }
      return cols;
    }

    private int attributeIndex(String name) {
      int a = attributeNames.indexOf(name);
      if (a < 0) {
        Preconditions.notBlank("attribute name", name);
        a = attributeNames.size();
        attributeNames.add(name);
        int[] codes = new int[capacity];
        Arrays.fill(codes, -1);
        attributeCodes.add(codes);
        dictionaries.add(new ArrayList<>());
        codeOf.add(new HashMap<>());
      }
      return a;
    }

    private void addId(int r, String id) {
      long[] nums = numericIds;
      if (nums != null) {
        long value = canonicalLong(id);
        if (value != Long.MIN_VALUE) {
          nums[r] = value;
          return;
        }
        String[] text = new String[capacity];
        for (int i = 0; i < r; i++) {
          text[i] = Long.toString(nums[i]);
        }
        textIds = text;
        numericIds = null;
      }
      Objects.requireNonNull(textIds)[r] = id;
    }

    /** The value of a canonical decimal long ("0", "42", "-7"; no "+", no leading zeros), else MIN_VALUE. */
    private static long canonicalLong(String s) {
      int n = s.length();
      int start = s.startsWith("-") ? 1 : 0;
      if (n - start < 1 || n - start > 18 || (s.charAt(start) == '0' && n - start > 1)) {
        return Long.MIN_VALUE;
      }
      long v = 0;
      for (int i = start; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return Long.MIN_VALUE;
        }
        v = v * 10 + (c - '0');
      }
      if (start == 1 && v == 0) {
        return Long.MIN_VALUE; // "-0"
      }
      return start == 1 ? -v : v;
    }

    /** Room for {@code rows} more respondents (a reader's estimate): the columns grow once. */
    void reserve(int rows) {
      ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8L, (long) size + Math.max(0, rows)));
    }

    private void ensureCapacity(int needed) {
      if (needed <= capacity) {
        return;
      }
      int newCapacity = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, capacity * 2L));
      for (byte[][] cols : columns) {
        if (cols != null) {
          for (int i = 0; i < cols.length; i++) {
            cols[i] = Arrays.copyOf(cols[i], newCapacity);
          }
        }
      }
      long[] nums = numericIds;
      if (nums != null) {
        numericIds = Arrays.copyOf(nums, newCapacity);
      }
      String[] text = textIds;
      if (text != null) {
        textIds = Arrays.copyOf(text, newCapacity);
      }
      for (int a = 0; a < attributeCodes.size(); a++) {
        attributeCodes.set(a, Arrays.copyOf(attributeCodes.get(a), newCapacity));
      }
      double[][] pts = points;
      if (pts != null) {
        for (int d = 0; d < pts.length; d++) {
          pts[d] = Arrays.copyOf(pts[d], newCapacity);
        }
      }
      capacity = newCapacity;
    }

    /**
     * Builds the data set from the respondents added so far.
     *
     * @return the immutable survey data
     */
    public SurveyData build() {
      byte[] @Nullable [][] cols = new byte[columns.length][][];
      for (int k = 0; k < cols.length; k++) {
        byte[] @Nullable [] src = columns[k];
        if (src != null) {
          byte[][] dst = new byte[src.length][];
          for (int i = 0; i < src.length; i++) {
            dst[i] = Arrays.copyOf(Objects.requireNonNull(src[i]), size);
          }
          cols[k] = dst;
        }
      }
      long[] ids = numericIds;
      String[] text = textIds;
      int[][] codes = new int[attributeCodes.size()][];
      List<List<String>> dicts = new ArrayList<>();
      for (int a = 0; a < codes.length; a++) {
        codes[a] = Arrays.copyOf(attributeCodes.get(a), size);
        dicts.add(List.copyOf(dictionaries.get(a)));
      }
      double[][] pts = points;
      double[][] ptsCopy = null;
      if (pts != null) {
        ptsCopy = new double[pts.length][];
        for (int d = 0; d < pts.length; d++) {
          ptsCopy[d] = Arrays.copyOf(pts[d], size);
        }
      }
      return new SurveyData(instrument, size, cols, ids == null ? null : Arrays.copyOf(ids, size),
          text == null ? null : Arrays.copyOf(text, size), attributeNames, codes, dicts, ptsCopy, rescaled,
          missingByKind.clone());
    }
  }

  /**
   * Collects whole columns into {@link SurveyData}: one array of raw answers per item and answer
   * kind, one array of importance points per dimension, optionally the respondent ids. Every column
   * has one value per respondent, in the same respondent order. Items of a kind that were given
   * for no item are absent; items not given of a kind that was given for another item are missing
   * for every respondent. A column given twice replaces the first.
   *
   * <p>Each call checks its column completely and packs it into bytes before storing anything, so
   * a rejected column leaves the builder unchanged. Mutable and single-threaded; {@link #build()}
   * may be called more than once and copies.
   *
   * @since 0.1.0
   */
  public static final class ColumnBuilder {
    private final Instrument instrument;
    private final RatingScale scale;
    private final int size;
    private final byte[] @Nullable [][] columns = new byte[AnswerKind.values().length][][];
    /** [kind][item]: missing answers in the column. */
    private final long[][] missing;
    /** [dimension] -> the column given, or null. */
    private final double[] @Nullable [] points;
    private long @Nullable [] ids;
    private PointsPolicy pointsPolicy = PointsPolicy.REJECT;

    private ColumnBuilder(Instrument instrument, int respondents) {
      this.instrument = Objects.requireNonNull(instrument, "instrument");
      Preconditions.inRange("respondents", respondents, 0, Integer.MAX_VALUE - 8);
      this.scale = instrument.scale();
      this.size = respondents;
      this.missing = new long[AnswerKind.values().length][instrument.size()];
      this.points = new double[instrument.dimensions().size()][];
    }

    /**
     * Sets one item's answers of one kind.
     *
     * @param kind the answer kind
     * @param itemId the 1-based item id
     * @param answers one raw answer per respondent on the instrument's scale (before reverse
     *     coding, as the respondent ticked it), or {@link Response#MISSING}; not kept
     * @return this builder
     * @throws IllegalArgumentException if the item id is out of range, the array does not have
     *     one value per respondent or an answer is off the scale (the message names the
     *     respondent, the item and the value)
     * @throws NullPointerException if an argument is null
     */
    public ColumnBuilder answers(AnswerKind kind, int itemId, int[] answers) {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(answers, "answers");
      boolean reverse = instrument.item(itemId).reverseCoded();
      if (answers.length != size) {
        throw new IllegalArgumentException(
            name(kind) + " answers of item " + itemId + " must number " + size + " (one per respondent) but were "
                + answers.length);
      }
      int min = scale.min();
      int max = scale.max();
      int range = scale.range();
      byte[] column = new byte[size];
      long absent = 0;
      for (int r = 0; r < size; r++) {
        int a = answers[r];
        if (a == Response.MISSING) {
          column[r] = MISSING_BYTE;
          absent++;
        } else if (a < min || a > max) {
          throw Preconditions.invalid("respondent " + id(r) + ": " + name(kind) + " of item " + itemId,
              "on the scale [" + min + ", " + max + "]", a);
        } else {
          column[r] = (byte) (reverse ? range - (a - min) : a - min);
        }
      }
      byte[][] cols = columns[kind.ordinal()];
      if (cols == null) {
        cols = new byte[instrument.size()][];
        Arrays.fill(missing[kind.ordinal()], size);
        columns[kind.ordinal()] = cols;
      }
      cols[itemId - 1] = column;
      missing[kind.ordinal()][itemId - 1] = absent;
      return this;
    }

    /**
     * Sets the importance points of one dimension. A respondent has points for every dimension
     * or for none; {@link #build()} checks each respondent's total against the points policy.
     *
     * @param dimension a dimension of the instrument
     * @param points one value per respondent, finite and {@code >= 0}, or NaN for a respondent
     *     who gave no points; copied
     * @return this builder
     * @throws IllegalArgumentException if the instrument has no such dimension, the array does not
     *     have one value per respondent, or a value is negative or infinite
     * @throws NullPointerException if an argument is null
     */
    public ColumnBuilder points(Dimension dimension, double[] points) {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(points, "points");
      int d = instrument.dimensions().indexOf(dimension);
      Preconditions.check(d >= 0, "importance points dimension", "one of " + instrument.dimensions(), dimension);
      if (points.length != size) {
        throw new IllegalArgumentException(
            "importance points of " + dimension + " must number " + size + " (one per respondent) but were "
                + points.length);
      }
      for (int r = 0; r < size; r++) {
        double p = points[r];
        if (!Double.isNaN(p)) {
          Preconditions.finiteNonNegative("respondent " + id(r) + ": importance points of " + dimension, p);
        }
      }
      this.points[d] = points.clone();
      return this;
    }

    /**
     * Sets the respondent ids; without them the ids are the row numbers 1, 2, ... and take no
     * memory.
     *
     * @param ids one id per respondent; copied
     * @return this builder
     * @throws IllegalArgumentException if the array does not have one id per respondent
     * @throws NullPointerException if {@code ids} is null
     */
    public ColumnBuilder ids(long[] ids) {
      Objects.requireNonNull(ids, "ids");
      if (ids.length != size) {
        throw new IllegalArgumentException(
            "ids must number " + size + " (one per respondent) but were " + ids.length);
      }
      this.ids = ids.clone();
      return this;
    }

    /**
     * Sets what to do with points that do not sum to 100; the default is {@link
     * PointsPolicy#REJECT}.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public ColumnBuilder pointsPolicy(PointsPolicy policy) {
      this.pointsPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the data set: checks every respondent's importance points (all dimensions or none;
     * the total under the points policy), then copies the columns.
     *
     * @return the immutable survey data
     * @throws IllegalArgumentException if a respondent gave points for some dimensions only, or
     *     the points do not sum to 100 under {@link PointsPolicy#REJECT} (or sum to 0); the
     *     message names the respondent
     */
    public SurveyData build() {
      List<Dimension> dims = instrument.dimensions();
      double[][] pts = null;
      List<Rescaling> rescaled = new ArrayList<>();
      boolean anyPoints = false;
      for (double[] column : points) {
        anyPoints |= column != null;
      }
      if (anyPoints) {
        pts = new double[dims.size()][size];
        double[] one = new double[dims.size()];
        boolean pointsGiven = false;
        for (int r = 0; r < size; r++) {
          int absent = 0;
          int absentDim = -1;
          for (int d = 0; d < one.length; d++) {
            double[] column = points[d];
            one[d] = column == null ? Double.NaN : column[r];
            if (Double.isNaN(one[d])) {
              absent++;
              absentDim = d;
            }
          }
          if (absent == one.length) {
            for (int d = 0; d < one.length; d++) {
              pts[d][r] = Double.NaN;
            }
            continue;
          }
          if (absent > 0) {
            throw new IllegalArgumentException(
                "respondent " + id(r) + ": importance points must be given for every dimension " + dims + " but "
                    + dims.get(absentDim) + " was missing");
          }
          double[] checked = applyPolicy(id(r), one, pointsPolicy, r, rescaled);
          for (int d = 0; d < one.length; d++) {
            pts[d][r] = checked[d];
          }
          pointsGiven = true;
        }
        if (!pointsGiven) {
          pts = null;
        }
      }
      byte[] @Nullable [][] cols = new byte[columns.length][][];
      long[] missingByKind = new long[columns.length];
      for (int k = 0; k < cols.length; k++) {
        byte[] @Nullable [] src = columns[k];
        if (src == null) {
          continue;
        }
        byte[][] dst = new byte[src.length][];
        for (int i = 0; i < src.length; i++) {
          byte[] column = src[i];
          if (column == null) {
            dst[i] = new byte[size];
            Arrays.fill(dst[i], MISSING_BYTE);
          } else {
            dst[i] = column.clone();
          }
          missingByKind[k] += missing[k][i];
        }
        cols[k] = dst;
      }
      long[] given = ids;
      return new SurveyData(instrument, size, cols, given == null ? null : given.clone(), null, List.of(),
          new int[0][], List.of(), pts, rescaled, missingByKind);
    }

    private String id(int r) {
      long[] given = ids;
      return Long.toString(given == null ? r + 1L : given[r]);
    }

    private static String name(AnswerKind k) {
      return k.name().toLowerCase(Locale.ROOT);
    }
  }
}
