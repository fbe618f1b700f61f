package io.github.mot.servqual;

import io.github.mot.servqual.testing.Fixtures;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.gap.GapTally;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the code examples of the Javadoc, copied verbatim, so that they stay true. */
class JavadocExamplesTest {

  @Test
  void columnBuilderExample() {
    SurveyData data = SurveyData.columnBuilder(Instrument.standard(), 3)
        .answers(AnswerKind.EXPECTATION, 1, new int[] {7, 6, Response.MISSING})
        .answers(AnswerKind.PERCEPTION, 1, new int[] {5, 6, 4})
        .build();
    assertThat(data.size()).isEqualTo(3);
    assertThat(data.answer(AnswerKind.EXPECTATION, 1, 2)).isEmpty();
    assertThat(data.answer(AnswerKind.PERCEPTION, 1, 2)).hasValue(4);
  }

  @Test
  void gapTallyExamples() {
    SurveyData northShard = Fixtures.allFours(3, true).build();
    SurveyData southShard = io.github.mot.servqual.testing.ServqualGenerators.columns(new java.util.SplittableRandom(7),
        Instrument.standard(), 500, 0.05, true, AnswerKind.EXPECTATION, AnswerKind.PERCEPTION);
    byte[] southBytes = GapAnalysis.withDefaults().tally(Instrument.standard()).add(southShard).toBytes();
    // GapAnalysis.tally
    GapTally first = GapAnalysis.withDefaults().tally(Instrument.standard()).add(northShard);
    assertThat(first.respondentCount()).isEqualTo(3);
    // GapTally
    GapAnalysis analysis = GapAnalysis.withDefaults();
    GapTally north = analysis.tally(Instrument.standard()).add(northShard);   // on one machine
    GapTally south = GapTally.fromBytes(southBytes, analysis, Instrument.standard()); // shipped as bytes
    GapReport all = north.merge(south).report();
    assertThat(all.respondents()).isEqualTo(503);
  }

  @Test
  void parallelismExample() {
    SurveyData data = Fixtures.fourRespondents(true).build();
    GapReport report = GapAnalysis.withDefaults()
        .withParallelism(Runtime.getRuntime().availableProcessors())
        .analyze(data);
    assertThat(report).isEqualTo(GapAnalysis.withDefaults().analyze(data));
  }

  @Test
  void plainDataExamples() {
    // ReliabilityAnalysis.analyze(double[][])
    double[][] answers = {{4, 5, 4.5}, {2, 3, 2.5}, {5, 5, 4}, {3, 4, 3.5}};
    io.github.mot.servqual.reliability.ReliabilityReport rel =
        io.github.mot.servqual.reliability.ReliabilityAnalysis.withDefaults().withBootstrap(1000, 42).analyze(answers);
    double alpha = rel.scales().get(0).alpha();
    assertThat(alpha).isBetween(0.0, 1.0);
    // GapAnalysis.pairedTest and welchTest
    MeanEstimate t = GapAnalysis.withDefaults().pairedTest(new double[] {5, 4, 6}, new double[] {6, 6, 6});
    assertThat(t.mean()).isEqualTo(-1.0);
    io.github.mot.servqual.gap.SegmentComparison.WelchTest w =
        GapAnalysis.withDefaults().welchTest(new double[] {1, 2, 3}, new double[] {2, 4, 6, 8});
    assertThat(w.difference()).isEqualTo(-3.0);
    // WilcoxonGapAnalysis.test
    io.github.mot.servqual.gap.WilcoxonGapReport.SignedRank s = io.github.mot.servqual.gap.WilcoxonGapAnalysis.withDefaults()
        .test(new double[] {5, 4, 6, 3, 5.5}, new double[] {4, 4, 3, 5, 2});
    assertThat(s.zeros()).isEqualTo(1);
  }

  @Test
  void wilcoxonOptionsExample() {
    SurveyData data = Fixtures.twelve();
    io.github.mot.servqual.gap.WilcoxonGapReport w = io.github.mot.servqual.gap.WilcoxonGapAnalysis.withDefaults().analyze(data);
    w.dimension(Dimension.TANGIBLES).rankBiserial();
    io.github.mot.servqual.gap.WilcoxonGapReport.SignedRank one = io.github.mot.servqual.gap.WilcoxonGapAnalysis.withDefaults()
        .withPValueMethod(io.github.mot.servqual.gap.WilcoxonGapAnalysis.PValueMethod.APPROXIMATE)
        .withContinuityCorrection(false)
        .withZeroMethod(io.github.mot.servqual.gap.WilcoxonGapAnalysis.ZeroMethod.PRATT)
        .test(new double[] {5, 4, 6, 3}, new double[] {4, 4, 3, 5});
    assertThat(one.exact()).isFalse();
    assertThat(w.pValueMethod()).isEqualTo(io.github.mot.servqual.gap.WilcoxonGapAnalysis.PValueMethod.AUTO);
  }
}
