package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.Touchpoint;
import io.github.mot.scoring.log.EncounterLog;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimal alignment of episodes with a journey map, for {@link Conformance}: what one check
 * shares between its threads (the map's positions, moments of truth and stages, the log's
 * touchpoints on the map, the off-map encounters attributed to episodes, the numbering of the
 * deviations), and an {@link Aligner}, the scratch of one thread. Package-private; immutable but
 * for the aligners, which are single-threaded.
 *
 * <p>The deviations are numbered by one <em>key</em> each: {@code [0, m)} a skipped moment of
 * truth by map position, {@code [m, m + k)} an off-map touchpoint by log touchpoint code, {@code
 * [m + k, 2m + k)} a loop by map position, and from {@code 2m + k} an out-of-order stage pair
 * {@code a * stages + b}.
 */
final class Alignment {

  /*
   * A chain's value: in the high 32 bits the cost its synchronous moves save, |S| + |S_MoT| (one log
   * move each, and one model move each at a moment of truth); in the low 32 bits |S_MoT|, so that of
   * two chains that save as much the one matching more moments of truth is worth more.
   */

  /** Weight of a synchronous move on an optional touchpoint: one log move saved. */
  private static final long OPTIONAL = 1L << 32;

  /** Weight of a synchronous move on a moment of truth: a log move and a model move saved. */
  private static final long MOMENT = (2L << 32) | 1L;

  final Episodes episodes;
  final CustomerJourney journey;
  /** Map touchpoints, log touchpoints, stages. */
  final int m;
  final int k;
  final int stages;
  /** Whether each map position is a moment of truth, and the moments' positions. */
  final boolean[] moment;
  final int[] moments;
  /** The stage index of each map position. */
  final int[] stageOf;
  /** The map position of each log touchpoint code, -1 off the map. */
  final int[] positionOf;
  /** The off-map rows attributed to episode e: attributed[attributedStart[e] .. attributedStart[e + 1]). */
  final int[] attributedStart;
  final int[] attributed;
  /** Off-map rows of customers without an episode. */
  final int unattributed;

  Alignment(CustomerJourney journey, Episodes episodes) {
    this.episodes = episodes;
    this.journey = journey;
    List<Touchpoint> tps = journey.touchpoints();
    List<JourneyStage> stageList = journey.stages();
    this.m = tps.size();
    this.stages = stageList.size();
    Map<String, Integer> stageIndex = new HashMap<>();
    for (JourneyStage s : stageList) {
      stageIndex.put(s.id(), stageIndex.size());
    }
    this.moment = new boolean[m];
    this.stageOf = new int[m];
    int r = 0;
    for (int p = 0; p < m; p++) {
      moment[p] = tps.get(p).momentOfTruth();
      stageOf[p] = stageIndex.getOrDefault(tps.get(p).stageId(), 0); // every touchpoint is in a stage
      r += moment[p] ? 1 : 0;
    }
    this.moments = new int[r];
    for (int p = 0, i = 0; p < m; p++) {
      if (moment[p]) {
        moments[i++] = p;
      }
    }
    EncounterLog log = episodes.log();
    List<String> ids = log.touchpoints();
    this.k = ids.size();
    this.positionOf = new int[k];
    for (int t = 0; t < k; t++) {
      positionOf[t] = journey.indexOf(ids.get(t));
    }
    // each off-map row goes to the last episode of its customer that starts at or before it, or the
    // customer's first episode if it comes before them all
    int[] firstEpisode = new int[log.customers().size()];
    int[] endEpisode = new int[firstEpisode.length];
    Arrays.fill(firstEpisode, -1);
    int n = episodes.size();
    for (int e = n - 1; e >= 0; e--) {
      firstEpisode[episodes.customerCode(e)] = e;
      endEpisode[episodes.customerCode(e)] = Math.max(endEpisode[episodes.customerCode(e)], e + 1);
    }
    int[] rows = episodes.offMapRows();
    int[] episodeOf = new int[rows.length];
    int[] start = new int[n + 1];
    int none = 0;
    for (int i = 0; i < rows.length; i++) {
      int c = log.customerCode(rows[i]);
      int first = firstEpisode[c];
      if (first < 0) {
        episodeOf[i] = -1;
        none++;
        continue;
      }
      long time = log.epochNanos(rows[i]);
      // the last episode in [first, end) whose first encounter is at or before the row, else first
      int lo = first + 1;
      int hi = endEpisode[c];
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (firstNanos(mid) <= time) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int e = lo - 1;
      episodeOf[i] = e;
      start[e + 1]++;
    }
    for (int e = 0; e < n; e++) {
      start[e + 1] += start[e];
    }
    int[] next = Arrays.copyOf(start, n);
    int[] out = new int[rows.length - none];
    for (int i = 0; i < rows.length; i++) {
      if (episodeOf[i] >= 0) {
        out[next[episodeOf[i]]++] = rows[i];
      }
    }
    this.attributedStart = start;
    this.attributed = out;
    this.unattributed = none;
  }

