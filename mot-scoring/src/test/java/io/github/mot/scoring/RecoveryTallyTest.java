package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.Encounter;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.log.EncounterLog;
import java.math.BigInteger;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link RecoveryTally}: merging shards of the {@link HandEpisodes}, the byte form and its refusals. */
class RecoveryTallyTest {

  private static final Recovery RECOVERY = Recovery.withDefaults();

  /** The hand episodes of some customers only. */
  static Episodes episodesOf(Set<String> customers) {
    EncounterLog all = HandEpisodes.log();
    EncounterLog.Builder b = EncounterLog.builder();
    for (int row = 0; row < all.size(); row++) {
      Encounter e = all.encounter(row);
      if (customers.contains(e.customerId())) {
        b.add(e, all.attributes(row));
      }
    }
    return ObservedJourneys.withDefaults().withJourney(Fixtures.COUNTER).observe(b.build());
  }

  @Test
  void shardsOfCustomersMergeIntoTheWholeAlsoAsBytes() {
    RecoveryTally first = RECOVERY.tally().add(episodesOf(Set.of("c1", "c2")));
    RecoveryTally second = RECOVERY.tally().add(episodesOf(Set.of("c3", "c4", "c5")));
    RecoveryReport whole = RECOVERY.analyze(HandEpisodes.episodes());
    assertThat(first.episodeCount()).isEqualTo(3); // A, F, B
    RecoveryTally merged = RecoveryTally.fromBytes(second.toBytes(), RECOVERY).merge(first);
    assertThat(merged.report()).isEqualTo(whole);
    assertThat(Format.JSON.render(merged.report())).isEqualTo(Format.JSON.render(whole));
    assertThat(merged.toBytes()).isEqualTo(RECOVERY.tally().add(HandEpisodes.episodes()).toBytes());
    // merge then write = write, read and merge
    RecoveryTally viaBytes = RecoveryTally.fromBytes(first.toBytes(), RECOVERY)
        .merge(RecoveryTally.fromBytes(second.toBytes(), RECOVERY));
    assertThat(viaBytes.toBytes()).isEqualTo(merged.toBytes());
    assertThat(merged).hasToString("RecoveryTally[Recovery[damage<=-2, recovery>=1, model=MEAN], 6 episodes]");
    assertThat(merged.analysis()).isSameAs(RECOVERY);
    // an empty tally reads back empty and reports no episode
    RecoveryTally empty = RecoveryTally.fromBytes(RECOVERY.tally().toBytes(), RECOVERY);
    assertThat(empty.report().episodeCount()).isZero();
    assertThat(empty.report().total().damaged()).isZero();
  }

  @Test
  void roundTripsAreTheIdentity() {
    byte[] bytes = RECOVERY.tally().add(HandEpisodes.episodes()).toBytes();
    RecoveryTally back = RecoveryTally.fromBytes(bytes, RECOVERY);
    assertThat(back.toBytes()).isEqualTo(bytes);
    assertThat(back.report()).isEqualTo(RECOVERY.analyze(HandEpisodes.episodes()));
  }

  @Test
  void talliesOfAnotherAnalysisAreRefused() {
    RecoveryTally tally = RECOVERY.tally().add(HandEpisodes.episodes());
    Recovery peakEnd = RECOVERY.withModel(JourneyModel.PEAK_END);
    assertThatThrownBy(() -> peakEnd.tally().merge(tally)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merged recovery tallies must be of the same analysis but were of " + peakEnd + " and " + RECOVERY);
    assertThatThrownBy(() -> RecoveryTally.fromBytes(tally.toBytes(), peakEnd)).isInstanceOf(MalformedBytesException.class)
        .hasMessage("recovery tally bytes: the model at byte 7 must be the analysis's PEAK_END but was 'MEAN'");
    assertThatThrownBy(() -> RecoveryTally.fromBytes(tally.toBytes(), RECOVERY.withDamageThreshold(-3)))
        .hasMessage("recovery tally bytes: the damage threshold at byte 5 must be the analysis's -3 but was -2");
    assertThatThrownBy(() -> RecoveryTally.fromBytes(tally.toBytes(), RECOVERY.withRecoveryThreshold(2)))
        .hasMessage("recovery tally bytes: the recovery threshold at byte 6 must be the analysis's 2 but was 1");
    assertThatThrownBy(() -> PrecursorTally.fromBytes(tally.toBytes(), Precursors.withDefaults()))
        .hasMessage("precursor tally bytes: they hold a recovery tally, not a precursor tally");
  }

  @Test
  void everyChangedByteIsRefused() {
    byte[] bytes = RECOVERY.tally().add(HandEpisodes.episodes()).toBytes();
    ByteFormTest.everyChangedByteIsRefused(bytes, changed -> RecoveryTally.fromBytes(changed, RECOVERY));
  }

  /** One outcome: its episodes, then n scores all equal to {@code score} (an integer). */
  private static void outcome(ByteForm.Writer out, long episodes, long n, long score) {
    out.count(episodes).count(n).signed(n * score).count(0);
    limbs(out, BigInteger.valueOf(n * score * score).shiftLeft(104));
  }

  private static void limbs(ByteForm.Writer out, BigInteger q) {
    int limbs = (q.bitLength() + 62) / 63;
    out.count(limbs);
    for (int i = 0; i < limbs; i++) {
      out.count(q.shiftRight(63 * i).and(BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE)).longValueExact());
    }
  }

