package io.github.mot.spark;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.FunnelReport;
import io.github.mot.scoring.FunnelTally;
import io.github.mot.scoring.JourneyReport;
import io.github.mot.scoring.JourneyTallies;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;
import scala.Tuple3;

/**
 * The MOT analyses that need all of a customer's rows at once, as Dataset operations: every journey
 * analysis at once ({@link #journeys}) and the journey funnel alone ({@link #funnel}), whose
 * episodes are cut per customer, so that no SQL aggregate over a group of rows fits them.
 *
 * <pre>{@code
 * CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
 * EncounterJourneys analyses = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(map));
 * MotDatasets.JourneysResult journeys = MotDatasets.journeys(spark.table("encounters"), analyses);
 * String json = Format.JSON.render(journeys.report());
 * }</pre>
 *
 * <p><b>The rows</b> are encounters in the columns of the encounter files: {@code customer} and
 * {@code touchpoint} (strings), {@code time} (a string in ISO-8601 with an offset, {@code
 * 2026-03-02T09:00:00Z}, or a Spark timestamp) and, if present, {@code staff} (a string) and
 * {@code level} (a number, -3 to +3: it orders encounters at the same instant as on one machine,
 * so that the same duplicate is kept); other columns are not read. A missing required column fails
 * as Spark's {@code select} does.
 *
 * <p><b>How.</b> The rows are grouped by customer ({@code groupByKey}); each customer's encounters
 * are cut into episodes and tallied on the executor by mot-scoring itself ({@link
 * EncounterJourneys#tally(Iterable)}, {@link EncounterFunnel#tally(Iterable)}); the customers'
 * tallies are folded in the library's byte form (docs/byte-form.md), one live tally per partition,
 * and the partitions' tallies merged on the driver. The settings travel to the executors as their
 * byte form too, read once per executor thread. The tallies merge exactly, so the result is the
 * single-machine analysis over the same encounters, bit for bit, whatever the partitions.
 *
 * <p><b>Bad input.</b> A row with a null customer, touchpoint or time is counted in the result's
 * {@code rejectedNull()}; a row whose time does not parse or is outside what an encounter log holds
 * ({@link io.github.mot.scoring.log.EncounterLog#whyNotHeld}: a year-9999 sentinel), whose customer
 * or touchpoint is not a valid id, or whose level is not a whole number in [-3, 3] in its {@code
 * rejectedInvalid()}; the
 * analysis is that of the other rows. The funnel also counts there a row whose touchpoint is off
 * the journey map; every journey analysis takes such a row as mot-scoring does on one machine (the
 * graph and the conformance count the encounters off the map, and the conformance's costs include
 * them). The {@code Strict} operations throw an {@link IllegalArgumentException} at the first such
 * row instead, naming the row and the reason, which fails the job.
 *
 * <p>Thread-safe. Nothing is kept between calls but, on each thread that tallies (the executors'),
 * the settings it read last, so that it reads them once for all its customers.
 *
 * @since 0.4.0
 */
public final class MotDatasets {

  private MotDatasets() {}

  /**
   * Every journey analysis of the encounters' customers at once: the directly-follows graph, the
   * funnel (if the settings have one), the precursors of damaging moments and, with a journey map,
   * the recovery and the conformance. The customers' encounters are cut into episodes once, on the
   * executors, for all of them.
   *
   * @param encounters rows with the columns {@code customer}, {@code touchpoint}, {@code time} and
   *     optionally {@code staff} and {@code level}
   * @param journeys how episodes are cut and the settings of the analyses
   * @return the merged tallies (their report is every analysis) and the rows set aside
   * @throws NullPointerException if an argument is null
   * @since 0.4.0
   */
  public static JourneysResult journeys(Dataset<Row> encounters, EncounterJourneys journeys) {
    return new JourneysResult(journeys, run(encounters, Kind.JOURNEYS, Objects.requireNonNull(journeys, "journeys").toBytes(), false));
  }

