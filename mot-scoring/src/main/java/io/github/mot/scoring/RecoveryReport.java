package io.github.mot.scoring;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@link Recovery}: how many damaged episodes recover, in total and by touchpoint and
 * staff member of their first damaging moment, each share with its 95% Wilson interval; and the
 * journey scores of recovered, unrecovered and never-damaged episodes with Welch's comparisons
 * (what the figures mean for the service-recovery paradox is in {@link Recovery}). In total and in
 * every row {@code recovered + unrecovered = damaged}.
 *
 * <p>Only {@link Recovery#analyze} makes a report. Equal when the analysis and every figure are
 * (doubles compared as by {@link Double#compare}). Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public sealed interface RecoveryReport extends Tabular permits JourneyResults.RecoveryResult {

  /** What became of an episode. */
  enum Outcome {
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
  sealed interface Share permits JourneyResults.ShareRow {

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

  /**
   * The journey scores of the episodes of one outcome. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  sealed interface ScoreGroup permits JourneyResults.ScoreRow {

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

  /**
   * The analysis (thresholds, model) that made this report.
   *
   * @return the analysis
   */
  Recovery analysis();

  /**
   * The number of episodes.
   *
   * @return {@code >= 0}
   */
  long episodeCount();

  /**
   * All damaged episodes and how many recovered, named {@code ""}.
   *
   * @return the total share
   */
  Share total();

  /**
   * The damaged episodes by the touchpoint of their first damaging moment, most damaged first.
   *
   * @return an unmodifiable list
   */
  List<Share> byTouchpoint();

  /**
   * The damaged episodes by the staff member of their first damaging moment, most damaged first;
   * a first damaging moment without a staff member is in no row ({@link #damagedWithoutStaff()}).
   *
   * @return an unmodifiable list
   */
  List<Share> byStaff();

  /**
   * The number of damaged episodes whose first damaging moment names no staff member.
   *
   * @return {@code >= 0}
   */
  default long damagedWithoutStaff() {
    long withStaff = 0;
    for (Share s : byStaff()) {
      withStaff += s.damaged();
    }
    return total().damaged() - withStaff;
  }

  /**
   * The journey scores of the episodes of each outcome.
   *
   * @return an unmodifiable list in the order of {@link Outcome}
   */
  List<ScoreGroup> scores();

  /**
   * The journey scores of one outcome.
   *
   * @param outcome the outcome
   * @return its score group
   * @throws NullPointerException if {@code outcome} is null
   */
  default ScoreGroup scores(Outcome outcome) {
    return scores().get(outcome.ordinal());
  }

  /**
   * Welch's comparison of the mean journey scores, recovered minus never damaged: above 0 with an
   * interval above 0, the service-recovery paradox.
   *
   * @return the comparison
   */
  MeanComparison recoveredVsNeverDamaged();

  /**
   * Welch's comparison of the mean journey scores, recovered minus unrecovered: what recovery is
   * worth.
   *
   * @return the comparison
   */
  MeanComparison recoveredVsUnrecovered();

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
  Tables tables();
}
