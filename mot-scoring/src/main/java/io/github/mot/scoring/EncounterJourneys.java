package io.github.mot.scoring;

import io.github.mot.core.Encounter;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.scoring.log.EncounterLog;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every journey analysis over raw encounters, as an engine runs it: how each customer's encounters
 * are cut into episodes ({@link ObservedJourneys}) and the settings of the analyses of those
 * episodes, the {@link DirectlyFollowsGraph}, an optional {@link Funnel}, the {@link Precursors}
 * of damaging moments and, with a journey map, the {@link Recovery} after them and the {@link
 * Conformance} to the map. {@link #tally(Iterable)} cuts the episodes of some customers once and
 * tallies every analysis ({@link JourneyTallies}); the tallies of shards of customers merge into
 * the {@link JourneyReport} that the analyses give on one machine, bit for bit.
 *
 * <pre>{@code
 * CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
 * EncounterJourneys journeys = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(map))
 *     .withPrecursors(Precursors.withDefaults().withThreshold(-3));
 * byte[] shipped = journeys.toBytes();                                 // to the workers
 * JourneyTallies ann = EncounterJourneys.fromBytes(shipped).tally(annsEncounters);
 * JourneyReport report = ann.merge(journeys.tally(bobsEncounters)).report();
 * }</pre>
 *
 * <p>What is analysed: the graph and the precursors always; the funnel when there is one (by
 * default the stages of the journey map, none without a map); the recovery (journey scores need
 * the map's importances) and the conformance only with a journey map. The funnel is checked
 * against the map when the settings are made, not on a worker: its touchpoints must be on the map,
 * and a grouping by channel needs a map. A grouping by attribute groups nothing here: an {@link
 * Encounter} has no attributes.
 *
 * <p>{@link #toBytes()} describes the settings completely in the library's byte form
 * (docs/byte-form.md, kind 13), so that they travel to an engine's workers. The minimum support of
 * the precursors is part of them: it only filters the report. Instances are immutable and
 * thread-safe; equal when their settings are.
 *
 * @param observing how a customer's encounters are cut into episodes
 * @param funnel the funnel's steps and grouping, or empty for no funnel
 * @param precursors the damaging threshold and minimum support of the precursors
 * @param recovery the thresholds and journey model of the recovery (analysed with a journey map)
 * @since 0.4.0
 */
public record EncounterJourneys(ObservedJourneys observing, Optional<Funnel> funnel, Precursors precursors,
    Recovery recovery) {

  /**
   * The settings; {@link #of} and the {@code withX} copies are the usual way to make them.
   *
   * @param observing how a customer's encounters are cut into episodes
   * @param funnel the funnel, or empty for none
   * @param precursors the precursors' settings
   * @param recovery the recovery's settings
   * @throws IllegalArgumentException if {@code observing} has a journey map that lacks a touchpoint
   *     of the funnel
   * @throws IllegalStateException if the funnel groups by channel and {@code observing} has no
   *     journey map
   * @throws NullPointerException if an argument is null
   */
  public EncounterJourneys {
    Objects.requireNonNull(observing, "observing");
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(precursors, "precursors");
    Objects.requireNonNull(recovery, "recovery");
    // what a worker would meet first: a funnel touchpoint off the map, a grouping by channel without one
    funnel.ifPresent(f -> f.tally().add(observing.observe(EncounterLog.of(List.of()))));
  }

  /**
   * The analyses of episodes cut by {@code observing}, with the defaults: the funnel of the journey
   * map's stages (no funnel without a map), {@link Precursors#withDefaults()}, {@link
   * Recovery#withDefaults()}.
   *
   * @param observing how a customer's encounters are cut into episodes
   * @return the settings
   * @throws NullPointerException if {@code observing} is null
   */
  public static EncounterJourneys of(ObservedJourneys observing) {
    Objects.requireNonNull(observing, "observing");
    return new EncounterJourneys(observing, observing.journey().map(Funnel::ofStages), Precursors.withDefaults(),
        Recovery.withDefaults());
  }

  /**
   * A copy with another funnel.
   *
   * @param funnel the funnel's steps and grouping
   * @return the reconfigured settings
   * @throws IllegalArgumentException if the journey map lacks a touchpoint of the funnel
   * @throws IllegalStateException if the funnel groups by channel and there is no journey map
   * @throws NullPointerException if {@code funnel} is null
   */
  public EncounterJourneys withFunnel(Funnel funnel) {
    return new EncounterJourneys(observing, Optional.of(funnel), precursors, recovery);
  }

  /**
   * A copy without a funnel.
   *
   * @return the reconfigured settings
   */
  public EncounterJourneys withoutFunnel() {
    return new EncounterJourneys(observing, Optional.empty(), precursors, recovery);
  }

  /**
   * A copy with other settings of the precursors.
   *
   * @param precursors the damaging threshold and minimum support
   * @return the reconfigured settings
   * @throws NullPointerException if {@code precursors} is null
   */
  public EncounterJourneys withPrecursors(Precursors precursors) {
    return new EncounterJourneys(observing, funnel, precursors, recovery);
  }

  /**
   * A copy with other settings of the recovery (analysed only with a journey map).
   *
   * @param recovery the thresholds and journey model
   * @return the reconfigured settings
   * @throws NullPointerException if {@code recovery} is null
   */
  public EncounterJourneys withRecovery(Recovery recovery) {
    return new EncounterJourneys(observing, funnel, precursors, recovery);
  }

  /**
   * The tallies of the episodes of some customers' encounters: the episodes cut once ({@code
   * observing().observe(EncounterLog.of(encounters))}) and added to every analysis's tally. Every
   * encounter of a customer must be among them (episodes are cut per customer), in any order;
   * encounters off the journey map are set aside and counted, as {@link ObservedJourneys} does.
   *
   * @param encounters all the encounters of one or more customers
   * @return new tallies
   * @throws IllegalArgumentException if an encounter's instant is outside what the encounter log
   *     holds ({@link EncounterLog#of(Iterable)})
   * @throws NullPointerException if {@code encounters} or one of them is null
   */
  public JourneyTallies tally(Iterable<Encounter> encounters) {
    return tally().add(observing.observe(EncounterLog.of(encounters)));
  }

  /**
   * Empty tallies of these analyses: {@link JourneyTallies#add(Episodes) add} the episodes of
   * shards of customers, {@link JourneyTallies#merge merge} the shards' tallies.
   *
   * @return new tallies
   */
  public JourneyTallies tally() {
    return new JourneyTallies(this);
  }

  /**
   * The analyses on episodes at once, on one machine: what the merged tallies of shards of their
   * customers report.
   *
   * @param episodes episodes observed with {@link #observing()}
   * @return the report
   * @throws IllegalArgumentException if the episodes were observed with other settings
   * @throws NullPointerException if {@code episodes} is null
   */
  public JourneyReport analyze(Episodes episodes) {
    return tally().add(episodes).report();
  }

  /**
   * The settings in the library's byte form: {@code MOT}, kind 13, format version 1; how episodes
   * are cut as in kind 12 (the gap, the start touchpoints in id order, the journey map or 0); the
   * funnel's flag (0 none, 1 a funnel) and the funnel as a funnel tally writes it; the precursors'
   * damaging threshold (signed) and minimum support (count); the recovery's damage and recovery
   * thresholds (signed) and journey model's name (text); a CRC-32C (docs/byte-form.md). Equal
   * settings give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.ENCOUNTER_JOURNEYS, out -> {
      EncounterFunnel.writeObserving(out, observing);
      out.count(funnel.isPresent() ? 1 : 0);
      funnel.ifPresent(f -> f.write(out));
      out.signed(precursors.threshold()).count(precursors.minSupport());
      out.signed(recovery.damageThreshold()).signed(recovery.recoveryThreshold()).text(recovery.model().name());
    });
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the byte form; not kept
   * @return the settings, equal to those written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of
   *     encounter journeys (another program's or kind's bytes, a newer format version, bytes changed
   *     or cut), hold settings no factory accepts (a gap that is not positive, a journey map that
   *     does not validate, a funnel touchpoint off the map, a threshold outside -3..+3, an unknown
   *     journey model), or are not the canonical form of what they hold
   * @throws NullPointerException if {@code bytes} is null
   */
  public static EncounterJourneys fromBytes(byte[] bytes) {
    return EncounterFunnel.readSettings(bytes, ByteForm.Kind.ENCOUNTER_JOURNEYS, EncounterJourneys::toBytes, in -> {
      EncounterFunnel.Observing observing = EncounterFunnel.Observing.read(in);
      Funnel.@Nullable Parts parts = EncounterFunnel.flag(in, "the funnel's flag") ? Funnel.Parts.read(in) : null;
      long threshold = in.signed("the precursors' damaging threshold");
      long minSupport = in.count("the precursors' minimum support");
      long damage = in.signed("the damage threshold");
      long recovered = in.signed("the recovery threshold");
      String model = in.text("the journey model");
      JourneyModel journeyModel = Arrays.stream(JourneyModel.values()).filter(m -> m.name().equals(model)).findFirst()
          .orElseThrow(() -> in.invalid("the journey model", "one of " + Arrays.toString(JourneyModel.values()),
              model));
      return () -> new EncounterJourneys(observing.observing(), Optional.ofNullable(parts).map(Funnel.Parts::funnel),
          new Precursors(Math.toIntExact(threshold), minSupport),
          new Recovery(Math.toIntExact(damage), Math.toIntExact(recovered), journeyModel));
    });
  }

  /**
   * Whether these settings analyse the recovery and the conformance: with a journey map.
   *
   * @return whether there is a journey map
   */
  public boolean hasJourneyMap() {
    return observing.journey().isPresent();
  }

  /**
   * The conformance to the journey map, if there is one.
   *
   * @return the analysis, single-threaded (a worker's customers are few)
   */
  Optional<Conformance> conformance() {
    return observing.journey().map(Conformance::of);
  }
}
