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
 * The result of a {@link WilcoxonGapAnalysis}: the signed-rank test of every item's and every
 * dimension's gap, each beside its paired t test. Instances are immutable and thread-safe.
 *
 * @param instrument the instrument's name
 * @param missingPolicy how missing answers were treated
 * @param respondents the respondents in the data
 * @param items one result per item, in item order
 * @param dimensions one result per dimension, in instrument order
 * @since 0.2.0
 */
public record WilcoxonGapReport(
    String instrument,
    MissingPolicy missingPolicy,
    long respondents,
    List<SignedRankResult> items,
    List<SignedRankResult> dimensions) implements Tabular {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public WilcoxonGapReport {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(missingPolicy, "missingPolicy");
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
  }

  /**
   * The result of one item.
   *
   * @param id the 1-based item id
   * @return the item's result
   * @throws IllegalArgumentException if the id is out of range
   */
  public SignedRankResult item(int id) {
    if (id < 1 || id > items.size()) {
      throw new IllegalArgumentException("item id must be in [1, " + items.size() + "] but was " + id);
    }
    return items.get(id - 1);
  }

  /**
   * The result of one dimension.
   *
   * @param dimension the dimension
   * @return the dimension's result
   * @throws IllegalArgumentException if the instrument has no such dimension
   */
  public SignedRankResult dimension(Dimension dimension) {
    for (SignedRankResult d : dimensions) {
      if (d.dimension().equals(dimension)) {
        return d;
      }
    }
    throw new IllegalArgumentException("dimension must be one of the instrument's dimensions but was " + dimension);
  }

  private static final Column<SignedRankResult> DIMENSION = Column.<SignedRankResult>text("dimension",
      s -> s.dimension().name()).text((s, c) -> Text.dimension(c, s.dimension()));

  /** The columns after the label and dimension, shared by items and dimensions. */
  private static final List<Column<SignedRankResult>> TESTS = List.of(
      Column.<SignedRankResult>integer("n", SignedRankResult::n),
      Column.<SignedRankResult>integer("zeros", SignedRankResult::zeros),
      Column.<SignedRankResult>integer("nonZero", SignedRankResult::nonZero).except(Target.TEXT, Target.HTML),
      Column.<SignedRankResult>decimal("wPlus", SignedRankResult::wPlus).decimals(1).header("W+"),
      Column.<SignedRankResult>decimal("wMinus", SignedRankResult::wMinus).decimals(1).header("W-"),
      Column.<SignedRankResult>decimal("z", SignedRankResult::z).header("Z"),
      Column.<SignedRankResult>decimal("p", SignedRankResult::p).header("p Wilcoxon")
          .text((s, c) -> c.p(s.p()) + (s.exact() ? "*" : "")),
      Column.<SignedRankResult>bool("exact", SignedRankResult::exact).except(Target.TEXT, Target.HTML),
      Column.<SignedRankResult>decimal("rankBiserial", SignedRankResult::rankBiserial).header("r_rb"),
      Column.<SignedRankResult>decimal("r", SignedRankResult::r),
      Column.<SignedRankResult, MeanEstimate>object("pairedT", SignedRankResult::pairedT, ResultColumns.ESTIMATE),
      Column.<SignedRankResult>decimal("meanGap", s -> s.pairedT().mean()).header("mean gap").except(Target.JSON),
      Column.<SignedRankResult>decimal("sdGap", s -> s.pairedT().standardDeviation()).only(Target.CSV),
      Column.<SignedRankResult>decimal("t", s -> s.pairedT().t()).except(Target.JSON),
      Column.<SignedRankResult>decimal("df", s -> s.pairedT().degreesOfFreedom()).only(Target.CSV),
      Column.<SignedRankResult>decimal("pT", s -> s.pairedT().p()).header("p t").text((s, c) -> c.p(s.pairedT().p()))
          .except(Target.JSON),
      Column.<SignedRankResult>decimal("ciLower", s -> s.pairedT().ciLower()).only(Target.CSV),
      Column.<SignedRankResult>decimal("ciUpper", s -> s.pairedT().ciUpper()).only(Target.CSV));

  private static final List<Column<SignedRankResult>> ITEMS = ResultColumns.concat(List.of(
      Column.<SignedRankResult>optionalInteger("id", SignedRankResult::itemId).except(Target.TEXT, Target.HTML),
      Column.<SignedRankResult>label("label", (s, c) -> Text.exportItem(c, s.label())).header("item")
          .text((s, c) -> s.label()),
      DIMENSION), TESTS);

  private static final List<Column<SignedRankResult>> DIMENSIONS = ResultColumns.concat(List.of(
      Column.<SignedRankResult>label("label", (s, c) -> Text.exportDimension(c, s.dimension(), s.label()))
          .header("dimension").text((s, c) -> s.label().equals(s.dimension().name())
              ? Text.dimension(c, s.dimension()) : s.label()),
      DIMENSION.except(Target.TEXT, Target.HTML)), TESTS);

  /**
   * The report for every {@link Format}: the item and dimension tables (JSON: {@code instrument},
   * {@code missingPolicy}, {@code respondents}, {@code items} and {@code dimensions}, each test
   * with its {@code pairedT}; CSV: one row per item and dimension, {@code level} {@code item} or
   * {@code dimension}, the paired t test as {@code mean_gap,sd_gap,t,df,p_t,ci_lower,ci_upper}).
   *
   * @return the description of this report
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    Tables.Builder b = Text.tables().csvLevel("level")
        .line(c -> "Wilcoxon signed-rank test of the gaps P - E: " + Text.subject(c, instrument, respondents,
            missingPolicy) + " " + c.label("text.deletion"))
        .field("instrument", instrument)
        .field("missingPolicy", missingPolicy.name())
        .field("respondents", respondents);
    return ResultColumns.itemsAndDimensions(b, ITEMS, items, DIMENSIONS, dimensions, OptionalDouble.empty())
        .line(c -> "zero gaps dropped before ranking; ties get average ranks; p exact (*) when at most 50 non-zero"
            + " gaps and no ties, else normal approximation with tie and continuity correction;\n"
            + "r_rb = matched-pairs rank-biserial (W+ - W-)/(W+ + W-); r = Z/sqrt(non-zero n), Z without continuity"
            + " correction")
        .build();
  }

  /**
   * The item and dimension tables: n, zeros, W+, W-, Z, the Wilcoxon p (with {@code *} when
   * exact), the rank-biserial correlation and r, then the mean gap, t and p of the paired t test
   * ({@code Format.TEXT.render(this)}).
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
