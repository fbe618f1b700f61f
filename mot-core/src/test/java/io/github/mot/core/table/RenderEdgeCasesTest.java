package io.github.mot.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.core.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Absent values and blank group headings in every format. */
class RenderEdgeCasesTest {

  record Row(String id, @Nullable String note) {}

  private static final Tabular ONE = () -> Tables.builder(Labels::of).field("x", 1).line(c -> "one").build();

  @Test
  void absentValuesAreJsonNullAndEmptyCsvCells() throws Exception {
    Tabular result = () -> Tables.builder(Labels::of)
        .field("touchpoint", (Object) null)
        .object("estimate", null, List.<Column<Row>>of(Column.text("id", Row::id)))
        .table(Table.of("rows", List.<Column<Row>>of(Column.text("id", Row::id), Column.text("note", Row::note)),
            List.of(new Row("a", null))))
        .child("nested", null)
        .child("present", ONE)
        .build();
    JsonNode tree = new ObjectMapper().readTree(Format.JSON.render(result));
    assertThat(tree.get("touchpoint").isNull()).isTrue();
    assertThat(tree.get("estimate").isNull()).isTrue();
    assertThat(tree.get("rows").get(0).get("note").isNull()).isTrue();
    assertThat(tree.get("nested").isNull()).isTrue();
    assertThat(tree.get("present").get("x").asInt()).isEqualTo(1);
    assertThat(Format.CSV.render(result)).isEqualTo("id,note\na,\n");
    assertThat(Format.TEXT.render(result)).isEqualTo("id  note\na   n/a\none\n");
  }

  @Test
  void blankGroupHeadingsSeparateInTextAndAreLeftOutOfHtml() {
    Map<String, Tabular> parts = new LinkedHashMap<>();
    parts.put("first", ONE);
    parts.put("second", ONE);
    Tabular result = () -> Tables.builder(Labels::of)
        .group("part", "parts", parts, (c, key) -> key.equals("first") ? "Title" : "")
        .build();
    assertThat(Format.TEXT.render(result)).isEqualTo("Title\none\n\none\n");
    assertThat(Format.HTML.render(result)).contains("<h3>Title</h3>").doesNotContain("<h3></h3>");
  }

  /**
   * A table declared long (elided in text) shows its first 1,000 rows in HTML and says how many
   * more the exports hold; CSV and JSON hold every row; a table not declared long shows all.
   */
  @Test
  void longTablesShowTheirFirstThousandRowsInHtml() {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      rows.add(new Row("r" + i, null));
    }
    List<Column<Row>> cols = List.of(Column.text("id", Row::id));
    Tabular elided = () -> Tables.builder(Labels::of).table(Table.of("rows", cols, rows).elide(21, 10, "  ")).build();
    String html = Format.HTML.render(elided);
    assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 1_000); // the header row and 1,000 rows
    assertThat(html).contains("<td>r999</td>").doesNotContain("<td>r1000</td>")
        .contains("<p class=\"mot-more\">500 more rows are not shown here; the CSV and JSON exports hold every row.</p>");
    assertThat(Format.HTML.render(elided, java.util.Locale.SIMPLIFIED_CHINESE)).contains("此处未显示另外 500 行");
    assertThat(Format.CSV.render(elided).lines().count()).isEqualTo(1 + 1_500);
    Tabular whole = () -> Tables.builder(Labels::of).table(Table.of("rows", cols, rows)).build();
    assertThat(Format.HTML.render(whole)).contains("<td>r1499</td>").doesNotContain("mot-more");
  }

  /** A repeated JSON key would make a JSON object whose readers keep one of the two values. */
  @Test
  void aKeyUsedTwiceInJsonIsRefusedWhenTheResultIsDescribed() {
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> Tables.builder(Labels::of).field("customers", 2)
            .table(Table.of("customers", List.of(Column.<Integer>integer("n", i -> i)), List.of(1, 2))).build())
        .withMessageContaining("\"customers\"");
    // the same key in parts that never meet in JSON is fine
    Tables t = Tables.builder(Labels::of).field("customers", 2)
        .table(Table.of("customers", List.of(Column.<Integer>integer("n", i -> i)), List.of(1, 2))
            .only(Column.Target.TEXT))
        .build();
    assertThat(t.parts()).hasSize(2);
  }
}
