package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.ByteForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A mutable, mergeable tally of the aggregates of {@link Conformance}: the episodes, the conforming
 * ones, the exact sum of their fitness, the off-map encounters, and per deviation (kind and
 * subject) the episodes it occurs in and its occurrences. These are sums over episodes, so the
 * tally of any shards of customers, merged in any order, is the tally of all of them, and {@link
 * #report()} then equals {@link ConformanceReport#summary()} of {@link Conformance#check} on every
 * episode at once, bit for bit:
 *
 * <pre>{@code
 * Conformance conformance = Conformance.of(map);
 * ConformanceTally north = conformance.tally().add(observe.observe(northLog)); // each shard on its machine
 * ConformanceTally south = ConformanceTally.fromBytes(southBytes, conformance); // a shard's tally, shipped as bytes
 * ConformanceSummary all = north.merge(south).report();
 * }</pre>
 *
 * <p><b>Shards are sets of customers</b>: episodes are cut per customer ({@link ObservedJourneys}),
 * and a customer's off-map encounters are counted in that customer's episodes, so every encounter
 * of a customer must be in one shard (in an engine: key the encounters by customer first).
 *
 * <p>{@link #add} checks the episodes ({@link Conformance#check}, on the analysis's threads) and
 * keeps only the aggregates: a few counts, and two per deviation met, whatever the number of
 * episodes. The per-episode columns and the cost of deviations ({@link ConformanceReport#cost})
 * need the episodes and are not part of the tally. {@link #toBytes()} writes it in the library's
 * versioned byte form (docs/byte-form.md) with the journey map's name and touchpoint ids, which
 * {@link #fromBytes(byte[], Conformance)} checks against the analysis it is given.
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread or shard, then merge.
 *
 * @since 0.4.0
 */
public final class ConformanceTally {

  /** A deviation's kind and subject, ordered by kind then subject. */
  private record Key(ConformanceReport.DeviationKind kind, String subject) {}

  private static final Comparator<Key> KEY_ORDER =
      Comparator.comparing(Key::kind).thenComparing(Key::subject);

  private final Conformance analysis;
  private long episodes;
  private long conforming;
  private final ExactSum fitness = new ExactSum();
  private long attributedOffMap;
  private long unattributedOffMap;
  /** Per deviation: {episodes, occurrences}. */
  private final Map<Key, long[]> deviations = new TreeMap<>(KEY_ORDER);

  ConformanceTally(Conformance analysis) {
    this.analysis = analysis;
  }

  /**
   * The analysis this tallies: its journey map.
   *
   * @return the analysis
   */
  public Conformance analysis() {
    return analysis;
  }

  /**
   * The number of episodes added so far.
   *
   * @return {@code >= 0}
   */
  public long episodeCount() {
    return episodes;
  }

  /**
   * Adds the aggregates of the conformance of these episodes.
   *
   * @param episodes the episodes of a set of customers, none added before, observed with the
   *     analysis's journey map or without a map
   * @return this tally
   * @throws IllegalArgumentException if the episodes were observed with another journey map
   *     (nothing is added)
   * @throws NullPointerException if {@code episodes} is null
   */
  public ConformanceTally add(Episodes episodes) {
    ConformanceReport report = analysis.check(episodes);
    this.episodes = Math.addExact(this.episodes, report.size());
    conforming = Math.addExact(conforming, report.conformingCount());
    fitness.merge(report.fitnessSum());
    attributedOffMap = Math.addExact(attributedOffMap, report.attributedOffMapCount());
    unattributedOffMap = Math.addExact(unattributedOffMap, report.unattributedOffMapCount());
    for (ConformanceReport.Deviation d : report.allDeviations()) {
      add(new Key(d.kind(), d.subject()), d.episodes(), d.occurrences());
    }
    return this;
  }

  private void add(Key key, long withIt, long occurrences) {
    long[] c = deviations.computeIfAbsent(key, k -> new long[2]);
    c[0] = Math.addExact(c[0], withIt);
    c[1] = Math.addExact(c[1], occurrences);
  }

  /**
   * Adds another tally of the same journey map; {@code other} is unchanged.
   *
   * @param other the tally of other customers
   * @return this tally
   * @throws IllegalArgumentException if {@code other} tallies another journey map
   * @throws ArithmeticException if a count overflows a {@code long}
   * @throws NullPointerException if {@code other} is null
   */
  public ConformanceTally merge(ConformanceTally other) {
    if (!other.analysis.journey().equals(analysis.journey())) {
      throw new IllegalArgumentException("merged conformance tallies must be of the same journey map but were of '"
          + analysis.journey().name() + "' and '" + other.analysis.journey().name() + "'");
    }
    episodes = Math.addExact(episodes, other.episodes);
    conforming = Math.addExact(conforming, other.conforming);
    fitness.merge(other.fitness);
    attributedOffMap = Math.addExact(attributedOffMap, other.attributedOffMap);
    unattributedOffMap = Math.addExact(unattributedOffMap, other.unattributedOffMap);
    other.deviations.forEach((key, c) -> add(key, c[0], c[1]));
    return this;
  }

  /**
   * The summary of the episodes added so far: what {@link ConformanceReport#summary()} of {@link
   * Conformance#check} gives on all of them.
   *
   * @return an immutable summary
   */
  public ConformanceSummary report() {
    List<ConformanceReport.Deviation> list = new ArrayList<>();
    deviations.forEach((key, c) -> list.add(new ConformanceReport.DeviationRow(key.kind(), key.subject(), c[0], c[1],
        -1)));
    return ConformanceReport.summary(analysis.journey(), episodes, conforming, fitness, attributedOffMap,
        unattributedOffMap, list);
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 10, format version 1; the journey map's
   * name and the number of its touchpoints and their ids in journey order (texts); the episodes,
   * the conforming episodes (counts), the exact sum of the fitness; the off-map encounters
   * attributed to episodes and those of customers without an episode (counts); the number of
   * deviations and per deviation in order of kind then subject the kind's name and the subject
   * (texts), its occurrences and the episodes with it (counts); a CRC-32C (docs/byte-form.md).
   * Equal tallies give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.CONFORMANCE_TALLY, out -> {
      CustomerJourney journey = analysis.journey();
      out.text(journey.name()).count(journey.touchpoints().size());
      for (Touchpoint t : journey.touchpoints()) {
        out.text(t.id());
      }
      out.count(episodes).count(conforming);
      fitness.write(out);
      out.count(attributedOffMap).count(unattributedOffMap).count(deviations.size());
      deviations.forEach((key, c) -> out.text(key.kind().name()).text(key.subject()).count(c[1]).count(c[0]));
    });
  }

  /**
   * Reads a tally of {@code analysis}'s journey map written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept
   * @param analysis the analysis whose journey map (name and touchpoint ids) the bytes must have
   * @return a new tally with exactly the state written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     conformance tally (another program's or accumulator's bytes, a newer format version, bytes
   *     changed or cut), tally another journey map, or hold a state no tally reaches (more
   *     conforming episodes than episodes, a fitness sum outside [conforming, episodes], an unknown
   *     deviation kind, deviations out of order, a deviation in no episode, in more episodes than
   *     do not conform, or with fewer occurrences than episodes)
   * @throws NullPointerException if an argument is null
   */
  public static ConformanceTally fromBytes(byte[] bytes, Conformance analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return ByteForm.read(bytes, ByteForm.Kind.CONFORMANCE_TALLY, in -> {
      CustomerJourney journey = analysis.journey();
      String name = in.text("the journey map's name");
      int n = in.size("the number of touchpoints", in.remaining());
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(in.text("a touchpoint id"));
      }
      List<String> expected = journey.touchpoints().stream().map(Touchpoint::id).toList();
      if (!name.equals(journey.name()) || !ids.equals(expected)) {
        throw in.malformed("they tally the journey map '" + name + "' of touchpoints " + ids + ", not '"
            + journey.name() + "' of " + expected);
      }
      ConformanceTally t = new ConformanceTally(analysis);
      t.episodes = in.count("the episodes");
      t.conforming = in.count("the conforming episodes");
      if (t.conforming > t.episodes) {
        throw in.invalid("the conforming episodes", "at most the episodes " + t.episodes, t.conforming);
      }
      int at = in.position();
      t.fitness.read(in, "the sum of the fitness", t.episodes, 0, 1);
      if (t.fitness.whole() < t.conforming) {
        throw in.invalid(at, "the sum of the fitness", "at least the conforming episodes " + t.conforming,
            t.fitness.value());
      }
      t.attributedOffMap = in.count("the off-map encounters in episodes");
      t.unattributedOffMap = in.count("the off-map encounters of customers without an episode");
      int count = in.size("the number of deviations", in.remaining());
      @Nullable Key previous = null;
      for (int i = 0; i < count; i++) {
        String kind = in.text("the kind of deviation " + (i + 1));
        ConformanceReport.@Nullable DeviationKind k = null;
        for (ConformanceReport.DeviationKind candidate : ConformanceReport.DeviationKind.values()) {
          k = candidate.name().equals(kind) ? candidate : k;
        }
        if (k == null) {
          throw in.invalid("the kind of deviation " + (i + 1), "one of "
              + java.util.Arrays.toString(ConformanceReport.DeviationKind.values()), kind);
        }
        Key key = new Key(k, in.text("the subject of deviation " + (i + 1)));
        if (previous != null && KEY_ORDER.compare(previous, key) >= 0) {
          throw in.malformed("deviation " + (i + 1) + " " + key.kind() + " " + key.subject() + " comes after "
              + previous.kind() + " " + previous.subject() + ": deviations are written in order, once each");
        }
        long[] pair = KeyedBytes.readPart(in, "the occurrences of deviation " + (i + 1),
            "only deviations met are written", "the episodes of deviation " + (i + 1), "occurrences");
        if (pair[1] == 0 || pair[1] > t.episodes - t.conforming) {
          throw in.invalid("the episodes of deviation " + (i + 1), "in [1, " + (t.episodes - t.conforming)
              + "] (the episodes that do not conform)", pair[1]);
        }
        t.deviations.put(key, new long[] {pair[1], pair[0]});
        previous = key;
      }
      if (t.deviations.isEmpty() && t.conforming < t.episodes) {
        throw in.malformed((t.episodes - t.conforming) + " episodes do not conform but no deviation is written");
      }
      return t;
    });
  }

  /** For example {@code "ConformanceTally[journey=Retail counter, 1204 episodes, 17 deviations]"}. */
  @Override
  public String toString() {
    return "ConformanceTally[journey=" + analysis.journey().name() + ", " + episodes + " episodes, "
        + deviations.size() + " deviations]";
  }
}
