package io.github.mot.scoring;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.scoring.DirectlyFollowsGraph.Edge;
import io.github.mot.scoring.log.EncounterLog;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The construction of a {@link DirectlyFollowsGraph} from {@link Episodes} and its implementation:
 * the package-private records of the graph and of its edges, which only this package builds (no
 * public constructor). Package-private.
 */
final class DirectlyFollows {

  private DirectlyFollows() {}

  /** An edge's figures; {@code fromId} null for the start node, {@code toId} null for the end node. */
  record EdgeRow(@Nullable String fromId, @Nullable String toId, long transitions, long episodes, long customers,
      double meanSeconds, double medianSeconds, ScorecardSummary levels) implements DirectlyFollowsGraph.Edge {

    @Override
    public String from() {
      return fromId == null ? DirectlyFollowsGraph.START : fromId;
    }

    @Override
    public String to() {
      return toId == null ? DirectlyFollowsGraph.END : toId;
    }

    @Override
    public boolean fromStart() {
      return fromId == null;
    }

    @Override
    public boolean toEnd() {
      return toId == null;
    }

    /** For example {@code "greeting -> paying: 12 transitions"}. */
    @Override
    public String toString() {
      return from() + " -> " + to() + ": " + transitions + " transitions";
    }
  }

  /** The columns of an edge, declared once for text, CSV, JSON and HTML. */
  static final List<Column<Edge>> COLUMNS = List.of(
      Column.<Edge>text("from", Edge::from).header("table.from"),
      Column.<Edge>text("to", Edge::to).header("table.to"),
      Column.<Edge>bool("fromStart", Edge::fromStart).except(Column.Target.TEXT, Column.Target.HTML),
      Column.<Edge>bool("toEnd", Edge::toEnd).except(Column.Target.TEXT, Column.Target.HTML),
      Column.<Edge>integer("transitions", Edge::transitions).header("table.transitions"),
      Column.<Edge>integer("episodes", Edge::episodes).header("table.episodes"),
      Column.<Edge>integer("customers", Edge::customers).header("table.customers"),
      Column.<Edge>decimal("meanSeconds", Edge::meanSeconds).header("table.meanSeconds").decimals(1),
      Column.<Edge>decimal("medianSeconds", Edge::medianSeconds).header("table.medianSeconds").decimals(1),
      Column.<Edge>integer("scored", e -> e.levels().count()).header("table.scored"),
      Column.<Edge>decimal("meanLevel", e -> e.levels().mean()).header("table.meanLevel")
          .text((e, c) -> c.signed(e.levels().mean(), 2)),
      Column.<Edge>decimal("negativeShare", e -> e.levels().negativeShare()).header("table.negative")
          .text((e, c) -> c.percent(e.levels().negativeShare())),
      Column.<Edge>display("table.wilson", (e, c) -> e.levels().isEmpty() ? Cells.UNDEFINED : c.percentInterval(
          e.levels().interval(ScorecardSummary.Share.NEGATIVE).lower(),
          e.levels().interval(ScorecardSummary.Share.NEGATIVE).upper())),
      Column.<Edge>decimal("negativeLower", e -> e.levels().interval(ScorecardSummary.Share.NEGATIVE).lower())
          .except(Column.Target.TEXT, Column.Target.HTML),
      Column.<Edge>decimal("negativeUpper", e -> e.levels().interval(ScorecardSummary.Share.NEGATIVE).upper())
          .except(Column.Target.TEXT, Column.Target.HTML));

  private static final Comparator<Edge> ORDER = Comparator.comparingLong(Edge::transitions).reversed()
      .thenComparing(Edge::fromStart, Comparator.reverseOrder()).thenComparing(Edge::from) // the start node first
      .thenComparing(Edge::toEnd).thenComparing(Edge::to); // the end node last

  /** The most possible edge keys (nodes squared) for which edges are numbered through a table. */
  static final long DENSE_KEYS = 1 << 22;

  static Graph of(Episodes episodes) {
    return of(episodes, DENSE_KEYS);
  }

