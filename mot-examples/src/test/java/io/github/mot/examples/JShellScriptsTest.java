package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each shipped {@code mot-examples/jshell/*.jsh} script runs in JShell, as typed, and prints what it shows. */
class JShellScriptsTest {

  private static String run(String script) throws IOException {
    Path file = Path.of("mot-examples/jshell", script);
    return JShellRunner.run(script, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void servqualScript() throws IOException {
    assertThat(run("servqual.jsh"))
        .contains("SurveyReadResult[50 rows: 49 good, 1 bad")
        .contains("line 8, column P3, value 'x': not an integer")
        .contains("SERVQUAL gap analysis: SERVQUAL 22, 49 respondents, pairwise n = 49")
        .contains("reliability gap -1.808, alpha(P) 0.445")
        .contains("level,id,name,dimension,n,expectation,perception,gap");
  }

  @Test
  void journeyScript() throws IOException {
    // levels +2, +1, -2, +1 in time order: mean 0.5; peak -2 (largest |level|), end +1: -0.5;
    // weakest link -2
    assertThat(run("journey.jsh"))
        .contains("JourneyScore of c-17 on 'Retail counter': 4 encounters, 4 scored")
        .contains("peak-end -0.5, weakest link -2.0")
        .contains("ScorecardSummary n=4, mean +0.50");
  }

  @Test
  void customInstrumentScript() throws IOException {
    // ACCESS: respondent means of P - E over items 1 and 2: (3+2)/2-(5+5)/2 = -2.5, (4+3)/2-(4+5)/2
    // = -1, (2+2)/2-(5+4)/2 = -2.5; mean -2
    assertThat(run("custom-instrument.jsh"))
        .contains("Instrument Clinic 6 (6 items, scale 1..5)")
        .contains("SERVQUAL gap analysis: Clinic 6, 3 respondents")
        .contains("ACCESS gap -2.000");
  }

  @Test
  void statisticsScript() throws IOException {
    // R 4.2.2: psych::alpha(sliders)$total$raw_alpha 0.9596; t.test(after, before, paired = TRUE):
    // t 1.263, p 0.2470; t.test(after, c(2.5, 3.25, 1.75, 4, 2)): t 1.530, df 10.5, p 0.1555;
    // wilcox.test(after, before, paired = TRUE) p 0.3017; coin::wilcoxsign_test(after ~ before,
    // zero.method = "Pratt", distribution = "asymptotic") p 0.3198
    assertThat(run("statistics.jsh"))
        .contains("Reliability (Cronbach's alpha)")
        .contains("0.960")
        .contains("paired t: 0.438 (sd 0.980, n 8, t 1.263, p 0.2470")
        .contains("Welch: x - y: 0.925 (t 1.530, df 10.5, p 0.1555)")
        .contains("Wilcoxon: x - y: n 8 (1 zeros), W+ 20.5, W- 7.5, Z 1.033, p 0.3017")
        .contains("Wilcoxon (Pratt): x - y: n 8 (1 zeros), W+ 24.5, W- 10.5, Z 0.995, p 0.3198");
  }

  @Test
  void theLauncherPutsTheFatJarOnTheClassPath() throws IOException {
    assertThat(Files.readString(Path.of("mot-examples/jshell/mot-jshell"), StandardCharsets.UTF_8))
        .startsWith("#!/bin/sh").contains("jshell --class-path \"$jar\"").contains("target/mot.jar");
  }
}
