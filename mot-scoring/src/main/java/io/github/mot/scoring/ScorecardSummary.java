package io.github.mot.scoring;

import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A summary of MOT scorecard ratings (-3..+3): the count at each of the seven levels and what
 * follows from them.
 *
 * <p>Definitions, with {@code n} the number of ratings and {@code n(l)} the count at level {@code
 * l}:
 *
 * <ul>
 *   <li>mean = {@code sum(l x n(l)) / n}, the arithmetic mean of the levels, in [-3, 3];
 *   <li>positive share = {@code (n(1) + n(2) + n(3)) / n}; negative share = {@code (n(-1) +
 *       n(-2) + n(-3)) / n}; neutral share = {@code n(0) / n}; the three add up to 1;
 *   <li>net score = {@code 100 x (positives - negatives) / n}, in percentage points, in [-100,
 *       100] (the MOT analogue of the Net Promoter Score, Reichheld 2003);
 *   <li>delight rate = {@code n(3) / n}; damage rate = {@code n(-3) / n};
 *   <li>each share has a Wilson score interval ({@link #interval(Share)}, 95% by default).
 * </ul>
 *
 * <p>An empty summary ({@code n = 0}) has no mean and no shares: those methods return NaN (the
 * library's one form of an undefined statistic); its intervals are [0, 1] (see {@link
 * WilsonInterval}).
 *
 * <p>Counts are exact {@code long}s and every statistic is computed from them with one final
 * division, so {@link #merge(ScorecardSummary)} is associative and commutative and results do not
 * depend on how the data was split. Build one with {@link ScorecardAccumulator} or {@link
 * #ofCounts(long...)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScorecardSummary implements Tabular {

  /** The proportions a summary reports, each with a Wilson interval. */
  public enum Share {
    /** Positive moments, levels +1..+3. */
    POSITIVE,
    /** Negative moments, levels -1..-3. */
    NEGATIVE,
    /** Neutral moments, level 0. */
    NEUTRAL,
    /** Delight, level +3 only. */
    DELIGHT,
    /** Damage to the relationship, level -3 only. */
    DAMAGE;

    /**
     * A short English label, for tables: {@code label(Locale.ENGLISH)}.
     *
     * @return the label, for example {@code "delight (+3)"}
     */
    public String label() {
      return label(Locale.ENGLISH);
    }

    /**
     * The label in a language, from the bundle {@code io.github.mot.scoring.i18n.labels} (key
     * {@code ScorecardSummary.Share.<CONSTANT>}), English where the language has no translation.
     *
     * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
     * @return the label, not blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String label(Locale locale) {
      return Text.labelOf(this, locale);
    }
  }

  /**
   * The empty summary: no ratings.
   */
  public static final ScorecardSummary EMPTY = new ScorecardSummary(new long[7]);

  /**
   * Orders summaries worst first: lowest mean first, ties by lowest net score. Empty summaries
   * come before all others (an unmeasured group is flagged first). Grouped results break the
   * remaining ties by key (see {@link GroupedScorecardAccumulator}).
   */
  public static final Comparator<ScorecardSummary> WORST_FIRST =
      Comparator.comparing(ScorecardSummary::isEmpty, Comparator.reverseOrder())
          .thenComparingDouble(ScorecardSummary::mean)
          .thenComparingDouble(ScorecardSummary::netScore);

  private static final int LEVELS = 7;

  /** The columns of a summary on its own: JSON fields and the CSV summary row. */
  private static final List<Column<ScorecardSummary>> COLUMNS = columns(Function.identity());

  /** One row of the levels table: a level and its count out of {@code n}. */
  private record LevelRow(ScorecardLevel level, long count, long n) {

    /** The level's share, NaN without ratings. */
    double share() {
      return n == 0 ? Double.NaN : (double) count / n;
    }
  }

  private static final List<Column<LevelRow>> LEVEL_COLUMNS = List.of(
      Column.<LevelRow>integer("level", r -> r.level().value()).header("table.level")
          .text((r, c) -> c.level(r.level().value())),
      Column.<LevelRow>label("meaning", (r, c) -> Text.of(c).label(r.level(), r.level().label()))
          .header("table.meaning"),
      Column.<LevelRow>integer("count", LevelRow::count).header("table.count").text((r, c) -> c.count(r.count())),
      Column.<LevelRow>decimal("share", LevelRow::share).header("table.share").text((r, c) -> c.percent(r.share())));

  /** One row of the shares table of the text: a share and its interval. */
  private record ShareRow(Share share, WilsonInterval interval) {}

  private static final List<Column<ShareRow>> SHARE_COLUMNS = List.of(
      Column.<ShareRow>label("share", (r, c) -> Text.of(c).label(r.share(), r.share().label())).header("table.share"),
      Column.<ShareRow>decimal("value", r -> r.interval().estimate()).header("table.value")
          .text((r, c) -> c.percent(r.interval().estimate())),
      Column.<ShareRow>display("table.wilson", (r, c) -> c.percentInterval(r.interval().lower(), r.interval().upper()))
          .left());

  private final long[] counts;
  private final long count;
  private final long sum;
  private final long positives;
  private final long negatives;

  private ScorecardSummary(long[] counts) {
    this.counts = counts;
    long n = 0;
    long s = 0;
    for (int i = 0; i < LEVELS; i++) {
      n = Math.addExact(n, counts[i]);
      s = Math.addExact(s, Math.multiplyExact(counts[i], (long) (i + ScorecardLevel.MIN)));
    }
    this.count = n;
    this.sum = s;
    this.positives = counts[4] + counts[5] + counts[6];
    this.negatives = counts[0] + counts[1] + counts[2];
  }

  /**
   * A summary from the counts at each level, from -3 to +3.
   *
   * @param counts seven counts, {@code counts[0]} for level -3 up to {@code counts[6]} for +3,
   *     each {@code >= 0}; the array is copied
   * @return the summary
   * @throws IllegalArgumentException if there are not seven counts or one is negative
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public static ScorecardSummary ofCounts(long... counts) {
    Objects.requireNonNull(counts, "counts");
    if (counts.length != LEVELS) {
      throw Preconditions.unmet("counts", "have 7 entries (levels -3..+3)", "had " + counts.length);
    }
    for (int i = 0; i < LEVELS; i++) {
      if (counts[i] < 0) {
        throw Preconditions.invalid("count of level " + (i + ScorecardLevel.MIN), ">= 0", counts[i]);
      }
    }
    return new ScorecardSummary(counts.clone());
  }

  /**
   * The summary of both this and {@code other}: counts added. Associative and commutative.
   *
   * @param other the other summary
   * @return the merged summary
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public ScorecardSummary merge(ScorecardSummary other) {
    long[] c = new long[LEVELS];
    for (int i = 0; i < LEVELS; i++) {
      c[i] = Math.addExact(counts[i], other.counts[i]);
    }
    return new ScorecardSummary(c);
  }

  long countAt(int index) {
    return counts[index];
  }

  /**
   * The number of ratings.
   *
   * @return {@code n >= 0}
   */
  public long count() {
    return count;
  }

  /**
   * Whether there are no ratings.
   *
   * @return {@code count() == 0}
   */
  public boolean isEmpty() {
    return count == 0;
  }

  /**
   * The number of ratings at a level.
   *
   * @param level the level
   * @return {@code n(level) >= 0}
   */
  public long count(ScorecardLevel level) {
    return counts[level.value() - ScorecardLevel.MIN];
  }

  /**
   * The number of ratings at a level given as an integer.
   *
   * @param level the level, -3..+3
   * @return {@code n(level) >= 0}
   * @throws IllegalArgumentException if {@code level} is outside [-3, 3]
   */
  public long count(int level) {
    return counts[ScorecardAccumulator.index(level)];
  }

  /**
   * The counts at each level, from -3 to +3.
   *
   * @return a new array of seven counts, {@code [0]} for -3
   */
  public long[] counts() {
    return counts.clone();
  }

  /**
   * The number of positive ratings (+1..+3).
   *
   * @return the count
   */
  public long positiveCount() {
    return positives;
  }

  /**
   * The number of negative ratings (-1..-3).
   *
   * @return the count
   */
  public long negativeCount() {
    return negatives;
  }

  /**
   * The number of neutral ratings (0).
   *
   * @return the count
   */
  public long neutralCount() {
    return counts[3];
  }

  /**
   * The exact sum of the levels, {@code sum(l x n(l))}.
   *
   * @return the sum, in {@code [-3n, 3n]}
   */
  public long sum() {
    return sum;
  }

  /**
   * The number of ratings counted by a share.
   *
   * @param share the share
   * @return its numerator
   */
  public long count(Share share) {
    switch (share) {
      case POSITIVE:
        return positives;
      case NEGATIVE:
        return negatives;
      case NEUTRAL:
        return counts[3];
      case DELIGHT:
        return counts[6];
      case DAMAGE:
        return counts[0];
      default:
        throw new AssertionError(share);
    }
  }

  /**
   * The mean level, {@code sum() / count()}.
   *
   * @return the mean in [-3, 3], NaN when there are no ratings
   */
  public double mean() {
    return count == 0 ? Double.NaN : (double) sum / count;
  }

  /**
   * A share of the ratings, {@code count(share) / count()}.
   *
   * @param share which share
   * @return the share in [0, 1], NaN when there are no ratings
   */
  public double share(Share share) {
    return count == 0 ? Double.NaN : (double) count(share) / count;
  }

  /**
   * The share of positive ratings (+1..+3).
   *
   * @return the share in [0, 1], NaN when there are no ratings
   */
  public double positiveShare() {
    return share(Share.POSITIVE);
  }

  /**
   * The share of negative ratings (-1..-3).
   *
   * @return the share in [0, 1], NaN when there are no ratings
   */
  public double negativeShare() {
    return share(Share.NEGATIVE);
  }

  /**
   * The share of neutral ratings (0).
   *
   * @return the share in [0, 1], NaN when there are no ratings
   */
  public double neutralShare() {
    return share(Share.NEUTRAL);
  }

  /**
   * The delight rate, the share of +3 ratings.
   *
   * @return the share in [0, 1], NaN when there are no ratings
   */
  public double delightRate() {
    return share(Share.DELIGHT);
  }

  /**
   * The damage rate, the share of -3 ratings.
   *
   * @return the share in [0, 1], NaN when there are no ratings
   */
  public double damageRate() {
    return share(Share.DAMAGE);
  }

  /**
   * The net score: positive share minus negative share, in percentage points, {@code 100 x
   * (positives - negatives) / n}. Computed from the exact counts with one division, so it is
   * never outside [-100, 100].
   *
   * @return the net score in [-100, 100], NaN when there are no ratings
   */
  public double netScore() {
    return count == 0 ? Double.NaN : 100.0 * (positives - negatives) / count;
  }

  /**
   * The 95% Wilson score interval of a share.
   *
   * @param share which share
   * @return the interval; [0, 1] with no estimate when there are no ratings
   */
  public WilsonInterval interval(Share share) {
    return WilsonInterval.of(count(share), count);
  }

  /**
   * The Wilson score interval of a share at a confidence level.
   *
   * @param share which share
   * @param confidence the confidence level in (0, 1)
   * @return the interval; [0, 1] with no estimate when there are no ratings
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public WilsonInterval interval(Share share, double confidence) {
    return WilsonInterval.of(count(share), count, confidence);
  }

  /**
   * The lowest level rated.
   *
   * @return the minimum level, empty when there are no ratings
   */
  public Optional<ScorecardLevel> lowest() {
    for (int i = 0; i < LEVELS; i++) {
      if (counts[i] > 0) {
        return Optional.of(ScorecardLevel.of(i + ScorecardLevel.MIN));
      }
    }
    return Optional.empty();
  }

  /**
   * The highest level rated.
   *
   * @return the maximum level, empty when there are no ratings
   */
  public Optional<ScorecardLevel> highest() {
    for (int i = LEVELS - 1; i >= 0; i--) {
      if (counts[i] > 0) {
        return Optional.of(ScorecardLevel.of(i + ScorecardLevel.MIN));
      }
    }
    return Optional.empty();
  }

  /** Equal when the seven counts are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScorecardSummary && Arrays.equals(((ScorecardSummary) o).counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /**
   * The summary for every {@link Format}. JSON fields, as the accessors of the same names: {@code
   * n} (the count), {@code mean}, {@code netScore} (percentage points), {@code positiveShare},
   * {@code negativeShare}, {@code neutralShare}, {@code delightRate} and {@code damageRate} (shares
   * in [0, 1]), each with the bounds of its 95% Wilson interval ({@code positiveLower}, {@code
   * positiveUpper}, ..., {@code delightLower}, {@code damageUpper}), and the counts {@code
   * positiveCount}, {@code negativeCount}, {@code neutralCount}; statistics of an empty summary
   * are {@code null}. The table {@code levels} from +3 to -3 has {@code level}, {@code meaning},
   * {@code count} and {@code share}. The CSV has the seven level rows and one row of the summary's
   * fields, the first column {@code table} telling which ({@code levels}, {@code summary}). A
   * {@link GroupedSummary} of scorecards has the same fields per group.
   *
   * @return the description of this summary
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    List<LevelRow> levels = new ArrayList<>(LEVELS);
    for (int i = LEVELS - 1; i >= 0; i--) {
      levels.add(new LevelRow(ScorecardLevel.of(i + ScorecardLevel.MIN), counts[i], count));
    }
    List<ShareRow> shares = new ArrayList<>(Share.values().length);
    for (Share s : Share.values()) {
      shares.add(new ShareRow(s, interval(s)));
    }
    Tables.Builder b = ResultTables.builder()
        .csvLevel("table")
        .line(c -> count == 0
            ? c.fill("title.scorecardSummary", count)
            : c.fill("title.scorecardSummary", count)
                + c.fill("text.scorecardMeans", c.signed(mean(), 2), c.signed(netScore(), 1)));
    return ResultTables.fields(b, this, COLUMNS)
        .table(ResultTables.table("levels", LEVEL_COLUMNS, levels))
        .table(ResultTables.table("shares", SHARE_COLUMNS, shares).only(Column.Target.TEXT, Column.Target.HTML))
        .table(Table.of("summary", COLUMNS, List.of(this)).only(Column.Target.CSV))
        .build();
  }

  /**
   * The columns of a scorecard summary, declared once for a summary on its own and for the rows
   * of a {@link GroupedSummary}: text shows n, mean, net pp, positive, negative, delight and
   * damage; CSV and JSON also the Wilson bounds, the neutral share and the counts (see {@link
   * #tables()} for the keys).
   */
  static <R> List<Column<R>> columns(Function<? super R, ScorecardSummary> summary) {
    List<Column<R>> c = new ArrayList<>();
    c.add(Column.<R>integer("n", r -> summary.apply(r).count()).header("table.n")
        .text((r, x) -> x.count(summary.apply(r).count())));
    c.add(Column.<R>decimal("mean", r -> summary.apply(r).mean()).header("table.mean")
        .text((r, x) -> x.signed(summary.apply(r).mean(), 2)));
    c.add(Column.<R>decimal("netScore", r -> summary.apply(r).netScore()).header("table.netPp")
        .text((r, x) -> x.signed(summary.apply(r).netScore(), 1)));
    c.addAll(share("positive", "positiveShare", "table.positive", Share.POSITIVE, summary));
    c.addAll(share("negative", "negativeShare", "table.negative", Share.NEGATIVE, summary));
    c.addAll(share("neutral", "neutralShare", null, Share.NEUTRAL, summary));
    c.addAll(share("delight", "delightRate", "table.delight", Share.DELIGHT, summary));
    c.addAll(share("damage", "damageRate", "table.damage", Share.DAMAGE, summary));
    c.add(machine(Column.<R>integer("positiveCount", r -> summary.apply(r).positiveCount())));
    c.add(machine(Column.<R>integer("negativeCount", r -> summary.apply(r).negativeCount())));
    c.add(machine(Column.<R>integer("neutralCount", r -> summary.apply(r).neutralCount())));
    return List.copyOf(c);
  }

  /** A share as a percentage (only in CSV and JSON without a header) and its Wilson bounds. */
  private static <R> List<Column<R>> share(String prefix, String key, @Nullable String header, Share share,
      Function<? super R, ScorecardSummary> summary) {
    Column<R> value = Column.<R>decimal(key, r -> summary.apply(r).share(share))
        .text((r, x) -> x.percent(summary.apply(r).share(share)));
    return List.of(
        header == null ? machine(value) : value.header(header),
        machine(Column.<R>decimal(prefix + "Lower", r -> summary.apply(r).interval(share).lower())),
        machine(Column.<R>decimal(prefix + "Upper", r -> summary.apply(r).interval(share).upper())));
  }

  /** A column of CSV and JSON only. */
  private static <R> Column<R> machine(Column<R> column) {
    return column.except(Column.Target.TEXT, Column.Target.HTML);
  }

  /**
   * A readable report: a headline with count, mean and net score, the seven levels with counts
   * and shares, and the five shares with their 95% Wilson intervals. For example:
   *
   * <pre>
   * ScorecardSummary n=10, mean +0.80, net score +60.0 pp
   * level  meaning                               count   share
   *    +3  delights the customer                     2   20.0%
   * ...
   * share         value  95% Wilson
   * positive      80.0%  [49.0%, 94.3%]
   * ...
   * </pre>
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

}
