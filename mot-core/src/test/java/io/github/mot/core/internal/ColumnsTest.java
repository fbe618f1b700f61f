package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one aligner of every text table. */
class ColumnsTest {

  @Test
  void alignsLeftAndRightByDisplayWidth() {
    List<String> lines = Columns.align(List.of(
        new String[] {"name", "n"},
        new String[] {"张三", "12"},
        new String[] {"Li Wei", "3"}), new boolean[] {false, true});
    assertThat(lines).containsExactly("name     n", "张三    12", "Li Wei   3");
  }

  @Test
  void trailingBlanksAreRemovedAndRowsMustFit() {
    assertThat(Columns.align(List.of(new String[] {"a", ""}, new String[] {"bbb", ""}), new boolean[] {false, false}))
        .containsExactly("a", "bbb");
    Rejections.assertRejects(
        "table row must have 2 cells but had 1",
        () -> Columns.align(List.<String[]>of(new String[] {"a"}), new boolean[] {false, true}));
  }

  /** Every line of a table whose last column is right-aligned ends in the same terminal column. */
  @SeededTest
  void rightAlignedLastColumnsEndTogether(Seed seed) {
    SplittableRandom r = seed.random();
    int columns = 1 + r.nextInt(5);
    boolean[] right = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      right[c] = r.nextBoolean();
    }
    right[columns - 1] = true;
    List<String[]> rows = new ArrayList<>();
    String alphabet = "ab1 满意度服务员ｘ";
    for (int k = 0, n = 1 + r.nextInt(8); k < n; k++) {
      String[] row = new String[columns];
      for (int c = 0; c < columns; c++) {
        StringBuilder cell = new StringBuilder("x"); // never blank: nothing to strip at the end
        for (int i = 0, len = r.nextInt(6); i < len; i++) {
          cell.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        row[c] = cell.toString().strip();
      }
      rows.add(row);
    }
    List<String> lines = Columns.align(rows, right);
    assertThat(lines).hasSize(rows.size());
    assertThat(lines.stream().map(TextWidth::of).distinct()).as("%s", seed).hasSize(1);
  }
}
