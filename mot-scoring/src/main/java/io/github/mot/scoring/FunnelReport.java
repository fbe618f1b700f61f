package io.github.mot.scoring;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link Funnel}: per step the episodes that reach it, the conversion from the step
 * before with its 95% Wilson interval and the episodes that end there (drop off after it), for all
 * episodes and, when grouped, per group. The definitions (an ordered, "closed" funnel) are in
 * {@link Funnel}. In every {@link Group} {@code notEntered() + sum of dropOff() == episodeCount()},
 * and {@code reached()} does not increase along the steps.
 *
 * <p>Equality is identity. Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class FunnelReport implements Tabular {

  /**
   * One step of a funnel and the episodes of a group (or all episodes) at it. Immutable and
   * thread-safe.
   *
   * @since 0.4.0
   */
  public sealed interface Step permits StepRow {

    /**
     * The step's number.
     *
     * @return 1 for the first step
     */
    int number();

    /**
     * The step's name: the stage id or the touchpoint id.
     *
     * @return the name
     */
    String name();

    /**
     * The touchpoints whose visit reaches the step.
     *
     * @return an unmodifiable list of touchpoint ids, not empty
     */
    List<String> touchpoints();

    /**
     * The number of episodes that reach this step (in order, see {@link Funnel}).
     *
     * @return {@code n(k)}, {@code >= 0}, not more than the step before
     */
    long reached();

    /**
     * The conversion from the step before: the episodes that reach this step out of those that
     * reached the one before (for the first step, out of all episodes), with its 95% Wilson
     * interval.
     *
     * @return {@code n(k)} successes of {@code n(k - 1)} trials; its estimate is NaN when no
     *     episode reached the step before
     */
    WilsonInterval conversion();

    /**
     * The share of all episodes (of the group) that reach this step: {@code n(k) / n(0)}.
     *
     * @return in [0, 1], NaN without episodes
     */
    double shareOfEpisodes();

    /**
     * The number of episodes whose last step is this one: they drop off after it ({@code n(k) -
     * n(k + 1)}; at the last step, the episodes that complete the funnel).
     *
     * @return {@code >= 0}
     */
    long dropOff();
  }

  /** A step's figures. */
  record StepRow(int number, String name, List<String> touchpoints, long reached, WilsonInterval conversion,
      double shareOfEpisodes, long dropOff) implements Step {
    /** For example {@code "step 2 consultation: 701 reached, conversion 0.9372 [...] (701/748, 95% Wilson)"}. */
    @Override
    public String toString() {
      return "step " + number + " " + name + ": " + reached + " reached, conversion " + conversion + ", drop-off "
          + dropOff;
    }
  }

  /**
   * The funnel of all episodes or of one group of them. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  public static final class Group {
    private final String name;
    private final List<Step> steps;
    private final long episodes;

    Group(String name, List<Step> steps) {
      this.name = name;
      this.steps = steps;
      this.episodes = steps.get(0).conversion().trials();
    }

    /**
     * The group's value ({@code "web"}, a staff id, an attribute value); empty for all episodes.
     *
     * @return the value
     */
    public String name() {
      return name;
    }

    /**
     * The number of episodes of the group.
     *
     * @return {@code n(0) >= 0}
     */
    public long episodeCount() {
      return episodes;
    }

    /**
     * The number of episodes that reach no step.
     *
     * @return {@code n(0) - n(1)}
     */
    public long notEntered() {
      return episodes - steps.get(0).reached();
    }

    /**
     * The number of episodes that reach the last step.
     *
     * @return {@code n(K)}
     */
    public long completed() {
      return steps.get(steps.size() - 1).reached();
    }

    /**
     * The steps in order.
     *
     * @return an unmodifiable list, one per step of the funnel
     */
    public List<Step> steps() {
      return steps;
    }

    /**
     * The group in the form {@code "web: 120 episodes, 31 completed"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
      return (name.isEmpty() ? "all" : name) + ": " + episodes + " episodes, " + completed() + " completed";
    }
  }

  /** The steps of episodes counted by their last step ({@code ended[k]}: last step k, 0 for none). */
  static List<Step> steps(List<String> names, List<List<String>> touchpoints, long[] ended) {
    int k = names.size();
    long[] reached = new long[k + 2];
    for (int s = k; s >= 0; s--) {
      reached[s] = reached[s + 1] + ended[s];
    }
    List<Step> steps = new ArrayList<>(k);
    for (int s = 1; s <= k; s++) {
      steps.add(new StepRow(s, names.get(s - 1), touchpoints.get(s - 1), reached[s],
          WilsonInterval.of(reached[s], reached[s - 1]),
          reached[0] == 0 ? Double.NaN : (double) reached[s] / reached[0], ended[s]));
    }
    return List.copyOf(steps);
  }

  /** A row of the groups' table. */
  private record GroupStep(String group, Step step) {}

  /** The columns of a step, read from a row through {@code step}. */
  private static <R> List<Column<R>> stepColumns(Function<R, Step> step) {
    return ResultTables.concat(List.of(
        Column.<R>integer("step", r -> step.apply(r).number()).header("table.number"),
        Column.<R>text("name", r -> step.apply(r).name()).header("table.step"),
        Column.<R>text("touchpoints", r -> String.join(" | ", step.apply(r).touchpoints())).header("table.touchpoints")
            .except(Column.Target.TEXT),
        Column.<R>integer("reached", r -> step.apply(r).reached()).header("table.reached"),
        Column.<R>decimal("shareOfEpisodes", r -> step.apply(r).shareOfEpisodes()).header("table.shareOfEpisodes")
            .text((r, c) -> c.percent(step.apply(r).shareOfEpisodes()))),
        ResultTables.concat(ResultTables.shareColumns("conversion", "table.conversion", r -> step.apply(r).conversion()),
            List.of(Column.<R>integer("dropOff", r -> step.apply(r).dropOff()).header("table.dropOff"))));
  }

  private static final List<Column<Step>> STEPS = stepColumns(s -> s);

  private static final List<Column<GroupStep>> GROUP_STEPS = ResultTables.concat(
      List.of(Column.<GroupStep>text("group", GroupStep::group).header("table.group")), stepColumns(GroupStep::step));

  private final Group all;
  private final @Nullable String grouping;
  private final List<Group> groups;
  private final long ungrouped;

  FunnelReport(Group all, @Nullable String grouping, List<Group> groups, long ungrouped) {
    this.all = all;
    this.grouping = grouping;
    this.groups = List.copyOf(groups);
    this.ungrouped = ungrouped;
  }

  /**
   * The funnel of all episodes.
   *
   * @return the group of every episode, named {@code ""}
   */
  public Group overall() {
    return all;
  }

  /**
   * The steps of all episodes: {@code overall().steps()}.
   *
   * @return an unmodifiable list
   */
  public List<Step> steps() {
    return all.steps();
  }

  /**
   * The name of the grouping, if the funnel was grouped.
   *
   * @return {@code "channel"}, {@code "staff"} or an attribute's name; empty if not grouped
   */
  public Optional<String> grouping() {
    return Optional.ofNullable(grouping);
  }

  /**
   * The funnel of each group, by group value ({@link String#compareTo}).
   *
   * @return an unmodifiable list, empty if not grouped
   */
  public List<Group> groups() {
    return groups;
  }

  /**
   * The number of episodes in no group (no value for the grouping).
   *
   * @return {@code >= 0}, 0 if not grouped
   */
  public long ungroupedCount() {
    return ungrouped;
  }

  /**
   * The funnel for every {@link Format}: JSON fields {@code stepCount}, {@code episodeCount}, {@code
   * notEntered}, {@code completed}, {@code groupBy} (null if not grouped) and {@code
   * ungroupedCount}; the table {@code steps} with {@code step} (from 1), {@code name}, {@code
   * touchpoints} (joined by {@code " | "}, not in text), {@code reached}, {@code shareOfEpisodes},
   * {@code conversion} (a share, null when the step before had no episode) with {@code
   * conversionLower} and {@code conversionUpper} (95% Wilson), and {@code dropOff}; when grouped,
   * the table {@code groups} with the same columns after {@code group}. The CSV holds both tables
   * under one header, the column {@code table} telling which.
   *
   * @return the description of this report
   */
  @Override
  public Tables tables() {
    Tables.Builder b = ResultTables.builder()
        .csvLevel("table")
        .line((Cells c) -> c.fill("title.funnel", c.count(all.steps().size()), c.count(all.episodeCount()),
            c.count(all.episodeCount() - all.notEntered()), c.count(all.completed()),
            c.percent(all.steps().get(all.steps().size() - 1).shareOfEpisodes())))
        .field("stepCount", all.steps().size())
        .field("episodeCount", all.episodeCount())
        .field("notEntered", all.notEntered())
        .field("completed", all.completed())
        .field("groupBy", grouping)
        .field("ungroupedCount", ungrouped)
        .table(ResultTables.table("steps", STEPS, all.steps()));
    if (grouping != null) {
      String by = GroupedSummary.keyHeader(grouping);
      List<GroupStep> rows = new ArrayList<>();
      for (Group g : groups) {
        for (Step s : g.steps()) {
          rows.add(new GroupStep(g.name(), s));
        }
      }
      b.line((Cells c) -> c.fill("title.funnelGroups", c.label(by), c.count(groups.size()), c.count(ungrouped)))
          .table(ResultTables.table("groups", GROUP_STEPS, rows).header("group", c -> c.label(by)));
    }
    return b.build();
  }

  /**
   * A headline (steps, episodes, entered, completed) and the table of the steps; when grouped, a
   * line and the table of every group's steps.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
