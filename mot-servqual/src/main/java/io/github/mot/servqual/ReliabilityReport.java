package io.github.mot.servqual;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The result of a {@link ReliabilityAnalysis}: one {@link ScaleReliability} per dimension and
 * score, and the warnings a reviewer would raise.
 *
 * <p>{@link #toString()} prints the scale table (raw and standardised alpha, each labelled, with
 * Feldt's and, if asked for, the bootstrap interval), the item table (corrected item-total
 * correlation, alpha-if-item-deleted) and the warnings. Where alpha is undefined the tables say
 * why ({@code undefined (1 item)}) or {@code n/a}, as for every other undefined value, and a
 * warning says why. Instances are immutable and thread-safe.
 *
 * @param instrument the instrument's name
 * @param missingPolicy how missing answers were treated
 * @param respondents the respondents in the data
 * @param scales one entry per dimension and score, dimensions in instrument order, scores in the
 *     order E, P, A, D, gap
 * @param warnings the warnings, in the order of the scales
 * @param bootstrapSeed the seed of the bootstrap, empty if no bootstrap was asked for
 * @since 0.2.0
 */
public record ReliabilityReport(
    String instrument,
    MissingPolicy missingPolicy,
    long respondents,
    List<ScaleReliability> scales,
    List<ReliabilityWarning> warnings,
    OptionalLong bootstrapSeed) implements Tabular {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ReliabilityReport {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(missingPolicy, "missingPolicy");
    scales = List.copyOf(scales);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(bootstrapSeed, "bootstrapSeed");
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
  public ScaleReliability scale(Dimension dimension, ScoreKind score) {
    for (ScaleReliability s : scales) {
      if (s.dimension().equals(dimension) && s.score() == score) {
        return s;
      }
    }
    throw new IllegalArgumentException("scale must be one of the report's (dimension and score) but was "
        + dimension + " " + score);
  }

  /**
   * The warnings of one type.
   *
   * @param type the type
   * @return the warnings of that type, in report order
   */
  public List<ReliabilityWarning> warnings(ReliabilityWarning.Type type) {
    return warnings.stream().filter(w -> w.type() == type).toList();
  }

  /** An item of a scale, for the item table. */
  private record ScaleItem(ScaleReliability scale, ItemReliability item) {}

  private static final String FELDT = "feldtCi";
  private static final String BOOTSTRAP = "bootstrapCi";

  /** The dimension and score of a scale, declared once for the scale and the item rows. */
  private static <R> List<Column<R>> scale(Function<R, ScaleReliability> scale) {
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

  private static List<Column<ScaleReliability>> scales(boolean bootstrap) {
    List<Column<ScaleReliability>> bootstrapText = bootstrap
        ? List.of(Column.<ScaleReliability>display(BOOTSTRAP,
            (s, c) -> s.bootstrap().map(b -> interval(c, b)).orElse(Cells.UNDEFINED)))
        : List.of();
    return ResultColumns.concat(scale(s -> s), List.of(
        Column.<ScaleReliability>integers("items", s -> ResultColumns.ids(s.itemIds())).header("table.items")
            .text((s, c) -> Integer.toString(s.items())).right(),
        Column.<ScaleReliability>integer("n", ScaleReliability::n),
        Column.<ScaleReliability>decimal("alpha", ScaleReliability::alpha).header("table.rawAlpha")
            .text((s, c) -> Text.alpha(c, s.alpha(), s.items())),
        Column.<ScaleReliability>display(FELDT, (s, c) -> interval(c, s.feldt()))), bootstrapText, List.of(
        Column.<ScaleReliability>decimal("standardizedAlpha", ScaleReliability::standardizedAlpha)
            .header("table.stdAlpha"),
        Column.<ScaleReliability>decimal("meanInterItemCorrelation", ScaleReliability::meanInterItemCorrelation)
            .header("table.meanR"),
        Column.<ScaleReliability>decimal("feldtLower", s -> s.feldt().lower()).only(Target.CSV),
        Column.<ScaleReliability>decimal("feldtUpper", s -> s.feldt().upper()).only(Target.CSV),
        Column.<ScaleReliability>decimal("bootstrapLower", s -> s.bootstrap().map(AlphaInterval::lower)
            .orElse(Double.NaN)).only(Target.CSV),
        Column.<ScaleReliability>decimal("bootstrapUpper", s -> s.bootstrap().map(AlphaInterval::upper)
            .orElse(Double.NaN)).only(Target.CSV),
        Column.<ScaleReliability>decimal("confidenceLevel", s -> s.feldt().confidenceLevel()).only(Target.CSV),
        Column.<ScaleReliability, AlphaInterval>object("feldt", ScaleReliability::feldt, ResultColumns.INTERVAL),
        Column.<ScaleReliability, AlphaInterval>object("bootstrap", s -> s.bootstrap().orElse(null),
            ResultColumns.INTERVAL),
        Column.<ScaleReliability>integer("bootstrapReplicates", ScaleReliability::bootstrapReplicates)
            .except(Target.TEXT, Target.HTML),
        Column.<ScaleReliability, ItemReliability>list("itemStatistics", ScaleReliability::itemStatistics,
            ResultColumns.ITEM_RELIABILITY)));
  }

  private static final List<Column<ScaleReliability>> SCALES = scales(false);
  private static final List<Column<ScaleReliability>> SCALES_BOOTSTRAP = scales(true);

  private static final List<Column<ScaleItem>> ITEMS = ResultColumns.concat(scale(ScaleItem::scale), List.of(
      Column.<ScaleItem>integer("item", i -> i.item().id()).header("table.item"),
      Column.<ScaleItem>decimal("correctedItemTotalCorrelation", i -> i.item().correctedItemTotalCorrelation())
          .header("table.itemTotalR"),
      Column.<ScaleItem>decimal("alphaIfDeleted", i -> i.item().alphaIfDeleted()).header("table.alphaIfDeleted")));

  private static final List<Column<ReliabilityWarning>> WARNINGS = List.of(
      Column.<ReliabilityWarning>text("type", w -> w.type().name()),
      Column.<ReliabilityWarning>text("dimension", w -> w.dimension().name()),
      Column.<ReliabilityWarning>text("score", w -> w.score().map(Enum::name).orElse(null)),
      Column.<ReliabilityWarning>optionalInteger("item", ReliabilityWarning::itemId),
      Column.<ReliabilityWarning>text("message", ReliabilityWarning::message));

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
    for (ScaleReliability s : scales) {
      if (s.items() >= 2) {
        for (ItemReliability ir : s.itemStatistics()) {
          items.add(new ScaleItem(s, ir));
        }
      }
    }
    Table<ScaleReliability> scaleTable = Table.of("scales", boot ? SCALES_BOOTSTRAP : SCALES, scales).level("scale")
        .header(FELDT, c -> pct + c.label("table.feldtCi"));
    if (boot) {
      scaleTable = scaleTable.header(BOOTSTRAP, c -> pct + c.label("table.bootstrapCi"));
    }
    return Text.tables().csvLevel("level")
        .line(c -> c.label("title.reliability") + ": " + Text.subject(c, instrument, respondents, missingPolicy) + " "
            + c.label("text.deletion") + (boot ? ", " + c.label("text.bootstrapSeed") + " " + bootstrapSeed.getAsLong()
            : ""))
        .field("instrument", instrument)
        .field("missingPolicy", missingPolicy.name())
        .field("respondents", respondents)
        .field("bootstrapSeed", boot ? bootstrapSeed.getAsLong() : null)
        .table(scaleTable)
        .blank()
        .table(Table.of("itemStatistics", ITEMS, List.copyOf(items)).level("item")
            .only(Target.TEXT, Target.HTML, Target.CSV))
        .line(c -> warnings.isEmpty() ? c.label("text.noWarnings") : c.label("text.warnings") + ":")
        .line(c -> warnings.isEmpty() ? null
            : String.join("\n", warnings.stream().map(w -> "  " + w).toList()))
        .table(Table.of("warnings", WARNINGS, warnings).level("warning").only(Target.JSON, Target.CSV))
        .build();
  }

  /**
   * The scale table, the item table and the warnings, aligned for reading in JShell ({@code
   * Format.TEXT.render(this)}).
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The same tables in a language: headers, dimension, standard item, quadrant and position
   * labels from the bundle {@code io.github.mot.servqual.i18n.labels} (English where it has no
   * translation; constant and dimension names as in {@link #toString()} for a language without
   * a bundle), numbers with the locale's decimal separator ({@code 0,512} for {@code de-DE}).
   * {@code toString(Locale.ENGLISH)} equals {@link #toString()}. {@code Format.TEXT.render(this,
   * locale)}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the report as text
   * @throws NullPointerException if {@code locale} is null
   */
  public String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }
}
