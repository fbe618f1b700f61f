package io.github.mot.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.EpisodeGrouping;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.FunnelTally;
import io.github.mot.scoring.JourneyTallies;
import io.github.mot.scoring.ObservedJourneys;
import io.github.mot.scoring.Precursors;
import io.github.mot.scoring.log.EncounterLog;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The journey funnel in Beam ({@link MotTransforms#funnel}, {@link MotCombineFns#funnel}) and every
 * journey analysis at once ({@link MotTransforms#journeys}, {@link MotCombineFns#journeys}, {@link
 * MotCoders#journeyTallies}): every sharding of the customers' tallies, and the pipeline on the
 * DirectRunner, give the single-machine tallies byte for byte and their report's JSON.
 */
class MotFunnelTest {

  static Stream<Seed> seeds() {
    return Generated.seeds(12);
  }

  /** The single-machine tally: every encounter in one log, cut into episodes, tallied. */
  private static FunnelTally oneMachine(EncounterFunnel f, List<Encounter> encounters) {
    return f.funnel().tally().add(f.observing().observe(EncounterLog.of(encounters)));
  }

  private static String described(FunnelTally t) {
    return HexFormat.of().formatHex(t.toBytes()) + " " + Format.JSON.render(t.report());
  }

  private static String journeys(JourneyTallies t) {
    return HexFormat.of().formatHex(t.toBytes()) + " " + Format.JSON.render(t.report());
  }

  /** Beam's tester over every sharding and order: the combined tally is described as {@code want}. */
  private static <T> void combines(TallyCombineFn<T, T> fn, List<T> perCustomer, String want,
      java.util.function.Function<T, String> describe) {
    CombineFnTester.testCombineFn(SerializableUtils.clone(fn), perCustomer, new CustomTypeSafeMatcher<T>(
        "the tally " + want) {
      @Override
      protected boolean matchesSafely(T actual) {
        return want.equals(describe.apply(actual));
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void customersTalliesCombineInEveryShardingAndOrder(Seed seed) {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    EncounterFunnel f = ScoringGenerators.encounterFunnel(r, journey);
    EncounterJourneys j = ScoringGenerators.encounterJourneys(r, journey);
    List<Encounter> all = ScoringGenerators.customersEncounters(r, journey, r.nextInt(0, 20), 8);
    Map<String, List<Encounter>> byCustomer = all.stream().collect(Collectors.groupingBy(Encounter::customerId));
    combines(MotCombineFns.funnel(f), byCustomer.values().stream().map(f::tally).toList(),
        described(oneMachine(f, all)), MotFunnelTest::described);
    combines(MotCombineFns.journeys(j), byCustomer.values().stream().map(j::tally).toList(), journeys(j.tally(all)),
        MotFunnelTest::journeys);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.mot.beam.MotTransformsTest#seeds")
  void thePipelineEqualsTheSingleMachineFunnel(Seed seed) throws Throwable {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    EncounterFunnel random = ScoringGenerators.encounterFunnel(r, journey);
    EncounterFunnel stages = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(journey),
        Funnel.ofStages(journey).withGroupBy(EpisodeGrouping.channel()));
    List<Encounter> encounters = ScoringGenerators.customersEncounters(r, journey, 60, 8);
    String wantRandom = described(oneMachine(random, encounters));
    String wantStages = described(oneMachine(stages, encounters));
    String wantReport = Format.JSON.render(stages.funnel().analyze(stages.observing().observe(EncounterLog.of(encounters))));
    EncounterJourneys randomJourneys = ScoringGenerators.encounterJourneys(r, journey);
    EncounterJourneys all = EncounterJourneys.of(stages.observing()).withPrecursors(Precursors.withDefaults()
        .withMinSupport(1));
    String wantRandomJourneys = journeys(randomJourneys.tally(encounters));
    String wantJourneysReport = Format.JSON.render(all.analyze(all.observing().observe(EncounterLog.of(encounters))));
    TestPipelines.run(getClass(), "funnel " + seed, p -> {
      PCollection<Encounter> in = p.apply(Create.of(encounters));
      var a = in.apply("Random", MotTransforms.funnel(random));
      var b = in.apply("Stages", MotTransforms.funnel(stages));
      PAssert.that(a.output().apply("A", MapElements.into(TypeDescriptors.strings()).via(MotFunnelTest::described)))
          .containsInAnyOrder(wantRandom);
      PAssert.that(b.output().apply("B", MapElements.into(TypeDescriptors.strings()).via(MotFunnelTest::described)))
          .containsInAnyOrder(wantStages);
      PAssert.that(b.output().apply(MotTransforms.render(Format.JSON, FunnelTally::report)))
          .containsInAnyOrder(wantReport);
      PAssert.that(a.failures()).empty();
      var c = in.apply("Random journeys", MotTransforms.journeys(randomJourneys));
      PAssert.that(c.output().apply("C", MapElements.into(TypeDescriptors.strings()).via(MotFunnelTest::journeys)))
          .containsInAnyOrder(wantRandomJourneys);
      PAssert.that(in.apply("All journeys", MotTransforms.journeys(all)).output()
          .apply("D", MotTransforms.render(Format.JSON, JourneyTallies::report))).containsInAnyOrder(wantJourneysReport);
    });
  }

  @Test
  @SuppressWarnings("NullAway") // a null encounter on purpose
  void badEncountersGoToTheFailuresAndNoneGiveTheEmptyTally() throws Throwable {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterFunnel f = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(journey), Funnel.ofStages(journey));
    List<Encounter> good = ScoringGenerators.customersEncounters(new SplittableRandom(5), journey, 10, 6);
    Encounter offMap = Generated.moved(good.get(0), "teleporting", good.get(0).occurredAt());
    Encounter sentinel = Generated.moved(good.get(1), good.get(1).touchpointId(), Instant.parse("9999-12-31T00:00:00Z"));
    String unheld = "occurredAt 9999-12-31T00:00:00Z is outside what an encounter log holds, ["
        + EncounterLog.MIN_INSTANT + ", " + EncounterLog.MAX_INSTANT + "]";
    List<Encounter> input = new ArrayList<>(good);
    input.add(offMap);
    input.add(sentinel);
    input.add(null);
    String want = described(oneMachine(f, good));
    String empty = described(f.funnel().tally());
    EncounterJourneys j = EncounterJourneys.of(f.observing());
    List<Encounter> withOffMap = new ArrayList<>(good);
    withOffMap.add(offMap);
    String wantJourneys = journeys(j.tally(withOffMap)); // counted as off the map, as on one machine
    String emptyJourneys = journeys(j.tally());
    TestPipelines.run(getClass(), "bad funnel", p -> {
      var out = p.apply(Create.of(input).withCoder(NullableCoder.of(MotCoders.encounter()))).apply(MotTransforms.funnel(f));
      PAssert.that(out.output().apply(MapElements.into(TypeDescriptors.strings()).via(MotFunnelTest::described)))
          .containsInAnyOrder(want);
      PAssert.that(out.failures()).containsInAnyOrder(
          Rejection.of(offMap.toString(), "touchpoint 'teleporting' is not on the journey map '" + journey.name() + "'"),
          Rejection.of(sentinel.toString(), unheld), Rejection.of("null", "the encounter is null"));
      var none = p.apply("None", Create.empty(MotCoders.encounter())).apply("Empty", MotTransforms.funnel(f));
      PAssert.that(none.output().apply("E", MapElements.into(TypeDescriptors.strings()).via(MotFunnelTest::described)))
          .containsInAnyOrder(empty);
      var journeyTallies = p.apply("Journeys input", Create.of(input).withCoder(NullableCoder.of(MotCoders.encounter())))
          .apply("Journeys", MotTransforms.journeys(j));
      PAssert.that(journeyTallies.output().apply("J", MapElements.into(TypeDescriptors.strings())
          .via(MotFunnelTest::journeys))).containsInAnyOrder(wantJourneys);
      PAssert.that(journeyTallies.failures()).containsInAnyOrder(Rejection.of(sentinel.toString(), unheld),
          Rejection.of("null", "the encounter is null"));
      PAssert.that(p.apply("No journeys", Create.empty(MotCoders.encounter())).apply("Empty journeys",
          MotTransforms.journeys(j)).output().apply("EJ", MapElements.into(TypeDescriptors.strings())
          .via(MotFunnelTest::journeys))).containsInAnyOrder(emptyJourneys);
    });
    // without a map every touchpoint is taken
    EncounterFunnel noMap = EncounterFunnel.of(ObservedJourneys.withDefaults(), Funnel.of(List.of("greeting")));
    assertThat(EncounterCheck.episodes(noMap.observing().journey().orElse(null)).rejection(offMap)).isNull();
  }

  @Test
  @SuppressWarnings("NullAway") // a null encounter on purpose
  void strictModeFailsTheJob() {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterFunnel f = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(journey), Funnel.ofStages(journey));
    List<Encounter> input = new ArrayList<>(ScoringGenerators.customersEncounters(new SplittableRandom(3), journey, 2, 3));
    input.add(Generated.moved(input.get(0), "teleporting", input.get(0).occurredAt()));
    var strict = MotTransforms.funnel(f).strict();
    assertThatThrownBy(() -> TestPipelines.run(getClass(), "strict funnel", p -> p.apply(Create.of(input)).apply(strict)))
        .hasMessageContaining("touchpoint 'teleporting' is not on the journey map");
    var strictJourneys = MotTransforms.journeys(EncounterJourneys.of(f.observing())).strict();
    assertThat(strictJourneys.isStrict()).isTrue();
    List<Encounter> withNull = new ArrayList<>(input);
    withNull.add(null);
    assertThatThrownBy(() -> TestPipelines.run(getClass(), "strict journeys", p -> p.apply(Create.of(withNull)
        .withCoder(NullableCoder.of(MotCoders.encounter()))).apply(strictJourneys)))
        .hasMessageContaining("rejected encounter null: the encounter is null");
  }

  @Test
  void theCoderHoldsTheFunnelAndRefusesAnotherFunnelsTally() {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterFunnel stages = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(journey), Funnel.ofStages(journey));
    EncounterFunnel first = EncounterFunnel.of(ObservedJourneys.withDefaults(),
        Funnel.of(List.of(journey.touchpoints().get(0).id())));
    ByteFormCoder<FunnelTally> coder = SerializableUtils.clone(MotCoders.funnelTally(stages));
    assertThat(coder).isEqualTo(MotCoders.funnelTally(stages)).isNotEqualTo(MotCoders.funnelTally(first));
    FunnelTally t = stages.tally(ScoringGenerators.customerEncounters(new SplittableRandom(9), journey, "c", 6));
    assertThat(coder.toBytes(coder.fromBytes(t.toBytes()))).isEqualTo(t.toBytes());
    assertThatThrownBy(() -> coder.fromBytes(first.funnel().tally().toBytes()))
        .hasMessageContaining("they tally the funnel of steps");
  }

  @Test
  void theJourneysCoderHoldsTheSettingsAndRefusesOtherSettingsTallies() {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterJourneys stages = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(journey));
    EncounterJourneys plain = EncounterJourneys.of(ObservedJourneys.withDefaults());
    ByteFormCoder<JourneyTallies> coder = SerializableUtils.clone(MotCoders.journeyTallies(stages));
    assertThat(coder).isEqualTo(MotCoders.journeyTallies(stages)).isNotEqualTo(MotCoders.journeyTallies(plain));
    JourneyTallies t = stages.tally(ScoringGenerators.customerEncounters(new SplittableRandom(9), journey, "c", 6));
    assertThat(coder.toBytes(coder.fromBytes(t.toBytes()))).isEqualTo(t.toBytes());
    assertThatThrownBy(() -> coder.fromBytes(plain.tally().toBytes()))
        .hasMessageContaining("journey tallies bytes: the funnel tally at byte ")
        .hasMessageContaining("is empty but the settings have one");
  }
}
