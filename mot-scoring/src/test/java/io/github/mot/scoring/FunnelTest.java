package io.github.mot.scoring;

import static io.github.mot.core.testing.Rejections.assertRejectsNull;
import static io.github.mot.core.testing.Rejections.assertRejectsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.log.EncounterLog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The funnel of the {@link HandEpisodes}, worked out by hand.
 *
 * <p>{@code Funnel.of(greet, advise, pay)}, an ordered funnel: each episode's last step
 *
 * <pre>
 * A  enter greet(1) advise(2) pay(3)              3
 * F  greet(1) pay                                 1  (pay without advise first)
 * B  greet(1) pay farewell                        1
 * C  pay greet(1) advise(2)                       2  (pay before greet does not count)
 * D  advise farewell                              0  (never greets)
 * E  enter greet(1) advise(2) pay(3)              3
 * </pre>
 *
 * ended by last step [0, 1, 2, 3] = [1, 2, 1, 2]; reached n(0..3) = 6, 5, 3, 2; conversions 5/6,
 * 3/5, 2/3; drop-offs 2, 1, 2; not entered 1 (1 + 2 + 1 + 2 = 6).
 */
class FunnelTest {

  private static final Funnel GAP = Funnel.of(List.of("greet", "advise", "pay"));

  private static List<Long> reached(FunnelReport.Group g) {
    return g.steps().stream().map(FunnelReport.Step::reached).toList();
  }

  private static List<Long> dropOffs(FunnelReport.Group g) {
    return g.steps().stream().map(FunnelReport.Step::dropOff).toList();
  }

  // --- the Javadoc example of Funnel (verbatim) ---
  static List<FunnelReport> javadocExample(CustomerJourney map, EncounterLog log) {
    Episodes episodes = ObservedJourneys.withDefaults().withJourney(map).observe(log);
    FunnelReport stages = Funnel.ofStages(map).withGroupBy(EpisodeGrouping.channel()).analyze(episodes);
    FunnelReport checkout = Funnel.of(List.of("greeting", "presenting-goods", "paying")).analyze(episodes);
    return List.of(stages, checkout);
  }
  // --- end of the example ---

  /**
   * On ObservedJourneysTest's hand log without start touchpoints, 5 episodes: a's first greets,
   * presents goods and pays (3 steps); the other four greet and pay without presenting goods (1).
   */
  @Test
  void theJavadocExampleRuns() {
    List<FunnelReport> reports = javadocExample(io.github.mot.core.JourneyTemplate.RETAIL_COUNTER.journey(),
        EncounterLog.of(ObservedJourneysTest.handLog()));
    assertThat(reports.get(0).groups()).extracting(FunnelReport.Group::name).containsExactly("in-person");
    assertThat(reached(reports.get(1).overall())).containsExactly(5L, 1L, 1L);
  }

  @Test
  void anOrderedFunnelOfTouchpoints() {
    FunnelReport r = GAP.analyze(HandEpisodes.episodes());
    FunnelReport.Group all = r.overall();
    assertThat(all.episodeCount()).isEqualTo(6);
    assertThat(all.notEntered()).isEqualTo(1);
    assertThat(all.completed()).isEqualTo(2);
    assertThat(reached(all)).containsExactly(5L, 3L, 2L);
    assertThat(dropOffs(all)).containsExactly(2L, 1L, 2L);
    List<FunnelReport.Step> steps = r.steps();
    assertThat(steps.get(0).conversion()).isEqualTo(WilsonInterval.of(5, 6));
    assertThat(steps.get(1).conversion()).isEqualTo(WilsonInterval.of(3, 5));
    assertThat(steps.get(2).conversion()).isEqualTo(WilsonInterval.of(2, 3));
    assertThat(steps.get(2).shareOfEpisodes()).isEqualTo(2.0 / 6);
    assertThat(steps.get(1).name()).isEqualTo("advise");
    assertThat(steps.get(1).number()).isEqualTo(2);
    assertThat(steps.get(1).touchpoints()).containsExactly("advise");
    assertThat(r.groups()).isEmpty();
    assertThat(r.grouping()).isEmpty();
  }

