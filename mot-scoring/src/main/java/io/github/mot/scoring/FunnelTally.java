package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A mutable, mergeable tally of a {@link Funnel}: per last step reached ({@code 0..K}), the number
 * of episodes, overall and per group. The funnel's figures are sums over episodes, so the tally of
 * any shards of customers, merged, is the tally of all of them, and {@link #report()} then equals
 * {@link Funnel#analyze} on every episode at once, bit for bit:
 *
 * <pre>{@code
 * Funnel funnel = Funnel.ofStages(map).withGroupBy(EpisodeGrouping.channel());
 * FunnelTally north = funnel.tally().add(observe.observe(northLog)); // each shard on its machine
 * FunnelTally south = FunnelTally.fromBytes(southBytes, funnel);      // a shard's tally, shipped as bytes
 * FunnelReport all = north.merge(south).report();
 * }</pre>
 *
 * <p><b>Shards are sets of customers</b>: episodes are cut per customer ({@link ObservedJourneys}),
 * so every encounter of a customer must be in one shard (in an engine: key the encounters by
 * customer first). A shard's episodes are then exactly that customer's episodes of the whole log.
 *
 * <p>A tally holds {@code K + 1} counters overall and per group value met, whatever the number of
 * episodes. {@link #toBytes()} writes it in the library's versioned byte form (docs/byte-form.md),
 * with the funnel's definition, so that {@link #fromBytes(byte[], Funnel)} refuses the tally of
 * another funnel.
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread or shard, then merge.
 *
 * @since 0.4.0
 */
public final class FunnelTally {

  private final Funnel funnel;
  private final int k;
  /** ended[s]: the episodes whose last step is s, 0..K. */
  private final long[] ended;
  /** Per group value (in value order), its ended counts; only groups with an episode. */
  private final Map<String, long[]> groups = new TreeMap<>();
  private long ungrouped;

  FunnelTally(Funnel funnel) {
    this.funnel = funnel;
    this.k = funnel.steps().size();
    this.ended = new long[k + 1];
  }

  /**
   * The funnel this tallies.
   *
   * @return the funnel
   */
  public Funnel funnel() {
    return funnel;
  }

  /**
   * The number of episodes added so far.
   *
   * @return {@code >= 0}
   */
  public long episodeCount() {
    return Arrays.stream(ended).sum();
  }

  /**
   * Adds the last step of every episode: the encounters walked once in order, the next step
   * advancing at the first encounter with one of its touchpoints (see {@link Funnel}). A funnel
   * touchpoint absent from these episodes' log is simply not reached here, and with a grouping by
   * an attribute the log lacks no episode has a group: a shard may lack what others have.
   *
   * @param episodes the episodes of a set of customers, none added before
   * @return this tally
   * @throws IllegalArgumentException if the episodes were observed with a journey map that lacks a
   *     touchpoint of the funnel (nothing is added)
   * @throws IllegalStateException if the grouping is by channel and the episodes were observed
   *     without a journey map (nothing is added)
   * @throws NullPointerException if {@code episodes} is null
   */
  public FunnelTally add(Episodes episodes) {
    int[] stepOf = funnel.stepOf(Objects.requireNonNull(episodes, "episodes"));
    EpisodeColumns columns = EpisodeColumns.of(episodes);
    EpisodeGrouping.@Nullable Groups g = funnel.groupBy()
        .map(by -> by.absentFrom(episodes.log()) ? none(columns.size()) : by.assign(columns)).orElse(null);
    int width = k + 1;
    long[] byGroup = g == null ? new long[0] : new long[g.values().size() * width];
    long outside = 0;
    long[] all = new long[width];
    for (int e = 0, n = columns.size(); e < n; e++) {
      int reached = 0;
      for (int p = columns.start(e), end = columns.end(e); p < end && reached < k; p++) {
        if (stepOf[columns.touchpoint[p]] == reached) {
          reached++;
        }
      }
      all[reached]++;
      if (g != null) {
        int group = g.ofEpisode()[e];
        if (group < 0) {
          outside++;
        } else {
          byGroup[group * width + reached]++;
        }
      }
    }
    add(ended, all);
    ungrouped = Math.addExact(ungrouped, outside);
    if (g != null) {
      for (int i = 0; i < g.values().size(); i++) {
        long[] counts = Arrays.copyOfRange(byGroup, i * width, (i + 1) * width);
        if (Arrays.stream(counts).anyMatch(c -> c != 0)) { // a value of an episode's group
          add(groups.computeIfAbsent(g.values().get(i), v -> new long[width]), counts);
        }
      }
    }
    return this;
  }

  /** No episode has a group: the log lacks the attribute. */
  private static EpisodeGrouping.Groups none(int episodes) {
    int[] ofEpisode = new int[episodes];
    Arrays.fill(ofEpisode, -1);
    return new EpisodeGrouping.Groups(List.of(), ofEpisode);
  }

  private static void add(long[] into, long[] counts) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.addExact(into[i], counts[i]);
    }
  }

  /**
   * Adds another tally of the same funnel; {@code other} is unchanged.
   *
   * @param other the tally of other customers
   * @return this tally
   * @throws IllegalArgumentException if {@code other} tallies another funnel (other steps or
   *     grouping)
   * @throws ArithmeticException if a count overflows a {@code long}
   * @throws NullPointerException if {@code other} is null
   */
  public FunnelTally merge(FunnelTally other) {
    if (!other.funnel.equals(funnel)) {
      throw new IllegalArgumentException("merged funnel tallies must be of the same funnel but were of " + funnel
          + " and " + other.funnel);
    }
    add(ended, other.ended);
    ungrouped = Math.addExact(ungrouped, other.ungrouped);
    other.groups.forEach((value, counts) -> add(groups.computeIfAbsent(value, v -> new long[k + 1]), counts));
    return this;
  }

  /**
   * The report of the episodes added so far: what {@link Funnel#analyze} gives on all of them.
   *
   * @return an immutable report
   */
  public FunnelReport report() {
    List<String> names = funnel.steps();
    List<List<String>> touchpoints = funnel.stepTouchpoints();
    List<FunnelReport.Group> byGroup = new ArrayList<>();
    groups.forEach((value, counts) ->
        byGroup.add(new FunnelReport.Group(value, FunnelReport.steps(names, touchpoints, counts))));
    return new FunnelReport(new FunnelReport.Group("", FunnelReport.steps(names, touchpoints, ended)),
        funnel.groupBy().map(EpisodeGrouping::name).orElse(null), byGroup, ungrouped);
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 6, format version 1; the funnel (the
   * number of steps, each step's name and touchpoint ids, the grouping as {@code kind:name} or
   * {@code ""}), the {@code K + 1} counts of episodes by last step, the number of groups and per
   * group in value order its value and counts, the number of episodes without a group; a CRC-32C
   * (docs/byte-form.md). Equal tallies give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.FUNNEL_TALLY, out -> {
      funnel.write(out);
      for (long c : ended) {
        out.count(c);
      }
      KeyedBytes.write(out, groups, KeyCodec.text(), (counts, o) -> {
        for (long c : counts) {
          o.count(c);
        }
      });
      out.count(ungrouped);
    });
  }

  /**
   * Reads a tally of {@code funnel} written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept
   * @param funnel the funnel the bytes must tally: its steps and grouping are checked
   * @return a new tally with exactly the counts written, of {@code funnel}
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     funnel tally (another program's or accumulator's bytes, a newer format version, bytes
   *     changed or cut), tally another funnel, or hold counts that do not add up (the groups'
   *     episodes and those without a group must be all the episodes)
   * @throws NullPointerException if an argument is null
   */
  public static FunnelTally fromBytes(byte[] bytes, Funnel funnel) {
    Objects.requireNonNull(funnel, "funnel");
    return ByteForm.read(bytes, ByteForm.Kind.FUNNEL_TALLY, in -> {
      Funnel.Parts parts = Funnel.Parts.read(in);
      List<String> names = parts.names();
      List<List<String>> touchpoints = parts.touchpoints();
      String grouping = parts.grouping();
      String expected = funnel.groupBy().map(EpisodeGrouping::key).orElse("");
      if (!names.equals(funnel.steps()) || !touchpoints.equals(funnel.stepTouchpoints()) || !grouping.equals(expected)) {
        throw in.malformed("they tally the funnel of steps " + names + " " + touchpoints
            + (grouping.isEmpty() ? "" : " grouped by " + grouping) + ", not " + funnel + " " + funnel.stepTouchpoints());
      }
      FunnelTally t = new FunnelTally(funnel);
      for (int s = 0; s <= t.k; s++) {
        t.ended[s] = in.count("the episodes whose last step is " + s);
      }
      KeyedBytes.read(in, "group", KeyCodec.text(), t.groups, r -> {
        long[] counts = new long[t.k + 1];
        for (int s = 0; s <= t.k; s++) {
          counts[s] = r.count("a group's episodes whose last step is " + s);
        }
        if (Arrays.stream(counts).allMatch(c -> c == 0)) {
          throw r.malformed("a group holds no episode; every group written holds one at least");
        }
        return counts;
      });
      t.ungrouped = in.count("the episodes without a group");
      long inGroups = t.ungrouped;
      for (long[] counts : t.groups.values()) {
        for (long c : counts) {
          inGroups += c;
        }
      }
      if (grouping.isEmpty() ? !t.groups.isEmpty() || t.ungrouped != 0 : inGroups != t.episodeCount()) {
        throw in.malformed("the groups hold " + inGroups + " episodes (those without a group included) but the"
            + " tally " + t.episodeCount());
      }
      return t;
    });
  }

  /** For example {@code "FunnelTally[Funnel[steps=[greeting, paying], groupBy=none], 1,204 episodes]"}. */
  @Override
  public String toString() {
    return "FunnelTally[" + funnel + ", " + episodeCount() + " episodes]";
  }
}
