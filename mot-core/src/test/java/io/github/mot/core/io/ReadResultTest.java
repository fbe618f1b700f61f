package io.github.mot.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

  private static final RowError E3 = new RowError(3, "time", "yesterday", "not a time");
  private static final RowError E4 = new RowError(4, "level", "+4", "not a level");

  @Test
  void countsAndValues() {
    ReadResult<String> r = ReadResult.of(List.of("a", "b"), List.of(E3, E4), 5, 2, 3, 1);
    assertThat(r.values()).containsExactly("a", "b");
    assertThat(r.goodRows()).isEqualTo(2);
    assertThat(r.badRows()).isEqualTo(2);
    assertThat(r.blankRows()).isEqualTo(1);
    assertThat(r.rows()).isEqualTo(5);
    assertThat(r.errorCount()).isEqualTo(3);
    assertThat(r.errors()).containsExactly(E3, E4);
    assertThat(r.isClean()).isFalse();
    assertThat(ReadResult.of(List.of("a"), List.of(), 1, 0, 0, 0).isClean()).isTrue();
  }

  @Test
  void isAReadOutcomeWhoseRowsAddUp() {
    ReadOutcome o = ReadResult.of(List.of("a", "b"), List.of(E3, E4), 5, 2, 3, 1);
    assertThat(o.goodRows() + o.badRows() + o.blankRows()).isEqualTo(o.rows());
    assertThat(o.errors()).containsExactly(E3, E4);
    assertThat(o.errorCount()).isEqualTo(3);
    assertThat(o.isClean()).isFalse();
    ReadOutcome clean = ReadResult.of(List.of("a"), List.of(), 2, 0, 0, 1);
    assertThat(clean.isClean()).as("blank rows are not errors").isTrue();
  }

  @Test
  void theListsAreCopiedAndUnmodifiable() {
    List<String> values = new ArrayList<>(List.of("a"));
    ReadResult<String> r = ReadResult.of(values, List.of(), 1, 0, 0, 0);
    values.add("b");
    assertThat(r.values()).containsExactly("a");
    assertThatThrownBy(() -> r.values().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.errors().add(E3)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringShowsTheCountsAndTheFirstErrors() {
    assertThat(ReadResult.of(List.of("a", "b"), List.of(E3, E4), 5, 2, 3, 1)).hasToString(
        "ReadResult[5 rows: 2 good, 2 bad, 1 blank, 3 errors]\n"
            + "  line 3, column time, value 'yesterday': not a time\n"
            + "  line 4, column level, value '+4': not a level\n"
            + "  ... 1 more\n");
    List<RowError> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(new RowError(i + 2, "c", "v", "bad"));
    }
    String text = ReadResult.of(List.of(), many, 25, 25, 25, 0).toString();
    assertThat(text.lines()).hasSize(22).last().isEqualTo("  ... 5 more");
    assertThat(ReadResult.of(List.of("a"), List.of(), 1, 0, 0, 0))
        .hasToString("ReadResult[1 rows: 1 good, 0 bad, 0 blank, 0 errors]\n");
  }

  @Test
  void equalResultsAreEqual() {
    assertThat(ReadResult.of(List.of("a"), List.of(E3), 2, 1, 1, 0))
        .isEqualTo(ReadResult.of(List.of("a"), List.of(E3), 2, 1, 1, 0))
        .hasSameHashCodeAs(ReadResult.of(List.of("a"), List.of(E3), 2, 1, 1, 0))
        .isNotEqualTo(ReadResult.of(List.of("b"), List.of(E3), 2, 1, 1, 0))
        .isNotEqualTo(ReadResult.of(List.of("a"), List.of(E4), 2, 1, 1, 0))
        .isNotEqualTo(ReadResult.of(List.of("a"), List.of(E3), 2, 1, 2, 0))
        .isNotEqualTo(ReadResult.of(List.of("a"), List.of(E3), 3, 1, 1, 1));
  }

  @Test
  void inconsistentCountsAreRejected() {
    Rejections.assertRejects(
        "counts must be >= 0 but were rows=-1, bad rows=0, errors=0, blank rows=0",
        () -> ReadResult.of(List.of("a"), List.of(), -1, 0, 0, 0));
    Rejections.assertRejects(
        "good rows + bad rows + blank rows must be the rows (3) but were 1 + 1 + 0",
        () -> ReadResult.of(List.of("a"), List.of(), 3, 1, 1, 0));
    Rejections.assertRejectsWith(
        "errors counted must be at least the errors kept (2)",
        () -> ReadResult.of(List.of(), List.of(E3, E4), 1, 1, 1, 0));
    Rejections.assertRejectsWith(
        "and the bad rows (2)", () -> ReadResult.of(List.of(), List.of(), 2, 2, 1, 0));
    Rejections.assertRejectsWith(
        "0 only without bad rows, but were 1",
        () -> ReadResult.of(List.of("a"), List.of(), 1, 0, 1, 0));
  }
}
