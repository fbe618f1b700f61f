package io.github.mot.scoring;

import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.internal.ByteForm;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import io.github.mot.core.internal.Preconditions;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;

/**
 * A mutable tally of MOT scorecard ratings per key: one {@link ScorecardAccumulator} per
 * touchpoint, stage, channel, staff member, customer or any key the caller gives. {@link
 * #summary()} returns the groups <b>worst first</b>: lowest mean first, ties by lowest net score
 * ({@link ScorecardSummary#WORST_FIRST}), then by key in the accumulator's key order.
 *
 * <p>Allocation: adding a rating for a key already seen is a hash lookup and a counter increment;
 * the map grows (and allocates) only when a new key appears. Keys are compared with {@code
 * equals}/{@code hashCode}; the key order must be consistent with {@code equals} so that the
 * result's order is the same for every split of the data.
 *
 * <p>Merging adds the counts key by key; it is associative and commutative, and the summary of
 * merged partial tallies equals the summary of the whole.
 *
 * <p>{@link #toBytes(KeyCodec)} writes the tally in the library's versioned byte form, the keys as
 * text through a {@link KeyCodec}, and {@link #fromBytes(byte[], KeyCodec, Comparator)} reads it
 * back exactly, for engines that ship partial tallies between machines (docs/byte-form.md).
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread, then merge, as the
 * collectors do on parallel streams.
 *
 * @param <K> the key type
 * @since 0.1.0
 */
public final class GroupedScorecardAccumulator<K> {

  private final String grouping;
  private final Comparator<? super K> keyOrder;
  private final Map<K, ScorecardAccumulator> groups = new HashMap<>();

  private GroupedScorecardAccumulator(String grouping, Comparator<? super K> keyOrder) {
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    this.keyOrder = Objects.requireNonNull(keyOrder, "keyOrder");
  }

  /**
   * An empty accumulator for naturally ordered keys (for example {@code String} ids).
   *
   * @param <K> the key type
   * @param grouping what the keys are, for example {@code "touchpoint"}; the key column's header
   * @return the accumulator
   */
  public static <K extends Comparable<? super K>> GroupedScorecardAccumulator<K> create(
      String grouping) {
    return new GroupedScorecardAccumulator<>(grouping, Comparator.naturalOrder());
  }

  /**
   * An empty accumulator whose ties are broken by {@code keyOrder}.
   *
   * @param <K> the key type
   * @param grouping what the keys are; the key column's header
   * @param keyOrder the order of keys with equal summaries, consistent with {@code equals}
   * @return the accumulator
   */
  public static <K> GroupedScorecardAccumulator<K> create(
      String grouping, Comparator<? super K> keyOrder) {
    return new GroupedScorecardAccumulator<>(grouping, keyOrder);
  }

  /**
   * Adds one rating to a key's group.
   *
   * @param key the group's key
   * @param level the level
   * @return this accumulator
   * @throws NullPointerException if an argument is null
   */
  public GroupedScorecardAccumulator<K> add(K key, ScorecardLevel level) {
    return add(key, level.value());
  }

  /**
   * Adds {@code times} ratings of one level to a key's group at once: the same as {@code times}
   * calls of {@link #add(Object, int)}, for counts taken from columns.
   *
   * @param key the group's key
   * @param level the level, -3..+3
   * @param times how many ratings, {@code >= 0}; 0 adds nothing and creates no group
   * @return this accumulator
   * @throws IllegalArgumentException if {@code level} is outside [-3, 3] or {@code times} is
   *     negative (nothing is added)
   * @throws NullPointerException if {@code key} is null
   * @since 0.3.0
   */
  public GroupedScorecardAccumulator<K> add(K key, int level, long times) {
    int index = ScorecardAccumulator.index(level);
    Preconditions.atLeast("times", times, 0);
    Objects.requireNonNull(key, "key");
    if (times == 0) {
      return this;
    }
    ScorecardAccumulator acc = groups.get(key);
    if (acc == null) {
      acc = ScorecardAccumulator.create();
      groups.put(key, acc);
    }
    acc.counts[index] += times;
    return this;
  }

  /**
   * Adds one rating, given as its integer value, to a key's group.
   *
   * @param key the group's key
   * @param level the level, -3..+3
   * @return this accumulator
   * @throws IllegalArgumentException if {@code level} is outside [-3, 3] (no group is created)
   * @throws NullPointerException if {@code key} is null
   */
  public GroupedScorecardAccumulator<K> add(K key, int level) {
    int index = ScorecardAccumulator.index(level);
    ScorecardAccumulator acc = groups.get(Objects.requireNonNull(key, "key"));
    if (acc == null) {
      acc = ScorecardAccumulator.create();
      groups.put(key, acc);
    }
    acc.counts[index]++;
    return this;
  }

