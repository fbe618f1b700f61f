package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.testing.LabelAssertions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoringLabelsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(JourneyModel.class, AuditOutcome.class,
      EncounterScorecard.GroupBy.class, ScorecardSummary.Share.class,
      ConformanceReport.DeviationKind.class);

  @Test
  void everyEnumConstantHasANonBlankNonKeyLabelInEnglishAndChinese() {
    LabelAssertions.assertEveryConstantLabelledInEnglishAndChinese(Text::labels, ENUMS);
    assertThat(JourneyModel.PEAK_END.label(ZH)).isEqualTo("峰终");
    assertThat(AuditOutcome.NOT_APPLICABLE.label(ZH)).isEqualTo("不适用");
  }

  @Test
  void englishBundleAgreesWithTheEnglishLabelsOfTheCode() {
    for (ScorecardSummary.Share s : ScorecardSummary.Share.values()) {
      assertThat(s.label(Locale.ENGLISH)).isEqualTo(s.label());
    }
    for (EncounterScorecard.GroupBy g : EncounterScorecard.GroupBy.values()) {
      assertThat(g.label(Locale.ENGLISH)).isEqualTo(g.label());
    }
    assertThat(Text.labels(ZH).keys()).isEqualTo(Text.labels(Locale.ENGLISH).keys());
  }
}
