package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.scoring.log.EncounterLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The funnel of a journey over observed {@link Episodes}: how many episodes reach each step, the
 * conversion from the step before with its Wilson interval, and where episodes end.
 *
 * <pre>{@code
 * Episodes episodes = ObservedJourneys.withDefaults().withJourney(map).observe(log);
 * FunnelReport stages = Funnel.ofStages(map).withGroupBy(EpisodeGrouping.channel()).analyze(episodes);
 * FunnelReport checkout = Funnel.of(List.of("greeting", "presenting-goods", "paying")).analyze(episodes);
 * }</pre>
 *
 * <p><b>Steps.</b> A step is a set of touchpoints: a stage of the map ({@link #ofStages}: the
 * stage's touchpoints) or one touchpoint ({@link #of}). A touchpoint belongs to at most one step.
 *
 * <p><b>An ordered ("closed") funnel</b>, the usual definition of web analytics: an episode reaches
 * step 1 when it visits one of step 1's touchpoints, and step {@code k > 1} when it visits one of
 * step {@code k}'s touchpoints <em>after</em> the encounter at which it reached step {@code k - 1}.
 * The episode's encounters are walked once in order, the next step advancing at the first
 * encounter with one of its touchpoints (the earliest match, which reaches as far as any order of
 * matching could); one encounter reaches one step at most. So a step reached out of order (paying
 * before greeting) does not count, and an episode's reached steps are always 1..{@code last}, its
 * <em>last step</em> ({@code 0} when it reaches none). With {@code n(k)} the episodes that reach
 * step {@code k} and {@code n(0)} all episodes:
 *
 * <pre>
 *   reached(k)    = n(k)                     non-increasing in k
 *   conversion(k) = n(k) / n(k - 1)          with its 95% Wilson interval ({@link WilsonInterval})
 *   dropOff(k)    = n(k) - n(k + 1)          the episodes whose last step is k (n(K + 1) = 0)
 *   notEntered    = n(0) - n(1)              the episodes that reach no step
 *   notEntered + dropOff(1) + ... + dropOff(K) = n(0)
 * </pre>
 *
 * <p><b>Groups</b> ({@link #withGroupBy}): the same figures per group of episodes, the group of an
 * episode as {@link EpisodeGrouping} defines it (the channel of its first touchpoint, the staff
 * member or attribute value of its first encounter that has one).
 *
 * <p><b>Mergeable.</b> Every figure is a sum over episodes: {@link #tally()} is a {@link
 * FunnelTally} that adds the episodes of shards of customers, merges with the tallies of other
 * shards (in memory or as bytes) and reports what {@link #analyze} gives on all the episodes at
 * once; {@code analyze} is that tally's report.
 *
 * <p>Cost: one pass over the episodes' encounters with an array lookup each, no object per
 * encounter. Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class Funnel {

  private final List<String> names;
  private final List<List<String>> touchpoints;
  private final @Nullable EpisodeGrouping groupBy;

  private Funnel(List<String> names, List<List<String>> touchpoints, @Nullable EpisodeGrouping groupBy) {
    this.names = names;
    this.touchpoints = touchpoints;
    this.groupBy = groupBy;
  }

  /**
   * The funnel of a journey map's stages, in the map's order: an episode reaches a stage when it
   * visits one of the stage's touchpoints (after it reached the stage before). Stages without a
   * touchpoint are left out.
   *
   * @param journey the journey map
   * @return the funnel, one step per stage with touchpoints, named by the stage's id
   * @throws IllegalArgumentException if no stage of the map has a touchpoint
   * @throws NullPointerException if {@code journey} is null
   */
  public static Funnel ofStages(CustomerJourney journey) {
    Objects.requireNonNull(journey, "journey");
    List<String> names = new ArrayList<>();
    List<List<String>> tps = new ArrayList<>();
    for (JourneyStage stage : journey.stages()) {
      List<String> ids = journey.touchpointsOf(stage.id()).stream().map(Touchpoint::id).toList();
      if (!ids.isEmpty()) {
        names.add(stage.id());
        tps.add(ids);
      }
    }
    if (names.isEmpty()) {
      throw Preconditions.unmet("journey", "have a stage with a touchpoint", "had none");
    }
    return new Funnel(List.copyOf(names), List.copyOf(tps), null);
  }

  /**
   * The funnel of touchpoints in order, one step each.
   *
   * @param touchpointIds the touchpoint ids, at least one, distinct
   * @return the funnel, its steps named by the touchpoint ids
   * @throws IllegalArgumentException if the list is empty, an id is blank or an id repeats
   * @throws NullPointerException if the list or an id is null
   */
  public static Funnel of(List<String> touchpointIds) {
    Objects.requireNonNull(touchpointIds, "touchpointIds");
    if (touchpointIds.isEmpty()) {
      throw Preconditions.unmet("touchpointIds", "name at least one touchpoint", "was empty");
    }
    Set<String> seen = new HashSet<>();
    List<List<String>> tps = new ArrayList<>();
    for (String id : touchpointIds) {
      Preconditions.notBlank("funnel touchpoint id", Objects.requireNonNull(id, "funnel touchpoint id"));
      if (!seen.add(id)) {
        throw Preconditions.unmet("funnel touchpoint ids", "be distinct", "'" + id + "' repeats");
      }
      tps.add(List.of(id));
    }
    return new Funnel(List.copyOf(touchpointIds), List.copyOf(tps), null);
  }

  /**
   * A copy that also gives the funnel of each group of episodes.
   *
   * @param grouping how episodes are grouped
   * @return the reconfigured funnel
   * @throws NullPointerException if {@code grouping} is null
   */
  public Funnel withGroupBy(EpisodeGrouping grouping) {
    return new Funnel(names, touchpoints, Objects.requireNonNull(grouping, "grouping"));
  }

  /**
   * The names of the steps in order: stage ids ({@link #ofStages}) or touchpoint ids ({@link #of}).
   *
   * @return an unmodifiable list, not empty
   */
  public List<String> steps() {
    return names;
  }

  /**
   * The touchpoints of each step, in step order.
   *
   * @return an unmodifiable list of unmodifiable lists of touchpoint ids
   */
  public List<List<String>> stepTouchpoints() {
    return touchpoints;
  }

  /**
   * The grouping, if one was given.
   *
   * @return the grouping, empty if none
   */
  public Optional<EpisodeGrouping> groupBy() {
    return Optional.ofNullable(groupBy);
  }

  /**
   * The funnel of a set of episodes.
   *
   * @param episodes the episodes
   * @return the report
   * @throws IllegalArgumentException if a touchpoint of the funnel is unknown to the episodes: not on
   *     their journey map when they were observed with one, else not a touchpoint of the log; or if
   *     the grouping names an attribute the log lacks
   * @throws IllegalStateException if the grouping is by channel and the episodes were observed
   *     without a journey map
   * @throws NullPointerException if {@code episodes} is null
   */
  public FunnelReport analyze(Episodes episodes) {
    Objects.requireNonNull(episodes, "episodes");
    if (groupBy != null && groupBy.absentFrom(episodes.log())) {
      // a tally of shards allows it (a shard may lack the attribute), the analysis of one log does not
      throw Preconditions.invalid("attribute name", "one of "
          + episodes.log().attributes().stream().map(EncounterLog.Attribute::name).toList(), groupBy.name());
    }
    if (episodes.analysis().journey().isEmpty()) {
      List<String> logTouchpoints = episodes.log().touchpoints();
      for (List<String> step : touchpoints) {
        for (String id : step) {
          Preconditions.check(logTouchpoints.contains(id), "funnel touchpoint id", "a touchpoint of the log", id);
        }
      }
    }
    return tally().add(episodes).report();
  }

  /**
   * An empty, mergeable tally of this funnel: {@link FunnelTally#add(Episodes) add} the episodes of
   * shards of customers (each customer's encounters in one shard), {@link FunnelTally#merge merge}
   * the shards' tallies, and {@link FunnelTally#report()} is the report {@link #analyze} gives on
   * all the episodes at once.
   *
   * @return a new tally
   * @since 0.4.0
   */
  public FunnelTally tally() {
    return new FunnelTally(this);
  }

  /**
   * The step of each of the log's touchpoint codes, -1 for none.
   *
   * @throws IllegalArgumentException if the episodes were observed with a map that lacks a touchpoint
   *     of the funnel
   */
  int[] stepOf(Episodes episodes) {
    List<String> logTouchpoints = episodes.log().touchpoints();
    Map<String, Integer> codes = new HashMap<>();
    for (int t = 0; t < logTouchpoints.size(); t++) {
      codes.put(logTouchpoints.get(t), t);
    }
    Optional<CustomerJourney> map = episodes.analysis().journey();
    int[] stepOf = new int[logTouchpoints.size()];
    Arrays.fill(stepOf, -1);
    for (int s = 0; s < touchpoints.size(); s++) {
      for (String id : touchpoints.get(s)) {
        Preconditions.check(map.isEmpty() || map.get().touchpoint(id).isPresent(), "funnel touchpoint id",
            "on the journey map of the episodes", id);
        Integer code = codes.get(id);
        if (code != null) {
          stepOf[code] = s;
        }
      }
    }
    return stepOf;
  }

  /** Writes the funnel's definition in the byte form: steps, their touchpoints, the grouping's key. */
  void write(ByteForm.Writer out) {
    out.count(names.size());
    for (int s = 0; s < names.size(); s++) {
      out.text(names.get(s)).count(touchpoints.get(s).size());
      for (String id : touchpoints.get(s)) {
        out.text(id);
      }
    }
    out.text(groupBy == null ? "" : groupBy.key());
  }

  /**
   * A funnel's definition as read from the byte form, not yet checked.
   *
   * @param names the steps' names
   * @param touchpoints the steps' touchpoint ids
   * @param grouping the grouping's key, {@code ""} for none
   */
  record Parts(List<String> names, List<List<String>> touchpoints, String grouping) {

    /** Reads what {@link Funnel#write} wrote. */
    static Parts read(ByteForm.Reader in) {
      int steps = in.size("the number of steps", in.remaining());
      List<String> names = new ArrayList<>();
      List<List<String>> touchpoints = new ArrayList<>();
      for (int s = 0; s < steps; s++) {
        names.add(in.text("the name of step " + (s + 1)));
        int n = in.size("the number of touchpoints of step " + (s + 1), in.remaining());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          ids.add(in.text("a touchpoint of step " + (s + 1)));
        }
        touchpoints.add(ids);
      }
      return new Parts(names, touchpoints, in.text("the grouping"));
    }

    /**
     * The funnel of these parts: one step at least, names not blank and distinct, every step with a
     * touchpoint, no touchpoint blank or in two steps, a grouping key that {@link EpisodeGrouping}
     * writes.
     *
     * @throws IllegalArgumentException naming the first part that is not so
     */
    Funnel funnel() {
      if (names.isEmpty()) {
        throw Preconditions.unmet("funnel", "have a step", "had none");
      }
      Set<String> seenNames = new HashSet<>();
      Set<String> seenIds = new HashSet<>();
      List<List<String>> tps = new ArrayList<>();
      for (int s = 0; s < names.size(); s++) {
        String name = Preconditions.notBlank("funnel step name", names.get(s));
        Preconditions.check(seenNames.add(name), "funnel step name", "distinct from the names before it", name);
        List<String> ids = touchpoints.get(s);
        if (ids.isEmpty()) {
          throw Preconditions.unmet("funnel step '" + name + "'", "have a touchpoint", "had none");
        }
        for (String id : ids) {
          Preconditions.notBlank("funnel touchpoint id", id);
          Preconditions.check(seenIds.add(id), "funnel touchpoint id", "in one step only", id);
        }
        tps.add(List.copyOf(ids));
      }
      return new Funnel(List.copyOf(names), List.copyOf(tps), EpisodeGrouping.fromKey(grouping));
    }
  }

  /**
   * Two funnels are equal when they have the same steps (names and touchpoints, in order) and the
   * same grouping: their tallies merge.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Funnel f && f.names.equals(names) && f.touchpoints.equals(touchpoints)
        && Objects.equals(f.groupBy, groupBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(names, touchpoints, groupBy);
  }

  /**
   * The funnel in the form {@code "Funnel[steps=[greeting, paying], groupBy=none]"}.
   *
   * @return the settings
   */
  @Override
  public String toString() {
    return "Funnel[steps=" + names + ", groupBy=" + (groupBy == null ? "none" : groupBy.name()) + "]";
  }
}
