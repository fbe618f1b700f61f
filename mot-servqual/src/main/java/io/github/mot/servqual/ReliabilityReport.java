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
    double level = scales.isEmpty() ? 0.95 : scales.get(0).feldt().confidenceLevel();
    String pct = Math.round(level * 100) + "%";
    boolean boot = bootstrapSeed.isPresent();
    TextTable st = boot
        ? new TextTable(x.get("table.dimension"), x.get("table.score"), x.get("table.items"), "n",
            x.get("table.rawAlpha"), pct + " " + x.get("table.feldtCi"), pct + " " + x.get("table.bootstrapCi"),
            x.get("table.stdAlpha"), x.get("table.meanR"))
        : new TextTable(x.get("table.dimension"), x.get("table.score"), x.get("table.items"), "n",
            x.get("table.rawAlpha"), pct + " " + x.get("table.feldtCi"), x.get("table.stdAlpha"), x.get("table.meanR"));
    st.leftAlign(0, 1);
    TextTable it = new TextTable(x.get("table.dimension"), x.get("table.score"), x.get("table.item"),
        x.get("table.itemTotalR"), x.get("table.alphaIfDeleted")).leftAlign(0, 1);
    String undefinedWord = x.get("text.undefined");
    for (ScaleReliability s : scales) {
      String undefined = s.items() < 2
          ? undefinedWord + " (" + s.items() + " " + x.get("text.item") + ")" : undefinedWord;
      String alpha = s.isDefined() ? x.num(s.alpha(), 3) : undefined;
      String std = x.defined(s.standardizedAlpha());
      String rbar = x.defined(s.meanInterItemCorrelation());
      String feldt = interval(x, s.feldt());
      String score = x.translated() ? s.score().label(locale) : s.score().label();
      if (boot) {
        st.row(x.dimension(s.dimension()), score, Integer.toString(s.items()), Long.toString(s.n()), alpha,
            feldt, s.bootstrap().map(b -> interval(x, b)).orElse(undefinedWord), std, rbar);
      } else {
        st.row(x.dimension(s.dimension()), score, Integer.toString(s.items()), Long.toString(s.n()), alpha,
            feldt, std, rbar);
      }
      if (s.items() >= 2) {
        for (ItemReliability ir : s.itemStatistics()) {
          it.row(x.dimension(s.dimension()), score, Integer.toString(ir.id()),
              x.defined(ir.correctedItemTotalCorrelation()), x.defined(ir.alphaIfDeleted()));
        }
      }
    }
    StringBuilder sb = new StringBuilder()
        .append(x.get("title.reliability")).append(": ").append(instrument).append(", ").append(respondents)
        .append(' ').append(x.get("text.respondents")).append(", ")
        .append(x.constant(missingPolicy).toLowerCase(Locale.ROOT)).append(' ').append(x.get("text.deletion"))
        .append(boot ? ", " + x.get("text.bootstrapSeed") + " " + bootstrapSeed.getAsLong() : "").append('\n')
        .append(st).append('\n').append(it);
    if (warnings.isEmpty()) {
      sb.append(x.get("text.noWarnings")).append('\n');
    } else {
      sb.append(x.get("text.warnings")).append(":\n");
      for (ReliabilityWarning w : warnings) {
        sb.append("  ").append(w).append('\n');
      }
    }
    return sb.toString();
  }

  private static String interval(Text x, AlphaInterval i) {
    return i.isDefined() ? x.ci(i.lower(), i.upper()) : x.get("text.undefined");
  }
}
