package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

  @Test
  void theShippedFilesAreExactlyWhatTheGeneratorMakesWithTheDefaults() {
    SampleData d = SampleData.withDefaults();
    assertThat(SampleData.embedded(SampleData.SURVEY)).isEqualTo(d.surveyCsv());
    assertThat(SampleData.embedded(SampleData.ENCOUNTERS)).isEqualTo(d.encountersCsv());
    assertThat(SampleData.embedded(SampleData.AUDITS)).isEqualTo(d.auditsCsv());
    assertThat(SampleData.embedded(SampleData.CHECKLIST)).isEqualTo(d.checklistJson());
  }

  @Test
  void theSurveyHasThreeHundredRespondentsWithAllFourKindsPointsAndAFewMissingAnswers() throws IOException {
    SurveyReadResult read = SurveyReader.of(Instrument.standard())
        .read(new StringReader(SampleData.embedded(SampleData.SURVEY)));
    assertThat(read.isClean()).isTrue();
    assertThat(read.data().size()).isEqualTo(300);
    assertThat(read.data().kinds()).containsExactlyInAnyOrder(AnswerKind.values());
    assertThat(read.data().hasPoints()).isTrue();
    assertThat(read.data().attributeValues("branch")).containsExactlyInAnyOrder("north", "south", "east", "central");
    long missing = 0;
    for (AnswerKind k : AnswerKind.values()) {
      missing += read.data().missing(k);
    }
    // 300 x 88 answers, 0.2 % blank: about 53
    assertThat(missing).isBetween(20L, 100L);
    double total = 0;
    for (Dimension d : Instrument.standard().dimensions()) {
      total += read.data().points(d, 0).orElseThrow();
    }
    assertThat(total).isEqualTo(100.0);
  }

  @Test
  void theLogHasFiveThousandEncountersAndTheAuditsSixMonths() {
    assertThat(SampleData.embedded(SampleData.ENCOUNTERS).lines().count()).isEqualTo(5_001);
    assertThat(SampleData.embedded(SampleData.AUDITS).lines().count()).isEqualTo(1 + 6 * 2 * 10);
    assertThat(SampleData.checklist().items()).hasSize(13);
  }

  @Test
  void otherSettingsGiveOtherFilesOfTheAskedSize(@TempDir Path dir) throws IOException {
    SampleData d = SampleData.withDefaults().withSeed(1).withRespondents(12).withEncounters(77);
    assertThat(d.surveyCsv()).isNotEqualTo(SampleData.withDefaults().withRespondents(12).surveyCsv());
    assertThat(d.surveyCsv().lines().count()).isEqualTo(13);
    assertThat(d.encountersCsv().lines().count()).isEqualTo(78);
    assertThat(d.writeTo(dir)).hasSize(4).allSatisfy(p -> assertThat(p).isNotEmptyFile());
    assertThat(d).hasToString("SampleData[seed=1, respondents=12, encounters=77]");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badSettingsAreRejected() {
    assertThatThrownBy(() -> SampleData.withDefaults().withRespondents(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("respondents must be in [1, 10000000] but was 0");
    assertThatThrownBy(() -> SampleData.withDefaults().withEncounters(-5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encounters must be in [1, 100000000] but was -5");
    assertThatThrownBy(() -> SampleData.embedded("secrets.txt"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample file must be one of")
        .hasMessageContaining("'secrets.txt'");
    assertThatThrownBy(() -> SampleData.embedded(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }
}
