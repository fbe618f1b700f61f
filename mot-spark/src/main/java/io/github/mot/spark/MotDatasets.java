package io.github.mot.spark;

import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.FunnelReport;
import io.github.mot.scoring.FunnelTally;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;
import scala.Tuple3;

/**
 * The MOT analyses that need all of a customer's rows at once, as Dataset operations: the journey
 * funnel ({@link #funnel}), whose episodes are cut per customer, so that no SQL aggregate over a
 * group of rows fits it.
 *
 * <pre>{@code
 * CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
 * EncounterFunnel stages = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(map), Funnel.ofStages(map));
 * MotDatasets.FunnelResult funnel = MotDatasets.funnel(spark.table("encounters"), stages);
 * String json = Format.JSON.render(funnel.report());
 * }</pre>
 *
 * <p><b>The rows</b> are encounters in the columns of the encounter files: {@code customer} and
 * {@code touchpoint} (strings), {@code time} (a string in ISO-8601 with an offset, {@code
 * 2026-03-02T09:00:00Z}, or a Spark timestamp) and, if present, {@code staff} (a string) and
 * {@code level} (a number, -3 to +3: it orders encounters at the same instant as on one machine,
 * so that the same duplicate is kept); other columns are not read. A missing required column fails as Spark's {@code select} does.
 *
 * <p><b>How.</b> The rows are grouped by customer ({@code groupByKey}); each customer's encounters
 * are cut into episodes and tallied on the executor by mot-scoring itself ({@link
 * EncounterFunnel#tally(Iterable)}), and the customers' tallies are folded in the library's byte
 * form (docs/byte-form.md) into one {@link FunnelTally}; the funnel travels to the executors as
 * its byte form too. The tallies merge exactly, so the result is the single-machine {@link
 * io.github.mot.scoring.Funnel#analyze} over the same encounters whatever the partitions.
 *
 * <p><b>Bad input.</b> A row with a null customer, touchpoint or time is counted in {@link
 * FunnelResult#rejectedNull()}; a row whose time does not parse, whose customer or touchpoint is
 * not a valid id, whose level is not a whole number in [-3, 3], or (with a journey map) whose touchpoint is not on the map, in {@link
 * FunnelResult#rejectedInvalid()}; the funnel is that of the other rows. {@link #funnelStrict}
 * throws an {@link IllegalArgumentException} at the first such row instead, which fails the job.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.4.0
 */
public final class MotDatasets {

  private MotDatasets() {}

  /**
   * The journey funnel of the encounters' customers.
   *
   * @param encounters rows with the columns {@code customer}, {@code touchpoint}, {@code time} and
   *     optionally {@code staff}
   * @param funnel the funnel and how episodes are cut
   * @return the merged tally (its report is the funnel) and the rows set aside
   * @throws NullPointerException if an argument is null
   */
  public static FunnelResult funnel(Dataset<Row> encounters, EncounterFunnel funnel) {
    return run(encounters, funnel, false);
  }

  /**
   * {@link #funnel} that fails the job at the first row it cannot use (Spark reports the {@link
   * IllegalArgumentException}, naming the row and the reason, wrapped in its own exception).
   *
   * @param encounters rows as for {@link #funnel}
   * @param funnel the funnel and how episodes are cut
   * @return the merged tally, with no rows set aside
   * @throws NullPointerException if an argument is null
   */
  public static FunnelResult funnelStrict(Dataset<Row> encounters, EncounterFunnel funnel) {
    return run(encounters, funnel, true);
  }

