package io.github.mot.scoring;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.scoring.log.EncounterLog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A mutable, mergeable tally of {@link Recovery}: the episodes of each outcome (recovered,
 * unrecovered, never damaged) with the exact moments of their journey scores (count, sum and sum of
 * squares, integers on a grid of 2<sup>-52</sup>), and per touchpoint and per staff member of the
 * first damaging moment the damaged and recovered episodes. Every figure of the report is computed
 * from these, so the tally of any shards of customers, merged in any order, is the tally of all of
 * them, and {@link #report()} then equals {@link Recovery#analyze} on every episode at once, bit
 * for bit (means, standard deviations, t intervals and Welch's comparisons are computed when the
 * report is made, from the exact sums: see {@link MeanComparison}):
 *
 * <pre>{@code
 * Recovery recovery = Recovery.withDefaults().withModel(JourneyModel.PEAK_END);
 * RecoveryTally north = recovery.tally().add(observe.observe(northLog)); // each shard on its machine
 * RecoveryTally south = RecoveryTally.fromBytes(southBytes, recovery);   // a shard's tally, shipped as bytes
 * RecoveryReport all = north.merge(south).report();
 * }</pre>
 *
 * <p><b>Shards are sets of customers</b>: episodes are cut per customer ({@link ObservedJourneys}),
 * so every encounter of a customer must be in one shard (in an engine: key the encounters by
 * customer first). A shard's episodes are then exactly that customer's episodes of the whole log.
 *
 * <p>A tally holds three outcomes' counts and moments, and two counts per touchpoint and per staff
 * member met, whatever the number of episodes. {@link #toBytes()} writes it in the library's
 * versioned byte form (docs/byte-form.md) with the thresholds and the model, which {@link
 * #fromBytes(byte[], Recovery)} checks against the analysis it is given.
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread or shard, then merge.
 *
 * @since 0.4.0
 */
public final class RecoveryTally {

  private static final RecoveryReport.Outcome[] OUTCOMES = RecoveryReport.Outcome.values();
  private static final int RECOVERED = RecoveryReport.Outcome.RECOVERED.ordinal();
  private static final int UNRECOVERED = RecoveryReport.Outcome.UNRECOVERED.ordinal();
  private static final int NEVER_DAMAGED = RecoveryReport.Outcome.NEVER_DAMAGED.ordinal();
  /** A journey score lies in [-3, +3]. */
  private static final int SCORE_BOUND = 3;

  private final Recovery analysis;
  /** The episodes of each outcome, by ordinal. */
  private final long[] episodes = new long[OUTCOMES.length];
  /** The journey scores of each outcome's scored episodes. */
  private final ExactMoments[] scores = {new ExactMoments(), new ExactMoments(), new ExactMoments()};
  /** Per touchpoint id of the first damaging moment: {damaged, recovered}. */
  private final Map<String, long[]> byTouchpoint = new TreeMap<>();
  /** Per staff id of the first damaging moment: {damaged, recovered}. */
  private final Map<String, long[]> byStaff = new TreeMap<>();

  RecoveryTally(Recovery analysis) {
    this.analysis = analysis;
  }

  /**
   * The analysis this tallies: its thresholds decide the outcomes, its model the scores.
   *
   * @return the analysis
   */
  public Recovery analysis() {
    return analysis;
  }

  /**
   * The number of episodes added so far.
   *
   * @return {@code >= 0}
   */
  public long episodeCount() {
    return episodes[RECOVERED] + episodes[UNRECOVERED] + episodes[NEVER_DAMAGED];
  }

  /**
   * Adds the outcome and journey score of every episode (see {@link Recovery} for the definitions).
   *
   * @param episodes the episodes of a set of customers, none added before, observed with a journey
   *     map (the journey scores need it)
   * @return this tally
   * @throws IllegalStateException if the episodes were observed without a journey map (nothing is
   *     added)
   * @throws NullPointerException if {@code episodes} is null
   */
  public RecoveryTally add(Episodes episodes) {
    Objects.requireNonNull(episodes, "episodes");
    double[] score = episodes.scores(analysis.model());
    EpisodeColumns columns = EpisodeColumns.of(episodes);
    EncounterLog log = episodes.log();
    long[] damagedAt = new long[log.touchpoints().size()];
    long[] recoveredAt = new long[damagedAt.length];
    long[] damagedBy = new long[log.staff().size()];
    long[] recoveredBy = new long[damagedBy.length];
    int damage = analysis.damageThreshold();
    int recovery = analysis.recoveryThreshold();
    for (int e = 0, n = columns.size(); e < n; e++) {
      int first = -1;
      boolean recovered = false;
      for (int p = columns.start(e), end = columns.end(e); p < end && !recovered; p++) {
        if (!columns.scored(p)) {
          continue;
        }
        if (first < 0) {
          if (columns.level[p] <= damage) {
            first = p;
          }
        } else if (columns.level[p] >= recovery) {
          recovered = true;
        }
      }
      int outcome = first < 0 ? NEVER_DAMAGED : recovered ? RECOVERED : UNRECOVERED;
      if (first >= 0) {
        int r = recovered ? 1 : 0;
        damagedAt[columns.touchpoint[first]]++;
        recoveredAt[columns.touchpoint[first]] += r;
        int staff = columns.staff(first);
        if (staff >= 0) {
          damagedBy[staff]++;
          recoveredBy[staff] += r;
        }
      }
      this.episodes[outcome]++;
      if (!Double.isNaN(score[e])) {
        scores[outcome].add("journey score", score[e]);
      }
    }
    fold(byTouchpoint, log.touchpoints(), damagedAt, recoveredAt);
    fold(byStaff, log.staff(), damagedBy, recoveredBy);
    return this;
  }

  private static void fold(Map<String, long[]> into, List<String> ids, long[] damaged, long[] recovered) {
    for (int i = 0; i < damaged.length; i++) {
      if (damaged[i] > 0) {
        add(into, ids.get(i), damaged[i], recovered[i]);
      }
    }
  }

  private static void add(Map<String, long[]> into, String id, long damaged, long recovered) {
    long[] c = into.computeIfAbsent(id, x -> new long[2]);
    c[0] = Math.addExact(c[0], damaged);
    c[1] = Math.addExact(c[1], recovered);
  }

  /**
   * Adds another tally of the same analysis; {@code other} is unchanged.
   *
   * @param other the tally of other customers
   * @return this tally
   * @throws IllegalArgumentException if {@code other} tallies another analysis (other thresholds or
   *     model)
   * @throws ArithmeticException if a count or sum overflows
   * @throws NullPointerException if {@code other} is null
   */
  public RecoveryTally merge(RecoveryTally other) {
    if (!other.analysis.equals(analysis)) {
      throw new IllegalArgumentException("merged recovery tallies must be of the same analysis but were of " + analysis
          + " and " + other.analysis);
    }
    for (int o = 0; o < OUTCOMES.length; o++) {
      episodes[o] = Math.addExact(episodes[o], other.episodes[o]);
      scores[o].merge(other.scores[o]);
    }
    other.byTouchpoint.forEach((id, c) -> add(byTouchpoint, id, c[0], c[1]));
    other.byStaff.forEach((id, c) -> add(byStaff, id, c[0], c[1]));
    return this;
  }

  /**
   * The report of the episodes added so far: what {@link Recovery#analyze} gives on all of them.
   *
   * @return an immutable report
   */
  public RecoveryReport report() {
    List<RecoveryReport.ScoreGroup> groups = new java.util.ArrayList<>();
    for (RecoveryReport.Outcome o : OUTCOMES) {
      groups.add(JourneyResults.RecoveryResult.scoreGroup(o, episodes[o.ordinal()], scores[o.ordinal()]));
    }
    MeanComparison vsNever = MeanComparison.of(scores[RECOVERED], scores[NEVER_DAMAGED],
        MeanComparison.DEFAULT_CONFIDENCE);
    MeanComparison vsUnrecovered = MeanComparison.of(scores[RECOVERED], scores[UNRECOVERED],
        MeanComparison.DEFAULT_CONFIDENCE);
    return JourneyResults.RecoveryResult.of(analysis, episodeCount(), JourneyResults.RecoveryResult.shares(byTouchpoint),
        JourneyResults.RecoveryResult.shares(byStaff), groups, vsNever, vsUnrecovered);
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 9, format version 1; the damage and
   * recovery thresholds (signed) and the model's name (text); per outcome (recovered, unrecovered,
   * never damaged) its episodes (count) and the exact moments of its scores (the number scored, the
   * exact sum, the sum of squares as limbs); the shares by touchpoint and by staff member, each as
   * the number of entries then per entry in order of its id the id, the damaged and recovered
   * episodes (counts); a CRC-32C (docs/byte-form.md). Equal tallies give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.RECOVERY_TALLY, out -> {
      out.signed(analysis.damageThreshold()).signed(analysis.recoveryThreshold()).text(analysis.model().name());
      for (int o = 0; o < OUTCOMES.length; o++) {
        out.count(episodes[o]);
        scores[o].write(out);
      }
      KeyedBytes.write(out, byTouchpoint, KeyCodec.text(), KeyedBytes::writePair);
      KeyedBytes.write(out, byStaff, KeyCodec.text(), KeyedBytes::writePair);
    });
  }

  private static long[] readShare(ByteForm.Reader in) {
    return KeyedBytes.readPart(in, "a damaged count",
        "only touchpoints and staff members of a damaged episode are written", "a recovered count", "damaged count");
  }

  /**
   * Reads a tally of {@code analysis} written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept
   * @param analysis the analysis whose thresholds and model the bytes must have
   * @return a new tally with exactly the state written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of a
   *     recovery tally (another program's or accumulator's bytes, a newer format version, bytes
   *     changed or cut), were tallied with other thresholds or another model, or hold a state no
   *     tally reaches (more scored episodes than episodes, sums of scores outside [-3, +3] per
   *     score, a sum of squares the sum does not allow, a share of 0 damaged episodes or more
   *     recovered than damaged, ids out of order, shares that do not add up to the outcomes)
   * @throws NullPointerException if an argument is null
   */
  public static RecoveryTally fromBytes(byte[] bytes, Recovery analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return ByteForm.read(bytes, ByteForm.Kind.RECOVERY_TALLY, in -> {
      KeyedBytes.expectSigned(in, "the damage threshold", analysis.damageThreshold());
      KeyedBytes.expectSigned(in, "the recovery threshold", analysis.recoveryThreshold());
      String model = in.text("the model");
      if (!model.equals(analysis.model().name())) {
        throw in.invalid("the model", "the analysis's " + analysis.model().name(), model);
      }
      RecoveryTally t = new RecoveryTally(analysis);
      for (RecoveryReport.Outcome o : OUTCOMES) {
        String label = o.label();
        t.episodes[o.ordinal()] = in.count("the " + label + " episodes");
        t.scores[o.ordinal()].read(in, "scores of " + label + " episodes", t.episodes[o.ordinal()], SCORE_BOUND);
      }
      KeyedBytes.read(in, "touchpoint", KeyCodec.text(), t.byTouchpoint, RecoveryTally::readShare);
      KeyedBytes.read(in, "staff member", KeyCodec.text(), t.byStaff, RecoveryTally::readShare);
      if (sums(t.episodes) == Long.MAX_VALUE) {
        throw in.malformed("the outcomes' episodes add up to more than " + (Long.MAX_VALUE - 1));
      }
      long damaged = t.episodes[RECOVERED] + t.episodes[UNRECOVERED];
      long[] atTouchpoints = sums(t.byTouchpoint);
      if (atTouchpoints[0] != damaged || atTouchpoints[1] != t.episodes[RECOVERED]) {
        throw in.malformed("the touchpoints' shares hold " + atTouchpoints[0] + " damaged and " + atTouchpoints[1]
            + " recovered episodes but the outcomes " + damaged + " and " + t.episodes[RECOVERED]);
      }
      long[] byStaff = sums(t.byStaff);
      if (byStaff[1] > t.episodes[RECOVERED] || byStaff[0] - byStaff[1] > t.episodes[UNRECOVERED]) {
        throw in.malformed("the staff members' shares hold " + byStaff[0] + " damaged and " + byStaff[1]
            + " recovered episodes, more than the outcomes " + damaged + " and " + t.episodes[RECOVERED]);
      }
      return t;
    });
  }

  /** The damaged and recovered episodes of all shares, saturating at {@code Long.MAX_VALUE}. */
  private static long[] sums(Map<String, long[]> shares) {
    long damaged = 0;
    long recovered = 0;
    for (long[] c : shares.values()) {
      damaged = saturatedAdd(damaged, c[0]);
      recovered = saturatedAdd(recovered, c[1]);
    }
    return new long[] {damaged, recovered};
  }

  /** The sum of counts, saturating at {@code Long.MAX_VALUE}. */
  private static long sums(long[] counts) {
    long sum = 0;
    for (long c : counts) {
      sum = saturatedAdd(sum, c);
    }
    return sum;
  }

  private static long saturatedAdd(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  /** For example {@code "RecoveryTally[Recovery[damage<=-2, recovery>=1, model=MEAN], 1204 episodes]"}. */
  @Override
  public String toString() {
    return "RecoveryTally[" + analysis + ", " + episodeCount() + " episodes]";
  }
}
