package io.github.mot.benchmarks;

import static io.github.mot.benchmarks.EncounterWorkload.STAFF;
import static io.github.mot.benchmarks.EncounterWorkload.TOUCHPOINTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Workload 2 as a user would write it without the library: one object per encounter and
 * {@code Collectors.groupingBy} with counting and averaging collectors.
 */
public final class EncounterStreams {

  /** One encounter, as a user would model it. */
  record Row(int touchpoint, int staff, int level, int appearance, int behaviour, int communication) {}

  private final List<Row> rows;

  /**
   * Converts the workload into row objects.
   *
   * @param w the log
   */
  public EncounterStreams(EncounterWorkload w) {
    rows = new ArrayList<>(w.size());
    for (int i = 0; i < w.size(); i++) {
      rows.add(new Row(w.touchpoint()[i], w.staff()[i], w.level()[i], w.appearance()[i], w.behaviour()[i],
          w.communication()[i]));
    }
  }

  /**
   * Computes every figure.
   *
   * @param parallel whether to use parallel streams
   * @return the figures
   */
  public EncounterFigures figures(boolean parallel) {
    var tpLevels = (parallel ? rows.parallelStream() : rows.stream())
        .collect(Collectors.groupingBy(Row::touchpoint,
            Collectors.groupingBy(Row::level, Collectors.counting())));
    var stLevels = (parallel ? rows.parallelStream() : rows.stream())
        .collect(Collectors.groupingBy(Row::staff,
            Collectors.groupingBy(Row::level, Collectors.counting())));
    Map<Integer, Double> first = (parallel ? rows.parallelStream() : rows.stream())
        .collect(Collectors.groupingBy(Row::touchpoint, Collectors.averagingDouble(
            r -> 100.0 * (0.52 * (r.appearance() - 1) + 0.33 * (r.behaviour() - 1)
                + 0.15 * (r.communication() - 1)) / 4.0)));
    double[] tpFirst = new double[TOUCHPOINTS];
    first.forEach((k, v) -> tpFirst[k] = v);
    return new EncounterFigures(EncounterFigures.Groups.derived(counts(tpLevels, TOUCHPOINTS)),
        EncounterFigures.Groups.derived(counts(stLevels, STAFF)), tpFirst);
  }

  private static long[][] counts(Map<Integer, Map<Integer, Long>> grouped, int groups) {
    long[][] counts = new long[groups][7];
    grouped.forEach((g, byLevel) -> byLevel.forEach((l, c) -> counts[g][l + 3] = c));
    return counts;
  }
}
