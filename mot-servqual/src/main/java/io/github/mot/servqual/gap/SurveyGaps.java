package io.github.mot.servqual.gap;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SERVQUAL gap analysis of a survey spread over machines: the {@link GapAnalysis} (its
 * missing-data policy and confidence level) with the {@link Instrument} of every shard. It is what
 * an engine ships to its workers: {@link #toBytes()} describes it completely in the library's byte
 * form (docs/byte-form.md, kind 15), a worker reads it back with {@link #fromBytes(byte[])} and
 * tallies its shard of respondents with {@link #tally(SurveyData)}; the {@link GapTally}s merge
 * into the report that {@link GapAnalysis#analyze(SurveyData)} gives on the whole survey.
 *
 * <pre>{@code
 * SurveyGaps gaps = SurveyGaps.of(GapAnalysis.withDefaults(), Instrument.standard());
 * byte[] shipped = gaps.toBytes();                                   // to the workers
 * GapTally north = SurveyGaps.fromBytes(shipped).tally(northShard);
 * GapReport all = north.merge(gaps.tally(southShard)).report();
 * }</pre>
 *
 * <p>The analysis' parallelism is not part of the settings: a worker reads it back with the
 * default (one thread per core); it changes no figure. Instances are immutable and thread-safe;
 * equal when their byte forms are (the same policy, confidence level and instrument: name, scale,
 * items with their labels, dimensions and reverse coding).
 *
 * @since 0.4.0
 */
public final class SurveyGaps {

  private final GapAnalysis analysis;
  private final Instrument instrument;

  /**
   * The gap analysis of surveys of this instrument.
   *
   * @param analysis the analysis: its missing-data policy and confidence level
   * @param instrument the instrument of every shard
   * @return the settings
   * @throws IllegalArgumentException if the instrument's exact score sums would overflow (see
   *     {@link GapTally})
   * @throws NullPointerException if an argument is null
   */
  public static SurveyGaps of(GapAnalysis analysis, Instrument instrument) {
    Objects.requireNonNull(analysis, "analysis").tally(Objects.requireNonNull(instrument, "instrument"));
    return new SurveyGaps(analysis, instrument);
  }

  /**
   * An empty tally: {@code analysis().tally(instrument())}.
   *
   * @return a new tally
   */
  public GapTally tally() {
    return analysis.tally(instrument);
  }

  /**
   * The tally of a shard of respondents: {@code tally().add(shard)}.
   *
   * @param shard survey data of the instrument with expectation and perception columns
   * @return a new tally
   * @throws IllegalArgumentException as {@link GapTally#add(SurveyData)} throws it
   * @throws NullPointerException if {@code shard} is null
   */
  public GapTally tally(SurveyData shard) {
    return tally().add(shard);
  }

  /**
   * Reads a tally of these settings written by {@link GapTally#toBytes()}: {@code
   * GapTally.fromBytes(bytes, analysis(), instrument())}.
   *
   * @param bytes the byte form; not kept
   * @return a new tally
   * @throws io.github.mot.core.io.MalformedBytesException as {@link GapTally#fromBytes} throws it
   * @throws NullPointerException if {@code bytes} is null
   */
  public GapTally readTally(byte[] bytes) {
    return GapTally.fromBytes(bytes, analysis, instrument);
  }

  /**
   * The analysis: its missing-data policy and confidence level (its parallelism is not part of the
   * settings).
   *
   * @return the analysis
   */
  public GapAnalysis analysis() {
    return analysis;
  }

  /**
   * The instrument of every shard.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  private SurveyGaps(GapAnalysis analysis, Instrument instrument) {
    this.analysis = analysis;
    this.instrument = instrument;
  }

  /**
   * The settings in the library's byte form: {@code MOT}, kind 15, format version 1; the instrument
   * as a gap tally writes it (name, the scale's minimum and maximum, the items with their labels,
   * dimensions and reverse coding), the missing-data policy's name (text) and the confidence level
   * (real); a CRC-32C (docs/byte-form.md). Equal settings give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.SURVEY_GAPS, out -> {
      GapTally.writeInstrument(out, instrument);
      out.text(analysis.missingPolicy().name()).real(analysis.confidenceLevel());
    });
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the byte form; not kept
   * @return the settings, equal to those written
   * @throws io.github.mot.core.io.MalformedBytesException if the bytes are not the byte form of
   *     survey gaps (another program's or kind's bytes, a newer format version, bytes changed or
   *     cut), hold an instrument, policy or confidence level that the factories refuse, or are not
   *     the canonical form of what they hold
   * @throws NullPointerException if {@code bytes} is null
   */
  public static SurveyGaps fromBytes(byte[] bytes) {
    SurveyGaps read = ByteForm.read(bytes, ByteForm.Kind.SURVEY_GAPS, in -> {
      GapTally.InstrumentParts parts = GapTally.InstrumentParts.read(in);
      String policy = in.text("the missing-data policy");
      MissingPolicy missing = Arrays.stream(MissingPolicy.values()).filter(p -> p.name().equals(policy)).findFirst()
          .orElseThrow(() -> in.invalid("the missing-data policy", "one of " + Arrays.toString(MissingPolicy.values()),
              policy));
      double level = in.real("the confidence level");
      try {
        return of(GapAnalysis.withDefaults().withMissing(missing).withConfidenceLevel(level), parts.instrument());
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw in.malformed("they hold settings that are refused: " + e.getMessage());
      }
    });
    if (!Arrays.equals(read.toBytes(), bytes)) {
      throw new ByteForm.Reader(bytes, ByteForm.Kind.SURVEY_GAPS).malformed(
          "they are not in the canonical form of what they hold: each field as the settings write it");
    }
    return read;
  }

  /** Equal when the byte forms are: the same instrument, policy and confidence level. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SurveyGaps other && Arrays.equals(toBytes(), other.toBytes());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toBytes());
  }

  /** For example {@code "SurveyGaps[SERVQUAL 22, LISTWISE, 0.95]"}. */
  @Override
  public String toString() {
    return "SurveyGaps[" + instrument.name() + ", " + analysis.missingPolicy() + ", " + analysis.confidenceLevel() + "]";
  }
}
