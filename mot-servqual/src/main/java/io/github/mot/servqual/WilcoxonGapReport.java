package io.github.mot.servqual;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
    List<SignedRankResult> dimensions) {

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

  /**
   * The item and dimension tables: n, zeros, W+, W-, Z, the Wilcoxon p (with {@code *} when
   * exact), the rank-biserial correlation and r, then the mean gap, t and p of the paired t test.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder()
        .append("Wilcoxon signed-rank test of the gaps P - E: ").append(instrument).append(", ").append(respondents)
        .append(" respondents, ").append(missingPolicy.name().toLowerCase(Locale.ROOT)).append(" deletion\n")
        .append(table("item", items)).append('\n').append(table("dimension", dimensions))
        .append("zero gaps dropped before ranking; ties get average ranks; p exact (*) when at most 50 non-zero"
            + " gaps and no ties, else normal approximation with tie and continuity correction;\n"
            + "r_rb = matched-pairs rank-biserial (W+ - W-)/(W+ + W-); r = Z/sqrt(non-zero n), Z without continuity"
            + " correction\n");
    return sb.toString();
  }

  private static TextTable table(String what, List<SignedRankResult> rows) {
    boolean items = what.equals("item");
    List<String> header = new java.util.ArrayList<>(List.of(what, "dimension", "n", "zeros", "W+", "W-", "Z",
        "p Wilcoxon", "r_rb", "r", "mean gap", "t", "p t"));
    if (!items) {
      header.remove(1);
    }
    TextTable t = new TextTable(header.toArray(new String[0]));
    t.leftAlign(items ? new int[] {0, 1} : new int[] {0});
    for (SignedRankResult s : rows) {
      List<String> cells = new java.util.ArrayList<>(List.of(s.label(), s.dimension().name(), Long.toString(s.n()),
          Long.toString(s.zeros()), TextTable.num(s.wPlus(), 1), TextTable.num(s.wMinus(), 1), TextTable.num(s.z(), 3),
          TextTable.p(s.p()) + (s.exact() ? "*" : ""), TextTable.num(s.rankBiserial(), 3), TextTable.num(s.r(), 3),
          TextTable.num(s.pairedT().mean(), 3), TextTable.num(s.pairedT().t(), 3), TextTable.p(s.pairedT().p())));
      if (!items) {
        cells.remove(1);
      }
      t.row(cells.toArray(new String[0]));
    }
    return t;
  }
}
