package io.github.mot.servqual.reliability;

import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.internal.AnalysisResult;
import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.servqual.internal.Text;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The result of a {@link ReliabilityAnalysis}: one {@link Scale} per dimension and
 * score, and the warnings a reviewer would raise.
 *
 * <p>{@link #toString()} prints the scale table (raw and standardised alpha, each labelled, with
 * Feldt's and, if asked for, the bootstrap interval), the item table (corrected item-total
 * correlation, alpha-if-item-deleted) and the warnings. Where alpha is undefined the tables say
 * why ({@code undefined (1 item)}) or {@code n/a}, as for every other undefined value, and a
 * warning says why. Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ReliabilityReport extends AnalysisResult implements Tabular {

  private final List<Scale> scales;
  private final List<Warning> warnings;
  private final OptionalLong bootstrapSeed;

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  ReliabilityReport(
      String instrument,
      MissingPolicy missingPolicy,
      long respondents,
      List<Scale> scales,
      List<Warning> warnings,
      OptionalLong bootstrapSeed) {
    super(instrument, missingPolicy, respondents);
    scales = List.copyOf(scales);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(bootstrapSeed, "bootstrapSeed");
    this.scales = scales;
    this.warnings = warnings;
    this.bootstrapSeed = bootstrapSeed;
  }

  /**
   * {@return one entry per dimension and score, dimensions in instrument order, scores in the order
   * E, P, A, D, gap}
   */
  public List<Scale> scales() {
    return scales;
  }

  /** {@return the warnings, in the order of the scales} */
  public List<Warning> warnings() {
    return warnings;
  }

  /** {@return the seed of the bootstrap, empty if no bootstrap was asked for} */
  public OptionalLong bootstrapSeed() {
    return bootstrapSeed;
  }

  /**
   * The reliability of one scale.
   *
   * @param dimension the dimension
   * @param score the score
   * @return the scale's reliability
   * @throws IllegalArgumentException if the report has no such scale (the dimension is not the
   *     instrument's, or the data had no answers for the score)
   */
  public Scale scale(Dimension dimension, ScoreKind score) {
    for (Scale s : scales) {
      if (s.dimension().equals(dimension) && s.score() == score) {
        return s;
      }
    }
    throw Preconditions.invalid("scale", "one of the report's (dimension and score)", dimension + " " + score);
  }

  /**
   * The warnings of one type.
   *
   * @param type the type
   * @return the warnings of that type, in report order
   */
  public List<Warning> warnings(Warning.Type type) {
    return warnings.stream().filter(w -> w.type() == type).toList();
  }

  /** An item of a scale, for the item table. */
  private record ScaleItem(Scale scale, CronbachAlpha.ItemStatistics item) {}

  private static final String FELDT = "feldtCi";
  private static final String BOOTSTRAP = "bootstrapCi";

  /** The dimension and score of a scale, declared once for the scale and the item rows. */
  private static <R> List<Column<R>> scale(Function<R, Scale> scale) {
    return List.of(
        Column.<R>text("dimension", r -> scale.apply(r).dimension().name()).header("table.dimension")
            .text((r, c) -> Text.dimension(c, scale.apply(r).dimension())),
        Column.<R>text("score", r -> scale.apply(r).score().name()).header("table.score")
            .text((r, c) -> Text.translated(c) ? scale.apply(r).score().label(c.locale()) : scale.apply(r).score().label()));
  }

  /** An interval in text, n/a where undefined. */
  private static String interval(Cells c, AlphaInterval i) {
    return i.isDefined() ? c.interval(i.lower(), i.upper(), 3) : Cells.UNDEFINED;
  }

  private static List<Column<Scale>> scales(boolean bootstrap) {
    List<Column<Scale>> bootstrapText = bootstrap
        ? List.of(Column.<Scale>display(BOOTSTRAP,
            (s, c) -> s.bootstrap().map(b -> interval(c, b)).orElse(Cells.UNDEFINED)))
        : List.of();
    return ResultColumns.concat(scale(s -> s), List.of(
        Column.<Scale>integers("items", s -> ResultColumns.ids(s.itemIds())).header("table.items")
            .text((s, c) -> Integer.toString(s.items())).right(),
        Column.<Scale>integer("n", Scale::n),
        Column.<Scale>decimal("alpha", Scale::alpha).header("table.rawAlpha")
            .text((s, c) -> Text.alpha(c, s.alpha(), s.items())),
        Column.<Scale>display(FELDT, (s, c) -> interval(c, s.feldt()))), bootstrapText, List.of(
        Column.<Scale>decimal("standardizedAlpha", Scale::standardizedAlpha)
            .header("table.stdAlpha"),
        Column.<Scale>decimal("meanInterItemCorrelation", Scale::meanInterItemCorrelation)
            .header("table.meanR"),
        Column.<Scale>decimal("feldtLower", s -> s.feldt().lower()).only(Target.CSV),
        Column.<Scale>decimal("feldtUpper", s -> s.feldt().upper()).only(Target.CSV),
        Column.<Scale>decimal("bootstrapLower", s -> s.bootstrap().map(AlphaInterval::lower)
            .orElse(Double.NaN)).only(Target.CSV),
        Column.<Scale>decimal("bootstrapUpper", s -> s.bootstrap().map(AlphaInterval::upper)
            .orElse(Double.NaN)).only(Target.CSV),
        Column.<Scale>decimal("confidenceLevel", s -> s.feldt().confidenceLevel()).only(Target.CSV),
        Column.<Scale, AlphaInterval>object("feldt", Scale::feldt, ResultColumns.INTERVAL),
        Column.<Scale, AlphaInterval>object("bootstrap", s -> s.bootstrap().orElse(null),
            ResultColumns.INTERVAL),
        Column.<Scale>integer("bootstrapReplicates", Scale::bootstrapReplicates)
            .except(Target.TEXT, Target.HTML),
        Column.<Scale, CronbachAlpha.ItemStatistics>list("itemStatistics", Scale::itemStatistics,
            ResultColumns.ITEM_RELIABILITY)));
  }

  private static final List<Column<Scale>> SCALES = scales(false);
  private static final List<Column<Scale>> SCALES_BOOTSTRAP = scales(true);

  private static final List<Column<ScaleItem>> ITEMS = ResultColumns.concat(scale(ScaleItem::scale), List.of(
      Column.<ScaleItem>integer("item", i -> i.item().id()).header("table.item"),
      Column.<ScaleItem>decimal("correctedItemTotalCorrelation", i -> i.item().correctedItemTotalCorrelation())
          .header("table.itemTotalR"),
      Column.<ScaleItem>decimal("alphaIfDeleted", i -> i.item().alphaIfDeleted()).header("table.alphaIfDeleted")));

  private static final List<Column<Warning>> WARNINGS = List.of(
      Column.<Warning>text("type", w -> w.type().name()),
      Column.<Warning>text("dimension", w -> w.dimension().name()),
      Column.<Warning>text("score", w -> w.score().map(Enum::name).orElse(null)),
      Column.<Warning>optionalInteger("item", Warning::itemId),
      Column.<Warning>text("message", Warning::message));

  /**
   * The report for every {@link Format}: the scale table, the item table and the warnings. JSON:
   * {@code instrument}, {@code missingPolicy}, {@code respondents}, {@code bootstrapSeed}, {@code
   * scales} (each with its items, alphas, {@code feldt} and {@code bootstrap} intervals and {@code
   * itemStatistics}) and {@code warnings}. CSV: one row per scale ({@code level} {@code scale}),
   * per item of a scale of two or more items ({@code item}) and per warning ({@code warning}).
   *
   * @return the description of this report
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    double level = scales.isEmpty() ? 0.95 : scales.get(0).feldt().confidenceLevel();
    String pct = Math.round(level * 100) + "% ";
    boolean boot = bootstrapSeed.isPresent();
    List<ScaleItem> items = new ArrayList<>();
    for (Scale s : scales) {
      if (s.items() >= 2) {
        for (CronbachAlpha.ItemStatistics ir : s.itemStatistics()) {
          items.add(new ScaleItem(s, ir));
        }
      }
    }
    Table<Scale> scaleTable = Table.of("scales", boot ? SCALES_BOOTSTRAP : SCALES, scales).level("scale")
        .header(FELDT, c -> pct + c.label("table.feldtCi"));
    if (boot) {
      scaleTable = scaleTable.header(BOOTSTRAP, c -> pct + c.label("table.bootstrapCi"));
    }
    return Text.tables().csvLevel("level")
        .line(c -> c.label("title.reliability") + ": " + subject(c) + " "
            + c.label("text.deletion") + (boot ? ", " + c.label("text.bootstrapSeed") + " " + bootstrapSeed.getAsLong()
            : ""))
        .field("instrument", instrument())
        .field("missingPolicy", missingPolicy().name())
        .field("respondents", respondents())
        .field("bootstrapSeed", boot ? bootstrapSeed.getAsLong() : null)
        .table(scaleTable)
        .line(c -> missingPolicy() == MissingPolicy.PAIRWISE ? c.label("text.alphaPairwise") : null)
        .blank()
        .table(Table.of("itemStatistics", ITEMS, List.copyOf(items)).level("item")
            .only(Target.TEXT, Target.HTML, Target.CSV))
        .line(c -> warnings.isEmpty() ? c.label("text.noWarnings") : c.label("text.warnings") + ":")
        .line(c -> warnings.isEmpty() ? null
            : String.join("\n", warnings.stream().map(w -> "  " + w).toList()))
        .table(Table.of("warnings", WARNINGS, warnings).level("warning").only(Target.JSON, Target.CSV))
        .build();
  }

  @Override
  protected Object[] reportComponents() {
    return new Object[] {
        "scales", scales,
        "warnings", warnings,
        "bootstrapSeed", bootstrapSeed};
  }

  /**
   * The internal consistency of one scale: the items of one dimension for one {@link ScoreKind}.
   *
   * <ul>
   *   <li><b>Raw alpha</b> (Cronbach 1951): {@code alpha = k / (k - 1) x (1 - sum(item variances) /
   *       variance(total))}, from the item covariance matrix; on covariances, so items with larger
   *       variance weigh more.
   *   <li><b>Standardised alpha</b>: alpha of the standardised items, {@code k rbar / (1 + (k - 1)
   *       rbar)}, where {@code rbar} is the mean inter-item correlation over the {@code k (k - 1) / 2}
   *       pairs (the Spearman-Brown form; psych::alpha's {@code std.alpha}).
   *   <li><b>Feldt's interval</b> (Feldt 1965; Feldt, Woodruff and Salih 1987): {@code (1 - alpha) /
   *       (1 - alphaHat)} follows an F distribution with {@code n - 1} and {@code (n - 1)(k - 1)}
   *       degrees of freedom, so the interval is {@code [1 - (1 - alphaHat) F(1 - g/2), 1 - (1 -
   *       alphaHat) F(g/2)]} with {@code g = 1 - level} and {@code F(q)} the F quantile (psych's
   *       {@code alpha.ci}, pingouin's {@code cronbach_alpha}).
   *   <li><b>Bootstrap percentile interval</b> (Efron and Tibshirani 1993), when asked for: the
   *       respondents are resampled with replacement, alpha recomputed on each replicate, and the
   *       interval is the {@code (1 - level) / 2} and {@code (1 + level) / 2} quantiles of the
   *       replicates (linear interpolation between order statistics, R's type 7).
   * </ul>
   *
   * <p><b>Missing answers.</b> Listwise, {@code M} is the covariance matrix of the respondents who
   * answered every item of the scale. Pairwise, {@code M_ij} is the sample covariance of items i and
   * j over the respondents who answered both ({@code n_ij - 1} divisor; R's {@code cov(use =
   * "pairwise.complete.obs")}, as psych::alpha with {@code use = "pairwise"}), so raw alpha is
   * {@code k / (k - 1) x (1 - sum_i M_ii / sum_ij M_ij)} on a matrix that need not be positive
   * semi-definite. This is not the alpha of {@code GapReport} and {@code PerceptionReport} under
   * {@link MissingPolicy#PAIRWISE}, which take the respondents complete for the dimension; the text
   * and HTML of all three reports say which alpha they print (issue 17, point 8).
   *
   * <p>Alpha is undefined (NaN, announced by a {@link Warning}) with fewer than 2 items, 2
   * respondents, or a total without variance; the standardised alpha also when an item has no variance.
   * Instances are immutable and thread-safe.
   *
   * @since 0.2.0
   */
  public sealed interface Scale permits Rows.Scale {

    /** {@return the dimension} */
    Dimension dimension();

    /** {@return the score: E, P, A, D or the gap} */
    ScoreKind score();

    /** {@return the 1-based ids of the dimension's items} */
    List<Integer> itemIds();

    /**
     * {@return the respondents behind alpha: the complete cases (listwise), or the smallest number of
     * respondents who answered a pair of the items (pairwise; one item: who answered it)}
     */
    long n();

    /** {@return raw Cronbach's alpha, at most 1 (listwise; pairwise covariances can exceed it)} */
    double alpha();

    /** {@return alpha from the mean inter-item correlation} */
    double standardizedAlpha();

    /** {@return {@code rbar}} */
    double meanInterItemCorrelation();

    /** {@return Feldt's interval for the raw alpha} */
    AlphaInterval feldt();

    /** {@return the bootstrap percentile interval for the raw alpha, if asked for} */
    Optional<AlphaInterval> bootstrap();

    /** {@return the replicates with a defined alpha behind {@code bootstrap} (0 if none)} */
    int bootstrapReplicates();

    /** {@return per item: corrected item-total correlation and alpha-if-item-deleted} */
    List<CronbachAlpha.ItemStatistics> itemStatistics();

    /**
     * The number of items k.
     *
     * @return {@code itemIds().size()}
     */
    default int items() {
      return itemIds().size();
    }

    /**
     * Whether alpha is defined.
     *
     * @return true if {@link #alpha()} is not NaN
     */
    default boolean isDefined() {
      return !Double.isNaN(alpha());
    }
  }

  /**
   * A problem with a scale that a reviewer would ask about, found by a {@link ReliabilityAnalysis}:
   * its type, where it is, and a message that says what it means.
   *
   * @since 0.2.0
   */
  public sealed interface Warning permits Rows.Warning {

    /** {@return what kind of problem} */
    Type type();

    /** {@return the dimension of the scale} */
    Dimension dimension();

    /**
     * {@return the score, empty for a problem of the dimension as such ({@link Type#TOO_FEW_ITEMS})}
     */
    Optional<ScoreKind> score();

    /** {@return the 1-based item id, empty unless the problem is one item's} */
    OptionalInt itemId();

    /** {@return a sentence for people} */
    String message();

    /** The kinds of reliability problems. */
    public enum Type {
      /**
       * An item's corrected item-total correlation is negative: it runs against the rest of its
       * scale, most often because it is negatively worded (reverse-keyed) and was not reversed.
       */
      NEGATIVE_ITEM_TOTAL_CORRELATION,
      /**
       * Alpha is negative: the items' covariances are on average negative, which a scale measuring
       * one thing cannot produce; look for reverse-keyed items or a coding error.
       */
      NEGATIVE_ALPHA,
      /** The dimension has fewer than 2 items, so alpha is undefined. */
      TOO_FEW_ITEMS,
      /**
       * Alpha is undefined although the dimension has 2 or more items: fewer than 2 respondents, or a
       * total score without variance.
       */
      UNDEFINED_ALPHA
    }
  }
}