  /**
   * {@code ofStages(COUNTER)}: arrive = {enter, greet}, buy = {advise, pay, farewell}. A enter(1)
   * advise(2); F greet(1) pay(2); B greet(1) pay(2); C pay (before arriving) greet(1) advise(2); D
   * never arrives (0); E enter(1) advise(2). Ended [1, 0, 5]; reached 5, 5; conversions 5/6, 5/5.
   */
  @Test
  void theStagesOfTheMap() {
    Funnel stages = Funnel.ofStages(Fixtures.COUNTER);
    assertThat(stages.steps()).containsExactly("arrive", "buy");
    assertThat(stages.stepTouchpoints()).containsExactly(List.of("enter", "greet"), List.of("advise", "pay", "farewell"));
    FunnelReport r = stages.analyze(HandEpisodes.episodes());
    assertThat(reached(r.overall())).containsExactly(5L, 5L);
    assertThat(dropOffs(r.overall())).containsExactly(0L, 5L);
    assertThat(r.steps().get(1).conversion()).isEqualTo(WilsonInterval.of(5, 5));
    // a stage without touchpoints is left out
    CustomerJourney withEmpty = Fixtures.COUNTER.withStage(JourneyStage.of("later", "Later"));
    assertThat(Funnel.ofStages(withEmpty).steps()).containsExactly("arrive", "buy");
  }

  /**
   * By channel of the first touchpoint: in-person {A enter, F greet, B greet, D advise, E enter},
   * web {C pay}. In-person last steps 3, 1, 1, 0, 3: ended [1, 2, 0, 2], reached 4, 2, 2; web: C 2,
   * reached 1, 1, 0.
   */
  @Test
  void groupedByChannel() {
    FunnelReport r = GAP.withGroupBy(EpisodeGrouping.channel()).analyze(HandEpisodes.episodes());
    assertThat(r.grouping()).contains("channel");
    assertThat(r.groups()).extracting(FunnelReport.Group::name).containsExactly("in-person", "web");
    assertThat(reached(r.groups().get(0))).containsExactly(4L, 2L, 2L);
    assertThat(dropOffs(r.groups().get(0))).containsExactly(2L, 0L, 2L);
    assertThat(r.groups().get(0).notEntered()).isEqualTo(1);
    assertThat(reached(r.groups().get(1))).containsExactly(1L, 1L, 0L);
    assertThat(r.ungroupedCount()).isZero();
  }

  /**
   * By staff of the first encounter with one: s1 {A (greet s1), C (pay s1), E (advise s1)}, s2 {F,
   * B}; D names no staff member: ungrouped. s1 last steps 3, 2, 3: reached 3, 3, 2; s2 1, 1: reached
   * 2, 0, 0, the third step's conversion 0 of 0 (undefined).
   */
  @Test
  void groupedByStaff() {
    FunnelReport r = GAP.withGroupBy(EpisodeGrouping.staff()).analyze(HandEpisodes.episodes());
    assertThat(r.groups()).extracting(FunnelReport.Group::name).containsExactly("s1", "s2");
    assertThat(reached(r.groups().get(0))).containsExactly(3L, 3L, 2L);
    assertThat(reached(r.groups().get(1))).containsExactly(2L, 0L, 0L);
    assertThat(r.groups().get(1).steps().get(2).conversion().estimate()).isNaN();
    assertThat(r.ungroupedCount()).isEqualTo(1);
    assertThat(r.toString()).contains("By staff: 2 groups, 1 episodes in no group");
  }

