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
    return toString(Locale.ENGLISH);
  }

  /**
   * The same tables in a language: headers, dimension, standard item, quadrant and position
   * labels from the bundle {@code io.github.mot.servqual.i18n.labels} (English where it has no
   * translation; constant and dimension names as in {@link #toString()} for a language without
   * a bundle), numbers with the locale's decimal separator ({@code 0,512} for {@code de-DE}).
   * {@code toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the report as text
   * @throws NullPointerException if {@code locale} is null
   */
  public String toString(Locale locale) {
    Text x = Text.of(locale);
    String ci = Math.round(unweighted.confidenceLevel() * 100) + x.get("table.percentCi");
    TextTable it = new TextTable(x.get("table.item"), x.get("table.dimension"), "n", "E", "P", x.get("table.gap"),
        x.get("table.sdGap"), "t", "p", ci, x.get("table.label"))
        .leftAlign(1, 10);
    for (ItemGap g : items) {
      MeanEstimate e = g.gap();
      it.row(Integer.toString(g.id()), x.dimension(g.dimension()), Long.toString(g.n()), x.num(g.meanExpectation(), 3),
          x.num(g.meanPerception(), 3), x.num(e.mean(), 3), x.num(e.standardDeviation(), 3),
          x.num(e.t(), 3), x.p(e.p()), x.ci(e.ciLower(), e.ciUpper()), x.item(g.label()));
    }
    TextTable dt = new TextTable(x.get("table.dimension"), x.get("table.items"), "n", "E", "P", x.get("table.gap"),
        "t", "p", ci, x.get("table.alpha") + " E", x.get("table.alpha") + " P", x.get("table.alphaGap"))
        .leftAlign(0);
    for (DimensionGap d : dimensions) {
      MeanEstimate e = d.gap();
      dt.row(x.dimension(d.dimension()), Integer.toString(d.itemIds().size()), Long.toString(d.n()),
          x.num(d.meanExpectation(), 3), x.num(d.meanPerception(), 3), x.num(e.mean(), 3),
          x.num(e.t(), 3), x.p(e.p()), x.ci(e.ciLower(), e.ciUpper()),
          x.num(d.alphaExpectation(), 3), x.num(d.alphaPerception(), 3), x.num(d.alphaGap(), 3));
    }
    TextTable ot = new TextTable(x.get("table.score"), "n", x.get("table.mean"), "sd", ci).leftAlign(0);
    overallRow(x, ot, x.get("score.unweighted"), unweighted);
    weighted.ifPresent(w -> overallRow(x, ot, x.get("score.weighted"), w));
    overallRow(x, ot, "SERVPERF", servperf);
    StringBuilder sb = new StringBuilder()
        .append(x.get("title.gap")).append(": ").append(instrument).append(", ").append(respondents)
        .append(' ').append(x.get("text.respondents")).append(", ").append(x.constant(missingPolicy).toLowerCase(Locale.ROOT))
        .append(" n = ").append(n()).append('\n').append(it).append('\n').append(dt).append('\n').append(ot);
    if (weighted.isEmpty()) {
      sb.append(x.get("text.noWeighted")).append('\n');
    }
    zones.ifPresent(z -> sb.append('\n').append(z.toString(locale)));
    return sb.toString();
  }

  private static void overallRow(Text x, TextTable t, String name, MeanEstimate e) {
    t.row(name, Long.toString(e.n()), x.num(e.mean(), 3), x.num(e.standardDeviation(), 3),
        x.ci(e.ciLower(), e.ciUpper()));
  }
}
