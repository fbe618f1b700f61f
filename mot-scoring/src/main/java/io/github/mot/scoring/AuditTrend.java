package io.github.mot.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The trend of audit scores over successive audits: the scores in time order and their
 * least-squares slope per audit.
 *
 * <p>Order: by audit time, ties by audit id, then staff id, then score, so the series is the same
 * whatever order the audits were added in. Only scored audits (at least one applicable item) are
 * in the series.
 *
 * <p>Slope: the ordinary least-squares slope of score on position, with positions {@code x_i =
 * 0, 1, ..., n-1} (successive audits, equally spaced whatever the calendar gaps) and {@code y_i}
 * the scores: {@code slope = sum((x_i - xbar)(y_i - ybar)) / sum((x_i - xbar)^2) = sum((i -
 * (n-1)/2) y_i) / (n(n^2-1)/12)}. Its unit is score points (0..1) per audit: +0.05 means each
 * audit scores five points of a hundred more than the one before, on the fitted line. With fewer
 * than two audits there is no slope.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditTrend {

  /**
   * One audit of the series.
   *
   * @param auditedAt when the audit took place
   * @param auditId the audit's id
   * @param staffId the staff member audited
   * @param score the audit's score in [0, 1]
   */
  public record Point(Instant auditedAt, String auditId, String staffId, double score) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the score is not in [0, 1]
     * @throws NullPointerException if a part is null
     */
    public Point {
      Objects.requireNonNull(auditedAt, "auditedAt");
      Objects.requireNonNull(auditId, "auditId");
      Objects.requireNonNull(staffId, "staffId");
      if (!(score >= 0.0 && score <= 1.0)) {
        throw new IllegalArgumentException("score must be in [0, 1] but was " + score);
      }
      score += 0.0; // -0.0 is stored as 0.0, so that equal points are equal
    }
  }

  static final Comparator<Point> ORDER =
      Comparator.comparing(Point::auditedAt)
          .thenComparing(Point::auditId)
          .thenComparing(Point::staffId)
          .thenComparingDouble(Point::score);

  private final List<Point> points;

  private AuditTrend(List<Point> sorted) {
    this.points = sorted;
  }

  /**
   * The trend of a collection of points, in any order.
   *
   * @param points the scored audits
   * @return the trend, points in time order
   */
  public static AuditTrend of(Collection<Point> points) {
    List<Point> list = new ArrayList<>(points);
    for (Point p : list) {
      Objects.requireNonNull(p, "point");
    }
    list.sort(ORDER);
    return new AuditTrend(List.copyOf(list));
  }

  /**
   * The audits in time order.
   *
   * @return an unmodifiable list
   */
  public List<Point> points() {
    return points;
  }

  /**
   * The scores in time order.
   *
   * @return a new array of scores
   */
  public double[] scores() {
    double[] y = new double[points.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = points.get(i).score();
    }
    return y;
  }

  /**
   * The number of scored audits.
   *
   * @return the length of the series
   */
  public int size() {
    return points.size();
  }

  /**
   * The least-squares slope of score per audit (see the class comment).
   *
   * @return the slope in [-1, 1] score points per audit, empty with fewer than two audits
   */
  public OptionalDouble slope() {
    int n = points.size();
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double xbar = (n - 1) / 2.0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (i - xbar) * points.get(i).score();
    }
    double sxx = n * ((double) n * n - 1) / 12.0;
    return OptionalDouble.of(sxy / sxx);
  }

  /**
   * The mean score of the series.
   *
   * @return the mean, empty for an empty series
   */
  public OptionalDouble mean() {
    if (points.isEmpty()) {
      return OptionalDouble.empty();
    }
    ExactSum s = new ExactSum();
    for (Point p : points) {
      s.add("score", p.score());
    }
    return OptionalDouble.of(Math.min(1.0, s.divide(points.size())));
  }

  /** Equal when the series are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AuditTrend && ((AuditTrend) o).points.equals(points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  /** A headline with size, mean and slope, then the series as a table (long ones elided). */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }

  /**
   * The same in a language: headline and headers from the bundle {@code
   * io.github.mot.scoring.i18n.labels}, numbers with the locale's separators; audit and staff ids
   * as given. A language without a bundle (German) gets the English words. {@code
   * toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the trend as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    Text x = Text.of(locale);
    Table t = new Table(">" + x.get("table.number"), x.get("table.auditedAt"), x.get("table.audit"),
        x.get("table.staff"), ">" + x.get("table.score"));
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      t.row(
          Integer.toString(i + 1),
          p.auditedAt().toString(),
          p.auditId(),
          p.staffId(),
          x.num(p.score(), 4));
    }
    return x.fill("title.auditTrend", points.size(), x.opt(mean(), 4), x.optSigned(slope(), 4))
        + "\n"
        + t.render(x);
  }
}