  /** The graph, edges numbered through a table when there are at most {@code denseKeys} possible keys. */
  static Graph of(Episodes episodes, long denseKeys) {
    Groups g = Groups.of(episodes, denseKeys);
    List<Edge> all = new ArrayList<>(g.size());
    for (int i = 0; i < g.size(); i++) {
      int lo = g.timed()[i];
      int hi = g.timed()[i + 1];
      all.add(new EdgeRow(g.fromId(i), g.toId(i), g.count()[i], g.episodeCount()[i], g.customerCount()[i],
          meanSeconds(g.nanos(), null, lo, hi, hi - lo), medianSeconds(g.nanos(), lo, hi), g.levels(i)));
    }
    return graph(episodes.size(), episodes.customerCount(), episodes.offMapCount(), episodes.duplicateCount(), all);
  }

  /** The unfiltered graph of these edges (in any order) and counts. */
  static Graph graph(long episodeCount, long customerCount, long offMapCount, long duplicateCount, List<Edge> edges) {
    List<Edge> all = new ArrayList<>(edges);
    all.sort(ORDER);
    return Graph.filtered(new Graph(episodeCount, customerCount, offMapCount, duplicateCount, List.copyOf(all), 0, 0,
        List.of(), 0, 0), 0, 0);
  }

  /**
   * The figures of every edge of a set of episodes, edges numbered in ascending order of their key
   * {@code from * nodes + to} (the start node is number {@code k}, the end node {@code k + 1}, for
   * {@code k} touchpoints in the log): the transitions, distinct episodes and customers, the level
   * counts of the encounters led into ({@code levels[edge * 7 + level + 3]}), and the times between
   * the two encounters of each transition, in nanoseconds, grouped by edge: edge {@code i}'s are
   * {@code nanos[timed[i], timed[i + 1])}, in episode order.
   */
  record Groups(List<String> touchpointIds, long[] distinct, long[] count, long[] episodeCount,
      long[] customerCount, long[] levels, long[] nanos, int[] timed) {

    /** The number of nodes: the touchpoints, the start and the end node. */
    long nodes() {
      return touchpointIds.size() + 2L;
    }

    int size() {
      return distinct.length;
    }

    /** The touchpoint edge {@code i} leaves, null for the start node. */
    @Nullable String fromId(int i) {
      int from = (int) (distinct[i] / nodes());
      return from == touchpointIds.size() ? null : touchpointIds.get(from);
    }

    /** The touchpoint edge {@code i} leads into, null for the end node. */
    @Nullable String toId(int i) {
      int to = (int) (distinct[i] % nodes());
      return to == touchpointIds.size() + 1 ? null : touchpointIds.get(to);
    }

    /** The scorecard summary of the encounters edge {@code i} leads into. */
    ScorecardSummary levels(int i) {
      return ScorecardSummary.ofCounts(Arrays.copyOfRange(levels, i * 7, i * 7 + 7));
    }

    static Groups of(Episodes episodes, long denseKeys) {
      EncounterLog log = episodes.log();
      List<String> touchpointIds = log.touchpoints();
      int k = touchpointIds.size();
      long nodes = k + 2L;
      int startNode = k;
      int endNode = k + 1;
      int n = episodes.size();
      int t = Math.toIntExact(episodes.transitionCount());
      // the kept encounters' touchpoints, levels and instants gathered into episode order once: the
      // episodes' order is unrelated to the log's, and the passes below then read memory in order
      EpisodeColumns columns = EpisodeColumns.of(episodes);
      int[] touchpointOf = columns.touchpoint;
      byte[] levelOf = columns.level;
      long[] nanosOf = episodes.keptNanos();
      // pass 1: the edge key of every transition, from * nodes + to
      long[] keys = new long[t];
      int at = 0;
      for (int e = 0; e < n; e++) {
        int previous = startNode;
        for (int p = episodes.startOf(e), end = episodes.startOf(e + 1); p < end; p++) {
          int tp = touchpointOf[p];
          keys[at++] = previous * nodes + tp;
          previous = tp;
        }
        keys[at++] = previous * nodes + endNode;
      }
      // the distinct keys in ascending order, each edge's number its position there: through a table
      // of every possible key when the map is small enough (the usual case), else by sorting the keys
      long space = nodes * nodes;
      int @Nullable [] numberOf = space <= denseKeys ? new int[(int) space] : null;
      long[] distinct;
      int edges = 0;
      if (numberOf != null) {
        for (long key : keys) {
          numberOf[(int) key] = 1;
        }
        distinct = new long[Math.min(t, (int) space)];
        for (int key = 0; key < space; key++) {
          if (numberOf[key] != 0) {
            distinct[edges] = key;
            numberOf[key] = edges++;
          }
        }
      } else {
        distinct = keys.clone();
        Arrays.sort(distinct);
        for (int i = 0; i < distinct.length; i++) {
          if (i == 0 || distinct[i] != distinct[i - 1]) {
            distinct[edges++] = distinct[i];
          }
        }
      }
      distinct = Arrays.copyOf(distinct, edges);
      // pass 2: counts, distinct episodes and customers, levels, times between touchpoints
      long[] count = new long[edges];
      long[] episodeCount = new long[edges];
      long[] customerCount = new long[edges];
      int[] lastEpisode = new int[edges];
      int[] lastCustomer = new int[edges];
      Arrays.fill(lastEpisode, -1);
      Arrays.fill(lastCustomer, -1);
      long[] levels = new long[edges * 7];
      int[] edgeOf = new int[t];
      int[] timed = new int[edges + 1];
      at = 0;
      for (int e = 0; e < n; e++) {
        int c = episodes.customerCode(e);
        int first = episodes.startOf(e);
        int end = episodes.startOf(e + 1);
        for (int p = first; p <= end; p++) {
          int edge = numberOf != null ? numberOf[(int) keys[at]] : Arrays.binarySearch(distinct, keys[at]);
          edgeOf[at++] = edge;
          count[edge]++;
          if (lastEpisode[edge] != e) {
            lastEpisode[edge] = e;
            episodeCount[edge]++;
          }
          if (lastCustomer[edge] != c) {
            lastCustomer[edge] = c;
            customerCount[edge]++;
          }
          if (p < end && levelOf[p] != EncounterLog.NO_LEVEL) {
            levels[edge * 7 + levelOf[p] + 3]++;
          }
          if (p > first && p < end) {
            timed[edge + 1]++;
          }
        }
      }
      // the times between touchpoints grouped by edge
      for (int i = 0; i < edges; i++) {
        timed[i + 1] += timed[i];
      }
      long[] nanos = new long[timed[edges]];
      int[] next = Arrays.copyOf(timed, edges);
      at = 0;
      for (int e = 0; e < n; e++) {
        int first = episodes.startOf(e);
        int end = episodes.startOf(e + 1);
        for (int p = first; p <= end; p++) {
          int edge = edgeOf[at++];
          if (p > first && p < end) {
            nanos[next[edge]++] = nanosOf[p] - nanosOf[p - 1];
          }
        }
      }
      return new Groups(touchpointIds, distinct, count, episodeCount, customerCount, levels, nanos, timed);
    }
  }

