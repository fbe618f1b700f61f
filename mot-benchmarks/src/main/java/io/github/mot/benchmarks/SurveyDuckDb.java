package io.github.mot.benchmarks;

import static io.github.mot.benchmarks.SurveyWorkload.DIMENSIONS;
import static io.github.mot.benchmarks.SurveyWorkload.DIMENSION_OF_ITEM;
import static io.github.mot.benchmarks.SurveyWorkload.ITEMS;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
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
    List<String> columns = new ArrayList<>(numbered("e# TINYINT", ITEMS));
    columns.addAll(numbered("p# TINYINT", ITEMS));
    columns.addAll(numbered("w# TINYINT", DIMENSIONS));
    connection =
        DuckDbTable.load(
            threads, "survey", String.join(", ", columns), scratch, out -> writeCsv(workload, out));
    sql = query();
  }

  private static void writeCsv(SurveyWorkload w, BufferedWriter out) throws IOException {
    StringBuilder line = new StringBuilder(160);
    for (int r = 0; r < w.respondents(); r++) {
      line.setLength(0);
      for (int i = 0; i < ITEMS; i++) {
        line.append(w.expectation()[i][r]).append(',');
      }
      for (int i = 0; i < ITEMS; i++) {
        line.append(w.perception()[i][r]).append(',');
      }
      for (int d = 0; d < DIMENSIONS; d++) {
        line.append(w.points()[d][r]).append(d + 1 < DIMENSIONS ? ',' : '\n');
      }
      out.append(line);
    }
  }

  /** The template with {@code #} replaced by 1, 2, ... {@code n}: a run of numbered columns. */
  private static List<String> numbered(String template, int n) {
    List<String> texts = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      texts.add(template.replace("#", Integer.toString(i)));
    }
    return texts;
  }

  /** The SQL of every figure in one scan. */
  static String query() {
    List<String> select = new ArrayList<>(numbered("avg(e#)", ITEMS));
    select.addAll(numbered("avg(p#)", ITEMS));
    select.addAll(numbered("var_samp(e#)", ITEMS));
    select.addAll(numbered("var_samp(p#)", ITEMS));
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
      // the columns in the order of query(): four runs of ITEMS, three of DIMENSIONS, one
      double[] meanE = DuckDbTable.doubles(rs, 1, ITEMS);
      double[] meanP = DuckDbTable.doubles(rs, 1 + ITEMS, ITEMS);
      double[] varE = DuckDbTable.doubles(rs, 1 + 2 * ITEMS, ITEMS);
      double[] varP = DuckDbTable.doubles(rs, 1 + 3 * ITEMS, ITEMS);
      int byDimension = 1 + 4 * ITEMS;
      double[] gap = DuckDbTable.doubles(rs, byDimension, DIMENSIONS);
      double[] totalE = DuckDbTable.doubles(rs, byDimension + DIMENSIONS, DIMENSIONS);
      double[] totalP = DuckDbTable.doubles(rs, byDimension + 2 * DIMENSIONS, DIMENSIONS);
      double weighted = rs.getDouble(byDimension + 3 * DIMENSIONS);
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
