package io.github.mot.servqual;

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
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of a SERVQUAL gap analysis ({@link GapAnalysis#analyze(SurveyData)}): gaps per item
 * and per dimension with t tests and reliabilities, and the overall scores.
 *
 * <p>Overall scores are respondent-level scores averaged over respondents, each with its {@code n}
 * and confidence interval:
 *
 * <ul>
 *   <li>{@code unweighted} SERVQUAL: each respondent's mean of the dimension gaps (PZB 1988);
 *       with no missing answers it equals the mean of the dimension gaps;
 *   <li>{@code weighted} SERVQUAL (PZB 1991): each respondent's dimension gaps weighted by that
 *       respondent's importance points / 100, summed, then averaged over the respondents who gave
 *       points; empty when nobody did;
 *   <li>{@code servperf} (Cronin and Taylor 1992): each respondent's mean perception over all items.
 * </ul>
 *
 * <p>The unweighted and weighted scores need every E and P answer of the respondent; SERVPERF
 * needs every P answer. Instances are immutable and thread-safe.
 *
 * @param instrument the instrument's name
 * @param missingPolicy how missing answers were treated
 * @param respondents the respondents in the data (or segment) before any deletion
 * @param completeCases the respondents with every E and P answer
 * @param items one gap per item, in item order
 * @param dimensions one gap per dimension, in instrument order
 * @param unweighted the unweighted SERVQUAL score
 * @param weighted the weighted SERVQUAL score, empty without importance points
 * @param servperf the SERVPERF score (mean perception)
 * @param zones zones of tolerance when the data also has adequate and desired answers
 * @since 0.1.0
 */
public record GapReport(
    String instrument,
    MissingPolicy missingPolicy,
    long respondents,
    long completeCases,
    List<ItemGap> items,
    List<DimensionGap> dimensions,
    MeanEstimate unweighted,
    Optional<MeanEstimate> weighted,
    MeanEstimate servperf,
    Optional<ZoneReport> zones) implements Tabular {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public GapReport {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(missingPolicy, "missingPolicy");
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
    Objects.requireNonNull(unweighted, "unweighted");
    Objects.requireNonNull(weighted, "weighted");
    Objects.requireNonNull(servperf, "servperf");
    Objects.requireNonNull(zones, "zones");
  }

  /**
   * The number of respondents the analysis used: the complete cases under listwise deletion, every
   * respondent under pairwise deletion (where each statistic has its own, possibly smaller, n).
   *
   * @return n
   */
  public long n() {
    return missingPolicy == MissingPolicy.LISTWISE ? completeCases : respondents;
  }

  /**
   * The gap of one item.
   *
   * @param id the 1-based item id
   * @return the item's gap
   * @throws IllegalArgumentException if the id is out of range
   */
  public ItemGap item(int id) {
    if (id < 1 || id > items.size()) {
      throw new IllegalArgumentException("item id must be in [1, " + items.size() + "] but was " + id);
    }
    return items.get(id - 1);
  }

  /**
   * The gap of one dimension.
   *
   * @param dimension the dimension
   * @return the dimension's gap
   * @throws IllegalArgumentException if the instrument has no such dimension
   */
  public DimensionGap dimension(Dimension dimension) {
    for (DimensionGap d : dimensions) {
      if (d.dimension().equals(dimension)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "dimension must be one of the instrument's dimensions but was " + dimension);
  }

  /** An overall score's row: the CSV id, the name's bundle key (or a literal), the estimate. */
  private record Score(String id, String name, MeanEstimate estimate, double perception) {}

  private static final List<Column<ItemGap>> ITEMS = ResultColumns.concat(List.of(
      Column.<ItemGap>integer("id", ItemGap::id).header("table.item"),
      Column.<ItemGap>label("label", (g, c) -> Text.exportItem(c, g.label())).csv("name")
          .except(Target.TEXT, Target.HTML),
      Column.<ItemGap>text("dimension", g -> g.dimension().name()).header("table.dimension")
          .text((g, c) -> Text.dimension(c, g.dimension()))),
      ResultColumns.gapMeans(ItemGap::n, ItemGap::meanExpectation, ItemGap::sdExpectation, ItemGap::meanPerception,
          ItemGap::sdPerception, ItemGap::gap, "table.sdGap"),
      List.of(Column.<ItemGap>display("table.label", (g, c) -> Text.item(c, g.label())).left()));

  private static final List<Column<DimensionGap>> DIMENSIONS = ResultColumns.concat(List.of(
      Column.<DimensionGap>text("name", d -> d.dimension().name()).header("table.dimension")
          .text((d, c) -> Text.dimension(c, d.dimension())).except(Target.CSV),
      Column.<DimensionGap>label("csvName", (d, c) -> Text.exportDimension(c, d.dimension(), d.dimension().name()))
          .csv("name").only(Target.CSV),
      Column.<DimensionGap>text("dimension", d -> d.dimension().name()).only(Target.CSV),
      Column.<DimensionGap>integers("items", d -> ResultColumns.ids(d.itemIds())).header("table.items")
          .text((d, c) -> Integer.toString(d.itemIds().size())).right().except(Target.CSV)),
      ResultColumns.gapMeans(DimensionGap::n, DimensionGap::meanExpectation, DimensionGap::sdExpectation,
          DimensionGap::meanPerception, DimensionGap::sdPerception, DimensionGap::gap, null),
      List.of(
          Column.<DimensionGap>decimal("alphaExpectation", DimensionGap::alphaExpectation).header("table.alphaE"),
          Column.<DimensionGap>decimal("alphaPerception", DimensionGap::alphaPerception).header("table.alphaP"),
          Column.<DimensionGap>decimal("alphaGap", DimensionGap::alphaGap).header("table.alphaGap"),
          Column.<DimensionGap, Reliability>object("reliabilityExpectation", DimensionGap::expectationReliability,
              ResultColumns.RELIABILITY),
          Column.<DimensionGap, Reliability>object("reliabilityPerception", DimensionGap::perceptionReliability,
              ResultColumns.RELIABILITY),
          Column.<DimensionGap, Reliability>object("reliabilityGap", DimensionGap::gapReliability,
              ResultColumns.RELIABILITY)));

  private static final List<Column<Score>> SCORES = ResultColumns.concat(List.of(
      Column.<Score>text("id", Score::id).only(Target.CSV),
      Column.<Score>label("name", (s, c) -> c.label(s.name())).header("table.score"),
      Column.<Score>integer("n", s -> s.estimate().n()),
      Column.<Score>decimal("perception", Score::perception).only(Target.CSV),
      Column.<Score>decimal("gap", s -> s.estimate().mean()).header("table.mean")),
      ResultColumns.meanTest(Score::estimate, "sd", false));

  /** The JSON object {@code overall}: each score with its n, sd and interval. */
  private static final List<Column<GapReport>> OVERALL = List.of(
      Column.<GapReport, MeanEstimate>object("unweighted", GapReport::unweighted, ResultColumns.ESTIMATE),
      Column.<GapReport, MeanEstimate>object("weighted", r -> r.weighted().orElse(null), ResultColumns.ESTIMATE),
      Column.<GapReport, MeanEstimate>object("servperf", GapReport::servperf, ResultColumns.ESTIMATE));

  /**
   * The report for every {@link Format}: the item table, the dimension table and the overall
   * scores (CSV: one row per item, dimension and overall score, {@code level} {@code item}, {@code
   * dimension} or {@code overall}; JSON: the fields {@code instrument}, {@code missingPolicy},
   * {@code n}, {@code respondents}, {@code completeCases}, {@code items}, {@code dimensions},
   * {@code unweighted}, {@code weighted}, {@code servperf}, {@code overall} and, with zones of
   * tolerance, {@code zones}).
   *
   * @return the description of this report
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    double level = unweighted.confidenceLevel();
    List<Score> scores = new ArrayList<>();
    scores.add(new Score("unweighted", "score.unweighted", unweighted, Double.NaN));
    weighted.ifPresent(w -> scores.add(new Score("weighted", "score.weighted", w, Double.NaN)));
    scores.add(new Score("servperf", "SERVPERF", servperf, servperf.mean()));
    Tables.Builder b = Text.tables().csvLevel("level")
        .line(c -> c.label("title.gap") + ": " + Text.subject(c, instrument, respondents, missingPolicy) + " n = " + n())
        .field("instrument", instrument)
        .field("missingPolicy", missingPolicy.name())
        .field("n", n())
        .field("respondents", respondents)
        .field("completeCases", completeCases);
    ResultColumns.itemsAndDimensions(b, ITEMS, items, DIMENSIONS, dimensions, OptionalDouble.of(level))
        .blank()
        .field("unweighted", unweighted.mean())
        .field("weighted", weighted.isPresent() ? weighted.get().mean() : null)
        .field("servperf", servperf.mean())
        .object("overall", this, OVERALL)
        .table(ResultColumns.ci(Table.of("scores", SCORES, List.copyOf(scores)).level("overall"), level)
            .only(Target.TEXT, Target.HTML, Target.CSV))
        .line(c -> weighted.isEmpty() ? c.label("text.noWeighted") : null);
    zones.ifPresent(z -> b.blank().child("zones", z));
    return b.build();
  }

  /**
   * The item table, the dimension table and the overall scores, aligned for reading in JShell:
   * {@code Format.TEXT.render(this)}.
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
