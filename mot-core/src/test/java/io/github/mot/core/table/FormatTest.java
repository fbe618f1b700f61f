package io.github.mot.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.core.Labels;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The four renderers over one small result. */
class FormatTest {

  record Item(int id, String label, double gap, OptionalDouble share, int[] ids) {}

  record Estimate(long n, double mean) {}

  static final List<Column<Estimate>> ESTIMATE = List.of(
      Column.<Estimate>integer("n", Estimate::n),
      Column.<Estimate>decimal("mean", Estimate::mean));

  static final List<Column<Item>> ITEMS = List.of(
      Column.<Item>integer("id", Item::id).header("item"),
      Column.<Item>text("label", Item::label),
      Column.<Item>decimal("gap", Item::gap).decimals(2),
      Column.<Item>optional("share", Item::share).text((r, c) -> c.percent(r.share())),
      Column.<Item>integers("items", Item::ids),
      Column.<Item, Estimate>object("estimate", r -> new Estimate(3, r.gap()), ESTIMATE),
      Column.<Item>display("CI", (r, c) -> c.interval(r.gap() - 1, r.gap() + 1, 1)));

  static final Tabular RESULT = () -> Tables.builder(l -> Labels.of(l))
      .line(c -> "Result: 2 items")
      .field("instrument", "demo \"x\"")
      .field("n", 2L)
      .field("undefined", Double.NaN)
      .table(Table.of("items", ITEMS, List.of(
          new Item(1, "=SUM(A1)", -0.75, OptionalDouble.of(0.5), new int[] {1, 2}),
          new Item(2, "a, b", Double.NaN, OptionalDouble.empty(), new int[0]))))
      .line(c -> "note")
      .build();

  @Test
  void text() {
    assertThat(Format.TEXT.render(RESULT)).isEqualTo("""
        Result: 2 items
        item  label       gap  share  items           CI
           1  =SUM(A1)  -0.75  50.0%  1, 2   [-1.8, 0.3]
           2  a, b        n/a    n/a          [n/a, n/a]
        note
        """);
  }

  @Test
  void textInGermanSeparators() {
    assertThat(Format.TEXT.render(RESULT, Locale.GERMANY)).contains("-0,75").contains("[-1,8; 0,3]");
  }

  @Test
  void csvIsNeutralisedAndUndefinedEmpty() {
    assertThat(Format.CSV.render(RESULT)).isEqualTo("""
        id,label,gap,share,items
        1,'=SUM(A1),-0.75,0.5,1;2
        2,"a, b",,,
        """);
  }

  @Test
  void jsonIsIndentedAsJacksonDoes() throws Exception {
    String ours = Format.JSON.render(RESULT);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(ours);
    assertThat(tree.get("undefined").isNull()).isTrue();
    assertThat(tree.get("items").get(0).get("estimate").get("mean").asDouble()).isEqualTo(-0.75);
    assertThat(tree.get("items").get(1).get("gap").isNull()).isTrue();
    StringWriter jackson = new StringWriter();
    try (JsonGenerator g = mapper.getFactory().createGenerator(jackson)) {
      g.useDefaultPrettyPrinter();
      mapper.writeTree(g, tree);
    }
    assertThat(ours).isEqualTo(jackson.toString());
  }

  @Test
  void htmlHasRealTables() {
    String html = Format.HTML.render(RESULT);
    assertThat(html).contains("<table class=\"mot-table\" data-key=\"items\">")
        .contains("<th class=\"num\" scope=\"col\">gap</th>")
        .contains("<td class=\"num\" data-value=\"-0.75\">-0.75</td>")
        .contains("<td>a, b</td>")
        .contains("<td>=SUM(A1)</td>")
        .doesNotContain("<script");
  }

  @Test
  void longTablesAreElided() {
    List<Integer> rows = java.util.stream.IntStream.range(0, 30).boxed().toList();
    Tabular t = () -> Tables.builder(Labels::of)
        .table(Table.of("n", List.of(Column.<Integer>integer("n", Integer::longValue)), rows).elide(21, 10, "  "))
        .build();
    String text = Format.TEXT.render(t);
    assertThat(text).contains("\n  ... 10 more rows ...\n").contains(" 9\n  ... 10 more rows ...\n20\n");
    assertThat(Format.TEXT.render(t, Locale.SIMPLIFIED_CHINESE)).contains("... 另有 10 行 ...");
  }

  @Test
  void parse() {
    assertThat(Format.parse("JSON")).isEqualTo(Format.JSON);
    assertThat(Format.CSV).hasToString("csv");
    assertThatThrownBy(() -> Format.parse("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text, csv, json, html").hasMessageContaining("'xml'");
  }

  @Test
  void aCompositeWritesItsPartsInOneCsvAndOneJsonObject() throws Exception {
    Tabular composite = () -> Tables.builder(Labels::of)
        .field("run", "r1")
        .line(c -> "Two results")
        .child("first", RESULT)
        .child("second", RESULT)
        .child("absent", null)
        .build();
    String csv = Format.CSV.render(composite);
    assertThat(csv.lines().toList()).hasSize(5)
        .first().isEqualTo("part,run,id,label,gap,share,items");
    assertThat(csv).contains("\nsecond,r1,2,\"a, b\",,,\n");
    JsonNode tree = new ObjectMapper().readTree(Format.JSON.render(composite));
    assertThat(tree.get("first").get("n").asLong()).isEqualTo(2);
    assertThat(tree.get("absent").isNull()).isTrue();
    assertThat(Format.TEXT.render(composite)).startsWith("Two results\nResult: 2 items\n");
  }

  @Test
  void groupsPrefixTheirValue() {
    Tabular grouped = () -> Tables.builder(Labels::of)
        .group("segment", "segments", new java.util.LinkedHashMap<>(java.util.Map.of("=evil", RESULT)),
            (c, v) -> "segment " + v)
        .build();
    assertThat(Format.CSV.render(grouped)).startsWith("segment,id,label").contains("\n'=evil,1,'=SUM(A1)");
    assertThat(Format.TEXT.render(grouped)).startsWith("segment =evil\nResult: 2 items");
  }
}
