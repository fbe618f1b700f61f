package io.github.mot.servqual;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The result of a {@link ReliabilityAnalysis}: one {@link ScaleReliability} per dimension and
 * score, and the warnings a reviewer would raise.
 *
 * <p>{@link #toString()} prints the scale table (raw and standardised alpha, each labelled, with
 * Feldt's and, if asked for, the bootstrap interval), the item table (corrected item-total
 * correlation, alpha-if-item-deleted) and the warnings. Where alpha is undefined the tables say
 * {@code undefined} and a warning says why. Instances are immutable and thread-safe.
 *
 * @param instrument the instrument's name
 * @param missingPolicy how missing answers were treated
 * @param respondents the respondents in the data
 * @param scales one entry per dimension and score, dimensions in instrument order, scores in the
 *     order E, P, A, D, gap
 * @param warnings the warnings, in the order of the scales
 * @param bootstrapSeed the seed of the bootstrap, empty if no bootstrap was asked for
 * @since 0.2.0
 */
public record ReliabilityReport(
    String instrument,
    MissingPolicy missingPolicy,
    long respondents,
    List<ScaleReliability> scales,
    List<ReliabilityWarning> warnings,
    OptionalLong bootstrapSeed) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ReliabilityReport {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(missingPolicy, "missingPolicy");
    scales = List.copyOf(scales);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(bootstrapSeed, "bootstrapSeed");
  }

  /**
   * The reliability of one scale.
   *
   * @param dimension the dimension
   * @param score the score
   * @return the scale's reliability
   * @throws IllegalArgumentException if the report has no such scale (the dimension is not the
   *     instrument's, or the data had no answers for the score)
   */
  public ScaleReliability scale(Dimension dimension, ScoreKind score) {
    for (ScaleReliability s : scales) {
      if (s.dimension().equals(dimension) && s.score() == score) {
        return s;
      }
    }
    throw new IllegalArgumentException("scale must be one of the report's (dimension and score) but was "
        + dimension + " " + score);
  }

  /**
   * The warnings of one type.
   *
   * @param type the type
   * @return the warnings of that type, in report order
   */
  public List<ReliabilityWarning> warnings(ReliabilityWarning.Type type) {
    return warnings.stream().filter(w -> w.type() == type).toList();
  }

  /**
   * The scale table, the item table and the warnings, aligned for reading in JShell.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    double level = scales.isEmpty() ? 0.95 : scales.get(0).feldt().confidenceLevel();
    String pct = Math.round(level * 100) + "%";
    boolean boot = bootstrapSeed.isPresent();
    TextTable st = boot
        ? new TextTable("dimension", "score", "items", "n", "raw alpha", pct + " Feldt CI", pct + " bootstrap CI",
            "std alpha", "mean r")
        : new TextTable("dimension", "score", "items", "n", "raw alpha", pct + " Feldt CI", "std alpha", "mean r");
    st.leftAlign(0, 1);
    TextTable it = new TextTable("dimension", "score", "item", "item-total r", "alpha if deleted").leftAlign(0, 1);
    for (ScaleReliability s : scales) {
      String undefined = s.items() < 2 ? "undefined (" + s.items() + " item)" : "undefined";
      String alpha = s.isDefined() ? TextTable.num(s.alpha(), 3) : undefined;
      String std = Double.isNaN(s.standardizedAlpha()) ? "undefined" : TextTable.num(s.standardizedAlpha(), 3);
      String rbar = Double.isNaN(s.meanInterItemCorrelation()) ? "undefined"
          : TextTable.num(s.meanInterItemCorrelation(), 3);
      String feldt = s.feldt().toString();
      if (boot) {
        st.row(s.dimension().name(), s.score().label(), Integer.toString(s.items()), Long.toString(s.n()), alpha,
            feldt, s.bootstrap().map(AlphaInterval::toString).orElse("undefined"), std, rbar);
      } else {
        st.row(s.dimension().name(), s.score().label(), Integer.toString(s.items()), Long.toString(s.n()), alpha,
            feldt, std, rbar);
      }
      if (s.items() >= 2) {
        for (ItemReliability ir : s.itemStatistics()) {
          it.row(s.dimension().name(), s.score().label(), Integer.toString(ir.id()),
              defined(ir.correctedItemTotalCorrelation()), defined(ir.alphaIfDeleted()));
        }
      }
    }
    StringBuilder sb = new StringBuilder()
        .append("Reliability (Cronbach's alpha): ").append(instrument).append(", ").append(respondents)
        .append(" respondents, ").append(missingPolicy.name().toLowerCase(Locale.ROOT)).append(" deletion")
        .append(boot ? ", bootstrap seed " + bootstrapSeed.getAsLong() : "").append('\n')
        .append(st).append('\n').append(it);
    if (warnings.isEmpty()) {
      sb.append("no warnings\n");
    } else {
      sb.append("warnings:\n");
      for (ReliabilityWarning w : warnings) {
        sb.append("  ").append(w).append('\n');
      }
    }
    return sb.toString();
  }

  private static String defined(double x) {
    return Double.isNaN(x) ? "undefined" : TextTable.num(x, 3);
  }
}
