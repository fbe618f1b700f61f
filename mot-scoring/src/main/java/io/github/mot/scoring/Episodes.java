package io.github.mot.scoring;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The observed journeys of a log split into episodes by {@link ObservedJourneys#observe}: each
 * episode is a run of one customer's encounters in time order. Episodes are addressed by their
 * <em>index</em>, {@code 0 <= index < size()}, in customer id order ({@link String#compareTo}) and,
 * within a customer, in time order; the encounters of an episode by their position in it.
 *
 * <p>Held as columns, without an object per encounter: the log's rows of all episodes one after
 * the other in one {@code int[]} with their touchpoint codes and instants beside them (16 bytes per
 * encounter; the analyses' levels, 1 byte more, gathered when first asked for), and per episode the
 * offset of its first row, the customer's code and the episode's number among the customer's. The encounters {@link ObservedJourneys} set aside (off the map, duplicates) are counted and
 * their rows kept ({@link #offMapRows()}, {@link #duplicateRows()}), so that {@code
 * encounterCount() + offMapCount() + duplicateCount() == log().size()}.
 *
 * <p>Index arguments out of range throw {@link IndexOutOfBoundsException}. Equality is identity.
 * Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class Episodes implements Tabular {

  private final ObservedJourneys analysis;
  private final EncounterLog log;
  /** The log's rows of every episode, episode after episode. */
  private final int[] rows;
  /** The touchpoint code of each of {@link #rows}. */
  private final int[] touchpoints;
  /** The instant (epoch nanoseconds) of each of {@link #rows}. */
  private final long[] nanos;
  /** The scores of each model once computed (8 bytes per episode each), by ordinal. */
  private final java.util.concurrent.atomic.AtomicReferenceArray<double @Nullable []> scoreCache =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(JourneyModel.values().length);
  /** The episode-ordered columns the analyses share, gathered on first use. */
  private volatile @Nullable EpisodeColumns columns;
  /** Episode e's rows are rows[start[e]] .. rows[start[e + 1] - 1]. */
  private final int[] start;
  /** The customer code of each episode. */
  private final int[] customer;
  private final int[] offMap;
  private final int[] duplicates;
  /** The number of each episode among its customer's, from 1. */
  private final int[] number;
  private final int customerCount;
  private final List<String> customerIds;
  private final List<String> touchpointIds;

  Episodes(ObservedJourneys analysis, EncounterLog log, int[] rows, int[] touchpoints, long[] nanos, int[] start,
      int[] customer, int[] offMap, int[] duplicates) {
    this.analysis = analysis;
    this.log = log;
    this.rows = rows;
    this.touchpoints = touchpoints;
    this.nanos = nanos;
    this.start = start;
    this.customer = customer;
    this.offMap = offMap;
    this.duplicates = duplicates;
    int customers = 0;
    int[] numbers = new int[customer.length];
    for (int e = 0; e < customer.length; e++) {
      if (e == 0 || customer[e] != customer[e - 1]) {
        customers++;
        numbers[e] = 1;
      } else {
        numbers[e] = numbers[e - 1] + 1;
      }
    }
    this.number = numbers;
    this.customerCount = customers;
    this.customerIds = log.customers();
    this.touchpointIds = log.touchpoints();
  }

  /**
   * The analysis that made these episodes (gap, map, start touchpoints).
   *
   * @return the analysis
   */
  public ObservedJourneys analysis() {
    return analysis;
  }

  /**
   * The log whose rows these episodes hold.
   *
   * @return the log
   */
  public EncounterLog log() {
    return log;
  }

  /**
   * The number of episodes.
   *
   * @return the count, {@code >= 0}
   */
  public int size() {
    return customer.length;
  }

  /**
   * The number of customers with at least one episode.
   *
   * @return the count, {@code <= size()}
   */
  public int customerCount() {
    return customerCount;
  }

  /**
   * The number of encounters in all episodes: the log's rows less those set aside.
   *
   * @return the count, {@code >= size()}
   */
  public int encounterCount() {
    return rows.length;
  }

  /**
   * The number of transitions of all episodes, START and END included: {@code encounterCount() +
   * size()} (an episode of {@code m} encounters has {@code m + 1}: START to the first, each to the
   * next, the last to END), the total of the {@link DirectlyFollowsGraph}'s transitions.
   *
   * @return the count, {@code >= 0}
   */
  public long transitionCount() {
    return (long) rows.length + customer.length;
  }

  /** The index, checked. */
  private int check(int episode) {
    return Objects.checkIndex(episode, customer.length);
  }

  /**
   * The customer of an episode.
   *
   * @param episode the episode's index
   * @return the customer id
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public String customerId(int episode) {
    return customerIds.get(customer[check(episode)]);
  }

  /**
   * The number of an episode among its customer's, 1 for the customer's first.
   *
   * @param episode the episode's index
   * @return the number, {@code >= 1}
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public int number(int episode) {
    return number[check(episode)];
  }

  /**
   * The number of encounters of an episode.
   *
   * @param episode the episode's index
   * @return the count, {@code >= 1}
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public int encounterCount(int episode) {
    int e = check(episode);
    return start[e + 1] - start[e];
  }

  /**
   * One encounter of an episode.
   *
   * @param episode the episode's index
   * @param index the encounter's position in the episode, {@code 0 <= index < encounterCount(episode)}
   * @return the log's row of the encounter
   * @throws IndexOutOfBoundsException if an argument is out of range
   */
  public int row(int episode, int index) {
    return rows[start[episode] + Objects.checkIndex(index, encounterCount(episode))];
  }

  /**
   * The encounters of an episode in order.
   *
   * @param episode the episode's index
   * @return a new array of the log's rows
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public int[] rows(int episode) {
    int e = check(episode);
    return Arrays.copyOfRange(rows, start[e], start[e + 1]);
  }

  /**
   * The instant of an episode's first encounter.
   *
   * @param episode the episode's index
   * @return the instant
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public Instant first(int episode) {
    return log.occurredAt(rows[start[check(episode)]]);
  }

  /**
   * The instant of an episode's last encounter.
   *
   * @param episode the episode's index
   * @return the instant, not before {@link #first(int)}
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public Instant last(int episode) {
    return log.occurredAt(rows[start[check(episode) + 1] - 1]);
  }

  /**
   * The touchpoints of an episode's encounters, in order: its path.
   *
   * @param episode the episode's index
   * @return an unmodifiable list of touchpoint ids, one per encounter
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public List<String> path(int episode) {
    int from = start[check(episode)];
    int n = start[episode + 1] - from;
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return touchpointIds.get(log.touchpointCode(rows[from + Objects.checkIndex(index, n)]));
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /**
   * The number of encounters set aside because their touchpoint is not on the journey map (0
   * without a map).
   *
   * @return the count, {@code >= 0}
   */
  public int offMapCount() {
    return offMap.length;
  }

  /**
   * The rows of the encounters set aside because their touchpoint is not on the map.
   *
   * @return a new array of the log's rows, by customer id and time
   */
  public int[] offMapRows() {
    return offMap.clone();
  }

  /**
   * The number of duplicate encounters set aside (the same customer, touchpoint and instant as a
   * kept one).
   *
   * @return the count, {@code >= 0}
   */
  public int duplicateCount() {
    return duplicates.length;
  }

  /**
   * The rows of the duplicate encounters set aside.
   *
   * @return a new array of the log's rows, by customer id and time
   */
  public int[] duplicateRows() {
    return duplicates.clone();
  }

  /**
   * The directly-follows graph of these episodes, unfiltered.
   *
   * @return the graph
   */
  public DirectlyFollowsGraph directlyFollows() {
    return DirectlyFollows.of(this);
  }

  /**
   * The journey score of every episode under a model: the episode's encounters walked in order
   * exactly as {@link JourneyScorer#score(java.util.Collection)} walks a customer's, so that an
   * episode's score equals that method's {@link JourneyScore#score(JourneyModel)} on the
   * episode's encounters. A score lies in [-3, +3]; an episode without a scored encounter (or, for
   * {@link JourneyModel#WEIGHTED_MEAN}, without weight) has none, {@code NaN}.
   *
   * <p>Computed once per model and kept (8 bytes per episode), so that analyses of the same
   * episodes (the cost of deviations, the recovery) share it; each call returns a copy.
   *
   * @param model the journey model
   * @return a new array, one score per episode by index ({@code NaN} for none)
   * @throws IllegalStateException if the episodes were observed without a journey map ({@link
   *     ObservedJourneys#withJourney}): a journey score needs the map's touchpoints and importances
   * @throws NullPointerException if {@code model} is null
   */
  public double[] scores(JourneyModel model) {
    Objects.requireNonNull(model, "model");
    io.github.mot.core.CustomerJourney journey = analysis.journey().orElseThrow(() -> new IllegalStateException(
        "journey scores of episodes need a journey map; observe the log with ObservedJourneys.withJourney(map)"));
    List<io.github.mot.core.Touchpoint> tps = journey.touchpoints();
    java.util.Map<String, Integer> position = new java.util.HashMap<>();
    for (int i = 0; i < tps.size(); i++) {
      position.put(tps.get(i).id(), i);
    }
    int[] positionOf = new int[touchpointIds.size()];
    for (int t = 0; t < positionOf.length; t++) {
      // every kept encounter's touchpoint is on the map; others are never read
      positionOf[t] = position.getOrDefault(touchpointIds.get(t), -1);
    }
    double[] cached = scoreCache.get(model.ordinal());
    if (cached != null) {
      return cached.clone();
    }
    // the episodes' own touchpoints and the shared levels, read in order
    byte[] levels = episodeColumns().level;
    JourneyScore.Walker w = new JourneyScore.Walker(tps);
    double[] scores = new double[size()];
    for (int e = 0; e < scores.length; e++) {
      w.reset();
      for (int p = start[e], at = 0; p < start[e + 1]; p++, at++) {
        w.visit(at, positionOf[touchpoints[p]], levels[p] == EncounterLog.NO_LEVEL ? JourneyScore.NO_LEVEL : levels[p]);
      }
      scores[e] = JourneyScore.score(model, w.scored, w.sum, w.weightedMean(), w.peak, w.last, w.weakest);
    }
    scoreCache.set(model.ordinal(), scores);
    return scores.clone();
  }

  /** The touchpoint code of a kept encounter, by its position in {@link #rows}. */
  int touchpointAt(int position) {
    return touchpoints[position];
  }

  /** The touchpoint codes of the kept encounters, by position (not copied). */
  int[] keptTouchpoints() {
    return touchpoints;
  }

  /** The instants (epoch nanoseconds) of the kept encounters, by position (not copied). */
  long[] keptNanos() {
    return nanos;
  }

  /** The episode-ordered columns the journey analyses share: gathered once, then kept. */
  EpisodeColumns episodeColumns() {
    EpisodeColumns c = this.columns;
    if (c == null) {
      c = new EpisodeColumns(this);
      this.columns = c;
    }
    return c;
  }

  /** The first position in {@link #rows} of an episode (no check). */
  int startOf(int episode) {
    return start[episode];
  }

  /** The customer code of an episode (no check). */
  int customerCode(int episode) {
    return customer[episode];
  }

  /** The kept rows, episode after episode (not copied). */
  int[] keptRows() {
    return rows;
  }

  /** The episodes as rows of a table. */
  private List<Integer> indexes() {
    return io.github.mot.core.internal.Rows.indexes(customer.length);
  }

  /** The columns of the episode table. */
  private List<Column<Integer>> columns() {
    return List.of(
        Column.<Integer>text("customerId", this::customerId).header("table.customer"),
        Column.<Integer>integer("number", this::number).header("table.number"),
        Column.<Integer>integer("encounterCount", this::encounterCount).header("table.encounters"),
        Column.<Integer>text("first", e -> first(e).toString()).header("table.first"),
        Column.<Integer>text("last", e -> last(e).toString()).header("table.last"),
        Column.<Integer>text("path", e -> String.join(" > ", path(e))).header("table.path").left());
  }

  /**
   * The episodes for every {@link Format}: JSON fields {@code gap} (ISO-8601), {@code
   * episodeCount}, {@code customerCount}, {@code encounterCount}, {@code transitionCount}, {@code
   * offMapCount} and {@code duplicateCount}, and the table {@code episodes} with {@code customerId},
   * {@code number} (1 for a customer's first), {@code encounterCount}, {@code first} and {@code
   * last} (ISO-8601 instants) and {@code path} (the touchpoint ids joined by {@code " > "}). The
   * text shows the first and last rows of a long table.
   *
   * @return the description of these episodes
   */
  @Override
  public Tables tables() {
    String gap = analysis.gap().toString();
    Tables.Builder b = ResultTables.builder()
        .line((Cells c) -> c.fill("title.episodes", c.count(size()), c.count(customerCount), c.count(rows.length),
            gap, c.count(offMap.length), c.count(duplicates.length)))
        .field("gap", gap)
        .field("episodeCount", size())
        .field("customerCount", customerCount)
        .field("encounterCount", rows.length)
        .field("transitionCount", transitionCount());
    return setAsideFields(b).table(ResultTables.table("episodes", columns(), indexes())).build();
  }

  /**
   * Adds the JSON fields of the encounters set aside, {@code offMapCount} and {@code
   * duplicateCount}: those of the episodes and of every result over them that reports them.
   */
  Tables.Builder setAsideFields(Tables.Builder b) {
    return b.field("offMapCount", offMap.length).field("duplicateCount", duplicates.length);
  }

  /**
   * A headline (episodes, customers, encounters, gap, encounters set aside) and a table of the
   * episodes (the first and last ones when there are many).
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

}
