package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A supervision report over many behaviour audits: the summary of all audits, summaries per staff
 * member, per behaviour step and per touchpoint (each worst first, see {@link
 * AuditSummary#WORST_FIRST}; ties by key), and the trend of scores over successive audits.
 *
 * <p>The per-step and per-touchpoint groups summarise the parts of each audit (see {@link
 * AuditScore}); their totals therefore count parts, not audits.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link AuditReportAccumulator}.
 *
 * @since 0.1.0
 */
public final class AuditReport {

  private final AuditSummary overall;
  private final GroupedSummary<String, AuditSummary> byStaff;
  private final GroupedSummary<BehaviourStep, AuditSummary> byStep;
  private final GroupedSummary<String, AuditSummary> byTouchpoint;
  private final AuditTrend trend;

  AuditReport(
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

  /** Equal when every part is equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof AuditReport)) {
      return false;
    }
    AuditReport r = (AuditReport) o;
    return overall.equals(r.overall)
        && byStaff.equals(r.byStaff)
        && byStep.equals(r.byStep)
        && byTouchpoint.equals(r.byTouchpoint)
        && trend.equals(r.trend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(overall, byStaff, byStep, byTouchpoint, trend);
  }

  /** The report as text: the overall summary, the three groupings and the trend. */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }

  /**
   * The same report in a language: every part's {@code toString(locale)} (titles, headers,
   * grouping names and behaviour steps from the bundle {@code io.github.mot.scoring.i18n.labels}
   * and mot-core's labels, numbers with the locale's separators; staff, audit and touchpoint ids as
   * given). A language without a bundle (German) gets the English words. {@code
   * toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the report as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    return render(locale, byTouchpoint.toString(locale));
  }

  /**
   * The same report in a language, the touchpoints shown by the label {@code touchpointLabel}
   * gives their id: their names from a journey map, such as {@code id ->
   * journey.touchpoint(id).map(Touchpoint::name).orElse(id)} with a template in Chinese. Everything
   * else is as in {@link #toString(Locale)}.
   *
   * @param locale the language and number format
   * @param touchpointLabel the text shown for a touchpoint id; it must not return null
   * @return the report as text
   * @throws NullPointerException if an argument is null, or {@code touchpointLabel} returns null
   * @since 0.1.0
   */
  public String toString(Locale locale, Function<? super String, String> touchpointLabel) {
    return render(locale, byTouchpoint.toString(locale, touchpointLabel));
  }

  private String render(Locale locale, String touchpoints) {
    Text x = Text.of(locale);
    return x.get("title.auditReport")
        + "\n"
        + overall.toString(locale)
        + "\n"
        + byStaff.toString(locale)
        + "\n"
        + byStep.toString(locale)
        + "\n"
        + touchpoints
        + "\n"
        + trend.toString(locale);
  }
}
