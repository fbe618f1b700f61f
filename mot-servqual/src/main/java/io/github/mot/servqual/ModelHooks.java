package io.github.mot.servqual;

import io.github.mot.servqual.internal.ModelAccess;
import java.util.List;

/** This package's side of {@link ModelAccess}: installed by {@link SurveyData}. Package-private. */
final class ModelHooks extends ModelAccess {

  @Override
  public void reserve(SurveyData.Builder builder, int rows) {
    builder.reserve(rows);
  }

  @Override
  public void appendColumns(SurveyData.Builder builder, byte[][] answers, int from, int count, long[] ids,
      String @org.jspecify.annotations.Nullable [] textIds, double[][] points, boolean[] hasPoints,
      int[][] attributeCodes) {
    builder.appendColumns(answers, from, count, ids, textIds, points, hasPoints, attributeCodes);
  }

  @Override
  public int attributeCode(SurveyData.Builder builder, int attribute, String value) {
    return builder.attributeCode(attribute, value);
  }

  @Override
  public byte[] @org.jspecify.annotations.Nullable [][] columns(SurveyData data) {
    return data.columns;
  }

  @Override
  public double @org.jspecify.annotations.Nullable [][] points(SurveyData data) {
    return data.points;
  }

  @Override
  public byte @org.jspecify.annotations.Nullable [][] wholePoints(SurveyData data) {
    return data.wholePoints;
  }

  @Override
  public int withoutPoints(SurveyData data) {
    return data.withoutPoints;
  }

  @Override
  public long[] missingByKind(SurveyData data) {
    return data.missingByKind;
  }

  @Override
  public int attributeIndex(SurveyData data, String name) {
    return data.attributeIndex(name);
  }

  @Override
  public int[] attributeCodes(SurveyData data, int attribute) {
    return data.attributeCodes[attribute];
  }

  @Override
  public MeanEstimate meanEstimate(long n, double mean, double standardDeviation, double standardError, double t,
      double degreesOfFreedom, double p, double ciLower, double ciUpper, double confidenceLevel) {
    return new Values.MeanEstimate(n, mean, standardDeviation, standardError, t, degreesOfFreedom, p, ciLower, ciUpper,
        confidenceLevel);
  }

  @Override
  public CronbachAlpha cronbachAlpha(long n, int items, double alpha, List<CronbachAlpha.ItemStatistics> itemStatistics) {
    return new Values.CronbachAlpha(n, items, alpha, itemStatistics);
  }

  @Override
  public CronbachAlpha.ItemStatistics itemStatistics(int id, double correctedItemTotalCorrelation,
      double alphaIfDeleted) {
    return new Values.ItemStatistics(id, correctedItemTotalCorrelation, alphaIfDeleted);
  }
}
