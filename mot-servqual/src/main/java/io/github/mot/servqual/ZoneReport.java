package io.github.mot.servqual;

import io.github.mot.core.table.Column;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Zones of tolerance per item and per dimension (PZB 1994).
 *
 * @param instrument the instrument's name
 * @param missingPolicy how missing answers were treated
 * @param respondents respondents in the data (or segment)
 * @param completeCases respondents with every A, D and P answer
 * @param items one zone per item, in item order
 * @param dimensions one zone per dimension, in instrument order
 * @since 0.1.0
 */
public record ZoneReport(
    String instrument,
    MissingPolicy missingPolicy,
    long respondents,
    long completeCases,
    List<ToleranceZone> items,
    List<ToleranceZone> dimensions) implements Tabular {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ZoneReport {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(missingPolicy, "missingPolicy");
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
  }

  /**
   * The number of respondents the analysis used: the complete cases under listwise deletion, every
   * respondent under pairwise deletion (each zone has its own n).
   *
   * @return n
   */
  public long n() {
    return missingPolicy == MissingPolicy.LISTWISE ? completeCases : respondents;
  }

  /** The columns from the number of answers to the position, shared by items and dimensions. */
  private static final List<Column<ToleranceZone>> ZONE = List.of(
      Column.<ToleranceZone>integer("n", ToleranceZone::n),
      Column.<ToleranceZone>decimal("adequate", ToleranceZone::meanAdequate).header("A"),
      Column.<ToleranceZone>decimal("desired", ToleranceZone::meanDesired).header("D"),
      Column.<ToleranceZone>decimal("perception", ToleranceZone::meanPerceived).header("P"),
      Column.<ToleranceZone>decimal("msaMean", z -> z.msa().mean()).csv("msa").header("MSA").except(Target.JSON),
      Column.<ToleranceZone>decimal("msaP", z -> z.msa().p()).csv("p_msa").header("p MSA")
          .text((z, c) -> c.p(z.msa().p())).except(Target.JSON),
      Column.<ToleranceZone>decimal("mssMean", z -> z.mss().mean()).csv("mss").header("MSS").except(Target.JSON),
      Column.<ToleranceZone>decimal("mssP", z -> z.mss().p()).csv("p_mss").header("p MSS")
          .text((z, c) -> c.p(z.mss().p())).except(Target.JSON),
      Column.<ToleranceZone, MeanEstimate>object("msa", ToleranceZone::msa, ResultColumns.ESTIMATE),
      Column.<ToleranceZone, MeanEstimate>object("mss", ToleranceZone::mss, ResultColumns.ESTIMATE),
      Column.<ToleranceZone>text("position", z -> z.position().name()).header("table.position")
          .text((z, c) -> Text.constant(c, z.position())));

  private static final Column<ToleranceZone> DIMENSION = Column.<ToleranceZone>text("dimension",
      z -> z.dimension().name()).header("table.dimension").text((z, c) -> Text.dimension(c, z.dimension()));

  private static final List<Column<ToleranceZone>> ITEMS = ResultColumns.concat(List.of(
      Column.<ToleranceZone>display("table.item", (z, c) -> z.itemId().orElse(0) + " " + Text.item(c, z.label()))
          .left(),
      Column.<ToleranceZone>optionalInteger("id", ToleranceZone::itemId).except(Target.TEXT, Target.HTML),
      Column.<ToleranceZone>label("label", (z, c) -> Text.exportItem(c, z.label())).csv("name")
          .except(Target.TEXT, Target.HTML),
      DIMENSION), ZONE);

  private static final List<Column<ToleranceZone>> DIMENSIONS = ResultColumns.concat(List.of(
      Column.<ToleranceZone>display("table.dimension", (z, c) -> z.label().equals(z.dimension().name())
          ? Text.dimension(c, z.dimension()) : z.label()).left(),
      Column.<ToleranceZone>text("name", ToleranceZone::label).only(Target.JSON),
      Column.<ToleranceZone>label("csvName", (z, c) -> Text.exportDimension(c, z.dimension(), z.label()))
          .csv("name").only(Target.CSV),
      DIMENSION.except(Target.JSON)), ZONE);

  /**
   * The report for every {@link Format}: the item and dimension tables with A, D, P, MSA, MSS and
   * position (CSV: one row per item and dimension, {@code level} {@code item} or {@code
   * dimension}; JSON: {@code instrument}, {@code missingPolicy}, {@code n}, {@code items}, {@code
   * dimensions}, each zone's {@code msa} and {@code mss} with their tests).
   *
   * @return the description of this report
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    Tables.Builder b = Text.tables().csvLevel("level")
        .line(c -> c.label("title.zones") + ": " + Text.subject(c, instrument, respondents, missingPolicy)
            + " n = " + n())
        .field("instrument", instrument)
        .field("missingPolicy", missingPolicy.name())
        .field("n", n());
    return ResultColumns.itemsAndDimensions(b, ITEMS, items, DIMENSIONS, dimensions, OptionalDouble.empty()).build();
  }

  /**
   * Two aligned tables: items and dimensions with A, D, P, MSA, MSS and position; {@code
   * Format.TEXT.render(this)}.
   *
   * @return the tables
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
   * @param locale the language and number format, such as {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the report as text
   * @throws NullPointerException if {@code locale} is null
   */
  public String toString(java.util.Locale locale) {
    return Format.TEXT.render(this, locale);
  }
}
