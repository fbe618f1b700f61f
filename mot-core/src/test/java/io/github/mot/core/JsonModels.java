package io.github.mot.core;

import io.github.mot.core.testing.CoreGenerators;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** The model types that bind to JSON, each with a generator of valid values, for the JSON tests. */
final class JsonModels {

  private JsonModels() {}

  /**
   * One model type with a generator of valid values.
   *
   * @param type the type
   * @param valid draws a valid value
   */
  record Model<T>(Class<T> type, Function<SplittableRandom, T> valid) {}

  /** Every model type of the package, values and enums. */
  static final List<Model<?>> MODELS =
      List.of(
          new Model<>(RatingScale.class, CoreGenerators::ratingScale),
          new Model<>(AbcWeights.class, CoreGenerators::abcWeights),
          new Model<>(AbcRatings.class, CoreGenerators::abcRatings),
          new Model<>(ScorecardLevel.class, CoreGenerators::scorecardLevel),
          new Model<>(BehaviourStep.class, CoreGenerators::behaviourStep),
          new Model<>(Channel.class, CoreGenerators::channel),
          new Model<>(JourneyStage.class, CoreGenerators::journeyStage),
          new Model<>(Touchpoint.class, CoreGenerators::touchpoint),
          new Model<>(CustomerJourney.class, CoreGenerators::customerJourney),
          new Model<>(Encounter.class, CoreGenerators::encounter),
          new Model<>(ChecklistItem.class, CoreGenerators::checklistItem),
          new Model<>(SupervisionChecklist.class, CoreGenerators::supervisionChecklist),
          new Model<>(Polarity.class, r -> Polarity.values()[r.nextInt(3)]),
          new Model<>(AbcComponent.class, r -> AbcComponent.values()[r.nextInt(3)]),
          new Model<>(FiveC.class, r -> FiveC.values()[r.nextInt(FiveC.values().length)]),
          new Model<>(
              ServiceCyclePhase.class,
              r -> ServiceCyclePhase.values()[r.nextInt(ServiceCyclePhase.values().length)]));
}
