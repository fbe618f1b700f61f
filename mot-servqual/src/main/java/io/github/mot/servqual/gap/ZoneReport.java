package io.github.mot.servqual.gap;

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
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Zones of tolerance per item and per dimension (PZB 1994).
 *
 * @since 0.1.0
 */
public final class ZoneReport extends ItemsAndDimensions<ZoneReport.Zone, ZoneReport.Zone> implements Tabular {

  private final long completeCases;

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  ZoneReport(
      String instrument,
      MissingPolicy missingPolicy,
      long respondents,
      long completeCases,
      List<Zone> items,
      List<Zone> dimensions) {
    super(instrument, missingPolicy, respondents, items, dimensions, Zone::dimension);
    this.completeCases = completeCases;
  }

  /** {@return respondents with every A, D and P answer} */
  public long completeCases() {
    return completeCases;
  }

  /**
   * The number of respondents the analysis used: the complete cases under listwise deletion, every
   * respondent under pairwise deletion (each zone has its own n).
   *
   * @return n
   */
  public long n() {
    return missingPolicy() == MissingPolicy.LISTWISE ? completeCases : respondents();
  }

  /** The columns from the number of answers to the position, shared by items and dimensions. */
  private static final List<Column<Zone>> ZONE = List.of(
      Column.<Zone>integer("n", Zone::n),
      Column.<Zone>decimal("adequate", Zone::meanAdequate).header("A"),
      Column.<Zone>decimal("desired", Zone::meanDesired).header("D"),
      Column.<Zone>decimal("perception", Zone::meanPerceived).header("P"),
      Column.<Zone>decimal("msaMean", z -> z.msa().mean()).csv("msa").header("MSA").except(Target.JSON),
      Column.<Zone>decimal("msaP", z -> z.msa().p()).csv("p_msa").header("p MSA")
          .text((z, c) -> c.p(z.msa().p())).except(Target.JSON),
      Column.<Zone>decimal("mssMean", z -> z.mss().mean()).csv("mss").header("MSS").except(Target.JSON),
      Column.<Zone>decimal("mssP", z -> z.mss().p()).csv("p_mss").header("p MSS")
          .text((z, c) -> c.p(z.mss().p())).except(Target.JSON),
      Column.<Zone, MeanEstimate>object("msa", Zone::msa, ResultColumns.ESTIMATE),
      Column.<Zone, MeanEstimate>object("mss", Zone::mss, ResultColumns.ESTIMATE),
      Column.<Zone>text("position", z -> z.position().name()).header("table.position")
          .text((z, c) -> Text.constant(c, z.position())));

  private static final Column<Zone> DIMENSION = Column.<Zone>text("dimension",
      z -> z.dimension().name()).header("table.dimension").text((z, c) -> Text.dimension(c, z.dimension()));

  private static final List<Column<Zone>> ITEMS = ResultColumns.concat(List.of(
      Column.<Zone>display("table.item", (z, c) -> z.itemId().orElse(0) + " " + Text.item(c, z.label()))
          .left(),
      Column.<Zone>optionalInteger("id", Zone::itemId).except(Target.TEXT, Target.HTML),
      Column.<Zone>label("label", (z, c) -> Text.exportItem(c, z.label())).csv("name")
          .except(Target.TEXT, Target.HTML),
      DIMENSION), ZONE);

  private static final List<Column<Zone>> DIMENSIONS = ResultColumns.concat(List.of(
      Column.<Zone>display("table.dimension", (z, c) -> z.label().equals(z.dimension().name())
          ? Text.dimension(c, z.dimension()) : z.label()).left(),
      Column.<Zone>text("name", Zone::label).only(Target.JSON),
      Column.<Zone>label("csvName", (z, c) -> Text.exportDimension(c, z.dimension(), z.label()))
          .csv("name").only(Target.CSV),
      DIMENSION.only(Target.CSV)), ZONE); // text and HTML name the dimension in the first column

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
        .line(c -> c.label("title.zones") + ": " + subject(c)
            + " n = " + n())
        .field("instrument", instrument())
        .field("missingPolicy", missingPolicy().name())
        .field("n", n());
    return itemsAndDimensions(b, ITEMS, DIMENSIONS, OptionalDouble.empty()).build();
  }

  @Override
  protected Object[] reportComponents() {
    return new Object[] {
        "completeCases", completeCases,
        "items", items(),
        "dimensions", dimensions()};
  }

  /**
   * The zone of tolerance of one item or dimension (PZB 1994, three-column format): mean adequate
   * service A, desired service D and perception P; the measure of service adequacy {@code MSA = P -
   * A} and of service superiority {@code MSS = P - D}, each with its paired t test; and where P lies
   * relative to {@code [A, D]}. For a dimension the values are means of the respondents' dimension
   * means. All rest on the {@code n} respondents who gave A, D and P of the item (of every item of the
   * dimension), or on the complete cases under listwise deletion.
   *
   * @since 0.1.0
   */
  public sealed interface Zone permits Rows.Zone {

    /** {@return the item label, or the dimension name for a dimension row} */
    String label();

    /** {@return the dimension} */
    Dimension dimension();

    /** {@return the 1-based item id, empty for a dimension row} */
    OptionalInt itemId();

    /** {@return the respondents used} */
    long n();

    /** {@return mean adequate level A} */
    double meanAdequate();

    /** {@return mean desired level D} */
    double meanDesired();

    /** {@return mean perception P} */
    double meanPerceived();

    /** {@return {@code P - A}: mean, sd, paired t, p, confidence interval} */
    MeanEstimate msa();

    /** {@return {@code P - D}: mean, sd, paired t, p, confidence interval} */
    MeanEstimate mss();

    /** {@return below, inside or above the zone, from the signs of mean MSA and MSS} */
    Position position();
  }

  /**
   * Where the mean perception lies relative to the zone of tolerance {@code [adequate, desired]}
   * (PZB 1994).
   *
   * @since 0.1.0
   */
  public enum Position {
    /** Perception below the adequate level: mean MSA {@code P - A < 0}; a service failure. */
    BELOW,
    /** Perception within the zone: {@code MSA >= 0} and {@code MSS <= 0}. */
    INSIDE,
    /** Perception above the desired level: mean MSS {@code P - D > 0}; customer delight. */
    ABOVE;

    /**
     * The label in a language, from the bundle {@code io.github.mot.servqual.i18n.labels} (key
     * {@code Position.<CONSTANT>}), English where the language has no translation.
     *
     * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
     * @return the label, not blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String label(Locale locale) {
      return Text.labels(locale).label(this);
    }

    static Position of(double msa, double mss) {
      if (msa < 0) {
        return BELOW;
      }
      return mss > 0 ? ABOVE : INSIDE;
    }
  }
}
