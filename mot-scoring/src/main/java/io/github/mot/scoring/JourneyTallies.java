package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The mutable, mergeable tallies of every analysis of {@link EncounterJourneys}: a {@link
 * DirectlyFollowsTally}, a {@link PrecursorTally}, and when the settings have them a {@link
 * FunnelTally}, and with a journey map a {@link RecoveryTally} and a {@link ConformanceTally}. The
 * episodes are added to all of them at once, so that an engine groups the encounters by customer
 * once for every journey analysis; the tallies of any shards of customers, merged in any order, are
 * the tallies of all of them, and {@link #report()} then equals {@link EncounterJourneys#analyze}
 * on every episode at once, bit for bit:
 *
 * <pre>{@code
 * JourneyTallies north = journeys.tally(northEncounters);                     // each shard on its machine
 * JourneyTallies south = JourneyTallies.fromBytes(southBytes, journeys);      // a shard's tallies, shipped as bytes
 * JourneyReport all = north.merge(south).report();
 * }</pre>
 *
 * <p><b>Shards are sets of customers</b>: every encounter of a customer must be in one shard (key
 * the encounters by customer first), as each tally requires.
 *
 * <p>{@link #toBytes()} writes every tally's own byte form in one byte string (docs/byte-form.md,
 * kind 14); each of them carries its own checks (the funnel, the thresholds, the journey map), which
 * {@link #fromBytes(byte[], EncounterJourneys)} applies against the settings it is given.
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread or shard, then merge.
 *
 * @since 0.4.0
 */
public final class JourneyTallies {

  /** The tallies: the funnel's null without a funnel, the recovery's and conformance's without a map. */
  private record Parts(DirectlyFollowsTally graph, @Nullable FunnelTally funnel, PrecursorTally precursors,
      @Nullable RecoveryTally recovery, @Nullable ConformanceTally conformance) {}

  private final EncounterJourneys journeys;
  private final Parts parts;

  JourneyTallies(EncounterJourneys journeys) {
    this(journeys, new Parts(DirectlyFollowsTally.create(), journeys.funnel().map(Funnel::tally).orElse(null),
        journeys.precursors().tally(), journeys.hasJourneyMap() ? journeys.recovery().tally() : null,
        journeys.conformance().map(Conformance::tally).orElse(null)));
  }

  private JourneyTallies(EncounterJourneys journeys, Parts parts) {
    this.journeys = journeys;
    this.parts = parts;
  }

  /**
   * The settings these tallies are of.
   *
   * @return the settings
   */
  public EncounterJourneys journeys() {
    return journeys;
  }

  /**
   * The number of episodes added so far.
   *
   * @return {@code >= 0}
   */
  public long episodeCount() {
    return parts.graph().episodeCount();
  }

  /**
   * Adds the episodes of a set of customers to every tally.
   *
   * @param episodes the episodes of a set of customers, none added before, observed with {@link
   *     EncounterJourneys#observing()}
   * @return these tallies
   * @throws IllegalArgumentException if the episodes were observed with other settings (nothing is
   *     added)
   * @throws NullPointerException if {@code episodes} is null
   */
  public JourneyTallies add(Episodes episodes) {
    Objects.requireNonNull(episodes, "episodes");
    if (!episodes.analysis().equals(journeys.observing())) {
      throw new IllegalArgumentException("journey tallies add episodes observed with " + journeys.observing()
          + " but these were observed with " + episodes.analysis());
    }
    parts.graph().add(episodes);
    if (parts.funnel() != null) {
      parts.funnel().add(episodes);
    }
    parts.precursors().add(episodes);
    if (parts.recovery() != null) {
      parts.recovery().add(episodes);
    }
    if (parts.conformance() != null) {
      parts.conformance().add(episodes);
    }
    return this;
  }

  /**
   * Adds the tallies of other customers with the same settings; {@code other} is unchanged.
   *
   * @param other the tallies of other customers
   * @return these tallies
   * @throws IllegalArgumentException if {@code other}'s settings differ
   * @throws ArithmeticException if a count overflows a {@code long}
   * @throws NullPointerException if {@code other} is null
   */
  public JourneyTallies merge(JourneyTallies other) {
    Objects.requireNonNull(other, "other");
    if (!other.journeys.equals(journeys)) {
      throw new IllegalArgumentException("merged journey tallies must have the same settings but had " + journeys
          + " and " + other.journeys);
    }
    Parts from = (other == this ? fromBytes(toBytes(), journeys) : other).parts;
    parts.graph().merge(from.graph());
    if (parts.funnel() != null) {
      parts.funnel().merge(Objects.requireNonNull(from.funnel()));
    }
    parts.precursors().merge(from.precursors());
    if (parts.recovery() != null) {
      parts.recovery().merge(Objects.requireNonNull(from.recovery()));
    }
    if (parts.conformance() != null) {
      parts.conformance().merge(Objects.requireNonNull(from.conformance()));
    }
    return this;
  }

  /**
   * The report of the episodes added so far: what every analysis gives on all of them at once.
   *
   * @return an immutable report
   */
  public JourneyReport report() {
    return new JourneyResults.JourneysResult(parts.graph().report(), Optional.ofNullable(parts.funnel()).map(FunnelTally::report),
        parts.precursors().report(), Optional.ofNullable(parts.recovery()).map(RecoveryTally::report),
        Optional.ofNullable(parts.conformance()).map(ConformanceTally::report));
  }

  /**
   * The tallies in the library's byte form: {@code MOT}, kind 14, format version 1; the byte form of
   * the directly-follows tally (kind 11), the funnel tally's (kind 6) or an empty byte string without
   * a funnel, the precursor tally's (kind 7), the recovery tally's (kind 9) and the conformance
   * tally's (kind 10) or empty byte strings without a journey map, each as a byte string (its length
   * as a count, then its bytes); a CRC-32C (docs/byte-form.md). Equal tallies give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    Parts p = parts;
    return ByteForm.write(ByteForm.Kind.JOURNEY_TALLIES, out -> out.bytes(p.graph().toBytes())
        .bytes(p.funnel() == null ? new byte[0] : p.funnel().toBytes()).bytes(p.precursors().toBytes())
        .bytes(p.recovery() == null ? new byte[0] : p.recovery().toBytes())
        .bytes(p.conformance() == null ? new byte[0] : p.conformance().toBytes()));
  }

  /**
   * Reads tallies of {@code journeys} written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept
   * @param journeys the settings the tallies must be of
   * @return new tallies with exactly the state written
   * @throws MalformedBytesException if the bytes are not the byte form of journey tallies (another
   *     program's or kind's bytes, a newer format version, bytes changed or cut), hold a tally where
   *     the settings have none or none where they have one, or a tally its own reader refuses (its
   *     message is quoted, for example a funnel or journey map other than the settings')
   * @throws NullPointerException if an argument is null
   */
  public static JourneyTallies fromBytes(byte[] bytes, EncounterJourneys journeys) {
    Objects.requireNonNull(journeys, "journeys");
    return ByteForm.read(bytes, ByteForm.Kind.JOURNEY_TALLIES, in -> {
      DirectlyFollowsTally graph = part(in, "the directly-follows tally", true, DirectlyFollowsTally::fromBytes);
      FunnelTally funnel = part(in, "the funnel tally", journeys.funnel().isPresent(),
          b -> FunnelTally.fromBytes(b, journeys.funnel().orElseThrow()));
      PrecursorTally precursors = part(in, "the precursor tally", true,
          b -> PrecursorTally.fromBytes(b, journeys.precursors()));
      RecoveryTally recovery = part(in, "the recovery tally", journeys.hasJourneyMap(),
          b -> RecoveryTally.fromBytes(b, journeys.recovery()));
      ConformanceTally conformance = part(in, "the conformance tally", journeys.hasJourneyMap(),
          b -> ConformanceTally.fromBytes(b, journeys.conformance().orElseThrow()));
      return new JourneyTallies(journeys, new Parts(Objects.requireNonNull(graph), funnel,
          Objects.requireNonNull(precursors), recovery, conformance));
    });
  }

  /** One tally's byte string: read by {@code read} where the settings have it, empty where not. */
  private static <T> @Nullable T part(ByteForm.Reader in, String field, boolean expected, Function<byte[], T> read) {
    int at = in.position();
    byte[] b = in.bytes(field);
    if (b.length == 0) {
      if (expected) {
        throw in.malformed(field + " at byte " + at + " is empty but the settings have one");
      }
      return null;
    }
    if (!expected) {
      throw in.malformed(field + " at byte " + at + " holds " + b.length + " bytes but the settings have none");
    }
    try {
      return read.apply(b);
    } catch (MalformedBytesException e) {
      throw in.malformed(field + " at byte " + at + " is refused: " + e.getMessage());
    }
  }

  /** For example {@code "JourneyTallies[1204 episodes; funnel, recovery, conformance]"}. */
  @Override
  public String toString() {
    return "JourneyTallies[" + episodeCount() + " episodes; graph" + (parts.funnel() == null ? "" : ", funnel")
        + ", precursors" + (parts.recovery() == null ? "" : ", recovery, conformance") + "]";
  }
}