  private long firstNanos(int episode) {
    return episodes.keptNanos()[episodes.startOf(episode)];
  }

  /** Episodes taken at once by a thread: a multiple of 64, so that threads set bits of their own words. */
  static final int RANGE = 1 << 12;

  /** The work of one thread over ranges of episodes. */
  interface Work {
    /**
     * Handles episodes {@code [from, to)}.
     *
     * @param aligner the thread's aligner
     * @param slot the thread's slot, in {@code [0, threads)}
     */
    void run(Aligner aligner, int slot, int from, int to);
  }

  /** The threads {@link #run} uses for at most {@code parallelism}. */
  int threads(int parallelism) {
    return Math.min(parallelism, Math.max(1, episodes.size() / RANGE));
  }

  /**
   * Runs the work over every episode on {@code threads} threads ({@link #threads}), each with its
   * own aligner and slot, taking ranges of {@link #RANGE} episodes in turn.
   */
  void run(int threads, Work work) {
    int n = episodes.size();
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger slots = new java.util.concurrent.atomic.AtomicInteger();
    Runnable each = () -> {
      Aligner a = new Aligner();
      int slot = slots.getAndIncrement();
      for (int r = next.getAndIncrement(); (long) r * RANGE < n; r = next.getAndIncrement()) {
        work.run(a, slot, r * RANGE, Math.min(n, (r + 1) * RANGE));
      }
    };
    io.github.mot.core.internal.Workers.run(each, threads, "mot-conformance");
  }

  /** The number of deviation keys. */
  int keyCount() {
    return 2 * m + k + stages * stages;
  }

  /** The kind of a key. */
  ConformanceReport.DeviationKind kind(int key) {
    if (key < m) {
      return ConformanceReport.DeviationKind.SKIPPED_MOMENT;
    }
    if (key < m + k) {
      return ConformanceReport.DeviationKind.OFF_MAP;
    }
    return key < 2 * m + k ? ConformanceReport.DeviationKind.LOOP : ConformanceReport.DeviationKind.OUT_OF_ORDER;
  }

  /** What a key is about: a touchpoint id, or the stage pair {@code "a > b"}. */
  String subject(int key) {
    if (key < m) {
      return journey.touchpoints().get(key).id();
    }
    if (key < m + k) {
      return episodes.log().touchpoints().get(key - m);
    }
    if (key < 2 * m + k) {
      return journey.touchpoints().get(key - m - k).id();
    }
    int pair = key - 2 * m - k;
    return journey.stages().get(pair / stages).id() + " > " + journey.stages().get(pair % stages).id();
  }

  /** The number of off-map encounters attributed to an episode. */
  int attributedCount(int episode) {
    return attributedStart[episode + 1] - attributedStart[episode];
  }

  /**
   * The alignment of one episode at a time: its scratch arrays grow to the longest episode and are
   * reused, so that aligning allocates nothing per episode. Single-threaded.
   */
  final class Aligner {
    /** The on-map encounters of the episode: map positions, chain weights, predecessors, matched. */
    private int[] position = new int[16];
    private int[] pred = new int[16];
    private boolean[] matched = new boolean[16];
    private int[] nextMatched = new int[16];
    /** Fenwick tree of prefix maxima over map positions, entries valid when stamped this episode. */
    private final long[] treeValue = new long[m + 1];
    private final int[] treeIndex = new int[m + 1];
    private final int[] treeStamp = new int[m + 1];
    /** Visits of each map position, and whether it is matched, valid when stamped. */
    private final int[] visits = new int[m];
    private final int[] visitStamp = new int[m];
    private final int[] matchStamp = new int[m];
    /** Occurrences of each deviation key this episode, and the keys met (but skipped moments). */
    private final int[] occurrences = new int[keyCount()];
    private final int[] keyStamp = new int[keyCount()];
    private int[] keys = new int[16];
    private int keysFound;
    private int stamp;

    /** The figures of the episode aligned last. */
    int length;
    int skipped;
    int offMap;
    int loops;
    int outOfOrder;

    /** Whether the last episode's alignment matched the touchpoint at a map position. */
    boolean matched(int mapPosition) {
      return matchStamp[mapPosition] == stamp;
    }

    /** The deviation keys of the last episode but its skipped moments, in the order met. */
    int keyAt(int i) {
      return keys[i];
    }

    int keysFound() {
      return keysFound;
    }

