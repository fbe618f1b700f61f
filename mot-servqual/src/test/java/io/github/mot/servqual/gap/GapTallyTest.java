package io.github.mot.servqual.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link GapTally}: shards of a generated survey, tallied and merged in any order, give the whole
 * analysis' report bit for bit (every figure, through the JSON export and the text table); the
 * byte form round trips, is canonical and refuses foreign, cut, changed and impossible bytes.
 */
class GapTallyTest {

  private static final AnswerKind[] ALL = {AnswerKind.EXPECTATION, AnswerKind.PERCEPTION, AnswerKind.ADEQUATE,
      AnswerKind.DESIRED};

  /** A generated survey as raw columns, to build the whole data or any shard of it. */
  private static final class Survey {
    final Instrument instrument;
    final int n;
    /** [kind][item][respondent], raw answers or Response.MISSING; null for a kind the survey lacks. */
    final int[] @Nullable [][] answers = new int[ALL.length][][];
    /** [dimension][respondent], whole points or NaN; null without points. */
    double @Nullable [][] points;

    Survey(Instrument instrument, int n) {
      this.instrument = instrument;
      this.n = n;
    }

    SurveyData build(int[] respondents) {
      return build(respondents, true);
    }

    SurveyData build(int[] respondents, boolean zoneKinds) {
      SurveyData.ColumnBuilder b = SurveyData.columnBuilder(instrument, respondents.length);
      for (int k = 0; k < ALL.length; k++) {
        if (answers[k] == null || (k >= 2 && !zoneKinds)) {
          continue;
        }
        for (int i = 0; i < instrument.size(); i++) {
          int[] column = new int[respondents.length];
          for (int r = 0; r < respondents.length; r++) {
            column[r] = answers[k][i][respondents[r]];
          }
          b.answers(ALL[k], i + 1, column);
        }
      }
      if (points != null) {
        List<Dimension> dims = instrument.dimensions();
        for (int d = 0; d < dims.size(); d++) {
          double[] column = new double[respondents.length];
          for (int r = 0; r < respondents.length; r++) {
            column[r] = points[d][respondents[r]];
          }
          b.points(dims.get(d), column);
        }
      }
      return b.build();
    }
  }

  /**
   * A survey of the instrument: mostly small, now and then large enough for the engine's clean
   * blocks and chunks; answers near a respondent's tendency, some missing, blank respondents;
   * adequate and desired answers half the time; whole importance points (none for some
   * respondents) half the time.
   */
  private static Survey survey(SplittableRandom r, Instrument ins) {
    int n = r.nextInt(16) == 0 ? r.nextInt(5_000, 20_000) : r.nextInt(0, 200);
    Survey s = new Survey(ins, n);
    double missing = new double[] {0, 0, 0.02, 0.2}[r.nextInt(4)];
    int kinds = r.nextBoolean() ? 4 : 2;
    int min = ins.scale().min();
    int max = ins.scale().max();
    int[] base = new int[n];
    for (int k = 0; k < n; k++) {
      base[k] = r.nextInt(min, max + 1);
    }
    for (int k = 0; k < kinds; k++) {
      int[][] kind = new int[ins.size()][n];
      s.answers[k] = kind;
      for (int i = 0; i < ins.size(); i++) {
        for (int x = 0; x < n; x++) {
          int spread = Math.max(1, (max - min) / 3);
          int v = Math.max(min, Math.min(max, base[x] + r.nextInt(-spread, spread + 1)));
          kind[i][x] = missing > 0 && r.nextDouble() < missing ? Response.MISSING : v;
        }
      }
    }
    if (r.nextBoolean()) {
      int dCount = ins.dimensions().size();
      s.points = new double[dCount][n];
      for (int x = 0; x < n; x++) {
        boolean none = r.nextInt(20) == 0;
        int left = 100;
        for (int d = 0; d < dCount; d++) {
          int p = d == dCount - 1 ? left : r.nextInt(left + 1);
          s.points[d][x] = none ? Double.NaN : p;
          left -= p;
        }
      }
    }
    return s;
  }