  /**
   * The mean time in seconds of {@code times[lo, hi)}, each counted {@code counts[i]} times (once
   * without counts), {@code n} times in all: the sum exact (a {@code long}, or a {@code BigInteger}
   * when it overflows), so that the graph and its tally give the same double; NaN if {@code n = 0}.
   */
  static double meanSeconds(long[] times, long @Nullable [] counts, int lo, int hi, long n) {
    if (n == 0) {
      return Double.NaN;
    }
    try {
      long sum = 0;
      for (int i = lo; i < hi; i++) {
        sum = Math.addExact(sum, counts == null ? times[i] : Math.multiplyExact(times[i], counts[i]));
      }
      return (double) sum / n / 1e9;
    } catch (ArithmeticException overflow) {
      BigInteger big = BigInteger.ZERO;
      for (int i = lo; i < hi; i++) {
        big = big.add(BigInteger.valueOf(times[i]).multiply(BigInteger.valueOf(counts == null ? 1 : counts[i])));
      }
      return big.doubleValue() / n / 1e9;
    }
  }

  /**
   * The exact median of {@code nanos[lo, hi)} in seconds, NaN if empty: the middle value, or the
   * mean of the two middle values, found by selection (the range is reordered), in linear time on
   * average instead of a sort's {@code n log n}.
   */
  static double medianSeconds(long[] nanos, int lo, int hi) {
    int m = hi - lo;
    if (m == 0) {
      return Double.NaN;
    }
    int mid = lo + m / 2;
    select(nanos, lo, hi, mid);
    if (m % 2 == 1) {
      return nanos[mid] / 1e9;
    }
    long a = nanos[lo];
    for (int i = lo + 1; i < mid; i++) { // the largest of the lower half
      a = Math.max(a, nanos[i]);
    }
    long b = nanos[mid];
    return (a + (b - a) / 2.0) / 1e9;
  }

