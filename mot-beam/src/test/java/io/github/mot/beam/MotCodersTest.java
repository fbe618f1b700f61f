package io.github.mot.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.scoring.AuditAccumulator;
import io.github.mot.scoring.AuditOverviewAccumulator;
import io.github.mot.scoring.AuditScore;
import io.github.mot.scoring.ComplianceScore;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.KeyCodec;
import io.github.mot.scoring.ScorecardAccumulator;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MotCodersTest {

  static Stream<Seed> seeds() {
    return Generated.seeds(50);
  }

  /** Encodes, decodes and checks that the tally's byte form is unchanged, alone and nested. */
  private static <A> void roundTrip(ByteFormCoder<A> coder, A tally) throws Exception {
    byte[] form = coder.toBytes(tally);
    A back = CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, tally));
    assertThat(coder.toBytes(back)).isEqualTo(form);
    KvCoder<A, A> pair = KvCoder.of(coder, coder);
    KV<A, A> twice = CoderUtils.decodeFromByteArray(pair, CoderUtils.encodeToByteArray(pair, KV.of(tally, tally)));
    assertThat(coder.toBytes(twice.getKey())).isEqualTo(form);
    assertThat(coder.toBytes(twice.getValue())).isEqualTo(form);
    coder.verifyDeterministic();
    CoderProperties.coderSerializable(coder);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyTallyComesBackWithTheSameBytes(Seed seed) throws Exception {
    SplittableRandom r = seed.random();
    ScorecardAccumulator card = ScorecardAccumulator.create();
    GroupedScorecardAccumulator<String> grouped = GroupedScorecardAccumulator.create("staff");
    GroupedScorecardAccumulator<LocalDate> byDay = GroupedScorecardAccumulator.create("day");
    FirstImpressionAccumulator first = FirstImpressionScorer.of(CoreGenerators.abcWeights(r)).accumulator(Generated.SCALE);
    AuditAccumulator audits = AuditAccumulator.create();
    AuditOverviewAccumulator overview = AuditOverviewAccumulator.create();
    for (int i = 0, n = r.nextInt(0, 30); i < n; i++) {
      ScorecardLevel l = CoreGenerators.scorecardLevel(r);
      card.add(l);
      grouped.add("s" + r.nextInt(5), l);
      byDay.add(LocalDate.of(2026, 12, 1 + r.nextInt(7)), l);
      first.add(CoreGenerators.abcRatings(r, Generated.SCALE));
    }
    SupervisionChecklist checklist = CoreGenerators.supervisionChecklist(r);
    for (int i = 0, n = r.nextInt(0, 6); i < n; i++) {
      audits.add(AuditScore.of(ScoringGenerators.audit(r, checklist, "a" + i)));
      overview.add(ScoringGenerators.audit(r, checklist, "b" + i));
    }
    roundTrip(MotCoders.scorecard(), card);
    roundTrip(MotCoders.groupedScorecard(), grouped);
    roundTrip(MotCoders.groupedScorecard("day", () -> KeyCodec.of(LocalDate::toString, LocalDate::parse)), byDay);
    roundTrip(MotCoders.firstImpression(), first);
    roundTrip(MotCoders.audit(), audits);
    roundTrip(MotCoders.auditOverview(), overview);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void encountersComeBackEqual(Seed seed) throws Exception {
    SplittableRandom r = seed.random();
    Encounter e = CoreGenerators.encounter(r);
    CoderProperties.coderDecodeEncodeEqual(MotCoders.encounter(), e);
    CoderProperties.coderDeterministic(MotCoders.encounter(), e, CoderUtils.clone(MotCoders.encounter(), e));
    AbcRatings ratings = CoreGenerators.abcRatings(r);
    CoderProperties.coderDecodeEncodeEqual(MotCoders.abcRatings(), ratings);
    CoderProperties.coderDecodeEncodeEqual(MotCoders.scorecardLevel(), CoreGenerators.scorecardLevel(r));
    CoderProperties.coderDecodeEncodeEqual(MotCoders.rejection(), Rejection.of(e.toString(), "a reason"));
    AuditScore audit = AuditScore.of(ScoringGenerators.audit(r, CoreGenerators.supervisionChecklist(r), "a"));
    CoderProperties.coderDecodeEncodeEqual(MotCoders.complianceScore(), audit.overall());
    for (ComplianceScore part : audit.byStep().values()) {
      CoderProperties.coderDecodeEncodeEqual(MotCoders.complianceScore(), part);
    }
  }

  @Test
  void aComplianceScoreThatCannotBeIsACoderException() throws Exception {
    byte[] wire = CoderUtils.encodeToByteArray(MotCoders.complianceScore(),
        ComplianceScore.of(3, 1, 0, 3.0, 4.0, List.of("greet")));
    byte[] swapped = wire.clone();
    swapped[0] = 0; // no item passed, yet a passed weight of 3
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(MotCoders.complianceScore(), swapped))
        .isInstanceOf(CoderException.class)
        .hasMessage("passed weight must be 0 when no item passed but was 3.0");
    byte[] critical = wire.clone();
    critical[1] = 0; // a failed critical item without a failed item
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(MotCoders.complianceScore(), critical))
        .isInstanceOf(CoderException.class)
        .hasMessageContaining("failed critical items must be in [0, 0] but were 1");
  }

  @Test
  void aCorruptByteStringIsACoderExceptionThatSaysWhy() throws Exception {
    byte[] wire = CoderUtils.encodeToByteArray(MotCoders.scorecard(), ScorecardAccumulator.create().add(3));
    wire[wire.length - 1] ^= 1; // the CRC's last byte
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(MotCoders.scorecard(), wire))
        .isInstanceOf(CoderException.class)
        .hasMessageContaining("not a scorecard accumulator")
        .hasCauseInstanceOf(MalformedBytesException.class);
    byte[] other = CoderUtils.encodeToByteArray(MotCoders.audit(), AuditAccumulator.create());
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(MotCoders.scorecard(), other))
        .isInstanceOf(CoderException.class)
        .hasMessageContaining("audit");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullIsRefusedByEveryCoder() {
    assertThatThrownBy(() -> CoderUtils.encodeToByteArray(MotCoders.scorecard(), null))
        .isInstanceOf(CoderException.class).hasMessageContaining("null scorecard");
    assertThatThrownBy(() -> CoderUtils.encodeToByteArray(MotCoders.encounter(), null))
        .isInstanceOf(CoderException.class).hasMessageContaining("null encounter");
  }

  @Test
  void beamInfersTheCodersFromTheRegistrar() throws Exception {
    CoderRegistry registry = CoderRegistry.createDefault();
    assertThat(registry.getCoder(Encounter.class)).isEqualTo(MotCoders.encounter());
    assertThat(registry.getCoder(ScorecardAccumulator.class)).isEqualTo(MotCoders.scorecard());
    assertThat(registry.getCoder(FirstImpressionAccumulator.class)).isEqualTo(MotCoders.firstImpression());
    assertThat(registry.getCoder(new TypeDescriptor<GroupedScorecardAccumulator<String>>() {}))
        .isEqualTo(MotCoders.groupedScorecard());
    assertThat(registry.getCoder(Rejection.class)).isEqualTo(MotCoders.rejection());
    assertThat(registry.getCoder(ComplianceScore.class)).isEqualTo(MotCoders.complianceScore());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void coderFactoriesCheckTheirArguments() {
    assertThatThrownBy(() -> ByteFormCoder.of(" ", ScorecardAccumulator::toBytes, ScorecardAccumulator::fromBytes))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name").hasMessageContaining("blank");
    assertThatThrownBy(() -> ByteFormCoder.of("x", null, ScorecardAccumulator::fromBytes))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("write");
    assertThat(MotCoders.scorecard()).isEqualTo(MotCoders.scorecard()).isNotEqualTo(MotCoders.audit());
    assertThat(MotCoders.scorecard().toString()).isEqualTo("ByteFormCoder(scorecard)");
    assertThatThrownBy(() -> Rejection.of("r", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("reason");
  }
}
