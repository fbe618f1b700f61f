package io.github.mot.scoring;

import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The result of {@link Recovery}: how many damaged episodes recover, in total and by touchpoint and
 * staff member of their first damaging moment, each share with its 95% Wilson interval; and the
 * journey scores of recovered, unrecovered and never-damaged episodes with Welch's comparisons
 * (what the figures mean for the service-recovery paradox is in {@link Recovery}). In total and in
 * every row {@code recovered + unrecovered = damaged}.
 *
 * <p>Equality is identity. Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class RecoveryReport implements Tabular {

  /** What became of an episode. */
  public enum Outcome {
    /** Damaged, and a later moment reached the recovery threshold. */
    RECOVERED,
    /** Damaged, and no later moment reached the recovery threshold. */
    UNRECOVERED,
    /** No moment at or below the damage threshold. */
    NEVER_DAMAGED;

    /**
     * The lower-case name with blanks, {@code "never damaged"}.
     *
     * @return the label
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The label in a language, from the bundle {@code io.github.mot.scoring.i18n.labels} (key
     * {@code RecoveryReport.Outcome.<CONSTANT>}), English where the language has no translation.
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
   * The damaged episodes whose first damaging moment was at one touchpoint, or with one staff
   * member, and how many recovered. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  public sealed interface Share permits ShareRow {

    /**
     * The touchpoint id or staff id of the first damaging moment.
     *
     * @return the id
     */
    String name();

    /**
     * The number of damaged episodes.
     *
     * @return {@code >= 1}
     */
    long damaged();

    /**
     * The number of those that recovered.
     *
     * @return in {@code [0, damaged()]}
     */
    long recovered();

    /**
     * The number of those that ended without recovery.
     *
     * @return {@code damaged() - recovered()}
     */
    default long unrecovered() {
      return damaged() - recovered();
    }

    /**
     * The share recovered with its 95% Wilson interval.
     *
     * @return {@code recovered()} successes of {@code damaged()} trials
     */
    WilsonInterval share();
  }

  /** A share's figures. */
  record ShareRow(String name, long damaged, long recovered, WilsonInterval share) implements Share {
    /** For example {@code "paying: 55 of 78 damaged episodes recovered, 0.7051 [...] (55/78, 95% Wilson)"}. */
    @Override
    public String toString() {
      return (name.isEmpty() ? "all" : name) + ": " + recovered + " of " + damaged + " damaged episodes recovered, "
          + share;
    }
  }

  /**
   * The journey scores of the episodes of one outcome. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  public sealed interface ScoreGroup permits ScoreRow {

    /**
     * The outcome.
     *
     * @return the outcome
     */
    Outcome outcome();

    /**
     * The number of episodes with this outcome.
     *
     * @return {@code >= 0}
     */
    long episodes();

    /**
     * The number of them with a journey score (an episode without a scored encounter has none).
     *
     * @return in {@code [0, episodes()]}
     */
    long scored();

    /**
     * The mean journey score.
     *
     * @return in [-3, +3], NaN without scores
     */
    double mean();

    /**
     * The sample standard deviation of the scores (denominator {@code n - 1}).
     *
     * @return {@code >= 0}, NaN for fewer than 2 scores
     */
    double sd();

    /**
     * The lower bound of the 95% t interval of the mean, {@code mean - t(n-1, 0.975) sd / sqrt(n)}.
     *
     * @return the bound, NaN for fewer than 2 scores
     */
    double lower();

    /**
     * The upper bound of the 95% t interval of the mean.
     *
     * @return the bound, NaN for fewer than 2 scores
     */
    double upper();
  }

  /** A score group's figures. */
  record ScoreRow(Outcome outcome, long episodes, long scored, double mean, double sd, double lower, double upper)
      implements ScoreGroup {
    /** For example {@code "RECOVERED: 167 episodes, 167 scored, mean 0.192 [0.110, 0.274], sd 0.538"}. */
    @Override
    public String toString() {
      return outcome + ": " + episodes + " episodes, " + scored + " scored, mean "
          + String.format(java.util.Locale.ROOT, "%.3f [%.3f, %.3f], sd %.3f", mean, lower, upper, sd);
    }
  }

  /** A comparison of two outcomes' scores. */
  private record Comparison(Outcome first, Outcome second, MeanComparison comparison) {}

  /** The shares of ids with a damaged episode, most damaged first, then by id. */
  static List<Share> shares(List<String> ids, long[] damaged, long[] recovered) {
    List<Share> out = new ArrayList<>();
    for (int i = 0; i < damaged.length; i++) {
      if (damaged[i] > 0) {
        out.add(new ShareRow(ids.get(i), damaged[i], recovered[i], WilsonInterval.of(recovered[i], damaged[i])));
      }
    }
    out.sort(Comparator.comparingLong(Share::damaged).reversed().thenComparing(Share::name));
    return List.copyOf(out);
  }

  /** The score group of {@code values[0, n)}. */
  static ScoreGroup scoreGroup(Outcome outcome, long episodes, double[] values, int n) {
    // the same sums as MeanComparison's, so a group's mean is the comparison's bit for bit
    double mean = MeanComparison.mean(values, n);
    double sd = Math.sqrt(MeanComparison.variance(values, n, mean));
    double half = n >= 2 ? TDistribution.of(n - 1).inverseSurvivalProbability(0.025) * sd / Math.sqrt(n) : Double.NaN;
    return new ScoreRow(outcome, episodes, n, mean, sd, mean - half, mean + half);
  }

  private static final List<Column<Share>> SHARES = ResultTables.concat(List.of(
      Column.<Share>text("name", Share::name).header("table.touchpoint"),
      Column.<Share>integer("damaged", Share::damaged).header("table.damaged"),
      Column.<Share>integer("recovered", Share::recovered).header("table.recovered"),
      Column.<Share>integer("unrecovered", Share::unrecovered).header("table.unrecovered")),
      ResultTables.shareColumns("share", "table.share", Share::share));

  private static final List<Column<ScoreGroup>> SCORES = List.of(
      Column.<ScoreGroup>label("outcome", (g, c) -> Text.of(c).label(g.outcome(), g.outcome().label()))
          .header("table.outcome"),
      Column.<ScoreGroup>integer("episodes", ScoreGroup::episodes).header("table.episodes"),
      Column.<ScoreGroup>integer("scored", ScoreGroup::scored).header("table.scored"),
      Column.<ScoreGroup>decimal("mean", ScoreGroup::mean).decimals(3).header("table.mean"),
      Column.<ScoreGroup>display("95% CI", (g, c) -> c.interval(g.lower(), g.upper(), 3)),
      Column.<ScoreGroup>decimal("lower", ScoreGroup::lower).except(Column.Target.TEXT, Column.Target.HTML),
      Column.<ScoreGroup>decimal("upper", ScoreGroup::upper).except(Column.Target.TEXT, Column.Target.HTML),
      Column.<ScoreGroup>decimal("sd", ScoreGroup::sd).decimals(3).header("table.sd"));

  private static final List<Column<Comparison>> COMPARISONS = ResultTables.concat(List.of(
      Column.<Comparison>label("first", (r, c) -> Text.of(c).label(r.first(), r.first().label())).header("table.group"),
      Column.<Comparison>label("second", (r, c) -> Text.of(c).label(r.second(), r.second().label())).header("table.versus")),
      MeanComparison.differenceColumns(Comparison::comparison));

  private final Recovery analysis;
  private final long episodes;
  private final List<Share> byTouchpoint;
  private final List<Share> byStaff;
  private final List<ScoreGroup> scores;
  private final MeanComparison vsNever;
  private final MeanComparison vsUnrecovered;
  private final Share total;

  RecoveryReport(Recovery analysis, long episodes, List<Share> byTouchpoint, List<Share> byStaff,
      List<ScoreGroup> scores, MeanComparison vsNever, MeanComparison vsUnrecovered) {
    this.analysis = analysis;
    this.episodes = episodes;
    this.byTouchpoint = byTouchpoint;
    this.byStaff = byStaff;
    this.scores = List.copyOf(scores);
    this.vsNever = vsNever;
    this.vsUnrecovered = vsUnrecovered;
    long recovered = scores.get(Outcome.RECOVERED.ordinal()).episodes();
    long damaged = recovered + scores.get(Outcome.UNRECOVERED.ordinal()).episodes();
    this.total = new ShareRow("", damaged, recovered, WilsonInterval.of(recovered, damaged));
  }

  /**
   * The analysis (thresholds, model) that made this report.
   *
   * @return the analysis
   */
  public Recovery analysis() {
    return analysis;
  }

  /**
   * The number of episodes.
   *
   * @return {@code >= 0}
   */
  public long episodeCount() {
    return episodes;
  }

  /**
   * All damaged episodes and how many recovered, named {@code ""}.
   *
   * @return the total share
   */
  public Share total() {
    return total;
  }

  /**
   * The damaged episodes by the touchpoint of their first damaging moment, most damaged first.
   *
   * @return an unmodifiable list
   */
  public List<Share> byTouchpoint() {
    return byTouchpoint;
  }

  /**
   * The damaged episodes by the staff member of their first damaging moment, most damaged first;
   * a first damaging moment without a staff member is in no row ({@link #damagedWithoutStaff()}).
   *
   * @return an unmodifiable list
   */
  public List<Share> byStaff() {
    return byStaff;
  }

  /**
   * The number of damaged episodes whose first damaging moment names no staff member.
   *
   * @return {@code >= 0}
   */
  public long damagedWithoutStaff() {
    long withStaff = 0;
    for (Share s : byStaff) {
      withStaff += s.damaged();
    }
    return total.damaged() - withStaff;
  }

  /**
   * The journey scores of the episodes of each outcome.
   *
   * @return an unmodifiable list in the order of {@link Outcome}
   */
  public List<ScoreGroup> scores() {
    return scores;
  }

  /**
   * The journey scores of one outcome.
   *
   * @param outcome the outcome
   * @return its score group
   * @throws NullPointerException if {@code outcome} is null
   */
  public ScoreGroup scores(Outcome outcome) {
    return scores.get(outcome.ordinal());
  }

  /**
   * Welch's comparison of the mean journey scores, recovered minus never damaged: above 0 with an
   * interval above 0, the service-recovery paradox.
   *
   * @return the comparison
   */
  public MeanComparison recoveredVsNeverDamaged() {
    return vsNever;
  }

  /**
   * Welch's comparison of the mean journey scores, recovered minus unrecovered: what recovery is
   * worth.
   *
   * @return the comparison
   */
  public MeanComparison recoveredVsUnrecovered() {
    return vsUnrecovered;
  }

  /**
   * The report for every {@link Format}: JSON fields {@code damageThreshold}, {@code
   * recoveryThreshold}, {@code model}, {@code episodeCount}, {@code damaged}, {@code recovered},
   * {@code unrecovered}, {@code share} with {@code shareLower} and {@code shareUpper} (95% Wilson),
   * {@code damagedWithoutStaff}; the tables {@code byTouchpoint} and {@code byStaff} with {@code
   * name}, {@code damaged}, {@code recovered}, {@code unrecovered}, {@code share}, {@code
   * shareLower}, {@code shareUpper}; the table {@code scores} with {@code outcome} ({@code
   * recovered}, {@code unrecovered}, {@code never damaged}), {@code episodes}, {@code scored},
   * {@code mean}, {@code lower}, {@code upper} (95% t) and {@code sd}; the table {@code comparisons}
   * with {@code first}, {@code second} and Welch's {@code difference}, {@code lower}, {@code
   * upper}, {@code df}, {@code p}. The CSV holds the tables under one header, the column {@code
   * table} telling which. Undefined figures are null in JSON, empty in CSV, {@code n/a} in text.
   *
   * @return the description of this report
   */
  @Override
  public Tables tables() {
    List<Comparison> comparisons = List.of(new Comparison(Outcome.RECOVERED, Outcome.NEVER_DAMAGED, vsNever),
        new Comparison(Outcome.RECOVERED, Outcome.UNRECOVERED, vsUnrecovered));
    Tables.Builder b = ResultTables.builder()
        .csvLevel("table")
        .line((Cells c) -> c.fill("title.recovery", c.level(analysis.damageThreshold()),
            c.level(analysis.recoveryThreshold()), c.count(total.damaged()), c.count(episodes),
            c.count(total.recovered()), c.percent(total.share().estimate()),
            total.damaged() == 0 ? Cells.UNDEFINED : c.percentInterval(total.share().lower(), total.share().upper()),
            c.count(total.unrecovered())))
        .field("damageThreshold", analysis.damageThreshold())
        .field("recoveryThreshold", analysis.recoveryThreshold())
        .field("model", analysis.model().name())
        .field("episodeCount", episodes)
        .field("damaged", total.damaged())
        .field("recovered", total.recovered())
        .field("unrecovered", total.unrecovered());
    ResultTables.fields(b, total, SHARES.subList(4, SHARES.size()));
    return b.field("damagedWithoutStaff", damagedWithoutStaff())
        .line((Cells c) -> c.label("title.recoveryByTouchpoint"))
        .table(ResultTables.table("byTouchpoint", SHARES, byTouchpoint))
        .line((Cells c) -> c.fill("title.recoveryByStaff", c.count(damagedWithoutStaff())))
        .table(ResultTables.table("byStaff", SHARES, byStaff).header("name", c -> c.label("table.staff")))
        .line((Cells c) -> c.fill("title.recoveryScores", Text.of(c).label(analysis.model(), analysis.model().label(Locale.ENGLISH))))
        .table(ResultTables.table("scores", SCORES, scores))
        .table(ResultTables.table("comparisons", COMPARISONS, comparisons))
        .build();
  }

  /**
   * A headline (damaged, recovered with its interval, unrecovered), the tables by touchpoint and by
   * staff member of the first damaging moment, and the journey scores by outcome with Welch's
   * comparisons.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