  /**
   * Reorders {@code a[lo, hi)} so that {@code a[k]} holds the value a sort would put there, with no
   * larger value before it and no smaller one after it: Hoare's FIND with median-of-three pivots,
   * and a sort of the range when it does not shrink fast enough (so never quadratic).
   */
  private static void select(long[] a, int lo, int hi, int k) {
    int left = lo;
    int right = hi - 1;
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(hi - lo)) + 4;
    while (right > left) {
      if (right - left < 16 || budget-- == 0) {
        Arrays.sort(a, left, right + 1);
        return;
      }
      int middle = (left + right) >>> 1;
      long x = a[left];
      long y = a[middle];
      long z = a[right];
      long pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
      int i = left;
      int j = right;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      // a[left, j] <= pivot <= a[i, right]; what lies between equals the pivot
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return;
      }
    }
  }

  /**
   * A {@link DirectlyFollowsGraph}: the counts of its episodes, every edge, the filters and what
   * they keep and remove.
   */
  record Graph(long episodeCount, long customerCount, long offMapCount, long duplicateCount, List<Edge> allEdges,
      long minTransitions, double minShare, List<Edge> edges, long transitions, long removedTransitions)
      implements DirectlyFollowsGraph {

    /** The graph of {@code base}'s counts and edges (in order) with the edges these filters keep. */
    static Graph filtered(Graph base, long minTransitions, double minShare) {
      long total = 0;
      for (Edge e : base.allEdges) {
        total += e.transitions();
      }
      List<Edge> kept = new ArrayList<>();
      long removed = 0;
      for (Edge e : base.allEdges) {
        if (e.transitions() >= minTransitions && e.transitions() >= minShare * total) {
          kept.add(e);
        } else {
          removed += e.transitions();
        }
      }
      return new Graph(base.episodeCount, base.customerCount, base.offMapCount, base.duplicateCount, base.allEdges,
          minTransitions, minShare, List.copyOf(kept), total, removed);
    }

    @Override
    public Tables tables() {
      return ResultTables.builder()
          .line((Cells c) -> c.fill("title.directlyFollows", c.count(edges.size()), c.count(transitions),
              c.count(episodeCount), c.count(customerCount), c.count(removedEdgeCount()), c.count(removedTransitions),
              c.count(offMapCount), c.count(duplicateCount)))
          .field("episodeCount", episodeCount)
          .field("customerCount", customerCount)
          .field("transitions", transitions)
          .field("edgeCount", edges.size())
          .field("removedEdgeCount", removedEdgeCount())
          .field("removedTransitions", removedTransitions)
          .field("minTransitions", minTransitions)
          .field("minShare", minShare)
          .field("offMapCount", offMapCount)
          .field("duplicateCount", duplicateCount)
          .table(ResultTables.table("edges", COLUMNS, edges)).build();
    }

    /**
     * A headline (edges, transitions, episodes, customers, what the filters removed, the encounters
     * set aside) and a table of the kept edges (the first and last ones when there are many).
     */
    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }
}
