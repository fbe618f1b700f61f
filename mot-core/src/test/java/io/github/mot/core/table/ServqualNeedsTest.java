package io.github.mot.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The parts of the model that the SERVQUAL results needed beyond the first version: headers that
 * name a value of the result, parts restricted to some formats, optional integers, fields that
 * only some rows have, CSV headers named by the user, and cells outside a rendering.
 */
class ServqualNeedsTest {

  record Point(OptionalInt id, String label, double value) {}

  static final List<Column<Point>> POINTS = List.of(
      Column.<Point>optionalInteger("id", Point::id).omitNull(),
      Column.<Point>text("label", Point::label),
      Column.<Point>optionalInteger("item", Point::id),
      Column.<Point>decimal("value", Point::value).header("table.value"));

  static final List<Point> ROWS = List.of(
      new Point(OptionalInt.of(3), "three", 0.5), new Point(OptionalInt.empty(), "none", -1));

  @Test
  void aTableCanNameAValueOfTheResultInAHeader() {
    Tabular t = () -> Tables.builder(Labels::of)
        .table(Table.of("points", POINTS, ROWS).header("value", c -> "95% " + c.label("table.value"))).build();
    assertThat(Format.TEXT.render(t)).startsWith(" id  label  item  95% table.value\n");
    assertThat(Format.HTML.render(t)).contains("<th class=\"num\" scope=\"col\">95% table.value</th>");
    // CSV and JSON keep their keys
    assertThat(Format.CSV.render(t)).startsWith("id,label,item,value\n");
    assertThatThrownBy(() -> Table.of("points", POINTS, ROWS).header("nope", c -> "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'points'").hasMessageContaining("'nope'");
  }

  @Test
  void optionalIntegersAreUndefinedOrLeftOut() {
    Tabular t = () -> Tables.builder(Labels::of).table(Table.of("points", POINTS, ROWS)).build();
    String json = Format.JSON.render(t);
    assertThat(json).contains("\"id\" : 3,").contains("\"item\" : 3,").contains("\"item\" : null");
    // the second row has no id field at all, the first has one
    assertThat(json.split("\"id\"", -1)).hasSize(2);
    assertThat(Format.CSV.render(t)).isEqualTo("id,label,item,value\n3,three,3,0.5\n,none,,-1.0\n");
    assertThat(Format.TEXT.render(t)).contains("\nn/a  none    n/a").contains("  3  three");
  }

  @Test
  void partsCanBeRestrictedToFormats() {
    Map<String, Tabular> groups = new LinkedHashMap<>();
    groups.put("=a", () -> Tables.builder(Labels::of).table(Table.of("points", POINTS, ROWS.subList(0, 1))).build());
    Tabular t = () -> Tables.builder(Labels::of)
        .line(c -> "summary")
        .table(Table.of("summary", POINTS, ROWS).only(Column.Target.TEXT, Column.Target.HTML))
        .group("@attribute", "groups", groups, (c, v) -> "group " + v).only(Column.Target.JSON, Column.Target.CSV)
        .build();
    assertThat(Format.TEXT.render(t)).startsWith("summary\n id").doesNotContain("group =a");
    assertThat(Format.HTML.render(t)).doesNotContain("group =a");
    assertThat(Format.JSON.render(t)).contains("\"groups\" : {").contains("\"=a\" : {");
    // a header named by the user is neutralised like any text cell
    assertThat(Format.CSV.render(t)).isEqualTo("'@attribute,id,label,item,value\n'=a,3,three,3,0.5\n");
    assertThatThrownBy(() -> Tables.builder(Labels::of).only(Column.Target.JSON))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("must follow a part");
  }

  @Test
  void cellsOutsideARendering() {
    Cells c = Cells.of(Locale.GERMANY);
    assertThat(c.num(-0.5, 2)).isEqualTo("-0,50");
    assertThat(c.interval(1, 2, 1)).isEqualTo("[1,0; 2,0]");
    assertThat(c.translating()).isFalse();
    assertThat(Cells.of(Locale.ENGLISH).p(0.00001)).isEqualTo("<0.0001");
  }
}
