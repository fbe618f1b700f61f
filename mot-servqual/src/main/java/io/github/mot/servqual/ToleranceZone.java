package io.github.mot.servqual;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The zone of tolerance of one item or dimension (PZB 1994, three-column format): mean adequate
 * service A, desired service D and perception P; the measure of service adequacy {@code MSA = P -
 * A} and of service superiority {@code MSS = P - D}, each with its paired t test; and where P lies
 * relative to {@code [A, D]}. For a dimension the values are means of the respondents' dimension
 * means. All rest on the {@code n} respondents who gave A, D and P of the item (of every item of the
 * dimension), or on the complete cases under listwise deletion.
 *
 * @param label the item label, or the dimension name for a dimension row
 * @param dimension the dimension
 * @param itemId the 1-based item id, empty for a dimension row
 * @param n the respondents used
 * @param meanAdequate mean adequate level A
 * @param meanDesired mean desired level D
 * @param meanPerceived mean perception P
 * @param msa {@code P - A}: mean, sd, paired t, p, confidence interval
 * @param mss {@code P - D}: mean, sd, paired t, p, confidence interval
 * @param position below, inside or above the zone, from the signs of mean MSA and MSS
 * @since 0.1.0
 */
public record ToleranceZone(
    String label,
    Dimension dimension,
    OptionalInt itemId,
    long n,
    double meanAdequate,
    double meanDesired,
    double meanPerceived,
    MeanEstimate msa,
    MeanEstimate mss,
    ZonePosition position) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ToleranceZone {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(msa, "msa");
    Objects.requireNonNull(mss, "mss");
    Objects.requireNonNull(position, "position");
  }
}
