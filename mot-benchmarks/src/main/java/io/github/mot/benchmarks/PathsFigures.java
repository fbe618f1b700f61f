package io.github.mot.benchmarks;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures workload 3 asks of every implementation: the number of episodes (a new one after
 * more than 30 minutes without an encounter); per edge of the directly-follows graph ({@code
 * "from>to"}, with {@code START} and {@code END}), the transitions, distinct episodes and
 * customers, the mean and median seconds between the two encounters (NaN for START and END
 * edges) and the counts of the levels -3..+3 of the encounters the edge leads into; per stage of
 * the map the episodes that reach it in order (the ordered funnel); per touchpoint the episodes
 * that visit it more than once (a loop, in the conformance report) and that do not visit it.
 *
 * @param episodes the number of episodes
 * @param edges per edge: transitions, episodes, customers, mean seconds, median seconds, then the
 *     seven level counts
 * @param funnel the episodes that reach each stage, in stage order
 * @param loops per touchpoint (journey order) the episodes that visit it more than once
 * @param unvisited per touchpoint the episodes that do not visit it (the library's skipped
 *     moments also count a moment visited only out of order: at least as many)
 */
public record PathsFigures(long episodes, SortedMap<String, double[]> edges, long[] funnel, long[] loops,
    long[] unvisited) {

  /** The figures of one edge: {@value} values. */
  static final int WIDTH = 12;

  /** An empty set of figures to fill. */
  static PathsFigures of(long episodes) {
    return new PathsFigures(episodes, new TreeMap<>(), new long[0], new long[0], new long[0]);
  }

  /**
   * The largest difference between two sets of figures: infinite when the episodes or the edges
   * differ, else the largest absolute difference of a figure (NaN equal to NaN).
   *
   * @param other the other figures
   * @return the difference, {@code >= 0}
   */
  public double maxDifference(PathsFigures other) {
    if (episodes != other.episodes || !edges.keySet().equals(other.edges.keySet())
        || !java.util.Arrays.equals(funnel, other.funnel) || !java.util.Arrays.equals(loops, other.loops)) {
      return Double.POSITIVE_INFINITY;
    }
    double max = 0;
    for (Map.Entry<String, double[]> e : edges.entrySet()) {
      double[] a = e.getValue();
      double[] b = java.util.Objects.requireNonNull(other.edges.get(e.getKey()), "equal key sets");
      for (int i = 0; i < WIDTH; i++) {
        if (Double.isNaN(a[i]) != Double.isNaN(b[i])) {
          return Double.POSITIVE_INFINITY;
        }
        if (!Double.isNaN(a[i])) {
          max = Math.max(max, Math.abs(a[i] - b[i]));
        }
      }
    }
    return max;
  }
}
