package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void alignsTextLeftAndNumbersRight() {
    String t = new Table("name", ">value").row("a", "1.5").row("longer", "10.25").render();
    assertThat(t).isEqualTo("name    value\na         1.5\nlonger  10.25\n");
  }

  @Test
  void longTablesShowTheirEnds() {
    Table t = new Table(">i");
    for (int i = 1; i <= 30; i++) {
      t.row(Integer.toString(i));
    }
    String s = t.render();
    assertThat(s).startsWith(" i\n 1\n").contains("  ... 10 more rows ...\n").endsWith("30\n");
    assertThat(s.lines().count()).isEqualTo(1 + 10 + 1 + 10);
  }

  @Test
  void formatsWithTheRootLocale() {
    assertThat(Table.count(50_000_000L)).isEqualTo("50,000,000");
    assertThat(Table.pct(0.8)).isEqualTo("80.0%");
    assertThat(Table.signed(0.25, 2)).isEqualTo("+0.25");
    assertThat(Table.level(0)).isEqualTo("0");
    assertThat(Table.level(3)).isEqualTo("+3");
    assertThat(Table.opt(OptionalDouble.empty(), 2)).isEqualTo("-");
    assertThat(Table.optPct(OptionalDouble.of(0.5))).isEqualTo("50.0%");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    assertThatThrownBy(() -> new Table("a", "b").row("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row has 1 cells");
  }

  @Test
  void groupedSummariesOfManyGroupsStayReadable() {
    GroupedScorecardAccumulator<Integer> acc = GroupedScorecardAccumulator.create("n");
    for (int k = 0; k < 40; k++) {
      acc.add(k, k % 7 - 3);
    }
    String s = acc.summary().toString();
    assertThat(s).startsWith("GroupedSummary by n, 40 groups, worst first\n");
    assertThat(s).contains("... 21 more rows ...").contains("(all)");
    assertThat(acc.summary().groups()).hasSize(40);
    assertThat(acc.summary().worst().orElseThrow().key()).isZero(); // level -3, smallest key
  }
}
