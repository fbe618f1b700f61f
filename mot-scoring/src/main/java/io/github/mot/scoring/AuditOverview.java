package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Instances are immutable and thread-safe. Build one with {@link AuditOverviewAccumulator}.
 *
 * @since 0.1.0
 */
public final class AuditOverview extends ResultValue implements Tabular {

  private final AuditSummary overall;
  private final GroupedSummary<String, AuditSummary> byStaff;
  private final GroupedSummary<BehaviourStep, AuditSummary> byStep;
  private final GroupedSummary<String, AuditSummary> byTouchpoint;
  private final AuditTrend trend;

  AuditOverview(
      AuditSummary overall,
      GroupedSummary<String, AuditSummary> byStaff,
      GroupedSummary<BehaviourStep, AuditSummary> byStep,
      GroupedSummary<String, AuditSummary> byTouchpoint,
      AuditTrend trend) {
    this.overall = overall;
    this.byStaff = byStaff;
    this.byStep = byStep;
    this.byTouchpoint = byTouchpoint;
    this.trend = trend;
  }

  /**
   * The summary of all audits.
   *
   * @return the overall summary
   */
  public AuditSummary overall() {
    return overall;
  }

  /**
   * One summary per staff member, worst first.
   *
   * @return the grouped summaries
   */
  public GroupedSummary<String, AuditSummary> byStaff() {
    return byStaff;
  }

  /**
   * One summary per behaviour step (of the steps' parts of each audit), worst first.
   *
   * @return the grouped summaries
   */
  public GroupedSummary<BehaviourStep, AuditSummary> byStep() {
    return byStep;
  }

  /**
   * One summary per touchpoint (of the touchpoints' parts of each audit), worst first.
   *
   * @return the grouped summaries
   */
  public GroupedSummary<String, AuditSummary> byTouchpoint() {
    return byTouchpoint;
  }

  /**
   * The trend of all scored audits in time order.
   *
   * @return the trend
   */
  public AuditTrend trend() {
    return trend;
  }

  /**
   * The trend of one staff member's scored audits.
   *
   * @param staffId the staff member
   * @return the trend, empty series if the staff member has no scored audit
   */
  public AuditTrend trendOf(String staffId) {
    Objects.requireNonNull(staffId, "staffId");
    List<AuditTrend.Point> mine = new ArrayList<>();
    for (AuditTrend.Point p : trend.points()) {
      if (p.staffId().equals(staffId)) {
        mine.add(p);
      }
    }
    return AuditTrend.of(mine);
  }

  /** The overview as text: the overall summary, the three groupings and the trend. */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The same overview in a language: every part's {@code toString(locale)} (titles, headers,
   * grouping names and behaviour steps from the bundle {@code io.github.mot.scoring.i18n.labels}
   * and mot-core's labels, numbers with the locale's separators; staff, audit and touchpoint ids as
   * given). A language without a bundle (German) gets the English words. {@code
   * toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the overview as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
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
  public String toString(Locale locale, Function<? super String, String> touchpointLabel) {
    return withTouchpointLabels(touchpointLabel).toString(locale);
  }

  /**
   * The same overview with its touchpoints shown by labels, in every {@link Format}: {@link
   * #byTouchpoint()} becomes {@code byTouchpoint().withKeyLabels(touchpointLabel)} (see {@link
   * GroupedSummary#withKeyLabels(Function)}); everything else is unchanged, and the copy is
   * {@linkplain #equals(Object) equal} to this overview.
   *
   * @param touchpointLabel the text shown for a touchpoint id, such as its name on a journey map;
   *     it must not return null (rendering then throws a {@link NullPointerException})
   * @return a copy that shows the labels
   * @throws NullPointerException if {@code touchpointLabel} is null
   * @since 0.3.0
   */
  public AuditOverview withTouchpointLabels(Function<? super String, String> touchpointLabel) {
    return new AuditOverview(overall, byStaff, byStep, byTouchpoint.withKeyLabels(touchpointLabel), trend);
  }

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
  public Tables tables() {
    Map<String, Tabular> sections = new LinkedHashMap<>();
    sections.put("overall", overall);
    sections.put("byStaff", byStaff);
    sections.put("byStep", byStep);
    sections.put("byTouchpoint", byTouchpoint);
    sections.put("trend", trend);
    // the overview's title heads the first section; an empty line separates the others
    return ResultTables.builder()
        .group("section", "sections", sections, (c, name) -> name.equals("overall") ? c.label("title.auditOverview") : "")
        .build();
  }

  /** Equal when every part is equal. */
  @Override
  protected Object[] components() {
    return new Object[] {overall, byStaff, byStep, byTouchpoint, trend};
  }
}
