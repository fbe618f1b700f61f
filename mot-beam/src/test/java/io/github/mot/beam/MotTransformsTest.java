package io.github.mot.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.scoring.EncounterScorecard;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.FirstImpressionSummary;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.GroupedSummary;
import io.github.mot.scoring.KeyCodec;
import io.github.mot.scoring.ScorecardAccumulator;
import io.github.mot.scoring.ScorecardSummary;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.IntervalWindow;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transforms on the DirectRunner against the single-machine path: each tally the pipeline
 * outputs has the byte form of the tally that mot-scoring's own collector fills from the same
 * encounters, and its summary's JSON is that of {@link EncounterScorecard} or {@link
 * FirstImpressionScorer} (JSON writes each double exactly, so equal JSON is equal bits).
 */
class MotTransformsTest {

  private static final AbcWeights WEIGHTS = AbcWeights.STANDARD;

  static Stream<Seed> seeds() {
    return Generated.seeds(2);
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** The single-machine tally of a collector, added in order. */
  private static <T, A> A collect(Collector<T, A, ?> collector, List<T> values) {
    A acc = collector.supplier().get();
    values.forEach(v -> collector.accumulator().accept(acc, v));
    return acc;
  }

  /** A tally as text: its byte form and its summary's JSON. */
  private static <A> PCollection<String> described(
      PCollection<A> tallies, String name, SerializableFunction<A, String> describe) {
    return tallies.apply(name, MapElements.into(TypeDescriptors.strings()).via(describe));
  }

  private static String card(ScorecardAccumulator a) {
    return hex(a.toBytes()) + " " + Format.JSON.render(a.summary());
  }

  private static String grouped(GroupedScorecardAccumulator<String> a) {
    return hex(a.toBytes(KeyCodec.text())) + " " + Format.JSON.render(a.summary());
  }

  private static String first(FirstImpressionAccumulator a) {
    return hex(a.toBytes()) + " " + Format.JSON.render(a.summary());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyTransformEqualsTheSingleMachinePath(Seed seed) throws Throwable {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    List<Encounter> encounters = Generated.encounters(r, journey, 300);
    EncounterScorecard scorecard = EncounterScorecard.of(journey);
    FirstImpressionScorer scorer = FirstImpressionScorer.of(WEIGHTS);

    // one machine
    ScorecardAccumulator overall = collect(scorecard.toSummary(), encounters);
    assertThat(overall.summary()).isEqualTo(scorecard.summarize(encounters));
    String expectedOverall = card(overall);
    Map<GroupBy, String> expectedGrouped = new TreeMap<>();
    for (GroupBy by : GroupBy.values()) {
      GroupedScorecardAccumulator<String> acc = collect(scorecard.grouping(by), encounters);
      assertThat(acc.summary()).isEqualTo(scorecard.summarize(by, encounters));
      expectedGrouped.put(by, grouped(acc));
    }
    List<AbcRatings> ratings =
        encounters.stream().map(Encounter::ratingsOrNull).filter(a -> a != null).map(a -> (AbcRatings) a).toList();
    String expectedFirst = first(collect(scorer.toSummary(Generated.SCALE), ratings));
    Map<String, FirstImpressionSummary> byTouchpoint =
        encounters.stream().collect(scorer.toSummaryBy(Generated.SCALE, Encounter::touchpointId));
    List<String> expectedFirstByTouchpoint = new ArrayList<>();
    byTouchpoint.forEach((tp, summary) -> {
      List<AbcRatings> of = encounters.stream().filter(e -> e.touchpointId().equals(tp))
          .map(Encounter::ratingsOrNull).filter(a -> a != null).map(a -> (AbcRatings) a).toList();
      FirstImpressionAccumulator acc = collect(scorer.toSummary(Generated.SCALE), of);
      assertThat(Format.JSON.render(acc.summary())).isEqualTo(Format.JSON.render(summary));
      expectedFirstByTouchpoint.add(tp + " " + first(acc));
    });

    // the pipeline
    TestPipelines.run(getClass(), "everyTransform " + seed, p -> {
      PCollection<Encounter> in = p.apply(Create.of(encounters));
      var all = in.apply(MotTransforms.scorecard(journey));
      PAssert.that(described(all.output(), "Overall", MotTransformsTest::card)).containsInAnyOrder(expectedOverall);
      PAssert.that(all.failures()).empty();
      for (GroupBy by : GroupBy.values()) {
        var out = in.apply(MotTransforms.scorecardsBy(by, journey));
        PAssert.that(described(out.output(), "By " + by, MotTransformsTest::grouped))
            .containsInAnyOrder(expectedGrouped.get(by));
      }
      var fi = in.apply(MotTransforms.firstImpressions(journey, WEIGHTS, Generated.SCALE));
      PAssert.that(described(fi.output(), "First", MotTransformsTest::first)).containsInAnyOrder(expectedFirst);
      var fiBy = in.apply(MotTransforms.firstImpressionsBy(GroupBy.TOUCHPOINT, journey, WEIGHTS, Generated.SCALE));
      PAssert.that(described(fiBy.output(), "First by touchpoint", kv -> kv.getKey() + " " + first(kv.getValue())))
          .containsInAnyOrder(expectedFirstByTouchpoint);
    });
  }

  /** A day's tally as text, after its window's day. */
  static final class WithDay extends DoFn<GroupedScorecardAccumulator<String>, String> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element GroupedScorecardAccumulator<String> acc, BoundedWindow w, OutputReceiver<String> out) {
      LocalDate day = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(((IntervalWindow) w).start().getMillis()), ZoneOffset.UTC);
      out.output(day + " " + grouped(acc));
    }
  }

  @Test
  void perTouchpointPerDayInFixedWindows() throws Throwable {
    SplittableRandom r = new SplittableRandom(Generated.seeds(1).findFirst().orElseThrow().value());
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    List<Encounter> encounters = new ArrayList<>();
    for (Encounter e : Generated.encounters(r, journey, 200)) {
      // seven days of December 2026
      encounters.add(Generated.moved(e, e.touchpointId(),
          java.time.Instant.parse("2026-12-01T00:00:00Z").plusSeconds(r.nextLong(7 * 86_400L))));
    }
    EncounterScorecard scorecard = EncounterScorecard.of(journey);
    Map<LocalDate, List<Encounter>> byDay = encounters.stream()
        .collect(Collectors.groupingBy(e -> LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC), TreeMap::new, Collectors.toList()));
    List<String> expected = new ArrayList<>();
    byDay.forEach((day, list) -> {
      GroupedScorecardAccumulator<String> acc = collect(scorecard.grouping(GroupBy.TOUCHPOINT), list);
      if (acc.size() > 0) {
        expected.add(day + " " + grouped(acc));
      }
    });
    assertThat(expected).hasSize(7);

    TestPipelines.run(getClass(), "perDay", p -> {
      PCollection<GroupedScorecardAccumulator<String>> perDay = p.apply(Create.of(encounters))
          .apply(MotTransforms.withEventTimes())
          .apply(Window.into(FixedWindows.of(org.joda.time.Duration.standardDays(1))))
          .apply(MotTransforms.scorecardsBy(GroupBy.TOUCHPOINT, journey))
          .output();
      PCollection<String> days = perDay.apply(ParDo.of(new WithDay()));
      PAssert.that(days).containsInAnyOrder(expected);
    });
  }

  @Test
  @SuppressWarnings("NullAway") // a null encounter on purpose
  void badEncountersGoToTheFailuresWithTheirReasonAndAreCounted() throws Throwable {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    SplittableRandom r = new SplittableRandom(7);
    List<Encounter> good = Generated.encounters(r, journey, 40);
    Encounter offMap = Generated.moved(good.get(0), "teleporting", good.get(0).occurredAt());
    Encounter sevenPoint = good.get(1).withRatings(AbcRatings.of(RatingScale.SEVEN_POINT, 7, 6, 1));
    List<Encounter> input = new ArrayList<>(good);
    input.set(1, sevenPoint);
    input.add(offMap);
    input.add(null);
    List<Encounter> counted = new ArrayList<>(good);
    counted.set(1, sevenPoint);
    String expectedStaff = grouped(collect(EncounterScorecard.of(journey).grouping(GroupBy.STAFF), counted));
    long unscored = counted.stream().filter(e -> e.levelOrNull() == null).count();
    String offMapReason = "touchpoint 'teleporting' is not on the journey map '" + journey.name() + "'";

    PipelineResult result = TestPipelines.run(getClass(), "bad", p -> {
      PCollection<Encounter> in = p.apply(Create.of(input).withCoder(NullableCoder.of(MotCoders.encounter())));
      WithFailures.Result<PCollection<GroupedScorecardAccumulator<String>>, Rejection> staff =
          in.apply(MotTransforms.scorecardsBy(GroupBy.STAFF, journey));
      PAssert.that(described(staff.output(), "Staff", MotTransformsTest::grouped)).containsInAnyOrder(expectedStaff);
      PAssert.that(staff.failures()).containsInAnyOrder(
          Rejection.of(offMap.toString(), offMapReason), Rejection.of("null", "the encounter is null"));
      var fi = in.apply(MotTransforms.firstImpressions(journey, WEIGHTS, Generated.SCALE));
      PAssert.that(fi.failures()).containsInAnyOrder(
          Rejection.of(offMap.toString(), offMapReason), Rejection.of("null", "the encounter is null"),
          Rejection.of(sevenPoint.toString(), "ratings on the scale 1..7, not on the analysis's scale 1..5"));
    });
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.inNamespace(MotTransforms.class)).build());
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> c : metrics.getCounters()) {
      counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
    }
    assertThat(counters).containsEntry("rejected", 5L).containsEntry("skipped: no scorecard level", unscored);
    assertThat(counters).containsKeys("skipped: no staff id", "skipped: no ABC ratings");
  }

  @Test
  void strictModeFailsTheJobAtTheFirstRejectedEncounter() {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    List<Encounter> input = new ArrayList<>(Generated.encounters(new SplittableRandom(3), journey, 5));
    input.add(Generated.moved(input.get(0), "teleporting", input.get(0).occurredAt()));
    var strict = MotTransforms.scorecardsBy(GroupBy.TOUCHPOINT, journey).strict();
    assertThat(strict.isStrict()).isTrue();
    assertThatThrownBy(() -> TestPipelines.run(getClass(), "strict", p -> p.apply(Create.of(input)).apply(strict)))
        .hasMessageContaining("touchpoint 'teleporting' is not on the journey map");
  }

  @Test
  void noEncountersGiveAnEmptyTallyInTheGlobalWindow() throws Throwable {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    String empty = card(ScorecardAccumulator.create());
    TestPipelines.run(getClass(), "empty", p -> {
      PCollection<Encounter> none = p.apply(Create.empty(MotCoders.encounter()));
      PAssert.that(described(none.apply(MotTransforms.scorecard(journey)).output(), "Card", MotTransformsTest::card))
          .containsInAnyOrder(empty);
      PAssert.that(none.apply("Render", MotTransforms.scorecard(journey)).output()
              .apply(MotTransforms.render(Format.JSON, ScorecardAccumulator::summary)))
          .containsInAnyOrder(Format.JSON.render(ScorecardSummary.EMPTY));
    });
    assertThat(Arrays.asList(GroupBy.values())).hasSize(5);
    Function<GroupedSummary<String, ScorecardSummary>, Integer> size = GroupedSummary::size;
    assertThat(size.apply(GroupedScorecardAccumulator.<String>create("x").summary())).isZero();
  }
}
