package io.github.mot.servqual.perception;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.internal.ItemsAndDimensions;
import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.servqual.internal.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The implementations of this package's result rows: records behind the public sealed
 * interfaces, so that only the analyses build them (no public constructor). Their components are
 * never null: the analyses, their only callers, are checked by NullAway. Package-private.
 */
final class Rows {

  private Rows() {}

  /** The implementation of {@link PerceptionReport.ItemPerception}. */
  record ItemPerception(int id, String label, Dimension dimension,
      MeanEstimate perception) implements PerceptionReport.ItemPerception {}

  /** The implementation of {@link PerceptionReport.DimensionPerception}. */
  record DimensionPerception(Dimension dimension, List<Integer> itemIds, MeanEstimate perception,
      CronbachAlpha reliability) implements PerceptionReport.DimensionPerception {

    /** Checks and copies the parts. */
    DimensionPerception {
      itemIds = List.copyOf(itemIds);
    }
  }

  /** The implementation of {@link ImportancePerformanceReport.Point}. */
  record Point(String label, Dimension dimension, OptionalInt itemId, long n, double importance,
      double performance, ImportancePerformanceReport.Quadrant quadrant, double priority) implements ImportancePerformanceReport.Point {}
}
