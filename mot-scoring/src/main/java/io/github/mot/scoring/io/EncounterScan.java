package io.github.mot.scoring.io;

import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.ByteDictionary;
import io.github.mot.core.internal.ByteFields;
import io.github.mot.core.internal.ChunkedCsv;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of the encounter reader: it splits whole CSV records of UTF-8 bytes into fields
 * and parses the common forms of every column straight into primitive columns, with dictionaries of
 * the ids keyed by their bytes; no object is made for a row. A row it cannot judge in place (an
 * error, a decimal rating, an unusual time) goes through the reference path, {@link
 * CsvFrame#parseRow} with {@link EncounterReader}'s parser, which gives the value or the errors the
 * reader gives today; a file it cannot read faithfully at all (a quote, a lone carriage return,
 * bytes that are not valid UTF-8, a field over the limit) makes it give up, and the caller reads
 * the whole file through the reference path instead. One scan reads one chunk of whole records;
 * chunks are independent, so they may be scanned in parallel and merged in order. Mutable,
 * single-threaded.
 */
final class EncounterScan extends ChunkedCsv.Scanner<EncounterScan.Chunk> {

  /** The level column's "no level". */
  static final byte NO_LEVEL = Byte.MIN_VALUE;

  private final CsvFrame.RowParser<Encounter> parser;
  private final Map<String, Integer> columns;
  private final ReadLimits limits;
  private final RatingScale scale;
  private final @Nullable Set<String> touchpoints;
  private final int customer;
  private final int touchpoint;
  private final int time;
  private final int staff;
  private final int appearance;
  private final int behaviour;
  private final int communication;
  private final int level;
  private final int seconds;
  private final int note;
  private final int[] ratingColumns;
  /** The instants of the time column, read with the last date remembered. */
  private final ByteFields.Instants instants = new ByteFields.Instants();
  /** The ratings of the row being read. */
  private final double[] ratings = new double[3];
  /** The stripped bounds of the cell {@link #strip} read last. */
  private int from;
  private int to;

  /**
   * A scanner for the rows after a header.
   *
   * @param parser the reference parser of a row
   * @param columns the header's columns (lower-case name to index), as {@link CsvFrame#header} gives them
   * @param limits the limits of the read
   * @param scale the scale of the ABC ratings
   * @param touchpoints the touchpoint ids of the journey map, or null for any
   */
  EncounterScan(CsvFrame.RowParser<Encounter> parser, Map<String, Integer> columns, ReadLimits limits,
      RatingScale scale, @Nullable Set<String> touchpoints) {
    super(columns.size());
    this.parser = parser;
    this.columns = columns;
    this.limits = limits;
    this.scale = scale;
    this.touchpoints = touchpoints;
    this.customer = columns.getOrDefault("customer", -1);
    this.touchpoint = columns.getOrDefault("touchpoint", -1);
    this.time = columns.getOrDefault("time", -1);
    this.staff = columns.getOrDefault("staff", -1);
    this.appearance = columns.getOrDefault("appearance", -1);
    this.behaviour = columns.getOrDefault("behaviour", -1);
    this.communication = columns.getOrDefault("communication", -1);
    this.level = columns.getOrDefault("level", -1);
    this.seconds = columns.getOrDefault("seconds", -1);
    this.note = columns.getOrDefault("note", -1);
    this.ratingColumns = new int[] {appearance, behaviour, communication};
  }

  /**
   * A scanner of the same configuration, for another thread (a scanner keeps per-row state).
   *
   * @return the copy
   */
  @Override
  public EncounterScan copy() {
    return new EncounterScan(parser, columns, limits, scale, touchpoints);
  }

  /** What a scan found in its chunk: the rows in columns, the reference path's rows, the errors. */
  static final class Chunk extends ChunkedCsv.Chunk {
    final ByteDictionary customers = new ByteDictionary();
    final ByteDictionary touchpoints = new ByteDictionary();
    final ByteDictionary staff = new ByteDictionary();
    final ByteDictionary notes = new ByteDictionary();
    /** Per dictionary code: whether the id is one an encounter takes (checked once, when first seen). */
    boolean[] customerOk = new boolean[16];
    boolean[] touchpointOk = new boolean[16];
    boolean[] staffOk = new boolean[16];
    /** Rows kept, fast and reference ones together, in file order. */
    int size;
    int[] customer = new int[1024];
    int[] touchpoint = new int[1024];
    int[] staffCode = new int[1024];
    int[] noteCode = new int[1024];
    long[] nanos = new long[1024];
    byte[] level = new byte[1024];
    /** The ratings, NaN in {@code a} for none. */
    double[] a = new double[1024];
    double[] b = new double[1024];
    double[] c = new double[1024];
    /** Nanoseconds, -1 for none. */
    long[] duration = new long[1024];
    /** The encounters of the rows the reference path read ({@link #objectRows}). */
    final List<Encounter> objects = new ArrayList<>();

    @Override
    protected void reset() {
      super.reset();
      customers.clear();
      touchpoints.clear();
      staff.clear();
      notes.clear();
      size = 0;
      objects.clear();
    }

    private void ensure() {
      if (size == customer.length) {
        int n = size * 2;
        customer = Arrays.copyOf(customer, n);
        touchpoint = Arrays.copyOf(touchpoint, n);
        staffCode = Arrays.copyOf(staffCode, n);
        noteCode = Arrays.copyOf(noteCode, n);
        nanos = Arrays.copyOf(nanos, n);
        level = Arrays.copyOf(level, n);
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        c = Arrays.copyOf(c, n);
        duration = Arrays.copyOf(duration, n);
      }
    }
  }

  @Override
  protected Chunk chunk() {
    return new Chunk();
  }


  /** One record of {@code fields} fields; false if the chunk must give up. */
  @Override
  protected boolean record(Chunk out, byte[] b, int recordStart, int recordEnd, int[] starts, int[] ends, int fields,
      int longest, long line) {
    if (fields != width) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    if (longest > limits.maxFieldLength()) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    // the required columns: stripped, not blank (a blank one is the reference path's error)
    if (!strip(b, starts, ends, time) || from == to) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    long nanos = instants.epochNanos(b, from, to);
    int cust = strip(b, starts, ends, customer) && from < to ? code(out.customers, b, from, to, out, 0) : -1;
    int tp = strip(b, starts, ends, touchpoint) && from < to ? code(out.touchpoints, b, from, to, out, 1) : -1;
    if (nanos == ByteFields.NOT_FAST || cust < 0 || tp < 0 || !out.customerOk[cust] || !out.touchpointOk[tp]) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    if (!strip(b, starts, ends, staff)) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    int staffCode = from == to ? -1 : code(out.staff, b, from, to, out, 2);
    if (staffCode >= 0 && !out.staffOk[staffCode]) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    double ra = Double.NaN;
    double rb = Double.NaN;
    double rc = Double.NaN;
    int given = 0;
    for (int k = 0; k < 3; k++) {
      long v = integer(b, starts, ends, ratingColumns[k]);
      if (v == EMPTY) {
        continue;
      }
      if (v == ByteFields.NOT_FAST || !scale.contains((double) v)) {
        return reference(out, b, recordStart, recordEnd, line);
      }
      ratings[k] = v;
      given++;
    }
    if (given == 3) {
      ra = ratings[0] + 0.0;
      rb = ratings[1] + 0.0;
      rc = ratings[2] + 0.0;
    } else if (given != 0) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    long lv = integer(b, starts, ends, level);
    long sec = integer(b, starts, ends, seconds);
    if ((lv != EMPTY && (lv < -3 || lv > 3)) || (sec != EMPTY && (sec < 0 || sec > 1_000_000_000L))) {
      return reference(out, b, recordStart, recordEnd, line); // NOT_FAST is below both ranges
    }
    long duration = sec == EMPTY ? -1 : sec * 1_000_000_000L;
    if (!strip(b, starts, ends, note)) {
      return reference(out, b, recordStart, recordEnd, line);
    }
    int noteCode = from == to ? -1 : code(out.notes, b, from, to, out, 3);
    out.rows++;
    out.ensure();
    int i = out.size++;
    out.customer[i] = cust;
    out.touchpoint[i] = tp;
    out.staffCode[i] = staffCode;
    out.noteCode[i] = noteCode;
    out.nanos[i] = nanos;
    out.level[i] = lv == EMPTY ? NO_LEVEL : (byte) lv;
    out.a[i] = ra;
    out.b[i] = rb;
    out.c[i] = rc;
    out.duration[i] = duration;
    return true;
  }

  /** What {@link #integer} gives for an absent column or a blank cell. */
  private static final long EMPTY = Long.MIN_VALUE + 1;

  /**
   * Strips the cell of a column ({@link String#strip()}'s bounds) into {@link #from} and {@link
   * #to}; an absent column is an empty cell. False if the bounds cannot be judged on the bytes
   * (white space or bad bytes at an edge that is not ASCII): the row needs the reference path.
   */
  private boolean strip(byte[] b, int[] starts, int[] ends, int column) {
    if (column < 0) {
      from = 0;
      to = 0;
      return true;
    }
    from = ByteFields.stripStart(b, starts[column], ends[column]);
    to = ByteFields.stripEnd(b, starts[column], ends[column]);
    if (from < 0 || to < 0) {
      return false;
    }
    if (from > to) {
      to = from; // a cell of white space only
    }
    return true;
  }

  /**
   * The stripped cell of a column as an integer of the reader's pattern: {@link #EMPTY} for an
   * absent column or a blank cell, {@link ByteFields#NOT_FAST} for anything else the fast path
   * does not read.
   */
  private long integer(byte[] b, int[] starts, int[] ends, int column) {
    if (column >= 0) { // the common cells first: one digit, or a sign or a digit and a digit
      int s = starts[column];
      int n = ends[column] - s;
      if (n == 1) {
        int d = b[s] - '0';
        if (d >= 0 && d <= 9) {
          return d;
        }
      } else if (n == 2) {
        int d = b[s + 1] - '0';
        if (d >= 0 && d <= 9) {
          byte c = b[s];
          if (c == '+') {
            return d;
          }
          if (c == '-') {
            return -d;
          }
          if (c >= '0' && c <= '9') {
            return (c - '0') * 10L + d;
          }
        }
      }
    }
    if (!strip(b, starts, ends, column)) {
      return ByteFields.NOT_FAST;
    }
    return from == to ? EMPTY : ByteFields.smallInteger(b, from, to);
  }

  /** The code of an id in a dictionary; a new one is checked once as an encounter checks it. */
  private int code(ByteDictionary d, byte[] b, int from, int to, Chunk out, int kind) {
    int c = d.codeOrAdd(b, from, to);
    if (c >= 0) {
      return c;
    }
    int code = -c - 1;
    boolean ok = !ByteFields.hasControl(b, from, to);
    switch (kind) {
      case 0 -> out.customerOk = set(out.customerOk, code, ok);
      case 1 -> out.touchpointOk = set(out.touchpointOk, code, ok && (touchpoints == null || touchpoints.contains(d.text(code))));
      case 2 -> out.staffOk = set(out.staffOk, code, ok);
      default -> { } // notes: any non-blank text
    }
    return code;
  }

  private static boolean[] set(boolean[] a, int i, boolean v) {
    boolean[] out = i < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, i + 1));
    out[i] = v;
    return out;
  }

  /**
   * The reference path for one record {@code b[from, to)}: its fields as text, then what {@link
   * CsvFrame} does with a data row. False if the chunk must give up (a field over the length
   * limit).
   */
  private boolean reference(Chunk out, byte[] b, int from, int to, long line) {
    return reference(out, ChunkedCsv.texts(b, from, to), line);
  }

  private boolean reference(Chunk out, List<String> fields, long line) {
    for (String f : fields) {
      if (f.length() > limits.maxFieldLength()) {
        out.giveUp = "a field over the length limit at line " + line;
        return false;
      }
    }
    boolean blank = true;
    for (String f : fields) {
      if (!f.isBlank()) {
        blank = false;
        break;
      }
    }
    if (blank) {
      return true;
    }
    out.rows++;
    List<RowError> errors = new ArrayList<>(0);
    @Nullable Encounter e = CsvFrame.parseRow(line, fields, columns, parser, errors);
    if (e != null) {
      out.ensure();
      out.objectRow(out.size++);
      out.objects.add(e);
    } else {
      out.badRow(errors, limits.maxErrors());
    }
    return true;
  }
}
