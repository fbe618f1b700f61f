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
      List<SignedRank> dimensions,
      WilcoxonGapAnalysis.PValueMethod pValueMethod,
      boolean continuityCorrection,
      WilcoxonGapAnalysis.ZeroMethod zeroMethod) {
    super(instrument, missingPolicy, respondents, items, dimensions, SignedRank::dimension);
    this.pValueMethod = Objects.requireNonNull(pValueMethod, "pValueMethod");
    this.continuityCorrection = continuityCorrection;
    this.zeroMethod = Objects.requireNonNull(zeroMethod, "zeroMethod");
  }

  private final WilcoxonGapAnalysis.PValueMethod pValueMethod;
  private final boolean continuityCorrection;
  private final WilcoxonGapAnalysis.ZeroMethod zeroMethod;

  /**
   * {@return how the p-values were computed}
   *
   * @since 0.4.0
   */
  public WilcoxonGapAnalysis.PValueMethod pValueMethod() {
    return pValueMethod;
  }

  /**
   * {@return whether the normal approximation had the continuity correction}
   *
   * @since 0.4.0
   */
  public boolean continuityCorrection() {
    return continuityCorrection;
  }

  /**
   * {@return how zero gaps were handled}
   *
   * @since 0.4.0
   */
  public WilcoxonGapAnalysis.ZeroMethod zeroMethod() {
    return zeroMethod;
  }

  /** The sentence under the tables that says how the figures were computed. */
  private String method() {
    String zeros = switch (zeroMethod) {
      case WILCOX -> "zero gaps dropped before ranking (Wilcoxon)";
      case PRATT -> "zero gaps ranked, then their ranks dropped (Pratt)";
      case ZSPLIT -> "zero gaps ranked, their ranks split between W+ and W- (zero-split)";
    };
    String p = switch (pValueMethod) {
      case AUTO -> "p exact (*) when fewer than " + WilcoxonGapAnalysis.AUTO_EXACT_BELOW
          + " non-zero gaps and no zeros or ties, else";
      case EXACT -> "p exact (*) when there are no zeros or ties, else";
      case APPROXIMATE -> "p from";
    };
    return zeros + "; ties get average ranks; " + p + " the normal approximation with tie correction "
        + (continuityCorrection ? "and" : "without") + " continuity correction; Z is the statistic behind that p"
        + " (n/a where p is exact);\n"
        + "r_rb = matched-pairs rank-biserial (W+ - W-)/(W+ + W-); r = Z/sqrt(ranked n), Z without continuity"
        + " correction";
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
        .field("respondents", respondents())
        .field("pValueMethod", pValueMethod.name())
        .field("continuityCorrection", continuityCorrection)
        .field("zeroMethod", zeroMethod.name());
    return itemsAndDimensions(b, ITEMS, DIMENSIONS, OptionalDouble.empty())
        .line(c -> method())
        .build();
  }

  @Override
  protected Object[] reportComponents() {
    return new Object[] {
        "items", items(),
        "dimensions", dimensions(),
        "pValueMethod", pValueMethod,
        "continuityCorrection", continuityCorrection,
        "zeroMethod", zeroMethod};
  }

  /**
   * The Wilcoxon signed-rank test of one item's or dimension's gap {@code P - E}, beside the paired t
   * test of the same respondents. Likert answers are ordinal: the signed-rank test asks whether the
   * gaps are symmetric about 0 without treating the distances between scale points as equal.
   *
   * <p><b>Zeros and ties.</b> By default respondents whose gap is exactly 0 are dropped before
   * ranking (Wilcoxon's method: R's {@code wilcox.test}, SciPy's default {@code zero_method="wilcox"});
   * Pratt's and the zero-split methods rank them ({@link WilcoxonGapAnalysis.ZeroMethod}). The
   * absolute gaps are ranked with average ranks for ties. {@code wPlus} is the sum of the ranks of the
   * positive gaps, {@code wMinus} of the negative ones (zero-split: each plus half the zeros' ranks).
   *
   * <p><b>The p-value and Z.</b> With {@code m} the ranked gaps ({@code nonZero}, or {@code n} when
   * zeros are ranked), {@code mean = m (m + 1) / 4} and {@code sigma^2 = m (m + 1)(2m + 1) / 24 -
   * sum(t^3 - t) / 48} over the groups of t tied absolute gaps (Pratt: less the zeros' share, see
   * {@link WilcoxonGapAnalysis.ZeroMethod#PRATT}). The normal approximation gives {@code z = (wPlus -
   * mean - c) / sigma} with {@code c = 0.5 sign(wPlus - mean)} under the continuity correction, else
   * {@code c = 0}, and {@code p = 2 (1 - Phi(|z|))}: the printed {@code z} is the one that gives the
   * printed {@code p}. When the p-value is exact ({@link #exact()}: no zeros, no ties, and the
   * method asks for it, see {@link WilcoxonGapAnalysis.PValueMethod}) it comes from the exact
   * distribution of {@code wPlus} (commons-statistics' {@code WilcoxonSignedRankTest}) and {@code z}
   * is NaN.
   *
   * <p><b>Effect sizes</b>, both on the {@code m} ranked respondents:
   *
   * <ul>
   *   <li>{@code rankBiserial}: the matched-pairs rank-biserial correlation (Kerby 2014), {@code (wPlus
   *       - wMinus) / (wPlus + wMinus)}, in [-1, 1]; negative when perceptions fall short;
   *   <li>{@code r}: {@code (wPlus - mean) / sigma / sqrt(m)} (Rosenthal 1991), the standardised
   *       statistic without continuity correction, defined whether or not the p-value is exact.
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

    /** {@return the respondents whose gap is 0 (dropped before ranking under Wilcoxon's method)} */
    long zeros();

    /** {@return {@code n - zeros}} */
    long nonZero();

    /** {@return the sum of the ranks of the positive gaps (W+)} */
    double wPlus();

    /** {@return the sum of the ranks of the negative gaps (W-)} */
    double wMinus();

    /**
     * {@return the standardised statistic Z of the normal approximation behind {@link #p()} (with the
     * continuity correction when the analysis has it), NaN when the p-value is exact}
     */
    double z();

    /** {@return the two-sided p-value, in [0, 1]} */
    double p();

    /** {@return true if {@code p} is exact, false if from the normal approximation} */
    boolean exact();

    /** {@return the matched-pairs rank-biserial correlation} */
    double rankBiserial();

    /** {@return {@code (wPlus - mean) / sigma / sqrt(m)}, the uncorrected Z over the root of the ranked n} */
    double r();

    /** {@return the paired t test of the same gaps (mean gap, t, p, confidence interval)} */
    MeanEstimate pairedT();
  }
}