    /** The occurrences in the last episode of a key found ({@link #keyAt}). */
    int occurrences(int key) {
      return occurrences[key];
    }

    /** The alignment's cost: every log move and every model move on a moment of truth. */
    int cost() {
      return skipped + offMap + loops + outOfOrder;
    }

    /** The worst cost, {@code length + moments}, {@code >= 1}. */
    int worst() {
      return length + moments.length;
    }

    /** Aligns an episode; its figures are then in the fields. */
    void align(int episode) {
      if (++stamp == 0) { // after 2^32 episodes: every stamp is stale again
        Arrays.fill(treeStamp, 0);
        Arrays.fill(visitStamp, 0);
        Arrays.fill(matchStamp, 0);
        Arrays.fill(keyStamp, 0);
        stamp = 1;
      }
      keysFound = 0;
      offMap = 0;
      loops = 0;
      outOfOrder = 0;
      int from = episodes.startOf(episode);
      int to = episodes.startOf(episode + 1);
      grow(to - from);
      int n = 0;
      for (int p = from; p < to; p++) {
        int code = episodes.touchpointAt(p);
        int pos = positionOf[code];
        if (pos < 0) {
          found(m + code);
          offMap++;
        } else {
          position[n++] = pos;
        }
      }
      EncounterLog log = episodes.log();
      for (int i = attributedStart[episode]; i < attributedStart[episode + 1]; i++) {
        found(m + log.touchpointCode(attributed[i]));
        offMap++;
      }
      length = to - from + attributedCount(episode);
      // the heaviest chain of encounters in strictly increasing map positions (a weighted longest
      // increasing subsequence, through the Fenwick tree of prefix maxima)
      int end = -1;
      long endValue = 0;
      for (int i = 0; i < n; i++) {
        int pos = position[i];
        long v = 0;
        int j = -1;
        for (int x = pos; x > 0; x -= x & -x) {
          // the best chain before, the earliest encounter among equals: each tree entry holds the
          // earliest with its value (a later equal one does not replace it)
          if (treeStamp[x] == stamp && (treeValue[x] > v || treeValue[x] == v && treeIndex[x] < j)) {
            v = treeValue[x];
            j = treeIndex[x];
          }
        }
        long w = v + (moment[pos] ? MOMENT : OPTIONAL);
        pred[i] = j;
        for (int x = pos + 1; x <= m; x += x & -x) {
          if (treeStamp[x] != stamp || w > treeValue[x]) {
            treeStamp[x] = stamp;
            treeValue[x] = w;
            treeIndex[x] = i;
          }
        }
        if (w > endValue) {
          endValue = w;
          end = i;
        }
        if (visitStamp[pos] != stamp) {
          visitStamp[pos] = stamp;
          visits[pos] = 0;
        }
        visits[pos]++;
        matched[i] = false;
      }
      for (int i = end; i >= 0; i = pred[i]) {
        matched[i] = true;
        matchStamp[position[i]] = stamp;
      }
      skipped = moments.length - (int) (endValue & 0xFFFF_FFFFL);
      // the first matched encounter after each one
      int after = -1;
      for (int i = n - 1; i >= 0; i--) {
        nextMatched[i] = after;
        if (matched[i]) {
          after = i;
        }
      }
      // every other on-map encounter is a log move: a loop if its touchpoint is visited more than
      // once, else out of order, against the matched encounter it cannot be put in order with
      int before = -1;
      for (int i = 0; i < n; i++) {
        if (matched[i]) {
          before = i;
          continue;
        }
        int pos = position[i];
        if (visits[pos] > 1) {
          found(m + k + pos);
          loops++;
          continue;
        }
        int pair;
        if (before >= 0 && position[before] > pos) {
          pair = stageOf[position[before]] * stages + stageOf[pos];
        } else if (nextMatched[i] >= 0) {
          pair = stageOf[pos] * stages + stageOf[position[nextMatched[i]]];
        } else { // not reached for an optimal alignment: the encounter would extend the chain
          pair = stageOf[pos] * stages + stageOf[pos];
        }
        found(2 * m + k + pair);
        outOfOrder++;
      }
    }

    private void found(int key) {
      if (keyStamp[key] != stamp) {
        keyStamp[key] = stamp;
        occurrences[key] = 0;
        if (keysFound == keys.length) {
          keys = Arrays.copyOf(keys, keysFound * 2);
        }
        keys[keysFound++] = key;
      }
      occurrences[key]++;
    }

    private void grow(int size) {
      if (size > position.length) {
        int s = Math.max(size, position.length * 2);
        position = new int[s];
        pred = new int[s];
        matched = new boolean[s];
        nextMatched = new int[s];
      }
    }
  }
}
