package io.github.mot.servqual.gap;

import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.testing.Seed;
import io.github.mot.servqual.testing.ServqualGenerators.Answers;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.util.SplittableRandom;

class GapPropertiesTest {

  private static final double EPS = 1e-9;

  private static MissingPolicy policy(SplittableRandom r) {
    return r.nextBoolean() ? MissingPolicy.LISTWISE : MissingPolicy.PAIRWISE;
  }

  @SeededTest
  void swappingExpectationAndPerceptionNegatesEveryGap(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    Answers a = ServqualGenerators.answers(r, ins, r.nextBoolean() ? 0.0 : 0.1, ins.scale().max());
    Answers swapped = new SwappedAnswers(a).get();
    GapAnalysis analysis = GapAnalysis.withDefaults().withMissing(policy(r));
    GapReport x = analysis.analyze(a.build());
    GapReport y = analysis.analyze(swapped.build());
    for (int i = 0; i < ins.size(); i++) {
      MeanEstimate gx = x.items().get(i).gap();
      MeanEstimate gy = y.items().get(i).gap();
      assertThat(gy.n()).isEqualTo(gx.n());
      assertClose(gy.mean(), -gx.mean());
      assertClose(gy.t(), -gx.t());
      assertClose(gy.p(), gx.p());
      assertClose(gy.ciLower(), -gx.ciUpper());
    }
    for (int d = 0; d < x.dimensions().size(); d++) {
      GapReport.DimensionGap dx = x.dimensions().get(d);
      GapReport.DimensionGap dy = y.dimensions().get(d);
      assertClose(dy.meanGap(), -dx.meanGap());
      assertClose(dy.alphaExpectation(), dx.alphaPerception());
      assertClose(dy.alphaGap(), dx.alphaGap());
    }
    assertClose(y.unweighted().mean(), -x.unweighted().mean());
    if (x.weighted().isPresent()) {
      assertClose(y.weighted().orElseThrow().mean(), -x.weighted().orElseThrow().mean());
    }
  }

  @SeededTest
  void addingAConstantToEveryPerceptionShiftsGapsAndKeepsAlpha(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    // reverse-coded items flip the sign of a shift of the raw answer: use positively worded items
    ins = Instrument.of(ins.name(), ins.scale(),
        ins.items().stream().map(it -> Item.of(it.label(), it.dimension())).toList());
    int c = r.nextInt(1, Math.max(2, ins.scale().range() / 2 + 1));
    Answers a = ServqualGenerators.answers(r, ins, r.nextBoolean() ? 0.0 : 0.1, ins.scale().max() - c);
    int[][] shifted = new int[a.p.length][];
    for (int k = 0; k < shifted.length; k++) {
      shifted[k] = a.p[k].clone();
      for (int i = 0; i < shifted[k].length; i++) {
        if (shifted[k][i] != Response.MISSING) {
          shifted[k][i] += c;
        }
      }
    }
    Answers b = new ReplacedPerceptions(a, shifted).get();
    GapAnalysis analysis = GapAnalysis.withDefaults().withMissing(policy(r));
    GapReport x = analysis.analyze(a.build());
    GapReport y = analysis.analyze(b.build());
    for (int i = 0; i < ins.size(); i++) {
      assertClose(y.items().get(i).meanGap(), x.items().get(i).meanGap() + c);
      assertClose(y.items().get(i).gap().standardDeviation(), x.items().get(i).gap().standardDeviation());
    }
    for (int d = 0; d < x.dimensions().size(); d++) {
      GapReport.DimensionGap dx = x.dimensions().get(d);
      GapReport.DimensionGap dy = y.dimensions().get(d);
      assertClose(dy.meanGap(), dx.meanGap() + c);
      // alpha comes from exact integer sums, which a shift leaves unchanged
      assertThat(Double.valueOf(dy.alphaPerception())).isEqualTo(Double.valueOf(dx.alphaPerception()));
      assertThat(Double.valueOf(dy.alphaGap())).isEqualTo(Double.valueOf(dx.alphaGap()));
      assertThat(Double.valueOf(dy.alphaExpectation())).isEqualTo(Double.valueOf(dx.alphaExpectation()));
    }
    assertClose(y.unweighted().mean(), x.unweighted().mean() + c);
    assertClose(y.servperf().mean(), x.servperf().mean() + c);
  }