  private static GapAnalysis analysis(SplittableRandom r) {
    return GapAnalysis.withDefaults()
        .withMissing(r.nextBoolean() ? MissingPolicy.LISTWISE : MissingPolicy.PAIRWISE)
        .withConfidenceLevel(new double[] {0.9, 0.95, 0.99}[r.nextInt(3)])
        .withParallelism(r.nextInt(1, 4));
  }

  /** Cuts respondents 0..n-1 into shards at random, some empty, each in a random order. */
  private static List<int[]> shards(SplittableRandom r, int n) {
    int count = r.nextInt(1, 7);
    List<List<Integer>> parts = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      parts.add(new ArrayList<>());
    }
    for (int x = 0; x < n; x++) {
      parts.get(r.nextInt(count)).add(x);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> p : parts) {
      int[] a = p.stream().mapToInt(Integer::intValue).toArray();
      for (int i = a.length - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
      out.add(a);
    }
    return out;
  }

  private static int[] all(int n) {
    int[] a = new int[n];
    Arrays.setAll(a, i -> i);
    return a;
  }

  /** Merges the tallies in a random order, some of them through their bytes. */
  private static GapTally mergeAtRandom(SplittableRandom r, List<GapTally> tallies, GapAnalysis analysis,
      Instrument ins) {
    List<GapTally> left = new ArrayList<>(tallies);
    while (left.size() > 1) {
      GapTally a = left.remove(r.nextInt(left.size()));
      GapTally b = left.remove(r.nextInt(left.size()));
      if (r.nextBoolean()) {
        a = GapTally.fromBytes(a.toBytes(), analysis, ins);
      }
      left.add(a.merge(b));
    }
    return left.get(0);
  }

  private static void assertSameReport(GapReport actual, GapReport expected, Seed seed) {
    assertThat(actual).as(seed.toString()).isEqualTo(expected);
    assertThat(Format.JSON.render(actual)).as(seed.toString()).isEqualTo(Format.JSON.render(expected));
    assertThat(actual).as(seed.toString()).hasToString(expected.toString());
    assertThat(actual.items()).as(seed.toString()).isEqualTo(expected.items());
    assertThat(actual.dimensions()).as(seed.toString()).isEqualTo(expected.dimensions());
    assertThat(actual.unweighted()).as(seed.toString()).isEqualTo(expected.unweighted());
    assertThat(actual.weighted()).as(seed.toString()).isEqualTo(expected.weighted());
    assertThat(actual.servperf()).as(seed.toString()).isEqualTo(expected.servperf());
    assertThat(actual.zones().isPresent()).as(seed.toString()).isEqualTo(expected.zones().isPresent());
    if (expected.zones().isPresent()) {
      ZoneReport z = actual.zones().orElseThrow();
      ZoneReport e = expected.zones().orElseThrow();
      assertThat(Format.JSON.render(z)).as(seed.toString()).isEqualTo(Format.JSON.render(e));
      assertThat(z.items()).as(seed.toString()).isEqualTo(e.items());
      assertThat(z.dimensions()).as(seed.toString()).isEqualTo(e.dimensions());
    }
  }