  /** A tally's bytes: one recovered episode (score 1) and one never damaged (score 2), damaged at {@code touchpoint}. */
  private static ByteForm.Writer start() {
    ByteForm.Writer out = new ByteForm.Writer(ByteForm.Kind.RECOVERY_TALLY).signed(-2).signed(1).text("MEAN");
    outcome(out, 1, 1, 1);
    outcome(out, 0, 0, 0);
    outcome(out, 1, 1, 2);
    return out;
  }

  @Test
  void readsAHandWrittenTallyAndRefusesImpossibleStates() {
    byte[] good = start().count(1).text("greet").count(1).count(1).count(1).text("s1").count(1).count(1).finish();
    RecoveryReport report = RecoveryTally.fromBytes(good, RECOVERY).report();
    assertThat(report.total().recovered()).isEqualTo(1);
    assertThat(report.scores(RecoveryReport.Outcome.NEVER_DAMAGED).mean()).isEqualTo(2.0);
    assertThat(RecoveryTally.fromBytes(good, RECOVERY).toBytes()).isEqualTo(good);

    assertThatThrownBy(() -> RecoveryTally.fromBytes(
        start().count(1).text("greet").count(1).count(2).count(0).finish(), RECOVERY))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("recovery tally bytes: a recovered count at byte ")
        .hasMessageEndingWith(" must be at most its damaged count 1 but was 2");
    assertThatThrownBy(() -> RecoveryTally.fromBytes(
        start().count(1).text("greet").count(0).count(0).count(0).finish(), RECOVERY))
        .hasMessageContaining("a damaged count at byte ").hasMessageContaining(" must be >= 1");
    assertThatThrownBy(() -> RecoveryTally.fromBytes(start().count(0).count(0).finish(), RECOVERY))
        .hasMessage("recovery tally bytes: the touchpoints' shares hold 0 damaged and 0 recovered episodes but the"
            + " outcomes 1 and 1");
    assertThatThrownBy(() -> RecoveryTally.fromBytes(
        start().count(1).text("greet").count(1).count(1).count(2).text("s1").count(1).count(1).text("s2").count(1)
            .count(0).finish(), RECOVERY))
        .hasMessage("recovery tally bytes: the staff members' shares hold 2 damaged and 1 recovered episodes, more"
            + " than the outcomes 1 and 1");
    assertThatThrownBy(() -> RecoveryTally.fromBytes(
        start().count(2).text("pay").count(1).count(1).text("greet").count(1).count(0).count(0).finish(), RECOVERY))
        .hasMessageContaining("the key of touchpoint 2").hasMessageContaining("must be after 'pay'");
    // more scored episodes than episodes
    ByteForm.Writer moreScored = new ByteForm.Writer(ByteForm.Kind.RECOVERY_TALLY).signed(-2).signed(1).text("MEAN");
    outcome(moreScored, 1, 2, 1);
    assertThatThrownBy(() -> RecoveryTally.fromBytes(moreScored.finish(), RECOVERY))
        .hasMessage("recovery tally bytes: the number of scores of recovered episodes at byte 13 must be at most 1"
            + " but was 2");
    // a score of 4: the sum of one score is outside [-3, 3]
    ByteForm.Writer tooHigh = new ByteForm.Writer(ByteForm.Kind.RECOVERY_TALLY).signed(-2).signed(1).text("MEAN");
    outcome(tooHigh, 1, 1, 4);
    assertThatThrownBy(() -> RecoveryTally.fromBytes(tooHigh.finish(), RECOVERY))
        .hasMessage("recovery tally bytes: the sum of scores of recovered episodes at byte 14 must be a sum of 1"
            + " values in [-3, 3] but was 4.0");
    // two scores of sum 2 and sum of squares 1: below S^2 / n
    ByteForm.Writer squares = new ByteForm.Writer(ByteForm.Kind.RECOVERY_TALLY).signed(-2).signed(1).text("MEAN");
    squares.count(2).count(2).signed(2).count(0);
    limbs(squares, BigInteger.ONE.shiftLeft(104));
    assertThatThrownBy(() -> RecoveryTally.fromBytes(squares.finish(), RECOVERY))
        .hasMessageStartingWith("recovery tally bytes: the sum of squares of scores of recovered episodes at byte 16"
            + " must be between S^2 / n and n 3^2 for 2 values of sum 2.0 but was 1.0");
  }
}
