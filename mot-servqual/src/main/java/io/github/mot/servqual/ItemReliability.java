package io.github.mot.servqual;

/**
 * How one item fits its dimension's scale (Cronbach 1951; Nunnally 1978).
 *
 * <p>The corrected item-total correlation is the Pearson correlation of the item with the sum of
 * the <em>other</em> items of the dimension, {@code r(x_i, T - x_i)}. Alpha-if-item-deleted is
 * Cronbach's alpha of the dimension without the item. Both are NaN where undefined: a zero
 * variance, or fewer than two items left (alpha-if-deleted of a two-item dimension).
 *
 * @param id the 1-based item id
 * @param correctedItemTotalCorrelation {@code r(x_i, T - x_i)}, in [-1, 1] or NaN
 * @param alphaIfDeleted alpha of the remaining items, at most 1 or NaN
 * @since 0.1.0
 */
public record ItemReliability(int id, double correctedItemTotalCorrelation, double alphaIfDeleted) {}
