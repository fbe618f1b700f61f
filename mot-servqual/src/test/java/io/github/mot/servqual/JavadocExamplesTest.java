package io.github.mot.servqual;

import io.github.mot.servqual.testing.Fixtures;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
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
  void parallelismExample() {
    SurveyData data = Fixtures.fourRespondents(true).build();
    GapReport report = GapAnalysis.withDefaults()
        .withParallelism(Runtime.getRuntime().availableProcessors())
        .analyze(data);
    assertThat(report).isEqualTo(GapAnalysis.withDefaults().analyze(data));
  }
}
