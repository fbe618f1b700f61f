package io.github.mot.servqual.internal;

import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyAnalysis;

/**
 * The shared options of an analysis, declared once: the analyses of the topic packages extend it
 * and say how to copy themselves with other options ({@link #with(AnalysisOptions)}). Not API: its
 * public methods are documented by {@link SurveyAnalysis}.
 *
 * @param <A> the analysis
 */
public abstract class OptionsAnalysis<A extends SurveyAnalysis<A>> implements SurveyAnalysis<A> {

  /** The missing policy and the confidence level. */
  protected final AnalysisOptions options;

  /**
   * Keeps the options.
   *
   * @param options the options
   */
  protected OptionsAnalysis(AnalysisOptions options) {
    this.options = options;
  }

  /**
   * A copy of this analysis with other options and everything else the same.
   *
   * @param options the options
   * @return the copy
   */
  protected abstract A with(AnalysisOptions options);

  @Override
  public final A withMissing(MissingPolicy policy) {
    return with(options.withMissing(policy));
  }

  @Override
  public final A withConfidenceLevel(double level) {
    return with(options.withConfidenceLevel(level));
  }

  @Override
  public final MissingPolicy missingPolicy() {
    return options.missingPolicy();
  }

  @Override
  public final double confidenceLevel() {
    return options.confidenceLevel();
  }
}
