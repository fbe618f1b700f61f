package io.github.mot.scoring;

import io.github.mot.core.internal.Preconditions;
import java.util.Objects;

/**
 * Recovery after a damaging moment: of the episodes with a damaging moment (level -2 or -3 by
 * default), the share that recovers (a later moment of the episode at +1 or better) and the share
 * that ends without recovery, by touchpoint and by staff member of the first damaging moment; and
 * the journey scores of recovered, unrecovered and never-damaged episodes side by side, so that a
 * manager sees whether a complaint handled well wins the customer back.
 *
 * <pre>{@code
 * Episodes episodes = ObservedJourneys.withDefaults().withJourney(map).observe(log);
 * RecoveryReport report = Recovery.withDefaults().withModel(JourneyModel.PEAK_END).analyze(episodes);
 * boolean paradox = report.recoveredVsNeverDamaged().lower() > 0;
 * }</pre>
 *
 * <p><b>Definitions.</b> An episode is <em>damaged</em> when one of its encounters has a level at
 * or below {@link #damageThreshold()}; its <em>first damaging moment</em> is the first such
 * encounter in episode order. It is <em>recovered</em> when an encounter after that one has a
 * level at or above {@link #recoveryThreshold()} (whatever comes after), else <em>unrecovered</em>
 * (it ends without recovery); an episode without a damaging moment is <em>never damaged</em>.
 * So {@code recovered + unrecovered = damaged} and {@code damaged + neverDamaged = episodes}, in
 * total and per touchpoint or staff member of the first damaging moment.
 *
 * <p><b>The service-recovery paradox</b> says that customers whose failure was recovered well end
 * up more satisfied than customers who met no failure (C. A. de Matos, J. L. Henrique and C. A. V.
 * Rossi's meta-analysis, 2007, finds it for satisfaction only). The report gives each group's mean
 * journey score ({@link Episodes#scores(JourneyModel)}, under {@link #model()}) with its 95%
 * t interval, and Welch's comparisons ({@link MeanComparison}) recovered vs never damaged and
 * recovered vs unrecovered. The paradox shows when the recovered mean exceeds the never-damaged
 * mean with an interval of the difference above 0; a difference whose interval covers 0 is no
 * evidence either way; an interval below 0 (the usual finding) says that recovery does not undo
 * the damage. The comparison recovered vs unrecovered measures what recovery is worth. Reference:
 * M. A. McCollough, L. L. Berry and M. S. Yadav, "An empirical investigation of customer
 * satisfaction after service failure and recovery", <i>Journal of Service Research</i> 3 (2000)
 * 121-137 (who did not find the paradox); A. K. Smith and R. N. Bolton, "An experimental
 * investigation of customer reactions to service failure and recovery encounters: paradox or
 * peril?", <i>Journal of Service Research</i> 1 (1998) 65-81. Episodes are observed, not
 * randomised: the comparison describes, it does not prove a cause.
 *
 * <p>Cost: one pass over the episodes' encounters and one over their scores; no object per
 * encounter. The figures come from a mergeable {@link RecoveryTally} ({@link #tally()}): the
 * scores' means and variances from exact sums, so that shards of customers merge into the whole
 * bit for bit. Instances are immutable and thread-safe; equal when their settings are.
 *
 * @param damageThreshold the damage threshold: a moment at this level or below is damaging, in
 *     -3..+3, below {@code recoveryThreshold}
 * @param recoveryThreshold the recovery threshold: a later moment at this level or above recovers,
 *     in -3..+3, above {@code damageThreshold}
 * @param model the journey model of the scores compared
 * @since 0.4.0
 */
public record Recovery(int damageThreshold, int recoveryThreshold, JourneyModel model) {

  /** The default damage threshold, -2: levels -2 (fails expectations) and -3 (damages). */
  public static final int DEFAULT_DAMAGE_THRESHOLD = -2;

  /** The default recovery threshold, +1: a later moment that meets expectations or better. */
  public static final int DEFAULT_RECOVERY_THRESHOLD = 1;

  private static final Recovery DEFAULTS =
      new Recovery(DEFAULT_DAMAGE_THRESHOLD, DEFAULT_RECOVERY_THRESHOLD, JourneyModel.MEAN);

  /**
   * The analysis with these settings; {@link #withDefaults()} and the {@code withX} copies are the
   * usual way to build one.
   *
   * @param damageThreshold the damage threshold, in -3..+3, below {@code recoveryThreshold}
   * @param recoveryThreshold the recovery threshold, in -3..+3
   * @param model the journey model
   * @throws IllegalArgumentException if a threshold is outside -3..+3 or the damage threshold is not
   *     below the recovery threshold
   * @throws NullPointerException if {@code model} is null
   */
  public Recovery {
    Precursors.checkLevel("damage threshold", damageThreshold);
    Precursors.checkLevel("recovery threshold", recoveryThreshold);
    Preconditions.check(damageThreshold < recoveryThreshold, "damage threshold",
        "below the recovery threshold " + recoveryThreshold, damageThreshold);
    Objects.requireNonNull(model, "model");
  }

  /**
   * The analysis with the defaults: damage at {@link #DEFAULT_DAMAGE_THRESHOLD} or below, recovery
   * at {@link #DEFAULT_RECOVERY_THRESHOLD} or above, journey scores by {@link JourneyModel#MEAN}.
   *
   * @return the analysis
   */
  public static Recovery withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another damage threshold: a moment at this level or below is damaging.
   *
   * @param level the threshold, in -3..+3 and below the recovery threshold
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code level} is outside -3..+3 or not below {@link
   *     #recoveryThreshold()}
   */
  public Recovery withDamageThreshold(int level) {
    return new Recovery(level, recoveryThreshold, model);
  }

  /**
   * A copy with another recovery threshold: a later moment at this level or above recovers.
   *
   * @param level the threshold, in -3..+3 and above the damage threshold
   * @return the reconfigured analysis
   * @throws IllegalArgumentException if {@code level} is outside -3..+3 or not above {@link
   *     #damageThreshold()}
   */
  public Recovery withRecoveryThreshold(int level) {
    Precursors.checkLevel("recovery threshold", level);
    Preconditions.check(level > damageThreshold, "recovery threshold",
        "above the damage threshold " + damageThreshold, level);
    return new Recovery(damageThreshold, level, model);
  }

  /**
   * A copy that compares the journey scores of another model.
   *
   * @param model the journey model
   * @return the reconfigured analysis
   * @throws NullPointerException if {@code model} is null
   */
  public Recovery withModel(JourneyModel model) {
    return new Recovery(damageThreshold, recoveryThreshold, model);
  }

  /**
   * The recovery of a set of episodes.
   *
   * @param episodes the episodes, observed with a journey map (the journey scores need it)
   * @return the report
   * @throws IllegalStateException if the episodes were observed without a journey map
   * @throws NullPointerException if {@code episodes} is null
   */
  public RecoveryReport analyze(Episodes episodes) {
    return tally().add(episodes).report();
  }

  /**
   * An empty tally of this analysis: add the episodes of shards of customers to tallies, merge
   * them (also shipped as bytes), and the merged tally's report is this analysis of all the
   * episodes, bit for bit.
   *
   * @return a new, empty tally
   */
  public RecoveryTally tally() {
    return new RecoveryTally(this);
  }

  /**
   * The analysis in the form {@code "Recovery[damage<=-2, recovery>=1, model=MEAN]"}.
   *
   * @return the settings
   */
  @Override
  public String toString() {
    return "Recovery[damage<=" + damageThreshold + ", recovery>=" + recoveryThreshold + ", model=" + model + "]";
  }
}
