package io.github.mot.scoring;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The directly-follows graph of a set of {@link Episodes}, with the quality of each step: for
 * every pair of touchpoints that follow each other within an episode, and from {@link #START} to
 * an episode's first touchpoint and from its last to {@link #END}, an {@link Edge} with the number
 * of transitions, of distinct episodes and customers with it, the mean and median time between the
 * two encounters, and the {@link ScorecardSummary} of the encounters it leads into (mean level,
 * negative share with its Wilson interval).
 *
 * <p>The transitions of all edges add up to {@link Episodes#transitionCount()}: an episode of
 * {@code m} encounters makes {@code m + 1}. A repeated touchpoint (a loop) is an edge from the
 * touchpoint to itself.
 *
 * <p><b>Filters.</b> {@link #withMinTransitions(long)} and {@link #withMinShare(double)} keep the
 * edges of at least so many transitions, so that the graph of a real log stays readable; the
 * edges and transitions they remove are counted ({@link #removedEdgeCount()}, {@link
 * #removedTransitions()}) and printed in the headline, never silently dropped, and the encounters
 * the episodes set aside (off the map, duplicates) are reported with them.
 *
 * <p>Edges are ordered by transitions, most first, then by {@code from} and {@code to} ({@link
 * #START} before every touchpoint id, {@link #END} after, ids by {@link String#compareTo}): the
 * graph does not depend on the order of the log's rows. Cost: two passes over the episodes (edges
 * numbered through a table of every pair of nodes when the map has up to about 2,000 touchpoints,
 * else by a sort of the transitions' edge keys) and a sort of each edge's times, the encounters'
 * touchpoints, levels and instants gathered into episode order first; at most 41 bytes per
 * transition while it is built, one object per edge after.
 * {@link Episodes#directlyFollows()} makes a graph, and so does {@link DirectlyFollowsTally#report()}
 * from the tallies of shards of customers, merged: the two graphs of the same episodes are equal.
 * The graph keeps the counts of the episodes (episodes, customers, encounters set aside), not the
 * episodes. Graphs are equal when their counts, filters and edges are. Instances are immutable
 * and thread-safe.
 *
 * @since 0.4.0
 */
public sealed interface DirectlyFollowsGraph extends Tabular permits DirectlyFollows.Graph {

  /** The text of the start node in {@link Edge#from()}: the start of an episode. */
  String START = "START";

  /** The text of the end node in {@link Edge#to()}: the end of an episode. */
  String END = "END";

  /**
   * One edge of the graph: the transitions from one node to the next within episodes, and the
   * quality of the encounters they lead into. Edges are equal when their nodes and figures are
   * (doubles compared as by {@link Double#compare}). Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  sealed interface Edge permits DirectlyFollows.EdgeRow {

    /**
     * The touchpoint the transitions leave, or {@link #START}.
     *
     * @return the touchpoint id, or {@code "START"} when {@link #fromStart()}
     */
    String from();

    /**
     * The touchpoint the transitions lead into, or {@link #END}.
     *
     * @return the touchpoint id, or {@code "END"} when {@link #toEnd()}
     */
    String to();

    /**
     * Whether this edge leaves the start node (the first encounter of episodes), which tells it
     * from a touchpoint whose id is {@code "START"}.
     *
     * @return whether the edge starts episodes
     */
    boolean fromStart();

    /**
     * Whether this edge leads into the end node (the last encounter of episodes).
     *
     * @return whether the edge ends episodes
     */
    boolean toEnd();

    /**
     * The number of transitions along this edge.
     *
     * @return the count, {@code >= 1}
     */
    long transitions();

    /**
     * The number of distinct episodes with at least one transition along this edge.
     *
     * @return the count, in {@code [1, transitions()]}
     */
    long episodes();

    /**
     * The number of distinct customers with at least one transition along this edge.
     *
     * @return the count, in {@code [1, episodes()]}
     */
    long customers();

    /**
     * The mean time between the two encounters of a transition, in seconds.
     *
     * @return the mean, {@code >= 0}; NaN for an edge from {@link #START} or to {@link #END}
     */
    double meanSeconds();

    /**
     * The exact median time between the two encounters of a transition, in seconds: the middle
     * value of the sorted times, and for an even number the mean of the two middle values (R's
     * {@code median}, Hyndman and Fan type 7 at p = 0.5).
     *
     * @return the median, {@code >= 0}; NaN for an edge from {@link #START} or to {@link #END}
     */
    double medianSeconds();

    /**
     * The scorecard summary of the encounters this edge leads into (those with a level): their mean
     * level, negative share and its Wilson interval ({@link ScorecardSummary#interval}), ...
     *
     * @return the summary; {@link ScorecardSummary#EMPTY} for an edge to {@link #END}
     */
    ScorecardSummary levels();
  }

  /**
   * A copy that keeps only the edges of at least {@code min} transitions (and meets this graph's
   * share filter); the others are counted as removed. 0 or 1 keeps every edge.
   *
   * @param min the fewest transitions an edge needs, {@code >= 0}
   * @return the filtered graph, over the same edges
   * @throws IllegalArgumentException if {@code min} is negative
   */
  default DirectlyFollowsGraph withMinTransitions(long min) {
    Preconditions.check(min >= 0, "minimum transitions", ">= 0", min);
    return DirectlyFollows.Graph.filtered((DirectlyFollows.Graph) this, min, minShare());
  }

  /**
   * A copy that keeps only the edges with at least a share of all transitions ({@code
   * transitions() >= share * transitions()} of the whole graph), and meets this graph's minimum
   * of transitions; the others are counted as removed. 0 keeps every edge.
   *
   * @param share the smallest share of all transitions, in [0, 1]
   * @return the filtered graph, over the same edges
   * @throws IllegalArgumentException if {@code share} is not in [0, 1] (NaN included)
   */
  default DirectlyFollowsGraph withMinShare(double share) {
    Preconditions.unitInterval("minimum share", share);
    return DirectlyFollows.Graph.filtered((DirectlyFollows.Graph) this, minTransitions(), share);
  }

  /**
   * The edges the filters keep, most transitions first.
   *
   * @return an unmodifiable list
   */
  List<Edge> edges();

  /**
   * Every edge, filtered or not, most transitions first.
   *
   * @return an unmodifiable list
   */
  List<Edge> allEdges();

  /**
   * The number of episodes the graph was built from: the transitions from {@link #START}, and
   * those into {@link #END}, each add up to it.
   *
   * @return the count, {@code >= 0}
   * @see Episodes#size()
   */
  long episodeCount();

  /**
   * The number of distinct customers with an episode.
   *
   * @return the count, in {@code [0, episodeCount()]}
   * @see Episodes#customerCount()
   */
  long customerCount();

  /**
   * The number of transitions of every edge, filtered or not: {@link Episodes#transitionCount()}.
   *
   * @return the count, {@code >= 0}
   */
  long transitions();

  /**
   * The number of edges the filters removed.
   *
   * @return {@code allEdges().size() - edges().size()}
   */
  default int removedEdgeCount() {
    return allEdges().size() - edges().size();
  }

  /**
   * The number of transitions along the edges the filters removed.
   *
   * @return the count, in {@code [0, transitions()]}
   */
  long removedTransitions();

  /**
   * The minimum of transitions an edge needs to be kept.
   *
   * @return the minimum, {@code >= 0}
   */
  long minTransitions();

  /**
   * The minimum share of all transitions an edge needs to be kept.
   *
   * @return the share, in [0, 1]
   */
  double minShare();

  /**
   * The edge from one node to another, among the kept edges.
   *
   * @param from a touchpoint id, or {@link #START} for the start node
   * @param to a touchpoint id, or {@link #END} for the end node
   * @return the edge, empty if there is none or the filters removed it (a touchpoint whose id is
   *     {@code "START"} or {@code "END"} matches as the node does: {@link Edge#fromStart()} and
   *     {@link Edge#toEnd()} tell them apart, and {@link #edges()} lists both)
   * @throws NullPointerException if an argument is null
   */
  default Optional<Edge> edge(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    for (Edge e : edges()) {
      if (e.from().equals(from) && e.to().equals(to)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
  /**
   * The number of encounters the episodes set aside because their touchpoint is not on the journey
   * map.
   *
   * @return the count, {@code >= 0}
   * @see Episodes#offMapCount()
   */
  long offMapCount();

  /**
   * The number of duplicate encounters the episodes set aside.
   *
   * @return the count, {@code >= 0}
   * @see Episodes#duplicateCount()
   */
  long duplicateCount();


  /**
   * The graph for every {@link Format}: JSON fields {@code episodeCount}, {@code customerCount},
   * {@code transitions}, {@code edgeCount}, {@code removedEdgeCount}, {@code removedTransitions},
   * {@code minTransitions}, {@code minShare}, {@code offMapCount} and {@code duplicateCount}, and
   * the table {@code edges} of the kept edges with {@code from}, {@code to}, {@code fromStart},
   * {@code toEnd}, {@code transitions}, {@code episodes}, {@code customers}, {@code meanSeconds}
   * and {@code medianSeconds} ({@code null} for edges from START or to END), {@code scored} (the
   * encounters with a level it leads into), {@code meanLevel}, {@code negativeShare} ({@code null}
   * when none is scored) and its 95% Wilson bounds {@code negativeLower} and {@code
   * negativeUpper}. The text shows the first and last rows of a long table.
   *
   * @return the description of this graph
   */
  @Override
  Tables tables();
}
