package io.github.mot.benchmarks;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.io.EncounterLogReadResult;
import io.github.mot.scoring.io.EncounterReader;
import io.github.mot.scoring.log.EncounterLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Workload 4 (issue 16, item 5) with the library on one machine: the same computation as the Beam
 * and Spark throughput runs ({@code BeamThroughput} in mot-beam's and {@code SparkThroughput} in
 * mot-spark's test sources). It reads every {@code *.csv} encounter shard of a directory with the
 * library's reader ({@link EncounterReader#readLog(Path)} on the retail counter journey, ratings on
 * the seven-point scale, lenient, the shards in parallel), tallies per touchpoint and per staff
 * member the scorecard and the first impression with the mergeable accumulators (each shard its
 * own, then merged), and writes the four results as JSON through the library's result model.
 *
 * <pre>
 * java -cp ... io.github.mot.benchmarks.EngineLibrary DIR OUT THREADS
 * </pre>
 *
 * <p>Run by {@code mot-benchmarks/engines.sh}, which times it as a whole process beside the
 * engines.
 */
public final class EngineLibrary {

  private EngineLibrary() {}

  /** The tallies of one shard or of several merged. */
  static final class Tally {
    final GroupedScorecardAccumulator<String> byTouchpoint = GroupedScorecardAccumulator.create("touchpoint");
    final GroupedScorecardAccumulator<String> byStaff = GroupedScorecardAccumulator.create("staff");
    final Map<String, FirstImpressionAccumulator> firstByTouchpoint = new TreeMap<>();
    final Map<String, FirstImpressionAccumulator> firstByStaff = new TreeMap<>();
    long rows;
    long rejected;

    /** Tallies a shard's log, one pass over its columns by dictionary code. */
    Tally add(EncounterLogReadResult read) {
      EncounterLog log = read.log();
      rows += read.rows();
      rejected += read.badRows();
      List<String> touchpoints = log.touchpoints();
      List<String> staff = log.staff();
      FirstImpressionAccumulator[] ft = accumulators(touchpoints.size());
      FirstImpressionAccumulator[] fs = accumulators(staff.size());
      long[][] lt = new long[touchpoints.size()][7];
      long[][] ls = new long[staff.size()][7];
      for (int row = 0, n = log.size(); row < n; row++) {
        int t = log.touchpointCode(row);
        int s = log.staffCode(row);
        if (log.hasLevel(row)) {
          int level = log.levelValue(row) + 3;
          lt[t][level]++;
          if (s >= 0) {
            ls[s][level]++;
          }
        }
        if (log.hasRatings(row)) {
          double a = log.rating(row, AbcComponent.APPEARANCE);
          double b = log.rating(row, AbcComponent.BEHAVIOUR);
          double c = log.rating(row, AbcComponent.COMMUNICATION);
          ft[t].add(a, b, c);
          if (s >= 0) {
            fs[s].add(a, b, c);
          }
        }
      }
      fold(byTouchpoint, touchpoints, lt);
      fold(byStaff, staff, ls);
      fold(firstByTouchpoint, touchpoints, ft);
      fold(firstByStaff, staff, fs);
      return this;
    }

    Tally merge(Tally o) {
      byTouchpoint.merge(o.byTouchpoint);
      byStaff.merge(o.byStaff);
      o.firstByTouchpoint.forEach((k, v) -> firstByTouchpoint.merge(k, v, FirstImpressionAccumulator::merge));
      o.firstByStaff.forEach((k, v) -> firstByStaff.merge(k, v, FirstImpressionAccumulator::merge));
      rows += o.rows;
      rejected += o.rejected;
      return this;
    }

    private static FirstImpressionAccumulator[] accumulators(int n) {
      FirstImpressionAccumulator[] a = new FirstImpressionAccumulator[n];
      for (int i = 0; i < n; i++) {
        a[i] = FirstImpressionAccumulator.create(RatingScale.SEVEN_POINT);
      }
      return a;
    }

    private static void fold(GroupedScorecardAccumulator<String> acc, List<String> keys, long[][] counts) {
      for (int k = 0; k < counts.length; k++) {
        for (int level = 0; level < 7; level++) {
          if (counts[k][level] > 0) {
            acc.add(keys.get(k), level - 3, counts[k][level]);
          }
        }
      }
    }

    private static void fold(Map<String, FirstImpressionAccumulator> into, List<String> keys,
        FirstImpressionAccumulator[] shard) {
      for (int k = 0; k < shard.length; k++) {
        if (shard[k].count() > 0) {
          into.merge(keys.get(k), shard[k], FirstImpressionAccumulator::merge);
        }
      }
    }
  }

  /**
   * Reads the shards of a directory and tallies them, the shards on {@code threads} threads.
   *
   * @param dir the directory of {@code *.csv} shards
   * @param threads the threads, {@code >= 1}
   * @return the merged tally
   * @throws IOException if a shard cannot be read
   */
  static Tally tally(Path dir, int threads) throws IOException {
    List<Path> shards;
    try (Stream<Path> files = Files.list(dir)) {
      shards = files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    EncounterReader reader = EncounterReader.withDefaults()
        .withJourney(JourneyTemplate.RETAIL_COUNTER.journey())
        .withRatingScale(RatingScale.SEVEN_POINT)
        .withThreads(1)
        .lenient();
    List<Tally> parts = new ArrayList<>();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      parts = pool.submit(() -> shards.parallelStream().map(f -> {
        try {
          return new Tally().add(reader.readLog(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(e.getCause());
    } finally {
      pool.shutdown();
    }
    Tally all = new Tally();
    parts.forEach(all::merge);
    return all;
  }

  /**
   * Runs the workload.
   *
   * @param args the shards' directory, the output directory and the threads
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: EngineLibrary DIR OUT THREADS");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    Tally t = tally(Path.of(args[0]), Integer.parseInt(args[2]));
    Files.createDirectories(out);
    Files.writeString(out.resolve("scorecards-by-touchpoint.json"), Format.JSON.render(t.byTouchpoint.summary()));
    Files.writeString(out.resolve("scorecards-by-staff.json"), Format.JSON.render(t.byStaff.summary()));
    writeLines(out.resolve("first-impressions-by-touchpoint.json"), t.firstByTouchpoint);
    writeLines(out.resolve("first-impressions-by-staff.json"), t.firstByStaff);
    System.out.printf("library: %d rows, %d rejected, %d touchpoints, %d staff%n",
        t.rows, t.rejected, t.byTouchpoint.size(), t.byStaff.size());
  }

  /** One JSON object a line: the key and its first impression. */
  private static void writeLines(Path file, Map<String, FirstImpressionAccumulator> byKey) throws IOException {
    StringBuilder s = new StringBuilder();
    byKey.forEach((k, v) -> s.append("{\"key\":\"").append(k).append("\",\"firstImpression\":")
        .append(Format.JSON.render(v.summary()).strip()).append("}\n"));
    Files.writeString(file, s, StandardCharsets.UTF_8);
  }
}
