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
    return "Zones of tolerance: " + instrument + ", " + respondents + " respondents, "
        + missingPolicy.name().toLowerCase(java.util.Locale.ROOT) + " n = " + n() + "\n"
        + table("item", items) + "\n" + table("dimension", dimensions);
  }

  private static String table(String what, List<ToleranceZone> zones) {
    TextTable t = new TextTable(what, "dimension", "n", "A", "D", "P", "MSA", "p MSA", "MSS", "p MSS", "position")
        .leftAlign(0, 1, 10);
    for (ToleranceZone z : zones) {
      String name = z.itemId().isPresent() ? z.itemId().getAsInt() + " " + z.label() : z.label();
      t.row(name, z.dimension().name(), Long.toString(z.n()), TextTable.num(z.meanAdequate(), 3),
          TextTable.num(z.meanDesired(), 3), TextTable.num(z.meanPerceived(), 3),
          TextTable.num(z.msa().mean(), 3), TextTable.p(z.msa().p()), TextTable.num(z.mss().mean(), 3),
          TextTable.p(z.mss().p()), z.position().name());
    }
    return t.toString();
  }
}
