package io.github.mot.servqual;

import java.util.List;
import java.util.Objects;

/**
 * Zones of tolerance per item and per dimension (PZB 1994).
 *
 * @param instrument the instrument's name
 * @param missingPolicy how missing answers were treated
 * @param respondents respondents in the data (or segment)
 * @param completeCases respondents with every A, D and P answer
 * @param items one zone per item, in item order
 * @param dimensions one zone per dimension, in instrument order
 * @since 0.1.0
 */
public record ZoneReport(
    String instrument,
    MissingPolicy missingPolicy,
    long respondents,
    long completeCases,
    List<ToleranceZone> items,
    List<ToleranceZone> dimensions) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ZoneReport {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(missingPolicy, "missingPolicy");
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
  }

  /**
   * The number of respondents the analysis used: the complete cases under listwise deletion, every
   * respondent under pairwise deletion (each zone has its own n).
   *
   * @return n
   */
  public long n() {
    return missingPolicy == MissingPolicy.LISTWISE ? completeCases : respondents;
  }

  /**
   * Two aligned tables: items and dimensions with A, D, P, MSA, MSS and position.
   *
   * @return the tables
   */
  @Override
  public String toString() {
    return toString(java.util.Locale.ENGLISH);
  }

  /**
   * The same tables in a language: headers, dimension, standard item, quadrant and position
   * labels from the bundle {@code io.github.mot.servqual.i18n.labels} (English where it has no
   * translation; constant and dimension names as in {@link #toString()} for a language without
   * a bundle), numbers with the locale's decimal separator ({@code 0,512} for {@code de-DE}).
   * {@code toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link java.util.Locale#SIMPLIFIED_CHINESE}
   * @return the report as text
   * @throws NullPointerException if {@code locale} is null
   */
  public String toString(java.util.Locale locale) {
    Text x = Text.of(locale);
    return x.get("title.zones") + ": " + instrument + ", " + respondents + " " + x.get("text.respondents") + ", "
        + x.constant(missingPolicy).toLowerCase(java.util.Locale.ROOT) + " n = " + n() + "\n"
        + table(x, x.get("table.item"), items) + "\n" + table(x, x.get("table.dimension"), dimensions);
  }

  private static String table(Text x, String what, List<ToleranceZone> zones) {
    TextTable t = new TextTable(what, x.get("table.dimension"), "n", "A", "D", "P", "MSA", "p MSA", "MSS", "p MSS",
        x.get("table.position"))
        .leftAlign(0, 1, 10);
    for (ToleranceZone z : zones) {
      String label = z.itemId().isPresent() ? x.item(z.label()) : x.dimension(z.dimension());
      String name = z.itemId().isPresent() ? z.itemId().getAsInt() + " " + label : (z.label().equals(z.dimension().name()) ? label : z.label());
      t.row(name, x.dimension(z.dimension()), Long.toString(z.n()), x.num(z.meanAdequate(), 3),
          x.num(z.meanDesired(), 3), x.num(z.meanPerceived(), 3),
          x.num(z.msa().mean(), 3), x.p(z.msa().p()), x.num(z.mss().mean(), 3),
          x.p(z.mss().p()), x.constant(z.position()));
    }
    return t.toString();
  }
}
