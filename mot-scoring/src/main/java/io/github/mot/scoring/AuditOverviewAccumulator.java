package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * A mutable tally of behaviour audits for a supervision overview: all audits, per staff member, per
 * behaviour step, per touchpoint, and the series of scores for the trend. {@link #overview()} takes
 * an immutable {@link AuditOverview}.
 *
 * <p>Each audit adds its overall {@link ComplianceScore} to the total and to its staff member's
 * group, each step's part to that step's group and each touchpoint's part to that touchpoint's
 * group (see {@link AuditScore}). A map entry is created only when a new key appears; the trend
 * keeps one small point per scored audit (audits are far fewer than encounters).
 *
 * <p>Merging is associative and commutative and the overview of merged partial tallies equals
 * the overview of the whole (see {@link AuditAccumulator}; the trend is sorted when the overview
 * is built).
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread, then merge, as {@link
 * #toOverview()} does on parallel streams.
 *
 * @since 0.1.0
 */
public final class AuditOverviewAccumulator {

  private final AuditAccumulator total = AuditAccumulator.create();
  private final Map<String, AuditAccumulator> byStaff = new HashMap<>();
  private final Map<BehaviourStep, AuditAccumulator> byStep = new EnumMap<>(BehaviourStep.class);
  private final Map<String, AuditAccumulator> byTouchpoint = new HashMap<>();
  private final List<AuditTrend.Point> points = new ArrayList<>();

  private AuditOverviewAccumulator() {}

  /**
   * A new, empty accumulator.
   *
   * @return an accumulator with no audits
   */
  public static AuditOverviewAccumulator create() {
    return new AuditOverviewAccumulator();
  }

  /**
   * Scores an audit and adds it.
   *
   * @param audit the audit
   * @return this accumulator
   */
  public AuditOverviewAccumulator add(Audit audit) {
    return add(AuditScore.of(audit));
  }

  /**
   * Adds a scored audit.
   *
   * @param score the audit's score
   * @return this accumulator
   */
  public AuditOverviewAccumulator add(AuditScore score) {
    Audit audit = score.audit();
    total.add(score.overall());
    byStaff.computeIfAbsent(audit.staffId(), k -> AuditAccumulator.create()).add(score.overall());
    score.byStep().forEach((s, c) -> byStep.computeIfAbsent(s, k -> AuditAccumulator.create()).add(c));
    score
        .byTouchpoint()
        .forEach((t, c) -> byTouchpoint.computeIfAbsent(t, k -> AuditAccumulator.create()).add(c));
    if (score.overall().isScored()) {
      points.add(
          AuditTrend.Point.of(
              audit.auditedAt(), audit.id(), audit.staffId(), score.score()));
    }
    return this;
  }

  /**
   * Adds another tally to this one; {@code other} is unchanged.
   *
   * @param other the partial tally
   * @return this accumulator
   */
  public AuditOverviewAccumulator merge(AuditOverviewAccumulator other) {
    Objects.requireNonNull(other, "other");
    total.merge(other.total);
    mergeInto(byStaff, other.byStaff);
    mergeInto(byStep, other.byStep);
    mergeInto(byTouchpoint, other.byTouchpoint);
    points.addAll(other.points);
    return this;
  }

  private static <K> void mergeInto(Map<K, AuditAccumulator> into, Map<K, AuditAccumulator> from) {
    from.forEach((k, a) -> into.computeIfAbsent(k, x -> AuditAccumulator.create()).merge(a));
  }

  /**
   * The number of audits added.
   *
   * @return the count
   */
  public long count() {
    return total.count();
  }

  /**
   * An immutable overview of the audits added so far.
   *
   * @return the overview
   */
  public AuditOverview overview() {
    return new Results.Overview(
        total.summary(),
        grouped("staff", byStaff),
        grouped("step", byStep),
        grouped("touchpoint", byTouchpoint),
        AuditTrend.of(points));
  }

  private static <K extends Comparable<? super K>> GroupedSummary<K, AuditSummary> grouped(
      String grouping, Map<K, AuditAccumulator> map) {
    Map<K, AuditSummary> summaries = new HashMap<>();
    AuditAccumulator all = AuditAccumulator.create();
    map.forEach(
        (k, a) -> {
          summaries.put(k, a.summary());
          all.merge(a);
        });
    return new GroupedSummary<>(
        grouping,
        summaries,
        AuditSummary.WORST_FIRST,
        Comparable::compareTo,
        all.summary(),
        AuditSummary::columns);
  }

  /**
   * A collector of audits into an overview; works on parallel streams.
   *
   * @return the collector
   */
  public static Collector<Audit, AuditOverviewAccumulator, AuditOverview> toOverview() {
    return Collecting.unordered(
        AuditOverviewAccumulator::create, AuditOverviewAccumulator::add,
        AuditOverviewAccumulator::merge, AuditOverviewAccumulator::overview);
  }

  /** The current overview (see {@link AuditOverview#toString()}). */
  @Override
  public String toString() {
    return overview().toString();
  }
}
