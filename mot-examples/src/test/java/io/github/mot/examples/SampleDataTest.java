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
import java.util.List;
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

  /**
   * The generator's known rates, found again by the journey analytics in a log of 100,000
   * encounters (seed 20261207): each share lies in its 99.9 % Wilson interval. Of the customers who
   * met handling objections, {@link SampleData#LOOP} = 20 % went back to presenting goods; 10 %
   * left before paying, and 90 % x 25 % (skipped paying, so no packing) x 5 % (skipped the
   * farewell) = 1.125 % more met none of paying, packing and farewell: 11.125 % in all; of those
   * who paid, 95 % met the farewell (nobody leaves after paying).
   */
  @Test
  void theEncounterLogHasTheKnownLoopsSkipsAndDropOffs() throws IOException {
    String csv = SampleData.withDefaults().withSeed(20261207).withEncounters(100_000).encountersCsv();
    io.github.mot.core.CustomerJourney retail = io.github.mot.core.JourneyTemplate.RETAIL_COUNTER.journey();
    io.github.mot.scoring.log.EncounterLog log = io.github.mot.scoring.io.EncounterReader.withDefaults()
        .withJourney(retail).readLog(new StringReader(csv), "sample").log();
    io.github.mot.scoring.Episodes episodes = io.github.mot.scoring.ObservedJourneys.withDefaults()
        .withJourney(retail).observe(log);
    long objections = 0;
    long loops = 0;
    long endedBeforePaying = 0;
    long paid = 0;
    long farewell = 0;
    for (int e = 0; e < episodes.size(); e++) {
      java.util.List<String> path = episodes.path(e);
      if (e == episodes.size() - 1 || path.equals(java.util.List.of("after-sales"))) {
        continue; // the last customer may be cut short by the size; after-sales is an episode of its own
      }
      int at = path.indexOf("handling-objections");
      if (at >= 0) {
        objections++;
        if (at + 1 < path.size() && path.get(at + 1).equals("presenting-goods")) {
          loops++;
        }
        if (!path.contains("paying") && !path.contains("packing") && !path.contains("farewell")) {
          endedBeforePaying++;
        }
      }
      if (path.contains("paying")) {
        paid++;
        if (path.contains("farewell")) {
          farewell++;
        }
      }
    }
    assertThat(objections).isGreaterThan(3_000);
    assertWithin(loops, objections, SampleData.LOOP);
    assertWithin(endedBeforePaying, objections, 0.10 + 0.9 * 0.25 * 0.05);
    assertWithin(farewell, paid, 0.95);
    assertThat(SampleData.leaves()[6]).isEqualTo(0.10);
    assertThat(SampleData.meets()[6]).isEqualTo(0.75);
    // the funnel finds the drop-off: of the episodes that reach handling objections, 90 % stay
    // (10 % leave before paying) x 75 % meet paying = 67.5 % reach paying after it
    io.github.mot.scoring.FunnelReport funnel = io.github.mot.scoring.Funnel.of(List.of("handling-objections", "paying"))
        .analyze(episodes);
    io.github.mot.scoring.WilsonInterval conversion = funnel.overall().steps().get(1).conversion();
    assertThat(0.9 * 0.75).as(conversion.toString()).isBetween(conversion.lower(), conversion.upper());
    // and the conformance report counts the loop back as a loop at presenting goods
    io.github.mot.scoring.ConformanceReport conformance = io.github.mot.scoring.Conformance.of(retail).check(episodes);
    long loopsFound = loops;
    assertThat(conformance.allDeviations()).anyMatch(d -> d.kind() == io.github.mot.scoring.ConformanceReport.DeviationKind.LOOP
        && d.subject().equals("presenting-goods") && d.episodes() > loopsFound / 2);
  }

  private static void assertWithin(long successes, long trials, double rate) {
    io.github.mot.scoring.WilsonInterval w = io.github.mot.scoring.WilsonInterval.of(successes, trials, 0.999);
    assertThat(rate).as(successes + "/" + trials + " " + w).isBetween(w.lower(), w.upper());
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
