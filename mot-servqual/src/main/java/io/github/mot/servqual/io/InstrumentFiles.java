package io.github.mot.servqual.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes instrument definitions as JSON, the form that {@link InstrumentReader} reads back (with
 * the CSV form):
 *
 * <pre>{@code
 * {"name": "Hospital SERVQUAL", "scale": "1..5",
 *  "items": [{"label": "Clean wards", "dimension": "TANGIBLES"},
 *            {"label": "Waiting is too long", "dimension": "ACCESS", "reverse": true}]}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class InstrumentFiles {

  private static final JsonFactory JSON = new JsonFactory();

  private InstrumentFiles() {}

  /**
   * Writes the JSON definition that {@link InstrumentReader} reads back.
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
