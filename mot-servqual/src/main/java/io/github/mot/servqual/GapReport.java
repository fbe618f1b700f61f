package io.github.mot.servqual;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
    Optional<ZoneReport> zones) {

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

  /**
   * The item table, the dimension table and the overall scores, aligned for reading in JShell.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    String ci = Math.round(unweighted.confidenceLevel() * 100) + "% CI";
    TextTable it = new TextTable("item", "dimension", "n", "E", "P", "gap", "sd gap", "t", "p", ci, "label")
        .leftAlign(1, 10);
    for (ItemGap g : items) {
      MeanEstimate e = g.gap();
      it.row(Integer.toString(g.id()), g.dimension().name(), Long.toString(g.n()), TextTable.num(g.meanExpectation(), 3),
          TextTable.num(g.meanPerception(), 3), TextTable.num(e.mean(), 3), TextTable.num(e.standardDeviation(), 3),
          TextTable.num(e.t(), 3), TextTable.p(e.p()), TextTable.ci(e.ciLower(), e.ciUpper()), g.label());
    }
    TextTable dt = new TextTable("dimension", "items", "n", "E", "P", "gap", "t", "p", ci, "alpha E", "alpha P", "alpha gap")
        .leftAlign(0);
    for (DimensionGap d : dimensions) {
      MeanEstimate e = d.gap();
      dt.row(d.dimension().name(), Integer.toString(d.itemIds().size()), Long.toString(d.n()),
          TextTable.num(d.meanExpectation(), 3), TextTable.num(d.meanPerception(), 3), TextTable.num(e.mean(), 3),
          TextTable.num(e.t(), 3), TextTable.p(e.p()), TextTable.ci(e.ciLower(), e.ciUpper()),
          TextTable.num(d.alphaExpectation(), 3), TextTable.num(d.alphaPerception(), 3), TextTable.num(d.alphaGap(), 3));
    }
    TextTable ot = new TextTable("score", "n", "mean", "sd", ci).leftAlign(0);
    overallRow(ot, "unweighted SERVQUAL", unweighted);
    weighted.ifPresent(w -> overallRow(ot, "weighted SERVQUAL", w));
    overallRow(ot, "SERVPERF", servperf);
    StringBuilder sb = new StringBuilder()
        .append("SERVQUAL gap analysis: ").append(instrument).append(", ").append(respondents)
        .append(" respondents, ").append(missingPolicy.name().toLowerCase(Locale.ROOT)).append(" n = ")
        .append(n()).append('\n').append(it).append('\n').append(dt).append('\n').append(ot);
    if (weighted.isEmpty()) {
      sb.append("(no importance points: no weighted SERVQUAL)\n");
    }
    zones.ifPresent(z -> sb.append('\n').append(z));
    return sb.toString();
  }

  private static void overallRow(TextTable t, String name, MeanEstimate e) {
    t.row(name, Long.toString(e.n()), TextTable.num(e.mean(), 3), TextTable.num(e.standardDeviation(), 3),
        TextTable.ci(e.ciLower(), e.ciUpper()));
  }
}