  /**
   * Adds the groups of another accumulator to this one, key by key; {@code other} is unchanged.
   *
   * @param other the partial tally
   * @return this accumulator
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public GroupedScorecardAccumulator<K> merge(GroupedScorecardAccumulator<K> other) {
    for (Map.Entry<K, ScorecardAccumulator> e : other.groups.entrySet()) {
      ScorecardAccumulator acc = groups.get(e.getKey());
      if (acc == null) {
        acc = ScorecardAccumulator.create();
        groups.put(e.getKey(), acc);
      }
      acc.merge(e.getValue());
    }
    return this;
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 2, format version 1, the grouping's
   * name, the number of groups, and per group in increasing order of its key's text the text and
   * the seven counts of {@link ScorecardAccumulator#toBytes()}; then a CRC-32C
   * (docs/byte-form.md). Equal tallies give equal bytes whatever the order the keys came in.
   *
   * @param codec the text of each key; {@link KeyCodec#text()} for text keys
   * @return a new array: about 9 bytes per group plus the key's text, and 10 plus the grouping's
   *     name
   * @throws IllegalArgumentException if the codec gives two keys the same text
   * @throws NullPointerException if {@code codec} is null or gives a null text
   * @since 0.4.0
   */
  public byte[] toBytes(KeyCodec<? super K> codec) {
    Objects.requireNonNull(codec, "codec");
    return ByteForm.write(ByteForm.Kind.GROUPED_SCORECARD,
        out -> KeyedBytes.write(out.text(grouping), groups, codec, ScorecardAccumulator::write));
  }

  /**
   * Reads a tally of naturally ordered keys written by {@link #toBytes(KeyCodec)}.
   *
   * @param <K> the key type
   * @param bytes the byte form; not kept
   * @param codec the codec the bytes were written with
   * @return a new accumulator with exactly the groups written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     grouped scorecard accumulator (another program's or another accumulator's bytes, a newer
   *     format version, bytes changed or cut, an empty group, keys out of order or that the codec
   *     does not read)
   * @throws NullPointerException if an argument is null
   * @since 0.4.0
   */
  public static <K extends Comparable<? super K>> GroupedScorecardAccumulator<K> fromBytes(
      byte[] bytes, KeyCodec<K> codec) {
    return fromBytes(bytes, codec, Comparator.naturalOrder());
  }

  /**
   * Reads a tally written by {@link #toBytes(KeyCodec)}, whose ties are broken by {@code
   * keyOrder}.
   *
   * @param <K> the key type
   * @param bytes the byte form; not kept
   * @param codec the codec the bytes were written with
   * @param keyOrder the order of keys with equal summaries, consistent with {@code equals}
   * @return a new accumulator with exactly the groups written
   * @throws io.github.mot.core.io.MalformedBytesException as {@link #fromBytes(byte[], KeyCodec)}
   * @throws NullPointerException if an argument is null
   * @since 0.4.0
   */
  public static <K> GroupedScorecardAccumulator<K> fromBytes(
      byte[] bytes, KeyCodec<K> codec, Comparator<? super K> keyOrder) {
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(keyOrder, "keyOrder");
    return ByteForm.read(bytes, ByteForm.Kind.GROUPED_SCORECARD, in -> {
      GroupedScorecardAccumulator<K> a = new GroupedScorecardAccumulator<>(in.text("the grouping"), keyOrder);
      KeyedBytes.read(in, "group", codec, a.groups, r -> {
        ScorecardAccumulator group = ScorecardAccumulator.create().read(r);
        if (group.count() == 0) {
          throw r.malformed("a group holds no rating; every group written holds one at least");
        }
        return group;
      });
      return a;
    });
  }

  /**
   * The number of groups so far.
   *
   * @return the number of distinct keys
   */
  public int size() {
    return groups.size();
  }

  /**
   * An immutable snapshot: the groups worst first and their total.
   *
   * @return the grouped summary
   */
  public GroupedSummary<K, ScorecardSummary> summary() {
    Map<K, ScorecardSummary> map = new HashMap<>();
    ScorecardAccumulator total = ScorecardAccumulator.create();
    for (Map.Entry<K, ScorecardAccumulator> e : groups.entrySet()) {
      map.put(e.getKey(), e.getValue().summary());
      total.merge(e.getValue());
    }
    return new GroupedSummary<>(
        grouping,
        map,
        ScorecardSummary.WORST_FIRST,
        keyOrder,
        total.summary(),
        ScorecardSummary::columns);
  }

  /**
   * A collector that groups elements by key and tallies their levels; works on parallel streams.
   *
   * @param <T> the element type
   * @param <K> the key type
   * @param grouping what the keys are; the key column's header
   * @param key the key of an element, never null
   * @param level the level of an element, -3..+3
   * @param keyOrder the order of keys with equal summaries, consistent with {@code equals}
   * @return the collector
   */
  public static <T, K> Collector<T, GroupedScorecardAccumulator<K>, GroupedSummary<K, ScorecardSummary>>
      grouping(
          String grouping,
          Function<? super T, ? extends K> key,
          ToIntFunction<? super T> level,
          Comparator<? super K> keyOrder) {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(keyOrder, "keyOrder");
    return Collecting.unordered(
        () -> create(grouping, keyOrder), (a, t) -> a.add(key.apply(t), level.applyAsInt(t)),
        GroupedScorecardAccumulator::merge, GroupedScorecardAccumulator::summary);
  }

  /** The current groups as a table (see {@link GroupedSummary#toString()}). */
  @Override
  public String toString() {
    return summary().toString();
  }
}
