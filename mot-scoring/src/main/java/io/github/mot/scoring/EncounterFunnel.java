package io.github.mot.scoring;

import io.github.mot.core.Channel;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Funnel} over raw encounters: the settings that cut each customer's encounters into
 * episodes ({@link ObservedJourneys}: the gap, the journey map, the start touchpoints) together
 * with the funnel's steps and grouping. It is what an engine ships to its workers: {@link
 * #toBytes()} describes it completely in the library's byte form (docs/byte-form.md, kind 12), and
 * a worker reads it back with {@link #fromBytes(byte[])} and tallies each customer's encounters with
 * {@link #tally(Iterable)}; the tallies merge ({@link FunnelTally#merge}) into the report that
 * {@link Funnel#analyze} gives on one machine.
 *
 * <pre>{@code
 * CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
 * EncounterFunnel stages = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(map), Funnel.ofStages(map));
 * byte[] shipped = stages.toBytes();                           // to the workers
 * FunnelTally ann = EncounterFunnel.fromBytes(shipped).tally(annsEncounters);
 * FunnelReport report = ann.merge(stages.tally(bobsEncounters)).report();
 * }</pre>
 *
 * <p>The funnel is checked against the settings when it is made, not on a worker: a touchpoint of
 * the funnel must be on the journey map if there is one, and a grouping by channel needs a map. A
 * grouping by attribute groups nothing here: an {@link Encounter} has no attributes (read a log
 * with its attributes and use {@link Funnel#analyze} for that).
 *
 * <p>Instances are immutable and thread-safe; equal when their settings and funnels are.
 *
 * @param observing how a customer's encounters are cut into episodes
 * @param funnel the funnel's steps and grouping
 * @since 0.4.0
 */
public record EncounterFunnel(ObservedJourneys observing, Funnel funnel) {

  /**
   * The funnel of episodes cut by {@code observing}; {@link #of} says the same.
   *
   * @param observing how a customer's encounters are cut into episodes
   * @param funnel the funnel's steps and grouping
   * @throws IllegalArgumentException if {@code observing} has a journey map that lacks a touchpoint
   *     of the funnel
   * @throws IllegalStateException if the funnel groups by channel and {@code observing} has no
   *     journey map
   * @throws NullPointerException if an argument is null
   */
  public EncounterFunnel {
    Objects.requireNonNull(observing, "observing");
    Objects.requireNonNull(funnel, "funnel");
    // what a worker would meet first: a funnel touchpoint off the map, a grouping by channel without one
    funnel.tally().add(observing.observe(EncounterLog.of(List.of())));
  }

  /**
   * The funnel of episodes cut by {@code observing}.
   *
   * @param observing how a customer's encounters are cut into episodes
   * @param funnel the funnel's steps and grouping
   * @return the funnel over encounters
   * @throws IllegalArgumentException if {@code observing} has a journey map that lacks a touchpoint
   *     of the funnel
   * @throws IllegalStateException if the funnel groups by channel and {@code observing} has no
   *     journey map
   * @throws NullPointerException if an argument is null
   */
  public static EncounterFunnel of(ObservedJourneys observing, Funnel funnel) {
    return new EncounterFunnel(observing, funnel);
  }

  /**
   * The tally of the episodes of some customers' encounters: {@code
   * funnel().tally().add(observing().observe(EncounterLog.of(encounters)))}. Every encounter of a
   * customer must be among them (episodes are cut per customer), in any order; encounters off the
   * journey map are set aside, as {@link ObservedJourneys} does.
   *
   * @param encounters all the encounters of one or more customers
   * @return a new tally of {@link #funnel()}
   * @throws IllegalArgumentException if an encounter's instant is outside what the encounter log
   *     holds ({@link EncounterLog#of(Iterable)})
   * @throws NullPointerException if {@code encounters} or one of them is null
   */
  public FunnelTally tally(Iterable<Encounter> encounters) {
    return funnel.tally().add(observing.observe(EncounterLog.of(encounters)));
  }

  /**
   * The settings and the funnel in the library's byte form: {@code MOT}, kind 12, format version 1;
   * the gap (seconds signed, nanoseconds), the start touchpoints in id order, the journey map (0
   * for none, or 1 and its name, stages and touchpoints with every field), the funnel as a funnel
   * tally writes it; a CRC-32C (docs/byte-form.md). Equal instances give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.ENCOUNTER_FUNNEL, out -> {
      writeObserving(out, observing);
      funnel.write(out);
    });
  }

  /** Writes how episodes are cut: the gap, the start touchpoints in id order, the journey map (or 0). */
  static void writeObserving(ByteForm.Writer out, ObservedJourneys observing) {
    out.signed(observing.gap().getSeconds()).count(observing.gap().getNano());
    out.count(observing.startTouchpoints().size());
    for (String id : observing.startTouchpoints()) {
      out.text(id);
    }
    Optional<CustomerJourney> journey = observing.journey();
    out.count(journey.isPresent() ? 1 : 0);
    journey.ifPresent(j -> writeJourney(out, j));
  }

  /**
   * The parts of {@link ObservedJourneys} written by {@link #writeObserving}, read; {@link
   * #observing()} builds the settings.
   */
  record Observing(long seconds, long nanos, List<String> starts, @Nullable CustomerJourney journey) {

    static Observing read(ByteForm.Reader in) {
      long seconds = in.signed("the gap's seconds");
      long nanos = in.count("the gap's nanoseconds");
      int n = in.size("the number of start touchpoints", in.remaining());
      List<String> starts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        starts.add(in.text("start touchpoint " + (i + 1)));
      }
      return new Observing(seconds, nanos, starts, flag(in, "the journey map's flag") ? readJourney(in) : null);
    }

    /**
     * The settings.
     *
     * @throws IllegalArgumentException if the factory refuses them
     * @throws ArithmeticException if the gap is out of range
     */
    ObservedJourneys observing() {
      return new ObservedJourneys(Duration.ofSeconds(seconds, nanos), Optional.ofNullable(journey), Set.copyOf(starts));
    }
  }

  private static void writeJourney(ByteForm.Writer out, CustomerJourney journey) {
    out.text(journey.name()).count(journey.stages().size());
    for (JourneyStage s : journey.stages()) {
      out.text(s.id()).text(s.name());
    }
    out.count(journey.touchpoints().size());
    for (Touchpoint t : journey.touchpoints()) {
      out.text(t.id()).text(t.name()).text(t.stageId()).text(t.channel().id());
      out.count(t.role().isPresent() ? 1 : 0);
      t.role().ifPresent(out::text);
      out.count(t.momentOfTruth() ? 1 : 0).real(t.importance());
      out.count(t.typicalContact().isPresent() ? 1 : 0);
      t.typicalContact().ifPresent(d -> out.signed(d.getSeconds()).count(d.getNano()));
    }
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the byte form; not kept
   * @return the funnel over encounters, equal to the one written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     funnel over encounters (another program's or kind's bytes, a newer format version, bytes
   *     changed or cut), hold settings no factory accepts (a gap that is not positive, a journey map
   *     or touchpoint that does not validate, a funnel without steps or with a touchpoint in two
   *     steps, a funnel touchpoint off the map), or are not the canonical form of what they hold
   *     (start touchpoints out of order, touchpoints of the map not in stage order, flags other
   *     than 0 or 1)
   * @throws NullPointerException if {@code bytes} is null
   */
  public static EncounterFunnel fromBytes(byte[] bytes) {
    return readSettings(bytes, ByteForm.Kind.ENCOUNTER_FUNNEL, EncounterFunnel::toBytes, in -> {
      Observing observing = Observing.read(in);
      Funnel.Parts parts = Funnel.Parts.read(in);
      return () -> of(observing.observing(), parts.funnel());
    });
  }

  /**
   * Reads settings whose byte form holds the parts of {@link ObservedJourneys}: {@code parts} reads
   * the fields and returns what builds the settings through their factories, whose refusal becomes
   * a {@code MalformedBytesException}; the settings written again must be {@code bytes}.
   */
  static <T> T readSettings(byte[] bytes, ByteForm.Kind kind, Function<T, byte[]> write,
      Function<ByteForm.Reader, Supplier<T>> parts) {
    T read = ByteForm.read(bytes, kind, in -> {
      Supplier<T> build = parts.apply(in);
      try {
        return build.get();
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
        throw in.malformed("they hold settings that are refused: " + e.getMessage());
      }
    });
    if (!Arrays.equals(write.apply(read), bytes)) {
      throw new ByteForm.Reader(bytes, kind).malformed("they are not in the canonical form of what they hold (" + read
          + "): start touchpoints in id order, the map's touchpoints in stage order, each written once");
    }
    return read;
  }

  static boolean flag(ByteForm.Reader in, String field) {
    long v = in.count(field);
    if (v > 1) {
      throw in.invalid(field, "0 or 1", v);
    }
    return v == 1;
  }

  private static CustomerJourney readJourney(ByteForm.Reader in) {
    String name = in.text("the journey map's name");
    int stages = in.size("the number of stages", in.remaining());
    List<JourneyStage> stageList = new ArrayList<>(stages);
    List<String[]> stageParts = new ArrayList<>(stages);
    for (int i = 0; i < stages; i++) {
      stageParts.add(new String[] {in.text("the id of stage " + (i + 1)), in.text("the name of stage " + (i + 1))});
    }
    int touchpoints = in.size("the number of touchpoints", in.remaining());
    List<Touchpoint> tps = new ArrayList<>(touchpoints);
    List<Runnable> builds = new ArrayList<>(touchpoints);
    for (int i = 0; i < touchpoints; i++) {
      String what = "touchpoint " + (i + 1);
      String id = in.text("the id of " + what);
      String tpName = in.text("the name of " + what);
      String stageId = in.text("the stage of " + what);
      String channel = in.text("the channel of " + what);
      @Nullable String role = flag(in, "the role flag of " + what) ? in.text("the role of " + what) : null;
      boolean moment = flag(in, "the moment-of-truth flag of " + what);
      double importance = in.real("the importance of " + what);
      boolean timed = flag(in, "the typical contact flag of " + what);
      long contactSeconds = timed ? in.signed("the typical contact's seconds of " + what) : 0;
      long contactNanos = timed ? in.count("the typical contact's nanoseconds of " + what) : 0;
      builds.add(() -> tps.add(Touchpoint.builder().id(id).name(tpName).stageId(stageId).channel(Channel.of(channel))
          .role(Optional.ofNullable(role)).momentOfTruth(moment).importance(importance)
          .typicalContact(timed ? Optional.of(Duration.ofSeconds(contactSeconds, contactNanos)) : Optional.empty())
          .build()));
    }
    try {
      for (String[] s : stageParts) {
        stageList.add(JourneyStage.of(s[0], s[1]));
      }
      builds.forEach(Runnable::run);
      return CustomerJourney.builder().name(name).addAllStages(stageList).addAllTouchpoints(tps).build();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw in.malformed("they hold a journey map that is refused: " + e.getMessage());
    }
  }
}
