package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplianceScore extends ResultValue implements Tabular {

  /** The columns of a score on its own: JSON fields, the one CSV row, the HTML table's row. */
  static final List<Column<ComplianceScore>> COLUMNS = columns(Function.identity());

  /** The one column of the list of failed critical items (JSON {@code criticalFailures}). */
  private static final List<Column<String>> CRITICAL_FAILURE = List.of(Column.text("item", id -> id));

  /**
   * The columns of a compliance score, declared once for a score on its own and for the parts of an
   * {@link AuditScore}: {@code score}, {@code rawScore} (in [0, 1], undefined when nothing applied),
   * {@code passedWeight}, {@code applicableWeight}, {@code passed}, {@code failed}, {@code
   * notApplicable} (item counts) and {@code criticalFailed} (machine formats only).
   */
  static <R> List<Column<R>> columns(Function<? super R, ComplianceScore> score) {
    return List.of(
        Column.<R>decimal("score", r -> score.apply(r).score()).decimals(4).header("table.score"),
        Column.<R>decimal("rawScore", r -> score.apply(r).rawScore()).decimals(4).header("table.raw"),
        Column.<R>decimal("passedWeight", r -> score.apply(r).passedWeight()).decimals(2).header("table.passedWt"),
        Column.<R>decimal("applicableWeight", r -> score.apply(r).applicableWeight()).decimals(2)
            .header("table.applicableWt"),
        Column.<R>integer("passed", r -> score.apply(r).passed()).header("table.pass"),
        Column.<R>integer("failed", r -> score.apply(r).failed()).header("table.fail"),
        Column.<R>integer("notApplicable", r -> score.apply(r).notApplicable()).header("table.na"),
        Column.<R>bool("criticalFailed", r -> score.apply(r).criticalFailed())
            .except(Column.Target.TEXT, Column.Target.HTML));
  }

  /** The ids of failed critical items as a JSON-only table {@code criticalFailures}. */
  static Table<String> criticalFailureTable(List<String> itemIds) {
    return Table.of("criticalFailures", CRITICAL_FAILURE, itemIds).only(Column.Target.JSON);
  }

  private final int passed;
  private final int failed;
  private final int notApplicable;
  private final double passedWeight;
  private final double applicableWeight;
  private final List<String> criticalFailures;

  private ComplianceScore(Tally t) {
    this.passed = t.passed;
    this.failed = t.failed;
    this.notApplicable = t.notApplicable;
    this.passedWeight = t.passedWeight;
    this.applicableWeight = t.applicableWeight;
    this.criticalFailures = List.copyOf(t.criticalFailures);
  }

  /**
   * The number of items passed.
   *
   * @return the count
   */
  public int passed() {
    return passed;
  }

  /**
   * The number of items failed.
   *
   * @return the count
   */
  public int failed() {
    return failed;
  }

  /**
   * The number of items that did not apply.
   *
   * @return the count
   */
  public int notApplicable() {
    return notApplicable;
  }

  /**
   * The sum of the weights of the passed items.
   *
   * @return the weight, {@code >= 0}
   */
  public double passedWeight() {
    return passedWeight;
  }

  /**
   * The sum of the weights of the applicable (passed or failed) items.
   *
   * @return the weight, {@code >= passedWeight()}
   */
  public double applicableWeight() {
    return applicableWeight;
  }

  /**
   * The ids of the critical items that failed, in checklist order.
   *
   * @return an unmodifiable list, empty if no critical item failed
   */
  public List<String> criticalFailures() {
    return criticalFailures;
  }

  /**
   * Whether a critical item failed, which sets the score to 0.
   *
   * @return true if {@link #criticalFailures()} is not empty
   */
  public boolean criticalFailed() {
    return !criticalFailures.isEmpty();
  }

  /**
   * Whether any item was applicable, that is whether there is a score.
   *
   * @return {@code passed() + failed() > 0}
   */
  public boolean isScored() {
    return passed + failed > 0;
  }

  /**
   * The weighted pass rate without the critical rule: {@code passedWeight / applicableWeight}.
   *
   * @return the rate in [0, 1], NaN when no item was applicable
   */
  public double rawScore() {
    return isScored() ? passedWeight / applicableWeight : Double.NaN;
  }

  /**
   * The compliance score: 0 if a critical item failed, else {@code passedWeight /
   * applicableWeight}.
   *
   * @return the score in [0, 1], NaN when no item was applicable
   */
  public double score() {
    if (!isScored()) {
      return Double.NaN;
    }
    return criticalFailed() ? 0.0 : rawScore();
  }

  /**
   * One line, for example {@code "score 0.0000 (raw 0.7500, weight 3.00/4.00; passed 3, failed
   * 1, n/a 0; critical failed: greet)"}.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The same line in a language: words from the bundle {@code io.github.mot.scoring.i18n.labels},
   * numbers with the locale's decimal separator; item ids as given. A language without a bundle
   * (German) gets the English words. {@code toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the score as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }

  /**
   * The score for every {@link Format}: the line of {@link #toString()} (text); the JSON fields
   * and the one CSV row {@code score} and {@code rawScore} (in [0, 1]; {@code null} in JSON and
   * empty in CSV when no item applied), {@code passedWeight}, {@code applicableWeight}, {@code
   * passed}, {@code failed}, {@code notApplicable} and {@code criticalFailed}; in JSON also {@code
   * criticalFailures}, the failed critical items as {@code [{"item": id}]}; a one-row HTML table.
   *
   * @return the description of this score
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    return ResultTables.sentence(c -> c.fill(
                "title.compliance",
                c.num(score(), 4),
                c.num(rawScore(), 4),
                c.num(passedWeight, 2),
                c.num(applicableWeight, 2),
                passed,
                failed,
                notApplicable,
                criticalFailed() ? c.fill("text.criticalFailedList", String.join(", ", criticalFailures)) : ""),
            this, "score", COLUMNS)
        .table(criticalFailureTable(criticalFailures))
        .build();
  }

  /** The arithmetic of a compliance score on plain item ids, weights and flags. Not thread-safe. */
  static final class Tally {
    private int passed;
    private int failed;
    private int notApplicable;
    private double passedWeight;
    private double applicableWeight;
    private final List<String> criticalFailures = new ArrayList<>(1);

    /** Adds one item's outcome; weights must be finite and positive (checked by the checklist). */
    Tally add(String itemId, double weight, boolean critical, AuditOutcome outcome) {
      switch (outcome) {
        case PASSED:
          passed++;
          passedWeight += weight;
          applicableWeight += weight;
          break;
        case FAILED:
          failed++;
          applicableWeight += weight;
          if (critical) {
            criticalFailures.add(itemId);
          }
          break;
        case NOT_APPLICABLE:
          notApplicable++;
          break;
        default:
          throw new AssertionError(outcome);
      }
      return this;
    }

    ComplianceScore build() {
      return new ComplianceScore(this);
    }
  }

  /** Equal when counts, weights and critical failures are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {passed, failed, notApplicable, passedWeight, applicableWeight, criticalFailures};
  }
}
