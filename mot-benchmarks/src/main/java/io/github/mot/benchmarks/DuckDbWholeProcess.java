package io.github.mot.benchmarks;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.Touchpoint;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The DuckDB side of the whole-process comparison ({@code mot-benchmarks/whole-process.sh}, issue
 * 14): one JVM process that goes from a CSV file of the sample-data generator to the summaries the
 * {@code mot} command computes, the way a user would with DuckDB: an in-memory database, {@code
 * SET threads}, {@code read_csv} of the file into a table with explicit column types, then SQL.
 *
 * <pre>
 * java -cp ... io.github.mot.benchmarks.DuckDbWholeProcess encounters retail-encounters.csv 2
 * java -cp ... io.github.mot.benchmarks.DuckDbWholeProcess survey bank-survey.csv 1
 * </pre>
 *
 * <p><b>encounters</b> (as {@code mot journey --format json} with the retail template): one query
 * with {@code GROUPING SETS} gives the scorecard of every touchpoint, stage and staff member and of
 * all encounters (count of scored encounters, the seven level counts, mean level, positive and
 * negative shares) and the first impression of each (contacts with all three ABC ratings, their
 * mean ratings, mean, lowest and highest index with the standard weights 0.52 / 0.33 / 0.15 on
 * 1..7); a second query gives every customer's journey score under the mean model (mean level),
 * the coverage of the map and the first negative touchpoint, ordered lowest first as mot prints
 * them, and reads every row. The queries follow {@link EncounterDuckDb}'s, with shares over the
 * scored encounters only: the generator's files have encounters without a level or ratings.
 *
 * <p><b>survey</b> (as {@code mot servqual --format json}, pairwise deletion): one query gives,
 * per item, n, the means and sample standard deviations of E, P and the gap P - E over the
 * respondents who answered both E and P of the item; per dimension the same over the respondents
 * who answered every E and P of the dimension (on each respondent's dimension means); and the
 * unweighted and weighted SERVQUAL and SERVPERF means. This is less than mot computes (no t tests,
 * Cronbach's alpha, zones of tolerance or importance-performance grids): the comparison favours
 * DuckDB.
 *
 * <p>Prints a short summary to standard output (row counts and the figures), so that no work can
 * be skipped; {@code DuckDbWholeProcessTest} checks its figures against mot's JSON. Not part of the
 * library; a command-line main.
 */
public final class DuckDbWholeProcess {

  /** First-impression weights of {@code FirstImpressionScorer.STANDARD}. */
  private static final double[] ABC_WEIGHTS = {0.52, 0.33, 0.15};

  /** The ABC rating scale of {@code mot journey}'s default {@code --ratings-scale 1..7}. */
  private static final int RATING_MIN = 1;

  private static final int RATING_MAX = 7;

  private static final Pattern ANSWER_COLUMN = Pattern.compile("[EPAD][0-9]+");

  private DuckDbWholeProcess() {}

  /**
   * Runs one workload.
   *
   * @param args {@code encounters FILE THREADS} or {@code survey FILE THREADS}; {@code version}
   *     prints DuckDB's version
   * @throws IOException if the file's header cannot be read
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws IOException, SQLException {
    if (args.length == 1 && args[0].equals("version")) {
      try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT version()")) {
        rs.next();
        System.out.println("DuckDB " + rs.getString(1));
      }
      return;
    }
    if (args.length != 3
        || !(args[0].equals("encounters") || args[0].equals("survey"))
        || !args[2].matches("[1-9][0-9]{0,3}")) {
      System.err.println("usage: DuckDbWholeProcess encounters|survey FILE THREADS (THREADS >= 1), or version");
      System.exit(2);
      return;
    }
    Path file = Path.of(args[1]);
    if (!Files.isRegularFile(file)) {
      System.err.println("not a file: " + file);
      System.exit(2);
      return;
    }
    run(args[0].equals("encounters"), file, Integer.parseInt(args[2]), System.out);
    System.out.flush();
  }

  /**
   * Runs one workload in a new in-memory database and prints its summary.
   *
   * @param encounters the encounter workload, else the survey workload
   * @param file the generator's CSV file of that workload
   * @param threads DuckDB's worker threads ({@code SET threads})
   * @param out where the summary goes
   * @throws IOException if the file's header cannot be read
   * @throws SQLException if DuckDB fails
   */
  static void run(boolean encounters, Path file, int threads, PrintStream out)
      throws IOException, SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = connection.createStatement()) {
      s.execute("SET threads TO " + threads);
      if (encounters) {
        encounters(s, file, out);
      } else {
        survey(s, file, out);
      }
    }
  }

  // ---------------------------------------------------------------- encounters

  private static final String ENCOUNTER_COLUMNS =
      "{'customer': 'VARCHAR', 'touchpoint': 'VARCHAR', 'time': 'TIMESTAMP', 'staff': 'VARCHAR', "
          + "'appearance': 'TINYINT', 'behaviour': 'TINYINT', 'communication': 'TINYINT', "
          + "'level': 'TINYINT', 'seconds': 'INTEGER'}";

  private static void encounters(Statement s, Path file, PrintStream out) throws SQLException {
    long rows = load(s, "encounter", file, ENCOUNTER_COLUMNS);
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    List<String> stageRows = new ArrayList<>();
    for (Touchpoint t : map.touchpoints()) {
      stageRows.add("(" + literal(t.id()) + ", " + literal(t.stageId()) + ")");
    }
    s.execute("CREATE TABLE stage_of AS SELECT * FROM (VALUES " + String.join(", ", stageRows)
        + ") AS t(touchpoint, stage)");
    out.println("encounters " + rows + " rows from " + file);
    try (ResultSet rs = s.executeQuery(groupsQuery())) {
      out.println("group key n counts(-3..+3) mean positiveShare negativeShare"
          + " fiN fiMeanA fiMeanB fiMeanC fiMeanIndex fiMinIndex fiMaxIndex");
      while (rs.next()) {
        StringBuilder line = new StringBuilder(200);
        line.append(groupName(rs.getInt(1))).append(' ').append(rs.getString(2));
        line.append(' ').append(rs.getLong(3)).append(" [");
        for (int l = 0; l < 7; l++) {
          line.append(l == 0 ? "" : ",").append(rs.getLong(4 + l));
        }
        line.append(']');
        for (int c = 11; c <= 13; c++) {
          line.append(' ').append(number(rs, c));
        }
        line.append(' ').append(rs.getLong(14));
        for (int c = 15; c <= 20; c++) {
          line.append(' ').append(number(rs, c));
        }
        out.println(line);
      }
    }
    // Every customer's journey score, lowest first, customers without a score last, as mot prints
    // them; every row is read.
    long customers = 0;
    long scored = 0;
    long negative = 0;
    double sum = 0;
    double coverage = 0;
    long withNegative = 0;
    List<String> lowest = new ArrayList<>();
    String customerQuery =
        "SELECT customer, avg(level) AS score,"
            + " count(DISTINCT touchpoint) / " + map.touchpoints().size() + ".0 AS coverage,"
            + " arg_min(touchpoint, time) FILTER (WHERE level < 0) AS first_negative"
            + " FROM encounter GROUP BY customer ORDER BY score IS NULL, score, customer";
    try (ResultSet rs = s.executeQuery(customerQuery)) {
      while (rs.next()) {
        customers++;
        String customer = rs.getString(1);
        double score = rs.getDouble(2);
        boolean hasScore = !rs.wasNull();
        coverage += rs.getDouble(3);
        String firstNegative = rs.getString(4);
        withNegative += firstNegative == null ? 0 : 1;
        if (hasScore) {
          scored++;
          sum += score;
          negative += score < 0 ? 1 : 0;
        }
        if (lowest.size() < 3) {
          lowest.add(customer + " " + score + " " + firstNegative);
        }
      }
    }
    out.println("journeyScores customers " + customers + " scored " + scored
        + " mean " + (scored == 0 ? Double.NaN : sum / scored) + " negative " + negative
        + " meanCoverage " + (customers == 0 ? Double.NaN : coverage / customers)
        + " withFirstNegative " + withNegative + " lowest " + lowest);
  }

  /**
   * The scorecards and first impressions by touchpoint, stage, staff member and in all, in one
   * scan: columns grouping id (1 touchpoint, 2 stage, 3 staff, 0 all), key, n, the seven level
   * counts, mean level, positive share, negative share, first-impression n, mean A, B, C ratings,
   * mean, lowest and highest index.
   */
  static String groupsQuery() {
    StringBuilder counts = new StringBuilder();
    for (int level = -3; level <= 3; level++) {
      counts.append("count(*) FILTER (WHERE level = ").append(level).append("), ");
    }
    double range = RATING_MAX - RATING_MIN;
    String index = String.format(Locale.ROOT,
        "100.0 * (%s * (appearance - %d) + %s * (behaviour - %d) + %s * (communication - %d)) / %s",
        ABC_WEIGHTS[0], RATING_MIN, ABC_WEIGHTS[1], RATING_MIN, ABC_WEIGHTS[2], RATING_MIN,
        range * (ABC_WEIGHTS[0] + ABC_WEIGHTS[1] + ABC_WEIGHTS[2]));
    // The index is NULL unless all three ratings are there: avg, min and max skip NULLs.
    return "SELECT CASE WHEN GROUPING(touchpoint) = 0 THEN 1 WHEN GROUPING(stage) = 0 THEN 2"
        + " WHEN GROUPING(staff) = 0 THEN 3 ELSE 0 END AS grp,"
        + " coalesce(touchpoint, stage, staff) AS key,"
        + " count(level), " + counts + "avg(level),"
        + " count(*) FILTER (WHERE level > 0) / count(level),"
        + " count(*) FILTER (WHERE level < 0) / count(level),"
        + " count(" + index + "),"
        + " avg(appearance) FILTER (WHERE behaviour IS NOT NULL AND communication IS NOT NULL),"
        + " avg(behaviour) FILTER (WHERE appearance IS NOT NULL AND communication IS NOT NULL),"
        + " avg(communication) FILTER (WHERE appearance IS NOT NULL AND behaviour IS NOT NULL),"
        + " avg(" + index + "), min(" + index + "), max(" + index + ")"
        + " FROM encounter JOIN stage_of USING (touchpoint)"
        + " GROUP BY GROUPING SETS ((touchpoint), (stage), (staff), ())"
        + " ORDER BY grp, key";
  }

  private static String groupName(int grouping) {
    switch (grouping) {
      case 1:
        return "touchpoint";
      case 2:
        return "stage";
      case 3:
        return "staff";
      default:
        return "total";
    }
  }

  // ---------------------------------------------------------------- survey

  private static void survey(Statement s, Path file, PrintStream out) throws IOException, SQLException {
    List<String> header = header(file);
    List<String> types = new ArrayList<>(header.size());
    for (String column : header) {
      types.add(literal(column) + ": " + literal(surveyType(column)));
    }
    long rows = load(s, "survey", file, "{" + String.join(", ", types) + "}");
    out.println("survey " + rows + " rows from " + file);
    Instrument instrument = Instrument.standard();
    try (ResultSet rs = s.executeQuery(surveyQuery(instrument))) {
      rs.next();
      int c = 1;
      out.println("row n meanE meanP gap sdE sdP sdGap");
      for (int id = 1; id <= instrument.size(); id++) {
        out.println(surveyRow("item " + id, rs, c));
        c += 7;
      }
      for (Dimension d : instrument.dimensions()) {
        out.println(surveyRow("dimension " + d.name(), rs, c));
        c += 7;
      }
      out.println("unweighted n " + rs.getLong(c) + " mean " + number(rs, c + 1));
      out.println("weighted n " + rs.getLong(c + 2) + " mean " + number(rs, c + 3));
      out.println("servperf n " + rs.getLong(c + 4) + " mean " + number(rs, c + 5));
    }
  }

  /** The column types of the generator's survey file: answers and points TINYINT. */
  private static String surveyType(String column) {
    if (column.equals("respondent")) {
      return "INTEGER";
    }
    if (ANSWER_COLUMN.matcher(column).matches() || column.startsWith("W_")) {
      return "TINYINT";
    }
    return "VARCHAR"; // attributes such as branch
  }

  /**
   * One scan for every figure: per item then per dimension seven columns (n, mean E, mean P, mean
   * gap, sd E, sd P, sd gap), then n and mean of unweighted SERVQUAL, weighted SERVQUAL and
   * SERVPERF.
   */
  static String surveyQuery(Instrument instrument) {
    for (int id = 1; id <= instrument.size(); id++) {
      if (instrument.item(id).reverseCoded()) {
        throw new IllegalArgumentException("reverse-coded items are not supported: item " + id);
      }
    }
    List<String> select = new ArrayList<>();
    for (int id = 1; id <= instrument.size(); id++) {
      select.add(pairStatistics("E" + id, "P" + id));
    }
    List<String> dimensionGaps = new ArrayList<>();
    List<String> weighted = new ArrayList<>();
    for (Dimension d : instrument.dimensions()) {
      List<String> e = new ArrayList<>();
      List<String> p = new ArrayList<>();
      for (int id : instrument.itemIds(d)) {
        e.add("E" + id);
        p.add("P" + id);
      }
      int k = e.size();
      // NULL as soon as one answer is missing: the dimension's respondents are the complete ones
      String meanE = "(" + sum(e) + " / " + k + ".0)";
      String meanP = "(" + sum(p) + " / " + k + ".0)";
      select.add(pairStatistics(meanE, meanP));
      dimensionGaps.add("(" + meanP + " - " + meanE + ")");
      weighted.add("W_" + d.name() + " / 100.0 * (" + meanP + " - " + meanE + ")");
    }
    String unweighted = "((" + String.join(" + ", dimensionGaps) + ") / " + dimensionGaps.size() + ".0)";
    String weightedSum = "(" + String.join(" + ", weighted) + ")";
    List<String> allP = new ArrayList<>();
    for (int id = 1; id <= instrument.size(); id++) {
      allP.add("P" + id);
    }
    String servperf = "(" + sum(allP) + " / " + allP.size() + ".0)";
    select.add("count(" + unweighted + "), avg(" + unweighted + ")");
    select.add("count(" + weightedSum + "), avg(" + weightedSum + ")");
    select.add("count(" + servperf + "), avg(" + servperf + ")");
    return "SELECT " + String.join(", ", select) + " FROM survey";
  }

  /** The sum of TINYINT columns as an INTEGER (22 answers of 7 overflow a TINYINT), NULL if one is. */
  private static String sum(List<String> columns) {
    List<String> terms = new ArrayList<>(columns);
    terms.set(0, terms.get(0) + "::INTEGER");
    return "(" + String.join(" + ", terms) + ")";
  }

  /** n, mean E, mean P, mean gap, sd E, sd P, sd gap over the rows where both are there. */
  private static String pairStatistics(String e, String p) {
    String both = " FILTER (WHERE " + e + " IS NOT NULL AND " + p + " IS NOT NULL)";
    String gap = "(" + p + " - " + e + ")";
    return "count(" + gap + "), avg(" + e + ")" + both + ", avg(" + p + ")" + both + ", avg(" + gap + "), "
        + "stddev_samp(" + e + ")" + both + ", stddev_samp(" + p + ")" + both + ", stddev_samp(" + gap + ")";
  }

  private static String surveyRow(String name, ResultSet rs, int first) throws SQLException {
    StringBuilder line = new StringBuilder(name).append(' ').append(rs.getLong(first));
    for (int c = first + 1; c < first + 7; c++) {
      line.append(' ').append(number(rs, c));
    }
    return line.toString();
  }

  // ---------------------------------------------------------------- shared

  /** {@code CREATE TABLE name AS SELECT * FROM read_csv(file)} with the given columns; its rows. */
  private static long load(Statement s, String table, Path file, String columns) throws SQLException {
    s.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv("
        + literal(file.toAbsolutePath().toString())
        + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = "
        + columns + ")");
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The column names of a CSV file's header line (plain names: the generator quotes none). */
  private static List<String> header(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      if (line == null) {
        throw new IOException(file + ": empty file");
      }
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      return List.of(line.split(",", -1));
    }
  }

  /** A SQL string literal. */
  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** A DOUBLE column as Java prints it, NaN for NULL. */
  private static String number(ResultSet rs, int column) throws SQLException {
    double x = rs.getDouble(column);
    return rs.wasNull() ? "NaN" : Double.toString(x);
  }
}
