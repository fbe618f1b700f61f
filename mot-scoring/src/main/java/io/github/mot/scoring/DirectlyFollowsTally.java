package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A mutable, mergeable tally of the {@link DirectlyFollowsGraph}: the counts of the episodes
 * (episodes, customers, encounters set aside) and per edge its transitions, distinct episodes and
 * customers, the counts of the levels it leads into, and every time between the two encounters of
 * its transitions as a sorted table of distinct times with their counts. Every figure of the graph
 * is computed from these, the mean from the exact sum of the times and the median from their
 * order, so the tally of any shards of customers, merged in any order, is the tally of all of them,
 * and {@link #report()} then equals {@link Episodes#directlyFollows()} on every episode at once,
 * bit for bit:
 *
 * <pre>{@code
 * DirectlyFollowsTally north = DirectlyFollowsTally.create().add(observe.observe(northLog)); // each shard on its machine
 * DirectlyFollowsTally south = DirectlyFollowsTally.fromBytes(southBytes);                 // a shard's tally, shipped as bytes
 * DirectlyFollowsGraph all = north.merge(south).report().withMinShare(0.01);
 * }</pre>
 *
 * <p><b>Shards are sets of customers</b>: every encounter of a customer must be in one shard (key
 * the encounters by customer first), so that a shard's episodes are exactly those of the whole log
 * and an edge's distinct episodes and customers add up across shards. The graph has no settings:
 * how the episodes are cut is the business of the {@link ObservedJourneys} that observed them, and
 * the frequency filters apply to the report ({@link DirectlyFollowsGraph#withMinTransitions}).
 *
 * <p><b>Size.</b> Per edge met, 10 counts and two per distinct time between its touchpoints: the
 * exact median needs every distinct time, so a tally grows with the number of distinct times, not
 * with the episodes (times of whole seconds within a gap of days take at most a few hundred
 * thousand per edge; times to the nanosecond can make every transition distinct). {@link #add}
 * costs what {@link Episodes#directlyFollows()} costs and a sort of each edge's times.
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread or shard, then merge.
 *
 * @since 0.4.0
 */
public final class DirectlyFollowsTally {

  /** An edge's nodes: {@code from} null for the start node, {@code to} null for the end node. */
  private record Key(@Nullable String from, @Nullable String to) {}

  /** The start node first, then touchpoint ids; the end node last. */
  private static final Comparator<Key> KEY_ORDER = (a, b) -> {
    int c = compare(a.from(), b.from(), -1);
    return c != 0 ? c : compare(a.to(), b.to(), 1);
  };

  private static final long[] NONE = {};

  /** An edge's counts and times. */
  private static final class EdgeCounts {
    long transitions;
    long episodes;
    long customers;
    final long[] levels = new long[7];
    /** The distinct times in nanoseconds, increasing, {@code times[0, size)}. */
    long[] times = NONE;
    /** The transitions of each time. */
    long[] counts = NONE;
    int size;

    /** Adds {@code n} times in their sorted table, {@code times[0, n)} with {@code counts[0, n)}. */
    void addTimes(long[] moreTimes, long[] moreCounts, int n) {
      long[] t = new long[size + n];
      long[] c = new long[size + n];
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < size || j < n) {
        if (j == n || i < size && times[i] < moreTimes[j]) {
          t[k] = times[i];
          c[k++] = counts[i++];
        } else if (i == size || moreTimes[j] < times[i]) {
          t[k] = moreTimes[j];
          c[k++] = moreCounts[j++];
        } else {
          t[k] = times[i];
          c[k++] = Math.addExact(counts[i++], moreCounts[j++]);
        }
      }
      times = t;
      counts = c;
      size = k;
    }

    void add(EdgeCounts other) {
      transitions = Math.addExact(transitions, other.transitions);
      episodes = Math.addExact(episodes, other.episodes);
      customers = Math.addExact(customers, other.customers);
      for (int l = 0; l < 7; l++) {
        levels[l] = Math.addExact(levels[l], other.levels[l]);
      }
      addTimes(other.times, other.counts, other.size);
    }

    /** The number of times: the transitions between two touchpoints. */
    long timed() {
      long n = 0;
      for (int i = 0; i < size; i++) {
        n += counts[i];
      }
      return n;
    }

    /** The {@code index}-th time in increasing order (from 0). */
    long timeAt(long index) {
      long seen = 0;
      for (int i = 0; i < size; i++) {
        seen += counts[i];
        if (index < seen) {
          return times[i];
        }
      }
      throw new IllegalStateException("no time " + index + " among " + seen);
    }

    /** The exact median time in seconds, as {@code DirectlyFollows.medianSeconds} computes it; NaN if none. */
    double medianSeconds(long n) {
      if (n == 0) {
        return Double.NaN;
      }
      long b = timeAt(n / 2);
      if (n % 2 == 1) {
        return b / 1e9;
      }
      long a = timeAt(n / 2 - 1);
      return (a + (b - a) / 2.0) / 1e9;
    }
  }

  private long episodes;
  private long customers;
  private long offMap;
  private long duplicates;
  private final Map<Key, EdgeCounts> edges = new TreeMap<>(KEY_ORDER);

  private DirectlyFollowsTally() {}

  /**
   * An empty tally: {@link #add(Episodes) add} the episodes of shards of customers, {@link #merge
   * merge} the shards' tallies, and {@link #report()} is the graph of all the episodes.
   *
   * @return a new tally
   */
  public static DirectlyFollowsTally create() {
    return new DirectlyFollowsTally();
  }

  private static int compare(@Nullable String a, @Nullable String b, int nullSide) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : nullSide) : -nullSide;
    }
    return a.compareTo(b);
  }

  /**
   * The number of episodes added so far.
   *
   * @return {@code >= 0}
   */
  public long episodeCount() {
    return episodes;
  }

  /**
   * The number of edges met so far.
   *
   * @return {@code >= 0}
   */
  public int edgeCount() {
    return edges.size();
  }

  /**
   * Adds the transitions of every episode, and the counts of the episodes, their customers and the
   * encounters they set aside.
   *
   * @param episodes the episodes of a set of customers, none added before
   * @return this tally
   * @throws ArithmeticException if a count overflows a {@code long} (the tally is then unusable)
   * @throws NullPointerException if {@code episodes} is null
   */
  public DirectlyFollowsTally add(Episodes episodes) {
    DirectlyFollows.Groups g = DirectlyFollows.Groups.of(Objects.requireNonNull(episodes, "episodes"),
        DirectlyFollows.DENSE_KEYS);
    this.episodes = Math.addExact(this.episodes, episodes.size());
    customers = Math.addExact(customers, episodes.customerCount());
    offMap = Math.addExact(offMap, episodes.offMapCount());
    duplicates = Math.addExact(duplicates, episodes.duplicateCount());
    long[] times = new long[0];
    long[] counts = new long[0];
    for (int i = 0; i < g.size(); i++) {
      EdgeCounts e = edges.computeIfAbsent(new Key(g.fromId(i), g.toId(i)), k -> new EdgeCounts());
      e.transitions = Math.addExact(e.transitions, g.count()[i]);
      e.episodes = Math.addExact(e.episodes, g.episodeCount()[i]);
      e.customers = Math.addExact(e.customers, g.customerCount()[i]);
      for (int l = 0; l < 7; l++) {
        e.levels[l] = Math.addExact(e.levels[l], g.levels()[i * 7 + l]);
      }
      int lo = g.timed()[i];
      int hi = g.timed()[i + 1];
      if (hi > lo) {
        Arrays.sort(g.nanos(), lo, hi);
        if (times.length < hi - lo) {
          times = new long[hi - lo];
          counts = new long[hi - lo];
        }
        int n = 0;
        for (int p = lo; p < hi; p++) {
          if (n > 0 && times[n - 1] == g.nanos()[p]) {
            counts[n - 1]++;
          } else {
            times[n] = g.nanos()[p];
            counts[n++] = 1;
          }
        }
        e.addTimes(times, counts, n);
      }
    }
    return this;
  }

  /**
   * Adds another tally; {@code other} is unchanged.
   *
   * @param other the tally of other customers
   * @return this tally
   * @throws ArithmeticException if a count overflows a {@code long}
   * @throws NullPointerException if {@code other} is null
   */
  public DirectlyFollowsTally merge(DirectlyFollowsTally other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      return merge(copy());
    }
    episodes = Math.addExact(episodes, other.episodes);
    customers = Math.addExact(customers, other.customers);
    offMap = Math.addExact(offMap, other.offMap);
    duplicates = Math.addExact(duplicates, other.duplicates);
    other.edges.forEach((key, c) -> edges.computeIfAbsent(key, k -> new EdgeCounts()).add(c));
    return this;
  }

  private DirectlyFollowsTally copy() {
    return new DirectlyFollowsTally().merge(this);
  }

  /**
   * The graph of the episodes added so far, unfiltered: what {@link Episodes#directlyFollows()}
   * gives on all of them.
   *
   * @return an immutable graph
   */
  public DirectlyFollowsGraph report() {
    List<DirectlyFollowsGraph.Edge> rows = new ArrayList<>(edges.size());
    edges.forEach((key, c) -> {
      long n = c.timed();
      rows.add(new DirectlyFollows.EdgeRow(key.from(), key.to(), c.transitions, c.episodes, c.customers,
          DirectlyFollows.meanSeconds(c.times, c.counts, 0, c.size, n), c.medianSeconds(n), ScorecardSummary.ofCounts(c.levels.clone())));
    });
    return DirectlyFollows.graph(episodes, customers, offMap, duplicates, rows);
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 11, format version 1; the episodes,
   * their customers, the off-map and duplicate encounters set aside (counts); the number of edges,
   * per edge in order (from the start node first, then by touchpoint id; into the end node last) its
   * two nodes, each as a flag (count: 0 the start or end node, 1 a touchpoint) and for a touchpoint
   * its id (text), the transitions, distinct episodes and customers (counts), the counts of the
   * levels -3 to +3 it leads into, the number of distinct times, and per time in increasing order
   * its nanoseconds as the difference from the previous one (the first as it is) and its
   * transitions (counts); a CRC-32C (docs/byte-form.md). Equal tallies give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.DIRECTLY_FOLLOWS_TALLY, out -> {
      out.count(episodes).count(customers).count(offMap).count(duplicates).count(edges.size());
      edges.forEach((key, c) -> {
        node(out, key.from());
        node(out, key.to());
        out.count(c.transitions).count(c.episodes).count(c.customers);
        for (long l : c.levels) {
          out.count(l);
        }
        out.count(c.size);
        for (int i = 0; i < c.size; i++) {
          out.count(i == 0 ? c.times[0] : c.times[i] - c.times[i - 1]).count(c.counts[i]);
        }
      });
    });
  }

  private static void node(ByteForm.Writer out, @Nullable String id) {
    out.count(id == null ? 0 : 1);
    if (id != null) {
      out.text(id);
    }
  }

  private static @Nullable String readNode(ByteForm.Reader in, String field) {
    long flag = in.count(field + "'s flag");
    if (flag > 1) {
      throw in.invalid(field + "'s flag", "0 (the start or end node) or 1 (a touchpoint)", flag);
    }
    return flag == 0 ? null : in.text(field);
  }

  /**
   * Reads a tally written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept
   * @return a new tally with exactly the state written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     directly-follows tally (another program's or accumulator's bytes, a newer format version,
   *     bytes changed or cut), or hold a state no tally reaches: more customers than episodes, edges
   *     out of order or from the start node straight to the end node, an edge without transitions,
   *     with more episodes than transitions or than the tally's episodes, more customers than
   *     episodes or than the tally's customers, more scored encounters than transitions or any into
   *     the end node, times on an edge from the start or into the end node, times of an edge
   *     between touchpoints that do not add up to its transitions, times out of order, a time
   *     without transitions, or transitions from the start node or into the end node that do not
   *     add up to the episodes
   * @throws NullPointerException if {@code bytes} is null
   */
  public static DirectlyFollowsTally fromBytes(byte[] bytes) {
    return ByteForm.read(bytes, ByteForm.Kind.DIRECTLY_FOLLOWS_TALLY, in -> {
      DirectlyFollowsTally t = new DirectlyFollowsTally();
      t.episodes = in.count("the episodes");
      t.customers = in.count("the customers");
      if (t.customers > t.episodes) {
        throw in.invalid("the customers", "at most the episodes " + t.episodes, t.customers);
      }
      t.offMap = in.count("the off-map encounters");
      t.duplicates = in.count("the duplicate encounters");
      int n = in.size("the number of edges", in.remaining());
      @Nullable Key previous = null;
      long starts = 0;
      long ends = 0;
      for (int i = 0; i < n; i++) {
        String edge = "edge " + (i + 1);
        Key key = new Key(readNode(in, "the first node of " + edge), readNode(in, "the second node of " + edge));
        if (previous != null && KEY_ORDER.compare(previous, key) >= 0) {
          throw in.malformed(edge + " " + describe(key) + " comes after " + describe(previous)
              + ": edges are written in order, once each");
        }
        if (key.from() == null && key.to() == null) {
          throw in.malformed(edge + " goes from the start node straight to the end node: an episode has an encounter");
        }
        t.edges.put(key, readEdge(in, edge, key, t));
        EdgeCounts c = t.edges.get(key);
        starts += key.from() == null ? c.transitions : 0;
        ends += key.to() == null ? c.transitions : 0;
        previous = key;
      }
      if (starts != t.episodes || ends != t.episodes) {
        throw in.malformed("the transitions from the start node (" + starts + ") and into the end node (" + ends
            + ") must each add up to the episodes " + t.episodes);
      }
      return t;
    });
  }

  private static EdgeCounts readEdge(ByteForm.Reader in, String edge, Key key, DirectlyFollowsTally t) {
    EdgeCounts c = new EdgeCounts();
    c.transitions = in.count("the transitions of " + edge);
    if (c.transitions == 0) {
      throw in.invalid("the transitions of " + edge, ">= 1 (only edges met are written)", 0);
    }
    c.episodes = in.count("the episodes of " + edge);
    if (c.episodes == 0 || c.episodes > Math.min(c.transitions, t.episodes)) {
      throw in.invalid("the episodes of " + edge, "in [1, " + Math.min(c.transitions, t.episodes)
          + "] (its transitions and the tally's episodes)", c.episodes);
    }
    c.customers = in.count("the customers of " + edge);
    if (c.customers == 0 || c.customers > Math.min(c.episodes, t.customers)) {
      throw in.invalid("the customers of " + edge, "in [1, " + Math.min(c.episodes, t.customers)
          + "] (its episodes and the tally's customers)", c.customers);
    }
    int at = in.position();
    long scored = 0;
    for (int l = 0; l < 7; l++) {
      c.levels[l] = in.count("the encounters at level " + (l - 3) + " of " + edge);
      scored += c.levels[l];
    }
    if (scored > (key.to() == null ? 0 : c.transitions)) {
      throw in.invalid(at, "the scored encounters " + edge + " leads into", key.to() == null
          ? "0 (it leads into the end node)" : "at most its transitions " + c.transitions, scored);
    }
    c.size = in.size("the number of distinct times of " + edge, in.remaining());
    c.times = new long[c.size];
    c.counts = new long[c.size];
    long timed = 0;
    for (int i = 0; i < c.size; i++) {
      long step = in.count("the time " + (i + 1) + " of " + edge);
      if (i > 0 && step == 0) {
        throw in.invalid("the time " + (i + 1) + " of " + edge, "after the previous one (times are written in"
            + " increasing order, once each, as differences)", step);
      }
      if (i > 0 && step > Long.MAX_VALUE - c.times[i - 1]) {
        throw in.invalid("the time " + (i + 1) + " of " + edge, "a difference that keeps the time below 2^63"
            + " nanoseconds", step);
      }
      c.times[i] = i == 0 ? step : c.times[i - 1] + step;
      c.counts[i] = in.count("the transitions of time " + (i + 1) + " of " + edge);
      if (c.counts[i] == 0) {
        throw in.invalid("the transitions of time " + (i + 1) + " of " + edge, ">= 1", 0);
      }
      timed += c.counts[i];
    }
    long expected = key.from() == null || key.to() == null ? 0 : c.transitions;
    if (timed != expected) {
      throw in.malformed(edge + " " + describe(key) + " has " + timed + " times but must have " + expected
          + (expected == 0 ? " (it leaves the start node or leads into the end node)" : " (one per transition)"));
    }
    return c;
  }

  private static String describe(Key key) {
    return (key.from() == null ? DirectlyFollowsGraph.START : "'" + key.from() + "'") + " -> "
        + (key.to() == null ? DirectlyFollowsGraph.END : "'" + key.to() + "'");
  }

  /** For example {@code "DirectlyFollowsTally[1204 episodes, 35 edges]"}. */
  @Override
  public String toString() {
    return "DirectlyFollowsTally[" + episodes + " episodes, " + edges.size() + " edges]";
  }
}
