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
 * mot-spark's test sources). It reads every {@code encounters-*.csv} shard of a directory with the
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

  /** Time spent reading shards and tallying their logs, summed over the threads. */
  private static final java.util.concurrent.atomic.AtomicLong READ_NANOS = new java.util.concurrent.atomic.AtomicLong();

  private static final java.util.concurrent.atomic.AtomicLong TALLY_NANOS = new java.util.concurrent.atomic.AtomicLong();

  /** Rows read from the log's columns at once. */
  private static final int BLOCK = 4096;

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
      // the log's columns in blocks (its bulk getters); whole ratings through the accumulator's
      // whole-number add, which counts combinations
      int[][] codes = new int[2][BLOCK]; // touchpoint, staff
      byte[] lv = new byte[BLOCK];
      double[][] abc = new double[3][BLOCK]; // appearance, behaviour, communication
      for (int from = 0, n = log.size(); from < n; from += BLOCK) {
        int to = Math.min(n, from + BLOCK);
        log.touchpointCodes(from, to, codes[0], 0);
        log.staffCodes(from, to, codes[1], 0);
        log.levelValues(from, to, lv, 0);
        for (AbcComponent component : AbcComponent.values()) {
          log.ratings(component, from, to, abc[component.ordinal()], 0);
        }
        int[] tp = codes[0];
        int[] st = codes[1];
        double[] a = abc[0];
        double[] b = abc[1];
        double[] c = abc[2];
        for (int i = 0; i < to - from; i++) {
          int t = tp[i];
          int s = st[i];
          if (lv[i] != EncounterLog.NO_LEVEL) {
            lt[t][lv[i] + 3]++;
            if (s >= 0) {
              ls[s][lv[i] + 3]++;
            }
          }
          if (!Double.isNaN(a[i])) {
            add(ft[t], a[i], b[i], c[i]);
            if (s >= 0) {
              add(fs[s], a[i], b[i], c[i]);
            }
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

    /** Whole ratings through the whole-number add; the equal result, faster. */
    private static void add(FirstImpressionAccumulator acc, double a, double b, double c) {
      if (a == (int) a && b == (int) b && c == (int) c) {
        acc.add((int) a, (int) b, (int) c);
      } else {
        acc.add(a, b, c);
      }
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
   * @param dir the directory of {@code encounters-*.csv} shards
   * @param threads the threads, {@code >= 1}
   * @return the merged tally
   * @throws IOException if a shard cannot be read
   */
  static Tally tally(Path dir, int threads) throws IOException {
    List<Path> shards;
    try (Stream<Path> files = Files.list(dir)) {
      shards = files.filter(f -> f.getFileName().toString().startsWith("encounters-")
          && f.getFileName().toString().endsWith(".csv")).sorted().toList();
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
          long start = System.nanoTime();
          EncounterLogReadResult read = reader.readLog(f);
          long read1 = System.nanoTime();
          Tally t = new Tally().add(read);
          READ_NANOS.addAndGet(read1 - start);
          TALLY_NANOS.addAndGet(System.nanoTime() - read1);
          return t;
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
    System.out.printf("library: %d rows, %d rejected, %d touchpoints, %d staff; reading %.1f s, tallying %.1f s"
        + " (summed over the threads)%n", t.rows, t.rejected, t.byTouchpoint.size(), t.byStaff.size(),
        READ_NANOS.get() / 1e9, TALLY_NANOS.get() / 1e9);
  }

  /** One JSON object a line: the key and its first impression. */
  private static void writeLines(Path file, Map<String, FirstImpressionAccumulator> byKey) throws IOException {
    StringBuilder s = new StringBuilder();
    byKey.forEach((k, v) -> s.append("{\"key\":\"").append(k).append("\",\"firstImpression\":")
        .append(Format.JSON.render(v.summary()).strip()).append("}\n"));
    Files.writeString(file, s, StandardCharsets.UTF_8);
  }
}
