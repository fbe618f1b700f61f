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

  /** The implementation of {@link ImportancePerformanceReport}. */
  record Ipa(List<ImportancePerformanceReport.Point> points, double importanceCut, double performanceCut,
      boolean grandMeanCuts, PerformanceMeasure performanceMeasure) implements ImportancePerformanceReport {

    /** Copies the list. */
    Ipa {
      points = List.copyOf(points);
    }

    /** A point with its rank among the priorities (1 = most urgent). */
    private record Ranked(int rank, ImportancePerformanceReport.Point point) {}

    private static final List<Column<Ranked>> PRIORITIES = List.of(
        Column.<Ranked>integer("rank", Ranked::rank).header("table.rank").except(Target.JSON),
        Column.<Ranked>optionalInteger("id", r -> r.point().itemId()).omitNull().except(Target.TEXT, Target.HTML),
        Column.<Ranked>label("label", (r, c) -> exportLabel(r.point(), c)).header("table.label")
            .text((r, c) -> textLabel(r.point(), c)).left(),
        Column.<Ranked>text("dimension", r -> r.point().dimension().name()).header("table.dimension")
            .text((r, c) -> Text.dimension(c, r.point().dimension())),
        Column.<Ranked>integer("n", r -> r.point().n()),
        Column.<Ranked>decimal("importance", r -> r.point().importance()).header("table.importance"),
        Column.<Ranked>decimal("performance", r -> r.point().performance()).header("table.performance"),
        Column.<Ranked>text("quadrant", r -> r.point().quadrant().name()).header("table.quadrant")
            .text((r, c) -> Text.constant(c, r.point().quadrant())),
        Column.<Ranked>decimal("priority", r -> r.point().priority()).header("table.priority"));

    /** The label cell of CSV and JSON: an item's label, a dimension's name (translated with a locale). */
    private static String exportLabel(ImportancePerformanceReport.Point p, Cells c) {
      return p.itemId().isPresent() ? Text.exportItem(c, p.label()) : Text.exportDimension(c, p.dimension(), p.label());
    }

    /** The label in text: {@code 3 Keeps promises} for an item, the dimension for a dimension. */
    private static String textLabel(ImportancePerformanceReport.Point p, Cells c) {
      if (p.itemId().isPresent()) {
        return p.itemId().getAsInt() + " " + Text.item(c, p.label());
      }
      return p.label().equals(p.dimension().name()) ? Text.dimension(c, p.dimension()) : p.label();
    }

    @Override
    public Tables tables() {
      List<ImportancePerformanceReport.Point> ranked = priorities();
      List<Ranked> rows = new ArrayList<>(ranked.size());
      for (int i = 0; i < ranked.size(); i++) {
        rows.add(new Ranked(i + 1, ranked.get(i)));
      }
      return Text.tables()
          .line(c -> c.label("title.ipa") + " (" + c.label(grandMeanCuts ? "text.cutsGrandMeans" : "text.cutsGiven")
              + ": " + c.label("table.importance") + " " + c.num(importanceCut, 3) + ", " + c.label("table.performance")
              + " " + c.num(performanceCut, 3) + "; " + c.label("table.performance") + " = "
              + performanceMeasure.description(c.locale()) + ")")
          .field("importanceCut", importanceCut)
          .field("performanceCut", performanceCut)
          .field("grandMeanCuts", grandMeanCuts)
          .field("performanceMeasure", performanceMeasure.toString())
          .table(Table.of("priorities", PRIORITIES, List.copyOf(rows)))
          .build();
    }

    @Override
    public String toString() {
      return Format.TEXT.render(this);
    }
  }
}
