package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A supervision overview of many behaviour audits: the summary of all audits, summaries per staff
 * member, per behaviour step and per touchpoint (each worst first, see {@link
 * AuditSummary#WORST_FIRST}; ties by key), and the trend of scores over successive audits.
 *
 * <p>The per-step and per-touchpoint groups summarise the parts of each audit (see {@link
 * AuditScore}); their totals therefore count parts, not audits.
 *
 * <p>Instances are immutable and thread-safe; equal when every part is equal. Build one with
 * {@link AuditOverviewAccumulator}.
 *
 * @since 0.1.0
 */
public sealed interface AuditOverview extends Tabular permits Results.Overview {

  /**
   * The summary of all audits.
   *
   * @return the overall summary
   */
  AuditSummary overall();

  /**
   * One summary per staff member, worst first.
   *
   * @return the grouped summaries
   */
  GroupedSummary<String, AuditSummary> byStaff();

  /**
   * One summary per behaviour step (of the steps' parts of each audit), worst first.
   *
   * @return the grouped summaries
   */
  GroupedSummary<BehaviourStep, AuditSummary> byStep();

  /**
   * One summary per touchpoint (of the touchpoints' parts of each audit), worst first.
   *
   * @return the grouped summaries
   */
  GroupedSummary<String, AuditSummary> byTouchpoint();

  /**
   * The trend of all scored audits in time order.
   *
   * @return the trend
   */
  AuditTrend trend();

  /**
   * The trend of one staff member's scored audits.
   *
   * @param staffId the staff member
   * @return the trend, empty series if the staff member has no scored audit
   */
  default AuditTrend trendOf(String staffId) {
    Objects.requireNonNull(staffId, "staffId");
    List<AuditTrend.Point> mine = new ArrayList<>();
    for (AuditTrend.Point p : trend().points()) {
      if (p.staffId().equals(staffId)) {
        mine.add(p);
      }
    }
    return AuditTrend.of(mine);
  }

  /**
   * The overview as text: the overall summary, the three groupings and the trend.
   *
   * @return {@code Format.TEXT.render(this)}
   */
  @Override
  String toString();

  /**
   * The same overview in a language: every part's {@code toString(locale)} (titles, headers,
   * grouping names and behaviour steps from the bundle {@code io.github.mot.scoring.i18n.labels}
   * and mot-core's labels, numbers with the locale's separators; staff, audit and touchpoint ids as
   * given). A language without a bundle (German) gets the English words. {@code
   * toString(Locale.ENGLISH)} equals {@code toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the overview as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  default String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }

  /**
   * The same overview in a language, the touchpoints shown by the label {@code touchpointLabel}
   * gives their id: their names from a journey map, such as {@code id ->
   * journey.touchpoint(id).map(Touchpoint::name).orElse(id)} with a template in Chinese. Everything
   * else is as in {@link #toString(Locale)}; the same as {@code
   * withTouchpointLabels(touchpointLabel).toString(locale)}.
   *
   * @param locale the language and number format
   * @param touchpointLabel the text shown for a touchpoint id; it must not return null
   * @return the overview as text
   * @throws NullPointerException if an argument is null, or {@code touchpointLabel} returns null
   * @since 0.1.0
   */
  default String toString(Locale locale, Function<? super String, String> touchpointLabel) {
    return withTouchpointLabels(touchpointLabel).toString(locale);
  }

  /**
   * The same overview with its touchpoints shown by labels, in every {@link Format}: {@link
   * #byTouchpoint()} becomes {@code byTouchpoint().withKeyLabels(touchpointLabel)} (see {@link
   * GroupedSummary#withKeyLabels(Function)}); everything else is unchanged, and the copy is equal
   * to this overview.
   *
   * @param touchpointLabel the text shown for a touchpoint id, such as its name on a journey map;
   *     it must not return null (rendering then throws a {@link NullPointerException})
   * @return a copy that shows the labels
   * @throws NullPointerException if {@code touchpointLabel} is null
   * @since 0.3.0
   */
  AuditOverview withTouchpointLabels(Function<? super String, String> touchpointLabel);

  /**
   * The overview for every {@link Format}: its sections {@code overall} ({@link
   * AuditSummary#tables()}), {@code byStaff}, {@code byStep}, {@code byTouchpoint} ({@link
   * GroupedSummary#tables()}) and {@code trend} ({@link AuditTrend#tables()}). JSON: an object
   * {@code sections} holding each section's object under its name. CSV: every section's rows
   * under one header, the first column {@code section} telling which. Text and HTML: the sections
   * one after the other.
   *
   * @return the description of this overview
   * @since 0.3.0
   */
  @Override
  Tables tables();
}
