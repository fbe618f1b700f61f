package io.github.mot.core.testing;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.Channel;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of valid {@code mot-core} values for property tests. Every module's tests draw domain
 * values from here, so there is one definition of "a valid value".
 *
 * <p>Each method takes the case's {@link SplittableRandom} (from {@link Seed#random()}) and draws
 * from it only, so a seed always gives the same values. Values cover the edges now and then: bounds
 * of scales, zero importances, empty optionals, ids and texts with blanks inside, accents, quotes
 * and line breaks.
 */
public final class CoreGenerators {

  private static final String[] WORDS = {
    "greeting",
    "check-in",
    "café",
    "paying",
    "Boarding gate 7",
    "after sales",
    "\"quoted\"",
    "多语言",
    "a/b",
    "x",
    "T01",
    "back\\slash"
  };

  private CoreGenerators() {}

  /**
   * A copy of some values in a random order: the rows of a log as another system might deliver
   * them, for the properties that a result does not depend on the order of its input.
   *
   * @param <T> the type of the values
   * @param r the random source (one {@code long} is drawn from it)
   * @param values the values
   * @return a new mutable list of the same values, shuffled
   */
  public static <T> List<T> shuffled(SplittableRandom r, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, new java.util.Random(r.nextLong()));
    return copy;
  }

  /**
   * A rating scale: usually one of the common ones, sometimes a custom one with bounds in [-100,
   * 100].
   *
   * @param r the case's random generator
   * @return a valid scale
   */
  public static RatingScale ratingScale(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> RatingScale.FIVE_POINT;
      case 1 -> RatingScale.SEVEN_POINT;
      case 2 -> RatingScale.ZERO_TO_TEN;
      case 3 -> RatingScale.SCORECARD;
      default -> {
        int min = r.nextInt(-100, 100);
        yield RatingScale.of(min, r.nextInt(min + 1, 101));
      }
    };
  }

  /**
   * A real-valued rating on the scale, including the bounds now and then.
   *
   * @param r the case's random generator
   * @param scale the scale
   * @return a value in {@code [scale.min(), scale.max()]}
   */
  public static double rating(SplittableRandom r, RatingScale scale) {
    return switch (r.nextInt(5)) {
      case 0 -> scale.min();
      case 1 -> scale.max();
      case 2 -> r.nextInt(scale.min(), scale.max() + 1);
      default -> scale.min() + r.nextDouble() * scale.range();
    };
  }

  /**
   * A raw, non-negative share for {@link AbcWeights#normalize(double, double, double)}: zero, small
   * integers (points), fractions, or large values.
   *
   * @param r the case's random generator
   * @return a finite value {@code >= 0}
   */
  public static double share(SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0 -> 0.0;
      case 1 -> r.nextInt(1, 101);
      case 2 -> r.nextDouble();
      case 3 -> r.nextDouble() * 1e12;
      default -> r.nextDouble() * 10;
    };
  }

  /**
   * ABC weights: the standard ones now and then, otherwise normalised random shares (some of them
   * zero).
   *
   * @param r the case's random generator
   * @return valid weights
   */
  public static AbcWeights abcWeights(SplittableRandom r) {
    if (r.nextInt(5) == 0) {
      return AbcWeights.STANDARD;
    }
    double a = share(r);
    double b = share(r);
    double c = share(r);
    if (a + b + c == 0.0) {
      c = 1.0;
    }
    return AbcWeights.normalize(a, b, c);
  }

  /**
   * Three ABC ratings on a random scale.
   *
   * @param r the case's random generator
   * @return valid ratings
   */
  public static AbcRatings abcRatings(SplittableRandom r) {
    return abcRatings(r, ratingScale(r));
  }

  /**
   * Three ABC ratings on the given scale.
   *
   * @param r the case's random generator
   * @param scale the scale
   * @return valid ratings
   */
  public static AbcRatings abcRatings(SplittableRandom r, RatingScale scale) {
    return AbcRatings.of(scale, rating(r, scale), rating(r, scale), rating(r, scale));
  }

  /**
   * A scorecard level, uniformly.
   *
   * @param r the case's random generator
   * @return one of the seven levels
   */
  public static ScorecardLevel scorecardLevel(SplittableRandom r) {
    return ScorecardLevel.of(r.nextInt(ScorecardLevel.MIN, ScorecardLevel.MAX + 1));
  }

  /**
   * A step of the behaviour model, uniformly.
   *
   * @param r the case's random generator
   * @return one of the four steps
   */
  public static BehaviourStep behaviourStep(SplittableRandom r) {
    BehaviourStep[] steps = BehaviourStep.values();
    return steps[r.nextInt(steps.length)];
  }

  /**
   * A channel: mostly built-in, sometimes a custom one such as {@code "kiosk-3"}.
   *
   * @param r the case's random generator
   * @return a valid channel
   */
  public static Channel channel(SplittableRandom r) {
    List<Channel> builtIns = Channel.builtIns();
    int i = r.nextInt(builtIns.size() + 2);
    if (i < builtIns.size()) {
      return builtIns.get(i);
    }
    return i == builtIns.size() ? Channel.of("kiosk-" + r.nextInt(10)) : Channel.of("video-call");
  }

  /**
   * An identifier: a word, sometimes with blanks inside, accents, quotes or CJK characters, and a
   * number so that ids drawn together rarely collide.
   *
   * @param r the case's random generator
   * @return a valid id (not blank, no leading or trailing blanks, no control characters)
   */
  public static String id(SplittableRandom r) {
    return WORDS[r.nextInt(WORDS.length)] + "-" + r.nextInt(1_000_000);
  }

  /**
   * A human-readable text: one to four words, sometimes with a line break.
   *
   * @param r the case's random generator
   * @return a non-blank text
   */
  public static String text(SplittableRandom r) {
    int n = r.nextInt(1, 5);
    StringBuilder b = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
    for (int i = 1; i < n; i++) {
      b.append(r.nextInt(8) == 0 ? "\n" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  /**
   * An instant between 2000 and 2030, sometimes with nanoseconds.
   *
   * @param r the case's random generator
   * @return an instant
   */
  public static Instant instant(SplittableRandom r) {
    long seconds = r.nextLong(946_684_800L, 1_893_456_000L);
    return Instant.ofEpochSecond(seconds, r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
  }

  /**
   * A non-negative duration up to ten minutes, sometimes zero, sometimes with a fraction of a
   * second.
   *
   * @param r the case's random generator
   * @return a duration {@code >= 0}
   */
  public static Duration duration(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> Duration.ZERO;
      case 1 -> Duration.ofMillis(r.nextLong(600_000));
      default -> Duration.ofSeconds(r.nextLong(1, 601));
    };
  }

  /**
   * A journey stage with a random id and name.
   *
   * @param r the case's random generator
   * @return a valid stage
   */
  public static JourneyStage journeyStage(SplittableRandom r) {
    return JourneyStage.of(id(r), text(r));
  }

  /**
   * A touchpoint with a random stage id.
   *
   * @param r the case's random generator
   * @return a valid touchpoint
   */
  public static Touchpoint touchpoint(SplittableRandom r) {
    return touchpoint(r, id(r), id(r));
  }

  /**
   * A touchpoint with the given id and stage; every optional attribute set or left out at random,
   * importance 0 now and then.
   *
   * @param r the case's random generator
   * @param id the touchpoint id
   * @param stageId the stage id
   * @return a valid touchpoint
   */
  public static Touchpoint touchpoint(SplittableRandom r, String id, String stageId) {
    Touchpoint.Builder b =
        Touchpoint.builder().id(id).name(text(r)).stageId(stageId).channel(channel(r));
    if (r.nextBoolean()) {
      b.role(text(r));
    }
    if (r.nextBoolean()) {
      b.momentOfTruth(r.nextBoolean());
    }
    int importance = r.nextInt(4);
    if (importance == 1) {
      b.importance(0.0);
    } else if (importance > 1) {
      b.importance(r.nextDouble() * 10);
    }
    if (r.nextBoolean()) {
      b.typicalContact(duration(r));
    }
    return b.build();
  }

  /**
   * A customer journey: one of the {@link io.github.mot.core.JourneyTemplate} now and then, otherwise one to six
   * stages and one to fifteen touchpoints (given in random order, so the journey has to sort them),
   * some of them moments of truth; a stage may have no touchpoints.
   *
   * @param r the case's random generator
   * @return a valid journey with at least one touchpoint
   */
  public static CustomerJourney customerJourney(SplittableRandom r) {
    if (r.nextInt(6) == 0) {
      List<CustomerJourney> templates = JourneyTemplate.journeys();
      return templates.get(r.nextInt(templates.size()));
    }
    int stageCount = r.nextInt(1, 7);
    List<JourneyStage> stages = new ArrayList<>();
    for (int i = 0; i < stageCount; i++) {
      stages.add(JourneyStage.of("s" + i + "-" + id(r), text(r)));
    }
    int touchpointCount = r.nextInt(1, 16);
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int i = 0; i < touchpointCount; i++) {
      String stageId = stages.get(r.nextInt(stageCount)).id();
      touchpoints.add(touchpoint(r, "t" + i + "-" + id(r), stageId));
    }
    Collections.shuffle(touchpoints, new java.util.Random(r.nextLong()));
    return CustomerJourney.builder()
        .name(text(r))
        .addAllStages(stages)
        .addAllTouchpoints(touchpoints)
        .build();
  }

  /**
   * An encounter of a random customer at a random touchpoint of the journey; every optional
   * attribute set or left out at random.
   *
   * @param r the case's random generator
   * @param journey the journey whose touchpoints the encounter may refer to
   * @return a valid encounter whose touchpoint is in the journey
   * @throws IllegalArgumentException if the journey has no touchpoints
   */
  public static Encounter encounter(SplittableRandom r, CustomerJourney journey) {
    List<Touchpoint> touchpoints = journey.touchpoints();
    if (touchpoints.isEmpty()) {
      throw new IllegalArgumentException(
          "journey '" + journey.name() + "' must have a touchpoint but has none");
    }
    Encounter.Builder b =
        Encounter.builder()
            .customerId("c" + r.nextInt(1000))
            .touchpointId(touchpoints.get(r.nextInt(touchpoints.size())).id())
            .occurredAt(instant(r));
    if (r.nextBoolean()) {
      b.staffId("s" + r.nextInt(50));
    }
    if (r.nextBoolean()) {
      b.ratings(abcRatings(r));
    }
    if (r.nextInt(4) != 0) {
      b.level(scorecardLevel(r));
    }
    if (r.nextBoolean()) {
      b.duration(duration(r));
    }
    if (r.nextInt(4) == 0) {
      b.note(text(r));
    }
    return b.build();
  }

  /**
   * An encounter at a touchpoint of a random journey.
   *
   * @param r the case's random generator
   * @return a valid encounter
   */
  public static Encounter encounter(SplittableRandom r) {
    return encounter(r, customerJourney(r));
  }

  /**
   * A checklist item with a random id, maybe tied to a random touchpoint id.
   *
   * @param r the case's random generator
   * @return a valid item
   */
  public static ChecklistItem checklistItem(SplittableRandom r) {
    return checklistItem(r, id(r), r.nextBoolean() ? id(r) : null);
  }

  private static ChecklistItem checklistItem(
      SplittableRandom r, String id, @org.jspecify.annotations.Nullable String touchpointId) {
    ChecklistItem.Builder b = ChecklistItem.builder().id(id).text(text(r)).step(behaviourStep(r));
    if (touchpointId != null) {
      b.touchpointId(touchpointId);
    }
    if (r.nextBoolean()) {
      b.weight(r.nextInt(3) == 0 ? ChecklistItem.MIN_WEIGHT : 0.1 + r.nextDouble() * 5);
    }
    if (r.nextBoolean()) {
      b.critical(r.nextInt(4) == 0);
    }
    return b.build();
  }

  /**
   * A checklist of one to twelve items with unique ids and random touchpoint ids.
   *
   * @param r the case's random generator
   * @return a valid checklist
   */
  public static SupervisionChecklist supervisionChecklist(SplittableRandom r) {
    int n = r.nextInt(1, 13);
    SupervisionChecklist.Builder b = SupervisionChecklist.builder().name(text(r));
    for (int i = 0; i < n; i++) {
      b.addItems(checklistItem(r, "i" + i + "-" + id(r), r.nextBoolean() ? id(r) : null));
    }
    return b.build();
  }

  /**
   * A checklist of one to twelve items, each tied to a touchpoint of the journey or to none.
   *
   * @param r the case's random generator
   * @param journey the journey whose touchpoints the items may refer to
   * @return a valid checklist
   */
  public static SupervisionChecklist supervisionChecklist(
      SplittableRandom r, CustomerJourney journey) {
    List<Touchpoint> touchpoints = journey.touchpoints();
    int n = r.nextInt(1, 13);
    SupervisionChecklist.Builder b = SupervisionChecklist.builder().name(text(r));
    for (int i = 0; i < n; i++) {
      String touchpointId =
          touchpoints.isEmpty() || r.nextInt(4) == 0
              ? null
              : touchpoints.get(r.nextInt(touchpoints.size())).id();
      b.addItems(checklistItem(r, "i" + i + "-" + id(r), touchpointId));
    }
    return b.build();
  }
}
