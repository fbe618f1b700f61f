package io.github.mot.scoring;

import static io.github.mot.scoring.Fixtures.COUNTER;
import static io.github.mot.scoring.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The object path allocates nothing per encounter (issue 14, item 4): the grouped scorecards per
 * touchpoint and per staff member and the first impressions per touchpoint, fed pre-built
 * encounters on a sequential stream, allocate the same number of bytes for {@code N} and for
 * {@code 2N} encounters, as counted by the JVM's per-thread allocation counter.
 *
 * <p>Surefire runs this class in a JVM of its own with {@code -XX:-DoEscapeAnalysis} (see the
 * module's pom), so an allocation per encounter is counted even where C2 could remove it; the
 * interpreter and C1 never remove one. Each size is measured several times after warm-up and the
 * least is kept: the counter is exact for this thread, and neither the JIT compiler's threads nor
 * the garbage collector add to it, but a first run may still load and link classes.
 */
class AllocationTest {

  private static final int N = 100_000;
  private static final int WARM_UP = 2;
  private static final int RUNS = 3;
  private static final RatingScale SCALE = RatingScale.FIVE_POINT;
  private static final EncounterScorecard CARDS = EncounterScorecard.of(COUNTER);

  /** Keeps the results alive, so that no run can be optimised away. */
  private final List<Object> sink = new ArrayList<>();

  @Test
  void groupedScorecardsAndFirstImpressionsAllocateNothingPerEncounter() {
    com.sun.management.ThreadMXBean threads = allocationCounter();
    List<Encounter> all = encounters(2 * N);
    List<Encounter> half = new ArrayList<>(all.subList(0, N));

    for (int i = 0; i < WARM_UP; i++) {
      run(half);
      run(all);
    }
    long atN = Long.MAX_VALUE;
    long at2N = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      atN = Math.min(atN, allocated(threads, half));
      at2N = Math.min(at2N, allocated(threads, all));
    }

    double perEncounter = (double) (at2N - atN) / N;
    assertThat(perEncounter)
        .as(String.format(Locale.ROOT,
            "bytes allocated per encounter: %d bytes for %d encounters, %d bytes for %d"
                + " (escape analysis %s)",
            atN, N, at2N, 2 * N, escapeAnalysis()))
        .isLessThan(1.0);
    // the fixed part: the collectors, the per-key tallies and the results, nothing per encounter
    assertThat(at2N).isLessThan(256 * 1024);
    assertThat(sink).isNotEmpty();
  }

  /**
   * Conformance and the cost of deviations allocate per episode (the report's columns) but nothing
   * per encounter: the same 4,000 episodes with 6 and with 12 encounters each (the second six
   * loops and out-of-order visits) allocate the same number of bytes.
   */
  @Test
  void conformanceAllocatesNothingPerEncounter() {
    com.sun.management.ThreadMXBean threads = allocationCounter();
    io.github.mot.core.CustomerJourney map = io.github.mot.core.JourneyTemplate.RETAIL_COUNTER.journey();
    Conformance conformance = Conformance.of(map);
    Episodes shorter = episodes(map, 6);
    Episodes longer = episodes(map, 12);
    for (int i = 0; i < WARM_UP; i++) {
      check(conformance, shorter);
      check(conformance, longer);
    }
    long atShort = Long.MAX_VALUE;
    long atLong = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      check(conformance, shorter);
      atShort = Math.min(atShort, threads.getCurrentThreadAllocatedBytes() - before);
      before = threads.getCurrentThreadAllocatedBytes();
      check(conformance, longer);
      atLong = Math.min(atLong, threads.getCurrentThreadAllocatedBytes() - before);
    }
    double perEncounter = (double) (atLong - atShort) / (longer.encounterCount() - shorter.encounterCount());
    assertThat(perEncounter).as(String.format(Locale.ROOT, "bytes allocated per encounter: %d bytes for %d encounters, "
        + "%d bytes for %d", atShort, shorter.encounterCount(), atLong, longer.encounterCount())).isLessThan(1.0);
    assertThat(sink).isNotEmpty();
  }

  private void check(Conformance conformance, Episodes episodes) {
    sink.clear();
    ConformanceReport report = conformance.check(episodes);
    sink.add(report);
    sink.add(report.cost(JourneyModel.MEAN));
  }

  /** 4,000 customers' episodes of {@code length} encounters a minute apart on the map's touchpoints. */
  private static Episodes episodes(io.github.mot.core.CustomerJourney map, int length) {
    List<String> ids = map.touchpoints().stream().map(t -> t.id()).toList();
    List<Encounter> out = new ArrayList<>();
    for (int c = 0; c < 4_000; c++) {
      for (int i = 0; i < length; i++) {
        int at = i < 6 ? i : (c + i * 7) % ids.size();
        Encounter.Builder b = Encounter.builder().customerId("c" + c).touchpointId(ids.get(at)).occurredAt(T0.plusSeconds(60L * i));
        if ((c + i) % 3 == 0) {
          b.level(ScorecardLevel.of((c + i) % 7 - 3));
        }
        out.add(b.build());
      }
    }
    return ObservedJourneys.withDefaults().withJourney(map).observe(io.github.mot.scoring.log.EncounterLog.of(out));
  }

  /**
   * The journey analyses over episodes (issue 15, items 4-6) gather the episodes' columns into
   * arrays once and walk them: a few bytes per encounter (its touchpoint code and level in episode
   * order, 5 bytes; the precursors' path keys, 8 more), never
   * an object (16 bytes or more) per encounter. Episodes of 10 encounters, so the per-episode
   * arrays (an {@code int} or {@code double} or three) add about 1 to 3 bytes per encounter.
   */
  @Test
  void theJourneyAnalysesAllocateArraysNotObjectsPerEncounter() {
    com.sun.management.ThreadMXBean threads = allocationCounter();
    ObservedJourneys observe = ObservedJourneys.withDefaults().withJourney(COUNTER);
    Episodes half = observe.observe(io.github.mot.scoring.log.EncounterLog.of(encounters(N)));
    Episodes all = observe.observe(io.github.mot.scoring.log.EncounterLog.of(encounters(2 * N)));
    Funnel funnel = Funnel.ofStages(COUNTER).withGroupBy(EpisodeGrouping.staff());
    List<java.util.function.Function<Episodes, Object>> analyses = List.of(funnel::analyze,
        Precursors.withDefaults()::analyze, Recovery.withDefaults()::analyze);
    double[] bound = {8, 16, 12}; // measured: 5.8, 13.0 and 8.2
    for (int a = 0; a < analyses.size(); a++) {
      java.util.function.Function<Episodes, Object> analysis = analyses.get(a);
      for (int i = 0; i < WARM_UP; i++) {
        sink.add(analysis.apply(half));
        sink.add(analysis.apply(all));
      }
      long atN = Long.MAX_VALUE;
      long at2N = Long.MAX_VALUE;
      for (int i = 0; i < RUNS; i++) {
        long before = threads.getCurrentThreadAllocatedBytes();
        sink.add(analysis.apply(half));
        atN = Math.min(atN, threads.getCurrentThreadAllocatedBytes() - before);
        before = threads.getCurrentThreadAllocatedBytes();
        sink.add(analysis.apply(all));
        at2N = Math.min(at2N, threads.getCurrentThreadAllocatedBytes() - before);
      }
      assertThat((double) (at2N - atN) / N).as("analysis %d: bytes per encounter, %d for %d encounters, %d for %d",
          a, atN, N, at2N, 2 * N).isLessThan(bound[a]);
    }
  }

  @Test
  void theCollectorsGiveTheSameResultsAsTheOptionalAccessors() {
    List<Encounter> encounters = encounters(10_000);
    Map<String, FirstImpressionSummary> byTouchpoint =
        encounters.stream().collect(FirstImpressionScorer.STANDARD.toSummaryBy(SCALE, Encounter::touchpointId));
    for (String touchpoint : byTouchpoint.keySet()) {
      FirstImpressionSummary expected = encounters.stream()
          .filter(e -> e.touchpointId().equals(touchpoint))
          .flatMap(e -> e.ratings().stream())
          .collect(FirstImpressionScorer.STANDARD.toSummary(SCALE));
      assertThat(byTouchpoint.get(touchpoint)).isEqualTo(expected);
    }
    assertThat(byTouchpoint.values().stream().mapToLong(FirstImpressionSummary::count).sum())
        .isEqualTo(encounters.stream().filter(e -> e.ratings().isPresent()).count());
    GroupedSummary<String, ScorecardSummary> byStaff =
        encounters.stream().collect(CARDS.grouping(GroupBy.STAFF));
    assertThat(byStaff.total().count())
        .isEqualTo(encounters.stream().filter(e -> e.staffId().isPresent() && e.level().isPresent()).count());
  }

  /** What the collectors allocate on this thread for one run over {@code encounters}. */
  private long allocated(com.sun.management.ThreadMXBean threads, List<Encounter> encounters) {
    long before = threads.getCurrentThreadAllocatedBytes();
    run(encounters);
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  /** The object path of a CRM: three collectors on sequential streams of its encounters. */
  private void run(List<Encounter> encounters) {
    sink.clear();
    sink.add(encounters.stream().collect(CARDS.grouping(GroupBy.TOUCHPOINT)));
    sink.add(encounters.stream().collect(CARDS.grouping(GroupBy.STAFF)));
    sink.add(encounters.stream().collect(FirstImpressionScorer.STANDARD.toSummaryBy(SCALE, Encounter::touchpointId)));
  }

  /** Whether C2 may remove allocations: "false" when run as the pom says. */
  private static String escapeAnalysis() {
    try {
      return ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
          .getVMOption("DoEscapeAnalysis")
          .getValue();
    } catch (RuntimeException notHotSpot) {
      return "unknown";
    }
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no com.sun.management.ThreadMXBean");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported(), "thread allocation counter not supported");
    if (!threads.isThreadAllocatedMemoryEnabled()) {
      threads.setThreadAllocatedMemoryEnabled(true);
    }
    return threads;
  }

  /**
   * {@code n} encounters on the five touchpoints of {@link Fixtures#COUNTER}, by 20 staff members,
   * with every level and every combination of ratings on a five-point scale; every 7th has no
   * staff id, every 11th no level and every 13th no ratings, so that the skipped paths run too.
   */
  private static List<Encounter> encounters(int n) {
    List<String> touchpoints = COUNTER.touchpoints().stream().map(t -> t.id()).toList();
    List<String> staff = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      staff.add("staff-" + s);
    }
    List<Encounter> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Encounter.Builder b = Encounter.builder()
          .customerId("c" + i / 10)
          .touchpointId(touchpoints.get(i % touchpoints.size()))
          .occurredAt(T0.plusSeconds(i));
      if (i % 7 != 0) {
        b.staffId(staff.get(i % staff.size()));
      }
      if (i % 11 != 0) {
        b.level(ScorecardLevel.of(i % 7 - 3));
      }
      if (i % 13 != 0) {
        b.ratings(AbcRatings.of(SCALE, 1 + i % 5, 1 + i / 5 % 5, 1 + i / 25 % 5));
      }
      out.add(b.build());
    }
    return out;
  }
}
