package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.internal.Preconditions;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * A mutable tally of audit scores (or of one part of them: a step, a touchpoint) that {@link
 * #summary()} turns into an immutable {@link AuditSummary}.
 *
 * <p>Counts are exact {@code long}s; the sums of scores and of weights are kept in exact fixed
 * point (each value rounded to a multiple of 2<sup>-52</sup> at most once, then added as
 * integers), and minimum and maximum are order-free, so {@link #merge(AuditAccumulator)} is
 * associative and commutative and the summary does not depend on the order, the split of the
 * data or the number of threads. Adding allocates nothing.
 *
 * <p>{@link #toBytes()} writes the tally in the library's versioned byte form and {@link
 * #fromBytes(byte[])} reads it back exactly, for engines that ship partial tallies between machines
 * (docs/byte-form.md).
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread, then merge, as {@link
 * #toSummary()} does on parallel streams.
 *
 * @since 0.1.0
 */
public final class AuditAccumulator {

  long audits;
  long scored;
  long criticalFailed;
  long passedItems;
  long failedItems;
  long notApplicableItems;
  double minScore = Double.POSITIVE_INFINITY;
  double maxScore = Double.NEGATIVE_INFINITY;
  final ExactSum scoreSum;
  final ExactSum passedWeight;
  final ExactSum applicableWeight;

  private AuditAccumulator() {
    this(new ExactSum(), new ExactSum(), new ExactSum());
  }

  AuditAccumulator(ExactSum scoreSum, ExactSum passedWeight, ExactSum applicableWeight) {
    this.scoreSum = scoreSum;
    this.passedWeight = passedWeight;
    this.applicableWeight = applicableWeight;
  }

  /**
   * A new, empty accumulator.
   *
   * @return an accumulator with no audits
   */
  public static AuditAccumulator create() {
    return new AuditAccumulator();
  }

  /**
   * Adds one audit's overall score.
   *
   * @param score the audit's score
   * @return this accumulator
   */
  public AuditAccumulator add(AuditScore score) {
    return add(score.overall());
  }

  /**
   * Adds one compliance score: a whole audit, or one step's or touchpoint's part of it.
   *
   * @param c the compliance score
   * @return this accumulator
   * @throws IllegalArgumentException if a weight sum reaches 2^62 (the limit of the exact sum)
   */
  public AuditAccumulator add(ComplianceScore c) {
    return add(c.passed(), c.failed(), c.notApplicable(), c.passedWeight(), c.applicableWeight(),
        c.criticalFailed());
  }

  /**
   * Adds one audit given by its figures, as a table of audits holds them (one row an audit): the
   * same as adding the {@link ComplianceScore} with these figures, without an object. The audit is
   * scored when an item applied ({@code passed + failed > 0}); its score is 0 if a critical item
   * failed, else {@code passedWeight / applicableWeight}.
   *
   * <p>The figures are checked before anything is added, so a refused audit leaves the accumulator
   * unchanged: counts at least 0; weights finite and at least 0; {@code passedWeight <=
   * applicableWeight}; the applicable weight 0 exactly when no item applied, the passed weight 0
   * exactly when no item passed; a critical failure only with a failed item.
   *
   * @param passed the items passed, {@code >= 0}
   * @param failed the items failed, {@code >= 0}
   * @param notApplicable the items that did not apply, {@code >= 0}
   * @param passedWeight the sum of the passed items' weights
   * @param applicableWeight the sum of the passed and failed items' weights
   * @param criticalFailed whether a critical item failed
   * @return this accumulator
   * @throws IllegalArgumentException if the figures break a rule above (the message names the
   *     figure and its value), or a weight sum reaches 2^62 (the limit of the exact sum)
   * @since 0.4.0
   */
  public AuditAccumulator add(int passed, int failed, int notApplicable, double passedWeight,
      double applicableWeight, boolean criticalFailed) {
    checkFigures(passed, failed, notApplicable, passedWeight, applicableWeight, criticalFailed);
    boolean applied = (long) passed + failed > 0;
    // applicable >= passed: if the applicable weight is accepted, so is the passed one, and a
    // rejected value leaves the accumulator unchanged.
    this.applicableWeight.add("applicable weight", applicableWeight);
    this.passedWeight.add("passed weight", passedWeight);
    audits++;
    passedItems += passed;
    failedItems += failed;
    notApplicableItems += notApplicable;
    if (criticalFailed) {
      this.criticalFailed++;
    }
    if (applied) {
      double s = criticalFailed ? 0.0 : passedWeight / applicableWeight;
      scored++;
      scoreSum.add("score", s);
      minScore = Math.min(minScore, s);
      maxScore = Math.max(maxScore, s);
    }
    return this;
  }

  /**
   * Checks the figures of one audit (see {@link #add(int, int, int, double, double, boolean)} for
   * the rules), for the accumulator and for {@link ComplianceScore#of}.
   *
   * @throws IllegalArgumentException naming the figure and its value
   */
  static void checkFigures(int passed, int failed, int notApplicable, double passedWeight,
      double applicableWeight, boolean criticalFailed) {
    Preconditions.check(passed >= 0, "passed items", "at least 0", passed);
    Preconditions.check(failed >= 0, "failed items", "at least 0", failed);
    Preconditions.check(notApplicable >= 0, "not applicable items", "at least 0", notApplicable);
    Preconditions.finiteNonNegative("applicable weight", applicableWeight);
    Preconditions.check(passedWeight >= 0 && passedWeight <= applicableWeight, "passed weight",
        "in [0, applicable weight " + applicableWeight + "]", passedWeight);
    long applicable = (long) passed + failed;
    boolean applied = applicable > 0;
    Preconditions.check(applied == (applicableWeight > 0), "applicable weight",
        applied ? "above 0 when " + applicable + " items applied" : "0 when no item applied",
        applicableWeight);
    Preconditions.check((passed > 0) == (passedWeight > 0), "passed weight",
        passed > 0 ? "above 0 when " + passed + " items passed" : "0 when no item passed", passedWeight);
    Preconditions.check(!criticalFailed || failed > 0, "failed items", "at least 1 when a critical item failed",
        failed);
  }

  /**
   * Adds another tally to this one; {@code other} is unchanged.
   *
   * @param other the partial tally
   * @return this accumulator
   * @throws ArithmeticException if a count overflows
   */
  public AuditAccumulator merge(AuditAccumulator other) {
    Objects.requireNonNull(other, "other");
    audits = Math.addExact(audits, other.audits);
    scored = Math.addExact(scored, other.scored);
    criticalFailed = Math.addExact(criticalFailed, other.criticalFailed);
    passedItems = Math.addExact(passedItems, other.passedItems);
    failedItems = Math.addExact(failedItems, other.failedItems);
    notApplicableItems = Math.addExact(notApplicableItems, other.notApplicableItems);
    minScore = Math.min(minScore, other.minScore);
    maxScore = Math.max(maxScore, other.maxScore);
    scoreSum.merge(other.scoreSum);
    passedWeight.merge(other.passedWeight);
    applicableWeight.merge(other.applicableWeight);
    return this;
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 4, format version 1; the counts of
   * audits, scored audits, audits with a failed critical item, passed, failed and not applicable
   * items (varints), the lowest and highest score (reals), the exact sums of the scores, the passed
   * and the applicable weights; then a CRC-32C (docs/byte-form.md). Equal tallies give equal bytes.
   *
   * @return a new array, about 50 bytes
   * @since 0.4.0
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.AUDIT, this::write);
  }

  /**
   * Reads a tally written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept
   * @return a new accumulator with exactly the state written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of an
   *     audit accumulator: another program's or another accumulator's bytes, a newer format
   *     version, bytes changed or cut (the checksum), counts that do not fit together, a score
   *     range outside [0, 1], or bytes left over
   * @throws NullPointerException if {@code bytes} is null
   * @since 0.4.0
   */
  public static AuditAccumulator fromBytes(byte[] bytes) {
    return ByteForm.read(bytes, ByteForm.Kind.AUDIT, AuditAccumulator::read);
  }

  /** Writes the state, the part of every audit byte form. */
  void write(ByteForm.Writer out) {
    out.count(audits).count(scored).count(criticalFailed)
        .count(passedItems).count(failedItems).count(notApplicableItems)
        .real(minScore).real(maxScore);
    scoreSum.write(out);
    passedWeight.write(out);
    applicableWeight.write(out);
  }

  /** Reads a state written by {@link #write}. */
  static AuditAccumulator read(ByteForm.Reader in) {
    AuditAccumulator a = new AuditAccumulator();
    a.audits = in.count("the number of audits");
    a.scored = in.count("the number of scored audits");
    if (a.scored > a.audits) {
      throw in.invalid("the number of scored audits", "at most the " + a.audits + " audits", a.scored);
    }
    a.criticalFailed = in.count("the number of audits with a failed critical item");
    if (a.criticalFailed > a.audits) {
      throw in.invalid("the number of audits with a failed critical item", "at most the " + a.audits + " audits",
          a.criticalFailed);
    }
    a.passedItems = in.count("the number of passed items");
    a.failedItems = in.count("the number of failed items");
    a.notApplicableItems = in.count("the number of items not applicable");
    a.minScore = in.real("the lowest score");
    a.maxScore = in.real("the highest score");
    in.range("the score range", a.minScore, a.maxScore, a.scored, "scored audits", 0, 1);
    a.scoreSum.read(in, "the sum of scores", a.scored, 0, 1);
    a.passedWeight.read(in, "the passed weight", a.audits, 0, Long.MAX_VALUE);
    a.applicableWeight.read(in, "the applicable weight", a.audits, 0, Long.MAX_VALUE);
    return a;
  }

  /**
   * The number of audits (or parts) added.
   *
   * @return the count
   */
  public long count() {
    return audits;
  }

  /**
   * An immutable snapshot.
   *
   * @return the summary (possibly empty)
   */
  public AuditSummary summary() {
    return new AuditSummary(this);
  }

  /**
   * A collector of audit scores into a summary; works on parallel streams.
   *
   * @return the collector
   */
  public static Collector<AuditScore, AuditAccumulator, AuditSummary> toSummary() {
    return Collecting.unordered(
        AuditAccumulator::new, AuditAccumulator::add, AuditAccumulator::merge, AuditAccumulator::summary);
  }

  /** The current tally (see {@link AuditSummary#toString()}). */
  @Override
  public String toString() {
    return "AuditAccumulator: " + summary();
  }
}
