package io.github.mot.servqual.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.RatingScale;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.PointsPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads survey answers from a wide CSV file, one respondent a row, with FastCSV; the file is
 * streamed record by record and never held in memory as a whole.
 *
 * <p>Columns (header row required, comma-separated, UTF-8, order free):
 *
 * <ul>
 *   <li>{@code respondent}: the respondent id (required, not blank);
 *   <li>{@code E1..En}, {@code P1..Pn}, {@code A1..An}, {@code D1..Dn}: integer answers of item 1
 *       to n on the instrument's scale; P is required, E, A and D optional, but a kind present must
 *       have every item; a blank cell is a missing answer;
 *   <li>{@code W_<DIMENSION>} (upper case, e.g. {@code W_RELIABILITY}): importance points, one
 *       column per instrument dimension or none; a row gives all or none;
 *   <li>any other column: an attribute (segment, branch, date...); blank means none.
 * </ul>
 *
 * <p>Every bad row is reported as a {@link RowError} with its line number, column and value: a
 * non-integer or off-scale answer, a wrong number of fields, a blank id, bad points, or points that
 * do not sum to 100 under {@link PointsPolicy#REJECT}. In strict mode (the default) the first one
 * throws a {@link SurveyFileException}; in lenient mode bad rows are left out and reported, and
 * reading goes on. A bad header always throws.
 *
 * <pre>{@code
 * CsvReadResult read = SurveyCsvReader.of(Instrument.standard()).lenient().read(Path.of("survey.csv"));
 * GapReport report = GapAnalysis.withDefaults().analyze(read.data());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; configure by copying.
 *
 * @since 0.1.0
 */
public final class SurveyCsvReader {

  private static final Pattern ANSWER_COLUMN = Pattern.compile("([EPAD])([0-9]{1,6})");
  private static final Pattern POINTS = Pattern.compile("\\+?([0-9]+\\.?[0-9]*|\\.[0-9]+)");
  private static final String RESPONDENT = "respondent";

  private final Instrument instrument;
  private final boolean lenient;
  private final PointsPolicy pointsPolicy;
  private final int maxErrors;

  private SurveyCsvReader(Instrument instrument, boolean lenient, PointsPolicy pointsPolicy, int maxErrors) {
    this.instrument = instrument;
    this.lenient = lenient;
    this.pointsPolicy = pointsPolicy;
    this.maxErrors = maxErrors;
  }

  /**
   * A strict reader for the instrument that rejects points not summing to 100 and keeps up to
   * 10,000 errors.
   *
   * @param instrument the questionnaire of the file
   * @return the reader
   * @throws NullPointerException if {@code instrument} is null
   */
  public static SurveyCsvReader of(Instrument instrument) {
    return new SurveyCsvReader(Objects.requireNonNull(instrument, "instrument"), false, PointsPolicy.REJECT, 10_000);
  }

  /**
   * A copy that collects bad rows and goes on.
   *
   * @return the lenient reader
   */
  public SurveyCsvReader lenient() {
    return new SurveyCsvReader(instrument, true, pointsPolicy, maxErrors);
  }

  /**
   * A copy that throws at the first bad row (the default).
   *
   * @return the strict reader
   */
  public SurveyCsvReader strict() {
    return new SurveyCsvReader(instrument, false, pointsPolicy, maxErrors);
  }

  /**
   * A copy with another points policy.
   *
   * @param policy rescale points to 100 (and list the respondents) or reject the row
   * @return the reconfigured reader
   * @throws NullPointerException if {@code policy} is null
   */
  public SurveyCsvReader withPointsPolicy(PointsPolicy policy) {
    return new SurveyCsvReader(instrument, lenient, Objects.requireNonNull(policy, "policy"), maxErrors);
  }

  /**
   * A copy that keeps at most {@code max} errors in lenient mode (all are still counted).
   *
   * @param max the most errors to keep, {@code >= 1}
   * @return the reconfigured reader
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public SurveyCsvReader withMaxErrors(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max errors must be >= 1 but was " + max);
    }
    return new SurveyCsvReader(instrument, lenient, pointsPolicy, max);
  }

  /**
   * Reads a UTF-8 file (a byte-order mark is skipped).
   *
   * @param file the CSV file
   * @return the data and the errors
   * @throws SurveyFileException if the header is bad, or in strict mode at the first bad row
   * @throws IOException if the file cannot be read
   */
  public CsvReadResult read(Path file) throws IOException {
    try (CsvReader<CsvRecord> csv = builder().detectBomHeader(true).ofCsvRecord(file, StandardCharsets.UTF_8)) {
      return read(csv);
    }
  }

  /**
   * Reads CSV text from a reader; the reader is not closed.
   *
   * @param reader the CSV text
   * @return the data and the errors
   * @throws SurveyFileException if the header is bad, or in strict mode at the first bad row
   * @throws IOException if the reader fails
   */
  public CsvReadResult read(Reader reader) throws IOException {
    return read(builder().ofCsvRecord(reader));
  }

  private static CsvReader.CsvReaderBuilder builder() {
    return CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true);
  }

  private CsvReadResult read(CsvReader<CsvRecord> csv) throws IOException {
    Run run = new Run();
    long lastLine = 0;
    try {
      for (CsvRecord rec : csv) {
        lastLine = rec.getStartingLineNumber();
        if (run.header == null) {
          run.header(rec);
        } else {
          run.row(rec);
        }
      }
    } catch (CsvParseException e) {
      throw new SurveyFileException(List.of(new RowError(lastLine + 1, "", "", "malformed CSV: " + e.getMessage())));
    }
    if (run.header == null) {
      throw new SurveyFileException(List.of(new RowError(1, "", "", "the file is empty: a header row is required")));
    }
    return new CsvReadResult(run.data.build(), run.errors, run.rows, run.badRows, run.errorCount);
  }

  /** The state of one read. Mutable, single-threaded. */
  private final class Run {
    String @Nullable [] header;
    int idColumn = -1;
    /** per kind: item index -> column index. */
    final EnumMap<AnswerKind, int[]> answerColumns = new EnumMap<>(AnswerKind.class);
    /** per instrument dimension: column index (or -1 if no points). */
    int[] pointColumns = new int[0];
    final List<int[]> attributeColumns = new ArrayList<>();
    final List<String> attributeNames = new ArrayList<>();
    final SurveyData.Builder data = SurveyData.builder(instrument).pointsPolicy(pointsPolicy);
    final List<RowError> errors = new ArrayList<>();
    final List<RowError> rowErrors = new ArrayList<>();
    long rows;
    long badRows;
    long errorCount;

    void header(CsvRecord rec) throws SurveyFileException {
      int n = rec.getFieldCount();
      String[] h = new String[n];
      List<RowError> bad = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int items = instrument.size();
      List<Dimension> dims = instrument.dimensions();
      int[] wcols = new int[dims.size()];
      java.util.Arrays.fill(wcols, -1);
      boolean anyW = false;
      for (int c = 0; c < n; c++) {
        String name = rec.getField(c).strip();
        if (c == 0 && name.startsWith("\uFEFF")) {
          name = name.substring(1);
        }
        h[c] = name;
        if (!seen.add(name)) {
          bad.add(new RowError(1, name, name, "duplicate column"));
          continue;
        }
        Matcher m = ANSWER_COLUMN.matcher(name);
        if (name.equalsIgnoreCase(RESPONDENT)) {
          idColumn = c;
        } else if (m.matches()) {
          int item = Integer.parseInt(m.group(2));
          if (item < 1 || item > items) {
            bad.add(new RowError(1, name, name, "item number must be in [1, " + items + "] for instrument "
                + instrument.name()));
            continue;
          }
          int[] cols = answerColumns.computeIfAbsent(AnswerKind.ofColumnPrefix(m.group(1).charAt(0)), k -> {
            int[] a = new int[items];
            java.util.Arrays.fill(a, -1);
            return a;
          });
          cols[item - 1] = c;
        } else if (name.startsWith("W_")) {
          anyW = true;
          int d = -1;
          try {
            d = dims.indexOf(Dimension.of(name.substring(2)));
          } catch (IllegalArgumentException e) {
            d = -1;
          }
          if (d < 0) {
            bad.add(new RowError(1, name, name, "importance column must name a dimension of the instrument "
                + dims + " in upper case"));
          } else {
            wcols[d] = c;
          }
        } else if (name.isEmpty()) {
          bad.add(new RowError(1, "#" + (c + 1), "", "column name must not be blank"));
        } else {
          attributeColumns.add(new int[] {c});
          attributeNames.add(name);
        }
      }
      if (idColumn < 0) {
        bad.add(new RowError(1, RESPONDENT, "", "a 'respondent' column is required"));
      }
      if (!answerColumns.containsKey(AnswerKind.PERCEPTION)) {
        bad.add(new RowError(1, "P1..P" + items, "", "perception columns P1..P" + items + " are required"));
      }
      answerColumns.forEach((k, cols) -> {
        for (int i = 0; i < items; i++) {
          if (cols[i] < 0) {
            bad.add(new RowError(1, "" + k.columnPrefix() + (i + 1), "", "column is missing: a kind present needs "
                + k.columnPrefix() + "1.." + k.columnPrefix() + items));
          }
        }
      });
      if (anyW) {
        for (int d = 0; d < dims.size(); d++) {
          if (wcols[d] < 0) {
            bad.add(new RowError(1, "W_" + dims.get(d).name(), "",
                "importance columns must cover every dimension " + dims + " or none"));
          }
        }
        pointColumns = wcols;
      }
      if (!bad.isEmpty()) {
        throw new SurveyFileException(bad);
      }
      header = h;
      data.kinds(answerColumns.keySet().toArray(new AnswerKind[0]));
      data.attributes(attributeNames.toArray(new String[0]));
    }

    void row(CsvRecord rec) throws SurveyFileException {
      rows++;
      rowErrors.clear();
      long line = rec.getStartingLineNumber();
      int n = rec.getFieldCount();
      String[] h = Objects.requireNonNull(header);
      if (n != h.length) {
        String column = n < h.length ? h[n] : "(after " + h[h.length - 1] + ")";
        String value = n < h.length ? "" : rec.getField(h.length);
        error(new RowError(line, column, value, "row has " + n + " fields but the header has " + h.length));
        finishBad();
        return;
      }
      String id = rec.getField(idColumn).strip();
      if (id.isEmpty()) {
        error(new RowError(line, h[idColumn], "", "respondent id must not be blank"));
      }
      Response.Builder b = id.isEmpty() ? Response.builder("?") : Response.builder(id);
      RatingScale scale = instrument.scale();
      for (Map.Entry<AnswerKind, int[]> e : answerColumns.entrySet()) {
        int[] cols = e.getValue();
        int[] values = new int[cols.length];
        for (int i = 0; i < cols.length; i++) {
          String cell = rec.getField(cols[i]);
          values[i] = answer(cell, scale);
          if (values[i] == BAD_NUMBER) {
            error(new RowError(line, h[cols[i]], cell, "not an integer"));
          } else if (values[i] == OFF_SCALE) {
            error(new RowError(line, h[cols[i]], cell, "not on the scale " + scale));
          }
        }
        b.answers(e.getKey(), values);
      }
      if (pointColumns.length > 0) {
        points(rec, line, b);
      }
      for (int a = 0; a < attributeColumns.size(); a++) {
        b.attribute(attributeNames.get(a), rec.getField(attributeColumns.get(a)[0]).strip());
      }
      if (!rowErrors.isEmpty()) {
        finishBad();
        return;
      }
      try {
        data.add(b.build());
      } catch (IllegalArgumentException ex) {
        // the checks above should have caught it; report rather than lose the row silently
        error(new RowError(line, "", "", String.valueOf(ex.getMessage())));
        finishBad();
      }
    }

    private void points(CsvRecord rec, long line, Response.Builder b) throws SurveyFileException {
      String[] h = Objects.requireNonNull(header);
      List<Dimension> dims = instrument.dimensions();
      double[] pts = new double[dims.size()];
      int blank = 0;
      int firstBlank = -1;
      for (int d = 0; d < pts.length; d++) {
        String cell = rec.getField(pointColumns[d]).strip();
        if (cell.isEmpty()) {
          blank++;
          firstBlank = firstBlank < 0 ? d : firstBlank;
        } else if (!POINTS.matcher(cell).matches()) {
          error(new RowError(line, h[pointColumns[d]], cell, "importance points must be a number >= 0"));
          return;
        } else {
          pts[d] = Double.parseDouble(cell);
        }
      }
      if (blank == pts.length) {
        return;
      }
      if (blank > 0) {
        error(new RowError(line, h[pointColumns[firstBlank]], "",
            "importance points must be given for every dimension or none"));
        return;
      }
      double total = 0;
      for (double p : pts) {
        total += p;
      }
      if (!PointsPolicy.sumsTo100(total) && (pointsPolicy == PointsPolicy.REJECT || !(total > 0))) {
        error(new RowError(line, "W_*", format(total), "importance points must sum to 100 but sum to "
            + format(total) + (pointsPolicy == PointsPolicy.RESCALE ? " (a total of 0 cannot be rescaled)" : "")));
        return;
      }
      for (int d = 0; d < pts.length; d++) {
        b.points(dims.get(d), pts[d]);
      }
    }

    private void error(RowError e) throws SurveyFileException {
      if (!lenient) {
        throw new SurveyFileException(List.of(e));
      }
      rowErrors.add(e);
    }

    private void finishBad() {
      badRows++;
      for (RowError e : rowErrors) {
        errorCount++;
        if (errors.size() < maxErrors) {
          errors.add(e);
        }
      }
    }
  }

  private static final int BAD_NUMBER = Integer.MIN_VALUE + 1;
  private static final int OFF_SCALE = Integer.MIN_VALUE + 2;

  /** Parses an answer cell: MISSING if blank, BAD_NUMBER if not an integer, OFF_SCALE if off the scale. */
  static int answer(String cell, RatingScale scale) {
    int n = cell.length();
    int i = 0;
    while (i < n && cell.charAt(i) == ' ') {
      i++;
    }
    while (n > i && cell.charAt(n - 1) == ' ') {
      n--;
    }
    if (i == n) {
      return Response.MISSING;
    }
    boolean negative = false;
    char c0 = cell.charAt(i);
    if (c0 == '+' || c0 == '-') {
      negative = c0 == '-';
      i++;
    }
    if (i == n || n - i > 9) {
      return BAD_NUMBER;
    }
    int v = 0;
    for (; i < n; i++) {
      char c = cell.charAt(i);
      if (c < '0' || c > '9') {
        return BAD_NUMBER;
      }
      v = v * 10 + (c - '0');
    }
    v = negative ? -v : v;
    return scale.contains(v) ? v : OFF_SCALE;
  }

  private static String format(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : String.format(Locale.ROOT, "%s", x);
  }

  /**
   * For example {@code SurveyCsvReader[SERVQUAL 22, strict, points REJECT]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "SurveyCsvReader[" + instrument.name() + ", " + (lenient ? "lenient" : "strict") + ", points "
        + pointsPolicy + "]";
  }
}
