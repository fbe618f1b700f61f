package io.github.mot.servqual;

import java.util.List;

/**
 * A report with one row per item and one row per dimension: the two lists and the lookups by item
 * id and by dimension. Instances are immutable and thread-safe.
 *
 * @param <I> the type of an item's row
 * @param <D> the type of a dimension's row
 * @since 0.3.0
 */
public interface ItemsAndDimensionsReport<I, D> extends AnalysisReport {

  /** {@return one row per item, in item order} */
  List<I> items();

  /** {@return one row per dimension, in instrument order} */
  List<D> dimensions();

  /**
   * The row of one item.
   *
   * @param id the 1-based item id
   * @return the item's row
   * @throws IllegalArgumentException if the id is out of range
   */
  I item(int id);

  /**
   * The row of one dimension.
   *
   * @param dimension the dimension
   * @return the dimension's row
   * @throws IllegalArgumentException if the instrument has no such dimension
   */
  D dimension(Dimension dimension);
}
