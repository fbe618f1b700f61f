package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
public final class AuditTrend extends ResultValue implements Tabular {

  /** One row of the series: the point and its position from 1. */
  private record Row(int number, Point point) {}

  private static final List<Column<Row>> POINTS = List.of(
      Column.<Row>integer("number", Row::number).header("table.number"),
      Column.<Row>text("auditedAt", r -> r.point().auditedAt().toString()).header("table.auditedAt"),
      Column.<Row>text("auditId", r -> r.point().auditId()).header("table.audit"),
      Column.<Row>text("staffId", r -> r.point().staffId()).header("table.staff"),
      Column.<Row>decimal("score", r -> r.point().score()).decimals(4).header("table.score"));

  /**
   * One audit of the series: when, which audit, which staff member, and its score. Immutable and
   * thread-safe; equal when all parts are equal (scores compared as by {@link Double#compare});
   * printed as a record, {@code Point[auditedAt=2026-01-01T00:00:00Z, auditId=A1, staffId=s1,
   * score=0.5]}.
   */
  public sealed interface Point permits Values.Point {

    /**
     * A point from its parts.
     *
     * @param auditedAt when the audit took place
     * @param auditId the audit's id
     * @param staffId the staff member audited
     * @param score the audit's score in [0, 1]
     * @return the point
     * @throws IllegalArgumentException if the score is not in [0, 1] (NaN included)
     * @throws NullPointerException if a part is null
     * @since 0.3.0
     */
    static Point of(Instant auditedAt, String auditId, String staffId, double score) {
      return new Values.Point(auditedAt, auditId, staffId, score);
    }

    /**
     * When the audit took place.
     *
     * @return the instant
     */
    Instant auditedAt();

    /**
     * The audit's id.
     *
     * @return the id
     */
    String auditId();

    /**
     * The staff member audited.
     *
     * @return the staff id
     */
    String staffId();

    /**
     * The audit's score.
     *
     * @return the score in [0, 1]
     */
    double score();
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

  /** A headline with size, mean and slope, then the series as a table (long ones elided). */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
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
   * @return the slope in [-1, 1] score points per audit, NaN with fewer than two audits
   */
  public double slope() {
    int n = points.size();
    if (n < 2) {
      return Double.NaN;
    }
    double xbar = (n - 1) / 2.0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (i - xbar) * points.get(i).score();
    }
    double sxx = n * ((double) n * n - 1) / 12.0;
    return sxy / sxx;
  }

  /**
   * The mean score of the series.
   *
   * @return the mean, NaN for an empty series
   */
  public double mean() {
    if (points.isEmpty()) {
      return Double.NaN;
    }
    ExactSum s = new ExactSum();
    for (Point p : points) {
      s.add("score", p.score());
    }
    return Math.min(1.0, s.divide(points.size()));
  }

  /** Equal when the series are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {points};
  }

  /**
   * The trend for every {@link Format}: JSON fields {@code n} (scored audits), {@code mean} and
   * {@code slope} (score points per audit; {@code null} for an empty series and for fewer than two
   * audits); the table {@code points} in time order with {@code number} (from 1), {@code
   * auditedAt} (ISO-8601 instant), {@code auditId}, {@code staffId} and {@code score} (in [0, 1]),
   * which is also the CSV.
   *
   * @return the description of this trend
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    List<Row> rows = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      rows.add(new Row(i + 1, points.get(i)));
    }
    return ResultTables.builder()
        .line(c -> c.fill("title.auditTrend", points.size(), c.num(mean(), 4), c.signed(slope(), 4)))
        .field("n", points.size())
        .field("mean", mean())
        .field("slope", slope())
        .table(ResultTables.table("points", POINTS, rows))
        .build();
  }
}
