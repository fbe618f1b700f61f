package io.github.mot.servqual;

import io.github.mot.core.testing.Rejections;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.RatingScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnBuilderTest {

  private static final int M = Response.MISSING;

  /** The respondents of {@link Fixtures#fourRespondents(boolean)}, column by column. */
  private static SurveyData.ColumnBuilder fourRespondents() {
    return SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 4)
        .answers(AnswerKind.EXPECTATION, 1, new int[] {7, 6, 5, 7})
        .answers(AnswerKind.EXPECTATION, 2, new int[] {6, 6, 7, 5})
        .answers(AnswerKind.EXPECTATION, 3, new int[] {5, 7, 6, 6})
        .answers(AnswerKind.PERCEPTION, 1, new int[] {5, 5, 5, 4})
        .answers(AnswerKind.PERCEPTION, 2, new int[] {6, 4, 5, 6})
        .answers(AnswerKind.PERCEPTION, 3, new int[] {4, 6, 6, 3})
        .points(Dimension.TANGIBLES, new double[] {60, 50, 30, 80})
        .points(Dimension.RELIABILITY, new double[] {40, 50, 70, 20});
  }

  @Test
  void columnsGiveTheSameAnalysisAsResponses() {
    SurveyData columns = fourRespondents().build();
    SurveyData rows = Fixtures.fourRespondents(true).build();
    GapReport x = GapAnalysis.withDefaults().analyze(columns);
    GapReport y = GapAnalysis.withDefaults().analyze(rows);
    assertThat(x.items()).isEqualTo(y.items());
    assertThat(x.dimensions()).isEqualTo(y.dimensions());
    assertThat(x.unweighted()).isEqualTo(y.unweighted());
    assertThat(x.weighted()).isEqualTo(y.weighted());
    assertThat(x.servperf()).isEqualTo(y.servperf());
    assertThat(columns.answer(AnswerKind.PERCEPTION, 3, 3)).hasValue(3);
    assertThat(columns.points(Dimension.RELIABILITY, 2)).hasValue(70.0);
    assertThat(columns.kinds()).containsExactly(AnswerKind.EXPECTATION, AnswerKind.PERCEPTION);
  }

  @Test
  void idsAreRowNumbersUnlessGiven() {
    SurveyData data = fourRespondents().build();
    assertThat(data.respondentId(0)).isEqualTo("1");
    assertThat(data.respondentId(3)).isEqualTo("4");
    SurveyData withIds = fourRespondents().ids(new long[] {10, 20, 30, -40}).build();
    assertThat(withIds.respondentId(3)).isEqualTo("-40");
  }

  @Test
  void storageIsFortyNineBytesARespondentForTheStandardInstrumentWithWholePoints() {
    int n = 1000;
    SurveyData.ColumnBuilder b = SurveyData.columnBuilder(Instrument.standard(), n);
    int[] answers = new int[n];
    java.util.Arrays.fill(answers, 4);
    for (int i = 1; i <= 22; i++) {
      b.answers(AnswerKind.EXPECTATION, i, answers).answers(AnswerKind.PERCEPTION, i, answers);
    }
    double[] twenty = new double[n];
    java.util.Arrays.fill(twenty, 20);
    for (Dimension d : Dimension.standard()) {
      b.points(d, twenty);
    }
    SurveyData data = b.build();
    // 44 answer bytes + 5 bytes of whole points, no id column
    assertThat(data.storageBytes()).isEqualTo(n * 49L);
    assertThat(data.storageBytes() / data.size()).isLessThanOrEqualTo(64);
    // with numeric ids: 8 more
    assertThat(b.ids(new long[n]).build().storageBytes()).isEqualTo(n * 57L);
  }

  @Test
  void pointsThatAreNotWholeNumbersAreKeptAsDoubles() {
    SurveyData data = fourRespondents()
        .points(Dimension.TANGIBLES, new double[] {60.5, 50, 30, 80})
        .points(Dimension.RELIABILITY, new double[] {39.5, 50, 70, 20})
        .build();
    assertThat(data.points(Dimension.TANGIBLES, 0)).hasValue(60.5);
    // 6 answer bytes + 2 doubles a respondent
    assertThat(data.storageBytes()).isEqualTo(4 * (6 + 16L));
  }

  @Test
  void missingAnswersAndAbsentColumnsAreStoredAsTheMissingByte() {
    SurveyData data = SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 3)
        .answers(AnswerKind.PERCEPTION, 2, new int[] {M, 7, 1})
        .build();
    assertThat(data.kinds()).containsExactly(AnswerKind.PERCEPTION);
    assertThat(data.answer(AnswerKind.PERCEPTION, 2, 0)).isEmpty();
    assertThat(data.answer(AnswerKind.PERCEPTION, 2, 1)).hasValue(7);
    assertThat(data.answer(AnswerKind.PERCEPTION, 1, 1)).isEmpty();
    // items 1 and 3 absent (6) + one missing answer of item 2
    assertThat(data.missing(AnswerKind.PERCEPTION)).isEqualTo(7);
    assertThat(data.missing(AnswerKind.EXPECTATION)).isZero();
    assertThat(data.hasPoints()).isFalse();
  }

  @Test
  void reverseCodingIsAppliedToColumns() {
    Instrument ins = Instrument.of("rev", RatingScale.FIVE_POINT,
        List.of(Item.of("a", Dimension.TANGIBLES), Item.reversed("b", Dimension.TANGIBLES)));
    SurveyData data = SurveyData.columnBuilder(ins, 2)
        .answers(AnswerKind.PERCEPTION, 2, new int[] {2, 5})
        .build();
    // on 1..5 a reverse-coded 2 counts as 6 - 2 = 4
    assertThat(data.answer(AnswerKind.PERCEPTION, 2, 0)).hasValue(4);
    assertThat(data.answer(AnswerKind.PERCEPTION, 2, 1)).hasValue(1);
  }

  @Test
  void aColumnGivenTwiceReplacesTheFirst() {
    SurveyData data = SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 2)
        .answers(AnswerKind.PERCEPTION, 1, new int[] {M, M})
        .answers(AnswerKind.PERCEPTION, 1, new int[] {3, 4})
        .build();
    assertThat(data.answer(AnswerKind.PERCEPTION, 1, 0)).hasValue(3);
    assertThat(data.missing(AnswerKind.PERCEPTION)).isEqualTo(4);
  }

  @Test
  void buildCopiesSoLaterColumnsDoNotChangeEarlierData() {
    SurveyData.ColumnBuilder b = fourRespondents();
    SurveyData first = b.build();
    b.answers(AnswerKind.PERCEPTION, 1, new int[] {1, 1, 1, 1});
    assertThat(first.answer(AnswerKind.PERCEPTION, 1, 0)).hasValue(5);
    assertThat(b.build().answer(AnswerKind.PERCEPTION, 1, 0)).hasValue(1);
  }

  @Test
  void rescalePolicyAppliesToColumns() {
    SurveyData data = fourRespondents().pointsPolicy(PointsPolicy.RESCALE)
        .points(Dimension.TANGIBLES, new double[] {30, 50, Double.NaN, 80})
        .points(Dimension.RELIABILITY, new double[] {60, 50, Double.NaN, 20})
        .build();
    // respondent 1 gave 30 + 60 = 90: scaled by 100 / 90
    assertThat(data.points(Dimension.TANGIBLES, 0).getAsDouble()).isEqualTo(30 * 100.0 / 90);
    assertThat(data.points(Dimension.TANGIBLES, 2)).isEmpty();
    assertThat(data.rescaled()).containsExactly(new SurveyData.Rescaling(0, "1", 90.0));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsABadRespondentCount() {
    Rejections.assertRejectsWith(
        "respondents must be in [0, 2147483639] but was -1",
        () -> SurveyData.columnBuilder(Fixtures.THREE_ITEMS, -1));
    assertThatThrownBy(() -> SurveyData.columnBuilder(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("instrument");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsAnswerColumnsThatDoNotFit() {
    SurveyData.ColumnBuilder b = SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 3);
    Rejections.assertRejectsWith(
        "item id must be in [1, 3] but was 4",
        () -> b.answers(AnswerKind.EXPECTATION, 4, new int[3]));
    Rejections.assertRejectsWith(
        "expectation answers of item 1 must number 3 (one per respondent) but were 2",
        () -> b.answers(AnswerKind.EXPECTATION, 1, new int[] {1, 2}));
    Rejections.assertRejectsWith(
        "respondent 2: perception of item 2 must be on the scale [1, 7] but was 8",
        () -> b.answers(AnswerKind.PERCEPTION, 2, new int[] {1, 8, 2}));
    assertThatThrownBy(() -> b.answers(AnswerKind.PERCEPTION, 2, new int[] {1, 0, 2}))
        .hasMessageContaining("but was 0");
    assertThatThrownBy(() -> b.answers(null, 1, new int[3]))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> b.answers(AnswerKind.PERCEPTION, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("answers");
    // nothing was stored
    assertThat(b.build().kinds()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsPointColumnsThatDoNotFit() {
    SurveyData.ColumnBuilder b = SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 2);
    Rejections.assertRejectsWith(
        "importance points dimension must be one of [TANGIBLES, RELIABILITY] but was EMPATHY",
        () -> b.points(Dimension.EMPATHY, new double[2]));
    Rejections.assertRejectsWith(
        "importance points of TANGIBLES must number 2 (one per respondent) but were 3",
        () -> b.points(Dimension.TANGIBLES, new double[3]));
    Rejections.assertRejectsWith(
        "respondent 2: importance points of TANGIBLES must be finite and >= 0 but was -1.0",
        () -> b.points(Dimension.TANGIBLES, new double[] {50, -1}));
    Rejections.assertRejectsWith(
        "but was Infinity",
        () -> b.points(Dimension.TANGIBLES, new double[] {Double.POSITIVE_INFINITY, 1}));
    assertThatThrownBy(() -> b.points(null, new double[2]))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("dimension");
    assertThatThrownBy(() -> b.points(Dimension.TANGIBLES, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("points");
    assertThat(b.build().hasPoints()).isFalse();
  }

  @Test
  void buildRejectsIncompleteOrBadTotals() {
    SurveyData.ColumnBuilder partial = SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 2)
        .points(Dimension.TANGIBLES, new double[] {Double.NaN, 100});
    assertThatThrownBy(partial::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("respondent 2: importance points must be given for every dimension")
        .hasMessageContaining("RELIABILITY was missing");
    SurveyData.ColumnBuilder short90 = SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 1)
        .points(Dimension.TANGIBLES, new double[] {50})
        .points(Dimension.RELIABILITY, new double[] {40});
    Rejections.assertRejectsWith(
        "respondent 1: importance points must sum to 100 but summed to 90.0", short90::build);
    SurveyData.ColumnBuilder zero = SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 1)
        .pointsPolicy(PointsPolicy.RESCALE)
        .points(Dimension.TANGIBLES, new double[] {0})
        .points(Dimension.RELIABILITY, new double[] {0});
    Rejections.assertRejectsWith("a total of 0 cannot be rescaled", zero::build);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsIdsAndPolicyThatDoNotFit() {
    SurveyData.ColumnBuilder b = SurveyData.columnBuilder(Fixtures.THREE_ITEMS, 2);
    Rejections.assertRejectsWith(
        "ids must number 2 (one per respondent) but were 1", () -> b.ids(new long[1]));
    assertThatThrownBy(() -> b.ids(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("ids");
    assertThatThrownBy(() -> b.pointsPolicy(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
  }

  @Test
  void wholePointsFromResponsesTakeOneByteADimension() {
    SurveyData.Builder b = Fixtures.allFours(100, true);
    // 44 answer bytes, an 8-byte id, 5 bytes of whole points
    assertThat(b.build().storageBytes()).isEqualTo(100 * 57L);
    assertThat(b.build().points(Dimension.EMPATHY, 99)).hasValue(20.0);
  }
}
