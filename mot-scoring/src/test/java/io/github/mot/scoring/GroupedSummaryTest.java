package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long text tables stay readable (moved here with scoring's former table class). */
class GroupedSummaryTest {

  @Test
  void groupedSummariesOfManyGroupsStayReadable() {
    GroupedScorecardAccumulator<Integer> acc = GroupedScorecardAccumulator.create("n");
    for (int k = 0; k < 40; k++) {
      acc.add(k, k % 7 - 3);
    }
    String s = acc.summary().toString();
    assertThat(s).startsWith("GroupedSummary by n, 40 groups, worst first\n");
    assertThat(s).contains("... 20 more rows ...").contains("(all)");
    List<String> lines = s.lines().toList();
    assertThat(lines.get(lines.size() - 1)).startsWith("(all)");
    assertThat(lines.get(lines.size() - 2)).matches("-+").hasSameSizeAs(lines.get(1));
    assertThat(acc.summary().groups()).hasSize(40);
    assertThat(acc.summary().worst().orElseThrow().key()).isZero(); // level -3, smallest key
  }

  @Test
  void longTablesShowTheirEnds() {
    List<AuditTrend.Point> points = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      points.add(AuditTrend.Point.of(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), "A" + i, "s", 0.5));
    }
    String s = AuditTrend.of(points).toString();
    List<String> lines = s.lines().toList();
    // headline, header, 10 rows, the "more rows" line, 10 rows
    assertThat(lines).hasSize(1 + 1 + 10 + 1 + 10);
    assertThat(lines.get(12)).isEqualTo("  ... 10 more rows ...");
    assertThat(lines.get(2)).startsWith(" 1  ");
    assertThat(lines.get(22)).startsWith("30  ");
    // 21 rows are shown whole
    assertThat(AuditTrend.of(points.subList(0, 21)).toString().lines()).hasSize(2 + 21);
  }
}
