package io.github.mot.servqual.internal;

import io.github.mot.servqual.ItemsAndDimensionsReport;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Tables;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A report with one row per item and one row per dimension, declared once: the two lists, the
 * lookups by item id and by dimension, and the item and dimension tables. Not API: its public
 * accessors are documented by {@link ItemsAndDimensionsReport}.
 *
 * @param <I> the type of an item's row
 * @param <D> the type of a dimension's row
 */
public abstract class ItemsAndDimensions<I, D> extends AnalysisResult implements ItemsAndDimensionsReport<I, D> {

  private final List<I> items;
  private final List<D> dimensions;
  private final Function<D, Dimension> dimensionOf;

  /**
   * Checks and copies the parts.
   *
   * @param dimensionOf the dimension of a dimension's row
   * @throws NullPointerException if a part is null
   */
  protected ItemsAndDimensions(String instrument, MissingPolicy missingPolicy, long respondents, List<I> items,
      List<D> dimensions, Function<D, Dimension> dimensionOf) {
    super(instrument, missingPolicy, respondents);
    this.items = List.copyOf(items);
    this.dimensions = List.copyOf(dimensions);
    this.dimensionOf = dimensionOf;
  }

  @Override
  public List<I> items() {
    return items;
  }

  @Override
  public List<D> dimensions() {
    return dimensions;
  }

  @Override
  public I item(int id) {
    return ResultColumns.item(items, id);
  }

  @Override
  public D dimension(Dimension dimension) {
    return ResultColumns.dimension(dimensions, dimensionOf, dimension);
  }

  /**
   * Adds the item table, an empty line and the dimension table ({@link
   * ResultColumns#itemsAndDimensions}).
   */
  protected Tables.Builder itemsAndDimensions(Tables.Builder b, List<Column<I>> itemColumns,
      List<Column<D>> dimensionColumns, OptionalDouble confidenceLevel) {
    return ResultColumns.itemsAndDimensions(b, itemColumns, items, dimensionColumns, dimensions, confidenceLevel);
  }
}
