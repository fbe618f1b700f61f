package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A customer journey map: the ordered stages a customer passes through and the touchpoints of each
 * stage, some of them flagged as moments of truth.
 *
 * <p>Journey order is stage order, then the order in which touchpoints of one stage were given:
 * {@link #touchpoints()} is always sorted that way, whatever order the builder received them in. A
 * journey has at least one stage; stage ids are unique, touchpoint ids are unique, and every
 * touchpoint belongs to one of the journey's stages.
 *
 * <pre>{@code
 * CustomerJourney journey = CustomerJourney.builder()
 *     .name("Pharmacy")
 *     .addStages(JourneyStage.of("counter", "At the counter"))
 *     .addTouchpoints(Touchpoint.builder().id("advice").name("Advice").stageId("counter")
 *         .channel(Channel.IN_PERSON).momentOfTruth(true).build())
 *     .build();
 * }</pre>
 *
 * <p>To adapt a journey, start from it: {@link #withName(String)}, {@link
 * #withTouchpoint(Touchpoint)}, {@link #withoutTouchpoint(String)} and {@link
 * #withStage(JourneyStage)} return changed copies, and {@code builder().from(journey)} starts a
 * builder with all its stages and touchpoints to add more.
 *
 * <p>{@link #toString()} prints the journey as a table: stage, touchpoint, channel, moment of truth
 * and importance.
 *
 * <p>JSON: {@code {"name":...,"stages":[...],"touchpoints":[...]}}; reading applies every check
 * above.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonPropertyOrder({"name", "stages", "touchpoints"})
public abstract class CustomerJourney {

  /** Journeys longer than this print only their first and last rows. */
  private static final int MAX_ROWS = 60;

  /** How many first and last rows a long journey prints. */
  private static final int KEEP_ROWS = 25;

  CustomerJourney() {}

  /**
   * Builds a journey. Required: name and at least one stage; the name may be set once, stages and
   * touchpoints added in any number.
   *
   * <p>Instances are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCustomerJourney.Builder {
    Builder() {}

    /**
     * Starts from an existing journey: sets its name and adds all its stages and touchpoints. Add
     * more stages and touchpoints afterwards; rename the result with {@link
     * CustomerJourney#withName(String)}.
     *
     * @param journey the journey to start from
     * @return this builder
     * @throws IllegalStateException if the name was already set
     */
    public Builder from(CustomerJourney journey) {
      Objects.requireNonNull(journey, "journey");
      name(journey.name());
      addAllStages(journey.stages());
      addAllTouchpoints(journey.touchpoints());
      return this;
    }
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name of the journey, such as {@code "Retail counter"}.
   *
   * @return a non-blank name
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The stages in journey order.
   *
   * @return an unmodifiable, non-empty list with unique ids
   */
  @JsonProperty("stages")
  public abstract List<JourneyStage> stages();

  /**
   * The touchpoints in journey order: by stage, then in the order given within a stage.
   *
   * @return an unmodifiable list with unique ids, possibly empty
   */
  @JsonProperty("touchpoints")
  public abstract List<Touchpoint> touchpoints();

  /**
   * A copy with another name.
   *
   * @param name the new name, not blank
   * @return the renamed copy
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public abstract CustomerJourney withName(String name);

  /**
   * A copy with other stages. The touchpoints stay; each must still find its stage.
   *
   * @param stages the new stages in journey order, at least one, unique ids
   * @return the changed copy
   * @throws IllegalArgumentException if the stages are empty or have a duplicate id, or a
   *     touchpoint's stage is missing
   */
  public abstract CustomerJourney withStages(Iterable<? extends JourneyStage> stages);

  /**
   * A copy with other touchpoints, put in journey order.
   *
   * @param touchpoints the new touchpoints, unique ids, each in a stage of this journey
   * @return the changed copy
   * @throws IllegalArgumentException if two touchpoints share an id or a touchpoint's stage is not
   *     in this journey
   */
  public abstract CustomerJourney withTouchpoints(Iterable<? extends Touchpoint> touchpoints);

  @JsonCreator
  static CustomerJourney fromJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "stages", required = true) List<JourneyStage> stages,
      @JsonProperty("touchpoints") @Nullable List<Touchpoint> touchpoints) {
    Builder b = builder();
    b.name(name).addAllStages(stages);
    if (touchpoints != null) {
      b.addAllTouchpoints(touchpoints);
    }
    return b.build();
  }

  @Value.Check
  CustomerJourney normalize() {
    String where = Checks.namedParts("journey", name(), "stage", "stage ids", stages(), JourneyStage::id);
    Checks.unique("touchpoint ids", where, touchpoints(), Touchpoint::id);
    Map<String, Integer> stageIndex = new HashMap<>();
    for (JourneyStage s : stages()) {
      stageIndex.put(s.id(), stageIndex.size());
    }
    for (Touchpoint t : touchpoints()) {
      if (!stageIndex.containsKey(t.stageId())) {
        throw Preconditions.unmet(
            "touchpoint '" + t.id() + "'",
            "be in a stage of " + where + " ("
                + stages().stream().map(JourneyStage::id).collect(Collectors.joining(", ")) + ")",
            "its stage was '" + t.stageId() + "'");
      }
    }
    List<Touchpoint> sorted = new ArrayList<>(touchpoints());
    // List.sort is stable: touchpoints of one stage keep the order in which they were given.
    sorted.sort(Comparator.comparingInt(t -> stageIndex.getOrDefault(t.stageId(), 0)));
    if (sorted.equals(touchpoints())) {
      return this;
    }
    return ImmutableCustomerJourney.builder()
        .name(name())
        .addAllStages(stages())
        .addAllTouchpoints(sorted)
        .build();
  }

  /** The position of each touchpoint id in journey order. */
  @Value.Lazy
  Map<String, Integer> positions() {
    Map<String, Integer> positions = new HashMap<>();
    for (Touchpoint t : touchpoints()) {
      positions.put(t.id(), positions.size());
    }
    return Collections.unmodifiableMap(positions);
  }

  /**
   * The touchpoint with the given id.
   *
   * @param id a touchpoint id
   * @return the touchpoint, or empty if the journey has none with that id
   */
  public final Optional<Touchpoint> touchpoint(String id) {
    Integer i = positions().get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(touchpoints().get(i));
  }

  /**
   * The touchpoint with the given id, which must exist.
   *
   * @param id a touchpoint id
   * @return the touchpoint
   * @throws IllegalArgumentException if the journey has no touchpoint with that id
   */
  public final Touchpoint requireTouchpoint(String id) {
    return touchpoint(id).orElseThrow(() -> unknownTouchpoint(id));
  }

  private IllegalArgumentException unknownTouchpoint(String id) {
    return new IllegalArgumentException(
        "unknown touchpoint '" + id + "' in journey '" + name() + "'");
  }

  /**
   * The position of a touchpoint in journey order.
   *
   * @param touchpointId a touchpoint id
   * @return the index in {@link #touchpoints()}, or -1 if the journey has no such touchpoint
   */
  public final int indexOf(String touchpointId) {
    return positions().getOrDefault(Objects.requireNonNull(touchpointId, "touchpointId"), -1);
  }

  /**
   * The stage with the given id.
   *
   * @param stageId a stage id
   * @return the stage, or empty if the journey has none with that id
   */
  public final Optional<JourneyStage> stage(String stageId) {
    Objects.requireNonNull(stageId, "stageId");
    return stages().stream().filter(s -> s.id().equals(stageId)).findFirst();
  }

  /**
   * The touchpoints of one stage, in journey order.
   *
   * @param stageId the id of a stage of this journey
   * @return an unmodifiable list, empty if the stage has no touchpoints
   * @throws IllegalArgumentException if the journey has no stage with that id
   */
  public final List<Touchpoint> touchpointsOf(String stageId) {
    if (stage(stageId).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown stage '" + stageId + "' in journey '" + name() + "'");
    }
    return touchpoints().stream()
        .filter(t -> t.stageId().equals(stageId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The touchpoints flagged as moments of truth, in journey order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public final List<Touchpoint> momentsOfTruth() {
    return touchpoints().stream()
        .filter(Touchpoint::momentOfTruth)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * A copy with the touchpoint added or replaced. A touchpoint with the same id is replaced in
   * place if it stays in its stage; otherwise the touchpoint goes to the end of its stage.
   *
   * @param touchpoint the new or changed touchpoint; its stage must be in this journey
   * @return the changed copy
   * @throws IllegalArgumentException if the touchpoint's stage is not in this journey
   */
  public final CustomerJourney withTouchpoint(Touchpoint touchpoint) {
    Objects.requireNonNull(touchpoint, "touchpoint");
    List<Touchpoint> list = new ArrayList<>(touchpoints());
    int i = indexOf(touchpoint.id());
    if (i >= 0 && list.get(i).stageId().equals(touchpoint.stageId())) {
      list.set(i, touchpoint);
    } else {
      if (i >= 0) {
        list.remove(i);
      }
      list.add(touchpoint);
    }
    return withTouchpoints(list);
  }

  /**
   * A copy without the given touchpoint.
   *
   * @param touchpointId the id of a touchpoint of this journey
   * @return the changed copy
   * @throws IllegalArgumentException if the journey has no touchpoint with that id
   */
  public final CustomerJourney withoutTouchpoint(String touchpointId) {
    int i = indexOf(touchpointId);
    if (i < 0) {
      throw unknownTouchpoint(touchpointId);
    }
    List<Touchpoint> list = new ArrayList<>(touchpoints());
    list.remove(i);
    return withTouchpoints(list);
  }

  /**
   * A copy with the stage added at the end, or, if a stage with the same id exists, renamed in
   * place.
   *
   * @param stage the new or renamed stage
   * @return the changed copy
   */
  public final CustomerJourney withStage(JourneyStage stage) {
    Objects.requireNonNull(stage, "stage");
    List<JourneyStage> list = new ArrayList<>(stages());
    boolean replaced = false;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(stage.id())) {
        list.set(i, stage);
        replaced = true;
      }
    }
    if (!replaced) {
      list.add(stage);
    }
    return withStages(list);
  }

  /**
   * The journey as a table, one row per touchpoint in journey order, with a title line: stage name,
   * touchpoint id and name, channel, a {@code *} for moments of truth, and importance. Journeys of
   * more than 60 touchpoints show the first and last 25 rows.
   *
   * @return a multi-line table
   */
  @Override
  public String toString() {
    List<String[]> rows = new ArrayList<>();
    for (JourneyStage s : stages()) {
      List<Touchpoint> inStage = touchpointsOf(s.id());
      if (inStage.isEmpty()) {
        rows.add(new String[] {s.name(), "(none)", "", "", "", ""});
      }
      String stageCell = s.name();
      for (Touchpoint t : inStage) {
        rows.add(new String[] {stageCell, t.id(), t.name(), t.channel().id(), t.momentOfTruth() ? "*" : "",
            Double.toString(t.importance())});
        stageCell = "";
      }
    }
    List<Column<String[]>> columns = List.of(
        Column.<String[]>text("stage", r -> r[0]),
        Column.<String[]>text("touchpoint", r -> r[1]),
        Column.<String[]>text("name", r -> r[2]),
        Column.<String[]>text("channel", r -> r[3]),
        Column.<String[]>text("momentOfTruth", r -> r[4]).header("MOT"),
        Column.<String[]>text("importance", r -> r[5]).right());
    String title = String.format(Locale.ROOT, "%s: %d stages, %d touchpoints, %d moments of truth", name(),
        stages().size(), touchpoints().size(), momentsOfTruth().size());
    Tables tables = Tables.builder(Labels::of).line(c -> title)
        .table(Table.of("touchpoints", columns, rows).elide(MAX_ROWS, KEEP_ROWS, "")).finalNewline(false).build();
    return Format.TEXT.render(() -> tables);
  }
}