  @SeededTest
  void shardsMergedInAnyOrderGiveTheWholeAnalysisBitForBit(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = r.nextInt(4) == 0 ? Instrument.standard() : ServqualGenerators.instrument(r);
    Survey s = survey(r, ins);
    GapAnalysis analysis = analysis(r);
    List<int[]> shards = shards(r, s.n);
    // a shard may lack the adequate and desired columns that others have: its respondents have none
    boolean[] withZones = new boolean[shards.size()];
    for (int i = 0; i < shards.size(); i++) {
      withZones[i] = s.answers[2] == null || r.nextInt(3) != 0;
      if (!withZones[i]) {
        for (int x : shards.get(i)) {
          for (int k = 2; k < ALL.length; k++) {
            for (int[] item : java.util.Objects.requireNonNull(s.answers[k], "zone kinds with the zone columns")) {
              item[x] = Response.MISSING;
            }
          }
        }
      }
    }
    // the whole survey has the columns that some shard has
    boolean anyZones = false;
    for (boolean z : withZones) {
      anyZones |= z;
    }
    GapReport whole = analysis.analyze(s.build(all(s.n), anyZones));
    List<GapTally> tallies = new ArrayList<>();
    for (int i = 0; i < shards.size(); i++) {
      tallies.add(analysis.tally(ins).add(s.build(shards.get(i), withZones[i])));
    }
    GapTally merged = mergeAtRandom(r, tallies, analysis, ins);
    assertThat(merged.respondentCount()).as(seed.toString()).isEqualTo(s.n);
    assertSameReport(merged.report(), whole, seed);
    // one tally of the whole survey has the same bytes as the merged shards
    assertThat(merged.toBytes()).as(seed.toString())
        .isEqualTo(analysis.tally(ins).add(s.build(all(s.n), anyZones)).toBytes());
  }

  @SeededTest
  void bytesRoundTripAndMergeCommutesWithThem(Seed seed) {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    Survey s = survey(r, ins);
    GapAnalysis analysis = analysis(r);
    int cut = s.n == 0 ? 0 : r.nextInt(s.n + 1);
    int[] first = Arrays.copyOfRange(all(s.n), 0, cut);
    int[] second = Arrays.copyOfRange(all(s.n), cut, s.n);
    GapTally a = analysis.tally(ins).add(s.build(first));
    GapTally b = analysis.tally(ins).add(s.build(second));
    byte[] aBytes = a.toBytes();
    byte[] bBytes = b.toBytes();
    // round trip: the same state, so the same bytes and the same report
    GapTally back = GapTally.fromBytes(aBytes, analysis, ins);
    assertThat(back.toBytes()).as(seed.toString()).isEqualTo(aBytes);
    assertSameReport(back.report(), a.report(), seed);
    // merge then write equals write, read, then merge; in either order
    byte[] viaBytes = GapTally.fromBytes(bBytes, analysis, ins).merge(GapTally.fromBytes(aBytes, analysis, ins))
        .toBytes();
    assertThat(a.merge(b).toBytes()).as(seed.toString()).isEqualTo(viaBytes);
    assertThat(b.toBytes()).as(seed.toString()).isEqualTo(bBytes);
    // the settings shipped as bytes: equal, and a worker's tally of a shard is the same tally
    SurveyGaps gaps = SurveyGaps.of(analysis, ins);
    SurveyGaps shipped = SurveyGaps.fromBytes(gaps.toBytes());
    assertThat(shipped).as(seed.toString()).isEqualTo(gaps).hasSameHashCodeAs(gaps);
    assertThat(shipped.toBytes()).as(seed.toString()).isEqualTo(gaps.toBytes());
    assertThat(shipped.tally(s.build(first)).toBytes()).as(seed.toString()).isEqualTo(aBytes);
    assertThat(shipped.readTally(bBytes).toBytes()).as(seed.toString()).isEqualTo(bBytes);
    assertThat(shipped.analysis().confidenceLevel()).isEqualTo(analysis.confidenceLevel());
  }

