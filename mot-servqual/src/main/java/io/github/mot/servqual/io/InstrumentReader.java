package io.github.mot.servqual.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.LimitedInput;
import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.internal.FileSources;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import io.github.mot.core.io.RowSource;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link Instrument} definition (a questionnaire: its items, their dimensions and reverse
 * coding) in either of two forms, told apart by the first character that is not white space
 * (<code>{</code> starts JSON):
 *
 * <p>JSON, which names its own scale (what {@link InstrumentFiles#writeJson} writes):
 *
 * <pre>{@code
 * {"name": "Hospital SERVQUAL", "scale": "1..5",
 *  "items": [{"label": "Clean wards", "dimension": "TANGIBLES"},
 *            {"label": "Waiting is too long", "dimension": "ACCESS", "reverse": true}]}
 * }</pre>
 *
 * <p>CSV: a header with {@code label} and {@code dimension} and optionally {@code reverse} ({@code
 * true/false}, {@code yes/no} or {@code 1/0}), one item a row, in order; the instrument takes the
 * reader's {@link #withScale scale} and the file's name without its {@code .csv} extension.
 *
 * <p>A definition is read whole or not at all: a bad file is refused with one {@link
 * DataFileException} that names the file and lists every bad item with its line, column (or JSON
 * field), value and what is allowed, so all can be fixed at once; so are a bad header, an empty
 * file, malformed CSV or JSON, bytes that are not valid in the encoding and a file over the limits.
 *
 * <pre>{@code
 * Instrument hospital = InstrumentReader.withDefaults().withScale(RatingScale.FIVE_POINT)
 *     .read(Path.of("hospital.csv"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; configure by copying.
 *
 * @since 0.3.0
 */
public final class InstrumentReader {

  private static final JsonFactory JSON = new JsonFactory();
  private static final String KIND = "an instrument";
  private static final List<String> REQUIRED = List.of("label", "dimension");
  private static final List<String> OPTIONAL = List.of("reverse");
  private static final int SNIFF = 1 << 16;
  private static final InstrumentReader DEFAULTS =
      new InstrumentReader(RatingScale.SEVEN_POINT, StandardCharsets.UTF_8, ReadLimits.DEFAULT);

  private final RatingScale scale;
  private final Charset encoding;
  private final ReadLimits limits;

  private InstrumentReader(RatingScale scale, Charset encoding, ReadLimits limits) {
    this.scale = Objects.requireNonNull(scale, "scale");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A reader of UTF-8 files (a byte-order mark is skipped) with CSV definitions on the 1..7 scale
   * and the library's {@link ReadLimits#DEFAULT} limits.
   *
   * @return the reader
   */
  public static InstrumentReader withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy that gives CSV definitions another answer scale (a JSON definition names its own).
   *
   * @param scale the scale, {@link RatingScale#SEVEN_POINT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code scale} is null
   */
  public InstrumentReader withScale(RatingScale scale) {
    return new InstrumentReader(scale, encoding, limits);
  }

  /**
   * A copy that decodes files and streams in another encoding; a byte sequence that is not valid in
   * it fails the read with its line.
   *
   * @param encoding the charset, UTF-8 by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code encoding} is null
   */
  public InstrumentReader withEncoding(Charset encoding) {
    return new InstrumentReader(scale, encoding, limits);
  }

  /**
   * A copy with other size limits (rows, field length, bytes, errors listed).
   *
   * @param limits the limits, {@link ReadLimits#DEFAULT} by default
   * @return the reconfigured reader
   * @throws NullPointerException if {@code limits} is null
   */
  public InstrumentReader withLimits(ReadLimits limits) {
    return new InstrumentReader(scale, encoding, limits);
  }

  /**
   * The answer scale of CSV definitions.
   *
   * @return the scale, 1..7 by default
   */
  public RatingScale scale() {
    return scale;
  }

  /**
   * The encoding of files and streams.
   *
   * @return the charset, UTF-8 by default
   */
  public Charset encoding() {
    return encoding;
  }

  /**
   * The size limits of a read.
   *
   * @return the limits, {@link ReadLimits#DEFAULT} by default
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a definition file in the reader's encoding: JSON or CSV, told apart by the first
   * character; or another format chosen by the file's extension (an {@code .xlsx} workbook's
   * first sheet, with mot-xlsx on the path; see {@link RowSource}), with the columns of CSV. A CSV
   * or workbook definition is named after the file without its extension ({@code hospital.csv}
   * gives {@code hospital}).
   *
   * @param file the JSON or CSV file, or a file in a format a module on the path provides
   * @return the instrument
   * @throws DataFileException naming the file, if an item, a field or the header is bad, the file
   *     is empty, a byte sequence is not valid in the encoding, the JSON or CSV is malformed or a
   *     limit is passed
   * @throws IOException if the file cannot be read, or is a spreadsheet that no module on the path
   *     reads (the message names the module to add)
   */
  public Instrument read(Path file) throws IOException {
    Path name = file.getFileName();
    String n = name == null ? "instrument" : name.toString();
    String lower = n.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    if (dot > 0 && !lower.endsWith(".json")) {
      n = n.substring(0, dot);
    }
    Optional<RowSource> other = FileSources.of(file);
    if (other.isPresent()) {
      return read(other.get(), n);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(DefinitionCsv.decode(in, encoding, limits), false, n, file.toString());
    }
  }

  /**
   * Reads a definition from the rows of another tabular source, such as a sheet of an {@code .xlsx}
   * workbook (mot-xlsx's {@code XlsxSource}) or rows in memory ({@link RowSource#of}), with the
   * columns and checks of a CSV definition; the lines the errors name are the source's row numbers.
   *
   * @param source the rows, the header first
   * @param name the instrument's name
   * @return the instrument
   * @throws DataFileException naming the source, as {@link #read(Path)}
   * @throws IOException if the source cannot be read
   * @since 0.3.0
   */
  public Instrument read(RowSource source, String name) throws IOException {
    Objects.requireNonNull(name, "name");
    try {
      return items(each -> DefinitionCsv.read(source, limits, KIND, REQUIRED, OPTIONAL, each), name);
    } catch (DataFileException e) {
      throw ReadErrors.named(e, source.name());
    }
  }

  /**
   * Reads a definition from bytes in the reader's encoding; the stream is not closed.
   *
   * @param in the JSON or CSV definition
   * @param name the name of a CSV definition's instrument, also the name the errors give the input
   * @return the instrument
   * @throws DataFileException naming {@code name}, as {@link #read(Path)}
   * @throws IOException if the stream fails
   */
  public Instrument read(InputStream in, String name) throws IOException {
    return read(DefinitionCsv.decode(Objects.requireNonNull(in, "in"), encoding, limits), false, name, name);
  }

  /**
   * Reads a definition from text; the reader is not closed. The byte limit counts characters.
   *
   * @param reader the JSON or CSV definition
   * @param name the name of a CSV definition's instrument, also the name the errors give the input
   * @return the instrument
   * @throws DataFileException naming {@code name}, as {@link #read(Path)}
   * @throws IOException if the reader fails
   */
  public Instrument read(Reader reader, String name) throws IOException {
    return read(Objects.requireNonNull(reader, "reader"), true, name, name);
  }

  private Instrument read(Reader text, boolean characters, String name, String source) throws IOException {
    Objects.requireNonNull(name, "name");
    BufferedReader in = new BufferedReader(text);
    try {
      return json(in) ? json(characters ? LimitedInput.of(in, limits.maxBytes()) : in, characters)
          : csv(in, characters, name);
    } catch (DataFileException e) {
      throw ReadErrors.named(e, source);
    }
  }

  /** Whether the first character that is not white space (or a byte-order mark) opens a JSON object. */
  private static boolean json(BufferedReader in) throws IOException {
    in.mark(SNIFF);
    try {
      for (int i = 0; i < SNIFF; i++) {
        int c = in.read();
        if (c < 0 || !(Character.isWhitespace(c) || c == '\uFEFF')) {
          return c == '{';
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  private Instrument csv(Reader in, boolean characters, String name) throws IOException {
    return items(each -> DefinitionCsv.read(in, characters, limits, KIND, REQUIRED, OPTIONAL, each), name);
  }

  private Instrument items(DefinitionCsv.Feed rows, String name) throws IOException {
    List<Item> items = new ArrayList<>();
    rows.read(row -> {
      String reverse = row.cell("reverse").toLowerCase(Locale.ROOT);
      boolean rev = reverse.equals("true") || reverse.equals("yes") || reverse.equals("1");
      if (!rev && !(reverse.isEmpty() || reverse.equals("false") || reverse.equals("no") || reverse.equals("0"))) {
        row.error("reverse", row.cell("reverse"), "must be true/false, yes/no or 1/0");
      }
      Dimension dimension = null;
      try {
        dimension = Dimension.of(row.cell("dimension"));
      } catch (IllegalArgumentException e) {
        row.error("dimension", row.cell("dimension"), String.valueOf(e.getMessage()));
      }
      try {
        if (dimension != null) {
          items.add(Item.of(row.cell("label"), dimension, rev));
        }
      } catch (IllegalArgumentException e) {
        row.error("label", row.cell("label"), String.valueOf(e.getMessage()));
      }
    });
    return instrument(name, scale, items, 1);
  }

  private static Instrument instrument(String name, RatingScale scale, List<Item> items, long line)
      throws DataFileException {
    try {
      return Instrument.of(name, scale, items);
    } catch (IllegalArgumentException e) {
      throw new DataFileException(List.of(new RowError(line, "items", "", String.valueOf(e.getMessage()))));
    }
  }

  // ---------------------------------------------------------------- JSON

  private Instrument json(Reader in, boolean characters) throws IOException {
    JsonParser p = JSON.createParser(in);
    try (p) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, "instrument");
      String name = null;
      RatingScale jsonScale = null;
      List<Item> items = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "name" -> name = text(p, t, "name");
          case "scale" -> {
            String s = text(p, t, "scale");
            try {
              jsonScale = RatingScale.parse(s);
            } catch (IllegalArgumentException e) {
              throw error(p, "scale", s, String.valueOf(e.getMessage()));
            }
          }
          case "items" -> items = items(p, t);
          default -> p.skipChildren();
        }
      }
      if (name == null || jsonScale == null || items == null) {
        String missing = name == null ? "name" : jsonScale == null ? "scale" : "items";
        throw error(p, missing, "", "an instrument definition must have the fields name, scale and items;"
            + " missing " + missing);
      }
      return instrument(name, jsonScale, items, p.currentLocation().getLineNr());
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      DataFileException bad =
          new DataFileException(List.of(new RowError(line, "", "", "not JSON: " + e.getOriginalMessage())));
      bad.initCause(e);
      throw bad;
    } catch (LimitedInput.Exceeded e) {
      throw ReadErrors.tooLarge(p.currentLocation().getLineNr(), limits, characters);
    }
  }

  private static List<Item> items(JsonParser p, @Nullable JsonToken t) throws IOException {
    expect(p, t, JsonToken.START_ARRAY, "items");
    List<Item> items = new ArrayList<>();
    JsonToken next;
    while ((next = p.nextToken()) == JsonToken.START_OBJECT) {
      String at = "items[" + (items.size() + 1) + "]";
      String label = null;
      String dimension = null;
      boolean reverse = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "label" -> label = text(p, v, at + ".label");
          case "dimension" -> dimension = text(p, v, at + ".dimension");
          case "reverse" -> {
            if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
              throw error(p, at + ".reverse", p.getText(), "must be true or false");
            }
            reverse = v == JsonToken.VALUE_TRUE;
          }
          default -> p.skipChildren();
        }
      }
      if (label == null || dimension == null) {
        throw error(p, at, "", "an item must have a label and a dimension; missing "
            + (label == null ? "label" : "dimension"));
      }
      try {
        items.add(Item.of(label, Dimension.of(dimension), reverse));
      } catch (IllegalArgumentException e) {
        throw error(p, at, label, String.valueOf(e.getMessage()));
      }
    }
    if (next != JsonToken.END_ARRAY) {
      // before: the loop stopped at the first non-object and the items after it were dropped
      throw error(p, "items[" + (items.size() + 1) + "]", String.valueOf(p.getText()),
          "items must be an array of objects");
    }
    return items;
  }

  private static void expect(JsonParser p, @Nullable JsonToken t, JsonToken wanted, String field)
      throws IOException {
    if (t != wanted) {
      throw error(p, field, t == null ? "" : String.valueOf(p.getText()),
          "must be a JSON " + (wanted == JsonToken.START_ARRAY ? "array" : "object"));
    }
  }

  private static String text(JsonParser p, @Nullable JsonToken t, String field) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw error(p, field, t == null ? "" : String.valueOf(p.getText()), "must be a JSON string");
    }
    return p.getText();
  }

  private static DataFileException error(JsonParser p, String field, String value, String reason) {
    return new DataFileException(List.of(new RowError(Math.max(1, p.currentLocation().getLineNr()), field,
        value, reason)));
  }

  /**
   * For example {@code InstrumentReader[1..7, UTF-8]}.
   *
   * @return the configuration
   */
  @Override
  public String toString() {
    return "InstrumentReader[" + scale + ", " + encoding.name() + "]";
  }
}
