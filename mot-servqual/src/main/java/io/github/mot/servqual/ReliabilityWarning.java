package io.github.mot.servqual;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A problem with a scale that a reviewer would ask about, found by a {@link ReliabilityAnalysis}:
 * its type, where it is, and a message that says what it means.
 *
 * @param type what kind of problem
 * @param dimension the dimension of the scale
 * @param score the score, empty for a problem of the dimension as such ({@link Type#TOO_FEW_ITEMS})
 * @param itemId the 1-based item id, empty unless the problem is one item's
 * @param message a sentence for people
 * @since 0.2.0
 */
public record ReliabilityWarning(
    Type type, Dimension dimension, Optional<ScoreKind> score, OptionalInt itemId, String message) {

  /** The kinds of reliability problems. */
  public enum Type {
    /**
     * An item's corrected item-total correlation is negative: it runs against the rest of its
     * scale, most often because it is negatively worded (reverse-keyed) and was not reversed.
     */
    NEGATIVE_ITEM_TOTAL_CORRELATION,
    /**
     * Alpha is negative: the items' covariances are on average negative, which a scale measuring
     * one thing cannot produce; look for reverse-keyed items or a coding error.
     */
    NEGATIVE_ALPHA,
    /** The dimension has fewer than 2 items, so alpha is undefined. */
    TOO_FEW_ITEMS,
    /**
     * Alpha is undefined although the dimension has 2 or more items: fewer than 2 respondents, or a
     * total score without variance.
     */
    UNDEFINED_ALPHA
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ReliabilityWarning {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(message, "message");
  }

  /**
   * For example {@code NEGATIVE_ALPHA: alpha of perception on TANGIBLES is -0.412 ...}.
   *
   * @return the type and the message
   */
  @Override
  public String toString() {
    return type + ": " + message;
  }
}
