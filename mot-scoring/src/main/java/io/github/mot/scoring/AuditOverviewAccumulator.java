package io.github.mot.scoring;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.internal.ByteForm;
import java.time.Instant;
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
 * <p>{@link #toBytes()} writes the tally in the library's versioned byte form and {@link
 * #fromBytes(byte[])} reads it back exactly, for engines that ship partial tallies between machines
 * (docs/byte-form.md).
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
   * The tally in the library's byte form: {@code MOT}, kind 5, format version 1; the total as in
   * {@link AuditAccumulator#toBytes()}, the tallies by staff member, by behaviour step and by
   * touchpoint (each a count, then per entry in order of its text the staff id, step name or
   * touchpoint id and its tally), and the trend's points in time order (seconds and nanoseconds of
   * the audit time, audit id, staff id, score); then a CRC-32C (docs/byte-form.md). Equal tallies
   * give equal bytes, whatever the order the audits came in.
   *
   * @return a new array: about 50 bytes per tally and 20 per scored audit, plus the ids
   * @since 0.4.0
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.AUDIT_OVERVIEW, out -> {
      total.write(out);
      KeyedBytes.write(out, byStaff, KeyCodec.text(), AuditAccumulator::write);
      KeyedBytes.write(out, byStep, STEPS, AuditAccumulator::write);
      KeyedBytes.write(out, byTouchpoint, KeyCodec.text(), AuditAccumulator::write);
      List<AuditTrend.Point> sorted = new ArrayList<>(points);
      sorted.sort(AuditTrend.ORDER);
      out.count(sorted.size());
      for (AuditTrend.Point p : sorted) {
        out.signed(p.auditedAt().getEpochSecond()).count(p.auditedAt().getNano())
            .text(p.auditId()).text(p.staffId()).real(p.score());
      }
    });
  }

  private static final KeyCodec<BehaviourStep> STEPS = KeyCodec.ofEnum(BehaviourStep.class);

  /**
   * Reads a tally written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept
   * @return a new accumulator with exactly the state written: its overview, and every merge with
   *     it, are those of the accumulator that wrote the bytes
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of an
   *     audit overview accumulator: another program's or another accumulator's bytes, a newer
   *     format version, bytes changed or cut (the checksum), a tally that is not valid, entries out
   *     of order, a step the library does not know, a number of points other than the number of
   *     scored audits, or bytes left over
   * @throws NullPointerException if {@code bytes} is null
   * @since 0.4.0
   */
  public static AuditOverviewAccumulator fromBytes(byte[] bytes) {
    return ByteForm.read(bytes, ByteForm.Kind.AUDIT_OVERVIEW, AuditOverviewAccumulator::read);
  }

  private static AuditOverviewAccumulator read(ByteForm.Reader in) {
    AuditOverviewAccumulator a = new AuditOverviewAccumulator();
    a.total.merge(AuditAccumulator.read(in));
    KeyedBytes.read(in, "staff member", KeyCodec.text(), a.byStaff, AuditAccumulator::read);
    KeyedBytes.read(in, "step", STEPS, a.byStep, AuditAccumulator::read);
    KeyedBytes.read(in, "touchpoint", KeyCodec.text(), a.byTouchpoint, AuditAccumulator::read);
    int n = in.size("the number of points", in.remaining());
    if (n != a.total.scored) {
      throw in.invalid("the number of points", "the " + a.total.scored + " scored audits", n);
    }
    for (int i = 0; i < n; i++) {
      long seconds = in.signed("the time of point " + (i + 1));
      long nanos = in.count("the nanoseconds of point " + (i + 1));
      String audit = in.text("the audit id of point " + (i + 1));
      String staff = in.text("the staff id of point " + (i + 1));
      double score = in.real("the score of point " + (i + 1));
      try {
        a.points.add(AuditTrend.Point.of(Instant.ofEpochSecond(seconds, nanos), audit, staff, score));
      } catch (RuntimeException e) {
        throw in.malformed("point " + (i + 1) + " is not valid: " + e.getMessage());
      }
    }
    return a;
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
