package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.Channel;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.Touchpoint;
import java.time.Instant;
import java.util.List;

/** Small hand-made journeys, encounters and checklists with hand-computable results. */
final class Fixtures {

  private Fixtures() {}

  static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  /**
   * Two stages, five touchpoints:
   *
   * <pre>
   * id        stage   channel    importance  MOT
   * enter     arrive  in-person  1           no
   * greet     arrive  in-person  2           yes
   * advise    buy     in-person  3           yes
   * pay       buy     web        1           yes
   * farewell  buy     phone      0           no
   * </pre>
   */
  static final CustomerJourney COUNTER =
      CustomerJourney.builder()
          .name("Test counter")
          .addStages(JourneyStage.of("arrive", "Arrive"), JourneyStage.of("buy", "Buy"))
          .addTouchpoints(
              tp("enter", "arrive", Channel.IN_PERSON, 1, false),
              tp("greet", "arrive", Channel.IN_PERSON, 2, true),
              tp("advise", "buy", Channel.IN_PERSON, 3, true),
              tp("pay", "buy", Channel.WEB, 1, true),
              tp("farewell", "buy", Channel.PHONE, 0, false))
          .build();

  private static Touchpoint tp(
      String id, String stage, Channel channel, double importance, boolean mot) {
    return Touchpoint.builder()
        .id(id)
        .name(id)
        .stageId(stage)
        .channel(channel)
        .importance(importance)
        .momentOfTruth(mot)
        .build();
  }

  static Encounter enc(String customer, String touchpoint, int minute, int level) {
    return Encounter.builder()
        .customerId(customer)
        .touchpointId(touchpoint)
        .occurredAt(T0.plusSeconds(60L * minute))
        .level(ScorecardLevel.of(level))
        .build();
  }

  static Encounter enc(String customer, String touchpoint, int minute, int level, String staff) {
    return enc(customer, touchpoint, minute, level).withStaffId(staff);
  }

  static Encounter unscored(String customer, String touchpoint, int minute) {
    return Encounter.builder()
        .customerId(customer)
        .touchpointId(touchpoint)
        .occurredAt(T0.plusSeconds(60L * minute))
        .build();
  }

  /**
   * Customer c1: enter +1 at 10:00, greet -2 at 10:05 (s1), advise +3 at 10:10 (s2), pay -1 at
   * 10:20 (s1); farewell skipped. Given out of time order on purpose.
   */
  static final List<Encounter> C1 =
      List.of(
          enc("c1", "pay", 20, -1, "s1"),
          enc("c1", "enter", 0, 1),
          enc("c1", "advise", 10, 3, "s2"),
          enc("c1", "greet", 5, -2, "s1"));

  /**
   * A checklist of five items:
   *
   * <pre>
   * id       step     touchpoint  weight  critical
   * greet    EXPLORE  greet       1       no
   * listen   EXPLORE  -           2       no
   * offer    OFFER    advise      3       no
   * receipt  ACT      pay         1       yes
   * thanks   CONFIRM  -           1       no
   * </pre>
   */
  static final SupervisionChecklist CHECKLIST =
      SupervisionChecklist.of(
          "Counter audit",
          List.of(
              item("greet", BehaviourStep.EXPLORE, "greet", 1, false),
              item("listen", BehaviourStep.EXPLORE, null, 2, false),
              item("offer", BehaviourStep.OFFER, "advise", 3, false),
              item("receipt", BehaviourStep.ACT, "pay", 1, true),
              item("thanks", BehaviourStep.CONFIRM, null, 1, false)));

  private static ChecklistItem item(
      String id,
      BehaviourStep step,
      @org.jspecify.annotations.Nullable String touchpoint,
      double weight,
      boolean critical) {
    ChecklistItem.Builder b =
        ChecklistItem.builder().id(id).text("do " + id).step(step).weight(weight).critical(critical);
    if (touchpoint != null) {
      b.touchpointId(touchpoint);
    }
    return b.build();
  }
}
