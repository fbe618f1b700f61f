package io.github.mot.benchmarks;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.scoring.Conformance;
import io.github.mot.scoring.ConformanceReport;
import io.github.mot.scoring.DirectlyFollowsGraph;
import io.github.mot.scoring.Episodes;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.FunnelReport;
import io.github.mot.scoring.ObservedJourneys;
import io.github.mot.scoring.log.EncounterLog;
import java.util.List;

/**
 * Workload 3 with the library: the log's episodes ({@link ObservedJourneys} with the retail map
 * and the default 30-minute gap), their {@link DirectlyFollowsGraph}, their conformance to the map
 * ({@link Conformance}: the alignment of every episode) and the ordered funnel of the map's stages
 * ({@link Funnel}), from the columnar log.
 */
final class PathsLibrary {

  private static final CustomerJourney RETAIL = JourneyTemplate.RETAIL_COUNTER.journey();
  private static final ObservedJourneys OBSERVED = ObservedJourneys.withDefaults().withJourney(RETAIL);
  private static final Funnel STAGES = Funnel.ofStages(RETAIL);

  private PathsLibrary() {}

  /** What the library computes of workload 3. */
  record Result(DirectlyFollowsGraph graph, ConformanceReport conformance, FunnelReport funnel) {}

  /** The episodes and their graph, conformance and funnel: what the benchmark times. */
  static Result analyse(EncounterLog log, int threads) {
    Episodes episodes = OBSERVED.observe(log);
    return new Result(episodes.directlyFollows(), Conformance.of(RETAIL).withParallelism(threads).check(episodes),
        STAGES.analyze(episodes));
  }

  /** The episodes and their graph only. */
  static DirectlyFollowsGraph graph(EncounterLog log) {
    return OBSERVED.observe(log).directlyFollows();
  }

  /** The figures of the result, for the comparison with the other implementations. */
  static PathsFigures figures(Result result) {
    PathsFigures graphOnly = figures(result.graph());
    long[] funnel = result.funnel().overall().steps().stream().mapToLong(FunnelReport.Step::reached).toArray();
    List<String> ids = PathsWorkload.touchpointIds();
    long[] loops = new long[ids.size()];
    long[] skipped = new long[ids.size()];
    for (ConformanceReport.Deviation d : result.conformance().allDeviations()) {
      int t = ids.indexOf(d.subject());
      if (d.kind() == ConformanceReport.DeviationKind.LOOP) {
        loops[t] = d.episodes();
      } else if (d.kind() == ConformanceReport.DeviationKind.SKIPPED_MOMENT) {
        skipped[t] = d.episodes();
      }
    }
    return new PathsFigures(graphOnly.episodes(), graphOnly.edges(), funnel, loops, skipped);
  }

  /** The graph's figures alone. */
  static PathsFigures figures(DirectlyFollowsGraph graph) {
    PathsFigures f = PathsFigures.of(graph.episodeCount());
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
