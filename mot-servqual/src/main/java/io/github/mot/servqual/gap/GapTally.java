package io.github.mot.servqual.gap;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.internal.Engine;
import io.github.mot.servqual.internal.ModelAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A mutable, mergeable tally of a SERVQUAL {@link GapAnalysis}: the exact integer sums its report
 * is computed from. Every figure of a {@link GapReport} (item and dimension gaps with their paired
 * t tests and confidence intervals, Cronbach's alpha of E, P and the gap per dimension, the
 * unweighted and weighted SERVQUAL and SERVPERF, the respondent counts, and the {@link ZoneReport
 * zones of tolerance} that the analysis computes in a second pass when the data has adequate and
 * desired answers) is derived from sums over respondents: counts, sums, sums of squares and cross
 * products of the answers, of each respondent's dimension totals and of their scores, all whole
 * numbers (answers are stored as whole scale points; the scores are kept as whole multiples of
 * {@code 1 / (D L)} and {@code 1 / (100 L)}, L the least common multiple of the dimension sizes).
 * So the tally of any shards of respondents, merged in any order, holds exactly the sums of all of
 * them, and {@link #report()} equals {@link GapAnalysis#analyze(SurveyData)} on the whole survey,
 * bit for bit:
 *
 * <pre>{@code
 * GapAnalysis analysis = GapAnalysis.withDefaults();
 * GapTally north = analysis.tally(Instrument.standard()).add(northShard);   // on one machine
 * GapTally south = GapTally.fromBytes(southBytes, analysis, Instrument.standard()); // shipped as bytes
 * GapReport all = north.merge(south).report();
 * }</pre>
 *
 * <p><b>What a tally refuses.</b> Where the single-machine analysis itself sums in floating point,
 * respondent by respondent, its result depends on the order of the respondents (up to rounding),
 * and no mergeable sum can reproduce it digit for digit. Rather than report something else, a
 * tally refuses those data: {@link #add(SurveyData)} refuses a shard with importance points that
 * are not whole numbers (the weighted SERVQUAL is then summed in floating point; points rescaled
 * to 100 by {@link io.github.mot.servqual.PointsPolicy#RESCALE} usually are not whole), {@link
 * GapAnalysis#tally(Instrument)} an instrument whose dimension sizes have no common multiple that
 * fits a {@code long}, and {@link #report()} a tally of more respondents than the exact sums allow
 * ({@code (2 range D L)^2 n < 2^62}, and {@code (200 range L)^2 n < 2^62} with importance points:
 * for the standard 22-item instrument on a 7-point scale, about 3.2 x 10^12 respondents, and 8 x
 * 10^9 with points). Segments ({@link GapAnalysis#analyzeSegments}) are tallied by keeping one tally
 * per segment value.
 *
 * <p><b>Shards are sets of respondents</b>, each a {@link SurveyData} of the tally's instrument
 * with expectation and perception columns ({@link SurveyData.Builder#kinds} declares a column even
 * when every answer of the shard is missing). A shard may lack the adequate or desired columns
 * that others have: its respondents then count as respondents without those answers, as they are
 * in the whole survey.
 *
 * <p>A tally holds about {@code 25 (m + D)} sums for {@code m} items in {@code D} dimensions,
 * whatever the number of respondents: 1,624 bytes empty and 3,560 for a million respondents of the
 * 22-item instrument with E, P, A, D answers and points, its item labels included. {@link #toBytes()} writes it in the library's
 * versioned byte form (docs/byte-form.md) with the instrument and the missing-data policy, so that
 * {@link #fromBytes(byte[], GapAnalysis, Instrument)} refuses the tally of another survey.
 *
 * <p>Instances are mutable and <b>not thread-safe</b>: one per thread or shard, then merge.
 *
 * @since 0.4.0
 */
public final class GapTally {

  /** Kinds E, P: the gap engine's sums, with reliability. */
  private static final List<AnswerKind> GAP_KINDS = List.of(AnswerKind.EXPECTATION, AnswerKind.PERCEPTION);
  /** Kinds A, D, P: the zone engine's sums. */
  private static final List<AnswerKind> ZONE_KINDS = List.of(AnswerKind.ADEQUATE, AnswerKind.DESIRED, AnswerKind.PERCEPTION);
  private static final int POINTS = 1;
  private static final int ADEQUATE = 2;
  private static final int DESIRED = 4;

  private final GapAnalysis analysis;
  private final Instrument instrument;
  private final int[] dimSize;
  private final Engine.Sums gap;
  private final Engine.Sums zones;
  /** {@link #POINTS}, {@link #ADEQUATE}, {@link #DESIRED}: what some shard had. */
  private int has;

  GapTally(GapAnalysis analysis, Instrument instrument) {
    this.analysis = analysis;
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    if (Engine.lcm(instrument) < 0) {
      throw new IllegalArgumentException("a gap tally needs exact score sums, but the dimension sizes of instrument "
          + instrument.name() + " have no common multiple below 2^63: the analysis sums its scores in floating point");
    }
    List<Dimension> dimensions = instrument.dimensions();
    dimSize = new int[dimensions.size()];
    for (int d = 0; d < dimSize.length; d++) {
      dimSize[d] = instrument.itemIds(dimensions.get(d)).size();
    }
    gap = new Engine.Sums(instrument.size(), dimSize, GAP_KINDS.size());
    zones = new Engine.Sums(instrument.size(), dimSize, ZONE_KINDS.size());
  }

  /**
   * Adds every respondent of a shard of the survey, with the analysis' parallelism.
   *
   * @param shard survey data of this tally's instrument with expectation and perception columns,
   *     none of its respondents added before
   * @return this tally
   * @throws IllegalArgumentException if the shard has another instrument, lacks the expectation
   *     or perception column, or has importance points that are not whole numbers (see the class
   *     comment); nothing is added
   * @throws NullPointerException if {@code shard} is null
   */
  public GapTally add(SurveyData shard) {
    Objects.requireNonNull(shard, "shard");
    if (!shard.instrument().equals(instrument)) {
      throw new IllegalArgumentException("a shard of a gap tally must have instrument " + instrument.name() + " but had "
          + shard.instrument().name() + " (" + shard.instrument().size() + " items)");
    }
    for (AnswerKind kind : GAP_KINDS) {
      if (!shard.has(kind)) {
        throw new IllegalArgumentException("a shard of a gap tally must have " + kind.name().toLowerCase(Locale.ROOT)
            + " answers but has only " + shard.kinds() + ": declare the column with SurveyData.Builder.kinds even"
            + " when every answer of the shard is missing");
      }
    }
    if (ModelAccess.get().points(shard) != null) {
      throw new IllegalArgumentException("a shard of a gap tally must have whole importance points (0 to 100) but has"
          + " points that are not whole numbers: the analysis sums the weighted SERVQUAL of such points in floating"
          + " point, in respondent order, which no mergeable tally reproduces exactly");
    }
    MissingPolicy policy = analysis.missingPolicy();
    Engine e = new Engine(shard, GAP_KINDS, policy, null, 0, true).run(analysis.parallelism());
    if (!e.unwExact || (shard.hasPoints() && !e.wExact)) {
      throw new IllegalArgumentException("a shard of a gap tally must be small enough for exact score sums but its "
          + shard.size() + " respondents are too many for instrument " + instrument.name());
    }
    boolean both = shard.has(AnswerKind.ADEQUATE) && shard.has(AnswerKind.DESIRED);
    Engine z = both ? new Engine(shard, ZONE_KINDS, policy, null, 0, false).run(analysis.parallelism()) : null;
    gap.add(e.total);
    if (z != null) {
      zones.add(z.total);
    } else {
      // without an adequate or a desired column, a respondent counts as one without those answers
      zones.respondents += shard.size();
    }
    has |= (shard.hasPoints() ? POINTS : 0) | (shard.has(AnswerKind.ADEQUATE) ? ADEQUATE : 0)
        | (shard.has(AnswerKind.DESIRED) ? DESIRED : 0);
    return this;
  }

  /**
   * Adds another tally of the same survey; {@code other} is unchanged.
   *
   * @param other the tally of other respondents
   * @return this tally
   * @throws IllegalArgumentException if {@code other} tallies another instrument or with another
   *     missing-data policy
   * @throws NullPointerException if {@code other} is null
   */
  public GapTally merge(GapTally other) {
    Objects.requireNonNull(other, "other");
    if (!other.instrument.equals(instrument) || other.analysis.missingPolicy() != analysis.missingPolicy()) {
      throw new IllegalArgumentException("merged gap tallies must be of the same instrument and missing-data policy but"
          + " were of " + describe(instrument, analysis.missingPolicy()) + " and "
          + describe(other.instrument, other.analysis.missingPolicy()));
    }
    gap.add(other.gap);
    zones.add(other.zones);
    has |= other.has;
    return this;
  }

  private static String describe(Instrument instrument, MissingPolicy policy) {
    return instrument.name() + " (" + instrument.size() + " items, " + policy + ")";
  }

  /**
   * The number of respondents added so far, merged tallies' included.
   *
   * @return {@code >= 0}
   */
  public long respondentCount() {
    return gap.respondents;
  }

  /**
   * The report of the respondents added so far: what {@link GapAnalysis#analyze(SurveyData)} of
   * this tally's analysis gives on all of them, bit for bit, zones of tolerance included when a
   * shard had adequate and desired answers.
   *
   * @return an immutable report
   * @throws IllegalStateException if the tally holds more respondents than exact score sums allow
   *     (see the class comment), where the analysis would sum in floating point
   */
  public GapReport report() {
    long n = gap.respondents;
    boolean points = (has & POINTS) != 0;
    if (!Engine.unweightedExact(instrument, n) || (points && !Engine.weightedExact(instrument, n))) {
      throw new IllegalStateException("a gap tally of " + n + " respondents of instrument " + instrument.name()
          + " has more than exact score sums allow: the analysis sums such a survey's scores in floating point");
    }
    long lcm = Engine.lcm(instrument);
    Optional<ZoneReport> zoneReport = (has & (ADEQUATE | DESIRED)) == (ADEQUATE | DESIRED)
        ? Optional.of(analysis.zoneReport(instrument, zones))
        : Optional.empty();
    return analysis.report(instrument, gap, true, dimSize.length * lcm, points, 100 * lcm, points, zoneReport);
  }

  /**
   * The tally in the library's byte form: {@code MOT}, kind 8, format version 1; the instrument
   * and the missing-data policy, what the shards had (points, adequate and desired columns), the
   * gap sums and the zone sums; a CRC-32C (docs/byte-form.md). Equal tallies give equal bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    return ByteForm.write(ByteForm.Kind.GAP_TALLY, out -> {
      writeInstrument(out, instrument);
      out.text(analysis.missingPolicy().name()).count(has);
      out.count(gap.respondents).count(gap.complete);
      writeMoments(out, gap.items);
      writeMoments(out, gap.dims);
      for (Engine.RelSums[] byScore : gap.rel) {
        for (Engine.RelSums r : byScore) {
          out.count(r.n).signed(r.st).count(r.sst);
          for (int j = 0; j < r.s.length; j++) {
            out.signed(r.s[j]).count(r.ss[j]).signed(r.sxt[j]);
          }
        }
      }
      out.count(gap.unwN).signed(gap.unwS).count(gap.unwSS);
      out.count(gap.wN).signed(gap.wS).count(gap.wSS);
      out.count(gap.perfN).count(gap.perfS).count(gap.perfSS);
      out.count(zones.complete);
      writeMoments(out, zones.items);
      writeMoments(out, zones.dims);
    });
  }

  static void writeInstrument(ByteForm.Writer out, Instrument instrument) {
    out.text(instrument.name()).signed(instrument.scale().min()).signed(instrument.scale().max());
    out.count(instrument.size());
    for (Item item : instrument.items()) {
      out.text(item.label()).text(item.dimension().name()).count(item.reverseCoded() ? 1 : 0);
    }
  }

  /** Per case: n; per kind: sum, sum of squares; per pair of kinds k &lt; l: the cross products. */
  private static void writeMoments(ByteForm.Writer out, Engine.Moments[] moments) {
    for (Engine.Moments m : moments) {
      out.count(m.n);
      for (int k = 0; k < m.kinds; k++) {
        out.count(m.s[k]).count(m.ss[k]);
      }
      for (int k = 0; k < m.kinds; k++) {
        for (int l = k + 1; l < m.kinds; l++) {
          out.count(m.cross(k, l));
        }
      }
    }
  }

  /**
   * Reads a tally written by {@link #toBytes()}.
   *
   * @param bytes the byte form; not kept
   * @param analysis the analysis to report with: its missing-data policy must be the one written,
   *     its confidence level and parallelism are its own
   * @param instrument the instrument the bytes must tally: its name, scale and items are checked
   * @return a new tally with exactly the sums written
   * @throws MalformedBytesException if the bytes are not the byte form of a gap tally (another
   *     program's or accumulator's bytes, a newer format version, bytes changed or cut), tally
   *     another instrument or policy, or hold sums no survey gives (more complete respondents than
   *     respondents, a count above the respondents, a sum the counts and the scale do not allow)
   * @throws NullPointerException if an argument is null
   */
  public static GapTally fromBytes(byte[] bytes, GapAnalysis analysis, Instrument instrument) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(instrument, "instrument");
    return ByteForm.read(bytes, ByteForm.Kind.GAP_TALLY, in -> {
      readInstrument(in, instrument);
      String policy = in.text("the missing-data policy");
      if (!policy.equals(analysis.missingPolicy().name())) {
        throw in.malformed("they tally with missing-data policy " + policy + ", not " + analysis.missingPolicy());
      }
      GapTally t = new GapTally(analysis, instrument);
      t.has = in.size("what the shards had (1 points, 2 adequate, 4 desired)", POINTS | ADEQUATE | DESIRED);
      int range = instrument.scale().range();
      Engine.Sums g = t.gap;
      g.respondents = in.count("the respondents");
      g.complete = atMost(in, "the complete respondents", g.respondents);
      readMoments(in, "gap", g.items, 1, range, g.respondents);
      readMoments(in, "gap", g.dims, t.dimSize, range, g.respondents);
      for (int d = 0; d < g.rel.length; d++) {
        for (int k = 0; k < g.rel[d].length; k++) {
          Engine.RelSums r = g.rel[d][k];
          String what = "the reliability sums of dimension " + (d + 1) + ", score " + (k + 1);
          int at = in.position();
          r.n = in.count(what + " (n)");
          if (r.n != g.dims[d].n) {
            throw in.invalid(at, what + " (n)", "the dimension's complete respondents, " + g.dims[d].n, r.n);
          }
          r.st = in.signed(what + " (sum of totals)");
          r.sst = in.count(what + " (sum of squared totals)");
          for (int j = 0; j < r.s.length; j++) {
            r.s[j] = in.signed(what + " (item sum)");
            r.ss[j] = in.count(what + " (item sum of squares)");
            r.sxt[j] = in.signed(what + " (item-total products)");
          }
        }
      }
      int at = in.position();
      g.unwN = in.count("the unweighted scores");
      if (g.unwN != g.complete) {
        throw in.invalid(at, "the unweighted scores", "the complete respondents, " + g.complete, g.unwN);
      }
      g.unwS = noneWithout(in, g.unwN, in.signed("the sum of unweighted scores"));
      g.unwSS = noneWithout(in, g.unwN, in.count("the sum of squared unweighted scores"));
      g.wN = atMost(in, "the weighted scores", (t.has & POINTS) != 0 ? g.complete : 0);
      g.wS = noneWithout(in, g.wN, in.signed("the sum of weighted scores"));
      g.wSS = noneWithout(in, g.wN, in.count("the sum of squared weighted scores"));
      g.perfN = atMost(in, "the SERVPERF scores", g.respondents);
      g.perfS = noneWithout(in, g.perfN, in.count("the sum of SERVPERF totals"));
      g.perfSS = noneWithout(in, g.perfN, in.count("the sum of squared SERVPERF totals"));
      Engine.Sums z = t.zones;
      z.respondents = g.respondents;
      boolean zoned = (t.has & (ADEQUATE | DESIRED)) == (ADEQUATE | DESIRED);
      z.complete = atMost(in, "the respondents complete on A, D and P", zoned ? g.respondents : 0);
      readMoments(in, "zone", z.items, 1, range, zoned ? g.respondents : 0);
      readMoments(in, "zone", z.dims, t.dimSize, range, zoned ? g.respondents : 0);
      return t;
    });
  }

  private static void readInstrument(ByteForm.Reader in, Instrument instrument) {
    InstrumentParts read = InstrumentParts.read(in);
    List<ItemParts> expected = new ArrayList<>();
    for (Item item : instrument.items()) {
      expected.add(new ItemParts(item.label(), item.dimension().name(), item.reverseCoded()));
    }
    if (!read.name().equals(instrument.name()) || read.min() != instrument.scale().min()
        || read.max() != instrument.scale().max() || !read.items().equals(expected)) {
      throw in.malformed("they tally instrument " + read.name() + " (" + read.items().size() + " items on ["
          + read.min() + ", " + read.max() + "]), not " + instrument.name() + " (" + instrument.size() + " items on ["
          + instrument.scale().min() + ", " + instrument.scale().max() + "]) or its items differ");
    }
  }

  /** An item as {@link #writeInstrument} writes it. */
  record ItemParts(String label, String dimension, boolean reverseCoded) {}

  /** An instrument as {@link #writeInstrument} writes it, read: its name, scale and items. */
  record InstrumentParts(String name, long min, long max, List<ItemParts> items) {

    static InstrumentParts read(ByteForm.Reader in) {
      String name = in.text("the instrument's name");
      long min = in.signed("the scale's minimum");
      long max = in.signed("the scale's maximum");
      int size = in.size("the number of items", Instrument.MAX_ITEMS);
      List<ItemParts> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(new ItemParts(in.text("the label of item " + (i + 1)), in.text("the dimension of item " + (i + 1)),
            in.size("whether item " + (i + 1) + " is reverse-coded", 1) == 1));
      }
      return new InstrumentParts(name, min, max, items);
    }

    /**
     * The instrument of these parts.
     *
     * @throws IllegalArgumentException if its factories refuse them
     * @throws ArithmeticException if the scale's bounds do not fit an {@code int}
     */
    Instrument instrument() {
      List<Item> list = new ArrayList<>();
      for (ItemParts item : items) {
        list.add(Item.of(item.label(), Dimension.of(item.dimension()), item.reverseCoded()));
      }
      return Instrument.of(name, io.github.mot.core.RatingScale.of(Math.toIntExact(min), Math.toIntExact(max)), list);
    }
  }

  /** The sum just read, refused unless 0 when no score was summed ({@code n = 0}). */
  private static long noneWithout(ByteForm.Reader in, long n, long sum) {
    if (n == 0 && sum != 0) {
      throw in.invalid("a sum of no score", "0", sum);
    }
    return sum;
  }

  private static long atMost(ByteForm.Reader in, String field, long max) {
    long v = in.count(field);
    if (v > max) {
      throw in.invalid(field, "at most " + max, v);
    }
    return v;
  }

  private static void readMoments(ByteForm.Reader in, String what, Engine.Moments[] moments, int[] sizes, int range,
      long cases) {
    for (int i = 0; i < moments.length; i++) {
      readMoment(in, what + " sums of dimension " + (i + 1), moments[i], (long) sizes[i] * range, cases);
    }
  }

  private static void readMoments(ByteForm.Reader in, String what, Engine.Moments[] moments, int one, int range,
      long cases) {
    for (int i = 0; i < moments.length; i++) {
      readMoment(in, what + " sums of item " + (i + 1), moments[i], (long) one * range, cases);
    }
  }

  /** Reads one case's sums, checking {@code n <= cases}, {@code 0 <= s <= n top}, {@code s top >= ss}... */
  private static void readMoment(ByteForm.Reader in, String what, Engine.Moments m, long top, long cases) {
    m.n = atMost(in, what + " (n)", cases);
    for (int k = 0; k < m.kinds; k++) {
      m.s[k] = atMost(in, what + " (sum)", bound(m.n, top));
      m.ss[k] = atMost(in, what + " (sum of squares)", bound(m.s[k], top));
    }
    for (int k = 0; k < m.kinds; k++) {
      for (int l = k + 1; l < m.kinds; l++) {
        m.sx[k * m.kinds + l] = atMost(in, what + " (cross products)", bound(m.s[k], top));
      }
    }
  }

  /** {@code a b}, saturated at {@code Long.MAX_VALUE}; both {@code >= 0}. */
  private static long bound(long a, long b) {
    return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
  }

  /**
   * The instrument of the survey this tallies.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The analysis this tallies: its missing-data policy decides the sums, its confidence level the
   * report's intervals.
   *
   * @return the analysis
   */
  public GapAnalysis analysis() {
    return analysis;
  }

  /**
   * For example {@code "GapTally[instrument=SERVQUAL, missing=LISTWISE, respondents=1204]"}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "GapTally[instrument=" + instrument.name() + ", missing=" + analysis.missingPolicy() + ", respondents="
        + gap.respondents + "]";
  }
}
