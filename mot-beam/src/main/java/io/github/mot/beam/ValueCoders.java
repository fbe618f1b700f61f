package io.github.mot.beam;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.ComplianceScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.jspecify.annotations.Nullable;

/**
 * The coders of the library's input values, which have no byte form of their own: encounters,
 * ABC ratings, scorecard levels, and the rejections of the side outputs. Each writes its fields
 * with Beam's standard coders, in a fixed order, so each is deterministic. Package-private: users
 * get them from {@link MotCoders}.
 */
final class ValueCoders {

  private ValueCoders() {}

  private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
  private static final VarLongCoder LONG = VarLongCoder.of();
  private static final VarIntCoder INT = VarIntCoder.of();
  private static final DoubleCoder REAL = DoubleCoder.of();
  private static final ByteCoder BYTE = ByteCoder.of();

  private static <T> T notNull(@Nullable T value, String what) throws CoderException {
    if (value == null) {
      throw new CoderException("cannot encode a null " + what);
    }
    return value;
  }

  /**
   * A value made from decoded fields, the library's refusal of them (bytes no encoder wrote) as a
   * {@link CoderException} with its message.
   */
  private static <T> T valid(java.util.function.Supplier<T> make) throws CoderException {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw new CoderException(String.valueOf(e.getMessage()), e);
    }
  }

  /** A scorecard level as its value, -3 to +3. */
  static final class LevelCoder extends AtomicCoder<ScorecardLevel> {
    private static final long serialVersionUID = 1L;
    static final LevelCoder INSTANCE = new LevelCoder();

    @Override
    public void encode(ScorecardLevel value, OutputStream out) throws IOException {
      INT.encode(notNull(value, "scorecard level").value(), out);
    }

    @Override
    public ScorecardLevel decode(InputStream in) throws IOException {
      int v = INT.decode(in);
      return valid(() -> ScorecardLevel.of(v));
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** ABC ratings: the scale's minimum and maximum, then the three ratings. */
  static final class RatingsCoder extends AtomicCoder<AbcRatings> {
    private static final long serialVersionUID = 1L;
    static final RatingsCoder INSTANCE = new RatingsCoder();

    @Override
    public void encode(AbcRatings value, OutputStream out) throws IOException {
      notNull(value, "ABC ratings");
      INT.encode(value.scale().min(), out);
      INT.encode(value.scale().max(), out);
      REAL.encode(value.appearance(), out);
      REAL.encode(value.behaviour(), out);
      REAL.encode(value.communication(), out);
    }

    @Override
    public AbcRatings decode(InputStream in) throws IOException {
      int min = INT.decode(in);
      int max = INT.decode(in);
      double a = REAL.decode(in);
      double b = REAL.decode(in);
      double c = REAL.decode(in);
      return valid(() -> AbcRatings.of(RatingScale.of(min, max), a, b, c));
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /**
   * A compliance score (an audit's, or a part's): the three item counts and the number of failed
   * critical items as varints, the passed and applicable weights as 8-byte reals, then the failed
   * critical items' ids.
   */
  static final class ComplianceCoder extends AtomicCoder<ComplianceScore> {
    static final ComplianceCoder INSTANCE = new ComplianceCoder();
    private static final long serialVersionUID = 1L;

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }

    @Override
    public void encode(ComplianceScore value, OutputStream out) throws IOException {
      List<String> critical = notNull(value, "compliance score").criticalFailures();
      for (int count : new int[] {value.passed(), value.failed(), value.notApplicable(), critical.size()}) {
        INT.encode(count, out);
      }
      REAL.encode(value.passedWeight(), out);
      REAL.encode(value.applicableWeight(), out);
      for (String id : critical) {
        TEXT.encode(id, out);
      }
    }

    @Override
    public ComplianceScore decode(InputStream in) throws IOException {
      int[] counts = new int[4]; // passed, failed, not applicable, failed critical items
      for (int i = 0; i < counts.length; i++) {
        counts[i] = INT.decode(in);
      }
      double passedWeight = REAL.decode(in);
      double applicableWeight = REAL.decode(in);
      if (counts[3] < 0 || counts[3] > counts[1]) {
        throw new CoderException("a compliance score's failed critical items must be in [0, " + counts[1]
            + "] but were " + counts[3]);
      }
      List<String> ids = new ArrayList<>(Math.min(counts[3], 64));
      while (ids.size() < counts[3]) {
        ids.add(TEXT.decode(in));
      }
      return valid(() -> ComplianceScore.of(counts[0], counts[1], counts[2], passedWeight, applicableWeight, ids));
    }
  }

  /**
   * An encounter: customer, touchpoint, instant (epoch seconds, nanoseconds), a byte that says
   * which optional fields follow, then those fields (staff, ratings, level, duration, note).
   */
  static final class EncounterCoder extends AtomicCoder<Encounter> {
    private static final long serialVersionUID = 1L;
    static final EncounterCoder INSTANCE = new EncounterCoder();

    private static final int STAFF = 1;
    private static final int RATINGS = 2;
    private static final int LEVEL = 4;
    private static final int DURATION = 8;
    private static final int NOTE = 16;

    @Override
    public void encode(Encounter value, OutputStream out) throws IOException {
      notNull(value, "encounter");
      TEXT.encode(value.customerId(), out);
      TEXT.encode(value.touchpointId(), out);
      LONG.encode(value.occurredAt().getEpochSecond(), out);
      INT.encode(value.occurredAt().getNano(), out);
      String staff = value.staffIdOrNull();
      AbcRatings ratings = value.ratingsOrNull();
      ScorecardLevel level = value.levelOrNull();
      Duration duration = value.durationOrNull();
      String note = value.noteOrNull();
      int present = (staff != null ? STAFF : 0) | (ratings != null ? RATINGS : 0)
          | (level != null ? LEVEL : 0) | (duration != null ? DURATION : 0) | (note != null ? NOTE : 0);
      BYTE.encode((byte) present, out);
      if (staff != null) {
        TEXT.encode(staff, out);
      }
      if (ratings != null) {
        RatingsCoder.INSTANCE.encode(ratings, out);
      }
      if (level != null) {
        LevelCoder.INSTANCE.encode(level, out);
      }
      if (duration != null) {
        LONG.encode(duration.getSeconds(), out);
        INT.encode(duration.getNano(), out);
      }
      if (note != null) {
        TEXT.encode(note, out);
      }
    }

    @Override
    public Encounter decode(InputStream in) throws IOException {
      Encounter.Builder b = Encounter.builder();
      try {
        b.customerId(TEXT.decode(in))
            .touchpointId(TEXT.decode(in))
            .occurredAt(Instant.ofEpochSecond(LONG.decode(in), INT.decode(in)));
        int present = BYTE.decode(in);
        if ((present & STAFF) != 0) {
          b.staffId(TEXT.decode(in));
        }
        if ((present & RATINGS) != 0) {
          b.ratings(RatingsCoder.INSTANCE.decode(in));
        }
        if ((present & LEVEL) != 0) {
          b.level(LevelCoder.INSTANCE.decode(in));
        }
        if ((present & DURATION) != 0) {
          b.duration(Duration.ofSeconds(LONG.decode(in), INT.decode(in)));
        }
        if ((present & NOTE) != 0) {
          b.note(TEXT.decode(in));
        }
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
        throw new CoderException("not an encounter: " + e.getMessage(), e);
      }
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }

  /** A rejection: the record's text, then the reason. */
  static final class RejectionCoder extends AtomicCoder<Rejection> {
    private static final long serialVersionUID = 1L;
    static final RejectionCoder INSTANCE = new RejectionCoder();

    @Override
    public void encode(Rejection value, OutputStream out) throws IOException {
      notNull(value, "rejection");
      TEXT.encode(value.record(), out);
      TEXT.encode(value.reason(), out);
    }

    @Override
    public Rejection decode(InputStream in) throws IOException {
      return Rejection.of(TEXT.decode(in), TEXT.decode(in));
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
