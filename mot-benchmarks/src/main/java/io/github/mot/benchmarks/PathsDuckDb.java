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
 * ({@code t} in epoch seconds, {@code level} NULL for none) and two queries with window functions
 * that cut each customer's encounters into episodes ({@code lag}/{@code lead} over the customer's
 * encounters in time order, a running sum of the episode starts): one groups the steps (START to
 * the first encounter, encounter to encounter, the last to END) into the directly-follows graph,
 * the other counts each touchpoint's visits per episode (loops, touchpoints not visited) and the
 * stages each episode reaches in order (the funnel). SQL has no alignment: the conformance figures
 * it gives are those counts, less than the library's alignment computes. Only {@link #figures()}
 * is timed.
 */
public final class PathsDuckDb implements AutoCloseable {

  /** The episodes: each customer's encounters in time order, cut after more than 30 minutes. */
  private static final String EPISODES = """
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
        FROM m)
      """;

  /** The directly-follows graph; START is touchpoint -1, END 99. */
  static final String GRAPH = EPISODES + """
      , steps AS (
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

  /**
   * Per touchpoint the episodes that visit it and that visit it more than once ({@code 'v'},
   * touchpoint, visiting, looping), and the ordered funnel of the stages ({@code 'f'}, the number
   * of stages an episode reaches in order, episodes): a {@code list_reduce} over each episode's
   * stages in time order, which advances when the next stage comes.
   */
  static final String ANALYSES = EPISODES + """
      , per AS (SELECT customer, ep, tp, count(*) AS visits FROM e GROUP BY customer, ep, tp),
      reach AS (
        SELECT list_reduce(list_prepend(0, list(%s + 1 ORDER BY t)),
                           lambda acc, x: CASE WHEN x = acc + 1 THEN acc + 1 ELSE acc END) AS reached
        FROM e GROUP BY customer, ep)
      SELECT 'v', tp, count(*), count(*) FILTER (WHERE visits > 1) FROM per GROUP BY tp
      UNION ALL
      SELECT 'f', reached, count(*), 0 FROM reach GROUP BY reached""";

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
          for (int i = 0; i < workload.size(); i++) {
            line.setLength(0);
            line.append(workload.customer()[i]).append(',').append(workload.touchpoint()[i]).append(',')
                .append(workload.time()[i]).append(',');
            if (workload.level()[i] != PathsWorkload.NO_LEVEL) {
              line.append(workload.level()[i]);
            }
            out.append(line).append('\n');
          }
        });
  }

  /**
   * Runs the queries.
   *
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  public PathsFigures figures() throws SQLException {
    List<String> ids = PathsWorkload.touchpointIds();
    java.util.TreeMap<String, double[]> edges = new java.util.TreeMap<>();
    long episodes = 0;
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(GRAPH)) {
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
    long[] byReached = new long[STAGES.size() + 1];
    long[] loops = new long[ids.size()];
    long[] unvisited = new long[ids.size()];
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(String.format(java.util.Locale.ROOT, ANALYSES, stageCase()))) {
      while (rs.next()) {
        int key = rs.getInt(2);
        if (rs.getString(1).equals("v")) {
          unvisited[key] = episodes - rs.getLong(3);
          loops[key] = rs.getLong(4);
        } else {
          byReached[key] = rs.getLong(3);
        }
      }
    }
    long[] funnel = new long[STAGES.size()];
    long reached = 0;
    for (int k = STAGES.size(); k >= 1; k--) {
      reached += byReached[k];
      funnel[k - 1] = reached;
    }
    return new PathsFigures(episodes, edges, funnel, loops, unvisited);
  }

  /** The stages of the retail map that have touchpoints, in order. */
  private static final List<String> STAGES = io.github.mot.core.JourneyTemplate.RETAIL_COUNTER.journey().stages()
      .stream().map(io.github.mot.core.JourneyStage::id).toList();

  /** A SQL expression of a row's stage number (0 for the first) from its touchpoint number. */
  private static String stageCase() {
    io.github.mot.core.CustomerJourney retail = io.github.mot.core.JourneyTemplate.RETAIL_COUNTER.journey();
    StringBuilder sql = new StringBuilder("CASE tp");
    List<io.github.mot.core.Touchpoint> tps = retail.touchpoints();
    for (int t = 0; t < tps.size(); t++) {
      sql.append(" WHEN ").append(t).append(" THEN ").append(STAGES.indexOf(tps.get(t).stageId()));
    }
    return sql.append(" END").toString();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