  private static FunnelResult run(Dataset<Row> encounters, EncounterFunnel funnel, boolean strict) {
    Objects.requireNonNull(encounters, "encounters");
    byte[] settings = Objects.requireNonNull(funnel, "funnel").toBytes();
    List<String> columns = Arrays.asList(encounters.columns());
    Column staff = columns.contains("staff") ? functions.col("staff").cast("string") : functions.lit(null).cast("string");
    Column level = columns.contains("level") ? functions.col("level").cast("double") : functions.lit(null).cast("double");
    Dataset<Row> rows = encounters.select(functions.col("customer").cast("string"),
        functions.col("touchpoint").cast("string"), functions.col("time"), staff, level);
    Tuple3<byte[], Long, Long> zero = new Tuple3<>(funnel.funnel().tally().toBytes(), 0L, 0L);
    Tuple3<byte[], Long, Long> all = rows
        .groupByKey((MapFunction<Row, String>) r -> r.isNullAt(0) ? "" : r.getString(0), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, Tuple3<byte[], Long, Long>>)
            (customer, customerRows) -> tallyCustomer(settings, customerRows, strict),
            Encoders.tuple(Encoders.BINARY(), Encoders.LONG(), Encoders.LONG()))
        .toJavaRDD()
        .fold(zero, (a, b) -> merge(settings, a, b));
    return new FunnelResult(FunnelTally.fromBytes(all._1(), funnel.funnel()), all._2(), all._3());
  }

  /** One customer's rows: the tally's bytes, the rows with a null and the invalid rows. */
  static Tuple3<byte[], Long, Long> tallyCustomer(byte[] settings, Iterator<Row> rows, boolean strict) {
    EncounterFunnel funnel = EncounterFunnel.fromBytes(settings);
    List<Encounter> encounters = new ArrayList<>();
    long nulls = 0;
    long invalid = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      String problem;
      if (row.isNullAt(0) || row.isNullAt(1) || row.isNullAt(2)) {
        problem = "customer, touchpoint and time must not be null";
        nulls++;
      } else {
        problem = encounter(row, funnel, encounters);
        if (problem != null) {
          invalid++;
        }
      }
      if (problem != null && strict) {
        throw new IllegalArgumentException("rejected encounter row " + row + ": " + problem);
      }
    }
    return new Tuple3<>(funnel.tally(encounters).toBytes(), nulls, invalid);
  }

  /** Adds the row's encounter, or says why it cannot. */
  private static @Nullable String encounter(Row row, EncounterFunnel funnel, List<Encounter> into) {
    Object time = row.get(2);
    Instant at;
    try {
      at = time instanceof Timestamp ts ? ts.toInstant() : time instanceof Instant i ? i
          : Instant.parse(time.toString());
    } catch (DateTimeParseException e) {
      return "time '" + time + "' is not an ISO-8601 instant such as 2026-03-02T09:00:00Z";
    }
    String touchpoint = row.getString(1);
    if (funnel.observing().journey().isPresent() && funnel.observing().journey().get().touchpoint(touchpoint).isEmpty()) {
      return "touchpoint '" + touchpoint + "' is not on the journey map '" + funnel.observing().journey().get().name() + "'";
    }
    try {
      Encounter.Builder b = Encounter.builder().customerId(row.getString(0)).touchpointId(touchpoint).occurredAt(at);
      if (!row.isNullAt(3) && !row.getString(3).isBlank()) {
        b.staffId(row.getString(3));
      }
      if (!row.isNullAt(4)) {
        double level = row.getDouble(4);
        if (!(level >= -3 && level <= 3 && level == Math.rint(level))) {
          return "level " + level + " is not a whole number in [-3, 3]";
        }
        b.level(ScorecardLevel.of((int) level));
      }
      into.add(b.build());
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** Two partial results merged through the tally's byte form. */
  static Tuple3<byte[], Long, Long> merge(byte[] settings, Tuple3<byte[], Long, Long> a, Tuple3<byte[], Long, Long> b) {
    EncounterFunnel funnel = EncounterFunnel.fromBytes(settings);
    FunnelTally merged = FunnelTally.fromBytes(a._1(), funnel.funnel()).merge(FunnelTally.fromBytes(b._1(), funnel.funnel()));
    return new Tuple3<>(merged.toBytes(), Math.addExact(a._2(), b._2()), Math.addExact(a._3(), b._3()));
  }

  /**
   * The funnel of a Dataset of encounters: the merged tally and the rows it set aside. Immutable
   * and thread-safe (the tally it returns is a copy).
   *
   * @since 0.4.0
   */
  public static final class FunnelResult {
    private final byte[] tally;
    private final FunnelTally read;
    private final long rejectedNull;
    private final long rejectedInvalid;

    private FunnelResult(FunnelTally tally, long rejectedNull, long rejectedInvalid) {
      this.tally = tally.toBytes();
      this.read = tally;
      this.rejectedNull = rejectedNull;
      this.rejectedInvalid = rejectedInvalid;
    }

    /**
     * The tally of every customer's episodes: a new copy, to merge with others.
     *
     * @return a new tally
     */
    public FunnelTally tally() {
      return FunnelTally.fromBytes(tally, read.funnel());
    }

    /**
     * The funnel: what {@link io.github.mot.scoring.Funnel#analyze} gives on one machine.
     *
     * @return the report
     */
    public FunnelReport report() {
      return read.report();
    }

    /**
     * The rows set aside: {@link #rejectedNull()} + {@link #rejectedInvalid()}.
     *
     * @return {@code >= 0}
     */
    public long rejected() {
      return Math.addExact(rejectedNull, rejectedInvalid);
    }

    /**
     * The rows with a null customer, touchpoint or time.
     *
     * @return {@code >= 0}
     */
    public long rejectedNull() {
      return rejectedNull;
    }

    /**
     * The rows with an invalid time, customer or touchpoint id or level, or a touchpoint off the map.
     *
     * @return {@code >= 0}
     */
    public long rejectedInvalid() {
      return rejectedInvalid;
    }

    /**
     * For example {@code "FunnelResult[FunnelTally[...], rejected 3 (null 1, invalid 2)]"}.
     *
     * @return the tally and the counts
     */
    @Override
    public String toString() {
      return "FunnelResult[" + read + ", rejected " + rejected() + " (null " + rejectedNull + ", invalid "
          + rejectedInvalid + ")]";
    }
  }
}