  /**
   * {@link #journeys} that fails the job at the first row it cannot use (Spark reports the {@link
   * IllegalArgumentException}, naming the row and the reason, wrapped in its own exception).
   *
   * @param encounters rows as for {@link #journeys}
   * @param journeys how episodes are cut and the settings of the analyses
   * @return the merged tallies, with no rows set aside
   * @throws NullPointerException if an argument is null
   * @since 0.4.0
   */
  public static JourneysResult journeysStrict(Dataset<Row> encounters, EncounterJourneys journeys) {
    return new JourneysResult(journeys, run(encounters, Kind.JOURNEYS, Objects.requireNonNull(journeys, "journeys").toBytes(), true));
  }

  /**
   * The journey funnel of the encounters' customers.
   *
   * @param encounters rows with the columns {@code customer}, {@code touchpoint}, {@code time} and
   *     optionally {@code staff} and {@code level}
   * @param funnel the funnel and how episodes are cut
   * @return the merged tally (its report is the funnel) and the rows set aside
   * @throws NullPointerException if an argument is null
   */
  public static FunnelResult funnel(Dataset<Row> encounters, EncounterFunnel funnel) {
    Objects.requireNonNull(funnel, "funnel");
    return new FunnelResult(funnel, run(encounters, Kind.FUNNEL, funnel.toBytes(), false));
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
    Objects.requireNonNull(funnel, "funnel");
    return new FunnelResult(funnel, run(encounters, Kind.FUNNEL, funnel.toBytes(), true));
  }

  /** A tally's bytes with the rows set aside: with a null, invalid. */
  private static Tuple3<byte[], Long, Long> folded(byte[] tally, long rejectedNull, long rejectedInvalid) {
    return new Tuple3<>(tally, rejectedNull, rejectedInvalid);
  }