  @Test
  void surveyGapsSettingsThatNoAnalysisHasAreRefused() {
    SurveyGaps gaps = SurveyGaps.of(GapAnalysis.withDefaults(), Instrument.standard());
    assertThat(gaps).hasToString("SurveyGaps[" + Instrument.standard().name() + ", LISTWISE, 0.95]");
    assertThat(Arrays.copyOf(gaps.toBytes(), 5)).containsExactly('M', 'O', 'T', 15, 1);
    ByteForm.Writer out = new ByteForm.Writer(ByteForm.Kind.SURVEY_GAPS).text("tiny").signed(1).signed(5).count(1)
        .text("q1").text("TANGIBLES").count(0);
    byte[] good = new ByteForm.Writer(ByteForm.Kind.SURVEY_GAPS).text("tiny").signed(1).signed(5).count(1)
        .text("q1").text("TANGIBLES").count(0).text("PAIRWISE").real(0.9).finish();
    SurveyGaps read = SurveyGaps.fromBytes(good);
    assertThat(read.instrument().size()).isEqualTo(1);
    assertThat(read.analysis().missingPolicy()).isEqualTo(MissingPolicy.PAIRWISE);
    assertThatThrownBy(() -> SurveyGaps.fromBytes(out.text("SOMETIMES").real(0.9).finish()))
        .isInstanceOf(MalformedBytesException.class).hasMessageContaining("the missing-data policy at byte ")
        .hasMessageEndingWith(" must be one of [LISTWISE, PAIRWISE] but was 'SOMETIMES'");
    assertThatThrownBy(() -> SurveyGaps.fromBytes(new ByteForm.Writer(ByteForm.Kind.SURVEY_GAPS).text("tiny")
        .signed(1).signed(5).count(1).text("q1").text("TANGIBLES").count(0).text("LISTWISE").real(1.5).finish()))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageStartingWith("survey gaps bytes: they hold settings that are refused: ");
    assertThatThrownBy(() -> SurveyGaps.fromBytes(gaps.tally().toBytes())).isInstanceOf(MalformedBytesException.class)
        .hasMessage("survey gaps bytes: they hold a gap tally, not a survey gaps");
    for (int i = 0; i < good.length; i++) {
      byte[] changed = good.clone();
      changed[i] ^= 0x5A;
      assertThatThrownBy(() -> SurveyGaps.fromBytes(changed)).as("byte %d", i)
          .isInstanceOf(MalformedBytesException.class);
    }
  }

  private static SurveyData standardSurvey(double... points) {
    SurveyData.Builder b = SurveyData.builder(Instrument.standard()).kinds(AnswerKind.EXPECTATION, AnswerKind.PERCEPTION);
    int[] e = new int[22];
    int[] p = new int[22];
    for (int i = 0; i < 22; i++) {
      e[i] = 6 + i % 2;
      p[i] = 3 + i % 5;
    }
    Response.Builder rb = Response.builder("r1").expectations(e).perceptions(p);
    for (int d = 0; d < points.length; d++) {
      rb.points(Dimension.standard().get(d), points[d]);
    }
    return b.add(rb.build()).add(Response.builder("r2").expectations(p).perceptions(e).build()).build();
  }

