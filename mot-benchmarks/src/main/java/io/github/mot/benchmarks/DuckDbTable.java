package io.github.mot.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What both DuckDB sides of the benchmarks share: a new in-memory database that holds one table,
 * loaded through a temporary CSV file, and reading a run of result columns. Not timed: only the
 * queries are.
 */
final class DuckDbTable {

  private DuckDbTable() {}

  /** Writes the rows of a table as CSV lines without a header. */
  @FunctionalInterface
  interface CsvRows {
    /**
     * Writes every row.
     *
     * @param out the CSV file, US-ASCII
     * @throws IOException if writing fails
     */
    void write(BufferedWriter out) throws IOException;
  }

  /**
   * Opens a new in-memory DuckDB database with {@code threads} worker threads and one table, filled
   * from the rows through a temporary CSV file in {@code scratch}, deleted afterwards.
   *
   * @param threads DuckDB's worker threads ({@code SET threads})
   * @param table the table's name
   * @param columns the column definitions, such as {@code "tp TINYINT, staff SMALLINT"}
   * @param scratch a directory for the temporary CSV file
   * @param rows writes the rows
   * @return the open connection; the caller closes it
   * @throws IOException if the CSV file cannot be written
   * @throws SQLException if DuckDB fails
   */
  static Connection load(int threads, String table, String columns, Path scratch, CsvRows rows)
      throws IOException, SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads TO " + threads);
      s.execute("CREATE TABLE " + table + " (" + columns + ")");
      Path csv = Files.createTempFile(scratch, table, ".csv");
      try {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
          rows.write(out);
        }
        s.execute("COPY " + table + " FROM '" + csv.toAbsolutePath() + "' (HEADER false)");
      } finally {
        Files.deleteIfExists(csv);
      }
    }
    return connection;
  }

  /**
   * The columns {@code first} to {@code first + n - 1} of the current row, as doubles.
   *
   * @param rs the result set, on a row
   * @param first the first column, from 1
   * @param n how many columns
   * @return a new array of {@code n} values
   * @throws SQLException if a column cannot be read
   */
  static double[] doubles(ResultSet rs, int first, int n) throws SQLException {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = rs.getDouble(first + i);
    }
    return values;
  }
}
