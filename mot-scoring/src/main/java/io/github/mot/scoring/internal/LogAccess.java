package io.github.mot.scoring.internal;

import io.github.mot.core.RatingScale;
import io.github.mot.scoring.log.EncounterLog;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The encounter log builder's low-level appender, for the readers: rows appended from codes of
 * the builder's dictionaries and primitive values, without an {@code Encounter} per row. The
 * package {@code io.github.mot.scoring.log} installs its one implementation when {@link
 * EncounterLog} is initialised (the JDK's "shared secrets" pattern). The caller has checked every
 * value as an {@code Encounter} would (ids, ranges): the appender does not check again.
 */
public abstract class LogAccess {

  /** "No staff member", "no note", "no ratings" in a code argument. */
  public static final int NO_CODE = EncounterLog.NO_CODE;

  /** "No level" in the level argument. */
  public static final byte NO_LEVEL = Byte.MIN_VALUE;

  private static volatile @Nullable LogAccess installed;

  /** For the log package's one implementation. */
  protected LogAccess() {}

  /**
   * Installs the log package's implementation; called once, by {@link EncounterLog}'s static
   * initialiser.
   *
   * @param access the implementation
   */
  public static void install(LogAccess access) {
    installed = Objects.requireNonNull(access, "access");
  }

  /**
   * The implementation.
   *
   * @return the log package's appender
   */
  public static LogAccess get() {
    LogAccess a = installed;
    if (a == null) {
      EncounterLog.builder(); // initialises EncounterLog, which installs it
      a = Objects.requireNonNull(installed, "EncounterLog installs the log access");
    }
    return a;
  }

  /**
   * The code of a customer id in the builder's dictionary, added if new.
   *
   * @param b the builder
   * @param id a valid customer id
   * @return the code
   */
  public abstract int customerCode(EncounterLog.Builder b, String id);

  /** A dictionary-encoded column of the log. */
  public enum CodeColumn {
    /** The customers. */
    CUSTOMER,
    /** The touchpoints. */
    TOUCHPOINT,
    /** The staff members. */
    STAFF
  }

  /**
   * The rows of a log per value of a code column and scorecard level, in one pass over the
   * column's own array: {@code counts[(code + 1) * 8 + level + 4]} for a level in -3..+3, {@code
   * counts[(code + 1) * 8]} for rows without a level; code -1 (slot 0) is a row without a value.
   *
   * @param log the log
   * @param column the column
   * @return the counts, {@code (values + 1) * 8} long
   */
  public abstract long[] levelCounts(EncounterLog log, CodeColumn column);

  /**
   * The rows of a log rated on {@code scale}, per value of a code column (or all in one group for
   * a null column) and combination of whole ratings, in one pass over the columns: {@code
   * counts[(code + 1) * p^3 + (a * p + b) * p + c]} where {@code a, b, c} are the ratings minus the
   * scale's minimum and {@code p} its points (slot group 0: rows without a value of the column, or
   * every row for a null column). Null where the counters cannot hold the log: ratings that are not
   * whole, a row rated on another scale, or too many values times combinations; the caller then
   * reads the rows one by one.
   *
   * @param log the log
   * @param column the column, or null for one group
   * @param scale the rating scale
   * @return the counts, or null
   */
  public abstract long @Nullable [] ratingCombinations(EncounterLog log,
      @Nullable CodeColumn column, RatingScale scale);

  /**
   * Adds a customer id that is not yet in the builder's dictionary, without looking it up (the
   * encounter reader knows an id is new when it is new to the file and every id of the builder came
   * from the file).
   *
   * @param b the builder
   * @param id a valid customer id the builder does not have
   * @return its code, the next one
   */
  public abstract int newCustomerCode(EncounterLog.Builder b, String id);

  /**
   * The code of a touchpoint id, added if new.
   *
   * @param b the builder
   * @param id a valid touchpoint id
   * @return the code
   */
  public abstract int touchpointCode(EncounterLog.Builder b, String id);

  /**
   * The code of a staff id, added if new.
   *
   * @param b the builder
   * @param id a valid staff id
   * @return the code
   */
  public abstract int staffCode(EncounterLog.Builder b, String id);

  /**
   * The code of a note, added if new.
   *
   * @param b the builder
   * @param note a non-blank note
   * @return the code
   */
  public abstract int noteCode(EncounterLog.Builder b, String note);

  /**
   * The code of a rating scale, added if new.
   *
   * @param b the builder
   * @param scale the scale
   * @return the code
   */
  public abstract int ratingScaleCode(EncounterLog.Builder b, RatingScale scale);

  /**
   * Appends one row.
   *
   * @param b the builder
   * @param customer a customer code
   * @param touchpoint a touchpoint code
   * @param epochNanos the instant in nanoseconds since the epoch
   * @param staff a staff code or {@link #NO_CODE}
   * @param level the scorecard value -3..3 or {@link #NO_LEVEL}
   * @param scale a rating scale code or {@link #NO_CODE} (no ratings)
   * @param appearance the appearance rating on the scale (ignored without a scale)
   * @param behaviour the behaviour rating
   * @param communication the communication rating
   * @param durationNanos the duration in nanoseconds, at least 0, or -1 (none)
   * @param note a note code or {@link #NO_CODE}
   */
  public abstract void append(EncounterLog.Builder b, int customer, int touchpoint, long epochNanos, int staff,
      byte level, int scale, double appearance, double behaviour, double communication, long durationNanos, int note);

  /**
   * Appends rows {@code [from, from + count)} of columns, as {@link #append} of each row in turn:
   * the fast reader's merge of a chunk's run of parsed rows.
   *
   * @param b the builder
   * @param customer customer codes
   * @param touchpoint touchpoint codes
   * @param epochNanos the instants in nanoseconds since the epoch
   * @param staff staff codes or {@link #NO_CODE}
   * @param level scorecard values -3..3 or {@link #NO_LEVEL}
   * @param scale the rating scale code of the rows with ratings, or {@link #NO_CODE} if none has
   * @param appearance the appearance ratings, NaN for a row without ratings
   * @param behaviour the behaviour ratings
   * @param communication the communication ratings
   * @param durationNanos the durations in nanoseconds, at least 0, or -1 (none)
   * @param note note codes or {@link #NO_CODE}
   * @param from the first row of the columns
   * @param count the rows
   */
  public abstract void appendRun(EncounterLog.Builder b, int[] customer, int[] touchpoint, long[] epochNanos,
      int[] staff, byte[] level, int scale, double[] appearance, double[] behaviour, double[] communication,
      long[] durationNanos, int[] note, int from, int count);
}
