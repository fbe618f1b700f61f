package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A summary of audit scores: of one staff member, one behaviour step, one touchpoint or all.
 *
 * <p>Definitions, over the {@code n} audits (or audit parts) added:
 *
 * <ul>
 *   <li>mean score = arithmetic mean of the scores of the scored audits (those with at least one
 *       applicable item), each 0 if a critical item failed ({@link ComplianceScore#score()});
 *   <li>minimum and maximum score;
 *   <li>critical failure rate = audits with a failed critical item / {@code n};
 *   <li>item pass rate = items passed / items applicable (unweighted, pooled over audits);
 *   <li>compliance = sum of passed weights / sum of applicable weights, pooled over audits,
 *       without the critical rule.
 * </ul>
 *
 * <p>Statistics of nothing are NaN (the library's one form of an undefined statistic).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditSummary extends ResultValue implements Tabular {

  /** The columns of a summary on its own: JSON fields, the one CSV row, the text table's row. */
  static final List<Column<AuditSummary>> COLUMNS = columns(Function.identity());

  /**
   * Orders summaries worst first: summaries without a mean score first, then lowest mean score,
   * ties by most critical failures, then by lowest compliance. Grouped results break remaining
   * ties by key.
   */
  public static final Comparator<AuditSummary> WORST_FIRST =
      Comparator.comparing((AuditSummary s) -> s.scoredCount() > 0)
          .thenComparingDouble(AuditSummary::meanScore)
          .thenComparing(AuditSummary::criticalFailureCount, Comparator.reverseOrder())
          .thenComparingDouble(AuditSummary::compliance);

  private final AuditAccumulator state;

  AuditSummary(AuditAccumulator source) {
    this.state =
        new AuditAccumulator(
            source.scoreSum.copy(), source.passedWeight.copy(), source.applicableWeight.copy());
    state.audits = source.audits;
    state.scored = source.scored;
    state.criticalFailed = source.criticalFailed;
    state.passedItems = source.passedItems;
    state.failedItems = source.failedItems;
    state.notApplicableItems = source.notApplicableItems;
    state.minScore = source.minScore;
    state.maxScore = source.maxScore;
  }

  /**
   * The summary of both this and {@code other}. Associative and commutative.
   *
   * @param other the other summary
   * @return the merged summary
   */
  public AuditSummary merge(AuditSummary other) {
    AuditAccumulator a = AuditAccumulator.create();
    a.merge(state).merge(other.state);
    return new AuditSummary(a);
  }

  /**
   * The number of audits (or parts) summarised.
   *
   * @return {@code n >= 0}
   */
  public long count() {
    return state.audits;
  }

  /**
   * The number with a score (at least one applicable item).
   *
   * @return the count, {@code <= count()}
   */
  public long scoredCount() {
    return state.scored;
  }

  /**
   * The mean score of the scored audits.
   *
   * @return the mean in [0, 1], NaN when none was scored
   */
  public double meanScore() {
    return state.scored == 0
        ? Double.NaN
        : Math.min(1.0, state.scoreSum.divide(state.scored));
  }

  /**
   * The lowest score.
   *
   * @return the minimum in [0, 1], NaN when none was scored
   */
  public double minScore() {
    return state.scored == 0 ? Double.NaN : state.minScore;
  }

  /**
   * The highest score.
   *
   * @return the maximum in [0, 1], NaN when none was scored
   */
  public double maxScore() {
    return state.scored == 0 ? Double.NaN : state.maxScore;
  }

  /**
   * The number of audits in which a critical item failed.
   *
   * @return the count
   */
  public long criticalFailureCount() {
    return state.criticalFailed;
  }

  /**
   * The share of audits in which a critical item failed.
   *
   * @return the share in [0, 1], NaN when there are no audits
   */
  public double criticalFailureRate() {
    return state.audits == 0
        ? Double.NaN
        : (double) state.criticalFailed / state.audits;
  }

  /**
   * Items passed, over all audits.
   *
   * @return the count
   */
  public long passedItems() {
    return state.passedItems;
  }

  /**
   * Items failed, over all audits.
   *
   * @return the count
   */
  public long failedItems() {
    return state.failedItems;
  }

  /**
   * Items not applicable, over all audits.
   *
   * @return the count
   */
  public long notApplicableItems() {
    return state.notApplicableItems;
  }

  /**
   * The unweighted pass rate: items passed / items passed or failed.
   *
   * @return the rate in [0, 1], NaN when no item applied
   */
  public double itemPassRate() {
    long applicable = state.passedItems + state.failedItems;
    return applicable == 0 ? Double.NaN : (double) state.passedItems / applicable;
  }

  /**
   * The pooled weighted compliance, without the critical rule: sum of passed weights / sum of
   * applicable weights.
   *
   * @return the compliance in [0, 1], NaN when no item applied
   */
  public double compliance() {
    if (state.passedItems + state.failedItems == 0) {
      return Double.NaN;
    }
    return Math.min(1.0, state.passedWeight.value() / state.applicableWeight.value());
  }

  /**
   * One table row with a header: audits, mean, min and max score, critical failures, compliance
   * and item pass rate.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /** Equal when every count and exact sum is equal (scores as by {@link Double#compare}). */
  @Override
  protected Object[] components() {
    return new Object[] {
        state.audits, state.scored, state.criticalFailed, state.passedItems, state.failedItems,
        state.notApplicableItems, state.minScore, state.maxScore, state.scoreSum, state.passedWeight,
        state.applicableWeight
    };
  }

  /**
   * The columns of an audit summary, declared once for a summary on its own and for the rows of a
   * {@link GroupedSummary}: {@code n} (audits or parts), {@code scoredCount}, {@code meanScore},
   * {@code minScore}, {@code maxScore} (scores in [0, 1], undefined when none was scored), {@code
   * criticalFailureCount}, {@code criticalFailureRate}, {@code compliance}, {@code itemPassRate}
   * (shares in [0, 1]) and the item counts {@code passedItems}, {@code failedItems}, {@code
   * notApplicableItems}; text shows audits, mean, min, max, critical, compliance and items pass.
   */
  static <R> List<Column<R>> columns(Function<? super R, AuditSummary> summary) {
    Column.Target text = Column.Target.TEXT;
    Column.Target html = Column.Target.HTML;
    return List.of(
        Column.<R>integer("n", r -> summary.apply(r).count()).header("table.audits")
            .text((r, c) -> c.count(summary.apply(r).count())),
        Column.<R>integer("scoredCount", r -> summary.apply(r).scoredCount()).except(text, html),
        Column.<R>decimal("meanScore", r -> summary.apply(r).meanScore()).decimals(4).header("table.mean"),
        Column.<R>decimal("minScore", r -> summary.apply(r).minScore()).decimals(4).header("table.min"),
        Column.<R>decimal("maxScore", r -> summary.apply(r).maxScore()).decimals(4).header("table.max"),
        Column.<R>integer("criticalFailureCount", r -> summary.apply(r).criticalFailureCount())
            .header("table.criticalFailures").text((r, c) -> c.count(summary.apply(r).criticalFailureCount())),
        Column.<R>decimal("criticalFailureRate", r -> summary.apply(r).criticalFailureRate()).except(text, html),
        Column.<R>decimal("compliance", r -> summary.apply(r).compliance()).decimals(4).header("table.compliance"),
        Column.<R>decimal("itemPassRate", r -> summary.apply(r).itemPassRate()).header("table.itemsPass")
            .text((r, c) -> c.percent(summary.apply(r).itemPassRate())),
        Column.<R>integer("passedItems", r -> summary.apply(r).passedItems()).except(text, html),
        Column.<R>integer("failedItems", r -> summary.apply(r).failedItems()).except(text, html),
        Column.<R>integer("notApplicableItems", r -> summary.apply(r).notApplicableItems()).except(text, html));
  }

  /**
   * The summary for every {@link Format}: the JSON fields and the one CSV row {@code n}, {@code
   * scoredCount}, {@code meanScore}, {@code minScore}, {@code maxScore}, {@code
   * criticalFailureCount}, {@code criticalFailureRate}, {@code compliance}, {@code itemPassRate},
   * {@code passedItems}, {@code failedItems} and {@code notApplicableItems} (as the accessors of the
   * same names; a statistic of nothing is {@code null} in JSON and empty in CSV); in text and HTML a
   * one-row table.
   *
   * @return the description of this summary
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    return ResultTables.fields(ResultTables.builder().line(c -> c.label("title.auditSummary")), this, COLUMNS)
        .table(ResultTables.table("summary", COLUMNS, List.of(this)).only(Column.Target.TEXT, Column.Target.HTML))
        .build();
  }
}