  @SeededTest
  void alphaNeverExceedsOne(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    Answers a = ServqualGenerators.answers(r, ins, r.nextDouble() * 0.2, ins.scale().max());
    GapReport x = GapAnalysis.withDefaults().withMissing(policy(r)).analyze(a.build());
    for (GapReport.DimensionGap d : x.dimensions()) {
      for (CronbachAlpha rel : new CronbachAlpha[] {d.expectationReliability(), d.perceptionReliability(),
          d.gapReliability()}) {
        if (!Double.isNaN(rel.alpha())) {
          assertThat(rel.alpha()).isLessThanOrEqualTo(1.0);
        }
        for (CronbachAlpha.ItemStatistics ir : rel.itemStatistics()) {
          if (!Double.isNaN(ir.alphaIfDeleted())) {
            assertThat(ir.alphaIfDeleted()).isLessThanOrEqualTo(1.0);
          }
          if (!Double.isNaN(ir.correctedItemTotalCorrelation())) {
            assertThat(ir.correctedItemTotalCorrelation()).isBetween(-1.0, 1.0);
          }
        }
      }
    }
  }

  @SeededTest
  void listwiseAndPairwiseAgreeWhenNothingIsMissing(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    SurveyData data = ServqualGenerators.answers(r, ins, 0.0, ins.scale().max()).build();
    GapReport l = GapAnalysis.withDefaults().withMissing(MissingPolicy.LISTWISE).analyze(data);
    GapReport p = GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(data);
    assertThat(p.n()).isEqualTo(l.n());
    CompiledKernelsTest.assertSameReport(p, l);
  }

  @SeededTest
  void reorderingRespondentsChangesNothing(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    Answers a = ServqualGenerators.answers(r, ins, r.nextBoolean() ? 0.0 : 0.15, ins.scale().max());
    int n = a.e.length;
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    for (int k = n - 1; k > 0; k--) {
      int j = r.nextInt(k + 1);
      int t = order[k];
      order[k] = order[j];
      order[j] = t;
    }
    GapAnalysis analysis = GapAnalysis.withDefaults().withMissing(policy(r));
    GapReport x = analysis.analyze(a.build());
    GapReport y = analysis.analyze(a.build(order));
    // exact integer sums: bit-for-bit equal
    assertThat(y.items()).isEqualTo(x.items());
    assertThat(y.dimensions()).isEqualTo(x.dimensions());
    assertThat(y.unweighted()).isEqualTo(x.unweighted());
    assertThat(y.servperf()).isEqualTo(x.servperf());
    // the weighted score is summed in floating point: equal up to rounding
    if (x.weighted().isPresent()) {
      assertClose(y.weighted().orElseThrow().mean(), x.weighted().orElseThrow().mean());
      assertClose(y.weighted().orElseThrow().standardDeviation(), x.weighted().orElseThrow().standardDeviation());
    }
  }

  @SeededTest
  void storedAnswersRoundTrip(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    Answers a = ServqualGenerators.answers(r, ins, 0.1, ins.scale().max());
    SurveyData data = a.build();
    int k = r.nextInt(a.e.length);
    int i = r.nextInt(ins.size());
    int raw = a.p[k][i];
    if (raw == Response.MISSING) {
      assertThat(data.answer(AnswerKind.PERCEPTION, i + 1, k)).isEmpty();
    } else {
      int scored = ins.item(i + 1).reverseCoded() ? ins.scale().reverse(raw) : raw;
      assertThat(data.answer(AnswerKind.PERCEPTION, i + 1, k)).hasValue(scored);
    }
    assertThat(data.respondentId(k)).isEqualTo("r" + k);
  }

  private static void assertClose(double actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual).isNaN();
    } else if (Double.isInfinite(expected)) {
      assertThat(actual).isEqualTo(expected);
    } else {
      assertThat(actual).isCloseTo(expected, within(EPS));
    }
  }

  /** E and P exchanged. */
  private static final class SwappedAnswers {
    private final Answers a;

    SwappedAnswers(Answers a) {
      this.a = a;
    }

    Answers get() {
      return new Answers(a.instrument, a.p, a.e, a.points);
    }
  }

  /** P replaced. */
  private static final class ReplacedPerceptions {
    private final Answers a;
    private final int[][] p;

    ReplacedPerceptions(Answers a, int[][] p) {
      this.a = a;
      this.p = p;
    }

    Answers get() {
      return new Answers(a.instrument, a.e, p, a.points);
    }
  }
}
