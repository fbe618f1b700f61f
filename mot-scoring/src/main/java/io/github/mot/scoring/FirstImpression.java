package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
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
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FirstImpression extends ResultValue implements Tabular {

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
   * The columns of the contributions, of one first impression and of a summary's mean: {@code
   * component} (constant name), {@code weight}, {@code rating}, {@code points}, {@code maxPoints}
   * (machine formats only), {@code lostPoints}, {@code indexPoints}, {@code lostIndexPoints}.
   */
  private static final List<Column<Contribution>> CONTRIBUTIONS = List.of(
      Column.<Contribution>text("component", c -> c.component().name()).header("table.component")
          .text((c, cells) -> label(cells, c.component())),
      Column.<Contribution>decimal("weight", Contribution::weight).decimals(2).header("table.weight"),
      Column.<Contribution>decimal("rating", Contribution::rating).decimals(2).header("table.rating"),
      Column.<Contribution>decimal("points", Contribution::points).decimals(2).header("table.points"),
      Column.<Contribution>decimal("maxPoints", Contribution::maxPoints)
          .except(Column.Target.TEXT, Column.Target.HTML),
      Column.<Contribution>decimal("lostPoints", Contribution::lostPoints).decimals(2).header("table.lost"),
      Column.<Contribution>decimal("indexPoints", Contribution::indexPoints).decimals(2).header("table.indexPts"),
      Column.<Contribution>decimal("lostIndexPoints", Contribution::lostIndexPoints).decimals(2)
          .header("table.lostIndexPts"));

  private final AbcWeights weights;
  private final AbcRatings ratings;
  private final double index;
  private final double score;
  private final List<Contribution> contributions;

  FirstImpression(FirstImpressionScorer scorer, AbcRatings ratings) {
    this.weights = scorer.weights();
    this.ratings = ratings;
    RatingScale s = ratings.scale();
    double unit = scorer.unit(s, ratings.appearance(), ratings.behaviour(), ratings.communication());
    this.index = 100.0 * unit;
    this.score = s.min() + s.range() * unit;
    double sum = weights.appearance() + weights.behaviour() + weights.communication();
    List<Contribution> list = new ArrayList<>(3);
    for (AbcComponent c : AbcComponent.values()) {
      double v = weights.weight(c) / sum;
      double r = ratings.rating(c);
      double u = (r - s.min()) / s.range();
      list.add(
          new Values.Contribution(
              c, v, r, v * r, v * s.max(), v * (s.max() - r), 100.0 * v * u, 100.0 * v * (1 - u)));
    }
    this.contributions = List.copyOf(list);
  }

  /**
   * The weights used.
   *
   * @return the ABC weights
   */
  public AbcWeights weights() {
    return weights;
  }

  /**
   * The ratings scored.
   *
   * @return the ABC ratings
   */
  public AbcRatings ratings() {
    return ratings;
  }

  /**
   * The weighted score on the ratings' scale, {@code sum(w_c r_c) / sum(w_c)}.
   *
   * @return the score in {@code [scale.min, scale.max]}
   */
  public double score() {
    return score;
  }

  /**
   * The first-impression index, {@code 100 x sum(w_c u_c) / sum(w_c)}.
   *
   * @return the index in [0, 100]
   */
  public double index() {
    return index;
  }

  /**
   * The contribution of each component, in the order appearance, behaviour, communication.
   *
   * @return an unmodifiable list of three contributions
   */
  public List<Contribution> contributions() {
    return contributions;
  }

  /**
   * The contribution of one component.
   *
   * @param component the component
   * @return its contribution
   */
  public Contribution contribution(AbcComponent component) {
    return contributions.get(component.ordinal());
  }

  /**
   * The component that lost the most index points; ties go to the earlier component (appearance,
   * then behaviour, then communication).
   *
   * @return the contribution with the most lost points (all lost 0 for a perfect contact: then
   *     appearance)
   */
  public Contribution largestLoss() {
    Contribution worst = contributions.get(0);
    for (Contribution c : contributions) {
      if (c.lostIndexPoints() > worst.lostIndexPoints()) {
        worst = c;
      }
    }
    return worst;
  }

  /**
   * A headline with score and index, then one row per component: weight, rating, points, lost
   * points, index points, lost index points; then the largest loss.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The same in a language: headline, headers and the ABC components ({@code 外表}, {@code 行为},
   * {@code 沟通}) from the bundle {@code io.github.mot.scoring.i18n.labels} and mot-core's labels,
   * numbers with the locale's decimal separator ({@code 4,12} for {@code de-DE}). A language
   * without a bundle (German) gets the English words. {@code toString(Locale.ENGLISH)} equals
   * {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the first impression as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }

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
  public Tables tables() {
    return ResultTables.builder()
        .line(c -> c.fill("title.firstImpression", c.num(score, 2), ratings.scale(), c.num(index, 2)))
        .field("scale", ratings.scale().toString())
        .field("score", score)
        .field("index", index)
        .field("largestLoss", largestLoss().component().name())
        .table(contributionTable(contributions))
        .line(c -> c.fill("text.largestLoss", label(c, largestLoss().component()),
            c.num(largestLoss().lostIndexPoints(), 2)))
        .build();
  }

  /** An ABC component in a table: its translation, or its lower-case constant name. */
  static String label(Cells c, AbcComponent component) {
    return Text.of(c).label(component, component.name().toLowerCase(Locale.ROOT));
  }

  /** The table {@code contributions} of the given rows. */
  static Table<Contribution> contributionTable(List<Contribution> contributions) {
    return ResultTables.table("contributions", CONTRIBUTIONS, contributions);
  }

  /** Equal when weights and ratings are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {weights, ratings};
  }
}