  /**
   * By region at the first encounter that has one: north {A, C}, south {B, F (at its second
   * encounter)}, west {D}; E has none. north 3, 2: reached 2, 2, 1; south 1, 1; west 0.
   */
  @Test
  void groupedByAnAttribute() {
    FunnelReport r = GAP.withGroupBy(EpisodeGrouping.attribute("region")).analyze(HandEpisodes.episodes());
    assertThat(r.groups()).extracting(FunnelReport.Group::toString)
        .containsExactly("north: 2 episodes, 1 completed", "south: 2 episodes, 0 completed",
            "west: 1 episodes, 0 completed");
    assertThat(reached(r.groups().get(0))).containsExactly(2L, 2L, 1L);
    assertThat(reached(r.groups().get(1))).containsExactly(2L, 0L, 0L);
    assertThat(r.groups().get(2).notEntered()).isEqualTo(1);
    assertThat(r.ungroupedCount()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badInputIsRejected() {
    Episodes episodes = HandEpisodes.episodes();
    assertRejectsWith("funnel touchpoint id must be on the journey map of the episodes but was 'coffee'",
        () -> Funnel.of(List.of("greet", "coffee")).analyze(episodes));
    Episodes noMap = ObservedJourneys.withDefaults().observe(HandEpisodes.log());
    assertRejectsWith("funnel touchpoint id must be a touchpoint of the log but was 'coffee'",
        () -> Funnel.of(List.of("coffee")).analyze(noMap));
    assertThatThrownBy(() -> GAP.withGroupBy(EpisodeGrouping.channel()).analyze(noMap))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("withJourney");
    assertRejectsWith("attribute name must be one of [region] but was 'city'",
        () -> GAP.withGroupBy(EpisodeGrouping.attribute("city")).analyze(episodes));
    assertRejectsWith("touchpointIds must name at least one touchpoint but was empty", () -> Funnel.of(List.of()));
    assertRejectsWith("funnel touchpoint ids must be distinct but 'greet' repeats",
        () -> Funnel.of(List.of("greet", "pay", "greet")));
    assertRejectsWith("funnel touchpoint id must not be blank", () -> Funnel.of(List.of(" ")));
    assertRejectsWith("attribute name must not be blank", () -> EpisodeGrouping.attribute(""));
    assertRejectsNull("touchpointIds", () -> Funnel.of(null));
    assertRejectsNull("journey", () -> Funnel.ofStages(null));
    assertRejectsNull("grouping", () -> GAP.withGroupBy(null));
    assertRejectsNull("episodes", () -> GAP.analyze(null));
    assertRejectsNull("name", () -> EpisodeGrouping.attribute(null));
    // without a map, a touchpoint of the log is known
    assertThat(Funnel.of(List.of("greet")).analyze(noMap).overall().completed()).isEqualTo(5);
    assertThat(GAP.toString()).isEqualTo("Funnel[steps=[greet, advise, pay], groupBy=none]");
    assertThat(EpisodeGrouping.staff().toString()).isEqualTo("EpisodeGrouping[staff]");
    assertThat(GAP.withGroupBy(EpisodeGrouping.staff()).groupBy()).contains(EpisodeGrouping.staff());
    assertThat(EpisodeGrouping.attribute("region")).isEqualTo(EpisodeGrouping.attribute("region"))
        .hasSameHashCodeAs(EpisodeGrouping.attribute("region")).isNotEqualTo(EpisodeGrouping.attribute("city"))
        .isNotEqualTo(EpisodeGrouping.staff());
    assertThat(EpisodeGrouping.attribute("staff")).isNotEqualTo(EpisodeGrouping.staff());
    assertThat(EpisodeGrouping.attribute("region").name()).isEqualTo("region");
  }

  @Test
  void anEmptyLogHasAnEmptyFunnel() {
    Episodes none = ObservedJourneys.withDefaults().withJourney(Fixtures.COUNTER).observe(EncounterLog.of(List.of()));
    FunnelReport r = Funnel.ofStages(Fixtures.COUNTER).withGroupBy(EpisodeGrouping.channel()).analyze(none);
    assertThat(r.overall().episodeCount()).isZero();
    assertThat(r.steps().get(0).shareOfEpisodes()).isNaN();
    assertThat(r.groups()).isEmpty();
    assertThat(Format.JSON.render(r)).contains("\"shareOfEpisodes\" : null");
  }

  @Test
  void printsAndExports() {
    FunnelReport r = GAP.withGroupBy(EpisodeGrouping.channel()).analyze(HandEpisodes.episodes());
    assertThat(r.toString()).startsWith("Funnel of 3 steps over 6 episodes: 5 entered, 2 reached the last step (33.3%)\n");
    assertThat(r.toString(Locale.SIMPLIFIED_CHINESE)).contains("漏斗", "转化率", "流失");
    String csv = Format.CSV.render(r);
    assertThat(csv).startsWith("table,step,name,touchpoints,reached,share_of_episodes,conversion,conversion_lower,"
        + "conversion_upper,drop_off,group\nsteps,1,greet,greet,5,0.8333333333333334,0.8333333333333334,")
        .contains("\ngroups,3,pay,pay,0,0.0,0.0,0.0,0.7934506856227626,0,web\n");
    assertThat(Format.JSON.render(r)).contains("\"groupBy\" : \"channel\"", "\"conversionLower\"", "\"dropOff\" : 2");
  }
}
