package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.scoring.log.EncounterLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a journey analysis groups episodes ({@link Funnel#withGroupBy}): each episode belongs to at
 * most one group, given by one of its encounters.
 *
 * <ul>
 *   <li>{@link #channel()}: the channel ({@link Touchpoint#channel()}) of the episode's first
 *       touchpoint on the journey map, so the channel through which the episode began;
 *   <li>{@link #staff()}: the staff member of the episode's first encounter that names one;
 *   <li>{@link #attribute(String)}: the value of a log attribute (such as {@code "region"}) at the
 *       episode's first encounter that has one.
 * </ul>
 *
 * An episode without such a value (no encounter with a staff member, none with the attribute) is
 * in no group: it counts in the analysis's totals and in its count of ungrouped episodes. A value
 * that is no episode's group (a channel or staff member met only later in episodes) has no group.
 * Groups are ordered by their value ({@link String#compareTo}), so that they do not depend on the order
 * of the log's rows. (Of duplicate encounters that agree in customer, touchpoint, instant, level
 * and staff member but not in an attribute, {@link ObservedJourneys} keeps the last row: give such
 * copies the same attributes, or the group by that attribute follows the order of the rows.) Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class EpisodeGrouping {

  private enum Kind { CHANNEL, STAFF, ATTRIBUTE }

  private static final EpisodeGrouping CHANNEL = new EpisodeGrouping(Kind.CHANNEL, "channel");
  private static final EpisodeGrouping STAFF = new EpisodeGrouping(Kind.STAFF, "staff");

  private final Kind kind;
  private final String name;

  private EpisodeGrouping(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /**
   * By the channel of the episode's first touchpoint on the journey map ({@code "in-person"},
   * {@code "web"}, ...). An analysis with it needs episodes observed with a map ({@link
   * ObservedJourneys#withJourney}).
   *
   * @return the grouping
   */
  public static EpisodeGrouping channel() {
    return CHANNEL;
  }

  /**
   * By the staff member of the episode's first encounter that names one.
   *
   * @return the grouping
   */
  public static EpisodeGrouping staff() {
    return STAFF;
  }

  /**
   * By the value of a log attribute at the episode's first encounter that has one. An analysis with
   * it needs a log with that attribute.
   *
   * @param name the attribute's name, such as {@code "region"}
   * @return the grouping
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name} is null
   */
  public static EpisodeGrouping attribute(String name) {
    return new EpisodeGrouping(Kind.ATTRIBUTE,
        Preconditions.notBlank("attribute name", Objects.requireNonNull(name, "name")));
  }

  /**
   * The name of the grouping: {@code "channel"}, {@code "staff"} or the attribute's name.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /** The groups of some episodes: their values in order and each episode's group, -1 for none. */
  record Groups(List<String> values, int[] ofEpisode) {}

  /**
   * The group of every episode.
   *
   * @throws IllegalStateException for {@link #channel()} if the episodes were observed without a map
   * @throws IllegalArgumentException for an attribute the log lacks
   */
  Groups assign(EpisodeColumns columns) {
    Episodes episodes = columns.episodes;
    EncounterLog log = episodes.log();
    int[] rows = episodes.keptRows();
    List<String> values;
    int[] codeOfTouchpoint = null;
    EncounterLog.@Nullable Attribute attribute = null;
    switch (kind) {
      case CHANNEL -> {
        CustomerJourney journey = episodes.analysis().journey().orElseThrow(() -> new IllegalStateException(
            "grouping episodes by channel needs a journey map; observe the log with ObservedJourneys.withJourney(map)"));
        Map<String, String> channelOf = new HashMap<>();
        for (Touchpoint t : journey.touchpoints()) {
          channelOf.put(t.id(), t.channel().id());
        }
        List<String> distinct = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        List<String> tps = log.touchpoints();
        codeOfTouchpoint = new int[tps.size()];
        for (int t = 0; t < tps.size(); t++) {
          String channel = channelOf.get(tps.get(t));
          if (channel == null) {
            codeOfTouchpoint[t] = -1; // off the map: never an episode's touchpoint
            continue;
          }
          Integer code = codes.putIfAbsent(channel, distinct.size());
          if (code == null) {
            code = distinct.size();
            distinct.add(channel);
          }
          codeOfTouchpoint[t] = code;
        }
        values = distinct;
      }
      case STAFF -> values = log.staff();
      case ATTRIBUTE -> {
        attribute = log.attribute(name);
        values = attribute.values();
      }
      default -> throw new AssertionError(kind);
    }
    // the values in sorted order, and each code's rank in it
    Integer[] order = new Integer[values.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<String> unsorted = values;
    Arrays.sort(order, (a, b) -> unsorted.get(a).compareTo(unsorted.get(b)));
    int[] rank = new int[order.length];
    List<String> sorted = new ArrayList<>(order.length);
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
      sorted.add(unsorted.get(order[i]));
    }
    int[] ofEpisode = new int[columns.size()];
    for (int e = 0; e < ofEpisode.length; e++) {
      int code = -1;
      for (int p = columns.start(e), end = columns.end(e); p < end && code < 0; p++) {
        code = codeOfTouchpoint != null ? codeOfTouchpoint[columns.touchpoint[p]]
            : attribute != null ? attribute.code(rows[p]) : columns.staff(p);
        if (codeOfTouchpoint != null) {
          break; // the first touchpoint only
        }
      }
      ofEpisode[e] = code < 0 ? -1 : rank[code];
    }
    return new Groups(List.copyOf(sorted), ofEpisode);
  }

  /**
   * Whether this groups by an attribute the log does not have: a shard's log may lack an attribute
   * others have, and then none of its episodes has a group.
   */
  boolean absentFrom(EncounterLog log) {
    return kind == Kind.ATTRIBUTE && log.attributes().stream().noneMatch(a -> a.name().equals(name));
  }

  /** The grouping in the byte form of tallies: {@code "channel:channel"}, {@code "attribute:region"}. */
  String key() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
  }

  /**
   * The grouping whose {@link #key()} is {@code key}, null for {@code ""} (no grouping).
   *
   * @throws IllegalArgumentException if no grouping has that key
   */
  static @Nullable EpisodeGrouping fromKey(String key) {
    if (key.isEmpty()) {
      return null;
    }
    if (key.equals(CHANNEL.key())) {
      return CHANNEL;
    }
    if (key.equals(STAFF.key())) {
      return STAFF;
    }
    String prefix = Kind.ATTRIBUTE.name().toLowerCase(java.util.Locale.ROOT) + ":";
    if (key.startsWith(prefix) && !key.substring(prefix.length()).isBlank()) {
      return attribute(key.substring(prefix.length()));
    }
    throw Preconditions.invalid("grouping", "'" + CHANNEL.key() + "', '" + STAFF.key() + "', 'attribute:NAME' or ''",
        key);
  }

  /**
   * Whether another object is the same grouping: the same kind and, for an attribute, the same name.
   *
   * @param other an object
   * @return true for an equal grouping
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EpisodeGrouping g && g.kind == kind && g.name.equals(name);
  }

  /**
   * A hash consistent with {@link #equals}.
   *
   * @return the hash of the kind's ordinal and the name
   */
  @Override
  public int hashCode() {
    return 31 * kind.ordinal() + name.hashCode();
  }

  /**
   * The grouping in the form {@code "EpisodeGrouping[channel]"}.
   *
   * @return the grouping's name in brackets
   */
  @Override
  public String toString() {
    return "EpisodeGrouping[" + name + "]";
  }
}
