package io.github.mot.beam;

import io.github.mot.scoring.testing.ScoringGenerators;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditAccumulator;
import io.github.mot.scoring.AuditOverviewAccumulator;
import io.github.mot.scoring.AuditScore;
import io.github.mot.scoring.ComplianceScore;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.KeyCodec;
import io.github.mot.scoring.ScorecardAccumulator;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.values.KV;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each combine function with Beam's own {@link CombineFnTester}, which combines the inputs in
 * every sharding it knows (one shard, one input a shard, balanced and unbalanced shards, in order
 * and shuffled), merging partial accumulators in every way; each time the output must equal, byte
 * for byte, the tally of the inputs added in order on one machine.
 */
class MotCombineFnsTest {

  static Stream<Seed> seeds() {
    return Generated.seeds(12);
  }

  /** Matches a tally whose byte form is that of {@code expected}. */
  private static <A> Matcher<A> sameBytes(ByteFormCoder<A> coder, A expected) {
    String want = HexFormat.of().formatHex(coder.toBytes(expected));
    return new CustomTypeSafeMatcher<>("a tally with the bytes " + want) {
      @Override
      protected boolean matchesSafely(A actual) {
        return want.equals(HexFormat.of().formatHex(coder.toBytes(actual)));
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void scorecard(Seed seed) {
    SplittableRandom r = seed.random();
    List<ScorecardLevel> levels = new ArrayList<>();
    ScorecardAccumulator expected = ScorecardAccumulator.create();
    for (int i = 0, n = r.nextInt(0, 40); i < n; i++) {
      ScorecardLevel l = CoreGenerators.scorecardLevel(r);
      levels.add(l);
      expected.add(l);
    }
    CombineFnTester.testCombineFn(
        MotCombineFns.scorecard(), levels, sameBytes(MotCoders.scorecard(), expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void scorecardsByKey(Seed seed) {
    SplittableRandom r = seed.random();
    List<KV<String, ScorecardLevel>> inputs = new ArrayList<>();
    GroupedScorecardAccumulator<String> expected = GroupedScorecardAccumulator.create("touchpoint");
    for (int i = 0, n = r.nextInt(0, 40); i < n; i++) {
      String key = "t" + r.nextInt(6);
      ScorecardLevel l = CoreGenerators.scorecardLevel(r);
      inputs.add(KV.of(key, l));
      expected.add(key, l);
    }
    TallyCombineFn<KV<String, ScorecardLevel>, GroupedScorecardAccumulator<String>> fn =
        MotCombineFns.scorecardsBy("touchpoint");
    CombineFnTester.testCombineFn(fn, inputs, sameBytes(MotCoders.groupedScorecard(), expected));
    KeyCodec<String> text = KeyCodec.text();
    assertThat(fn.extractOutput(fn.createAccumulator()).toBytes(text))
        .isEqualTo(GroupedScorecardAccumulator.<String>create("touchpoint").toBytes(text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void firstImpressions(Seed seed) {
    SplittableRandom r = seed.random();
    AbcWeights weights = CoreGenerators.abcWeights(r);
    List<AbcRatings> ratings = new ArrayList<>();
    FirstImpressionAccumulator expected = FirstImpressionScorer.of(weights).accumulator(Generated.SCALE);
    for (int i = 0, n = r.nextInt(0, 40); i < n; i++) {
      AbcRatings a = CoreGenerators.abcRatings(r, Generated.SCALE);
      ratings.add(a);
      expected.add(a);
    }
    CombineFnTester.testCombineFn(
        MotCombineFns.firstImpressions(weights, Generated.SCALE), ratings,
        sameBytes(MotCoders.firstImpression(), expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void audits(Seed seed) {
    SplittableRandom r = seed.random();
    SupervisionChecklist checklist = CoreGenerators.supervisionChecklist(r);
    List<AuditScore> scores = new ArrayList<>();
    List<ComplianceScore> figures = new ArrayList<>();
    AuditAccumulator expected = AuditAccumulator.create();
    for (int i = 0, n = r.nextInt(0, 25); i < n; i++) {
      AuditScore s = AuditScore.of(ScoringGenerators.audit(r, checklist, "a" + i));
      scores.add(s);
      expected.add(s);
      ComplianceScore c = s.overall(); // the same audit as a row of figures, without its checklist
      figures.add(ComplianceScore.of(c.passed(), c.failed(), c.notApplicable(), c.passedWeight(),
          c.applicableWeight(), c.criticalFailures()));
    }
    CombineFnTester.testCombineFn(MotCombineFns.audits(), scores, sameBytes(MotCoders.audit(), expected));
    CombineFnTester.testCombineFn(MotCombineFns.compliance(), figures, sameBytes(MotCoders.audit(), expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void auditOverviews(Seed seed) {
    SplittableRandom r = seed.random();
    SupervisionChecklist checklist = CoreGenerators.supervisionChecklist(r);
    List<Audit> audits = new ArrayList<>();
    AuditOverviewAccumulator expected = AuditOverviewAccumulator.create();
    for (int i = 0, n = r.nextInt(0, 25); i < n; i++) {
      Audit a = ScoringGenerators.audit(r, checklist, "a" + i);
      audits.add(a);
      expected.add(a);
    }
    CombineFnTester.testCombineFn(
        MotCombineFns.auditOverviews(), audits, sameBytes(MotCoders.auditOverview(), expected));
  }
}
