package io.github.mot.servqual.internal;

import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.reliability.AlphaInterval;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The columns that several results of this package share, declared once: a mean with its t test
 * and interval (nested as a JSON object, or flattened into a row), an alpha interval, a scale's
 * reliability. Package-private.
 */
public final class ResultColumns {

  private ResultColumns() {}

  /** English numbers outside a table, for the one-line {@code toString()} of values. */
  public static final Cells PLAIN = Cells.of(Locale.ENGLISH);

  /** The key (and default header) of the text column of a confidence interval, {@code [lo, hi]}. */
  public static final String CI = "CI";

  /**
   * The t test and interval of a mean, flattened into a row: JSON {@code sd, se, t, df, p,
   * ciLower, ciUpper, confidenceLevel}; CSV {@code sd_gap, t, df, p, ci_lower, ci_upper}; text the
   * sd (where {@code sdHeader} is given), t and p (where {@code testInText}) and the interval.
   */
  public static <R> List<Column<R>> meanTest(Function<? super R, MeanEstimate> e, @Nullable String sdHeader,
      boolean testInText) {
    Column<R> sd = Column.<R>decimal("sd", r -> e.apply(r).standardDeviation()).csv("sd_gap");
    Column<R> t = Column.<R>decimal("t", r -> e.apply(r).t());
    Column<R> p = Column.<R>decimal("p", r -> e.apply(r).p()).text((r, c) -> c.p(e.apply(r).p()));
    return List.of(
        sdHeader == null ? sd.except(Target.TEXT, Target.HTML) : sd.header(sdHeader),
        Column.<R>decimal("se", r -> e.apply(r).standardError()).only(Target.JSON),
        testInText ? t : t.except(Target.TEXT, Target.HTML),
        Column.<R>decimal("df", r -> e.apply(r).degreesOfFreedom()).only(Target.JSON, Target.CSV),
        testInText ? p : p.except(Target.TEXT, Target.HTML),
        Column.<R>decimal("ciLower", r -> e.apply(r).ciLower()).only(Target.JSON, Target.CSV),
        Column.<R>decimal("ciUpper", r -> e.apply(r).ciUpper()).only(Target.JSON, Target.CSV),
        Column.<R>decimal("confidenceLevel", r -> e.apply(r).confidenceLevel()).only(Target.JSON),
        interval(e));
  }

  /** The text column of a mean's confidence interval, {@code [lo, hi]}; header {@link #CI}. */
  public static <R> Column<R> interval(Function<? super R, MeanEstimate> e) {
    return Column.display(CI, (r, c) -> c.interval(e.apply(r).ciLower(), e.apply(r).ciUpper(), 3));
  }

  /** A table whose interval column is headed by the confidence level, {@code 95% CI}. */
  public static <R> Table<R> ci(Table<R> table, double confidenceLevel) {
    return table.header(CI, c -> Text.ci(c, confidenceLevel));
  }

  /** A mean estimate as a JSON object: {@code n, mean, sd, se, t, df, p, ciLower, ciUpper, confidenceLevel}. */
  public static final List<Column<MeanEstimate>> ESTIMATE = concat(List.of(
      Column.<MeanEstimate>integer("n", MeanEstimate::n),
      Column.<MeanEstimate>decimal("mean", MeanEstimate::mean)), meanTest(e -> e, "sd", true));

  /**
   * The means of a gap row, then its t test: {@code n}, expectation ({@code E}), perception
   * ({@code P}), gap, the JSON-only sds of E and P, then {@link #meanTest}.
   */
  public static <R> List<Column<R>> gapMeans(ToLongFunction<R> n, ToDoubleFunction<R> e, ToDoubleFunction<R> sdE,
      ToDoubleFunction<R> p, ToDoubleFunction<R> sdP, Function<? super R, MeanEstimate> gap,
      @Nullable String sdHeader) {
    return concat(List.of(
        Column.<R>integer("n", n),
        Column.<R>decimal("expectation", e).header("E"),
        Column.<R>decimal("perception", p).header("P"),
        Column.<R>decimal("gap", r -> gap.apply(r).mean()).header("table.gap"),
        Column.<R>decimal("sdExpectation", sdE).only(Target.JSON),
        Column.<R>decimal("sdPerception", sdP).only(Target.JSON)), meanTest(gap, sdHeader, true));
  }

