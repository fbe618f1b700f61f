package io.github.mot.benchmarks;

import io.github.mot.core.JourneyTemplate;
import io.github.mot.scoring.DirectlyFollowsGraph;
import io.github.mot.scoring.Episodes;
import io.github.mot.scoring.ObservedJourneys;
import io.github.mot.scoring.log.EncounterLog;

/**
 * Workload 3 with the library: the log's episodes ({@link ObservedJourneys} with the retail map
 * and the default 30-minute gap) and their {@link DirectlyFollowsGraph}, from the columnar log.
 */
final class PathsLibrary {

  private static final ObservedJourneys OBSERVED =
      ObservedJourneys.withDefaults().withJourney(JourneyTemplate.RETAIL_COUNTER.journey());

  private PathsLibrary() {}

  /** The episodes and their graph: what the benchmark times. */
  static DirectlyFollowsGraph graph(EncounterLog log) {
    Episodes episodes = OBSERVED.observe(log);
    return episodes.directlyFollows();
  }

  /** The graph's figures, for the comparison with the other implementations. */
  static PathsFigures figures(DirectlyFollowsGraph graph) {
    PathsFigures f = PathsFigures.of(graph.episodes().size());
    for (DirectlyFollowsGraph.Edge e : graph.allEdges()) {
      double[] v = new double[PathsFigures.WIDTH];
      v[0] = e.transitions();
      v[1] = e.episodes();
      v[2] = e.customers();
      v[3] = e.meanSeconds();
      v[4] = e.medianSeconds();
      long[] counts = e.levels().counts();
      for (int l = 0; l < 7; l++) {
        v[5 + l] = counts[l];
      }
      f.edges().put(e.from() + ">" + e.to(), v);
    }
    return f;
  }
}
