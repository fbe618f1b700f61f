package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcWeights;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.Seeds;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte form of every mergeable accumulator (docs/byte-form.md): round trips are the identity,
 * merging commutes with serialising, and every corrupt, cut, foreign or impossible byte string is
 * refused with a message that says what is wrong.
 */
class ByteFormTest {

  /** One accumulator type: how to make one, fill it, merge it, write and read it. */
  record Kind<A>(String name, Function<SplittableRandom, Case<A>> cases, Function<A, byte[]> toBytes,
      Function<byte[], A> fromBytes, BinaryOperator<A> merge, Function<A, Object> result) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A random case of a kind: an empty accumulator's maker and the items to add, one by one. */
  record Case<A>(Supplier<A> empty, List<Consumer<A>> items) {
    A of(int from, int to) {
      A a = empty.get();
      for (Consumer<A> item : items.subList(from, to)) {
        item.accept(a);
      }
      return a;
    }
  }

  static final Kind<ScorecardAccumulator> SCORECARD = new Kind<>("scorecard", r -> {
    List<Consumer<ScorecardAccumulator>> items = new ArrayList<>();
    for (int level : ScoringGenerators.levels(r, 200)) {
      items.add(a -> a.add(level));
    }
    if (r.nextInt(4) == 0) {
      long times = r.nextLong(0, 1L << 40);
      int level = r.nextInt(-3, 4);
      items.add(a -> a.add(level, times));
    }
    return new Case<>(ScorecardAccumulator::create, items);
  }, ScorecardAccumulator::toBytes, ScorecardAccumulator::fromBytes, ScorecardAccumulator::merge,
      ScorecardAccumulator::summary);

  static final KeyCodec<LocalDate> DAYS = KeyCodec.of(LocalDate::toString, LocalDate::parse);

  static final Kind<GroupedScorecardAccumulator<LocalDate>> GROUPED = new Kind<>("grouped scorecard", r -> {
    List<Consumer<GroupedScorecardAccumulator<LocalDate>>> items = new ArrayList<>();
    for (int level : ScoringGenerators.levels(r, 200)) {
      LocalDate day = LocalDate.of(2026, 11, 1).plusDays(r.nextInt(12));
      items.add(a -> a.add(day, level));
    }
    return new Case<>(() -> GroupedScorecardAccumulator.create("day"), items);
  }, a -> a.toBytes(DAYS), b -> GroupedScorecardAccumulator.fromBytes(b, DAYS), GroupedScorecardAccumulator::merge,
      GroupedScorecardAccumulator::summary);

  static final Kind<FirstImpressionAccumulator> FIRST_IMPRESSION = new Kind<>("first impression", r -> {
    RatingScale scale = List.of(RatingScale.FIVE_POINT, RatingScale.SEVEN_POINT, RatingScale.ZERO_TO_TEN,
        RatingScale.of(-50, 50)).get(r.nextInt(4));
    FirstImpressionScorer scorer = r.nextBoolean() ? FirstImpressionScorer.STANDARD
        : FirstImpressionScorer.of(AbcWeights.normalize(r.nextInt(1, 9), r.nextInt(1, 9), r.nextInt(1, 9)));
    List<Consumer<FirstImpressionAccumulator>> items = new ArrayList<>();
    int n = r.nextInt(0, 120);
    for (int i = 0; i < n; i++) {
      int a = r.nextInt(scale.min(), scale.max() + 1);
      int b = r.nextInt(scale.min(), scale.max() + 1);
      int c = r.nextInt(scale.min(), scale.max() + 1);
      double x = scale.min() + r.nextDouble() * scale.range();
      switch (r.nextInt(3)) {
        case 0 -> items.add(acc -> acc.add(a, b, c));
        case 1 -> items.add(acc -> acc.add((double) a, b, c));
        default -> items.add(acc -> acc.add(x, b, c));
      }
    }
    return new Case<>(() -> scorer.accumulator(scale), items);
  }, FirstImpressionAccumulator::toBytes, FirstImpressionAccumulator::fromBytes, FirstImpressionAccumulator::merge,
      FirstImpressionAccumulator::summary);

  /** Up to 40 random audits of the fixture checklist, each added with {@code add}. */
  static <A> Case<A> audits(SplittableRandom r, Supplier<A> empty, BiConsumer<A, AuditScore> add) {
    List<Consumer<A>> items = new ArrayList<>();
    int n = r.nextInt(0, 40);
    for (int i = 0; i < n; i++) {
      AuditScore score = AuditScore.of(ScoringGenerators.audit(r, Fixtures.CHECKLIST, "a" + i));
      items.add(a -> add.accept(a, score));
    }
    return new Case<>(empty, items);
  }

