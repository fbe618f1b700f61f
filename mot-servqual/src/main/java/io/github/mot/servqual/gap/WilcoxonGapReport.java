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
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The result of a {@link WilcoxonGapAnalysis}: the signed-rank test of every item's and every
 * dimension's gap, each beside its paired t test. Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class WilcoxonGapReport extends ItemsAndDimensions<WilcoxonGapReport.SignedRank, WilcoxonGapReport.SignedRank> implements Tabular {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  WilcoxonGapReport(
      String instrument,
      MissingPolicy missingPolicy,
      long respondents,
      List<SignedRank> items,
      List<SignedRank> dimensions) {
    super(instrument, missingPolicy, respondents, items, dimensions, SignedRank::dimension);
  }

  private static final Column<SignedRank> DIMENSION = Column.<SignedRank>text("dimension",
      s -> s.dimension().name()).text((s, c) -> Text.dimension(c, s.dimension()));

  /** The columns after the label and dimension, shared by items and dimensions. */
  private static final List<Column<SignedRank>> TESTS = List.of(
      Column.<SignedRank>integer("n", SignedRank::n),
      Column.<SignedRank>integer("zeros", SignedRank::zeros),
      Column.<SignedRank>integer("nonZero", SignedRank::nonZero).except(Target.TEXT, Target.HTML),
      Column.<SignedRank>decimal("wPlus", SignedRank::wPlus).decimals(1).header("W+"),
      Column.<SignedRank>decimal("wMinus", SignedRank::wMinus).decimals(1).header("W-"),
      Column.<SignedRank>decimal("z", SignedRank::z).header("Z"),
      Column.<SignedRank>decimal("p", SignedRank::p).header("p Wilcoxon")
          .text((s, c) -> c.p(s.p()) + (s.exact() ? "*" : "")),
      Column.<SignedRank>bool("exact", SignedRank::exact).except(Target.TEXT, Target.HTML),
      Column.<SignedRank>decimal("rankBiserial", SignedRank::rankBiserial).header("r_rb"),
      Column.<SignedRank>decimal("r", SignedRank::r),
      Column.<SignedRank, MeanEstimate>object("pairedT", SignedRank::pairedT, ResultColumns.ESTIMATE),
      Column.<SignedRank>decimal("meanGap", s -> s.pairedT().mean()).header("mean gap").except(Target.JSON),
      Column.<SignedRank>decimal("sdGap", s -> s.pairedT().standardDeviation()).only(Target.CSV),
      Column.<SignedRank>decimal("t", s -> s.pairedT().t()).except(Target.JSON),
      Column.<SignedRank>decimal("df", s -> s.pairedT().degreesOfFreedom()).only(Target.CSV),
      Column.<SignedRank>decimal("pT", s -> s.pairedT().p()).header("p t").text((s, c) -> c.p(s.pairedT().p()))
          .except(Target.JSON),
      Column.<SignedRank>decimal("ciLower", s -> s.pairedT().ciLower()).only(Target.CSV),
      Column.<SignedRank>decimal("ciUpper", s -> s.pairedT().ciUpper()).only(Target.CSV));

  private static final List<Column<SignedRank>> ITEMS = ResultColumns.concat(List.of(
      Column.<SignedRank>optionalInteger("id", SignedRank::itemId).except(Target.TEXT, Target.HTML),
      Column.<SignedRank>label("label", (s, c) -> Text.exportItem(c, s.label())).header("item")
          .text((s, c) -> s.label()),
      DIMENSION), TESTS);

  private static final List<Column<SignedRank>> DIMENSIONS = ResultColumns.concat(List.of(
      Column.<SignedRank>label("label", (s, c) -> Text.exportDimension(c, s.dimension(), s.label()))
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
        .line(c -> "Wilcoxon signed-rank test of the gaps P - E: " + subject(c) + " " + c.label("text.deletion"))
        .field("instrument", instrument())
        .field("missingPolicy", missingPolicy().name())
        .field("respondents", respondents());
    return itemsAndDimensions(b, ITEMS, DIMENSIONS, OptionalDouble.empty())
        .line(c -> "zero gaps dropped before ranking; ties get average ranks; p exact (*) when at most 50 non-zero"
            + " gaps and no ties, else normal approximation with tie and continuity correction;\n"
            + "r_rb = matched-pairs rank-biserial (W+ - W-)/(W+ + W-); r = Z/sqrt(non-zero n), Z without continuity"
            + " correction")
        .build();
  }

  @Override
  protected Object[] reportComponents() {
    return new Object[] {
        "items", items(),
        "dimensions", dimensions()};
  }

  /**
   * The Wilcoxon signed-rank test of one item's or dimension's gap {@code P - E}, beside the paired t
   * test of the same respondents. Likert answers are ordinal: the signed-rank test asks whether the
   * gaps are symmetric about 0 without treating the distances between scale points as equal.
   *
   * <p><b>Zeros and ties.</b> Respondents whose gap is exactly 0 are dropped before ranking (Wilcoxon's
   * original method: R's {@code wilcox.test}, SciPy's default {@code zero_method="wilcox"}); {@code
   * nonZero} respondents remain. The absolute gaps are ranked with average ranks for ties. {@code
   * wPlus} is the sum of the ranks of the positive gaps and {@code wMinus = nonZero (nonZero + 1) / 2
   * - wPlus}. The p-value comes from commons-statistics' {@code WilcoxonSignedRankTest}: exact when
   * {@code nonZero <= 50} and no absolute gaps are tied, otherwise the normal approximation with the
   * tie-corrected variance and a continuity correction of 0.5 (as R's {@code wilcox.test(correct =
   * TRUE)}); {@link #exact()} says which.
   *
   * <p><b>Effect sizes</b>, both on the {@code nonZero} respondents:
   *
   * <ul>
   *   <li>{@code rankBiserial}: the matched-pairs rank-biserial correlation (Kerby 2014), {@code (wPlus
   *       - wMinus) / (wPlus + wMinus)}, in [-1, 1]; negative when perceptions fall short;
   *   <li>{@code r}: {@code Z / sqrt(nonZero)} (Rosenthal 1991), with {@code Z = (wPlus - nonZero
   *       (nonZero + 1) / 4) / sigma}, {@code sigma^2 = nonZero (nonZero + 1)(2 nonZero + 1) / 24 -
   *       sum(t^3 - t) / 48} over the groups of t tied absolute gaps, without continuity correction.
   * </ul>
   *
   * <p>When every gap is 0 ({@code nonZero = 0}) the test is undefined: {@code z}, {@code p}, {@code
   * rankBiserial} and {@code r} are NaN (tables print {@code n/a}). Instances are immutable and
   * thread-safe.
   *
   * @since 0.2.0
   */
  public sealed interface SignedRank permits Rows.SignedRank {

    /** {@return the item's id and label, or the dimension's name} */
    String label();

    /** {@return the dimension} */
    Dimension dimension();

    /** {@return the 1-based item id, empty for a dimension} */
    OptionalInt itemId();

    /** {@return the respondents used (who have every answer the gap needs)} */
    long n();

    /** {@return the respondents whose gap is 0, dropped before ranking} */
    long zeros();

    /** {@return {@code n - zeros}} */
    long nonZero();

    /** {@return the sum of the ranks of the positive gaps (W+)} */
    double wPlus();

    /** {@return the sum of the ranks of the negative gaps (W-)} */
    double wMinus();

    /** {@return the standardised statistic Z described above (no continuity correction)} */
    double z();

    /** {@return the two-sided p-value, in [0, 1]} */
    double p();

    /** {@return true if {@code p} is exact, false if from the normal approximation} */
    boolean exact();

    /** {@return the matched-pairs rank-biserial correlation} */
    double rankBiserial();

    /** {@return {@code Z / sqrt(nonZero)}} */
    double r();

    /** {@return the paired t test of the same gaps (mean gap, t, p, confidence interval)} */
    MeanEstimate pairedT();
  }
}
