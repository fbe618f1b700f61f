package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.Labels;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoringLabelsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(JourneyModel.class, AuditOutcome.class,
      EncounterScorecard.GroupBy.class, ScorecardSummary.Share.class);

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @Test
  void everyEnumConstantHasANonBlankNonKeyLabelInEnglishAndChinese() {
    for (Locale locale : List.of(Locale.ENGLISH, ZH)) {
      Labels labels = Text.labels(locale);
      for (Class<? extends Enum<?>> type : ENUMS) {
        for (Enum<?> c : type.getEnumConstants()) {
          String label = labels.label(c);
          assertThat(label).as(Labels.key(c)).isNotBlank().isNotEqualTo(Labels.key(c)).isNotEqualTo(c.name());
          assertThat(hasHan(label)).as(Labels.key(c) + " in " + locale).isEqualTo(locale == ZH);
        }
      }
    }
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
