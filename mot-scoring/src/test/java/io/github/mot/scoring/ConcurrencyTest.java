package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Threads;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scorers shared by 16 threads give what one thread gives; accumulators merged by parallel
 * streams on pools of 1 to 16 threads equal the sequential ones exactly (equals and the printed
 * table, byte for byte), 50 times over.
 */
class ConcurrencyTest {

  private static final int THREADS = 16;
  private static final int REPETITIONS = 50;
  private static final int[] POOL_SIZES = {1, 2, 3, 4, 16};

  private static final CustomerJourney JOURNEY = JourneyTemplate.RETAIL_COUNTER.journey();
  private static final EncounterScorecard CARDS = EncounterScorecard.of(JOURNEY);
  private static final JourneyScorer JOURNEYS = JourneyScorer.of(JOURNEY);
  private static final FirstImpressionScorer FIRST = FirstImpressionScorer.STANDARD;

  private static List<Encounter> encounters = List.of();
  private static List<AbcRatings> ratings = List.of();
  private static List<Audit> audits = List.of();
  private static List<ForkJoinPool> pools = List.of();

  @BeforeAll
  static void data() {
    SplittableRandom r = new SplittableRandom(20261124L);
    List<Encounter> es = new ArrayList<>();
    for (int c = 0; c < 100; c++) {
      es.addAll(ScoringGenerators.customerEncounters(r, JOURNEY, "c" + c, 12));
    }
    encounters = List.copyOf(es);
    List<AbcRatings> rs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      rs.add(CoreGenerators.abcRatings(r, RatingScale.SEVEN_POINT));
    }
    ratings = List.copyOf(rs);
    SupervisionChecklist checklist = CoreGenerators.supervisionChecklist(r);
    List<Audit> as = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      as.add(ScoringGenerators.audit(r, checklist, "a" + i));
    }
    audits = List.copyOf(as);
    List<ForkJoinPool> ps = new ArrayList<>();
    for (int size : POOL_SIZES) {
      ps.add(new ForkJoinPool(size));
    }
    pools = List.copyOf(ps);
  }

  @AfterAll
  static void shutdown() {
    pools.forEach(ForkJoinPool::shutdownNow);
  }

  /** Runs {@code task} on 16 threads released together; returns their 16 results. */
  private static <T> List<T> onSixteenThreads(Callable<T> task)
      throws InterruptedException, ExecutionException {
    return Threads.together(THREADS, task);
  }

  /**
   * Runs {@code task} on this thread, then on 16 threads released together: each of their results
   * equal to the single-thread one, and printed alike.
   */
  private static <T> void sixteenThreadsGiveTheSingleThreadResult(Callable<T> task) throws Exception {
    T expected = task.call();
    for (T got : onSixteenThreads(task)) {
      assertThat(got).isEqualTo(expected);
      assertThat(got.toString()).isEqualTo(expected.toString());
    }
  }

  @Test
  void sharedFirstImpressionScorerGivesTheSingleThreadResults() throws Exception {
    sixteenThreadsGiveTheSingleThreadResult(
        () -> {
          List<FirstImpression> out = new ArrayList<>();
          for (AbcRatings r : ratings) {
            out.add(FIRST.score(r));
          }
          return out;
        });
  }

  @Test
  void sharedJourneyScorerGivesTheSingleThreadResults() throws Exception {
    sixteenThreadsGiveTheSingleThreadResult(() -> new TreeMap<>(encounters.stream().collect(JOURNEYS.byCustomer())));
  }

  @Test
  void sharedEncounterScorecardGivesTheSingleThreadResults() throws Exception {
    sixteenThreadsGiveTheSingleThreadResult(() -> CARDS.summarize(GroupBy.TOUCHPOINT, encounters));
  }

  /**
   * The sequential result ({@code collect} of the sequential stream of {@code data}), then
   * {@value #REPETITIONS} parallel runs (of its parallel stream) on pools of 1 to 16 threads: each
   * equal to it, and with the same printed table on each pool size.
   */
  private static <E, T> void parallelEqualsSequential(List<E> data, Function<Stream<E>, T> collect)
      throws Exception {
    T expected = collect.apply(data.stream());
    String text = expected.toString();
    for (int rep = 0; rep < REPETITIONS; rep++) {
      ForkJoinPool pool = pools.get(rep % pools.size());
      T got = pool.submit(() -> collect.apply(data.parallelStream())).get(60, TimeUnit.SECONDS);
      assertThat(got).as("repetition %d on %d threads", rep, pool.getParallelism()).isEqualTo(expected);
      if (rep < POOL_SIZES.length) { // the printed tables are costly: once per pool size
        assertThat(got.toString()).isEqualTo(text);
      }
    }
    assertThat(data).isNotEmpty();
  }

  @Test
  void scorecardSummariesFromParallelStreamsEqualSequentialOnes() throws Exception {
    parallelEqualsSequential(encounters, s -> s.collect(CARDS.toSummary()));
    parallelEqualsSequential(encounters, s -> s.collect(CARDS.grouping(GroupBy.STAFF)));
  }

  @Test
  void firstImpressionSummariesFromParallelStreamsEqualSequentialOnes() throws Exception {
    parallelEqualsSequential(ratings, s -> s.collect(FIRST.toSummary(RatingScale.SEVEN_POINT)));
  }

  @Test
  void auditReportsFromParallelStreamsEqualSequentialOnes() throws Exception {
    parallelEqualsSequential(audits, s -> s.collect(AuditOverviewAccumulator.toOverview()));
    parallelEqualsSequential(audits, s -> s.map(AuditScore::of).collect(AuditAccumulator.toSummary()));
  }

  @Test
  void journeyScoresFromParallelStreamsEqualSequentialOnes() throws Exception {
    parallelEqualsSequential(encounters, s -> new TreeMap<>(s.collect(JOURNEYS.byCustomer())));
  }
}
