package io.github.mot.servqual.perception;

import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.internal.ItemsAndDimensions;
import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.servqual.internal.Text;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The result of a {@link PerceptionAnalysis} of perception-only (SERVPERF) data: mean perceptions
 * per item and dimension, each dimension's alpha, and the SERVPERF score (Cronin and Taylor 1992):
 * each respondent's mean perception over all items, averaged over the respondents.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PerceptionReport extends ItemsAndDimensions<PerceptionReport.ItemPerception, PerceptionReport.DimensionPerception> implements Tabular {

  private final long completeCases;
  private final MeanEstimate servperf;

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  PerceptionReport(
      String instrument,
      MissingPolicy missingPolicy,
      long respondents,
      long completeCases,
      List<ItemPerception> items,
      List<DimensionPerception> dimensions,
      MeanEstimate servperf) {
    super(instrument, missingPolicy, respondents, items, dimensions, DimensionPerception::dimension);
    Objects.requireNonNull(servperf, "servperf");
    this.completeCases = completeCases;
    this.servperf = servperf;
  }

  /** {@return the respondents with every perception answer} */
  public long completeCases() {
    return completeCases;
  }

  /** {@return the SERVPERF score over the complete cases} */
  public MeanEstimate servperf() {
    return servperf;
  }

  /** The SERVPERF row of the score table. */
  private record Score(String id, String name, MeanEstimate estimate) {}

  /** A mean perception in text and CSV: n, the mean ({@code P}), sd and interval. */
  private static <R> List<Column<R>> mean(Function<? super R, MeanEstimate> m, String header) {
    return List.of(
        Column.<R>integer("n", r -> m.apply(r).n()).except(Target.JSON),
        Column.<R>decimal("mean", r -> m.apply(r).mean()).csv("perception").header(header).except(Target.JSON),
        Column.<R>decimal("sd", r -> m.apply(r).standardDeviation()).except(Target.JSON),
        Column.<R>decimal("ciLower", r -> m.apply(r).ciLower()).only(Target.CSV),
        Column.<R>decimal("ciUpper", r -> m.apply(r).ciUpper()).only(Target.CSV),
        ResultColumns.interval(m));
  }

  private static final List<Column<ItemPerception>> ITEMS = ResultColumns.concat(List.of(
      Column.<ItemPerception>integer("id", ItemPerception::id).header("item"),
      Column.<ItemPerception>label("label", (i, c) -> Text.exportItem(c, i.label())).csv("name")
          .except(Target.TEXT, Target.HTML),
      Column.<ItemPerception>text("dimension", i -> i.dimension().name())
          .text((i, c) -> Text.dimension(c, i.dimension())),
      Column.<ItemPerception, MeanEstimate>object("perception", ItemPerception::perception, ResultColumns.ESTIMATE)),
      mean(ItemPerception::perception, "P"),
      List.of(Column.<ItemPerception>display("label", (i, c) -> Text.item(c, i.label())).left()));

  private static final List<Column<DimensionPerception>> DIMENSIONS = ResultColumns.concat(List.of(
      Column.<DimensionPerception>text("name", d -> d.dimension().name()).header("dimension")
          .text((d, c) -> Text.dimension(c, d.dimension())).except(Target.CSV),
      Column.<DimensionPerception>label("csvName",
          (d, c) -> Text.exportDimension(c, d.dimension(), d.dimension().name())).csv("name").only(Target.CSV),
      Column.<DimensionPerception>text("dimension", d -> d.dimension().name()).only(Target.CSV),
      Column.<DimensionPerception>integer("items", d -> d.itemIds().size()).only(Target.TEXT, Target.HTML),
      Column.<DimensionPerception, MeanEstimate>object("perception", DimensionPerception::perception,
          ResultColumns.ESTIMATE),
      Column.<DimensionPerception, CronbachAlpha>object("reliability", DimensionPerception::reliability,
          ResultColumns.RELIABILITY)),
      mean(DimensionPerception::perception, "P"),
      List.of(Column.<DimensionPerception>decimal("alpha", d -> d.reliability().alpha()).header("table.alphaP")
          .text((d, c) -> Text.alpha(c, d.reliability().alpha(), d.itemIds().size())).except(Target.JSON)));

  private static final List<Column<Score>> SCORES = ResultColumns.concat(List.of(
      Column.<Score>text("id", Score::id).only(Target.CSV),
      Column.<Score>text("name", Score::name).header("score")),
      mean(Score::estimate, "mean"));

  /**
   * The report for every {@link Format}: the item table, the dimension table (with alpha) and the
   * SERVPERF score. JSON: {@code instrument}, {@code missingPolicy}, {@code respondents}, {@code
   * completeCases}, {@code items}, {@code dimensions} (with {@code reliability}) and {@code
   * servperf}, each mean with its n, sd and interval. CSV: one row per item, dimension and the
   * SERVPERF score ({@code level} {@code item}, {@code dimension} or {@code overall}), {@code
   * level,id,name,dimension,n,perception,sd,ci_lower,ci_upper,alpha}.
   *
   * @return the description of this report
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    double level = servperf.confidenceLevel();
    Tables.Builder b = Text.tables().csvLevel("level")
        .line(c -> "SERVPERF perception analysis (no expectations, no gaps): "
            + subject(c) + " " + c.label("text.deletion") + ", "
            + completeCases + " complete")
        .field("instrument", instrument())
        .field("missingPolicy", missingPolicy().name())
        .field("respondents", respondents())
        .field("completeCases", completeCases);
    return itemsAndDimensions(b, ITEMS, DIMENSIONS, OptionalDouble.of(level))
        .line(c -> missingPolicy() == MissingPolicy.PAIRWISE ? c.label("text.alphaDimensionPerception") : null)
        .blank()
        .object("servperf", servperf, ResultColumns.ESTIMATE)
        .table(ResultColumns.ci(Table.of("scores", SCORES, List.of(new Score("servperf", "SERVPERF", servperf)))
            .level("overall"), level).only(Target.TEXT, Target.HTML, Target.CSV))
        .build();
  }

  @Override
  protected Object[] reportComponents() {
    return new Object[] {
        "completeCases", completeCases,
        "items", items(),
        "dimensions", dimensions(),
        "servperf", servperf};
  }

  /**
   * The perceptions of one item in a perception-only (SERVPERF) analysis: the mean perception with
   * its sample standard deviation and confidence interval, on the instrument's scale after reverse
   * coding. (The estimate's t and p test a population mean of 0, which is meaningless for answers on
   * a rating scale: read the mean and the interval.)
   *
   * @since 0.2.0
   */
  public sealed interface ItemPerception permits Rows.ItemPerception {

    /** {@return the 1-based item id} */
    int id();

    /** {@return the item label} */
    String label();

    /** {@return the item's dimension} */
    Dimension dimension();

    /** {@return the mean perception: n, mean, sd ({@code n - 1}), confidence interval} */
    MeanEstimate perception();
  }

  /**
   * The perceptions of one dimension in a perception-only (SERVPERF) analysis: the mean of the
   * respondents' dimension means (the mean of the dimension's items) with its standard deviation and
   * interval, and Cronbach's alpha of the dimension's perception items over the same respondents.
   *
   * @since 0.2.0
   */
  public sealed interface DimensionPerception permits Rows.DimensionPerception {

    /** {@return the dimension} */
    Dimension dimension();

    /** {@return the 1-based ids of its items} */
    List<Integer> itemIds();

    /** {@return the mean of the respondents' mean perception on the dimension} */
    MeanEstimate perception();

    /**
     * {@return alpha (NaN with fewer than 2 items), corrected item-total correlations and
     * alpha-if-item-deleted of the perception items}
     */
    CronbachAlpha reliability();
  }
}
