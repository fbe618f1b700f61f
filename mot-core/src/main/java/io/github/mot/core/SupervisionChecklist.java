package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A supervision checklist (the MOT service score sheet): the observable behaviours a supervisor or
 * mystery shopper ticks off at an audit, grouped by step of the behaviour model and tied to
 * touchpoints. Auditing an employee against it yields a compliance score per employee, touchpoint
 * and step.
 *
 * <p>A checklist has a name and at least one item; item ids are unique.
 *
 * <p>JSON: {@code {"name":"Counter audit","items":[...]}}; reading applies every check.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonPropertyOrder({"name", "items"})
public abstract class SupervisionChecklist {

  SupervisionChecklist() {}

  /**
   * Builds a checklist. Required: name and at least one item; the name may be set once, items added
   * in any number.
   *
   * <p>Instances are mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableSupervisionChecklist.Builder {
    Builder() {}
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
   * Returns a checklist of the given items.
   *
   * @param name the name of the checklist, not blank
   * @param items the items in the order of the form, at least one, unique ids
   * @return the checklist
   * @throws IllegalArgumentException if the name is blank, there are no items or two items share an
   *     id
   */
  @JsonCreator
  public static SupervisionChecklist of(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "items", required = true) List<ChecklistItem> items) {
    return builder().name(name).addAllItems(items).build();
  }

  /**
   * The name of the checklist, such as {@code "Counter audit"}.
   *
   * @return a non-blank name
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The items in the order of the form.
   *
   * @return an unmodifiable, non-empty list with unique ids
   */
  @JsonProperty("items")
  public abstract List<ChecklistItem> items();

  @Value.Check
  void check() {
    Checks.namedParts("checklist", name(), "item", "checklist item ids", items(), ChecklistItem::id);
  }

  /**
   * The item with the given id.
   *
   * @param id an item id
   * @return the item, or empty if the checklist has none with that id
   */
  public final Optional<ChecklistItem> item(String id) {
    Objects.requireNonNull(id, "id");
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * The items of one step of the behaviour model, in form order.
   *
   * @param step the step
   * @return an unmodifiable list, possibly empty
   */
  public final List<ChecklistItem> itemsOf(BehaviourStep step) {
    Objects.requireNonNull(step, "step");
    return items().stream().filter(i -> i.step() == step).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The items tied to one touchpoint, in form order.
   *
   * @param touchpointId a touchpoint id
   * @return an unmodifiable list, possibly empty
   */
  public final List<ChecklistItem> itemsAt(String touchpointId) {
    Objects.requireNonNull(touchpointId, "touchpointId");
    return items().stream()
        .filter(i -> i.touchpointId().filter(touchpointId::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The checklist as a table with a title line: item id, step, touchpoint, weight, a {@code !} for
   * critical items, and the text.
   *
   * @return a multi-line table
   */
  @Override
  public String toString() {
    List<Column<ChecklistItem>> columns = List.of(
        Column.text("item", ChecklistItem::id),
        Column.<ChecklistItem>text("step", i -> i.step().label()),
        Column.<ChecklistItem>text("touchpoint", i -> i.touchpointId().orElse("")),
        Column.<ChecklistItem>decimal("weight", ChecklistItem::weight).text((i, c) -> Double.toString(i.weight())),
        Column.<ChecklistItem>text("critical", i -> i.critical() ? "!" : "").header("!"),
        Column.text("text", ChecklistItem::text));
    String title = String.format(Locale.ROOT, "%s: %d items, %d critical", name(), items().size(),
        items().stream().filter(ChecklistItem::critical).count());
    Tables tables = Tables.builder(Labels::of).line(c -> title)
        .table(Table.of("items", columns, items())).finalNewline(false).build();
    return Format.TEXT.render(() -> tables);
  }
}