  @Test
  void aTallyByHandAndItsSize() {
    GapAnalysis analysis = GapAnalysis.withDefaults();
    GapTally north = analysis.tally(Instrument.standard()).add(standardSurvey(20, 30, 20, 10, 20));
    GapTally south = analysis.tally(Instrument.standard()).add(standardSurvey());
    byte[] bytes = south.toBytes();
    GapReport all = GapTally.fromBytes(bytes, analysis, Instrument.standard()).merge(north).report();
    assertThat(all.respondents()).isEqualTo(4);
    assertThat(all.completeCases()).isEqualTo(4);
    assertThat(all.weighted()).isPresent();
    assertThat(all.zones()).isEmpty();
    assertThat(north).hasToString("GapTally[instrument=" + Instrument.standard().name()
        + ", missing=LISTWISE, respondents=2]");
    assertThat(north.instrument()).isEqualTo(Instrument.standard());
    assertThat(north.analysis()).isSameAs(analysis);
    // the standard instrument: its 22 items' labels, then about 400 varints of sums
    assertThat(bytes.length).isBetween(1_000, 2_000);
    assertThat(analysis.tally(Instrument.standard()).toBytes().length).isBetween(1_000, 2_000);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void shardsThatNoTallyReproducesAreRefused() {
    GapAnalysis analysis = GapAnalysis.withDefaults();
    GapTally tally = analysis.tally(Instrument.standard());
    assertThatThrownBy(() -> tally.add(standardSurvey(20.5, 29.5, 20, 10, 20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have whole importance points (0 to 100) but has points that are not whole numbers");
    Instrument two = Instrument.of("two", Instrument.standard().scale(), List.of(Item.of("a", Dimension.TANGIBLES),
        Item.of("b", Dimension.TANGIBLES)));
    SurveyData other = SurveyData.builder(two).add(Response.builder("x").expectations(5, 5).perceptions(4, 4).build())
        .build();
    assertThatThrownBy(() -> tally.add(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a shard of a gap tally must have instrument " + Instrument.standard().name()
            + " but had two (2 items)");
    SurveyData perceptions = SurveyData.builder(two).add(Response.builder("x").perceptions(4, 4).build()).build();
    assertThatThrownBy(() -> analysis.tally(two).add(perceptions)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a shard of a gap tally must have expectation answers but has only [PERCEPTION]");
    assertThat(tally.respondentCount()).isZero();
    GapTally pairwise = analysis.withMissing(MissingPolicy.PAIRWISE).tally(Instrument.standard());
    assertThatThrownBy(() -> tally.merge(pairwise)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merged gap tallies must be of the same instrument and missing-data policy but were of "
            + Instrument.standard().name() + " (22 items, LISTWISE) and " + Instrument.standard().name()
            + " (22 items, PAIRWISE)");
    assertThatThrownBy(() -> tally.add(null)).isInstanceOf(NullPointerException.class).hasMessage("shard");
  }

  /** The header of a gap tally's bytes of instrument {@code two}: its instrument and the policy. */
  private static ByteForm.Writer header(Instrument ins) {
    ByteForm.Writer out = new ByteForm.Writer(ByteForm.Kind.GAP_TALLY).text(ins.name()).signed(ins.scale().min())
        .signed(ins.scale().max()).count(ins.size());
    for (Item item : ins.items()) {
      out.text(item.label()).text(item.dimension().name()).count(item.reverseCoded() ? 1 : 0);
    }
    return out.text("LISTWISE");
  }

  @Test
  void foreignCutChangedAndImpossibleBytesAreRefused() {
    GapAnalysis analysis = GapAnalysis.withDefaults();
    Instrument ins = Instrument.standard();
    byte[] good = analysis.tally(ins).add(standardSurvey(20, 30, 20, 10, 20)).toBytes();
    assertThatThrownBy(() -> GapTally.fromBytes(new ByteForm.Writer(ByteForm.Kind.FUNNEL_TALLY).finish(), analysis, ins))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("gap tally bytes: they hold a funnel tally, not a gap tally");
    assertThatThrownBy(() -> GapTally.fromBytes(Arrays.copyOf(good, good.length - 1), analysis, ins))
        .isInstanceOf(MalformedBytesException.class).hasMessageStartingWith("gap tally bytes: ")
        .hasMessageContaining("checksum");
    byte[] changed = good.clone();
    changed[good.length / 2] ^= 1;
    assertThatThrownBy(() -> GapTally.fromBytes(changed, analysis, ins))
        .isInstanceOf(MalformedBytesException.class).hasMessageContaining("checksum");
    Instrument two = Instrument.of("two", ins.scale(), List.of(Item.of("a", Dimension.TANGIBLES),
        Item.of("b", Dimension.TANGIBLES)));
    assertThatThrownBy(() -> GapTally.fromBytes(good, analysis, two))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("gap tally bytes: they tally instrument " + ins.name() + " (22 items on [1, 7]), not two"
            + " (2 items on [1, 7]) or its items differ");
    assertThatThrownBy(() -> GapTally.fromBytes(good, analysis.withMissing(MissingPolicy.PAIRWISE), ins))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("gap tally bytes: they tally with missing-data policy LISTWISE, not PAIRWISE");
    // more complete respondents than respondents
    byte[] complete = header(two).count(0).count(1).count(2).finish();
    assertThatThrownBy(() -> GapTally.fromBytes(complete, analysis, two))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageMatching("gap tally bytes: the complete respondents at byte \\d+ must be at most 1 but was 2");
    // an item answered by more respondents than the tally has
    byte[] items = header(two).count(0).count(1).count(1).count(2).finish();
    assertThatThrownBy(() -> GapTally.fromBytes(items, analysis, two))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageMatching("gap tally bytes: gap sums of item 1 \\(n\\) at byte \\d+ must be at most 1 but was 2");
    // a sum of answers the count and the scale (range 6) do not allow
    byte[] sums = header(two).count(0).count(1).count(1).count(1).count(7).finish();
    assertThatThrownBy(() -> GapTally.fromBytes(sums, analysis, two))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageMatching("gap tally bytes: gap sums of item 1 \\(sum\\) at byte \\d+ must be at most 6 but was 7");
    // a sum of unweighted scores without a score: has 0, no respondent, then every count and sum of
    // the two items and their dimension (6 + 6 + 6), the reliability sums (3 x (3 + 2 x 3)), no
    // unweighted score but a sum of 5
    ByteForm.Writer noScore = header(two).count(0).count(0).count(0);
    for (int i = 0; i < 6 + 6 + 6 + 3 * (3 + 2 * 3); i++) {
      noScore.count(0);
    }
    assertThatThrownBy(() -> GapTally.fromBytes(noScore.count(0).signed(5).finish(), analysis, two))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageMatching("gap tally bytes: a sum of no score at byte \\d+ must be 0 but was 5");
    // weighted scores without points
    GapTally empty = analysis.tally(two);
    byte[] emptyBytes = empty.toBytes();
    assertThat(GapTally.fromBytes(emptyBytes, analysis, two).toBytes()).isEqualTo(emptyBytes);
    assertThatThrownBy(() -> GapTally.fromBytes(header(two).count(8).finish(), analysis, two))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessageMatching("gap tally bytes: what the shards had .* must be at most 7 but was 8");
  }

  @Test
  void anInstrumentWithoutExactScoreSumsIsRefused() {
    // 16 dimensions of 2, 3, 5, ..., 53 items: their least common multiple, 3.3e19, overflows a long
    int[] primes = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};
    List<Item> items = new ArrayList<>();
    for (int d = 0; d < primes.length; d++) {
      for (int i = 0; i < primes[d]; i++) {
        items.add(Item.of("item " + d + "." + i, Dimension.of("D" + d)));
      }
    }
    Instrument primeSized = Instrument.of("prime-sized", Instrument.standard().scale(), items);
    assertThatThrownBy(() -> GapAnalysis.withDefaults().tally(primeSized))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a gap tally needs exact score sums, but the dimension sizes of instrument prime-sized have no"
            + " common multiple below 2^63: the analysis sums its scores in floating point");
  }

  @Test
  void aTallyOfMoreRespondentsThanExactSumsAllowRefusesToReport() {
    GapAnalysis analysis = GapAnalysis.withDefaults();
    Instrument ins = Instrument.standard();
    GapTally empty = analysis.tally(ins);
    byte[] bytes = empty.toBytes();
    // the same bytes with 2^50 respondents (a varint of 8 bytes instead of the 1 byte of 0)
    ByteForm.Writer out = header(ins).count(0).count(1L << 50);
    byte[] rest = Arrays.copyOfRange(bytes, headerLength(ins) + 2, bytes.length - 4);
    for (byte x : rest) {
      out.count(x); // every other field of the empty tally is a one-byte zero
    }
    GapTally huge = GapTally.fromBytes(out.finish(), analysis, ins);
    assertThat(huge.respondentCount()).isEqualTo(1L << 50);
    assertThatThrownBy(huge::report).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has more than exact score sums allow");
  }

  /** The bytes of the header written by {@link #header}, magic, kind and version included. */
  private static int headerLength(Instrument ins) {
    return header(ins).finish().length - 4;
  }
}
