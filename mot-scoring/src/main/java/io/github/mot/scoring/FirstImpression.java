package io.github.mot.scoring;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Locale;

/**
 * The first impression of one contact: the weighted ABC score on the ratings' scale, the 0..100
 * index, and what each component contributed and lost.
 *
 * <p>Per component {@code c}, with normalised weight {@code v_c = w_c / sum(w)} (equal to {@code
 * w_c} up to 1e-9), rating {@code r_c} on {@code [min, max]} and {@code u_c = (r_c - min) / (max
 * - min)}:
 *
 * <ul>
 *   <li>index points = {@code 100 v_c u_c}; they add up to the index;
 *   <li>lost index points = {@code 100 v_c (1 - u_c)}; they add up to {@code 100 - index}: what
 *       the component cost against a perfect rating;
 *   <li>scale points = {@code v_c r_c}, adding up to the score; lost scale points = {@code v_c
 *       (max - r_c)}, adding up to {@code max - score}.
 * </ul>
 *
 * <p>{@link #largestLoss()} names the component that cost the most, so a coach sees for example
 * that appearance cost 13 of the 34 lost points.
 *
 * <p>Instances are immutable and thread-safe; equal when weights and ratings are equal.
 *
 * @since 0.1.0
 */
public sealed interface FirstImpression extends Tabular permits Results.Impression {

  /**
   * The first impression for every {@link Format}: JSON fields {@code scale} (as {@link
   * RatingScale#toString()}, such as {@code 1..5}), {@code score} (on the scale), {@code index} (in
   * [0, 100]) and {@code largestLoss} (the component's constant name); the table {@code
   * contributions}, one row per component with {@code component}, {@code weight}, {@code rating},
   * {@code points}, {@code maxPoints}, {@code lostPoints}, {@code indexPoints} and {@code
   * lostIndexPoints} (see {@link Contribution}), which is also the CSV.
   *
   * @return the description of this first impression
   * @since 0.3.0
   */
  @Override
  Tables tables();

  /**
   * What one component contributed to the first impression: its normalised weight {@code v_c},
   * rating {@code r_c}, points and lost points on the scale and on the index. Built only with its
   * first impression (or a summary's mean), so that the parts agree; immutable and thread-safe.
   * Equal when the component and every number are equal (numbers as by {@link Double#compare});
   * printed as a record, {@code Contribution[component=APPEARANCE, weight=0.52, rating=5.0, ...]}.
   */
  public sealed interface Contribution permits Values.Contribution {

    /**
     * The component.
     *
     * @return appearance, behaviour or communication
     */
    AbcComponent component();

    /**
     * The component's normalised weight {@code v_c}.
     *
     * @return the weight, in [0, 1]
     */
    double weight();

    /**
     * The component's rating.
     *
     * @return the rating, on the scale
     */
    double rating();

    /**
     * {@code v_c r_c}, the component's share of the score on the scale.
     *
     * @return the points
     */
    double points();

    /**
     * {@code v_c max}, the component's share with a perfect rating.
     *
     * @return the points with a perfect rating
     */
    double maxPoints();

    /**
     * {@code maxPoints - points}, what the rating lost on the scale.
     *
     * @return the lost points, {@code >= 0}
     */
    double lostPoints();

    /**
     * {@code 100 v_c u_c}, the component's share of the index.
     *
     * @return the index points
     */
    double indexPoints();

    /**
     * {@code 100 v_c (1 - u_c)}, what the component cost on the index.
     *
     * @return the lost index points, {@code >= 0}
     */
    double lostIndexPoints();
  }

  /**
   * The weights used.
   *
   * @return the ABC weights
   */
  AbcWeights weights();

  /**
   * The ratings scored.
   *
   * @return the ABC ratings
   */
  AbcRatings ratings();

  /**
   * The weighted score on the ratings' scale, {@code sum(w_c r_c) / sum(w_c)}.
   *
   * @return the score in {@code [scale.min, scale.max]}
   */
  double score();

  /**
   * The first-impression index, {@code 100 x sum(w_c u_c) / sum(w_c)}.
   *
   * @return the index in [0, 100]
   */
  double index();

  /**
   * The contribution of each component, in the order appearance, behaviour, communication.
   *
   * @return an unmodifiable list of three contributions
   */
  List<Contribution> contributions();

  /**
   * The contribution of one component.
   *
   * @param component the component
   * @return its contribution
   */
  default Contribution contribution(AbcComponent component) {
    return contributions().get(component.ordinal());
  }

  /**
   * The component that lost the most index points; ties go to the earlier component (appearance,
   * then behaviour, then communication).
   *
   * @return the contribution with the most lost points (all lost 0 for a perfect contact: then
   *     appearance)
   */
  default Contribution largestLoss() {
    Contribution worst = contributions().get(0);
    for (Contribution c : contributions()) {
      if (c.lostIndexPoints() > worst.lostIndexPoints()) {
        worst = c;
      }
    }
    return worst;
  }

  /**
   * A headline with score and index, then one row per component: weight, rating, points, lost
   * points, index points, lost index points; then the largest loss.
   *
   * @return {@code Format.TEXT.render(this)}
   */
  @Override
  String toString();

  /**
   * The same in a language: headline, headers and the ABC components ({@code 外表}, {@code 行为},
   * {@code 沟通}) from the bundle {@code io.github.mot.scoring.i18n.labels} and mot-core's labels,
   * numbers with the locale's decimal separator ({@code 4,12} for {@code de-DE}). A language
   * without a bundle (German) gets the English words. {@code toString(Locale.ENGLISH)} equals
   * {@code toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the first impression as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }
}
