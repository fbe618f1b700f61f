package io.github.mot.servqual.io;

import io.github.mot.core.internal.Preconditions;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.mot.core.RatingScale;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes instrument definitions.
 *
 * <p>JSON:
 *
 * <pre>{@code
 * {"name": "Hospital SERVQUAL", "scale": "1..5",
 *  "items": [{"label": "Clean wards", "dimension": "TANGIBLES"},
 *            {"label": "Waiting is too long", "dimension": "ACCESS", "reverse": true}]}
 * }</pre>
 *
 * <p>CSV: a header with {@code label} and {@code dimension} and optionally {@code reverse}
 * ({@code true/false}, {@code yes/no} or {@code 1/0}); one item a row, in order; the name and scale
 * are given to {@link #readCsv(Reader, String, RatingScale)}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class InstrumentFiles {

  private static final JsonFactory JSON = new JsonFactory();

  private InstrumentFiles() {}

  /**
   * Reads a JSON definition from a UTF-8 file.
   *
   * @param file the file
   * @return the instrument
   * @throws IOException if the file cannot be read or is not JSON
   * @throws IllegalArgumentException if a field is missing or invalid; the message names it
   */
  public static Instrument readJson(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readJson(r);
    }
  }

  /**
   * Reads a JSON definition; the reader is not closed.
   *
   * @param reader the JSON text
   * @return the instrument
   * @throws IOException if the text is not JSON
   * @throws IllegalArgumentException if a field is missing or invalid; the message names it
   */
  public static Instrument readJson(Reader reader) throws IOException {
    try (JsonParser p = JSON.createParser(reader)) {
      expect(p.nextToken(), JsonToken.START_OBJECT, "instrument");
      String name = null;
      RatingScale scale = null;
      List<Item> items = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "name":
            name = text(p, t, "name");
            break;
          case "scale":
            scale = RatingScale.parse(text(p, t, "scale"));
            break;
          case "items":
            items = items(p, t);
            break;
          default:
            p.skipChildren();
        }
      }
      if (name == null || scale == null || items == null) {
        throw new IllegalArgumentException(
            "instrument JSON must have the fields name, scale and items but was missing "
                + (name == null ? "name" : scale == null ? "scale" : "items"));
      }
      return Instrument.of(name, scale, items);
    }
  }

  private static List<Item> items(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.START_ARRAY, "items");
    List<Item> items = new ArrayList<>();
    JsonToken next;
    while ((next = p.nextToken()) == JsonToken.START_OBJECT) {
      String label = null;
      String dimension = null;
      boolean reverse = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "label":
            label = text(p, v, "label");
            break;
          case "dimension":
            dimension = text(p, v, "dimension");
            break;
          case "reverse":
            Preconditions.check(v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE,
                "item " + (items.size() + 1) + " reverse", "true or false", p.getText());
            reverse = v == JsonToken.VALUE_TRUE;
            break;
          default:
            p.skipChildren();
        }
      }
      if (label == null || dimension == null) {
        throw new IllegalArgumentException(
            "item " + (items.size() + 1) + " must have a label and a dimension but was missing "
                + (label == null ? "label" : "dimension"));
      }
      items.add(Item.of(label, Dimension.of(dimension), reverse));
    }
    if (next != JsonToken.END_ARRAY) {
      // before: the loop stopped at the first non-object and the items after it were dropped
      throw new IllegalArgumentException("items must be an array of objects but item " + (items.size() + 1)
          + " was " + next + " at line " + p.currentTokenLocation().getLineNr());
    }
    return items;
  }

  private static void expect(@Nullable JsonToken t, JsonToken wanted, String field) {
    Preconditions.check(t == wanted, field, "a JSON " + (wanted == JsonToken.START_ARRAY ? "array" : "object"), t);
  }

  private static String text(JsonParser p, @Nullable JsonToken t, String field) throws IOException {
    Preconditions.check(t == JsonToken.VALUE_STRING, field, "a JSON string", p.getText());
    return p.getText();
  }

  /**
   * Reads a CSV definition: header {@code label,dimension[,reverse]}, one item a row; the reader is
   * not closed.
   *
   * @param reader the CSV text
   * @param name the instrument's name
   * @param scale the rating scale
   * @return the instrument
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException if the CSV is malformed, a column is missing or a row is
   *     invalid; the message names the line
   */
  public static Instrument readCsv(Reader reader, String name, RatingScale scale) throws IOException {
    List<Item> items = new ArrayList<>();
    int label = -1;
    int dimension = -1;
    int reverse = -1;
    boolean header = true;
    Iterator<CsvRecord> records =
        CsvReader.builder().allowMissingFields(true).allowExtraFields(true).ofCsvRecord(reader).iterator();
    for (CsvRecord rec = CsvRecords.next(records, "instrument CSV"); rec != null;
        rec = CsvRecords.next(records, "instrument CSV")) {
      if (header) {
        for (int c = 0; c < rec.getFieldCount(); c++) {
          String h = rec.getField(c).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
          label = h.equals("label") ? c : label;
          dimension = h.equals("dimension") ? c : dimension;
          reverse = h.equals("reverse") ? c : reverse;
        }
        if (label < 0 || dimension < 0) {
          throw new IllegalArgumentException(
              "instrument CSV header must have the columns label and dimension but was " + rec.getFields());
        }
        header = false;
        continue;
      }
      long line = rec.getStartingLineNumber();
      if (rec.getFieldCount() <= Math.max(label, Math.max(dimension, reverse))) {
        throw new IllegalArgumentException("instrument CSV line " + line + " must have every column but had "
            + rec.getFieldCount() + " fields");
      }
      boolean rev = false;
      if (reverse >= 0) {
        String v = rec.getField(reverse).strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("1")) {
          rev = true;
        } else if (!(v.isEmpty() || v.equals("false") || v.equals("no") || v.equals("0"))) {
          throw Preconditions.invalid("instrument CSV line " + line + ": reverse", "true/false, yes/no or 1/0", v);
        }
      }
      try {
        items.add(Item.of(rec.getField(label).strip(), Dimension.of(rec.getField(dimension).strip()), rev));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("instrument CSV line " + line + ": " + e.getMessage(), e);
      }
    }
    return Instrument.of(name, scale, items);
  }

  /**
   * Writes the JSON definition that {@link #readJson(Reader)} reads back.
   *
   * @param instrument the instrument
   * @param writer where to write; not closed
   * @throws IOException if writing fails
   */
  public static void writeJson(Instrument instrument, Writer writer) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("name", instrument.name());
      g.writeStringField("scale", instrument.scale().toString());
      g.writeArrayFieldStart("items");
      for (Item it : instrument.items()) {
        g.writeStartObject();
        g.writeStringField("label", it.label());
        g.writeStringField("dimension", it.dimension().name());
        g.writeBooleanField("reverse", it.reverseCoded());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /**
   * The JSON definition as a string.
   *
   * @param instrument the instrument
   * @return the JSON text
   */
  public static String toJson(Instrument instrument) {
    StringWriter w = new StringWriter();
    try {
      writeJson(instrument, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