  static final Kind<AuditAccumulator> AUDIT = new Kind<>("audit",
      r -> audits(r, AuditAccumulator::create, AuditAccumulator::add),
      AuditAccumulator::toBytes, AuditAccumulator::fromBytes, AuditAccumulator::merge, AuditAccumulator::summary);

  static final Kind<AuditOverviewAccumulator> OVERVIEW = new Kind<>("audit overview",
      r -> audits(r, AuditOverviewAccumulator::create, AuditOverviewAccumulator::add),
      AuditOverviewAccumulator::toBytes, AuditOverviewAccumulator::fromBytes, AuditOverviewAccumulator::merge,
      AuditOverviewAccumulator::overview);

  static final List<Kind<?>> KINDS = List.of(SCORECARD, GROUPED, FIRST_IMPRESSION, AUDIT, OVERVIEW);

  /** Every kind with every seed. */
  static Stream<Arguments> kindsAndSeeds() {
    return Seeds.seeds().flatMap(seed -> KINDS.stream().map(kind -> Arguments.of(kind, seed)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("kindsAndSeeds")
  <A> void aRoundTripIsTheIdentity(Kind<A> kind, Seed seed) {
    Case<A> c = kind.cases().apply(seed.random());
    A original = c.of(0, c.items().size());
    byte[] bytes = kind.toBytes().apply(original);
    A back = kind.fromBytes().apply(bytes);
    assertThat(kind.toBytes().apply(back)).as("%s %s", kind.name(), seed).isEqualTo(bytes);
    assertThat(kind.result().apply(back).toString()).as("%s %s", kind.name(), seed)
        .isEqualTo(kind.result().apply(original).toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("kindsAndSeeds")
  <A> void mergingThenWritingEqualsWritingThenMerging(Kind<A> kind, Seed seed) {
    SplittableRandom r = seed.random();
    Case<A> c = kind.cases().apply(r);
    int n = c.items().size();
    int cut = r.nextInt(n + 1);
    byte[] left = kind.toBytes().apply(c.of(0, cut));
    byte[] right = kind.toBytes().apply(c.of(cut, n));
    byte[] mergedInMemory = kind.toBytes().apply(kind.merge().apply(c.of(0, cut), c.of(cut, n)));
    byte[] mergedFromBytes = kind.toBytes().apply(
        kind.merge().apply(kind.fromBytes().apply(right), kind.fromBytes().apply(left)));
    byte[] whole = kind.toBytes().apply(c.of(0, n));
    assertThat(mergedFromBytes).as("%s %s", kind.name(), seed).isEqualTo(mergedInMemory).isEqualTo(whole);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("kindsAndSeeds")
  <A> void everyChangedCutOrLengthenedByteStringIsRefused(Kind<A> kind, Seed seed) {
    SplittableRandom r = seed.random();
    Case<A> c = kind.cases().apply(r);
    byte[] bytes = kind.toBytes().apply(c.of(0, c.items().size()));
    // 16 positions and cuts of each form, at random (the seeds cover the rest)
    int tries = Math.min(bytes.length, 16);
    for (int t = 0; t < tries; t++) {
      int i = tries == bytes.length ? t : r.nextInt(bytes.length);
      byte[] changed = bytes.clone();
      changed[i] ^= (byte) r.nextInt(1, 256);
      assertRefused(kind, changed, "byte " + i + " changed", seed);
      int length = tries == bytes.length ? t : r.nextInt(bytes.length);
      assertRefused(kind, Arrays.copyOf(bytes, length), "cut to " + length, seed);
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1 + r.nextInt(8));
    assertRefused(kind, longer, "lengthened", seed);
  }

  /** Each byte of {@code bytes} changed in turn: {@code read} refuses every one with a MalformedBytesException. */
  static void everyChangedByteIsRefused(byte[] bytes, Consumer<byte[]> read) {
    for (int i = 0; i < bytes.length; i++) {
      byte[] changed = bytes.clone();
      changed[i] ^= 0x5A;
      assertThatThrownBy(() -> read.accept(changed)).as("byte %d", i).isInstanceOf(MalformedBytesException.class);
    }
  }

  private static <A> void assertRefused(Kind<A> kind, byte[] bytes, String how, Seed seed) {
    A read;
    try {
      read = kind.fromBytes().apply(bytes);
    } catch (MalformedBytesException expected) {
      return;
    }
    throw new AssertionError(kind.name() + " bytes " + how + " were read as " + read + " (" + seed + ")");
  }

  @Test
  void theScorecardFormIsPinned() {
    // Hand-built in Python: b"MOT" + kind 1 + version 1 + LEB128 varints of the counts at -3..+3
    // (1, 0, 0, 2, 0, 0, 300 -> ac 02), then the CRC-32C (Castagnoli, reflected, as
    // java.util.zip.CRC32C and crc32c.crc32c compute it) of those 13 bytes, big-endian: 74caef4d.
    ScorecardAccumulator a = ScorecardAccumulator.create().add(-3).add(0).add(0).add(3, 300);
    assertThat(HexFormat.of().formatHex(a.toBytes())).isEqualTo("4d4f540101010000020000ac0274caef4d");
    assertThat(ScorecardAccumulator.fromBytes(HexFormat.of().parseHex("4d4f540101010000020000ac0274caef4d"))
        .summary()).isEqualTo(a.summary());
    assertThat(ScorecardAccumulator.create().toBytes()).hasSize(16);
  }

  @Test
  void sizesAreSmall() {
    SplittableRandom r = new SplittableRandom(7);
    ScorecardAccumulator scorecard = ScorecardAccumulator.create();
    FirstImpressionAccumulator first = FirstImpressionAccumulator.create(RatingScale.FIVE_POINT);
    for (int i = 0; i < 1_000_000; i++) {
      scorecard.add(r.nextInt(-3, 4));
      first.add(r.nextInt(1, 6), r.nextInt(1, 6), r.nextInt(1, 6));
    }
    // seven counts of about 143,000: 3 varint bytes each, behind 5 + 4 bytes
    assertThat(scorecard.toBytes()).hasSize(30);
    // 24 (weights) + 2 (scale) + 3 (count) + 3 x (4 + 1) (whole sums, zero fractions) + 16 (index range) + 9
    assertThat(first.toBytes()).hasSize(69);
    assertThat(FirstImpressionAccumulator.create(RatingScale.FIVE_POINT).toBytes()).hasSize(58);
    assertThat(AuditAccumulator.create().toBytes()).hasSize(37);
  }

  @Test
  void foreignBytesAreNamed() {
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(new byte[] {1, 2, 3}))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("scorecard accumulator bytes: they must be at least 9 bytes long but were 3 bytes");
    byte[] png = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452");
    assertThatThrownBy(() -> AuditAccumulator.fromBytes(png))
        .hasMessage("audit accumulator bytes: they must start with 'MOT' (4D 4F 54) but started with 89 50 4E:"
            + " not the byte form of a MOT accumulator");
    byte[] first = FirstImpressionAccumulator.create(RatingScale.FIVE_POINT).toBytes();
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(first))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("scorecard accumulator bytes: they hold a first impression accumulator, not a scorecard accumulator");
    byte[] unknown = ScorecardAccumulator.create().toBytes();
    unknown[3] = 99;
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(unknown))
        .hasMessage("scorecard accumulator bytes: they hold an unknown kind 99, not a scorecard accumulator");
  }

  @Test
  void aNewerVersionAndAChangedByteAreNamed() {
    byte[] bytes = ScorecardAccumulator.create().add(1).toBytes();
    byte[] changed = bytes.clone();
    changed[6] = 9;
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(changed))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("scorecard accumulator bytes: the checksum does not match (stored 0x")
        .hasMessageEndingWith("): the bytes were changed or cut");
    byte[] newer = rechecksummed(bytes, 4, (byte) 2);
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(newer))
        .hasMessage("scorecard accumulator bytes: their format version is 2 but this library reads version 1;"
            + " read them with the library version that wrote them or a newer one");
    byte[] zero = rechecksummed(bytes, 4, (byte) 0);
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(zero))
        .hasMessage("scorecard accumulator bytes: their format version is 0 but this library reads version 1");
  }

