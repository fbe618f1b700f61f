package io.github.mot.servqual;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of a {@link PerceptionAnalysis} of perception-only (SERVPERF) data: mean perceptions
 * per item and dimension, each dimension's alpha, and the SERVPERF score (Cronin and Taylor 1992):
 * each respondent's mean perception over all items, averaged over the respondents.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param instrument the instrument's name
 * @param missingPolicy how missing answers were treated
 * @param respondents the respondents in the data
 * @param completeCases the respondents with every perception answer
 * @param items one entry per item, in item order
 * @param dimensions one entry per dimension, in instrument order
 * @param servperf the SERVPERF score over the complete cases
 * @since 0.2.0
 */
public record PerceptionReport(
    String instrument,
    MissingPolicy missingPolicy,
    long respondents,
    long completeCases,
    List<ItemPerception> items,
    List<DimensionPerception> dimensions,
    MeanEstimate servperf) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public PerceptionReport {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(missingPolicy, "missingPolicy");
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
    Objects.requireNonNull(servperf, "servperf");
  }

  /**
   * The perceptions of one item.
   *
   * @param id the 1-based item id
   * @return the item's entry
   * @throws IllegalArgumentException if the id is out of range
   */
  public ItemPerception item(int id) {
    if (id < 1 || id > items.size()) {
      throw new IllegalArgumentException("item id must be in [1, " + items.size() + "] but was " + id);
    }
    return items.get(id - 1);
  }

  /**
   * The perceptions of one dimension.
   *
   * @param dimension the dimension
   * @return the dimension's entry
   * @throws IllegalArgumentException if the instrument has no such dimension
   */
  public DimensionPerception dimension(Dimension dimension) {
    for (DimensionPerception d : dimensions) {
      if (d.dimension().equals(dimension)) {
        return d;
      }
    }
    throw new IllegalArgumentException("dimension must be one of the instrument's dimensions but was " + dimension);
  }

  /**
   * The item table, the dimension table (with alpha, {@code undefined} for a one-item dimension) and
   * the SERVPERF score.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    String ci = Math.round(servperf.confidenceLevel() * 100) + "% CI";
    TextTable it = new TextTable("item", "dimension", "n", "P", "sd", ci, "label").leftAlign(1, 6);
    for (ItemPerception i : items) {
      MeanEstimate m = i.perception();
      it.row(Integer.toString(i.id()), i.dimension().name(), Long.toString(m.n()), TextTable.num(m.mean(), 3),
          TextTable.num(m.standardDeviation(), 3), TextTable.ci(m.ciLower(), m.ciUpper()), i.label());
    }
    TextTable dt = new TextTable("dimension", "items", "n", "P", "sd", ci, "alpha P").leftAlign(0);
    for (DimensionPerception d : dimensions) {
      MeanEstimate m = d.perception();
      double a = d.reliability().alpha();
      dt.row(d.dimension().name(), Integer.toString(d.itemIds().size()), Long.toString(m.n()),
          TextTable.num(m.mean(), 3), TextTable.num(m.standardDeviation(), 3), TextTable.ci(m.ciLower(), m.ciUpper()),
          Double.isNaN(a) ? (d.itemIds().size() < 2 ? "undefined (1 item)" : "undefined") : TextTable.num(a, 3));
    }
    TextTable ot = new TextTable("score", "n", "mean", "sd", ci).leftAlign(0);
    ot.row("SERVPERF", Long.toString(servperf.n()), TextTable.num(servperf.mean(), 3),
        TextTable.num(servperf.standardDeviation(), 3), TextTable.ci(servperf.ciLower(), servperf.ciUpper()));
    return "SERVPERF perception analysis (no expectations, no gaps): " + instrument + ", " + respondents
        + " respondents, " + missingPolicy.name().toLowerCase(Locale.ROOT) + " deletion, " + completeCases
        + " complete\n" + it + '\n' + dt + '\n' + ot;
  }
}
