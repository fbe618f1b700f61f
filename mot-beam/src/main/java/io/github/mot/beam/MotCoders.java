package io.github.mot.beam;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.AuditAccumulator;
import io.github.mot.scoring.AuditOverviewAccumulator;
import io.github.mot.scoring.ComplianceScore;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FunnelTally;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.JourneyTallies;
import io.github.mot.scoring.KeyCodec;
import io.github.mot.scoring.ScorecardAccumulator;
import io.github.mot.servqual.gap.GapTally;
import io.github.mot.servqual.gap.SurveyGaps;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * The Beam coders of the library's accumulators and input values.
 *
 * <p>The accumulators' coders are {@link ByteFormCoder}s: they carry the library's byte form
 * ({@code toBytes()}/{@code fromBytes(byte[])}, {@code docs/byte-form.md}) and add no format of
 * their own; they are deterministic, since the byte form is canonical. The values that have no byte
 * form (encounters, ABC ratings, scorecard levels, {@link Rejection}s) are written field by field
 * with Beam's standard coders, deterministically too.
 *
 * <p>Beam finds the coders of the types without a type parameter by itself ({@link
 * MotCoderProviderRegistrar}, a service on the class path): a {@code PCollection<Encounter>} needs
 * no {@code setCoder}. Grouped scorecard tallies need their key codec: use {@link
 * #groupedScorecard()} for text keys or {@link #groupedScorecard(String, KeyCodecFactory)}.
 *
 * <p>Every coder is immutable, thread-safe and serializable. Static methods only.
 *
 * @since 0.4.0
 */
public final class MotCoders {

  private MotCoders() {}

  /**
   * The key codec of a grouped tally, made where the coder runs: a {@link KeyCodec} need not be
   * serializable, this factory must be (a lambda or a method reference is).
   *
   * @param <K> the key type
   * @since 0.4.0
   */
  @FunctionalInterface
  public interface KeyCodecFactory<K> extends java.io.Serializable {
    /**
     * The codec.
     *
     * @return the key codec, for example {@code KeyCodec.of(LocalDate::toString, LocalDate::parse)}
     */
    KeyCodec<K> codec();
  }

  /**
   * The coder of scorecard tallies: the byte form of kind 1, 16 to 79 bytes.
   *
   * @return the coder
   */
  public static ByteFormCoder<ScorecardAccumulator> scorecard() {
    return ByteFormCoder.of("scorecard", ScorecardAccumulator::toBytes, ScorecardAccumulator::fromBytes);
  }

  /**
   * The coder of grouped scorecard tallies with text keys (touchpoint, stage, channel, staff or
   * customer ids), in their natural order: the byte form of kind 2 with {@link KeyCodec#text()}.
   *
   * @return the coder
   */
  public static ByteFormCoder<GroupedScorecardAccumulator<String>> groupedScorecard() {
    return ByteFormCoder.of(
        "grouped scorecard (text keys)",
        acc -> acc.toBytes(KeyCodec.text()),
        bytes -> GroupedScorecardAccumulator.fromBytes(bytes, KeyCodec.text()));
  }

  /**
   * The coder of grouped scorecard tallies with keys of another type, in their natural order.
   *
   * @param <K> the key type
   * @param name the codec's name, which makes the coder equal to others of the same name (for
   *     example {@code "day"})
   * @param codec makes the key codec where the coder runs
   * @return the coder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static <K extends Comparable<? super K>> ByteFormCoder<GroupedScorecardAccumulator<K>>
      groupedScorecard(String name, KeyCodecFactory<K> codec) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(codec, "codec");
    return ByteFormCoder.of(
        "grouped scorecard (" + name + " keys)",
        acc -> acc.toBytes(codec.codec()),
        bytes -> GroupedScorecardAccumulator.fromBytes(bytes, codec.codec()));
  }

  /**
   * The coder of first-impression tallies: the byte form of kind 3 (weights and scale included).
   *
   * @return the coder
   */
  public static ByteFormCoder<FirstImpressionAccumulator> firstImpression() {
    return ByteFormCoder.of(
        "first impression", FirstImpressionAccumulator::toBytes, FirstImpressionAccumulator::fromBytes);
  }

  /**
   * The coder of audit tallies: the byte form of kind 4.
   *
   * @return the coder
   */
  public static ByteFormCoder<AuditAccumulator> audit() {
    return ByteFormCoder.of("audit", AuditAccumulator::toBytes, AuditAccumulator::fromBytes);
  }

  /**
   * The coder of audit overview tallies: the byte form of kind 5.
   *
   * @return the coder
   */
  public static ByteFormCoder<AuditOverviewAccumulator> auditOverview() {
    return ByteFormCoder.of(
        "audit overview", AuditOverviewAccumulator::toBytes, AuditOverviewAccumulator::fromBytes);
  }

  /**
   * The coder of the tallies of a funnel: the byte form of kind 6, read against the funnel. The
   * coder holds the funnel as its byte form ({@link EncounterFunnel#toBytes()}, kind 12), so it
   * travels to the workers with the coder.
   *
   * @param funnel the funnel over encounters whose tallies are coded
   * @return the coder, equal to the coders of equal funnels (its name holds the CRC-32C of the
   *     funnel's bytes)
   * @throws NullPointerException if {@code funnel} is null
   */
  public static ByteFormCoder<FunnelTally> funnelTally(EncounterFunnel funnel) {
    byte[] settings = Objects.requireNonNull(funnel, "funnel").toBytes();
    return ByteFormCoder.of(
        "funnel tally (funnel " + HexFormat.of().formatHex(settings, settings.length - 4, settings.length) + ")",
        FunnelTally::toBytes,
        readAgainst(settings, EncounterFunnel::fromBytes, (bytes, f) -> FunnelTally.fromBytes(bytes, f.funnel())));
  }

  /**
   * The coder of the tallies of every journey analysis: the byte form of kind 14, read against the
   * settings. The coder holds the settings as their byte form ({@link EncounterJourneys#toBytes()},
   * kind 13), so they travel to the workers with the coder.
   *
   * @param journeys the settings whose tallies are coded
   * @return the coder, equal to the coders of equal settings (its name holds the CRC-32C of the
   *     settings' bytes)
   * @throws NullPointerException if {@code journeys} is null
   * @since 0.4.0
   */
  public static ByteFormCoder<JourneyTallies> journeyTallies(EncounterJourneys journeys) {
    byte[] settings = Objects.requireNonNull(journeys, "journeys").toBytes();
    return ByteFormCoder.of(
        "journey tallies (settings " + HexFormat.of().formatHex(settings, settings.length - 4, settings.length) + ")",
        JourneyTallies::toBytes,
        readAgainst(settings, EncounterJourneys::fromBytes, (bytes, j) -> JourneyTallies.fromBytes(bytes, j)));
  }

  /**
   * The coder of the SERVQUAL gap tallies of a survey: the byte form of kind 8, read against the
   * settings' analysis and instrument. The coder holds the settings as their byte form ({@link
   * SurveyGaps#toBytes()}, kind 15), so they travel to the workers with the coder.
   *
   * @param gaps the gap analysis and instrument whose tallies are coded
   * @return the coder, equal to the coders of equal settings (its name holds the CRC-32C of the
   *     settings' bytes)
   * @throws NullPointerException if {@code gaps} is null
   * @since 0.4.0
   */
  public static ByteFormCoder<GapTally> gapTally(SurveyGaps gaps) {
    byte[] settings = Objects.requireNonNull(gaps, "gaps").toBytes();
    return ByteFormCoder.of(
        "gap tally (settings " + HexFormat.of().formatHex(settings, settings.length - 4, settings.length) + ")",
        GapTally::toBytes,
        readAgainst(settings, SurveyGaps::fromBytes, (bytes, g) -> g.readTally(bytes)));
  }

  /** Reads a tally against settings given as bytes, the settings read once per coder instance. */
  private static <S, A> SerializableFunction<byte[], A> readAgainst(byte[] settings,
      SerializableFunction<byte[], S> readSettings, SerializableBiFunction<byte[], S, A> readTally) {
    ParsedOnce<S> parsed = new ParsedOnce<>(settings, readSettings);
    return bytes -> readTally.apply(bytes, parsed.get());
  }

  /**
   * The coder of encounters: every field, optional ones behind a presence byte.
   *
   * @return the coder
   */
  public static Coder<Encounter> encounter() {
    return ValueCoders.EncounterCoder.INSTANCE;
  }

  /**
   * The coder of ABC ratings: the scale, then the three ratings as 8-byte reals.
   *
   * @return the coder
   */
  public static Coder<AbcRatings> abcRatings() {
    return ValueCoders.RatingsCoder.INSTANCE;
  }

  /**
   * The coder of compliance scores (an audit's figures, without its checklist): the item counts,
   * the two weights as 8-byte reals and the failed critical items; decoding checks the figures as
   * {@link ComplianceScore#of} does.
   *
   * @return the coder
   * @since 0.4.0
   */
  public static Coder<ComplianceScore> complianceScore() {
    return ValueCoders.ComplianceCoder.INSTANCE;
  }

  /**
   * The coder of scorecard levels: the value -3 to +3 as a varint.
   *
   * @return the coder
   */
  public static Coder<ScorecardLevel> scorecardLevel() {
    return ValueCoders.LevelCoder.INSTANCE;
  }

  /**
   * The coder of rejections: record and reason as UTF-8 text.
   *
   * @return the coder
   */
  public static Coder<Rejection> rejection() {
    return ValueCoders.RejectionCoder.INSTANCE;
  }
}
