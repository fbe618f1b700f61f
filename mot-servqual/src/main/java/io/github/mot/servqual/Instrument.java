package io.github.mot.servqual;

import io.github.mot.servqual.internal.Text;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A SERVQUAL questionnaire: a name, a rating scale and an ordered list of items, each assigned to
 * a dimension. Item ids are 1-based positions: item 1 is {@code items().get(0)}; its CSV columns
 * are {@code E1}, {@code P1}, {@code A1}, {@code D1}.
 *
 * <p>{@link #standard()} is the 22-item instrument of Parasuraman, Zeithaml and Berry (1988,
 * 1991) on a 7-point scale: tangibles items 1-4, reliability 5-9, responsiveness 10-13,
 * assurance 14-17, empathy 18-22, with short labels in our own words. Adapted instruments have any
 * number of items (1 to {@value #MAX_ITEMS}), any dimensions, any scale of at most 255 points
 * (answers are stored in one byte) and reverse-coded items:
 *
 * <pre>{@code
 * Instrument hospital = Instrument.builder()
 *     .name("Hospital SERVQUAL")
 *     .scale(RatingScale.FIVE_POINT)
 *     .addItems(Item.of("Clean wards", Dimension.TANGIBLES),
 *               Item.of("Nurses come when called", Dimension.RESPONSIVENESS),
 *               Item.reversed("Waiting is too long", Dimension.of("ACCESS")))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Instrument implements Tabular {

  /** The largest number of items an instrument may have. */
  public static final int MAX_ITEMS = 10_000;

  private static final Instrument STANDARD = buildStandard();

  Instrument() {}

  /**
   * The builder of instruments. Set {@code name} and {@code scale} once each, add items in order.
   * Mutable and single-threaded.
   */
  public static final class Builder extends ImmutableInstrument.Builder {
    /** Creates an empty builder: {@link Instrument#builder()}. */
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
   * An instrument from its parts.
   *
   * @param name the name, not blank
   * @param scale the rating scale of every answer, at most 255 points
   * @param items the items in order, 1 to {@value #MAX_ITEMS}
   * @return the instrument
   * @throws IllegalArgumentException if the name is blank, there are no or too many items, or the
   *     scale has more than 255 points
   */
  public static Instrument of(String name, RatingScale scale, List<Item> items) {
    return builder().name(name).scale(scale).addAllItems(items).build();
  }

  /**
   * The standard 22-item SERVQUAL instrument on the 1..7 scale (PZB 1988, 1991): tangibles 1-4,
   * reliability 5-9, responsiveness 10-13, assurance 14-17, empathy 18-22; no reverse-coded items
   * (as in the 1991 revision).
   *
   * @return the standard instrument
   */
  public static Instrument standard() {
    return STANDARD;
  }

  private static Instrument buildStandard() {
    Dimension t = Dimension.TANGIBLES;
    Dimension r = Dimension.RELIABILITY;
    Dimension s = Dimension.RESPONSIVENESS;
    Dimension a = Dimension.ASSURANCE;
    Dimension e = Dimension.EMPATHY;
    return builder()
        .name("SERVQUAL 22")
        .scale(RatingScale.SEVEN_POINT)
        .addItems(
            Item.of("Up-to-date equipment", t),
            Item.of("Attractive facilities", t),
            Item.of("Well-groomed staff", t),
            Item.of("Clear service materials", t),
            Item.of("Does what it promised by the time promised", r),
            Item.of("Sincere effort to solve a problem", r),
            Item.of("Right the first time", r),
            Item.of("Service delivered at the promised time", r),
            Item.of("Accurate, error-free records", r),
            Item.of("Says when the service will happen", s),
            Item.of("Prompt service", s),
            Item.of("Staff always willing to help", s),
            Item.of("Staff never too busy to respond", s),
            Item.of("Staff inspire confidence", a),
            Item.of("Customers feel secure in dealings", a),
            Item.of("Staff consistently courteous", a),
            Item.of("Staff know enough to answer questions", a),
            Item.of("Individual attention", e),
            Item.of("Opening hours that suit customers", e),
            Item.of("Personal attention from staff", e),
            Item.of("Has customers' interests at heart", e),
            Item.of("Understands each customer's needs", e))
        .build();
  }

  /**
   * The instrument's name, such as "SERVQUAL 22".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The rating scale of every answer (E, P, A and D alike).
   *
   * @return the scale, at most 255 points
   */
  public abstract RatingScale scale();

  /**
   * The items in order; item id {@code i} is {@code items().get(i - 1)}.
   *
   * @return the items, at least one
   */
  public abstract List<Item> items();

  @Value.Check
  void check() {
    Preconditions.notBlank("instrument name", name());
    if (items().isEmpty() || items().size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "instrument items must number 1 to " + MAX_ITEMS + " but were " + items().size());
    }
    if (scale().points() > 255) {
      throw new IllegalArgumentException(
          "instrument scale must have at most 255 points but was "
              + scale()
              + " ("
              + scale().points()
              + " points)");
    }
  }

  /**
   * The number of items.
   *
   * @return {@code items().size()}
   */
  public final int size() {
    return items().size();
  }

  /**
   * The item with the given 1-based id.
   *
   * @param id the item id, 1 to {@link #size()}
   * @return the item
   * @throws IllegalArgumentException if the id is out of range
   */
  public final Item item(int id) {
    Preconditions.inRange("item id", id, 1, size());
    return items().get(id - 1);
  }

  /**
   * The dimensions in the order of their first item.
   *
   * @return the distinct dimensions
   */
  @Value.Lazy
  public List<Dimension> dimensions() {
    return List.copyOf(itemsByDimension().keySet());
  }

  /**
   * The ids of a dimension's items, ascending.
   *
   * @param dimension a dimension
   * @return the 1-based ids, empty if no item measures the dimension
   */
  public final List<Integer> itemIds(Dimension dimension) {
    return itemsByDimension().getOrDefault(dimension, List.of());
  }

  /**
   * The item ids of each dimension.
   *
   * @return dimension to ascending item ids, in the order of {@link #dimensions()}
   */
  @Value.Lazy
  Map<Dimension, List<Integer>> itemsByDimension() {
    Map<Dimension, List<Integer>> map = new LinkedHashMap<>();
    for (int i = 0; i < size(); i++) {
      map.computeIfAbsent(items().get(i).dimension(), d -> new ArrayList<>()).add(i + 1);
    }
    map.replaceAll((d, ids) -> List.copyOf(ids));
    return map;
  }

  /** An item with its id. */
  private record Numbered(int id, Item item) {}

  private static final List<Column<Numbered>> ITEMS = List.of(
      Column.<Numbered>integer("id", Numbered::id).header("item").except(Target.JSON),
      Column.<Numbered>text("label", n -> n.item().label()).except(Target.TEXT, Target.HTML),
      Column.<Numbered>text("dimension", n -> n.item().dimension().name()),
      Column.<Numbered>bool("reverse", n -> n.item().reverseCoded()).header("rev")
          .text((n, c) -> n.item().reverseCoded() ? "R" : ""),
      Column.<Numbered>display("label", (n, c) -> n.item().label()).left());

  /**
   * The instrument for every {@link Format}: its name, scale and item table (JSON: {@code name},
   * {@code scale} and {@code items}, each with {@code label}, {@code dimension} and {@code
   * reverse}; CSV: {@code id,label,dimension,reverse}).
   *
   * @return the description of this instrument
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    List<Numbered> rows = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      rows.add(new Numbered(i + 1, items().get(i)));
    }
    return Text.tables()
        .line(c -> "Instrument " + name() + " (" + size() + " items, scale " + scale() + ")")
        .field("name", name())
        .field("scale", scale().toString())
        .table(Table.of("items", ITEMS, List.copyOf(rows)))
        .build();
  }

  /**
   * A table of the items: id, dimension, R for reverse-coded, label ({@code
   * Format.TEXT.render(this)}).
   *
   * @return the name, scale and item table
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
