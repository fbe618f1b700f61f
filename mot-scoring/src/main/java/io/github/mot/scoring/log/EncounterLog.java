package io.github.mot.scoring.log;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.Encounter;
import io.github.mot.core.Labels;
import io.github.mot.core.RatingScale;
import io.github.mot.scoring.internal.LogAccess;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An encounter log in columnar form: the same facts as a list of {@link Encounter}s (customer,
 * touchpoint, instant, optional staff, ABC ratings, scorecard level, duration and note) plus any
 * number of named attributes per encounter (such as {@code "channel"}), held in one primitive array
 * per column instead of one object per encounter, for analyses over millions of encounters.
 * Row {@code r} is the {@code r}-th encounter added, {@code 0 <= r < size()}.
 *
 * <h2>Layout and cost</h2>
 *
 * <p>Texts are dictionary-encoded: each text column keeps its distinct values once, in first-seen
 * order (the <em>dictionary</em>, {@link #customers()}, {@link #touchpoints()}, ...), and per row
 * the value's position in it (its <em>code</em>, {@link #NO_CODE} when missing). A code column is
 * stored in the narrowest array that holds every code: 0 bytes per row while the value is missing
 * in every row, 1 byte while the dictionary has at most 255 values, 2 bytes up to 65,535 values,
 * else 4 bytes (the missing marker takes the 256th and 65,536th place, so a 256th touchpoint
 * switches the touchpoints to 2 bytes and a 65,536th employee the staff to 4). Bytes per
 * encounter, beyond the dictionaries:
 *
 * <table class="striped">
 *   <caption>Bytes per encounter of each column</caption>
 *   <thead><tr><th>column</th><th>bytes</th><th>form</th></tr></thead>
 *   <tbody>
 *   <tr><td>customer</td><td>1, 2 or 4</td><td>code</td></tr>
 *   <tr><td>touchpoint</td><td>1, 2 or 4</td><td>code</td></tr>
 *   <tr><td>occurredAt</td><td>8</td><td>{@code long} nanoseconds since the epoch</td></tr>
 *   <tr><td>staff</td><td>0, 1, 2 or 4</td><td>code</td></tr>
 *   <tr><td>level</td><td>0 or 1</td><td>{@code byte}: the value + 4, 0 when missing</td></tr>
 *   <tr><td>ratings</td><td>0, or 1 + 3, or 1 + 24</td><td>the code of the rating scale
 *       ({@link #ratingScales()}; missing means no ratings) and three {@code byte}s holding {@code
 *       rating - scale.min()} while every rating is a whole number on a scale of at most 256
 *       points; else three {@code double}s (ratings may be real numbers, such as means of
 *       raters: the doubles keep them exactly)</td></tr>
 *   <tr><td>duration</td><td>0, 4 or 8</td><td>{@code int} milliseconds + 1 (0 when missing)
 *       while every duration is a whole number of milliseconds below 2<sup>31</sup> - 1 (about
 *       24.8 days); else {@code long} nanoseconds + 1</td></tr>
 *   <tr><td>note</td><td>0, 1, 2 or 4</td><td>code</td></tr>
 *   <tr><td>each attribute</td><td>1, 2 or 4</td><td>code</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Budget rule:</b> when the touchpoints have at most 255 values, the staff at most 65,535,
 * the ratings are whole numbers on at most 255 scales of at most 256 points and the durations are
 * whole milliseconds below 24.8 days, the columns customer to duration take at most 4 + 1 + 8 + 2
 * + 1 + (1 + 3) + 4 = <b>24 bytes per encounter</b> (with more than 65,535 customers; 22 with
 * fewer), and the note and each attribute 1 to 4 bytes more (0 for a note that no encounter has).
 * A 0 in the table is a column whose value is missing in every row. {@link #columnBytes()} gives
 * the exact total. Columns change width as the builder meets values that need it, each change
 * copying that column; {@link Builder#build()} trims every array to the log's size.
 *
 * <p>Instants are stored exactly as nanoseconds in a {@code long}, which holds every instant from
 * {@link #MIN_INSTANT} (1677-09-21T00:12:43.145224192Z) to {@link #MAX_INSTANT}
 * (2262-04-11T23:47:16.854775807Z); an encounter outside that range is rejected.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * EncounterLog log = EncounterLog.of(encounters);        // at most 24 bytes per encounter
 * System.out.println(log);                               // size, customers, time range, first rows
 * EncounterLog november = log.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
 * long[] levelSum = new long[november.touchpoints().size()];
 * for (int row = 0; row < november.size(); row++) {      // no object per encounter
 *   if (november.hasLevel(row)) {
 *     levelSum[november.touchpointCode(row)] += november.levelValue(row);
 *   }
 * }
 * JourneyScorer scorer = JourneyScorer.of(JourneyTemplate.RETAIL_COUNTER.journey());
 * CustomerTimelines timelines = november.byCustomer(); // each customer's rows in time order
 * Map<String, JourneyScore> scores = new TreeMap<>();
 * for (int c = 0; c < timelines.customers(); c++) {
 *   scores.put(timelines.customerId(c), scorer.score(timelines.encounters(c)));
 * }
 * }</pre>
 *
 * <p>Row accessors throw {@link IndexOutOfBoundsException} for a row outside {@code [0, size())}.
 * Instances are immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class EncounterLog {

  /** The code of a missing value (no staff, no note, no attribute value): {@value}. */
  public static final int NO_CODE = -1;

  /** The earliest instant a log holds: {@code Long.MIN_VALUE} nanoseconds from the epoch. */
  public static final Instant MIN_INSTANT = Instant.ofEpochSecond(0, Long.MIN_VALUE);

  /** The latest instant a log holds: {@code Long.MAX_VALUE} nanoseconds from the epoch. */
  public static final Instant MAX_INSTANT = Instant.ofEpochSecond(0, Long.MAX_VALUE);

  /** What {@link #levelValues} gives for a row without a scorecard level: {@value}. */
  public static final byte NO_LEVEL = Byte.MIN_VALUE;

  static {
    LogAccess.install(new LogAccess() {
      @Override
      public int customerCode(Builder b, String id) {
        return b.customerCode(id);
      }

      @Override
      public long[] levelCounts(EncounterLog log, LogAccess.CodeColumn column) {
        return log.levelCounts(column);
      }

      @Override
      public long @Nullable [] ratingCombinations(EncounterLog log, LogAccess.@Nullable CodeColumn column,
          RatingScale scale) {
        return log.ratingCombinations(column, scale);
      }

      @Override
      public int newCustomerCode(Builder b, String id) {
        return b.customers.append(id);
      }

      @Override
      public int touchpointCode(Builder b, String id) {
        return b.touchpointCode(id);
      }

      @Override
      public int staffCode(Builder b, String id) {
        return b.staffCode(id);
      }

      @Override
      public int noteCode(Builder b, String note) {
        return b.noteCode(note);
      }

      @Override
      public int ratingScaleCode(Builder b, RatingScale scale) {
        return b.ratingScaleCode(scale);
      }

      @Override
      public void append(Builder b, int customer, int touchpoint, long epochNanos, int staff, byte level, int scale,
          double appearance, double behaviour, double communication, long durationNanos, int note) {
        b.append(customer, touchpoint, epochNanos, staff, level, scale, appearance, behaviour, communication,
            durationNanos, note);
      }

      @Override
      public void appendRun(Builder b, int[] customer, int[] touchpoint, long[] epochNanos, int[] staff,
          byte[] level, int scale, double[] appearance, double[] behaviour, double[] communication,
          long[] durationNanos, int[] note, int from, int count) {
        b.appendRun(customer, touchpoint, epochNanos, staff, level, scale, appearance, behaviour, communication,
            durationNanos, note, from, count);
      }
    });
  }

  /** The longest duration a log holds, in nanoseconds (stored + 1 in a {@code long}). */
  static final long MAX_DURATION_NANOS = Long.MAX_VALUE - 1;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_MILLI = 1_000_000L;
  private static final int MAX_MILLIS = Integer.MAX_VALUE - 1;

  /** How many rows {@link #toString()} shows whole; a longer log shows its first and last rows. */
  private static final int SHOWN_ROWS = 10;

  private static final byte[] NO_BYTES = new byte[0];
  private static final int[] NO_INTS = new int[0];
  private static final long[] NO_LONGS = new long[0];
  private static final double[] NO_DOUBLES = new double[0];

  private final int size;
  private final String[] customers;
  private final String[] touchpoints;
  private final String[] staff;
  private final String[] notes;
  private final RatingScale[] scales;
  private final Codes customerCodes;
  private final Codes touchpointCodes;
  private final Codes staffCodes;
  private final Codes noteCodes;
  private final Codes scaleCodes;
  /** Nanoseconds since the epoch; package-private for {@link CustomerTimelines}. */
  final long[] nanos;
  private final byte[] levels;
  private final boolean wholeRatings;
  private final byte[] appearanceOffsets;
  private final byte[] behaviourOffsets;
  private final byte[] communicationOffsets;
  private final double[] appearances;
  private final double[] behaviours;
  private final double[] communications;
  private final boolean durationNanos;
  private final int[] millisPlusOne;
  private final long[] nanosPlusOne;
  private final List<Attribute> attributes;
  private final Map<String, Attribute> attributesByName;
  private final long minNanos;
  private final long maxNanos;
  private volatile @Nullable CustomerTimelines timelines;

  private EncounterLog(Builder b) {
    int n = b.size;
    size = n;
    customers = b.customers.values();
    touchpoints = b.touchpoints.values();
    staff = b.staff.values();
    notes = b.notes.values();
    scales = b.scales.toArray(new RatingScale[0]);
    customerCodes = b.customerCodes.trimmed(n);
    touchpointCodes = b.touchpointCodes.trimmed(n);
    staffCodes = b.staffCodes.trimmed(n);
    noteCodes = b.noteCodes.trimmed(n);
    scaleCodes = b.scaleCodes.trimmed(n);
    nanos = Arrays.copyOf(b.nanos, n);
    levels = trim(b.levels, n);
    wholeRatings = b.wholeRatings;
    appearanceOffsets = trim(b.appearanceOffsets, n);
    behaviourOffsets = trim(b.behaviourOffsets, n);
    communicationOffsets = trim(b.communicationOffsets, n);
    appearances = trim(b.appearances, n);
    behaviours = trim(b.behaviours, n);
    communications = trim(b.communications, n);
    durationNanos = b.durationNanos;
    millisPlusOne = trim(b.millisPlusOne, n);
    nanosPlusOne = trim(b.nanosPlusOne, n);
    List<Attribute> attrs = new ArrayList<>(b.attributeNames.size());
    Map<String, Attribute> byName = new LinkedHashMap<>();
    for (int i = 0; i < b.attributeNames.size(); i++) {
      Attribute a = new Attribute(this, b.attributeNames.get(i), b.attributeValues.get(i).values(),
          b.attributeCodes.get(i).trimmed(n));
      attrs.add(a);
      byName.put(a.name, a);
    }
    attributes = Collections.unmodifiableList(attrs);
    attributesByName = Collections.unmodifiableMap(byName);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long t : nanos) {
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    minNanos = min;
    maxNanos = max;
  }

  // --- building ----------------------------------------------------------------------------------

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Why a log cannot hold this encounter, or null if it can: its instant outside [{@link
   * #MIN_INSTANT}, {@link #MAX_INSTANT}] (a sentinel such as year 9999 of a CRM export) or a
   * duration above {@code Long.MAX_VALUE - 1} nanoseconds. An engine checks this before it
   * gathers a customer's encounters into a log, so that such an encounter is counted as rejected
   * with its reason instead of failing the job.
   *
   * @param encounter the encounter
   * @return the reason, for example {@code "occurredAt +10000-01-01T00:00:00Z is outside what an
   *     encounter log holds, [1677-09-21T00:12:43.145224192Z, 2262-04-11T23:47:16.854775807Z]"}, or
   *     null
   * @throws NullPointerException if {@code encounter} is null
   * @since 0.4.0
   */
  public static @Nullable String whyNotHeld(Encounter encounter) {
    Instant at = encounter.occurredAt();
    if (at.isBefore(MIN_INSTANT) || at.isAfter(MAX_INSTANT)) {
      return "occurredAt " + at + " is outside what an encounter log holds, [" + MIN_INSTANT + ", " + MAX_INSTANT + "]";
    }
    Duration d = encounter.durationOrNull();
    if (d != null && d.compareTo(Duration.ofNanos(MAX_DURATION_NANOS)) > 0) {
      return "duration " + d + " is above what an encounter log holds, " + Duration.ofNanos(MAX_DURATION_NANOS);
    }
    return null;
  }

  /**
   * The log of the given encounters, in their iteration order.
   *
   * @param encounters the encounters
   * @return the log
   * @throws NullPointerException if {@code encounters} or one of them is null
   * @throws IllegalArgumentException if an encounter's instant is outside [{@link #MIN_INSTANT},
   *     {@link #MAX_INSTANT}] or its duration exceeds {@code Long.MAX_VALUE - 1} nanoseconds
   *     (about 292 years)
   */
  public static EncounterLog of(Iterable<Encounter> encounters) {
    Objects.requireNonNull(encounters, "encounters");
    Builder b = builder();
    for (Encounter e : encounters) {
      b.add(e);
    }
    return b.build();
  }

  /**
   * The log of the encounters of a stream, in encounter order; a parallel stream builds parts of
   * the log on several threads and joins them (see {@link #toLog()}).
   *
   * @param encounters the encounters
   * @return the log
   * @throws NullPointerException if {@code encounters} or one of them is null
   * @throws IllegalArgumentException as {@link #of(Iterable)}
   */
  public static EncounterLog of(Stream<Encounter> encounters) {
    return Objects.requireNonNull(encounters, "encounters").collect(toLog());
  }

  /**
   * A collector of encounters into a log, in encounter order; on a parallel stream each thread fills
   * its own builder and the parts are joined in order (the later part re-encoded into the earlier
   * one's dictionaries).
   *
   * @return the collector
   */
  public static Collector<Encounter, ?, EncounterLog> toLog() {
    return Collector.of(
        Builder::new,
        Builder::add,
        (a, b) -> {
          a.append(b.build());
          return a;
        },
        Builder::build);
  }

  // --- sizes and dictionaries --------------------------------------------------------------------

  /**
   * The number of encounters (rows).
   *
   * @return the size, {@code >= 0}
   */
  public int size() {
    return size;
  }

  /**
   * The customer ids in first-seen order; a row's {@link #customerCode(int)} is a position here.
   *
   * @return the unmodifiable dictionary of customers
   */
  public List<String> customers() {
    return dictionary(customers);
  }

  /**
   * The touchpoint ids in first-seen order; a row's {@link #touchpointCode(int)} is a position here.
   *
   * @return the unmodifiable dictionary of touchpoints
   */
  public List<String> touchpoints() {
    return dictionary(touchpoints);
  }

  /**
   * The staff ids in first-seen order; a row's {@link #staffCode(int)} is a position here.
   *
   * @return the unmodifiable dictionary of employees
   */
  public List<String> staff() {
    return dictionary(staff);
  }

  /**
   * The distinct notes in first-seen order; a row's {@link #noteCode(int)} is a position here.
   *
   * @return the unmodifiable dictionary of notes
   */
  public List<String> notes() {
    return dictionary(notes);
  }

  /**
   * The rating scales of the rows' ABC ratings in first-seen order (usually one); a row's {@link
   * #ratingScaleCode(int)} is a position here.
   *
   * @return the unmodifiable dictionary of scales
   */
  public List<RatingScale> ratingScales() {
    return Collections.unmodifiableList(Arrays.asList(scales));
  }

  /**
   * The extra attribute columns, in the order their names were first given to the builder.
   *
   * @return the unmodifiable list of attribute columns
   */
  public List<Attribute> attributes() {
    return attributes;
  }

  /**
   * The attribute column with the given name.
   *
   * @param name the attribute's name, such as {@code "channel"}
   * @return the column
   * @throws IllegalArgumentException if the log has no attribute of that name
   */
  public Attribute attribute(String name) {
    Objects.requireNonNull(name, "name");
    Attribute a = attributesByName.get(name);
    if (a == null) {
      throw Preconditions.invalid("attribute name", "one of " + attributesByName.keySet(), name);
    }
    return a;
  }

  // --- bulk reads ---------------------------------------------------------------------------------

  /**
   * Copies the customer codes of rows {@code [from, to)} into {@code dst} from {@code offset}: the
   * bulk form of {@link #customerCode(int)}, for loops over millions of rows that read a block of
   * rows at a time instead of calling an accessor per row.
   *
   * @param from the first row
   * @param to the end row (exclusive)
   * @param dst the destination, positions in {@link #customers()}
   * @param offset where the first code goes
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within {@code [0, size())} or
   *     {@code dst} has no room from {@code offset}
   */
  public void customerCodes(int from, int to, int[] dst, int offset) {
    customerCodes.get(checkRange(from, to, dst.length, offset), to, dst, offset);
  }

  /**
   * Copies the touchpoint codes of rows {@code [from, to)} into {@code dst} from {@code offset}:
   * the bulk form of {@link #touchpointCode(int)}.
   *
   * @param from the first row
   * @param to the end row (exclusive)
   * @param dst the destination, positions in {@link #touchpoints()}
   * @param offset where the first code goes
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within {@code [0, size())} or
   *     {@code dst} has no room from {@code offset}
   */
  public void touchpointCodes(int from, int to, int[] dst, int offset) {
    touchpointCodes.get(checkRange(from, to, dst.length, offset), to, dst, offset);
  }

  /**
   * Copies the staff codes of rows {@code [from, to)} into {@code dst} from {@code offset}: the
   * bulk form of {@link #staffCode(int)}.
   *
   * @param from the first row
   * @param to the end row (exclusive)
   * @param dst the destination, positions in {@link #staff()} or {@link #NO_CODE}
   * @param offset where the first code goes
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within {@code [0, size())} or
   *     {@code dst} has no room from {@code offset}
   */
  public void staffCodes(int from, int to, int[] dst, int offset) {
    staffCodes.get(checkRange(from, to, dst.length, offset), to, dst, offset);
  }

  /**
   * Copies the rating-scale codes of rows {@code [from, to)} into {@code dst} from {@code offset}:
   * the bulk form of {@link #ratingScaleCode(int)}.
   *
   * @param from the first row
   * @param to the end row (exclusive)
   * @param dst the destination, positions in {@link #ratingScales()} or {@link #NO_CODE} (no ratings)
   * @param offset where the first code goes
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within {@code [0, size())} or
   *     {@code dst} has no room from {@code offset}
   */
  public void ratingScaleCodes(int from, int to, int[] dst, int offset) {
    scaleCodes.get(checkRange(from, to, dst.length, offset), to, dst, offset);
  }

  /**
   * Copies the scorecard values of rows {@code [from, to)} into {@code dst} from {@code offset}:
   * -3 to +3, or {@link #NO_LEVEL} for a row without a level; the bulk form of {@link
   * #levelValue(int)}.
   *
   * @param from the first row
   * @param to the end row (exclusive)
   * @param dst the destination
   * @param offset where the first value goes
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within {@code [0, size())} or
   *     {@code dst} has no room from {@code offset}
   */
  public void levelValues(int from, int to, byte[] dst, int offset) {
    checkRange(from, to, dst.length, offset);
    byte[] l = levels;
    if (l.length == 0) {
      Arrays.fill(dst, offset, offset + to - from, NO_LEVEL);
      return;
    }
    for (int i = 0, n = to - from; i < n; i++) {
      byte v = l[from + i];
      dst[offset + i] = v == 0 ? NO_LEVEL : (byte) (v - 4);
    }
  }

  /**
   * Copies one ABC rating of rows {@code [from, to)} into {@code dst} from {@code offset}: the
   * rating on the row's scale, or NaN for a row without ratings; the bulk form of {@link
   * #rating(int, AbcComponent)}.
   *
   * @param component the rating
   * @param from the first row
   * @param to the end row (exclusive)
   * @param dst the destination
   * @param offset where the first rating goes
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not within {@code [0, size())} or
   *     {@code dst} has no room from {@code offset}
   */
  public void ratings(AbcComponent component, int from, int to, double[] dst, int offset) {
    Objects.requireNonNull(component, "component");
    checkRange(from, to, dst.length, offset);
    int n = to - from;
    if (wholeRatings) {
      byte[] offsets = switch (component) {
        case APPEARANCE -> appearanceOffsets;
        case BEHAVIOUR -> behaviourOffsets;
        case COMMUNICATION -> communicationOffsets;
      };
      if (scales.length == 1 && scaleCodes.width() == 1) { // one scale: ratings where the stored code is 1
        double min = scales[0].min();
        byte[] stored = scaleCodes.byteCodes();
        for (int i = 0; i < n; i++) {
          int row = from + i;
          dst[offset + i] = stored[row] == 0 ? Double.NaN : min + (double) (offsets[row] & 0xFF);
        }
        return;
      }
      if (scales.length == 1) { // one scale: a row has ratings where its scale code is 0
        double min = scales[0].min();
        for (int i = 0; i < n; i++) {
          int row = from + i;
          dst[offset + i] = scaleCodes.get(row) == NO_CODE ? Double.NaN : min + (double) (offsets[row] & 0xFF);
        }
        return;
      }
      for (int i = 0; i < n; i++) {
        int row = from + i;
        int c = scaleCodes.get(row);
        dst[offset + i] = c == NO_CODE ? Double.NaN : scales[c].min() + (double) (offsets[row] & 0xFF);
      }
      return;
    }
    double[] values = switch (component) {
      case APPEARANCE -> appearances;
      case BEHAVIOUR -> behaviours;
      case COMMUNICATION -> communications;
    };
    for (int i = 0; i < n; i++) {
      int row = from + i;
      dst[offset + i] = scaleCodes.get(row) == NO_CODE ? Double.NaN : values[row];
    }
  }

  /** Per stored code of a column and stored level: the rows (see {@link LogAccess#levelCounts}). */
  long[] levelCounts(LogAccess.CodeColumn column) {
    Codes codes;
    int values;
    switch (column) {
      case TOUCHPOINT -> {
        codes = touchpointCodes;
        values = touchpoints.length;
      }
      case STAFF -> {
        codes = staffCodes;
        values = staff.length;
      }
      default -> {
        codes = customerCodes;
        values = customers.length;
      }
    }
    long[] counts = new long[(values + 1) * 8];
    codes.countLevels(levels, size, counts);
    return counts;
  }

  /** The rated rows per stored code and combination of whole ratings (see {@link LogAccess#ratingCombinations}). */
  long @Nullable [] ratingCombinations(LogAccess.@Nullable CodeColumn column, RatingScale scale) {
    int points = scale.points();
    int scaleCode = -1;
    for (int i = 0; i < scales.length; i++) {
      if (scales[i].equals(scale)) {
        scaleCode = i;
      }
    }
    Codes groups = column == null ? null : switch (column) {
      case TOUCHPOINT -> touchpointCodes;
      case STAFF -> staffCodes;
      case CUSTOMER -> customerCodes;
    };
    int values = column == null ? 0 : switch (column) {
      case TOUCHPOINT -> touchpoints.length;
      case STAFF -> staff.length;
      case CUSTOMER -> customers.length;
    };
    long cube = (long) points * points * points;
    if (!wholeRatings || points > 16 || cube * (values + 1) > 1 << 22) {
      return null; // doubles, or too many counters: the caller reads the rows
    }
    long[] counts = new long[(int) (cube * (values + 1))];
    if (scales.length == 0) {
      return counts; // no row is rated
    }
    int mine = scaleCode + 1; // the stored code of the scale's rows; 0 if no row is on it
    byte[] a = appearanceOffsets;
    byte[] b = behaviourOffsets;
    byte[] c = communicationOffsets;
    int p = points;
    int p3 = (int) cube;
    for (int row = 0; row < size; row++) {
      int sc = scaleCodes.stored(row);
      if (sc == 0) {
        continue;
      }
      if (sc != mine) {
        return null; // a row on another scale: the caller's check names it
      }
      int g = groups == null ? 0 : groups.stored(row);
      counts[g * p3 + ((a[row] & 0xFF) * p + (b[row] & 0xFF)) * p + (c[row] & 0xFF)]++;
    }
    return counts;
  }

  /** Checks a range of rows and room in a destination; returns {@code from}. */
  private int checkRange(int from, int to, int length, int offset) {
    Objects.checkFromToIndex(from, to, size);
    Objects.checkFromIndexSize(offset, to - from, length);
    return from;
  }

  // --- per row -----------------------------------------------------------------------------------

  /**
   * The code of a row's customer.
   *
   * @param row the row
   * @return a position in {@link #customers()}
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public int customerCode(int row) {
    return customerCodes.get(Objects.checkIndex(row, size));
  }

  /**
   * The id of a row's customer.
   *
   * @param row the row
   * @return the customer id
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public String customerId(int row) {
    return customers[customerCode(row)];
  }

  /**
   * The code of a row's touchpoint.
   *
   * @param row the row
   * @return a position in {@link #touchpoints()}
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public int touchpointCode(int row) {
    return touchpointCodes.get(Objects.checkIndex(row, size));
  }

  /**
   * The id of a row's touchpoint.
   *
   * @param row the row
   * @return the touchpoint id
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public String touchpointId(int row) {
    return touchpoints[touchpointCode(row)];
  }

  /**
   * When a row's encounter happened, in nanoseconds since 1970-01-01T00:00:00Z.
   *
   * @param row the row
   * @return the epoch nanoseconds (negative before 1970)
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public long epochNanos(int row) {
    return nanos[Objects.checkIndex(row, size)];
  }

  /**
   * When a row's encounter happened.
   *
   * @param row the row
   * @return the instant, exactly as added
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public Instant occurredAt(int row) {
    return Instant.ofEpochSecond(0, epochNanos(row));
  }

  /**
   * The code of a row's employee.
   *
   * @param row the row
   * @return a position in {@link #staff()}, or {@link #NO_CODE} if the employee is not known
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public int staffCode(int row) {
    return staffCodes.get(Objects.checkIndex(row, size));
  }

  /**
   * The id of a row's employee, if known.
   *
   * @param row the row
   * @return the staff id, or empty
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public Optional<String> staffId(int row) {
    int code = staffCode(row);
    return code == NO_CODE ? Optional.empty() : Optional.of(staff[code]);
  }

  /**
   * Whether a row has a scorecard level.
   *
   * @param row the row
   * @return true if the customer judged the encounter
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public boolean hasLevel(int row) {
    Objects.checkIndex(row, size);
    return levels.length != 0 && levels[row] != 0;
  }

  /**
   * The scorecard value of a row, -3 to +3 (see {@link ScorecardLevel#value()}).
   *
   * @param row the row
   * @return the value in {@code [-3, 3]}
   * @throws NoSuchElementException if the row has no level ({@link #hasLevel(int)} is false)
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public int levelValue(int row) {
    if (!hasLevel(row)) {
      throw new NoSuchElementException("row " + row + " has no scorecard level");
    }
    return levels[row] - 4;
  }

  /**
   * The scorecard level of a row, if given.
   *
   * @param row the row
   * @return the level, or empty
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public Optional<ScorecardLevel> level(int row) {
    return hasLevel(row) ? Optional.of(ScorecardLevel.of(levels[row] - 4)) : Optional.empty();
  }

  /**
   * Whether a row has ABC ratings.
   *
   * @param row the row
   * @return true if the encounter was rated
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public boolean hasRatings(int row) {
    return ratingScaleCode(row) != NO_CODE;
  }

  /**
   * The code of the scale of a row's ABC ratings.
   *
   * @param row the row
   * @return a position in {@link #ratingScales()}, or {@link #NO_CODE} if the row has no ratings
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public int ratingScaleCode(int row) {
    return scaleCodes.get(Objects.checkIndex(row, size));
  }

  /**
   * One ABC rating of a row.
   *
   * @param row the row
   * @param component appearance, behaviour or communication
   * @return the rating, on the row's scale ({@link #ratingScales()} at {@link
   *     #ratingScaleCode(int)})
   * @throws NoSuchElementException if the row has no ratings ({@link #hasRatings(int)} is false)
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public double rating(int row, AbcComponent component) {
    Objects.requireNonNull(component, "component");
    int scale = ratingScaleCode(row);
    if (scale == NO_CODE) {
      throw new NoSuchElementException("row " + row + " has no ABC ratings");
    }
    if (wholeRatings) {
      byte[] offsets = switch (component) {
        case APPEARANCE -> appearanceOffsets;
        case BEHAVIOUR -> behaviourOffsets;
        case COMMUNICATION -> communicationOffsets;
      };
      return scales[scale].min() + (double) (offsets[row] & 0xFF);
    }
    double[] ratings = switch (component) {
      case APPEARANCE -> appearances;
      case BEHAVIOUR -> behaviours;
      case COMMUNICATION -> communications;
    };
    return ratings[row];
  }

  /**
   * The ABC ratings of a row, if rated.
   *
   * @param row the row
   * @return the ratings, equal to those added, or empty
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public Optional<AbcRatings> ratings(int row) {
    int scale = ratingScaleCode(row);
    if (scale == NO_CODE) {
      return Optional.empty();
    }
    return Optional.of(AbcRatings.of(scales[scale], rating(row, AbcComponent.APPEARANCE),
        rating(row, AbcComponent.BEHAVIOUR), rating(row, AbcComponent.COMMUNICATION)));
  }

  /**
   * Whether a row has a duration.
   *
   * @param row the row
   * @return true if the contact's length was measured
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public boolean hasDuration(int row) {
    Objects.checkIndex(row, size);
    return durationNanos
        ? nanosPlusOne[row] != 0
        : millisPlusOne.length != 0 && millisPlusOne[row] != 0;
  }

  /**
   * How long a row's contact lasted, in nanoseconds.
   *
   * @param row the row
   * @return the duration in nanoseconds, {@code >= 0}
   * @throws NoSuchElementException if the row has no duration ({@link #hasDuration(int)} is false)
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public long durationNanos(int row) {
    if (!hasDuration(row)) {
      throw new NoSuchElementException("row " + row + " has no duration");
    }
    return durationNanos ? nanosPlusOne[row] - 1 : (millisPlusOne[row] - 1) * NANOS_PER_MILLI;
  }

  /**
   * How long a row's contact lasted, if measured.
   *
   * @param row the row
   * @return the duration, or empty
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public Optional<Duration> duration(int row) {
    return hasDuration(row) ? Optional.of(Duration.ofNanos(durationNanos(row))) : Optional.empty();
  }

  /**
   * The code of a row's note.
   *
   * @param row the row
   * @return a position in {@link #notes()}, or {@link #NO_CODE} if the row has no note
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public int noteCode(int row) {
    return noteCodes.get(Objects.checkIndex(row, size));
  }

  /**
   * A row's note, if any.
   *
   * @param row the row
   * @return the note, or empty
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public Optional<String> note(int row) {
    int code = noteCode(row);
    return code == NO_CODE ? Optional.empty() : Optional.of(notes[code]);
  }

  /**
   * The attributes a row has, by name, in the order of {@link #attributes()}.
   *
   * @param row the row
   * @return an unmodifiable map from attribute name to value, without the attributes the row
   *     lacks
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public Map<String, String> attributes(int row) {
    Objects.checkIndex(row, size);
    Map<String, String> out = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      int code = a.codes.get(row);
      if (code != NO_CODE) {
        out.put(a.name, a.values[code]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The encounter of a row, as an object.
   *
   * @param row the row
   * @return an encounter equal to the one added
   * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())}
   */
  public Encounter encounter(int row) {
    Encounter.Builder b = Encounter.builder()
        .customerId(customerId(row))
        .touchpointId(touchpointId(row))
        .occurredAt(occurredAt(row))
        .staffId(staffId(row))
        .ratings(ratings(row))
        .level(level(row))
        .duration(duration(row))
        .note(note(row));
    return b.build();
  }

  /**
   * The encounters as a list that creates each element when asked ({@link #encounter(int)}).
   *
   * @return an unmodifiable list of {@link #size()} encounters, in row order
   */
  public List<Encounter> encounters() {
    return new AbstractList<>() {
      @Override
      public Encounter get(int row) {
        return encounter(row);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  // --- slices and views --------------------------------------------------------------------------

  /**
   * The encounters of a time range, {@code fromInclusive <= occurredAt < toExclusive}, as a new log
   * (a copy, not a view) in row order. Its dictionaries hold only the values of those rows, in
   * their first-seen order, exactly as if the log were built from the same encounters (codes differ
   * from this log's). Cost: one pass over the instants and, per row in the range, one dictionary
   * look-up per text column; memory as a log of that size.
   *
   * @param fromInclusive the start of the range
   * @param toExclusive the end of the range, not before {@code fromInclusive}
   * @return the log of the rows in the range (empty if none)
   * @throws IllegalArgumentException if {@code toExclusive} is before {@code fromInclusive}
   */
  public EncounterLog between(Instant fromInclusive, Instant toExclusive) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toExclusive, "toExclusive");
    Preconditions.check(!toExclusive.isBefore(fromInclusive), "toExclusive",
        "at or after fromInclusive " + fromInclusive, toExclusive);
    Builder b = new Builder();
    if (fromInclusive.isAfter(MAX_INSTANT)) {
      return b.build();
    }
    long from = fromInclusive.isBefore(MIN_INSTANT) ? Long.MIN_VALUE : toNanos(fromInclusive);
    boolean toEnd = toExclusive.isAfter(MAX_INSTANT);
    long to = toEnd ? Long.MAX_VALUE : toExclusive.isBefore(MIN_INSTANT) ? Long.MIN_VALUE : toNanos(toExclusive);
    for (int row = 0; row < size; row++) {
      long t = nanos[row];
      if (t >= from && (toEnd || t < to)) {
        b.appendRow(this, row);
      }
    }
    return b.build();
  }

  /**
   * Each customer's rows ordered by time, computed on first call and kept (later calls return the
   * same object). Cost of the first call: a counting sort of the rows by customer code and a stable
   * sort by instant within each customer, {@code O(n log m)} for {@code n} rows and at most {@code
   * m} rows per customer; memory 4 bytes per row and 4 per customer.
   *
   * @return the timelines of this log's customers
   */
  public CustomerTimelines byCustomer() {
    CustomerTimelines t = timelines;
    if (t == null) {
      t = new CustomerTimelines(this);
      timelines = t;
    }
    return t;
  }

  /**
   * The bytes held by the per-encounter arrays (not the dictionaries), computed from their lengths:
   * see the class description for the cost of each column.
   *
   * @return the bytes of the columns
   */
  public long columnBytes() {
    long bytes = customerCodes.bytes() + touchpointCodes.bytes() + 8L * nanos.length
        + staffCodes.bytes() + levels.length + scaleCodes.bytes()
        + appearanceOffsets.length + behaviourOffsets.length + communicationOffsets.length
        + 8L * (appearances.length + behaviours.length + communications.length)
        + 4L * millisPlusOne.length + 8L * nanosPlusOne.length + noteCodes.bytes();
    for (Attribute a : attributes) {
      bytes += a.codes.bytes();
    }
    return bytes;
  }

  /**
   * The bytes per row of one column, for tests and the budget: "customer", "touchpoint",
   * "occurredAt", "staff", "level", "ratings", "duration", "note" or an attribute's name.
   */
  int bytesPerRow(String column) {
    return switch (column) {
      case "customer" -> customerCodes.width();
      case "touchpoint" -> touchpointCodes.width();
      case "occurredAt" -> 8;
      case "staff" -> staffCodes.width();
      case "level" -> levels.length == 0 ? 0 : 1;
      case "ratings" -> scaleCodes.width() == 0 ? 0 : scaleCodes.width() + (wholeRatings ? 3 : 24);
      case "duration" -> durationNanos ? 8 : millisPlusOne.length == 0 ? 0 : 4;
      case "note" -> noteCodes.width();
      default -> attribute(column).codes.width();
    };
  }

  // --- text --------------------------------------------------------------------------------------

  /**
   * The log as text: its size, customers, touchpoints and time range, then a table of its rows (the
   * first and last ones when there are many).
   *
   * @return a few lines of text
   */
  @Override
  public String toString() {
    return Format.TEXT.render(() -> tables());
  }

  private Tables tables() {
    List<Column<Integer>> columns = new ArrayList<>(List.of(
        Column.<Integer>integer("row", r -> r),
        Column.<Integer>text("customer", this::customerId),
        Column.<Integer>text("touchpoint", this::touchpointId),
        Column.<Integer>text("occurredAt", r -> occurredAt(r).toString())));
    // the optional columns that some row has
    if (staff.length > 0) {
      columns.add(Column.<Integer>text("staff", r -> staffId(r).orElse(null)));
    }
    if (levels.length > 0) {
      columns.add(Column.<Integer>optionalInteger("level",
              r -> hasLevel(r) ? OptionalInt.of(levelValue(r)) : OptionalInt.empty())
          .text((r, c) -> hasLevel(r) ? c.level(levelValue(r)) : Cells.UNDEFINED));
    }
    if (scales.length > 0) {
      columns.add(Column.<Integer>text("ratings", r -> ratings(r).map(a -> a.appearance() + "/"
          + a.behaviour() + "/" + a.communication() + " on " + a.scale()).orElse(null)));
    }
    if (millisPlusOne.length > 0 || nanosPlusOne.length > 0) {
      columns.add(Column.<Integer>text("duration", r -> duration(r).map(Duration::toString).orElse(null)));
    }
    if (notes.length > 0) {
      columns.add(Column.<Integer>text("note", r -> note(r).orElse(null)));
    }
    for (Attribute a : attributes) {
      columns.add(Column.<Integer>text(a.name, r -> a.value(r).orElse(null)));
    }
    List<Integer> rows = io.github.mot.core.internal.Rows.indexes(size);
    return Tables.builder(Labels::of)
        .line(c -> "Encounter log: " + c.count(size) + " encounters, " + c.count(customers.length)
            + " customers, " + c.count(touchpoints.length) + " touchpoints, " + c.count(staff.length) + " staff"
            + (size == 0 ? "" : ", " + Instant.ofEpochSecond(0, minNanos) + " to " + Instant.ofEpochSecond(0, maxNanos)))
        .table(Table.of("rows", columns, rows).elide(SHOWN_ROWS, SHOWN_ROWS / 2, ""))
        .build();
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static List<String> dictionary(String[] values) {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  private static byte[] trim(byte[] a, int n) {
    return a.length == 0 ? NO_BYTES : Arrays.copyOf(a, n);
  }

  private static int[] trim(int[] a, int n) {
    return a.length == 0 ? NO_INTS : Arrays.copyOf(a, n);
  }

  private static long[] trim(long[] a, int n) {
    return a.length == 0 ? NO_LONGS : Arrays.copyOf(a, n);
  }

  private static double[] trim(double[] a, int n) {
    return a.length == 0 ? NO_DOUBLES : Arrays.copyOf(a, n);
  }

  /** The epoch nanoseconds of an instant in [MIN_INSTANT, MAX_INSTANT], exactly. */
  static long toNanos(Instant t) {
    long seconds = t.getEpochSecond();
    long nano = t.getNano();
    if (seconds < 0 && nano > 0) {
      return (seconds + 1) * NANOS_PER_SECOND + (nano - NANOS_PER_SECOND);
    }
    return seconds * NANOS_PER_SECOND + nano;
  }

  /**
   * One extra attribute column of a log, such as the channel of each encounter: a text per row or
   * none, dictionary-encoded like the log's other text columns (1, 2 or 4 bytes per row).
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @since 0.3.0
   */
  public static final class Attribute {

    private final EncounterLog log;
    private final String name;
    private final String[] values;
    private final Codes codes;

    private Attribute(EncounterLog log, String name, String[] values, Codes codes) {
      this.log = log;
      this.name = name;
      this.values = values;
      this.codes = codes;
    }

    /**
     * The attribute's name, as given to the builder.
     *
     * @return the name, not blank
     */
    public String name() {
      return name;
    }

    /**
     * The attribute's distinct values in first-seen order; a row's {@link #code(int)} is a position
     * here.
     *
     * @return the unmodifiable dictionary
     */
    public List<String> values() {
      return dictionary(values);
    }

    /**
     * The code of a row's value.
     *
     * @param row the row of the log
     * @return a position in {@link #values()}, or {@link #NO_CODE} if the row lacks the attribute
     * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())} of the log
     */
    public int code(int row) {
      return codes.get(Objects.checkIndex(row, log.size));
    }

    /**
     * A row's value, if it has one.
     *
     * @param row the row of the log
     * @return the value, or empty
     * @throws IndexOutOfBoundsException if {@code row} is outside {@code [0, size())} of the log
     */
    public Optional<String> value(int row) {
      int code = code(row);
      return code == NO_CODE ? Optional.empty() : Optional.of(values[code]);
    }

    /**
     * The attribute in the form {@code "channel: 3 values"}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
      return name + ": " + values.length + " values";
    }
  }

  /**
   * Fills a log one encounter at a time; {@link #build()} returns the immutable log. Each {@link
   * #add(Encounter, Map)} appends one row: the encounter and, optionally, its extra attributes by
   * name. {@link #build()} may be called more than once: each log holds the rows added so far.
   *
   * <p>Memory: while filling, each column grows by half its length when full; {@link #build()}
   * copies the columns trimmed, so that building peaks at about 2.5 times the log's {@link
   * EncounterLog#columnBytes()} (plus the dictionaries and their hash tables).
   *
   * <p>Instances are mutable and not thread-safe: one thread fills a builder (a parallel stream
   * uses one per thread through {@link EncounterLog#toLog()}).
   *
   * @since 0.3.0
   */
  public static final class Builder {

    private int size;
    private final Dictionary customers = new Dictionary();
    private final Dictionary touchpoints = new Dictionary();
    private final Dictionary staff = new Dictionary();
    private final Dictionary notes = new Dictionary();
    private final List<RatingScale> scales = new ArrayList<>();
    private final Map<RatingScale, Integer> scaleIndex = new HashMap<>();
    private final Codes customerCodes = new Codes();
    private final Codes touchpointCodes = new Codes();
    private final Codes staffCodes = new Codes();
    private final Codes noteCodes = new Codes();
    private final Codes scaleCodes = new Codes();
    private long[] nanos = NO_LONGS;
    private byte[] levels = NO_BYTES;
    private boolean wholeRatings = true;
    private byte[] appearanceOffsets = NO_BYTES;
    private byte[] behaviourOffsets = NO_BYTES;
    private byte[] communicationOffsets = NO_BYTES;
    private double[] appearances = NO_DOUBLES;
    private double[] behaviours = NO_DOUBLES;
    private double[] communications = NO_DOUBLES;
    private boolean durationNanos;
    private int[] millisPlusOne = NO_INTS;
    private long[] nanosPlusOne = NO_LONGS;
    private final List<String> attributeNames = new ArrayList<>();
    private final Map<String, Integer> attributeIndex = new HashMap<>();
    private final List<Dictionary> attributeValues = new ArrayList<>();
    private final List<Codes> attributeCodes = new ArrayList<>();
    private int[] scratch = NO_INTS;

    Builder() {}

    /**
     * Appends an encounter without extra attributes.
     *
     * @param encounter the encounter
     * @return this builder
     * @throws NullPointerException if {@code encounter} is null
     * @throws IllegalArgumentException if the encounter's instant is outside [{@link
     *     #MIN_INSTANT}, {@link #MAX_INSTANT}] or its duration exceeds {@code Long.MAX_VALUE - 1}
     *     nanoseconds; the message names the encounter; nothing is added then
     */
    public Builder add(Encounter encounter) {
      return add(encounter, Map.of());
    }

    /**
     * Appends an encounter with extra attributes, such as {@code Map.of("channel", "phone")}. An
     * attribute column is created the first time its name is given; rows without the attribute
     * have none ({@link #NO_CODE}).
     *
     * @param encounter the encounter
     * @param attributes the encounter's extra attributes by name; names and values not blank
     * @return this builder
     * @throws NullPointerException if an argument, a name or a value is null
     * @throws IllegalArgumentException if a name or value is blank, or as {@link #add(Encounter)};
     *     nothing is added then
     */
    public Builder add(Encounter encounter, Map<String, String> attributes) {
      Objects.requireNonNull(encounter, "encounter");
      Objects.requireNonNull(attributes, "attributes");
      attributes.forEach((name, value) -> {
        Preconditions.notBlank("attribute name", Objects.requireNonNull(name, "attribute name"));
        Preconditions.notBlank("value of attribute '" + name + "'", Objects.requireNonNull(value, name));
      });
      Instant at = encounter.occurredAt();
      if (at.isBefore(MIN_INSTANT) || at.isAfter(MAX_INSTANT)) {
        throw Preconditions.invalid("occurredAt of " + encounter,
            "in [" + MIN_INSTANT + ", " + MAX_INSTANT + "] (nanoseconds since the epoch in a long)", at);
      }
      long duration = -1;
      Duration d = encounter.durationOrNull();
      if (d != null) {
        duration = durationNanos(encounter, d);
      }
      ScorecardLevel lv = encounter.levelOrNull();
      int level = lv == null ? NO_LEVEL : lv.value();
      int scale = NO_CODE;
      double a = 0;
      double b = 0;
      double c = 0;
      AbcRatings r = encounter.ratingsOrNull();
      if (r != null) {
        scale = ratingScaleCode(r.scale());
        a = r.appearance();
        b = r.behaviour();
        c = r.communication();
      }
      String staffId = encounter.staffIdOrNull();
      String note = encounter.noteOrNull();
      append(customerCode(encounter.customerId()), touchpointCode(encounter.touchpointId()),
          toNanos(at), staffId != null ? staffCode(staffId) : NO_CODE, (byte) level,
          scale, a, b, c, duration, note != null ? noteCode(note) : NO_CODE);
      attributes.forEach((name, value) -> {
        int column = attributeColumn(name);
        attribute(column, attributeCode(column, value));
      });
      return this;
    }

    /**
     * The number of encounters added so far.
     *
     * @return the size, {@code >= 0}
     */
    public int size() {
      return size;
    }

    /**
     * The log of the encounters added so far, every column trimmed to its size. The builder stays
     * usable; later additions do not change the log returned.
     *
     * @return the immutable log
     */
    public EncounterLog build() {
      return new EncounterLog(this);
    }

    private static long durationNanos(Encounter e, Duration d) {
      long seconds = d.getSeconds();
      // Long.MAX_VALUE - 1 nanoseconds = 9,223,372,036 s and 854,775,806 ns
      if (seconds > MAX_DURATION_NANOS / NANOS_PER_SECOND
          || (seconds == MAX_DURATION_NANOS / NANOS_PER_SECOND
              && d.getNano() > MAX_DURATION_NANOS % NANOS_PER_SECOND)) {
        throw Preconditions.invalid("duration of " + e,
            "at most " + Duration.ofNanos(MAX_DURATION_NANOS) + " (nanoseconds in a long)", d);
      }
      return seconds * NANOS_PER_SECOND + d.getNano();
    }

    // --- the low-level appender: already parsed values, no Encounter objects ---------------------
    // Not API: a reader that parses bytes straight into columns interns its texts with the *Code
    // methods (a CharSequence over its buffer creates a String only for a new value) and appends
    // primitives. The caller passes values that Encounter would accept (ids not blank, no blanks
    // around them, no control characters; a note not blank; durations >= 0); they are not checked
    // here.

    /** The code of a customer id, interned. */
    int customerCode(CharSequence id) {
      return customers.intern(id);
    }

    /** The code of a touchpoint id, interned. */
    int touchpointCode(CharSequence id) {
      return touchpoints.intern(id);
    }

    /** The code of a staff id, interned. */
    int staffCode(CharSequence id) {
      return staff.intern(id);
    }

    /** The code of a note, interned. */
    int noteCode(CharSequence note) {
      return notes.intern(note);
    }

    /** The code of a rating scale, interned. */
    int ratingScaleCode(RatingScale scale) {
      Integer code = scaleIndex.get(scale);
      if (code == null) {
        code = scales.size();
        scales.add(scale);
        scaleIndex.put(scale, code);
      }
      return code;
    }

    /** The column of an attribute name, created if new. */
    int attributeColumn(String name) {
      Integer column = attributeIndex.get(name);
      if (column == null) {
        column = attributeNames.size();
        attributeNames.add(name);
        attributeIndex.put(name, column);
        attributeValues.add(new Dictionary());
        attributeCodes.add(new Codes());
      }
      return column;
    }

    /** The code of an attribute's value, interned. */
    int attributeCode(int column, CharSequence value) {
      return attributeValues.get(column).intern(value);
    }

    /**
     * Appends one row.
     *
     * @param customer a code of {@link #customerCode}
     * @param touchpoint a code of {@link #touchpointCode}
     * @param epochNanos the instant in nanoseconds since the epoch
     * @param staff a code of {@link #staffCode} or {@link #NO_CODE}
     * @param level the scorecard value -3..3 or {@link #NO_LEVEL}
     * @param scale a code of {@link #ratingScaleCode} or {@link #NO_CODE} (no ratings)
     * @param a the appearance rating, on the scale (ignored without a scale)
     * @param b the behaviour rating
     * @param c the communication rating
     * @param durationNanos the duration in nanoseconds in [0, MAX_DURATION_NANOS], or -1 (none)
     * @param note a code of {@link #noteCode} or {@link #NO_CODE}
     * @return the row
     */
    int append(int customer, int touchpoint, long epochNanos, int staff, byte level, int scale,
        double a, double b, double c, long durationNanos, int note) {
      int row = size;
      customerCodes.set(row, customer);
      touchpointCodes.set(row, touchpoint);
      nanos = Codes.grow(nanos, row);
      nanos[row] = epochNanos;
      staffCodes.set(row, staff);
      if (level != NO_LEVEL) {
        levels = Codes.grow(levels, row);
        levels[row] = (byte) (level + 4);
      }
      if (scale != NO_CODE) {
        scaleCodes.set(row, scale);
        setRatings(row, scales.get(scale), a, b, c);
      }
      if (durationNanos >= 0) {
        setDuration(row, durationNanos);
      }
      noteCodes.set(row, note);
      size = row + 1;
      return row;
    }

    /**
     * Appends rows {@code [from, from + count)} of columns, as {@link #append} of each row would:
     * the code columns are checked for their width once per run and copied in a loop.
     */
    void appendRun(int[] customer, int[] touchpoint, long[] epochNanos, int[] staff, byte[] level, int scale,
        double[] a, double[] b, double[] c, long[] durationNanos, int[] note, int from, int count) {
      if (count == 0) {
        return;
      }
      int row0 = size;
      int last = row0 + count - 1;
      customerCodes.setRange(row0, customer, from, count);
      touchpointCodes.setRange(row0, touchpoint, from, count);
      staffCodes.setRange(row0, staff, from, count);
      noteCodes.setRange(row0, note, from, count);
      nanos = Codes.grow(nanos, last);
      System.arraycopy(epochNanos, from, nanos, row0, count);
      boolean leveled = false;
      for (int i = from; i < from + count && !leveled; i++) {
        leveled = level[i] != NO_LEVEL;
      }
      if (leveled) {
        levels = Codes.grow(levels, last);
        for (int i = 0; i < count; i++) {
          byte v = level[from + i];
          if (v != NO_LEVEL) {
            levels[row0 + i] = (byte) (v + 4);
          }
        }
      }
      RatingScale ratingScale = scale == NO_CODE ? null : scales.get(scale);
      if (ratingScale != null) {
        appendRatings(row0, ratingScale, scale, a, b, c, from, count);
      }
      appendDurations(row0, durationNanos, from, count);
      size = last + 1;
    }

    /**
     * The ratings of rows appended in a run (NaN in {@code a} for none): whole ratings of a byte
     * scale in one pass per column, else row by row as {@link #setRatings} (which may switch the
     * log to doubles, converting the rows before).
     */
    private void appendRatings(int row0, RatingScale scale, int scaleCode, double[] a, double[] b, double[] c,
        int from, int count) {
      boolean bytes = wholeRatings && scale.range() <= 0xFF;
      int rated = 0;
      for (int i = from; i < from + count && bytes; i++) {
        if (!Double.isNaN(a[i])) {
          rated++;
          bytes = whole(a[i]) && whole(b[i]) && whole(c[i]);
        }
      }
      if (bytes) {
        if (rated == 0) {
          return;
        }
        int last = row0 + count - 1;
        appearanceOffsets = Codes.grow(appearanceOffsets, last);
        behaviourOffsets = Codes.grow(behaviourOffsets, last);
        communicationOffsets = Codes.grow(communicationOffsets, last);
        int min = scale.min();
        int[] codes = scratch(count);
        for (int i = 0; i < count; i++) {
          double ra = a[from + i];
          if (Double.isNaN(ra)) {
            codes[i] = NO_CODE;
          } else {
            codes[i] = scaleCode;
            appearanceOffsets[row0 + i] = (byte) ((int) ra - min);
            behaviourOffsets[row0 + i] = (byte) ((int) b[from + i] - min);
            communicationOffsets[row0 + i] = (byte) ((int) c[from + i] - min);
          }
        }
        scaleCodes.setRange(row0, codes, 0, count);
        return;
      }
      for (int i = 0; i < count; i++) {
        int row = row0 + i;
        size = row; // the rows before are complete: a switch to doubles converts them
        if (!Double.isNaN(a[from + i])) {
          scaleCodes.set(row, scaleCode);
          setRatings(row, scale, a[from + i], b[from + i], c[from + i]);
        }
      }
    }

    /** The durations of rows appended in a run (-1 for none): in one pass while they fit milliseconds. */
    private void appendDurations(int row0, long[] durations, int from, int count) {
      boolean millis = !durationNanos;
      boolean any = false;
      for (int i = from; i < from + count && millis; i++) {
        long d = durations[i];
        if (d >= 0) {
          any = true;
          millis = d % NANOS_PER_MILLI == 0 && d / NANOS_PER_MILLI <= MAX_MILLIS;
        }
      }
      if (millis) {
        if (any) {
          millisPlusOne = Codes.grow(millisPlusOne, row0 + count - 1);
          for (int i = 0; i < count; i++) {
            long d = durations[from + i];
            if (d >= 0) {
              millisPlusOne[row0 + i] = (int) (d / NANOS_PER_MILLI) + 1;
            }
          }
        }
        return;
      }
      for (int i = 0; i < count; i++) {
        long d = durations[from + i];
        if (d >= 0) {
          setDuration(row0 + i, d);
        }
      }
    }

    /** A reused array of at least {@code n} ints. */
    private int[] scratch(int n) {
      if (scratch.length < n) {
        scratch = new int[Math.max(n, scratch.length * 2)];
      }
      return scratch;
    }

    /** Sets an attribute of the row appended last. */
    void attribute(int column, int code) {
      if (size == 0) {
        throw new IllegalStateException("no row to set attribute '" + attributeNames.get(column) + "' of");
      }
      attributeCodes.get(column).set(size - 1, code);
    }

    /** Appends the rows of a log, re-encoded into this builder's dictionaries. */
    void append(EncounterLog log) {
      for (int row = 0; row < log.size; row++) {
        appendRow(log, row);
      }
    }

    /** Appends one row of a log, re-encoded into this builder's dictionaries. */
    void appendRow(EncounterLog log, int row) {
      int scale = log.scaleCodes.get(row);
      double a = 0;
      double b = 0;
      double c = 0;
      if (scale != NO_CODE) {
        a = log.rating(row, AbcComponent.APPEARANCE);
        b = log.rating(row, AbcComponent.BEHAVIOUR);
        c = log.rating(row, AbcComponent.COMMUNICATION);
        scale = ratingScaleCode(log.scales[scale]);
      }
      int staffCode = log.staffCodes.get(row);
      int noteCode = log.noteCodes.get(row);
      append(customerCode(log.customerId(row)), touchpointCode(log.touchpointId(row)), log.nanos[row],
          staffCode == NO_CODE ? NO_CODE : staffCode(log.staff[staffCode]),
          log.hasLevel(row) ? (byte) log.levelValue(row) : NO_LEVEL, scale, a, b, c,
          log.hasDuration(row) ? log.durationNanos(row) : -1,
          noteCode == NO_CODE ? NO_CODE : noteCode(log.notes[noteCode]));
      for (Attribute attr : log.attributes) {
        int code = attr.codes.get(row);
        if (code != NO_CODE) {
          int column = attributeColumn(attr.name);
          attribute(column, attributeCode(column, attr.values[code]));
        }
      }
    }

    private void setRatings(int row, RatingScale scale, double a, double b, double c) {
      if (wholeRatings && !(scale.range() <= 0xFF && whole(a) && whole(b) && whole(c))) {
        toDoubles();
      }
      if (wholeRatings) {
        appearanceOffsets = Codes.grow(appearanceOffsets, row);
        behaviourOffsets = Codes.grow(behaviourOffsets, row);
        communicationOffsets = Codes.grow(communicationOffsets, row);
        appearanceOffsets[row] = (byte) ((int) a - scale.min());
        behaviourOffsets[row] = (byte) ((int) b - scale.min());
        communicationOffsets[row] = (byte) ((int) c - scale.min());
      } else {
        appearances = Codes.grow(appearances, row);
        behaviours = Codes.grow(behaviours, row);
        communications = Codes.grow(communications, row);
        appearances[row] = a;
        behaviours[row] = b;
        communications[row] = c;
      }
    }

    private static boolean whole(double rating) {
      return rating == Math.rint(rating);
    }

    /** Switches the ratings from byte offsets to doubles, once. */
    private void toDoubles() {
      int n = appearanceOffsets.length;
      appearances = new double[n];
      behaviours = new double[n];
      communications = new double[n];
      for (int row = 0; row < Math.min(n, size); row++) {
        int scale = scaleCodes.getWhileBuilding(row);
        if (scale != NO_CODE) {
          double min = scales.get(scale).min();
          appearances[row] = min + (appearanceOffsets[row] & 0xFF);
          behaviours[row] = min + (behaviourOffsets[row] & 0xFF);
          communications[row] = min + (communicationOffsets[row] & 0xFF);
        }
      }
      appearanceOffsets = NO_BYTES;
      behaviourOffsets = NO_BYTES;
      communicationOffsets = NO_BYTES;
      wholeRatings = false;
    }

    private void setDuration(int row, long nanosOfDuration) {
      if (!durationNanos
          && !(nanosOfDuration % NANOS_PER_MILLI == 0 && nanosOfDuration / NANOS_PER_MILLI <= MAX_MILLIS)) {
        nanosPlusOne = new long[millisPlusOne.length];
        for (int i = 0; i < millisPlusOne.length; i++) {
          if (millisPlusOne[i] != 0) {
            nanosPlusOne[i] = (millisPlusOne[i] - 1) * NANOS_PER_MILLI + 1;
          }
        }
        millisPlusOne = NO_INTS;
        durationNanos = true;
      }
      if (durationNanos) {
        nanosPlusOne = Codes.grow(nanosPlusOne, row);
        nanosPlusOne[row] = nanosOfDuration + 1;
      } else {
        millisPlusOne = Codes.grow(millisPlusOne, row);
        millisPlusOne[row] = (int) (nanosOfDuration / NANOS_PER_MILLI) + 1;
      }
    }
  }
}
