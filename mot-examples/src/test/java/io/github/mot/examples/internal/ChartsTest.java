package io.github.mot.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.RatingScale;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.JourneyModel;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts of small, unusual data: positive gaps, one item, a journey with gaps, one audit step. */
class ChartsTest {

  @TempDir Path dir;

  private final Charts charts = Charts.of(Locale.ENGLISH);

  private void assertWritten(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String name) throws IOException {
    List<Path> files = Charts.write(chart, dir, name);
    assertThat(files).containsExactly(dir.resolve(name + ".svg"), dir.resolve(name + ".png"));
    assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).contains("<svg");
    assertThat(Files.size(files.get(1))).isGreaterThan(3_000);
  }

  @Test
  void servqualChartsOfASmallSurveyWithPositiveAndNegativeGaps() throws IOException {
    Instrument ins = Instrument.of("Mini", RatingScale.FIVE_POINT, List.of(
        Item.of("<Fast> & friendly", Dimension.RESPONSIVENESS), Item.of("On time", Dimension.RELIABILITY)));
    SurveyData.Builder b = SurveyData.builder(ins);
    b.add(Response.builder("1").expectations(3, 5).perceptions(5, 2).adequate(2, 3).desired(4, 5)
        .points(Dimension.RESPONSIVENESS, 40).points(Dimension.RELIABILITY, 60).build());
    b.add(Response.builder("2").expectations(4, 5).perceptions(5, 3).adequate(2, 4).desired(4, 5)
        .points(Dimension.RESPONSIVENESS, 30).points(Dimension.RELIABILITY, 70).build());
    Analyses.Servqual s = Analyses.servqual(b.build(), MissingPolicy.PAIRWISE);
    assertThat(s.gaps().zones()).isPresent();
    assertWritten(charts.gapByDimension(s.gaps()), "dims");
    assertWritten(charts.gapByItem(s.gaps()), "items");
    assertWritten(charts.zones(s.gaps().zones().orElseThrow()), "zones");
    assertWritten(charts.importancePerformance(s.itemIpa().orElseThrow(), "mean expectation"), "ipa");
    assertWritten(charts.importancePerformance(s.dimensionIpa().orElseThrow(), "points"), "ipa-d");
  }

  @Test
  void journeyCurveWithUnvisitedTouchpointsAndAuditChartWithOneStep() throws IOException {
    Instant t = Instant.parse("2026-03-02T10:00:00Z");
    List<Encounter> es = List.of(
        Encounter.builder().customerId("c").touchpointId("booking").occurredAt(t).level(ScorecardLevel.DAMAGES_RELATIONSHIP).build(),
        Encounter.builder().customerId("c").touchpointId("flight").occurredAt(t.plusSeconds(9)).level(ScorecardLevel.DELIGHTS).build());
    Analyses.Journey j = Analyses.journey(JourneyTemplate.AIRLINE.journey(), es, JourneyModel.MEAN, RatingScale.SEVEN_POINT);
    assertWritten(charts.journeyCurve(j.map(), j.byTouchpoint()), "curve");

    SupervisionChecklist list = SupervisionChecklist.of("One",
        List.of(ChecklistItem.builder().id("a").text("Asks").step(BehaviourStep.EXPLORE).build()));
    Audit audit = Audit.builder(list).id("1").staffId("s").auditedAt(t).failed("a").build();
    assertWritten(charts.auditCompliance(Analyses.audits(List.of(audit))), "audit");
  }

  /**
   * The graph of a log with a loop back, a repeat, a touchpoint off the given order and one
   * without levels; an empty graph; the funnel with a step nobody reached (no conversion after it)
   * and in Chinese.
   */
  @Test
  void pathsGraphAndFunnelOfSmallAndEmptyLogs() throws IOException {
    Instant t = Instant.parse("2026-03-02T10:00:00Z");
    String[] path = {"booking", "check-in", "booking", "booking", "flight", "baggage"};
    List<Encounter> es = new java.util.ArrayList<>();
    for (int i = 0; i < path.length; i++) {
      Encounter.Builder e = Encounter.builder().customerId("c").touchpointId(path[i]).occurredAt(t.plusSeconds(60 * i));
      if (i != 5) {
        e.level(ScorecardLevel.of(i % 7 - 3));
      }
      es.add(e.build());
    }
    io.github.mot.scoring.Episodes episodes = io.github.mot.scoring.ObservedJourneys.withDefaults()
        .observe(io.github.mot.scoring.log.EncounterLog.of(es));
    List<String> order = List.of("booking", "check-in", "flight");
    assertWritten(charts.pathsGraph(episodes.directlyFollows(), id -> id.toUpperCase(Locale.ROOT), order), "graph");
    io.github.mot.scoring.Episodes none = io.github.mot.scoring.ObservedJourneys.withDefaults()
        .observe(io.github.mot.scoring.log.EncounterLog.of(List.of()));
    assertWritten(charts.pathsGraph(none.directlyFollows(), id -> id, order), "empty-graph");
    assertWritten(charts.funnel(List.of("arrival", "consultation", "purchase"), new long[] {90, 0, 0}, 100), "funnel");
    assertWritten(Charts.of(Locale.SIMPLIFIED_CHINESE).funnel(List.of("到店", "咨询"), new long[] {0, 0}, 0), "funnel-zh");
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aLongJourneyStillRenders() throws IOException { // XChart once looped on long blank tick labels
    io.github.mot.core.CustomerJourney.Builder b = io.github.mot.core.CustomerJourney.builder()
        .name("Long").addStages(io.github.mot.core.JourneyStage.of("all", "All"));
    List<Encounter> es = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      b.addTouchpoints(io.github.mot.core.Touchpoint.builder().id("t" + i).name("Touchpoint number " + i)
          .stageId("all").channel(io.github.mot.core.Channel.WEB).momentOfTruth(i % 3 == 0).build());
      es.add(Encounter.builder().customerId("c").touchpointId("t" + i).occurredAt(Instant.EPOCH.plusSeconds(i))
          .level(ScorecardLevel.of(i % 7 - 3)).build());
    }
    io.github.mot.core.CustomerJourney long40 = b.build();
    Analyses.Journey j = Analyses.journey(long40, es, JourneyModel.MEAN, RatingScale.SEVEN_POINT);
    assertWritten(charts.journeyCurve(long40, j.byTouchpoint()), "long");
  }

  @Test
  void koreanLabelsGetAFontThatDrawsThemOrAWarning() throws IOException {
    // issue 17, point 6: a Korean export's dimensions; with a CJK font installed (CI installs
    // fonts-noto-cjk) the chart uses it, without one the chart says so instead of drawing boxes
    Dimension kind = Dimension.of("친절");
    Dimension trust = Dimension.of("신뢰");
    Instrument ins = Instrument.of("한국어", RatingScale.FIVE_POINT, List.of(
        Item.of("직원이 친절하다", kind), Item.of("약속을 지킨다", trust)));
    SurveyData data = SurveyData.builder(ins)
        .add(Response.builder("1").expectations(5, 4).perceptions(3, 4).build())
        .add(Response.builder("2").expectations(4, 5).perceptions(4, 3).build()).build();
    Charts korean = Charts.of(Locale.ENGLISH);
    org.knowm.xchart.CategoryChart c = korean.gapByDimension(Analyses.servqual(data, MissingPolicy.LISTWISE).gaps());
    assertWritten(c, "korean");
    java.awt.Font font = c.getStyler().getAxisTickLabelsFont();
    if (font.canDisplayUpTo("친절신뢰") == -1) {
      assertThat(korean.glyphWarnings()).isEmpty();
    } else {
      assertThat(korean.glyphWarnings()).extracting(Charts.GlyphWarning::text).contains("친절", "신뢰");
      assertThat(korean.glyphWarnings().get(0).message()).contains("no installed font can draw", "fonts-noto-cjk");
    }
  }

  @Test
  void aCharacterNoFontHasIsAWarning() {
    // U+10FFFD (a private-use character of plane 16) is in no font: the warning is certain
    io.github.mot.core.CustomerJourney journey = io.github.mot.core.CustomerJourney.builder()
        .name("Shop").addStages(io.github.mot.core.JourneyStage.of("all", "All"))
        .addTouchpoints(io.github.mot.core.Touchpoint.builder().id("t").name("Till \uDBFF\uDFFD")
            .stageId("all").channel(io.github.mot.core.Channel.WEB).momentOfTruth(true).build()).build();
    Charts fresh = Charts.of(Locale.ENGLISH);
    fresh.journeyCurve(journey, Analyses.journey(journey, List.of(Encounter.builder().customerId("c").touchpointId("t")
        .occurredAt(Instant.EPOCH).level(ScorecardLevel.DELIGHTS).build()), JourneyModel.MEAN, RatingScale.SEVEN_POINT)
        .byTouchpoint());
    assertThat(fresh.glyphWarnings()).hasSize(1);
    Charts.GlyphWarning w = fresh.glyphWarnings().get(0);
    assertThat(w.text()).isEqualTo("Till \uDBFF\uDFFD");
    assertThat(w.codePoint()).isEqualTo(0x10FFFD);
    assertThat(w.message()).startsWith("chart \"").contains("U+10FFFD", "Noto Sans CJK");
    assertThat(charts.glyphWarnings()).isEmpty(); // each Charts keeps its own
  }

  @Test
  void labelsFallBackToEnglishForALanguageWithoutAFile() {
    assertThat(Charts.of(Locale.GERMAN).journeyCurve(JourneyTemplate.RETAIL_COUNTER.journey(),
            Analyses.journey(JourneyTemplate.RETAIL_COUNTER.journey(),
                List.of(Encounter.builder().customerId("c").touchpointId("paying")
                    .occurredAt(Instant.EPOCH).level(ScorecardLevel.MEETS_EXPECTATIONS).build()),
                JourneyModel.MEAN, RatingScale.SEVEN_POINT).byTouchpoint()).getTitle())
        .isEqualTo("Journey curve: mean scorecard level per touchpoint: Retail counter");
  }
}