  /** The bytes with one byte set and a checksum that matches again. */
  private static byte[] rechecksummed(byte[] bytes, int at, byte value) {
    byte[] copy = bytes.clone();
    copy[at] = value;
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(copy, 0, copy.length - 4);
    int c = (int) crc.getValue();
    for (int i = 0; i < 4; i++) {
      copy[copy.length - 4 + i] = (byte) (c >>> (24 - 8 * i));
    }
    return copy;
  }

  @Test
  void impossibleStatesWithAValidChecksumAreRefused() {
    // a grouped tally whose one group holds no rating
    byte[] empty = new ByteForm.Writer(ByteForm.Kind.GROUPED_SCORECARD).text("touchpoint").count(1).text("a")
        .count(0).count(0).count(0).count(0).count(0).count(0).count(0).finish();
    assertThatThrownBy(() -> GroupedScorecardAccumulator.fromBytes(empty, KeyCodec.text()))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("grouped scorecard accumulator bytes: a group holds no rating; every group written holds one at least");
    // keys out of order (and hence possibly twice)
    ByteForm.Writer twice = new ByteForm.Writer(ByteForm.Kind.GROUPED_SCORECARD).text("touchpoint").count(2);
    for (String key : List.of("b", "a")) {
      twice.text(key).count(1).count(0).count(0).count(0).count(0).count(0).count(0);
    }
    assertThatThrownBy(() -> GroupedScorecardAccumulator.fromBytes(twice.finish(), KeyCodec.text()))
        .hasMessage("grouped scorecard accumulator bytes: the key of group 2 at byte 26 must be after 'b'"
            + " (keys are written in order, once each) but was 'a'");
    // a key the codec does not read
    byte[] notADay = GroupedScorecardAccumulator.<String>create("day").add("yesterday", 1).toBytes(KeyCodec.text());
    assertThatThrownBy(() -> GroupedScorecardAccumulator.fromBytes(notADay, DAYS))
        .hasMessageStartingWith("grouped scorecard accumulator bytes: the key of group 1 at byte 10 must be a key the"
            + " key codec reads (it threw: Text 'yesterday' could not be parsed")
        .hasMessageEndingWith(") but was 'yesterday'");
    // more scored audits than audits
    ByteForm.Writer audit = new ByteForm.Writer(ByteForm.Kind.AUDIT).count(1).count(2);
    assertThatThrownBy(() -> AuditAccumulator.fromBytes(audit.finish()))
        .hasMessage("audit accumulator bytes: the number of scored audits at byte 6 must be at most the 1 audits but was 2");
    // a sum of ratings no 2 contacts on a 1..5 scale can have
    ByteForm.Writer first = new ByteForm.Writer(ByteForm.Kind.FIRST_IMPRESSION).real(0.52).real(0.33).real(0.15)
        .signed(1).signed(5).count(2).signed(11).count(0);
    assertThatThrownBy(() -> FirstImpressionAccumulator.fromBytes(first.finish()))
        .hasMessage("first impression accumulator bytes: the sum of appearance ratings at byte 32 must be a sum of 2"
            + " values in [1, 5] but was 11.0");
    // weights that do not sum to 1
    ByteForm.Writer weights = new ByteForm.Writer(ByteForm.Kind.FIRST_IMPRESSION).real(0.5).real(0.5).real(0.5);
    assertThatThrownBy(() -> FirstImpressionAccumulator.fromBytes(weights.finish()))
        .hasMessageStartingWith("first impression accumulator bytes: the weights are not valid: ");
    // bytes that end inside a field
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(new ByteForm.Writer(ByteForm.Kind.SCORECARD).count(1).finish()))
        .hasMessage("scorecard accumulator bytes: they end inside the count at level -2 at byte 6");
    // an overlong varint: 0x80 0x00 is a second, empty group
    byte[] overlong = rechecksummed(ScorecardAccumulator.create().toBytes(), 5, (byte) 0x80);
    assertThatThrownBy(() -> ScorecardAccumulator.fromBytes(overlong))
        .hasMessage("scorecard accumulator bytes: the count at level -3 at byte 5 is not a valid varint");
  }

  @Test
  void keyCodecsMustGiveEachKeyItsOwnText() {
    GroupedScorecardAccumulator<String> a = GroupedScorecardAccumulator.<String>create("staff").add("ann", 1).add("ANN", -1);
    assertThatThrownBy(() -> a.toBytes(KeyCodec.of(s -> s.toLowerCase(java.util.Locale.ROOT), s -> s)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key codec writes two different keys as 'ann': every key must have its own text");
    byte[] cases = GroupedScorecardAccumulator.<String>create("staff").add("A", 1).add("a", 2).toBytes(KeyCodec.text());
    assertThatThrownBy(() -> GroupedScorecardAccumulator.fromBytes(cases,
        KeyCodec.<String>of(s -> s, s -> s.toLowerCase(java.util.Locale.ROOT))))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("grouped scorecard accumulator bytes: the key of group 2 at byte 21 must be a key not read before"
            + " (the codec reads two texts as one key) but was 'a'");
    GroupedScorecardAccumulator<BehaviourStep> steps = GroupedScorecardAccumulator.<BehaviourStep>create("step")
        .add(BehaviourStep.values()[0], 2);
    byte[] bytes = steps.toBytes(KeyCodec.ofEnum(BehaviourStep.class));
    assertThat(GroupedScorecardAccumulator.fromBytes(bytes, KeyCodec.ofEnum(BehaviourStep.class)).summary())
        .hasToString(steps.summary().toString());
  }

  @Test
  void fieldsRoundTripAtTheirLimits() {
    byte[] bytes = new ByteForm.Writer(ByteForm.Kind.SCORECARD).count(0).count(127).count(128).count(Long.MAX_VALUE)
        .signed(Long.MIN_VALUE).signed(Long.MAX_VALUE).signed(-1).signed(63).signed(-64)
        .real(-0.0).real(Double.NEGATIVE_INFINITY).real(Double.MIN_VALUE)
        .text("").text("流失 \uD83D\uDE00 ' quote").finish();
    ByteForm.Reader in = new ByteForm.Reader(bytes, ByteForm.Kind.SCORECARD);
    assertThat(in.count("a")).isZero();
    assertThat(in.position()).isEqualTo(6);
    assertThat(in.count("b")).isEqualTo(127);
    assertThat(in.position()).isEqualTo(7);
    assertThat(in.count("c")).isEqualTo(128);
    assertThat(in.position()).isEqualTo(9);
    assertThat(in.count("d")).isEqualTo(Long.MAX_VALUE);
    assertThat(in.position()).isEqualTo(18);
    assertThat(in.signed("e")).isEqualTo(Long.MIN_VALUE);
    assertThat(in.signed("f")).isEqualTo(Long.MAX_VALUE);
    int at = in.position();
    assertThat(in.signed("g")).isEqualTo(-1);
    assertThat(in.signed("h")).isEqualTo(63);
    assertThat(in.signed("i")).isEqualTo(-64);
    assertThat(in.position()).isEqualTo(at + 3);
    assertThat(Double.doubleToRawLongBits(in.real("j"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(in.real("k")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(in.real("l")).isEqualTo(Double.MIN_VALUE);
    assertThat(in.text("m")).isEmpty();
    assertThat(in.text("n")).isEqualTo("流失 \uD83D\uDE00 ' quote");
    in.end();
    // a count of 2^63 or more is no count; NaN no real; a lone continuation byte no UTF-8
    byte[] huge = new ByteForm.Writer(ByteForm.Kind.SCORECARD).signed(Long.MIN_VALUE).finish();
    assertThatThrownBy(() -> new ByteForm.Reader(huge, ByteForm.Kind.SCORECARD).count("the count"))
        .hasMessage("scorecard accumulator bytes: the count at byte 5 must be >= 0 but was 18446744073709551615");
    byte[] nan = new ByteForm.Writer(ByteForm.Kind.SCORECARD).real(Double.NaN).finish();
    assertThatThrownBy(() -> new ByteForm.Reader(nan, ByteForm.Kind.SCORECARD).real("the lowest index"))
        .hasMessage("scorecard accumulator bytes: the lowest index at byte 5 must be a number but was NaN");
    byte[] text = new ByteForm.Writer(ByteForm.Kind.SCORECARD).text("ab").finish();
    text[6] = (byte) 0x80;
    byte[] notUtf8 = rechecksummed(text, 7, (byte) 'b');
    assertThatThrownBy(() -> new ByteForm.Reader(notUtf8, ByteForm.Kind.SCORECARD).text("the grouping"))
        .hasMessage("scorecard accumulator bytes: the grouping at byte 5 is not valid UTF-8");
    byte[] longText = new ByteForm.Writer(ByteForm.Kind.SCORECARD).count(40).finish();
    assertThatThrownBy(() -> new ByteForm.Reader(longText, ByteForm.Kind.SCORECARD).text("the grouping"))
        .hasMessage("scorecard accumulator bytes: the grouping at byte 5 is 40 bytes long but only 0 bytes are left");
  }
}
