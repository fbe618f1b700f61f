package io.github.mot.scoring;

import java.util.Locale;

/**
 * The named models that turn a customer's scored moments (scorecard levels -3..+3, in time order)
 * into one journey score. Every model's result lies between the lowest and the highest level of
 * the scored moments; with no scored moment there is no score.
 *
 * @since 0.1.0
 */
public enum JourneyModel {

  /** The plain arithmetic mean of the levels: {@code sum(level) / n}. */
  MEAN,

  /**
   * The importance-weighted mean: {@code sum(importance_t x level) / sum(importance_t)}, with
   * {@code importance_t} the {@code importance()} of the moment's touchpoint on the journey map.
   * A moment counts once per encounter, so a touchpoint met twice weighs twice. When every scored
   * moment's touchpoint has importance 0 there is no weighted mean (the result is empty). Rounding
   * cannot carry the result outside [min, max]: it is clamped there.
   */
  WEIGHTED_MEAN,

  /**
   * The peak-end rule (Kahneman, Fredrickson, Schreiber and Redelmeier, "When more pain is
   * preferred to less", <i>Psychological Science</i> 4 (1993) 401-405): the mean of the most
   * intense moment and the last moment, {@code (peak + last) / 2}. The peak is the moment with
   * the largest {@code |level|}; ties go to the negative moment (a -3 outweighs a +3: "bad is
   * stronger than good", Baumeister et al., <i>Review of General Psychology</i> 5 (2001)), then
   * to the earliest. The last moment is the latest scored one; with one moment, peak and end are
   * the same moment.
   */
  PEAK_END,

  /**
   * The weakest link: the minimum level. A journey is as good as its worst moment. Ties between
   * moments at the minimum go to the earliest (see {@link JourneyScore#weakest()}).
   */
  WEAKEST_LINK;

  /**
   * The label in a language, from the bundle {@code io.github.mot.scoring.i18n.labels} (key
   * {@code JourneyModel.<CONSTANT>}), English where the language has no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the label, not blank
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Text.labelOf(this, locale);
  }

}
