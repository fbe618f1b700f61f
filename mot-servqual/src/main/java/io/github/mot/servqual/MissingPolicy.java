package io.github.mot.servqual;

/**
 * How an analysis treats missing answers.
 *
 * <p>Every result carries the number of cases {@code n} it was computed on.
 *
 * @since 0.1.0
 */
public enum MissingPolicy {
  /**
   * Listwise deletion: a respondent is left out of the whole analysis if any answer that the
   * analysis needs is missing (for a gap analysis: any E or P answer of any item; for a zone
   * analysis: any A, D or P answer; for importance-performance: any P answer). Every statistic is
   * then computed on the same complete cases.
   */
  LISTWISE,
  /**
   * Pairwise (available-case) deletion: each statistic uses every respondent who has the answers
   * it needs. An item gap needs the item's E and P; a dimension statistic needs every E and P of the
   * dimension's items; an overall score needs every item. Statistics may rest on different n.
   */
  PAIRWISE
}
