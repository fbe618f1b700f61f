package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A summary of the first impressions of many contacts on one scale: count, mean rating per
 * component, the first impression of the mean ratings (mean score, mean index and the mean
 * contribution and lost points of each component) and the lowest and highest index.
 *
 * <p>Because score and index are linear in the ratings, the mean score and the mean index are the
 * score and the index of the mean ratings; the mean ratings come from exact sums (see {@link
 * FirstImpressionAccumulator}), so the summary does not depend on the order or split of the data.
 * An empty summary has no mean: {@link #mean()} is empty and the statistics are NaN.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FirstImpressionSummary extends ResultValue implements Tabular {

  private final FirstImpressionAccumulator state;
  private final @Nullable FirstImpression mean;

  FirstImpressionSummary(FirstImpressionAccumulator source) {
    this.state = source.copy();
    if (state.count == 0) {
      this.mean = null;
    } else {
      RatingScale s = state.scale;
      AbcRatings means =
          AbcRatings.of(
              s, meanOf(state.appearance, s), meanOf(state.behaviour, s), meanOf(state.communication, s));
      this.mean = state.scorer.score(means);
    }
  }

  private double meanOf(ExactSum sum, RatingScale s) {
    return Math.max(s.min(), Math.min(s.max(), sum.divide(state.count)));
  }

  /**
   * The summary of both this and {@code other}. Associative and commutative.
   *
   * @param other a summary with the same scale and weights
   * @return the merged summary
   * @throws IllegalArgumentException if scale or weights differ
   */
  public FirstImpressionSummary merge(FirstImpressionSummary other) {
    return state.copy().merge(other.state).summary();
  }

  /**
   * A headline with count, mean score and index and the index range, then the mean contribution
   * table (see {@link FirstImpression#toString()}).
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The scale of the ratings.
   *
   * @return the scale
   */
  public RatingScale scale() {
    return state.scale;
  }

  /**
   * The number of contacts.
   *
   * @return {@code n >= 0}
   */
  public long count() {
    return state.count;
  }

  /**
   * Whether no contact was added.
   *
   * @return {@code count() == 0}
   */
  public boolean isEmpty() {
    return state.count == 0;
  }

  /**
   * The first impression of the mean ratings: its score is the mean score, its index the mean
   * index, its contributions the mean contributions.
   *
   * @return the mean first impression, empty when there are no contacts
   */
  public Optional<FirstImpression> mean() {
    return Optional.ofNullable(mean);
  }

  /**
   * The mean index.
   *
   * @return the mean in [0, 100], NaN when there are no contacts
   */
  public double meanIndex() {
    return mean == null ? Double.NaN : mean.index();
  }

  /**
   * The mean weighted score on the scale.
   *
   * @return the mean score, NaN when there are no contacts
   */
  public double meanScore() {
    return mean == null ? Double.NaN : mean.score();
  }

  /**
   * The mean rating of one component.
   *
   * @param component the component
   * @return the mean rating on the scale, NaN when there are no contacts
   */
  public double meanRating(AbcComponent component) {
    return mean == null
        ? Double.NaN
        : mean.ratings().rating(component);
  }

  /**
   * The lowest index of a single contact.
   *
   * @return the minimum in [0, 100], NaN when there are no contacts
   */
  public double minIndex() {
    return state.count == 0 ? Double.NaN : state.minIndex;
  }

  /**
   * The highest index of a single contact.
   *
   * @return the maximum in [0, 100], NaN when there are no contacts
   */
  public double maxIndex() {
    return state.count == 0 ? Double.NaN : state.maxIndex;
  }

  /** Equal when scale, weights, count, exact sums and index range are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {
        state.scale, state.scorer, state.count, state.appearance, state.behaviour, state.communication,
        state.minIndex, state.maxIndex
    };
  }

  /**
   * The summary for every {@link Format}: JSON fields {@code scale} (such as {@code 1..5}), {@code
   * n} (contacts), {@code meanScore} (on the scale), {@code meanIndex}, {@code minIndex}, {@code
   * maxIndex} (in [0, 100]) and {@code largestMeanLoss} (the component's constant name), each
   * {@code null} when there are no contacts; the table {@code contributions} of the mean first
   * impression as in {@link FirstImpression#tables()}, empty when there are no contacts (then not
   * in text), which is also the CSV (a header only when empty).
   *
   * @return the description of this summary
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    FirstImpression m = mean;
    Tables.Builder b = ResultTables.builder()
        .line(c -> m == null
            ? c.fill("title.firstImpressionSummary", 0, state.scale)
            : c.fill("title.firstImpressionSummary", state.count, state.scale)
                + c.fill("text.firstImpressionMeans", c.num(m.score(), 2), c.num(m.index(), 2),
                    c.num(state.minIndex, 2), c.num(state.maxIndex, 2)))
        .field("scale", state.scale.toString())
        .field("n", state.count)
        .field("meanScore", meanScore())
        .field("meanIndex", meanIndex())
        .field("minIndex", minIndex())
        .field("maxIndex", maxIndex())
        .field("largestMeanLoss", m == null ? null : m.largestLoss().component().name());
    if (m == null) {
      return b.table(Results.Impression.contributionTable(List.of())
              .only(Column.Target.CSV, Column.Target.JSON, Column.Target.HTML))
          .build();
    }
    return b.table(Results.Impression.contributionTable(m.contributions()))
        .line(c -> c.fill("text.largestMeanLoss", Results.Impression.label(c, m.largestLoss().component())))
        .build();
  }
}
