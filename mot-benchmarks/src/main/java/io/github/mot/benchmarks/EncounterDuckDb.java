package io.github.mot.benchmarks;

import static io.github.mot.benchmarks.EncounterWorkload.STAFF;
import static io.github.mot.benchmarks.EncounterWorkload.TOUCHPOINTS;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Workload 2 in DuckDB: the log in an in-memory table {@code encounter(tp, staff, level, a, b,
 * c)} and two GROUP BY queries (per touchpoint with the first-impression index, per staff member).
 * Only {@link #figures()} is timed.
 */
public final class EncounterDuckDb implements AutoCloseable {

  private static final String LEVEL_COUNTS =
      "count(*) FILTER (WHERE level = -3), count(*) FILTER (WHERE level = -2), "
          + "count(*) FILTER (WHERE level = -1), count(*) FILTER (WHERE level = 0), "
          + "count(*) FILTER (WHERE level = 1), count(*) FILTER (WHERE level = 2), "
          + "count(*) FILTER (WHERE level = 3), avg(level), "
          + "avg(CASE WHEN level > 0 THEN 1.0 ELSE 0.0 END), "
          + "avg(CASE WHEN level < 0 THEN 1.0 ELSE 0.0 END)";
  private static final String BY_TOUCHPOINT =
      "SELECT tp, " + LEVEL_COUNTS
          + ", avg(100.0 * (0.52 * (a - 1) + 0.33 * (b - 1) + 0.15 * (c - 1)) / 4.0)"
          + " FROM encounter GROUP BY tp";
  private static final String BY_STAFF =
      "SELECT staff, " + LEVEL_COUNTS + " FROM encounter GROUP BY staff";

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
  public EncounterDuckDb(EncounterWorkload workload, int threads, Path scratch)
      throws IOException, SQLException {
    connection =
        DuckDbTable.load(
            threads,
            "encounter",
            "tp TINYINT, staff SMALLINT, level TINYINT, a TINYINT, b TINYINT, c TINYINT",
            scratch,
            out -> {
              StringBuilder line = new StringBuilder(32);
              for (int i = 0; i < workload.size(); i++) {
                line.setLength(0);
                line.append(workload.touchpoint()[i]).append(',').append(workload.staff()[i]).append(',')
                    .append(workload.level()[i]).append(',').append(workload.appearance()[i]).append(',')
                    .append(workload.behaviour()[i]).append(',').append(workload.communication()[i])
                    .append('\n');
                out.append(line);
              }
            });
  }

  /**
   * Runs both queries.
   *
   * @return the figures as DuckDB computes them
   * @throws SQLException if DuckDB fails
   */
  public EncounterFigures figures() throws SQLException {
    EncounterFigures.Groups tp = EncounterFigures.Groups.of(TOUCHPOINTS);
    EncounterFigures.Groups st = EncounterFigures.Groups.of(STAFF);
    double[] tpFirst = new double[TOUCHPOINTS];
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery(BY_TOUCHPOINT)) {
        while (rs.next()) {
          int g = rs.getInt(1);
          read(rs, g, tp);
          tpFirst[g] = rs.getDouble(12);
        }
      }
      try (ResultSet rs = s.executeQuery(BY_STAFF)) {
        while (rs.next()) {
          read(rs, rs.getInt(1), st);
        }
      }
    }
    return new EncounterFigures(tp, st, tpFirst);
  }

  private static void read(ResultSet rs, int g, EncounterFigures.Groups groups) throws SQLException {
    for (int l = 0; l < 7; l++) {
      groups.counts()[g][l] = rs.getLong(2 + l);
    }
    groups.mean()[g] = rs.getDouble(9);
    groups.positive()[g] = rs.getDouble(10);
    groups.negative()[g] = rs.getDouble(11);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
