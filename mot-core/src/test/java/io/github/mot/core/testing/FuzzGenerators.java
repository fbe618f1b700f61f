package io.github.mot.core.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * Seeded generators of hostile input for the fuzz tests of every reader: arbitrary bytes, CSV text
 * with the features that break naive readers, arbitrary and mutated JSON, and the numbers that
 * break naive arithmetic. Every module's fuzz tests reuse them through the {@code mot-core} test
 * jar, so there is one definition of "nasty input".
 *
 * <p>Like {@link CoreGenerators}, each method draws only from the case's {@link SplittableRandom}
 * (from {@link Seed#random()}), so a seed always gives the same input and a failing case is
 * replayed with {@code -Dmot.seed=<seed> -Dmot.cases=1}.
 *
 * <p>Sizes are kept small by default (a few kilobytes a case) so that hundreds of cases run in a
 * second; {@link #longText(SplittableRandom, int)} and {@link LazyCsvInputStream} make the big
 * inputs on purpose.
 */
public final class FuzzGenerators {

  /** The UTF-8 byte-order mark as a character. */
  public static final String BOM = "\uFEFF";

  /**
   * Cell values that a spreadsheet would run as a formula or that a careless HTML writer would
   * execute, plus lookalike numbers: every reader and writer must survive them.
   */
  public static final List<String> HOSTILE_CELLS =
      List.of(
          "=1+1",
          "=HYPERLINK(\"http://x.invalid\",\"click\")",
          "+1",
          "-1",
          "@SUM(A1:A9)",
          "\t=1",
          "\r=1",
          "=cmd|' /C calc'!A0",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "&amp;&lt;",
          "'single'",
          "\"double\"",
          "a,b",
          "line\nbreak",
          "cr\rreturn",
          "tab\there",
          "nul\u0000byte",
          "\u202Eright-to-left",
          "\uFEFFbom-inside",
          "多语言",
          "😀",
          "\uD800",
          "NaN",
          "Infinity",
          "-Infinity",
          "1e308",
          "-0",
          "-0.0",
          "0x10",
          "١",
          "３",
          "99999999999999999999",
          "1" + "0".repeat(400),
          " 3 ",
          "3.0",
          "",
          " ");

  /** The doubles that break naive arithmetic: NaN, infinities, -0.0, extremes, subnormals. */
  public static final List<Double> HOSTILE_DOUBLES =
      List.of(
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          -0.0,
          Double.MIN_VALUE,
          -Double.MIN_VALUE,
          Double.MIN_NORMAL,
          Double.MAX_VALUE,
          -Double.MAX_VALUE,
          1e308,
          -1e308,
          1e-300,
          0x1p62,
          0x1p63);

  private static final String[] JSON_SCALARS = {
    "null",
    "true",
    "false",
    "0",
    "-0",
    "-0.0",
    "1",
    "-1",
    "3",
    "1.5",
    "1e308",
    "-1e308",
    "1e309",
    "4.9e-324",
    "1e-400",
    "9223372036854775808",
    "-2147483649",
    "2147483647",
    "123456789012345678901234567890",
    "\"NaN\"",
    "\"Infinity\"",
    "\"-Infinity\"",
    "\"\"",
    "\" \"",
    "\"x\"",
    "\"in-person\"",
    "\"DELIGHTS\"",
    "\"+3\"",
    "\"PT15S\"",
    "\"-PT1S\"",
    "\"2026-11-24T10:15:30Z\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"=1+1\"",
    "\"<b>\"",
    "\"多语言\""
  };

  /** The JSON fields of the core values, grouped by the value that first has them, then others. */
  private static final String[] JSON_KEYS = {
    "id", "name", // JourneyStage
    "min", "max", // RatingScale
    "scale", "appearance", "behaviour", "communication", // AbcRatings, AbcWeights
    "stageId", "channel", "role", "momentOfTruth", "importance", "typicalContact", // Touchpoint
    "stages", "touchpoints", // CustomerJourney
    "customerId", "touchpointId", "occurredAt", "staffId", // Encounter
    "ratings", "level", "duration", "note", // Encounter
    "text", "step", "weight", "critical", // ChecklistItem
    "items", // SupervisionChecklist
    "@class", "@type", "colour" // polymorphic typing and unknown fields
  };

  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

  private FuzzGenerators() {}

  // ---- bytes and text -------------------------------------------------------------------------

  /**
   * The bytes of a generated CSV file with the defects the fast readers must handle as the
   * reference readers do, now and then: a UTF-8 byte-order mark (one file in 10), a stray quote or
   * a byte that is not UTF-8 somewhere (one in 25), a carriage return without a line feed (one in
   * 25).
   *
   * @param r the random source
   * @param text the file's text
   * @return its UTF-8 bytes, maybe with defects
   */
  public static byte[] csvWithDefects(SplittableRandom r, String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    if (r.nextInt(10) == 0) {
      out.write(0xEF);
      out.write(0xBB);
      out.write(0xBF);
    }
    out.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] all = out.toByteArray();
    if (all.length > 0 && r.nextInt(25) == 0) {
      all[r.nextInt(all.length)] = (byte) (r.nextBoolean() ? '"' : 0xFF);
    }
    if (r.nextInt(25) == 0) {
      int at = r.nextInt(all.length + 1);
      byte[] cr = new byte[all.length + 1];
      System.arraycopy(all, 0, cr, 0, at);
      cr[at] = '\r';
      System.arraycopy(all, at, cr, at + 1, all.length - at);
      all = cr;
    }
    return all;
  }

  /**
   * Arbitrary bytes: uniformly random, or mostly printable ASCII with a few high bytes, invalid
   * UTF-8 sequences, NULs and byte-order marks mixed in.
   *
   * @param r the case's random generator
   * @param maxLength the largest length, {@code >= 0}
   * @return between 0 and {@code maxLength} bytes
   */
  public static byte[] bytes(SplittableRandom r, int maxLength) {
    int n = r.nextInt(maxLength + 1);
    byte[] b = new byte[n];
    boolean uniform = r.nextBoolean();
    for (int i = 0; i < n; i++) {
      if (uniform) {
        b[i] = (byte) r.nextInt(256);
      } else {
        int k = r.nextInt(20);
        b[i] =
            switch (k) {
              case 0 -> (byte) (0x80 + r.nextInt(0x80)); // a lone continuation or lead byte
              case 1 -> (byte) r.nextInt(0x20); // a control character, NUL included
              case 2 -> (byte) ',';
              case 3 -> (byte) '"';
              case 4 -> (byte) '\n';
              case 5 -> (byte) '{';
              default -> (byte) (0x20 + r.nextInt(0x5f));
            };
      }
    }
    if (n >= 3 && r.nextInt(4) == 0) {
      b[0] = (byte) 0xEF;
      b[1] = (byte) 0xBB;
      b[2] = (byte) 0xBF;
    }
    return b;
  }

  /**
   * Encodes text to bytes the way files from the wild are: usually UTF-8 (with a byte-order mark
   * now and then), sometimes ISO-8859-1, UTF-16 or Windows-1252-like bytes, sometimes UTF-8 with
   * invalid sequences inserted. Readers must either decode or refuse them with their documented
   * exception, never misbehave.
   *
   * @param r the case's random generator
   * @param text the text
   * @return the encoded bytes
   */
  public static byte[] encode(SplittableRandom r, String text) {
    return switch (r.nextInt(8)) {
      case 0 -> (BOM + text).getBytes(StandardCharsets.UTF_8);
      case 1 -> text.getBytes(StandardCharsets.ISO_8859_1);
      case 2 -> text.getBytes(StandardCharsets.UTF_16);
      case 3 -> text.getBytes(Charset.forName("windows-1252"));
      case 4 -> corruptUtf8(r, text.getBytes(StandardCharsets.UTF_8));
      default -> text.getBytes(StandardCharsets.UTF_8);
    };
  }

  private static byte[] corruptUtf8(SplittableRandom r, byte[] utf8) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length + 8);
    for (byte b : utf8) {
      if (r.nextInt(40) == 0) {
        switch (r.nextInt(4)) {
          case 0 -> out.write(0xC3); // a lead byte without its continuation
          case 1 -> out.write(0x80); // a lone continuation byte
          case 2 -> out.write(0xFF); // never valid in UTF-8
          default -> {
            out.write(0xED); // an encoded surrogate, invalid in UTF-8
            out.write(0xA0);
            out.write(0x80);
          }
        }
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  /**
   * A text of exactly {@code length} characters with no line break or delimiter: a "very long
   * line" or an oversized field.
   *
   * @param r the case's random generator
   * @param length the number of characters
   * @return the text
   */
  public static String longText(SplittableRandom r, int length) {
    char c = (char) ('a' + r.nextInt(26));
    return String.valueOf(c).repeat(length);
  }

  /**
   * A hostile cell value from {@link #HOSTILE_CELLS}.
   *
   * @param r the case's random generator
   * @return the value
   */
  public static String hostileCell(SplittableRandom r) {
    return HOSTILE_CELLS.get(r.nextInt(HOSTILE_CELLS.size()));
  }

  /**
   * A hostile double from {@link #HOSTILE_DOUBLES}.
   *
   * @param r the case's random generator
   * @return the value
   */
  public static double hostileDouble(SplittableRandom r) {
    return HOSTILE_DOUBLES.get(r.nextInt(HOSTILE_DOUBLES.size()));
  }

  /**
   * Values just outside {@code [min, max]}: the neighbouring doubles, and the bounds plus or minus
   * one hundredth and one.
   *
   * @param min the lower bound
   * @param max the upper bound
   * @return six values outside the interval
   */
  public static List<Double> justOutside(double min, double max) {
    return List.of(
        Math.nextDown(min), Math.nextUp(max), min - 0.01, max + 0.01, min - 1.0, max + 1.0);
  }

  /**
   * The cases of a hostile-numbers test: {@link #HOSTILE_DOUBLES}, then the values {@link
   * #justOutside just outside} {@code [min, max]}, then the extras.
   *
   * @param min the lower bound of the valid range
   * @param max the upper bound of the valid range
   * @param extras further values to try
   * @return the values, in that order
   */
  public static Stream<Double> hostileAround(double min, double max, double... extras) {
    return Stream.of(
            HOSTILE_DOUBLES.stream(),
            justOutside(min, max).stream(),
            DoubleStream.of(extras).boxed())
        .flatMap(s -> s);
  }

  // ---- CSV ------------------------------------------------------------------------------------

  /**
   * A row of cells for a CSV file: one cell per column.
   *
   * @param cells the raw (unquoted) cell values
   */
  public record CsvRow(List<String> cells) {

    /**
     * Copies the cells.
     *
     * @param cells the raw (unquoted) cell values
     */
    public CsvRow {
      cells = List.copyOf(cells);
    }
  }

  /**
   * CSV text with the features that break naive readers, around a given header and rows: a
   * byte-order mark, CRLF, LF or CR line ends (mixed within a file now and then), empty and blank
   * lines, quoted fields with embedded quotes, delimiters and line breaks, a very long field, rows
   * with missing or extra fields, an unterminated quote, control characters, hostile cells
   * replacing good ones, and truncation.
   *
   * <p>Roughly a third of the files come out untouched (apart from quoting and line ends), so
   * that readers also see many valid files.
   *
   * @param r the case's random generator
   * @param header the column names
   * @param rows the good rows, as cell values (this method quotes them as needed)
   * @return the CSV text
   */
  public static String csv(SplittableRandom r, List<String> header, List<CsvRow> rows) {
    return csv(r, header, rows, false);
  }

  /**
   * Like {@link #csv(SplittableRandom, List, List)} but every row stays exactly one CSV record:
   * no truncation, no unterminated or misplaced quote. Cells may still be hostile, too long,
   * missing or extra, and empty lines may be inserted, so a reader's counts can be checked
   * against {@code rows.size()}.
   *
   * @param r the case's random generator
   * @param header the column names
   * @param rows the good rows
   * @return the CSV text, with exactly {@code rows.size()} non-empty records after the header
   */
  public static String csvKeepingRows(SplittableRandom r, List<String> header, List<CsvRow> rows) {
    return csv(r, header, rows, true);
  }

  private static String csv(
      SplittableRandom r, List<String> header, List<CsvRow> rows, boolean keepRows) {
    boolean nasty = r.nextInt(3) != 0;
    String lineEnd = LINE_ENDS[r.nextInt(LINE_ENDS.length)];
    boolean mixEnds = nasty && r.nextInt(4) == 0;
    StringBuilder b = new StringBuilder();
    if (r.nextInt(4) == 0) {
      b.append(BOM);
    }
    appendRow(r, b, header, !keepRows && nasty && r.nextInt(10) == 0);
    b.append(lineEnd);
    for (CsvRow row : rows) {
      if (nasty && r.nextInt(12) == 0) {
        b.append(r.nextBoolean() ? "" : "  ").append(lineEnd); // an empty or blank line
      }
      List<String> cells = new ArrayList<>(row.cells());
      if (nasty) {
        mutateCells(r, cells);
      }
      appendRow(r, b, cells, !keepRows && nasty && r.nextInt(30) == 0);
      b.append(mixEnds ? LINE_ENDS[r.nextInt(LINE_ENDS.length)] : lineEnd);
    }
    if (!keepRows && nasty && r.nextInt(10) == 0) {
      b.append('"').append("unterminated").append(lineEnd).append("more");
    }
    if (!keepRows && nasty && r.nextInt(10) == 0 && b.length() > 0) {
      b.setLength(r.nextInt(b.length())); // truncated file
    }
    if (nasty && r.nextInt(6) == 0) {
      b.setLength(Math.max(0, b.length() - lineEnd.length())); // no line end after the last row
    }
    return b.toString();
  }

  private static void mutateCells(SplittableRandom r, List<String> cells) {
    switch (r.nextInt(14)) {
      case 0 -> {
        if (!cells.isEmpty()) {
          cells.set(r.nextInt(cells.size()), hostileCell(r));
        }
      }
      case 1 -> {
        if (!cells.isEmpty()) {
          cells.remove(cells.size() - 1); // a missing field
        }
      }
      case 2 -> cells.add(hostileCell(r)); // an extra field
      case 3 -> {
        if (!cells.isEmpty()) {
          cells.set(r.nextInt(cells.size()), longText(r, 1 + r.nextInt(5000)));
        }
      }
      case 4 -> {
        if (!cells.isEmpty()) {
          int i = r.nextInt(cells.size());
          cells.set(i, cells.get(i) + (char) r.nextInt(0x20)); // a control character
        }
      }
      case 5 -> {
        if (!cells.isEmpty()) {
          int i = r.nextInt(cells.size());
          cells.set(i, " " + cells.get(i) + " ");
        }
      }
      default -> {
        // leave the row alone: most rows of a nasty file are fine
      }
    }
  }

  private static void appendRow(
      SplittableRandom r, StringBuilder b, List<String> cells, boolean brokenQuote) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String cell = cells.get(i);
      boolean mustQuote =
          cell.indexOf(',') >= 0
              || cell.indexOf('"') >= 0
              || cell.indexOf('\n') >= 0
              || cell.indexOf('\r') >= 0;
      if (mustQuote || r.nextInt(8) == 0) {
        b.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        b.append(cell);
      }
    }
    if (brokenQuote) {
      b.append("x\"y"); // a quote inside an unquoted field
    }
  }

  /**
   * Arbitrary CSV-like text with no header contract: random cells from {@link #HOSTILE_CELLS} and
   * short words, random quoting, random line ends, up to {@code maxRows} rows.
   *
   * @param r the case's random generator
   * @param maxRows the largest number of rows
   * @return the text
   */
  public static String arbitraryCsv(SplittableRandom r, int maxRows) {
    int rows = r.nextInt(maxRows + 1);
    int width = 1 + r.nextInt(8);
    List<CsvRow> body = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int w = r.nextInt(6) == 0 ? r.nextInt(width * 2 + 1) : width;
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < w; c++) {
        cells.add(r.nextInt(3) == 0 ? hostileCell(r) : Integer.toString(r.nextInt(-5, 12)));
      }
      body.add(new CsvRow(cells));
    }
    List<String> header = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      header.add(r.nextInt(4) == 0 ? hostileCell(r) : "c" + c);
    }
    return csv(r, header, body);
  }

  // ---- JSON -----------------------------------------------------------------------------------

  /**
   * An arbitrary JSON value up to {@code depth} levels deep, using the property names of the
   * model types (and {@code @class}, {@code @type}) so that readers get past the first token more
   * often than not. Now and then the text is syntactically broken.
   *
   * @param r the case's random generator
   * @param depth the largest nesting depth, {@code >= 0}
   * @return JSON text (usually valid JSON)
   */
  public static String json(SplittableRandom r, int depth) {
    String text = jsonValue(r, depth);
    return r.nextInt(10) == 0 ? mutate(r, text) : text;
  }

  /**
   * Like {@link #json(SplittableRandom, int)} but always syntactically valid JSON.
   *
   * @param r the case's random generator
   * @param depth the largest nesting depth, {@code >= 0}
   * @return valid JSON text
   */
  public static String jsonValue(SplittableRandom r, int depth) {
    StringBuilder b = new StringBuilder();
    appendJson(r, b, depth);
    return b.toString();
  }

  private static void appendJson(SplittableRandom r, StringBuilder b, int depth) {
    int kind = depth <= 0 ? 0 : r.nextInt(4);
    switch (kind) {
      case 1 -> {
        b.append('[');
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            b.append(',');
          }
          appendJson(r, b, depth - 1);
        }
        b.append(']');
      }
      case 2, 3 -> {
        b.append('{');
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            b.append(',');
          }
          b.append('"').append(JSON_KEYS[r.nextInt(JSON_KEYS.length)]).append("\":");
          appendJson(r, b, depth - 1);
        }
        b.append('}');
      }
      default -> b.append(JSON_SCALARS[r.nextInt(JSON_SCALARS.length)]);
    }
  }

  /**
   * A mutation of valid JSON: a scalar value replaced by a hostile one ({@code "NaN"}, 1e308,
   * -0.0, huge integers, nulls, wrong types), a property duplicated, renamed or added, a value
   * wrapped in an array or object, or a text-level edit ({@link #mutate}).
   *
   * @param r the case's random generator
   * @param json valid JSON text, for example a serialised model value
   * @return the mutated text
   */
  public static String mutateJson(SplittableRandom r, String json) {
    String out = json;
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits; e++) {
      out =
          switch (r.nextInt(6)) {
            case 0, 1 -> replaceScalar(r, out, JSON_SCALARS[r.nextInt(JSON_SCALARS.length)]);
            case 2 -> replaceScalar(r, out, json(r, 2));
            case 3 -> addProperty(r, out);
            case 4 -> replaceScalar(r, out, "[" + JSON_SCALARS[r.nextInt(JSON_SCALARS.length)] + "]");
            default -> mutate(r, out);
          };
    }
    return out;
  }

  /** Replaces one scalar (string, number, literal) of the text by {@code replacement}. */
  private static String replaceScalar(SplittableRandom r, String json, String replacement) {
    List<int[]> spans = scalarSpans(json);
    if (spans.isEmpty()) {
      return json;
    }
    int[] s = spans.get(r.nextInt(spans.size()));
    return json.substring(0, s[0]) + replacement + json.substring(s[1]);
  }

  /** Spans [start, end) of the values (not keys) that are scalars, found by a small scanner. */
  private static List<int[]> scalarSpans(String json) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int n = json.length();
    while (i < n) {
      char c = json.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (end < n && json.charAt(end) != '"') {
          end += json.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(n, end + 1);
        int next = end;
        while (next < n && json.charAt(next) == ' ') {
          next++;
        }
        boolean isKey = next < n && json.charAt(next) == ':';
        if (!isKey) {
          spans.add(new int[] {i, end});
        }
        i = end;
      } else if (c == '-' || Character.isLetterOrDigit(c)) {
        int end = i;
        while (end < n && "{}[],: \"".indexOf(json.charAt(end)) < 0) {
          end++;
        }
        spans.add(new int[] {i, end});
        i = end;
      } else {
        i++;
      }
    }
    return spans;
  }

  private static String addProperty(SplittableRandom r, String json) {
    int brace = json.indexOf('{');
    if (brace < 0) {
      return json;
    }
    String key = JSON_KEYS[r.nextInt(JSON_KEYS.length)];
    String value =
        r.nextBoolean() ? JSON_SCALARS[r.nextInt(JSON_SCALARS.length)] : json(r, 2);
    String sep = brace + 1 < json.length() && json.charAt(brace + 1) == '}' ? "" : ",";
    return json.substring(0, brace + 1) + '"' + key + "\":" + value + sep + json.substring(brace + 1);
  }

  /**
   * A text-level mutation: a character range deleted, duplicated or replaced by random printable
   * characters, a random character inserted, or the text truncated. Works on any text (CSV, JSON).
   *
   * @param r the case's random generator
   * @param text the text
   * @return the mutated text
   */
  public static String mutate(SplittableRandom r, String text) {
    if (text.isEmpty()) {
      return String.valueOf((char) r.nextInt(0x20, 0x7f));
    }
    int n = text.length();
    int at = r.nextInt(n);
    int len = 1 + r.nextInt(Math.min(8, n - at));
    return switch (r.nextInt(5)) {
      case 0 -> text.substring(0, at) + text.substring(at + len);
      case 1 -> text.substring(0, at + len) + text.substring(at);
      case 2 -> text.substring(0, at) + (char) r.nextInt(0x20, 0x7f) + text.substring(at);
      case 3 -> text.substring(0, at);
      default -> {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < len; i++) {
          junk.append((char) r.nextInt(0x20, 0x7f));
        }
        yield text.substring(0, at) + junk + text.substring(at + len);
      }
    };
  }

  /**
   * A JSON document nested {@code depth} levels deep: arrays ({@code [[[...]]]}), objects under a
   * property ({@code {"items":{"items":...}}}) or arrays under a known property of a model type.
   *
   * @param depth the nesting depth, {@code >= 1}
   * @param shape 0 for arrays, 1 for objects, 2 for arrays under the property {@code property}
   * @param property the property name used by shapes 1 and 2
   * @return the document
   */
  public static String deeplyNested(int depth, int shape, String property) {
    StringBuilder b = new StringBuilder(depth * (property.length() + 6));
    switch (shape) {
      case 0 -> b.append("[".repeat(depth)).append("]".repeat(depth));
      case 1 -> {
        for (int i = 0; i < depth; i++) {
          b.append("{\"").append(property).append("\":");
        }
        b.append("1").append("}".repeat(depth));
      }
      default -> {
        b.append("{\"").append(property).append("\":");
        b.append("[".repeat(depth)).append("]".repeat(depth));
        b.append('}');
      }
    }
    return b.toString();
  }

  /**
   * Renders a list of rows as plain RFC 4180 CSV (quoting only where needed, LF line ends): the
   * well-formed baseline that {@link #csv} distorts.
   *
   * @param header the column names
   * @param rows the rows
   * @return the CSV text
   */
  public static String plainCsv(List<String> header, List<CsvRow> rows) {
    StringBuilder b = new StringBuilder();
    b.append(String.join(",", header)).append('\n');
    for (CsvRow row : rows) {
      List<String> quoted = new ArrayList<>();
      for (String cell : row.cells()) {
        quoted.add(
            cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? '"' + cell.replace("\"", "\"\"") + '"'
                : cell);
      }
      b.append(String.join(",", quoted)).append('\n');
    }
    return b.toString();
  }

  /**
   * Builds rows from a cell generator.
   *
   * @param r the case's random generator
   * @param count how many rows
   * @param row makes one row's cells from the random generator
   * @return the rows
   */
  public static List<CsvRow> rows(
      SplittableRandom r, int count, Function<SplittableRandom, List<String>> row) {
    List<CsvRow> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(new CsvRow(row.apply(r)));
    }
    return rows;
  }

  /**
   * Describes a text for a failure message: its length and its first 200 characters with control
   * characters escaped.
   *
   * @param text the input
   * @return a one-line description
   */
  public static String describe(String text) {
    StringBuilder b = new StringBuilder();
    String head = text.length() > 200 ? text.substring(0, 200) : text;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return text.length() + " chars: " + b + (text.length() > 200 ? "..." : "");
  }
}
