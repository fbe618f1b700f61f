package io.github.mot.scoring;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Locale;

/**
 * The compliance score of a set of checklist items of one audit: the whole form, one behaviour
 * step or one touchpoint.
 *
 * <p>Formula: {@code score = sum(weights of passed items) / sum(weights of applicable items)},
 * where an item is applicable when it passed or failed; the score is <b>0 when a critical item
 * failed</b> (the failed critical items are listed by {@link #criticalFailures()}). With no
 * applicable item (everything not applicable) there is nothing to score: {@link #score()} is
 * NaN. {@link #rawScore()} is the weighted pass rate without the critical rule. Weights are
 * added in checklist order; the passed sum is a sub-sum of the applicable sum, so the score never
 * exceeds 1.
 *
 * <p>Instances are immutable and thread-safe; equal when counts, weights and critical failures
 * are equal.
 *
 * @since 0.1.0
 */
public sealed interface ComplianceScore extends Tabular permits Results.Compliance {

  /**
   * A compliance score from its figures, as a table of scored audits holds them (one row an audit,
   * or a part of one): what {@link AuditScore} computes from a filled-in form, for data that was
   * scored elsewhere or travels without its checklist (a pipeline's elements).
   *
   * <p>The figures must be able to come from a form: counts at least 0; weights finite and at
   * least 0; {@code passedWeight <= applicableWeight}; the applicable weight 0 exactly when no item
   * applied ({@code passed + failed == 0}), the passed weight 0 exactly when no item passed; failed
   * critical items only with as many failed items, ids not blank and not repeated.
   *
   * @param passed the items passed
   * @param failed the items failed
   * @param notApplicable the items that did not apply
   * @param passedWeight the sum of the passed items' weights
   * @param applicableWeight the sum of the passed and failed items' weights
   * @param criticalFailures the ids of the failed critical items, in checklist order
   * @return the score, equal to a form's score with the same figures
   * @throws IllegalArgumentException if the figures break a rule above (the message names the
   *     figure and its value)
   * @throws NullPointerException if {@code criticalFailures} is or holds null
   * @since 0.4.0
   */
  static ComplianceScore of(int passed, int failed, int notApplicable, double passedWeight,
      double applicableWeight, List<String> criticalFailures) {
    List<String> critical = List.copyOf(criticalFailures);
    AuditAccumulator.checkFigures(passed, failed, notApplicable, passedWeight, applicableWeight,
        !critical.isEmpty());
    Preconditions.check(critical.size() <= failed, "failed items",
        "at least the " + critical.size() + " failed critical items", failed);
    for (String id : critical) {
      Preconditions.notBlank("failed critical item id", id);
    }
    Preconditions.check(new java.util.HashSet<>(critical).size() == critical.size(), "failed critical items",
        "distinct", critical);
    return new Results.Compliance(passed, failed, notApplicable, passedWeight, applicableWeight, critical);
  }

  /**
   * The score for every {@link Format}: the line of {@code toString()} (text); the JSON fields
   * and the one CSV row {@code score} and {@code rawScore} (in [0, 1]; {@code null} in JSON and
   * empty in CSV when no item applied), {@code passedWeight}, {@code applicableWeight}, {@code
   * passed}, {@code failed}, {@code notApplicable} and {@code criticalFailed}; in JSON also {@code
   * criticalFailures}, the failed critical items as {@code [{"item": id}]}; a one-row HTML table.
   *
   * @return the description of this score
   * @since 0.3.0
   */
  @Override
  Tables tables();

  /**
   * The number of items passed.
   *
   * @return the count
   */
  int passed();

  /**
   * The number of items failed.
   *
   * @return the count
   */
  int failed();

  /**
   * The number of items that did not apply.
   *
   * @return the count
   */
  int notApplicable();

  /**
   * The sum of the weights of the passed items.
   *
   * @return the weight, {@code >= 0}
   */
  double passedWeight();

  /**
   * The sum of the weights of the applicable (passed or failed) items.
   *
   * @return the weight, {@code >= passedWeight()}
   */
  double applicableWeight();

  /**
   * The ids of the critical items that failed, in checklist order.
   *
   * @return an unmodifiable list, empty if no critical item failed
   */
  List<String> criticalFailures();

  /**
   * Whether a critical item failed, which sets the score to 0.
   *
   * @return true if {@link #criticalFailures()} is not empty
   */
  default boolean criticalFailed() {
    return !criticalFailures().isEmpty();
  }

  /**
   * Whether any item was applicable, that is whether there is a score.
   *
   * @return {@code passed() + failed() > 0}
   */
  default boolean isScored() {
    return passed() + failed() > 0;
  }

  /**
   * The weighted pass rate without the critical rule: {@code passedWeight / applicableWeight}.
   *
   * @return the rate in [0, 1], NaN when no item was applicable
   */
  default double rawScore() {
    return isScored() ? passedWeight() / applicableWeight() : Double.NaN;
  }

  /**
   * The compliance score: 0 if a critical item failed, else {@code passedWeight /
   * applicableWeight}.
   *
   * @return the score in [0, 1], NaN when no item was applicable
   */
  default double score() {
    if (!isScored()) {
      return Double.NaN;
    }
    return criticalFailed() ? 0.0 : rawScore();
  }

  /**
   * One line, for example {@code "score 0.0000 (raw 0.7500, weight 3.00/4.00; passed 3, failed
   * 1, n/a 0; critical failed: greet)"}.
   *
   * @return {@code Format.TEXT.render(this)}
   */
  @Override
  String toString();

  /**
   * The same line in a language: words from the bundle {@code io.github.mot.scoring.i18n.labels},
   * numbers with the locale's decimal separator; item ids as given. A language without a bundle
   * (German) gets the English words. {@code toString(Locale.ENGLISH)} equals {@code toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the score as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }
}
