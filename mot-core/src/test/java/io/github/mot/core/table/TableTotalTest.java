package io.github.mot.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.Labels;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's total row in the four formats: set apart in text and HTML, an ordinary row in CSV and JSON. */
class TableTotalTest {

  record Count(String key, long n, double mean) {}

  static final List<Column<Count>> COLUMNS = List.of(
      Column.<Count>text("key", Count::key),
      Column.<Count>integer("n", Count::n),
      Column.<Count>decimal("mean", Count::mean).decimals(2));

  static final Tabular RESULT = () -> Tables.builder(l -> Labels.of(l))
      .csvLevel("level")
      .table(Table.of("groups", COLUMNS, List.of(new Count("a", 2, 1.5), new Count("b", 1, Double.NaN)))
          .level("group")
          .total(new Count("(all)", 3, 1.5), "total"))
      .build();

  @Test
  void textPrintsTheTotalAfterARuleAsWideAsTheTable() {
    assertThat(Format.TEXT.render(RESULT)).isEqualTo("""
        key    n  mean
        a      2  1.50
        b      1   n/a
        --------------
        (all)  3  1.50
        """);
  }

  @Test
  void textShowsTheTotalAfterTheLastRowsOfAShortenedTable() {
    List<Count> many = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(new Count("k" + i, 1, i));
    }
    Tabular r = () -> Tables.builder(l -> Labels.of(l))
        .table(Table.of("groups", COLUMNS, many).elide(10, 2, "  ").total(new Count("(all)", 30, 14.5), "total"))
        .build();
    List<String> lines = Format.TEXT.render(r).lines().toList();
    // header, 2 rows, "... 26 more rows ...", 2 rows, the rule, the total
    assertThat(lines).hasSize(1 + 2 + 1 + 2 + 1 + 1);
    assertThat(lines.get(3)).isEqualTo("  ... 26 more rows ...");
    assertThat(lines.get(5)).startsWith("k29");
    assertThat(lines.get(6)).matches("-+");
    assertThat(lines.get(7)).startsWith("(all)");
  }

  @Test
  void htmlPutsTheTotalInTheFooter() {
    String html = Format.HTML.render(RESULT);
    assertThat(html).contains("</tbody>\n<tfoot>\n<tr><td>(all)</td>");
    assertThat(html.indexOf("<tfoot>")).isGreaterThan(html.indexOf("<td>b</td>"));
    assertThat(html).containsOnlyOnce("<table");
  }

  @Test
  void csvWritesTheTotalAsARowWithItsLevel() {
    assertThat(Format.CSV.render(RESULT)).isEqualTo("""
        level,key,n,mean
        group,a,2,1.5
        group,b,1,
        total,(all),3,1.5
        """);
  }

  @Test
  void jsonWritesTheTotalAsTheLastElement() {
    assertThat(Format.JSON.render(RESULT).replaceAll("\\s+", ""))
        .isEqualTo("{\"groups\":[{\"key\":\"a\",\"n\":2,\"mean\":1.5},{\"key\":\"b\",\"n\":1,\"mean\":null},"
            + "{\"key\":\"(all)\",\"n\":3,\"mean\":1.5}]}");
  }

  @Test
  void aTableWithoutTotalHasNone() {
    assertThat(Table.of("t", COLUMNS, List.of()).total()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullTotalsAreRejectedByName() {
    Table<Count> t = Table.of("t", COLUMNS, List.of());
    assertThatThrownBy(() -> t.total(null, "total")).isInstanceOf(NullPointerException.class).hasMessage("row");
    assertThatThrownBy(() -> t.total(new Count("x", 0, 0), null))
        .isInstanceOf(NullPointerException.class).hasMessage("level");
  }
}
