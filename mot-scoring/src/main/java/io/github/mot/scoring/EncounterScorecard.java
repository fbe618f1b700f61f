package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.Touchpoint;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import io.github.mot.scoring.internal.LogAccess;
import io.github.mot.scoring.log.EncounterLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * MOT scorecards of encounters on a journey map: the {@link ScorecardSummary} of all scored
 * encounters, or one per touchpoint, stage, channel, staff member or customer, worst first.
 *
 * <p>Which encounters count: every encounter's touchpoint must be on the map (else {@link
 * IllegalArgumentException} naming the touchpoint and the journey, also for unscored
 * encounters); encounters without a scorecard level are skipped; when grouping by staff,
 * encounters without a staff id are skipped too. Worst first means lowest mean, ties by lowest
 * net score, then key ({@link GroupedScorecardAccumulator}).
 *
 * <p>Hot path: each encounter costs a hash lookup of its touchpoint, and of its group; nothing is
 * allocated except when a new group appears (the encounter is read through {@link
 * Encounter#levelOrNull()} and {@link Encounter#staffIdOrNull()}, which return stored fields, so
 * this holds in the interpreter too, not only where escape analysis removes an {@code Optional}).
 *
 * <p>Instances are immutable and thread-safe; the collectors they return create one accumulator
 * per thread.
 *
 * @since 0.1.0
 */
public final class EncounterScorecard extends JourneyBound {

  /** Rows read from a log's columns at a time. */
  private static final int BLOCK = 4096;

  /** The standard groupings of encounters. */
  public enum GroupBy {
    /** By touchpoint id. */
    TOUCHPOINT,
    /** By journey stage id of the encounter's touchpoint. */
    STAGE,
    /** By channel id of the encounter's touchpoint ({@code "in-person"}, {@code "web"}, ...). */
    CHANNEL,
    /** By staff id; encounters without one are skipped. */
    STAFF,
    /** By customer id. */
    CUSTOMER;

    /**
     * The lower-case name, used as the key column's header.
     *
     * @return for example {@code "touchpoint"}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The label in a language, from the bundle {@code io.github.mot.scoring.i18n.labels} (key
     * {@code EncounterScorecard.GroupBy.<CONSTANT>}), English where the language has no translation.
     *
     * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
     * @return the label, not blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String label(Locale locale) {
      return Text.labelOf(this, locale);
    }

  }

  private final Map<String, Touchpoint> touchpoints;

  private EncounterScorecard(CustomerJourney journey) {
    super(journey);
    Map<String, Touchpoint> map = new HashMap<>();
    for (Touchpoint t : journey.touchpoints()) {
      map.put(t.id(), t);
    }
    this.touchpoints = Collections.unmodifiableMap(map);
  }

  /**
   * Scorecards on the journey map {@code journey}.
   *
   * @param journey the journey map
   * @return the scorecard service
   */
  public static EncounterScorecard of(CustomerJourney journey) {
    return new EncounterScorecard(Objects.requireNonNull(journey, "journey"));
  }

  private Touchpoint touchpointOf(Encounter e) {
    Touchpoint t = touchpoints.get(e.touchpointId());
    return t != null ? t : journey.requireTouchpoint(e.touchpointId());
  }

  /**
   * The key of an encounter in a grouping.
   *
   * @param by the grouping
   * @param e the encounter, on the map
   * @return the key, or null if the encounter has none (no staff id)
   */
  @Nullable String key(GroupBy by, Encounter e) {
    Touchpoint t = touchpointOf(e);
    switch (by) {
      case TOUCHPOINT:
        return t.id();
      case STAGE:
        return t.stageId();
      case CHANNEL:
        return t.channel().id();
      case STAFF:
        return e.staffIdOrNull();
      case CUSTOMER:
        return e.customerId();
      default:
        throw new AssertionError(by);
    }
  }

  /**
   * The summary of all scored encounters.
   *
   * @param encounters the encounters
   * @return the summary (empty if none was scored)
   * @throws IllegalArgumentException if an encounter's touchpoint is not on the map
   */
  public ScorecardSummary summarize(Iterable<Encounter> encounters) {
    ScorecardAccumulator acc = ScorecardAccumulator.create();
    for (Encounter e : encounters) {
      add(acc, e);
    }
    return acc.summary();
  }

  private void add(ScorecardAccumulator acc, Encounter e) {
    touchpointOf(e);
    ScorecardLevel level = e.levelOrNull();
    if (level != null) {
      acc.add(level);
    }
  }

  /**
   * Summaries of the scored encounters per group, worst first.
   *
   * @param by the grouping
   * @param encounters the encounters
   * @return the grouped summaries
   * @throws IllegalArgumentException if an encounter's touchpoint is not on the map
   */
  public GroupedSummary<String, ScorecardSummary> summarize(
      GroupBy by, Iterable<Encounter> encounters) {
    Objects.requireNonNull(by, "by");
    GroupedScorecardAccumulator<String> acc = GroupedScorecardAccumulator.create(by.label());
    for (Encounter e : encounters) {
      add(acc, by, e);
    }
    return acc.summary();
  }

  private void add(GroupedScorecardAccumulator<String> acc, GroupBy by, Encounter e) {
    String key = key(by, e);
    ScorecardLevel level = e.levelOrNull();
    if (key != null && level != null) {
      acc.add(key, level);
    }
  }

  /**
   * A collector of encounters into the summary of the scored ones; works on parallel streams.
   *
   * @return the collector
   */
  public Collector<Encounter, ScorecardAccumulator, ScorecardSummary> toSummary() {
    return Collecting.unordered(
        ScorecardAccumulator::create, this::add, ScorecardAccumulator::merge, ScorecardAccumulator::summary);
  }

  /**
   * A collector of encounters into summaries per group, worst first; works on parallel streams.
   *
   * @param by the grouping
   * @return the collector
   */
  public Collector<Encounter, GroupedScorecardAccumulator<String>, GroupedSummary<String, ScorecardSummary>>
      grouping(GroupBy by) {
    Objects.requireNonNull(by, "by");
    return Collecting.unordered(
        () -> GroupedScorecardAccumulator.create(by.label()), (acc, e) -> add(acc, by, e),
        GroupedScorecardAccumulator::merge, GroupedScorecardAccumulator::summary);
  }

  /**
   * A collector of encounters into summaries per caller-defined key, worst first; works on
   * parallel streams. Encounters without a level are skipped.
   *
   * @param <K> the key type
   * @param grouping what the keys are, the key column's header
   * @param key the key of an encounter, never null
   * @param keyOrder the order of keys with equal summaries, consistent with {@code equals}
   * @return the collector
   */
  public <K> Collector<Encounter, GroupedScorecardAccumulator<K>, GroupedSummary<K, ScorecardSummary>>
      grouping(String grouping, Function<? super Encounter, ? extends K> key, Comparator<? super K> keyOrder) {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyOrder, "keyOrder");
    return Collector.of(
        () -> GroupedScorecardAccumulator.create(grouping, keyOrder),
        (acc, e) -> {
          touchpointOf(e);
          ScorecardLevel level = e.levelOrNull();
          if (level != null) {
            acc.add(key.apply(e), level);
          }
        },
        GroupedScorecardAccumulator::merge,
        GroupedScorecardAccumulator::summary,
        Collector.Characteristics.UNORDERED);
  }

  // ---------------------------------------------------------------- the columnar log

  /**
   * The summary of all scored encounters of a columnar log: equal to {@link #summarize(Iterable)}
   * of {@code log.encounters()}, counted from the log's columns without an object per encounter.
   *
   * @param log the log
   * @return the summary (empty if none was scored)
   * @throws IllegalArgumentException if a touchpoint of the log is not on the map (the first in
   *     the log's order, as the encounters would report it)
   * @since 0.3.0
   */
  public ScorecardSummary summarize(EncounterLog log) {
    touchpointsOf(log);
    ScorecardAccumulator acc = ScorecardAccumulator.create();
    long[] counts = new long[7];
    byte[] levels = new byte[BLOCK];
    for (int from = 0, n = log.size(); from < n; from += BLOCK) {
      int len = Math.min(BLOCK, n - from);
      log.levelValues(from, from + len, levels, 0);
      for (int i = 0; i < len; i++) {
        if (levels[i] != EncounterLog.NO_LEVEL) {
          counts[levels[i] + 3]++;
        }
      }
    }
    for (int l = 0; l < 7; l++) {
      acc.add(l - 3, counts[l]);
    }
    return acc.summary();
  }

  /**
   * Summaries of the scored encounters of a columnar log per group, worst first: equal to {@link
   * #summarize(GroupBy, Iterable)} of {@code log.encounters()}, counted from the log's columns (a
   * counter per group and level) without an object per encounter.
   *
   * @param by the grouping
   * @param log the log
   * @return the grouped summaries
   * @throws IllegalArgumentException if a touchpoint of the log is not on the map
   * @since 0.3.0
   */
  public GroupedSummary<String, ScorecardSummary> summarize(GroupBy by, EncounterLog log) {
    Objects.requireNonNull(by, "by");
    Touchpoint[] tps = touchpointsOf(log);
    List<String> keys;
    int[] groupOfTouchpoint = null;
    switch (by) {
      case TOUCHPOINT, STAGE, CHANNEL -> {
        Map<String, Integer> index = new LinkedHashMap<>();
        groupOfTouchpoint = new int[tps.length];
        for (int t = 0; t < tps.length; t++) {
          String key = by == GroupBy.TOUCHPOINT ? tps[t].id()
              : by == GroupBy.STAGE ? tps[t].stageId() : tps[t].channel().id();
          Integer g = index.putIfAbsent(key, index.size());
          groupOfTouchpoint[t] = g == null ? index.size() - 1 : g;
        }
        keys = List.copyOf(index.keySet());
      }
      case STAFF -> keys = log.staff();
      case CUSTOMER -> keys = log.customers();
      default -> throw new AssertionError(by);
    }
    // the rows per value and level in one pass over the column's own array, then folded into groups
    LogAccess.CodeColumn column = by == GroupBy.STAFF ? LogAccess.CodeColumn.STAFF
        : by == GroupBy.CUSTOMER ? LogAccess.CodeColumn.CUSTOMER : LogAccess.CodeColumn.TOUCHPOINT;
    long[] byValue = LogAccess.get().levelCounts(log, column);
    long[] counts = new long[keys.size() * 7];
    for (int v = 0; v + 1 < byValue.length / 8; v++) {
      int g = groupOfTouchpoint != null ? groupOfTouchpoint[v] : v;
      for (int l = 0; l < 7; l++) {
        counts[g * 7 + l] += byValue[(v + 1) * 8 + l + 1];
      }
    }
    GroupedScorecardAccumulator<String> acc = GroupedScorecardAccumulator.create(by.label());
    for (int g = 0; g < keys.size(); g++) {
      for (int l = 0; l < 7; l++) {
        acc.add(keys.get(g), l - 3, counts[g * 7 + l]);
      }
    }
    return acc.summary();
  }

  /** The touchpoint of every touchpoint code of the log; the first not on the map throws. */
  private Touchpoint[] touchpointsOf(EncounterLog log) {
    List<String> ids = log.touchpoints();
    Touchpoint[] out = new Touchpoint[ids.size()];
    for (int t = 0; t < out.length; t++) {
      Touchpoint tp = touchpoints.get(ids.get(t));
      out[t] = tp != null ? tp : journey.requireTouchpoint(ids.get(t));
    }
    return out;
  }
}
