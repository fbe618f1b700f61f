package io.github.mot.servqual.gap;

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
import java.util.ArrayList;
import java.util.List;
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
 * @since 0.1.0
 */
public final class GapReport extends ItemsAndDimensions<GapReport.ItemGap, GapReport.DimensionGap> implements Tabular {

  private final long completeCases;
  private final MeanEstimate unweighted;
  private final Optional<MeanEstimate> weighted;
  private final MeanEstimate servperf;
  private final Optional<ZoneReport> zones;

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  GapReport(
      String instrument,
      MissingPolicy missingPolicy,
      long respondents,
      long completeCases,
      List<ItemGap> items,
      List<DimensionGap> dimensions,
      MeanEstimate unweighted,
      Optional<MeanEstimate> weighted,
      MeanEstimate servperf,
      Optional<ZoneReport> zones) {
    super(instrument, missingPolicy, respondents, items, dimensions, DimensionGap::dimension);
    Objects.requireNonNull(unweighted, "unweighted");
    Objects.requireNonNull(weighted, "weighted");
    Objects.requireNonNull(servperf, "servperf");
    Objects.requireNonNull(zones, "zones");
    this.completeCases = completeCases;
    this.unweighted = unweighted;
    this.weighted = weighted;
    this.servperf = servperf;
    this.zones = zones;
  }

  /** {@return the respondents with every E and P answer} */
  public long completeCases() {
    return completeCases;
  }

  /** {@return the unweighted SERVQUAL score} */
  public MeanEstimate unweighted() {
    return unweighted;
  }

  /** {@return the weighted SERVQUAL score, empty without importance points} */
  public Optional<MeanEstimate> weighted() {
    return weighted;
  }

  /** {@return the SERVPERF score (mean perception)} */
  public MeanEstimate servperf() {
    return servperf;
  }

  /** {@return zones of tolerance when the data also has adequate and desired answers} */
  public Optional<ZoneReport> zones() {
    return zones;
  }

