package io.github.mot.benchmarks;

import static io.github.mot.benchmarks.SurveyWorkload.DIMENSIONS;
import static io.github.mot.benchmarks.SurveyWorkload.DIMENSION_OF_ITEM;
import static io.github.mot.benchmarks.SurveyWorkload.ITEMS;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Workload 1 in DuckDB: the survey loaded into an in-memory table {@code survey(e1..e22,
 * p1..p22, w1..w5)} of TINYINT columns, and one SQL query that computes every {@link
 * SurveyFigures} figure. Only {@link #figures()} is timed by the benchmark.
 */
public final class SurveyDuckDb implements AutoCloseable {

  private final Connection connection;
  private final String sql;

  /**
   * Loads the workload into a new in-memory DuckDB database.
   *
   * @param workload the survey
   * @param threads DuckDB's worker threads ({@code SET threads})
   * @param scratch a directory for the temporary CSV file used to load the table
   * @throws IOException if the CSV file cannot be written
   * @throws SQLException if DuckDB fails
   */
  public SurveyDuckDb(SurveyWorkload workload, int threads, Path scratch)
      throws IOException, SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads TO " + threads);
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= ITEMS; i++) {
        columns.add("e" + i + " TINYINT");
      }
      for (int i = 1; i <= ITEMS; i++) {
        columns.add("p" + i + " TINYINT");
      }
      for (int d = 1; d <= DIMENSIONS; d++) {
        columns.add("w" + d + " TINYINT");
      }
      s.execute("CREATE TABLE survey (" + String.join(", ", columns) + ")");
      Path csv = Files.createTempFile(scratch, "survey", ".csv");
      try {
        writeCsv(workload, csv);
        s.execute("COPY survey FROM '" + csv.toAbsolutePath() + "' (HEADER false)");
      } finally {
        Files.deleteIfExists(csv);
      }
    }
    sql = query();
  }

  private static void writeCsv(SurveyWorkload w, Path csv) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
      StringBuilder line = new StringBuilder(160);
      for (int r = 0; r < w.respondents; r++) {
        line.setLength(0);
        for (int i = 0; i < ITEMS; i++) {
          line.append(w.expectation[i][r]).append(',');
        }
        for (int i = 0; i < ITEMS; i++) {
          line.append(w.perception[i][r]).append(',');
        }
        for (int d = 0; d < DIMENSIONS; d++) {
          line.append(w.points[d][r]).append(d + 1 < DIMENSIONS ? ',' : '\n');
        }
        out.append(line);
      }
    }
  }

  /** The SQL of every figure in one scan. */
  static String query() {
    List<String> select = new ArrayList<>();
    for (int i = 1; i <= ITEMS; i++) {
      select.add("avg(e" + i + ")");
    }
    for (int i = 1; i <= ITEMS; i++) {
      select.add("avg(p" + i + ")");
    }
    for (int i = 1; i <= ITEMS; i++) {
      select.add("var_samp(e" + i + ")");
    }
    for (int i = 1; i <= ITEMS; i++) {
      select.add("var_samp(p" + i + ")");
    }
    String[] gap = new String[DIMENSIONS];
    String[] sumE = new String[DIMENSIONS];
    String[] sumP = new String[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      List<String> e = new ArrayList<>();
      List<String> p = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        if (DIMENSION_OF_ITEM[i] == d) {
          e.add("e" + (i + 1));
          p.add("p" + (i + 1));
        }
      }
      sumE[d] = "(" + String.join(" + ", e) + ")";
      sumP[d] = "(" + String.join(" + ", p) + ")";
      gap[d] = "((" + sumP[d] + " - " + sumE[d] + ") / " + e.size() + ".0)";
    }
    for (int d = 0; d < DIMENSIONS; d++) {
      select.add("avg" + gap[d]);
    }
    for (int d = 0; d < DIMENSIONS; d++) {
      select.add("var_samp" + sumE[d]);
    }
    for (int d = 0; d < DIMENSIONS; d++) {
      select.add("var_samp" + sumP[d]);
    }
    List<String> weightedTerms = new ArrayList<>();
    for (int d = 0; d < DIMENSIONS; d++) {
      weightedTerms.add("w" + (d + 1) + " / 100.0 * " + gap[d]);
    }
    select.add("avg(" + String.join(" + ", weightedTerms) + ")");
    return "SELECT " + String.join(", ", select) + " FROM survey";
  }

  /**
   * Runs the query.
   *
   * @return the figures as DuckDB computes them
   * @throws SQLException if DuckDB fails
   */
  public SurveyFigures figures() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      int c = 1;
      double[] meanE = new double[ITEMS];
      double[] meanP = new double[ITEMS];
      double[] varE = new double[ITEMS];
      double[] varP = new double[ITEMS];
      for (int i = 0; i < ITEMS; i++) {
        meanE[i] = rs.getDouble(c++);
      }
      for (int i = 0; i < ITEMS; i++) {
        meanP[i] = rs.getDouble(c++);
      }
      for (int i = 0; i < ITEMS; i++) {
        varE[i] = rs.getDouble(c++);
      }
      for (int i = 0; i < ITEMS; i++) {
        varP[i] = rs.getDouble(c++);
      }
      double[] gap = new double[DIMENSIONS];
      double[] totalE = new double[DIMENSIONS];
      double[] totalP = new double[DIMENSIONS];
      for (int d = 0; d < DIMENSIONS; d++) {
        gap[d] = rs.getDouble(c++);
      }
      for (int d = 0; d < DIMENSIONS; d++) {
        totalE[d] = rs.getDouble(c++);
      }
      for (int d = 0; d < DIMENSIONS; d++) {
        totalP[d] = rs.getDouble(c++);
      }
      double weighted = rs.getDouble(c);
      double unweighted = 0;
      for (double g : gap) {
        unweighted += g;
      }
      unweighted /= DIMENSIONS;
      return new SurveyFigures(meanE, meanP, varE, varP, gap, totalE, totalP, unweighted, weighted);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
