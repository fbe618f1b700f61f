package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.Encounter;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The directly-follows graph of the process-mining literature's public "running example": the six
 * cases and 42 events of W. M. P. van der Aalst, <i>Process Mining: Data Science in Action</i>, 2nd
 * ed., Springer 2016, Table 1.1 (the event log shipped as {@code running-example.xes} with pm4py
 * and ProM). Cases are customers, activities touchpoints, one hour between events and days between
 * cases, so each case is one episode.
 *
 * <p>The expected counts are those of the directly-follows relation as pm4py's {@code
 * discover_dfg} defines it (the number of times b directly follows a within a case; start and end
 * activities with the number of cases they start and end), counted by hand from the traces:
 *
 * <pre>
 * 1: register, thoroughly, ticket, decide, reject
 * 2: register, ticket, casually, decide, pay
 * 3: register, casually, ticket, decide, reinitiate, thoroughly, ticket, decide, pay
 * 4: register, ticket, thoroughly, decide, reject
 * 5: register, casually, ticket, decide, reinitiate, ticket, casually, decide, reinitiate,
 *    casually, ticket, decide, reject
 * 6: register, casually, ticket, decide, pay
 * </pre>
 *
 * written out per pair at {@link #PM4PY_DFG}; the 36 transitions between activities plus 6 starts
 * and 6 ends make 48 = 42 events + 6 cases. pm4py itself cannot run here (its registry is not
 * reachable from the build machines), so the counts are the hand count of the published traces.
 */
class RunningExampleTest {

  private static final String R = "register-request";
  private static final String ET = "examine-thoroughly";
  private static final String EC = "examine-casually";
  private static final String CT = "check-ticket";
  private static final String D = "decide";
  private static final String RJ = "reject-request";
  private static final String RI = "reinitiate-request";
  private static final String P = "pay-compensation";

  private static final List<List<String>> CASES = List.of(
      List.of(R, ET, CT, D, RJ),
      List.of(R, CT, EC, D, P),
      List.of(R, EC, CT, D, RI, ET, CT, D, P),
      List.of(R, CT, ET, D, RJ),
      List.of(R, EC, CT, D, RI, CT, EC, D, RI, EC, CT, D, RJ),
      List.of(R, EC, CT, D, P));

  /**
   * The directly-follows counts, by pair: check ticket &gt; decide in cases 1, 3 (2x), 5 (3x) =
   * 6; examine casually &gt; check ticket in 3, 5 (2x), 6 = 4; decide &gt; pay in 2, 3, 6; decide
   * &gt; reinitiate in 3, 5 (2x); decide &gt; reject in 1, 4, 5; register &gt; casually in 3, 5,
   * 6; register &gt; ticket in 2, 4; check ticket &gt; casually in 2, 5; examine casually &gt;
   * decide in 2, 5; thoroughly &gt; ticket in 1, 3; the rest once.
   */
  private static final Map<String, Long> PM4PY_DFG = new TreeMap<>(Map.ofEntries(
      Map.entry(CT + ">" + D, 6L),
      Map.entry(CT + ">" + EC, 2L),
      Map.entry(CT + ">" + ET, 1L),
      Map.entry(D + ">" + P, 3L),
      Map.entry(D + ">" + RI, 3L),
      Map.entry(D + ">" + RJ, 3L),
      Map.entry(EC + ">" + CT, 4L),
      Map.entry(EC + ">" + D, 2L),
      Map.entry(ET + ">" + CT, 2L),
      Map.entry(ET + ">" + D, 1L),
      Map.entry(R + ">" + CT, 2L),
      Map.entry(R + ">" + EC, 3L),
      Map.entry(R + ">" + ET, 1L),
      Map.entry(RI + ">" + CT, 1L),
      Map.entry(RI + ">" + EC, 1L),
      Map.entry(RI + ">" + ET, 1L),
      // start and end activities
      Map.entry("START>" + R, 6L),
      Map.entry(RJ + ">END", 3L),
      Map.entry(P + ">END", 3L)));

  @Test
  void theRunningExamplesGraphHasPm4pysCounts() {
    List<Encounter> events = new ArrayList<>();
    Instant day = Instant.parse("2026-01-05T08:00:00Z");
    for (int c = 0; c < CASES.size(); c++) {
      List<String> trace = CASES.get(c);
      for (int i = 0; i < trace.size(); i++) {
        events.add(Encounter.builder().customerId("case-" + (c + 1)).touchpointId(trace.get(i))
            .occurredAt(day.plusSeconds(86_400L * 7 * c + 3_600L * i)).build());
      }
    }
    assertThat(events).hasSize(42);
    java.util.Collections.reverse(events); // any order of the rows
    DirectlyFollowsGraph graph = ObservedJourneys.withDefaults().withGap(java.time.Duration.ofHours(2))
        .observe(EncounterLog.of(events)).directlyFollows();
    Map<String, Long> counts = new TreeMap<>();
    for (DirectlyFollowsGraph.Edge e : graph.allEdges()) {
      counts.put(e.from() + ">" + e.to(), e.transitions());
    }
    assertThat(counts).isEqualTo(PM4PY_DFG);
    assertThat(graph.episodeCount()).isEqualTo(6);
    assertThat(graph.transitions()).isEqualTo(48);
    // decide > reinitiate: 3 transitions in 2 cases (case 5 twice); every step is 1 hour
    DirectlyFollowsGraph.Edge again = graph.edge(D, RI).orElseThrow();
    assertThat(again.episodes()).isEqualTo(2);
    assertThat(again.customers()).isEqualTo(2);
    assertThat(again.meanSeconds()).isEqualTo(3_600.0);
    assertThat(again.medianSeconds()).isEqualTo(3_600.0);
  }
}
