package io.github.mot.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Workload 3 in DuckDB: the log in an in-memory table {@code encounter(customer, tp, t, level)}
 * ({@code t} in epoch seconds, {@code level} NULL for none) and one query with window functions
 * that cuts each customer's encounters into episodes ({@code lag}/{@code lead} over the customer's
 * encounters in time order, a running sum of the episode starts) and groups the steps (START to
 * the first encounter, encounter to encounter, the last to END) into the directly-follows graph.
 * Only {@link #figures()} is timed.
 */
public final class PathsDuckDb implements AutoCloseable {

  /** The query; START is touchpoint -1, END 99. */
  static final String QUERY = """
      WITH w AS (
        SELECT customer, tp, t, level,
               lag(t) OVER (PARTITION BY customer ORDER BY t) AS pt,
               lag(tp) OVER (PARTITION BY customer ORDER BY t) AS ptp,
               lead(t) OVER (PARTITION BY customer ORDER BY t) AS nt
        FROM encounter),
      m AS (
        SELECT *, (pt IS NULL OR t - pt > 1800) AS starts, (nt IS NULL OR nt - t > 1800) AS ends FROM w),
      e AS (
        SELECT *, sum(CASE WHEN starts THEN 1 ELSE 0 END)
                    OVER (PARTITION BY customer ORDER BY t ROWS UNBOUNDED PRECEDING) AS ep
        FROM m),
      steps AS (
        SELECT customer, ep, CASE WHEN starts THEN -1 ELSE ptp END AS f, tp AS s,
               CASE WHEN starts THEN NULL ELSE t - pt END AS secs, level FROM e
        UNION ALL
        SELECT customer, ep, tp AS f, 99 AS s, NULL AS secs, NULL AS level FROM e WHERE ends)
      SELECT f, s, count(*), count(DISTINCT customer::BIGINT * 64 + ep), count(DISTINCT customer),
             avg(secs), median(secs),
             count(*) FILTER (WHERE level = -3), count(*) FILTER (WHERE level = -2),
             count(*) FILTER (WHERE level = -1), count(*) FILTER (WHERE level = 0),
             count(*) FILTER (WHERE level = 1), count(*) FILTER (WHERE level = 2),
             count(*) FILTER (WHERE level = 3)
      FROM steps GROUP BY f, s""";

  private final Connection connection;

  /**
   * Loads the log into a new in-memory DuckDB database.
   *
   * @param workload the log
   * @param threads DuckDB's worker threads
   * @param scratch a directory for the temporary CSV file
   * @throws IOException if the CSV file cannot be written
   * @throws SQLException if DuckDB fails
   */
  public PathsDuckDb(PathsWorkload workload, int threads, Path scratch) throws IOException, SQLException {
    connection = DuckDbTable.load(threads, "encounter", "customer INTEGER, tp TINYINT, t BIGINT, level TINYINT",
        scratch, out -> {
          StringBuilder line = new StringBuilder(40);
          for (int i = 0; i < workload.size; i++) {
            line.setLength(0);
            line.append(workload.customer[i]).append(',').append(workload.touchpoint[i]).append(',')
                .append(workload.time[i]).append(',');
            if (workload.level[i] != PathsWorkload.NO_LEVEL) {
              line.append(workload.level[i]);
            }
            out.append(line).append('\n');
          }
        });
  }

  /**
   * Runs the query.
   *
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  public PathsFigures figures() throws SQLException {
    List<String> ids = PathsWorkload.touchpointIds();
    java.util.TreeMap<String, double[]> edges = new java.util.TreeMap<>();
    long episodes = 0;
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
      while (rs.next()) {
        int from = rs.getInt(1);
        int to = rs.getInt(2);
        double[] v = new double[PathsFigures.WIDTH];
        v[0] = rs.getLong(3);
        v[1] = rs.getLong(4);
        v[2] = rs.getLong(5);
        double mean = rs.getDouble(6);
        v[3] = rs.wasNull() ? Double.NaN : mean;
        double median = rs.getDouble(7);
        v[4] = rs.wasNull() ? Double.NaN : median;
        for (int l = 0; l < 7; l++) {
          v[5 + l] = rs.getLong(8 + l);
        }
        if (from == -1) {
          episodes += (long) v[0];
        }
        edges.put((from == -1 ? "START" : ids.get(from)) + ">" + (to == 99 ? "END" : ids.get(to)), v);
      }
    }
    return new PathsFigures(episodes, edges);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