  /**
   * The number of respondents the analysis used: the complete cases under listwise deletion, every
   * respondent under pairwise deletion (where each statistic has its own, possibly smaller, n).
   *
   * @return n
   */
  public long n() {
    return missingPolicy() == MissingPolicy.LISTWISE ? completeCases : respondents();
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
          Column.<DimensionGap, CronbachAlpha>object("reliabilityExpectation", DimensionGap::expectationReliability,
              ResultColumns.RELIABILITY),
          Column.<DimensionGap, CronbachAlpha>object("reliabilityPerception", DimensionGap::perceptionReliability,
              ResultColumns.RELIABILITY),
          Column.<DimensionGap, CronbachAlpha>object("reliabilityGap", DimensionGap::gapReliability,
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
        .line(c -> c.label("title.gap") + ": " + subject(c) + " n = " + n())
        .field("instrument", instrument())
        .field("missingPolicy", missingPolicy().name())
        .field("n", n())
        .field("respondents", respondents())
        .field("completeCases", completeCases);
    itemsAndDimensions(b, ITEMS, DIMENSIONS, OptionalDouble.of(level))
        .line(c -> missingPolicy() == MissingPolicy.PAIRWISE ? c.label("text.alphaDimension") : null)
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

  @Override
  protected Object[] reportComponents() {
    return new Object[] {
        "completeCases", completeCases,
        "items", items(),
        "dimensions", dimensions(),
        "unweighted", unweighted,
        "weighted", weighted,
        "servperf", servperf,
        "zones", zones};
  }

  /**
   * What the gap of an item and the gap of a dimension share: mean expectation E and mean
   * perception P with their sample standard deviations ({@code n - 1}), and the gap {@code P - E}
   * with its paired t test and confidence interval, all over the same {@code n} respondents. For a
   * dimension they are computed on each respondent's dimension means (the mean of the dimension's
   * items).
   *
   * @since 0.3.0
   */
  public sealed interface Gap permits ItemGap, DimensionGap {

    /** {@return the respondents used} */
    long n();

    /** {@return mean E (of the item, or of the respondents' mean E of the dimension), NaN if {@code n = 0}} */
    double meanExpectation();

    /** {@return sample standard deviation of the E values meant above, NaN if {@code n < 2}} */
    double sdExpectation();

    /** {@return mean P (of the item, or of the respondents' mean P of the dimension), NaN if {@code n = 0}} */
    double meanPerception();

    /** {@return sample standard deviation of the P values meant above, NaN if {@code n < 2}} */
    double sdPerception();

    /**
     * {@return the gap {@code P - E}: mean, standard deviation, paired t, p and confidence interval}
     */
    MeanEstimate gap();

    /**
     * The mean gap {@code P - E}, the same as {@code gap().mean()}.
     *
     * @return the mean gap, negative when perceptions fall short of expectations
     */
    default double meanGap() {
      return gap().mean();
    }
  }

  /**
   * The gap of one item: mean expectation E, mean perception P and the gap {@code P - E} with its
   * paired t test and confidence interval (PZB 1988). Means are on the instrument's scale after
   * reverse coding; standard deviations are sample standard deviations ({@code n - 1}). All rest on
   * the same {@code n} respondents: those who answered both E and P of the item (pairwise) or the
   * complete cases (listwise).
   *
   * @since 0.1.0
   */
  public sealed interface ItemGap extends Gap permits Rows.ItemGap {

    /** {@return the 1-based item id} */
    int id();

    /** {@return the item label} */
    String label();

    /** {@return the item's dimension} */
    Dimension dimension();
  }

  /**
   * The gap of one dimension, computed on each respondent's dimension means (the mean of the
   * dimension's items): mean expectation, mean perception, the gap {@code P - E} with its paired t
   * test, and Cronbach's alpha of the dimension's items for E, for P and for the gap scores. All rest
   * on the {@code n} respondents who answered every E and P of the dimension (pairwise) or on the
   * complete cases (listwise).
   *
   * <p><b>Two alphas under pairwise deletion.</b> The alphas here are those of the row's {@code n}
   * respondents, complete for the dimension: {@code alpha = k / (k - 1) x (1 - sum_i var(x_i) /
   * var(sum_i x_i))} with sample variances over those respondents (psych::alpha of the complete
   * rows). {@code ReliabilityReport}'s alpha under {@link MissingPolicy#PAIRWISE} is another
   * statistic, from pairwise covariances: {@code k / (k - 1) x (1 - sum_i C_ii / sum_ij C_ij)} with
   * {@code C_ij} over the respondents who answered items i and j (psych::alpha with {@code use =
   * "pairwise"}); it uses more answers and can exceed 1. With missing answers the two differ, and
   * both reports say which they print (issue 17, point 8).
   *
   * @since 0.1.0
   */
  public sealed interface DimensionGap extends Gap permits Rows.DimensionGap {

    /** {@return the dimension} */
    Dimension dimension();

    /** {@return the 1-based ids of its items} */
    List<Integer> itemIds();

    /** {@return alpha and item statistics of the E answers} */
    CronbachAlpha expectationReliability();

    /** {@return alpha and item statistics of the P answers} */
    CronbachAlpha perceptionReliability();

    /** {@return alpha and item statistics of the item gaps {@code P - E}} */
    CronbachAlpha gapReliability();

    /**
     * Cronbach's alpha of the dimension's expectation items.
     *
     * @return alpha, at most 1, NaN where undefined
     */
    default double alphaExpectation() {
      return expectationReliability().alpha();
    }

    /**
     * Cronbach's alpha of the dimension's perception items.
     *
     * @return alpha, at most 1, NaN where undefined
     */
    default double alphaPerception() {
      return perceptionReliability().alpha();
    }

    /**
     * Cronbach's alpha of the dimension's item gaps {@code P - E}.
     *
     * @return alpha, at most 1, NaN where undefined
     */
    default double alphaGap() {
      return gapReliability().alpha();
    }

  }
}