  /**
   * The one run of every analysis: settings' bytes to the executors, a tally's bytes per customer,
   * folded per partition, merged on the driver.
   */
  private static Tuple3<byte[], Long, Long> run(Dataset<Row> encounters, Kind kind, byte[] settings, boolean strict) {
    Objects.requireNonNull(encounters, "encounters");
    List<String> columns = Arrays.asList(encounters.columns());
    Column staff = columns.contains("staff") ? functions.col("staff").cast("string") : functions.lit(null).cast("string");
    Column level = columns.contains("level") ? functions.col("level").cast("double") : functions.lit(null).cast("double");
    Dataset<Row> rows = encounters.select(functions.col("customer").cast("string"),
        functions.col("touchpoint").cast("string"), functions.col("time"), staff, level);
    Encoder<Tuple3<byte[], Long, Long>> encoder = Encoders.tuple(Encoders.BINARY(), Encoders.LONG(), Encoders.LONG());
    List<Tuple3<byte[], Long, Long>> partitions = rows
        .groupByKey((MapFunction<Row, String>) r -> r.isNullAt(0) ? "" : r.getString(0), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, Tuple3<byte[], Long, Long>>)
            (customer, customerRows) -> tallyCustomer(kind, settings, customerRows, strict), encoder)
        .mapPartitions((MapPartitionsFunction<Tuple3<byte[], Long, Long>, Tuple3<byte[], Long, Long>>)
            parts -> List.of(fold(kind, settings, parts)).iterator(), encoder)
        .collectAsList();
    return fold(kind, settings, partitions.iterator());
  }

  /** One customer's rows: the tally's bytes, the rows with a null and the invalid rows. */
  private static Tuple3<byte[], Long, Long> tallyCustomer(Kind kind, byte[] settings, Iterator<Row> rows, boolean strict) {
    Analysis<?> analysis = Kind.read(kind, settings);
    Optional<CustomerJourney> map = analysis.rejectedOffMap();
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
        problem = encounter(row, map, encounters);
        if (problem != null) {
          invalid++;
        }
      }
      if (problem != null && strict) {
        throw new IllegalArgumentException("rejected encounter row " + row + ": " + problem);
      }
    }
    return folded(analysis.tallyBytes(encounters), nulls, invalid);
  }

  /** Adds the row's encounter, or says why it cannot (off {@code map}, if present, is invalid). */
  private static @Nullable String encounter(Row row, Optional<CustomerJourney> map, List<Encounter> into) {
    Object time = row.get(2);
    Instant at;
    try {
      at = time instanceof Timestamp ts ? ts.toInstant() : time instanceof Instant i ? i
          : Instant.parse(time.toString());
    } catch (DateTimeParseException e) {
      return "time '" + time + "' is not an ISO-8601 instant such as 2026-03-02T09:00:00Z";
    }
    String touchpoint = row.getString(1);
    if (map.isPresent() && map.get().touchpoint(touchpoint).isEmpty()) {
      return "touchpoint '" + touchpoint + "' is not on the journey map '" + map.get().name() + "'";
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
      Encounter e = b.build();
      String unheld = io.github.mot.scoring.log.EncounterLog.whyNotHeld(e);
      if (unheld == null) {
        into.add(e);
      }
      return unheld;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** Partial results merged through the tally's byte form, their rejection counts added. */
  private static Tuple3<byte[], Long, Long> fold(Kind kind, byte[] settings, Iterator<Tuple3<byte[], Long, Long>> parts) {
    return Kind.read(kind, settings).fold(parts);
  }

  /**
   * The analyses run per customer. An enum, so that Spark's closures carry a constant and the
   * settings' bytes, and the executors read the settings themselves.
   */
  private enum Kind {
    /** {@link EncounterFunnel}: a row off the journey map is invalid, as before every journey analysis. */
    FUNNEL {
      @Override
      Analysis<?> read(byte[] settings) {
        EncounterFunnel f = EncounterFunnel.fromBytes(settings);
        return new Analysis<>(this, settings, f.observing().journey(), () -> f.funnel().tally(), f::tally,
            b -> FunnelTally.fromBytes(b, f.funnel()), FunnelTally::merge, FunnelTally::toBytes);
      }
    },
    /** {@link EncounterJourneys}: a row off the journey map is an encounter mot-scoring counts. */
    JOURNEYS {
      @Override
      Analysis<?> read(byte[] settings) {
        EncounterJourneys j = EncounterJourneys.fromBytes(settings);
        return new Analysis<>(this, settings, Optional.empty(), () -> j.tally(), j::tally,
            b -> JourneyTallies.fromBytes(b, j), JourneyTallies::merge, JourneyTallies::toBytes);
      }
    };

    /** The settings last read on this thread: an executor thread reads them once for its customers. */
    private static final ThreadLocal<@Nullable Analysis<?>> LAST = new ThreadLocal<>();

    /** The analysis of these settings' bytes. */
    abstract Analysis<?> read(byte[] settings);

    /** {@link #read}, or the analysis this thread read last if it has the same settings. */
    static Analysis<?> read(Kind kind, byte[] settings) {
      Analysis<?> last = LAST.get();
      if (last != null && last.kind() == kind && Arrays.equals(last.settings(), settings)) {
        return last;
      }
      Analysis<?> read = kind.read(settings);
      LAST.set(read);
      return read;
    }
  }

  /**
   * An analysis read from its settings, with what the run needs of its tally {@code T}. Immutable
   * (the settings' array is never changed) and thread-safe.
   */
  private record Analysis<T>(Kind kind, byte[] settings, Optional<CustomerJourney> rejectedOffMap, Supplier<T> empty,
      Function<List<Encounter>, T> tally, Function<byte[], T> read, BinaryOperator<T> merge,
      Function<T, byte[]> write) {

    /** The tally of one customer's encounters, as bytes. */
    byte[] tallyBytes(List<Encounter> encounters) {
      return write.apply(tally.apply(encounters));
    }

    /** The partial results merged into one live tally, then written. */
    Tuple3<byte[], Long, Long> fold(Iterator<Tuple3<byte[], Long, Long>> parts) {
      T all = empty.get();
      long nulls = 0;
      long invalid = 0;
      while (parts.hasNext()) {
        Tuple3<byte[], Long, Long> part = parts.next();
        all = merge.apply(all, read.apply(part._1()));
        nulls = Math.addExact(nulls, part._2());
        invalid = Math.addExact(invalid, part._3());
      }
      return folded(write.apply(all), nulls, invalid);
    }
  }

  /**
   * What {@link FunnelResult} and {@link JourneysResult} share: the merged tally, kept only in its
   * byte form, and the counts of the rows set aside. Immutable and thread-safe.
   *
   * @param <T> the tally
   * @param <R> the tally's report
   */
  abstract static class Result<T, R> {
    private final byte[] tally;
    private final Function<byte[], T> read;
    private final Function<T, R> report;
    private final long rejectedNull;
    private final long rejectedInvalid;

    Result(Tuple3<byte[], Long, Long> folded, Function<byte[], T> read, Function<T, R> report) {
      this.tally = folded._1();
      this.read = read;
      this.report = report;
      this.rejectedNull = folded._2();
      this.rejectedInvalid = folded._3();
    }

    /**
     * The merged tally of every customer's episodes: a new copy at each call, read from the byte
     * form the result keeps, to merge with the tallies of other data or to change without changing
     * the result.
     *
     * @return a new tally
     */
    public final T tally() {
      return read.apply(tally);
    }

    /**
     * The report of the merged tally, made from a new copy at each call: what the analysis gives on
     * one machine on the episodes of the same encounters.
     *
     * @return the report, immutable
     */
    public final R report() {
      return report.apply(tally());
    }

    /**
     * The rows set aside: {@link #rejectedNull()} + {@link #rejectedInvalid()}.
     *
     * @return {@code >= 0}
     */
    public final long rejected() {
      return Math.addExact(rejectedNull, rejectedInvalid);
    }

    /**
     * The rows with a null customer, touchpoint or time.
     *
     * @return {@code >= 0}
     */
    public final long rejectedNull() {
      return rejectedNull;
    }

    /**
     * The rows with an invalid time, customer or touchpoint id or level, or (the funnel's) a
     * touchpoint off the journey map.
     *
     * @return {@code >= 0}
     */
    public final long rejectedInvalid() {
      return rejectedInvalid;
    }

    /**
     * For example {@code "FunnelResult[FunnelTally[...], rejected 3 (null 1, invalid 2)]"}.
     *
     * @return the tally and the counts
     */
    @Override
    public final String toString() {
      return getClass().getSimpleName() + "[" + tally() + ", rejected " + rejected() + " (null " + rejectedNull
          + ", invalid " + rejectedInvalid + ")]";
    }
  }

  /**
   * The funnel of a Dataset of encounters: the merged {@link FunnelTally} ({@link #tally()}), its
   * {@link FunnelReport} ({@link #report()}: what {@link io.github.mot.scoring.Funnel#analyze} gives
   * on one machine) and the rows set aside. The tally is kept only in its byte form: each call of
   * {@code tally()} reads a new copy. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  public static final class FunnelResult extends Result<FunnelTally, FunnelReport> {
    private FunnelResult(EncounterFunnel funnel, Tuple3<byte[], Long, Long> folded) {
      super(folded, bytes -> FunnelTally.fromBytes(bytes, funnel.funnel()), FunnelTally::report);
    }
  }

  /**
   * Every journey analysis of a Dataset of encounters: the merged {@link JourneyTallies} ({@link
   * #tally()}), their {@link JourneyReport} ({@link #report()}: what {@link
   * EncounterJourneys#analyze} gives on one machine on the episodes of the same encounters) and the
   * rows set aside. The tallies are kept only in their byte form: each call of {@code tally()} reads
   * a new copy. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  public static final class JourneysResult extends Result<JourneyTallies, JourneyReport> {
    private JourneysResult(EncounterJourneys journeys, Tuple3<byte[], Long, Long> folded) {
      super(folded, bytes -> JourneyTallies.fromBytes(bytes, journeys), JourneyTallies::report);
    }
  }
}
