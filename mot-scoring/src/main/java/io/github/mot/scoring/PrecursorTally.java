package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A mutable, mergeable tally of {@link Precursors}: for each touchpoint and each two-step path, the
 * scored successors it directly precedes and how many of them are damaging. Every figure of the
 * report is computed from these counts, so the tally of any shards of customers, merged, is the
 * tally of all of them, and {@link #report()} then equals {@link Precursors#analyze} on every
 * episode at once, bit for bit (lifts, risk ratios, Katz intervals and Fisher's p are computed when
 * the report is made):
 *
 * <pre>{@code
 * Precursors precursors = Precursors.withDefaults().withThreshold(-2);
 * PrecursorTally north = precursors.tally().add(observe.observe(northLog)); // each shard on its machine
 * PrecursorTally south = PrecursorTally.fromBytes(southBytes, precursors);   // a shard's tally, shipped as bytes
 * PrecursorReport all = north.merge(south).report();
 * }</pre>
 *
 * <p><b>Shards are sets of customers</b>: every encounter of a customer must be in one shard (key
 * the encounters by customer first), so that a shard's episodes are exactly those of the whole log.
 *
 * <p>A tally holds two counts per touchpoint and per path met, whatever the number of episodes.
 * {@link #toBytes()} writes it in the library's versioned byte form (docs/byte-form.md) with the
 * damaging threshold; the minimum support only filters the report and is not part of the tally.
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread or shard, then merge.
 *
 * @since 0.4.0
 */
public final class PrecursorTally {

  private static final Comparator<List<String>> PATH_ORDER =
      Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1));

  private final Precursors analysis;
  /** Per touchpoint id: {support, damaging}. */
  private final Map<String, long[]> touchpoints = new TreeMap<>();
  /** Per path [x, y] (y directly before the successor): {support, damaging}. */
  private final Map<List<String>, long[]> paths = new TreeMap<>(PATH_ORDER);

  PrecursorTally(Precursors analysis) {
    this.analysis = analysis;
  }

  /**
   * The analysis this tallies: its threshold decides which successors are damaging, its minimum
   * support which precursors {@link #report()} lists.
   *
   * @return the analysis
   */
  public Precursors analysis() {
    return analysis;
  }

  /**
   * Adds the scored successors of every episode: each scored encounter with a predecessor in its
   * episode counts for the touchpoint directly before it, and with two predecessors for the path
   * of the two before it.
   *
   * @param episodes the episodes of a set of customers, none added before
   * @return this tally
   * @throws NullPointerException if {@code episodes} is null
   */
  public PrecursorTally add(Episodes episodes) {
    EpisodeColumns columns = EpisodeColumns.of(Objects.requireNonNull(episodes, "episodes"));
    List<String> ids = episodes.log().touchpoints();
    int k = ids.size();
    int threshold = analysis.threshold();
    long[] support = new long[k];
    long[] damaging = new long[k];
    // one key per scored successor with two predecessors: (x * k + y) * 2 + damaging
    long[] keys = new long[columns.touchpoint.length];
    int keyCount = 0;
    for (int e = 0; e < columns.size(); e++) {
      for (int p = columns.start(e) + 1, end = columns.end(e); p < end; p++) {
        if (!columns.scored(p)) {
          continue;
        }
        int bad = columns.level[p] <= threshold ? 1 : 0;
        int y = columns.touchpoint[p - 1];
        support[y]++;
        damaging[y] += bad;
        if (p - 1 > columns.start(e)) {
          keys[keyCount++] = ((long) columns.touchpoint[p - 2] * k + y) * 2 + bad;
        }
      }
    }
    for (int x = 0; x < k; x++) {
      if (support[x] > 0) {
        add(touchpoints.computeIfAbsent(ids.get(x), id -> new long[2]), support[x], damaging[x]);
      }
    }
    // the paths: their keys sorted, each run of one path counted
    Arrays.sort(keys, 0, keyCount);
    for (int i = 0; i < keyCount; ) {
      long path = keys[i] >>> 1;
      long n = 0;
      long bad = 0;
      for (; i < keyCount && keys[i] >>> 1 == path; i++) {
        n++;
        bad += keys[i] & 1;
      }
      List<String> xy = List.of(ids.get((int) (path / k)), ids.get((int) (path % k)));
      add(paths.computeIfAbsent(xy, p -> new long[2]), n, bad);
    }
    return this;
  }

  private static void add(long[] counts, long support, long damaging) {
    counts[0] = Math.addExact(counts[0], support);
    counts[1] = Math.addExact(counts[1], damaging);
  }

  /**
   * Adds another tally with the same damaging threshold; {@code other} is unchanged.
   *
   * @param other the tally of other customers
   * @return this tally
   * @throws IllegalArgumentException if {@code other}'s threshold differs
   * @throws ArithmeticException if a count overflows a {@code long}
   * @throws NullPointerException if {@code other} is null
   */
  public PrecursorTally merge(PrecursorTally other) {
    if (other.analysis.threshold() != analysis.threshold()) {
      throw new IllegalArgumentException("merged precursor tallies must have the same damaging threshold but had "
          + analysis.threshold() + " and " + other.analysis.threshold());
    }
    other.touchpoints.forEach((id, c) -> add(touchpoints.computeIfAbsent(id, x -> new long[2]), c[0], c[1]));
    other.paths.forEach((xy, c) -> add(paths.computeIfAbsent(xy, x -> new long[2]), c[0], c[1]));
    return this;
  }

  /**
   * The report of the successors added so far: what {@link Precursors#analyze} gives on all of
   * them.
   *
   * @return an immutable report
   */
  public PrecursorReport report() {
    PrecursorReport.Population single = population(touchpoints);
    PrecursorReport.Population pairs = population(paths);
    List<PrecursorReport.Precursor> byTouchpoint = new ArrayList<>();
    touchpoints.forEach((id, c) -> byTouchpoint.add(Precursors.precursor(List.of(id), c[0], c[1], single)));
    List<PrecursorReport.Precursor> byPath = new ArrayList<>();
    paths.forEach((xy, c) -> byPath.add(Precursors.precursor(xy, c[0], c[1], pairs)));
    return JourneyResults.PrecursorResult.of(analysis, single, pairs, byTouchpoint, byPath);
  }

  private static PrecursorReport.Population population(Map<?, long[]> counts) {
    long n = 0;
    long d = 0;
    for (long[] c : counts.values()) {
      n += c[0];
      d += c[1];
    }
    return new JourneyResults.PopulationRow(n, d);
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 7, format version 1; the damaging
   * threshold (signed); the number of touchpoints and per touchpoint in order of its id the id,
   * its support and damaging count; the number of paths and per path in order the two ids, its
   * support and damaging count; a CRC-32C (docs/byte-form.md). Equal tallies give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.PRECURSOR_TALLY, out -> {
      out.signed(analysis.threshold());
      KeyedBytes.write(out, touchpoints, KeyCodec.text(), KeyedBytes::writePair);
      out.count(paths.size());
      paths.forEach((xy, c) -> KeyedBytes.writePair(c, out.text(xy.get(0)).text(xy.get(1))));
    });
  }

  private static long[] readCounts(ByteForm.Reader in) {
    return KeyedBytes.readPart(in, "a support", "only precursors of a successor are written", "a damaging count",
        "support");
  }

  /**
   * Reads a tally written by {@link #toBytes()}, to be reported with {@code analysis}'s minimum
   * support.
   *
   * @param bytes the byte form; not kept
   * @param analysis the analysis whose damaging threshold the bytes must have
   * @return a new tally with exactly the counts written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     precursor tally (another program's or accumulator's bytes, a newer format version, bytes
   *     changed or cut), were tallied with another damaging threshold, or hold counts no tally has
   *     (a support of 0, more damaging successors than the support, entries out of order)
   * @throws NullPointerException if an argument is null
   */
  public static PrecursorTally fromBytes(byte[] bytes, Precursors analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return ByteForm.read(bytes, ByteForm.Kind.PRECURSOR_TALLY, in -> {
      KeyedBytes.expectSigned(in, "the damaging threshold", analysis.threshold());
      PrecursorTally t = new PrecursorTally(analysis);
      KeyedBytes.read(in, "touchpoint", KeyCodec.text(), t.touchpoints, PrecursorTally::readCounts);
      int n = in.size("the number of paths", in.remaining());
      List<String> previous = null;
      for (int i = 0; i < n; i++) {
        List<String> xy = List.of(in.text("the first touchpoint of path " + (i + 1)),
            in.text("the second touchpoint of path " + (i + 1)));
        if (previous != null && PATH_ORDER.compare(previous, xy) >= 0) {
          throw in.malformed("path " + (i + 1) + " " + xy + " comes after " + previous
              + ": paths are written in order, once each");
        }
        t.paths.put(xy, readCounts(in));
        previous = xy;
      }
      return t;
    });
  }

  /** For example {@code "PrecursorTally[threshold=-2, 12 touchpoints, 40 paths]"}. */
  @Override
  public String toString() {
    return "PrecursorTally[threshold=" + analysis.threshold() + ", " + touchpoints.size() + " touchpoints, "
        + paths.size() + " paths]";
  }
}