  /**
   * Adds the item table, an empty line and the dimension table (CSV levels {@code item} and {@code
   * dimension}), with their interval columns headed by the confidence level where given.
   */
  public static <I, D> Tables.Builder itemsAndDimensions(Tables.Builder b, List<Column<I>> itemColumns, List<I> items,
      List<Column<D>> dimensionColumns, List<D> dimensions, OptionalDouble confidenceLevel) {
    Table<I> it = Table.of("items", itemColumns, items).level("item");
    Table<D> dt = Table.of("dimensions", dimensionColumns, dimensions).level("dimension");
    if (confidenceLevel.isPresent()) {
      it = ci(it, confidenceLevel.getAsDouble());
      dt = ci(dt, confidenceLevel.getAsDouble());
    }
    return b.table(it).blank().table(dt);
  }

  /** An alpha interval as a JSON object: {@code lower, upper, confidenceLevel}. */
  public static final List<Column<AlphaInterval>> INTERVAL = List.of(
      Column.<AlphaInterval>decimal("lower", AlphaInterval::lower),
      Column.<AlphaInterval>decimal("upper", AlphaInterval::upper),
      Column.<AlphaInterval>decimal("confidenceLevel", AlphaInterval::confidenceLevel));

  /** An item's reliability statistics: {@code id, correctedItemTotalCorrelation, alphaIfDeleted}. */
  public static final List<Column<CronbachAlpha.ItemStatistics>> ITEM_RELIABILITY = List.of(
      Column.<CronbachAlpha.ItemStatistics>integer("id", CronbachAlpha.ItemStatistics::id),
      Column.<CronbachAlpha.ItemStatistics>decimal("correctedItemTotalCorrelation", CronbachAlpha.ItemStatistics::correctedItemTotalCorrelation),
      Column.<CronbachAlpha.ItemStatistics>decimal("alphaIfDeleted", CronbachAlpha.ItemStatistics::alphaIfDeleted));

  /** A scale's reliability as a JSON object: {@code n, alpha, items} (each item's statistics). */
  public static final List<Column<CronbachAlpha>> RELIABILITY = List.of(
      Column.<CronbachAlpha>integer("n", CronbachAlpha::n),
      Column.<CronbachAlpha>decimal("alpha", CronbachAlpha::alpha),
      Column.<CronbachAlpha, CronbachAlpha.ItemStatistics>list("items", CronbachAlpha::itemStatistics, ITEM_RELIABILITY));

  /**
   * The row of an item, by 1-based id, of a report's item list in item order.
   *
   * @throws IllegalArgumentException if the id is out of range
   */
  public static <R> R item(List<R> items, int id) {
    Preconditions.inRange("item id", id, 1, items.size());
    return items.get(id - 1);
  }

  /**
   * The row of a dimension of a report's dimension list.
   *
   * @throws IllegalArgumentException if the list has no row of the dimension
   */
  public static <R> R dimension(List<R> rows, Function<R, Dimension> dimensionOf, Dimension dimension) {
    for (R r : rows) {
      if (dimensionOf.apply(r).equals(dimension)) {
        return r;
      }
    }
    throw Preconditions.invalid("dimension", "one of the instrument's dimensions", dimension);
  }

  /** The ids of a list as an array, for {@link Column#integers}. */
  public static int[] ids(List<Integer> ids) {
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  @SafeVarargs
  public static <R> List<Column<R>> concat(List<Column<R>>... parts) {
    List<Column<R>> all = new ArrayList<>();
    for (List<Column<R>> p : parts) {
      all.addAll(p);
    }
    return List.copyOf(all);
  }
}
