package io.github.mot.servqual.io;

import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.ByteDictionary;
import io.github.mot.core.internal.ByteFields;
import io.github.mot.core.internal.ChunkedCsv;
import io.github.mot.core.io.DataFileException;
import io.github.mot.servqual.PointsPolicy;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.internal.ModelAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of the survey reader: it splits whole CSV records of UTF-8 bytes into fields and
 * parses the common forms of every cell straight into raw answer bytes, numeric ids, whole-number
 * points and dictionary codes of the attributes; no object is made for a row. A row it does not
 * judge itself (any error, a blank respondent, a text cell it cannot strip on the bytes, decimal or
 * signed points, points that need rescaling) goes through the reference path, {@link
 * SurveyReader.Run#parse}, which gives the response, the errors or the blank respondent the reader
 * gives today. One scan reads one chunk of whole records; chunks are independent, so they may be
 * scanned in parallel and merged in order. Mutable, single-threaded.
 */
final class SurveyScan extends ChunkedCsv.Scanner<SurveyScan.Chunk> {

  /** What {@link #answer} gives for a blank cell. */
  private static final int MISSING = -1;

  /** What {@link #answer} gives for a cell it leaves to the reference path. */
  private static final int NOT_FAST = -2;

  /** A reader of the same configuration that is lenient and has no row limit: the chunks' reference rows. */
  private final SurveyReader chunkReader;
  private final String[] header;
  private final int idColumn;
  /** The answer columns, for every kind of the file in kind order, item by item. */
  private final int[] answerColumns;
  /** Per answer column, whether its item is reverse coded. */
  private final boolean[] reverse;
  private final int[] pointColumns;
  private final int[] attributeColumns;
  private final int min;
  private final int max;
  private final int maxFieldLength;
  /** The number of the row's cells read in place; the stripped bounds of the cell read last. */
  private int from;
  private int to;

  /**
   * A scanner of the rows after a header that {@code headerRun} has read.
   *
   * @param reader the reader of the file
   * @param header the header's cells
   * @param headerRun the read's state after the header
   */
  SurveyScan(SurveyReader reader, String[] header, SurveyReader.Run headerRun) {
    super(header.length);
    this.chunkReader = reader.lenient().withLimits(reader.limits().withMaxRows(Long.MAX_VALUE));
    this.header = header.clone();
    this.idColumn = headerRun.idColumn;
    this.answerColumns = headerRun.answerColumns.values().stream().flatMapToInt(Arrays::stream).toArray();
    int items = reader.instrument().size();
    this.reverse = new boolean[answerColumns.length];
    for (int j = 0; j < reverse.length; j++) {
      reverse[j] = reader.instrument().items().get(j % items).reverseCoded();
    }
    this.pointColumns = headerRun.pointColumns.clone();
    this.attributeColumns = headerRun.attributeColumns.stream().mapToInt(c -> c[0]).toArray();
    RatingScale scale = reader.instrument().scale();
    this.min = scale.min();
    this.max = scale.max();
    this.maxFieldLength = reader.limits().maxFieldLength();
  }

  private SurveyScan(SurveyScan other) {
    super(other.width);
    this.chunkReader = other.chunkReader;
    this.header = other.header;
    this.idColumn = other.idColumn;
    this.answerColumns = other.answerColumns;
    this.reverse = other.reverse;
    this.pointColumns = other.pointColumns;
    this.attributeColumns = other.attributeColumns;
    this.min = other.min;
    this.max = other.max;
    this.maxFieldLength = other.maxFieldLength;
  }

  @Override
  public SurveyScan copy() {
    return new SurveyScan(this);
  }

  @Override
  protected Chunk chunk() {
    return new Chunk(run(), answerColumns.length, pointColumns.length, attributeColumns.length);
  }

  @Override
  protected Chunk chunk(Chunk spare) {
    spare.reset(run());
    return spare;
  }

  /** The reference path's state for a new chunk. */
  private SurveyReader.Run run() {
    SurveyReader.Run run = chunkReader.run();
    try {
      run.header(header, 1);
    } catch (DataFileException e) {
      throw new IllegalStateException("the header was read once already", e);
    }
    return run;
  }

  /** What a scan found in its chunk: the rows in columns, the reference path's responses, the errors. */
  static final class Chunk extends ChunkedCsv.Chunk {
    /** The reference path's state: its counts, errors and blank respondents, with the chunk's lines. */
    SurveyReader.Run run;
    final ByteDictionary[] dictionaries;
    /** Rows kept, fast and reference ones together, in file order. */
    int size;
    /** Per answer column (kinds in order, items in order), per row: the stored byte or the missing byte. */
    final byte[][] answers;
    long[] ids;
    /** Per row, the id as text, or null for the numeric one in {@link #ids}; null until a text id comes. */
    String @Nullable [] textIds;
    /** Per dimension, per row: the points; {@link #hasPoints} says whether the row has them. */
    final double[][] points;
    boolean[] hasPoints;
    /** Per attribute, per row: the chunk dictionary's code, -1 for none. */
    final int[][] attributes;
    /** The responses of the rows the reference path read ({@link #objectRows}). */
    final List<Response> objects = new ArrayList<>();

    Chunk(SurveyReader.Run run, int answerWidth, int pointWidth, int attributeWidth) {
      this.run = run;
      this.dictionaries = new ByteDictionary[attributeWidth];
      for (int a = 0; a < attributeWidth; a++) {
        dictionaries[a] = new ByteDictionary();
      }
      int n = 1024;
      answers = new byte[answerWidth][n];
      ids = new long[n];
      points = new double[pointWidth][n];
      hasPoints = new boolean[n];
      attributes = new int[attributeWidth][n];
    }

    /**
     * Empties the chunk for the next scan with a new reference state, keeping its columns (every
     * row's cells are written before they are read) and dictionaries.
     */
    void reset(SurveyReader.Run next) {
      super.reset();
      run = next;
      for (ByteDictionary d : dictionaries) {
        d.clear();
      }
      size = 0;
      textIds = null;
      objects.clear();
    }

    private void ensure() {
      if (size == ids.length) {
        int n = size * 2;
        for (int j = 0; j < answers.length; j++) {
          answers[j] = Arrays.copyOf(answers[j], n);
        }
        ids = Arrays.copyOf(ids, n);
        String[] t = textIds;
        if (t != null) {
          textIds = Arrays.copyOf(t, n);
        }
        for (int d = 0; d < points.length; d++) {
          points[d] = Arrays.copyOf(points[d], n);
        }
        hasPoints = Arrays.copyOf(hasPoints, n);
        for (int a = 0; a < attributes.length; a++) {
          attributes[a] = Arrays.copyOf(attributes[a], n);
        }
      }
    }
  }

  @Override
  protected boolean record(Chunk out, byte[] b, int recordStart, int recordEnd, int[] starts, int[] ends,
      int fields, int longest, long line) {
    if (fields != width) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    if (longest > maxFieldLength) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    out.ensure();
    int row = out.size;
    // the answers: a blank respondent (every answer blank) is the reference path's
    boolean any = false;
    int range = max - min;
    for (int j = 0; j < answerColumns.length; j++) {
      int c = answerColumns[j];
      int s = starts[c];
      int e = ends[c];
      int v;
      if (e - s == 1 && b[s] >= '0' && b[s] <= '9') { // the common cell: one digit
        v = b[s] - '0';
        if (v < min || v > max) {
          return reference(out, b, recordStart, recordEnd, line);
        }
      } else {
        v = answer(b, s, e);
        if (v == NOT_FAST) {
          return reference(out, b, recordStart, recordEnd, line);
        }
      }
      if (v == MISSING) {
        out.answers[j][row] = ModelAccess.MISSING_BYTE;
      } else {
        out.answers[j][row] = (byte) (reverse[j] ? range - (v - min) : v - min);
        any = true;
      }
    }
    if (!any) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    // the id: not blank
    if (!strip(b, starts[idColumn], ends[idColumn]) || from == to) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    int idFrom = from;
    int idTo = to;
    // the points: whole numbers, all or none, summing to 100
    boolean points = false;
    if (pointColumns.length > 0) {
      int blank = 0;
      for (int d = 0; d < pointColumns.length; d++) {
        int c = pointColumns[d];
        if (!strip(b, starts[c], ends[c])) {
          return reference(out, b, recordStart, recordEnd, line);
        }
        if (from == to) {
          blank++;
          continue;
        }
        long p = digits(b, from, to);
        if (p < 0) {
          return reference(out, b, recordStart, recordEnd, line);
        }
        out.points[d][row] = p;
      }
      if (blank > 0 && blank < pointColumns.length) {
        return reference(out, b, recordStart, recordEnd, line);
      }
      if (blank == 0) {
        double total = 0;
        for (int d = 0; d < pointColumns.length; d++) {
          total += out.points[d][row];
        }
        if (!PointsPolicy.sumsTo100(total)) {
          return reference(out, b, recordStart, recordEnd, line); // an error, or a rescaling to list
        }
        points = true;
      }
    }
    // the attributes: stripped, blank for none
    for (int a = 0; a < attributeColumns.length; a++) {
      int c = attributeColumns[a];
      if (!strip(b, starts[c], ends[c])) {
        return reference(out, b, recordStart, recordEnd, line);
      }
      if (from == to) {
        out.attributes[a][row] = -1;
      } else {
        int code = out.dictionaries[a].codeOrAdd(b, from, to);
        out.attributes[a][row] = code >= 0 ? code : -code - 1;
      }
    }
    long id = canonicalLong(b, idFrom, idTo);
    if (id == Long.MIN_VALUE) {
      String[] t = out.textIds;
      if (t == null) {
        t = out.textIds = new String[out.ids.length];
      }
      t[row] = ByteFields.text(b, idFrom, idTo);
    } else {
      out.ids[row] = id;
    }
    out.hasPoints[row] = points;
    out.rows++;
    out.size++;
    return true;
  }

  /**
   * An answer cell as {@link SurveyReader#answer} reads it (spaces around it stripped, an optional
   * sign, 1 to 9 digits): the value if it is on the scale, {@link #MISSING} for spaces only, {@link
   * #NOT_FAST} for anything else (an error for the reference path to report).
   */
  private int answer(byte[] b, int from, int to) {
    int i = from;
    int n = to;
    while (i < n && b[i] == ' ') {
      i++;
    }
    while (n > i && b[n - 1] == ' ') {
      n--;
    }
    if (i == n) {
      return MISSING;
    }
    long v = ByteFields.smallInteger(b, i, n); // [+-]?[0-9]{1,9}, as SurveyReader.answer reads it
    return v >= min && v <= max ? (int) v : NOT_FAST; // NOT_FAST of ByteFields is below any scale
  }

  /** The value of 1 to 9 ASCII digits, or -1. */
  private static long digits(byte[] b, int from, int to) {
    if (to - from < 1 || to - from > 9) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /**
   * The value of a canonical decimal long ({@code 0}, {@code 42}, {@code -7}; no {@code +}, no
   * leading zeros, at most 18 digits), as survey data keeps such an id, else {@code Long.MIN_VALUE}.
   */
  private static long canonicalLong(byte[] b, int from, int to) {
    int start = b[from] == '-' ? from + 1 : from;
    int n = to - start;
    if (n < 1 || n > 18 || (b[start] == '0' && n > 1)) {
      return Long.MIN_VALUE;
    }
    long v = 0;
    for (int i = start; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return Long.MIN_VALUE;
      }
      v = v * 10 + d;
    }
    if (start > from && v == 0) {
      return Long.MIN_VALUE; // "-0"
    }
    return start > from ? -v : v;
  }

  /**
   * Strips a cell ({@link String#strip()}'s bounds) into {@link #from} and {@link #to}; false if the
   * bounds cannot be judged on the bytes (white space or bad bytes at an edge that is not ASCII).
   */
  private boolean strip(byte[] b, int start, int end) {
    from = ByteFields.stripStart(b, start, end);
    to = ByteFields.stripEnd(b, start, end);
    if (from < 0 || to < 0) {
      return false;
    }
    if (from > to) {
      to = from;
    }
    return true;
  }

  /**
   * The reference path for one record {@code b[from, to)}: its fields as text, then what the
   * reader does with a data row. False if the chunk must give up (a field over the length limit).
   */
  private boolean reference(Chunk out, byte[] b, int from, int to, long line) {
    List<String> fields = ChunkedCsv.texts(b, from, to);
    @Nullable Response response;
    try {
      response = out.run.parse(fields.toArray(new String[0]), line);
    } catch (DataFileException e) {
      out.giveUp = "a field over the length limit at line " + line; // the reference path throws it
      return false;
    }
    if (response != null) {
      out.ensure();
      out.objectRow(out.size++);
      out.objects.add(response);
    }
    return true;
  }

  @Override
  protected void finish(Chunk out) {
    SurveyReader.Run run = out.run;
    out.rows += run.rows;
    out.bad += run.badRows;
    out.errorCount += run.errorCount;
    out.errors.addAll(run.errors);
  }
}
