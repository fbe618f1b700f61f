package io.github.mot.servqual.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mot.servqual.AlphaInterval;
import io.github.mot.servqual.DimensionGap;
import io.github.mot.servqual.DimensionPerception;
import io.github.mot.servqual.GapReport;
import io.github.mot.servqual.IpaPoint;
import io.github.mot.servqual.IpaReport;
import io.github.mot.servqual.ItemGap;
import io.github.mot.servqual.ItemPerception;
import io.github.mot.servqual.ItemReliability;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.PerceptionReport;
import io.github.mot.servqual.Reliability;
import io.github.mot.servqual.ReliabilityReport;
import io.github.mot.servqual.ReliabilityWarning;
import io.github.mot.servqual.ScaleReliability;
import io.github.mot.servqual.SegmentComparison;
import io.github.mot.servqual.SegmentReport;
import io.github.mot.servqual.SignedRankResult;
import io.github.mot.servqual.ToleranceZone;
import io.github.mot.servqual.WelchTest;
import io.github.mot.servqual.WilcoxonGapReport;
import io.github.mot.servqual.ZoneReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes results as JSON with Jackson's streaming generator. Numbers are written in Java's
 * locale-independent shortest form; NaN and infinite values (undefined statistics) are written as
 * {@code null}.
 *
 * <p>A gap report has at least: {@code n}, {@code items} (each with {@code id}, {@code dimension},
 * {@code expectation}, {@code perception}, {@code gap}, {@code n}), {@code dimensions} (each with
 * {@code name}, {@code gap}, {@code alphaExpectation}, {@code alphaPerception}, {@code t}, {@code
 * p}), {@code unweighted}, {@code weighted} ({@code null} without importance points) and {@code
 * servperf} (the means), plus {@code overall} with each score's n, sd and interval.
 *
 * <p>Languages: the exports of results with item labels have a variant with a {@link Locale} that
 * writes the {@code label} fields (standard item labels, the names of the standard dimensions) in
 * that language, from the bundle {@code io.github.mot.servqual.i18n.labels}; field names, ids,
 * codes such as {@code TANGIBLES} and numbers stay the same, and nothing depends on the JVM's
 * default locale. The variants without a locale write the labels as the results hold them.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportJson {

  private static final JsonFactory JSON = new JsonFactory();

  private ReportJson() {}

  /** Writes one result into a generator. */
  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static void write(Writer writer, Body body) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      body.write(g);
    }
  }

  private static String string(Body body) {
    StringWriter w = new StringWriter();
    try {
      write(w, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes a gap report.
   *
   * @param report the report
   * @param writer where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(GapReport report, Writer writer) throws IOException {
    write(writer, g -> gap(g, report, ExportLabels.AS_GIVEN));
  }

  /**
   * Writes a gap report with its labels in a language.
   *
   * @param report the report
   * @param writer where to write; not closed
   * @param locale the language of the {@code label} fields: standard item labels and the names of
   *     the standard dimensions ({@link java.util.Locale#SIMPLIFIED_CHINESE}); field names, ids,
   *     codes and numbers are the same in every language
   * @throws IOException if writing fails
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static void write(GapReport report, Writer writer, Locale locale) throws IOException {
    ExportLabels n = ExportLabels.of(locale);
    write(writer, g -> gap(g, report, n));
  }

  /**
   * A gap report as JSON text.
   *
   * @param report the report
   * @return the JSON
   */
  public static String toJson(GapReport report) {
    return string(g -> gap(g, report, ExportLabels.AS_GIVEN));
  }

  /**
   * A gap report as JSON text with its labels in a language.
   *
   * @param report the report
   * @param locale the language of the {@code label} fields: standard item labels and the names of
   *     the standard dimensions ({@link java.util.Locale#SIMPLIFIED_CHINESE}); field names, ids,
   *     codes and numbers are the same in every language
   * @return the JSON
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static String toJson(GapReport report, Locale locale) {
    ExportLabels n = ExportLabels.of(locale);
    return string(g -> gap(g, report, n));
  }

  /**
   * Zones of tolerance as JSON text.
   *
   * @param report the zones
   * @return the JSON
   */
  public static String toJson(ZoneReport report) {
    return string(g -> zones(g, report, ExportLabels.AS_GIVEN));
  }

  /**
   * Zones of tolerance as JSON text with their labels in a language.
   *
   * @param report the zones
   * @param locale the language of the {@code label} fields: standard item labels and the names of
   *     the standard dimensions ({@link java.util.Locale#SIMPLIFIED_CHINESE}); field names, ids,
   *     codes and numbers are the same in every language
   * @return the JSON
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static String toJson(ZoneReport report, Locale locale) {
    ExportLabels n = ExportLabels.of(locale);
    return string(g -> zones(g, report, n));
  }

  /**
   * An importance-performance analysis as JSON text.
   *
   * @param report the analysis
   * @return the JSON
   */
  public static String toJson(IpaReport report) {
    return string(g -> ipa(g, report, ExportLabels.AS_GIVEN));
  }

  /**
   * An importance-performance analysis as JSON text with its labels in a language.
   *
   * @param report the analysis
   * @param locale the language of the {@code label} fields: standard item labels and the names of
   *     the standard dimensions ({@link java.util.Locale#SIMPLIFIED_CHINESE}); field names, ids,
   *     codes and numbers are the same in every language
   * @return the JSON
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static String toJson(IpaReport report, Locale locale) {
    ExportLabels n = ExportLabels.of(locale);
    return string(g -> ipa(g, report, n));
  }

  /**
   * A per-segment analysis as JSON text: {@code attribute} and {@code segments} (value to gap
   * report).
   *
   * @param report the segment reports
   * @return the JSON
   */
  public static String toJson(SegmentReport report) {
    return segments(report, ExportLabels.AS_GIVEN);
  }

  /**
   * A per-segment analysis as JSON text with its labels in a language.
   *
   * @param report the segment reports
   * @param locale the language of the {@code label} fields: standard item labels and the names of
   *     the standard dimensions ({@link java.util.Locale#SIMPLIFIED_CHINESE}); field names, ids,
   *     codes and numbers are the same in every language
   * @return the JSON
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static String toJson(SegmentReport report, Locale locale) {
    return segments(report, ExportLabels.of(locale));
  }

  private static String segments(SegmentReport report, ExportLabels n) {
    return string(g -> {
      g.writeStartObject();
      g.writeStringField("attribute", report.attribute());
      g.writeObjectFieldStart("segments");
      for (Map.Entry<String, GapReport> e : report.segments().entrySet()) {
        g.writeFieldName(e.getKey());
        gap(g, e.getValue(), n);
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  /**
   * A segment comparison as JSON text.
   *
   * @param comparison the comparison
   * @return the JSON
   */
  public static String toJson(SegmentComparison comparison) {
    return string(g -> {
      g.writeStartObject();
      g.writeStringField("attribute", comparison.attribute());
      g.writeStringField("first", comparison.first());
      g.writeStringField("second", comparison.second());
      welchList(g, "items", comparison.items());
      welchList(g, "dimensions", comparison.dimensions());
      welchList(g, "overall", comparison.overall());
      g.writeEndObject();
    });
  }

  /**
   * A reliability analysis as JSON text: {@code scales} (each with {@code dimension}, {@code
   * score}, {@code items}, {@code n}, {@code alpha}, {@code standardizedAlpha}, {@code
   * meanInterItemCorrelation}, {@code feldt}, {@code bootstrap} ({@code null} without), {@code
   * itemStatistics}) and {@code warnings} (each with {@code type}, {@code dimension}, {@code
   * score}, {@code item} and {@code message}; absent parts {@code null}).
   *
   * @param report the report
   * @return the JSON
   * @since 0.2.0
   */
  public static String toJson(ReliabilityReport report) {
    return string(g -> {
      g.writeStartObject();
      g.writeStringField("instrument", report.instrument());
      g.writeStringField("missingPolicy", report.missingPolicy().name());
      g.writeNumberField("respondents", report.respondents());
      if (report.bootstrapSeed().isPresent()) {
        g.writeNumberField("bootstrapSeed", report.bootstrapSeed().getAsLong());
      } else {
        g.writeNullField("bootstrapSeed");
      }
      g.writeArrayFieldStart("scales");
      for (ScaleReliability s : report.scales()) {
        g.writeStartObject();
        g.writeStringField("dimension", s.dimension().name());
        g.writeStringField("score", s.score().name());
        g.writeArrayFieldStart("items");
        for (int id : s.itemIds()) {
          g.writeNumber(id);
        }
        g.writeEndArray();
        g.writeNumberField("n", s.n());
        num(g, "alpha", s.alpha());
        num(g, "standardizedAlpha", s.standardizedAlpha());
        num(g, "meanInterItemCorrelation", s.meanInterItemCorrelation());
        interval(g, "feldt", s.feldt());
        if (s.bootstrap().isPresent()) {
          interval(g, "bootstrap", s.bootstrap().get());
        } else {
          g.writeNullField("bootstrap");
        }
        g.writeNumberField("bootstrapReplicates", s.bootstrapReplicates());
        g.writeArrayFieldStart("itemStatistics");
        for (ItemReliability i : s.itemStatistics()) {
          g.writeStartObject();
          g.writeNumberField("id", i.id());
          num(g, "correctedItemTotalCorrelation", i.correctedItemTotalCorrelation());
          num(g, "alphaIfDeleted", i.alphaIfDeleted());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (ReliabilityWarning w : report.warnings()) {
        g.writeStartObject();
        g.writeStringField("type", w.type().name());
        g.writeStringField("dimension", w.dimension().name());
        g.writeStringField("score", w.score().map(Enum::name).orElse(null));
        if (w.itemId().isPresent()) {
          g.writeNumberField("item", w.itemId().getAsInt());
        } else {
          g.writeNullField("item");
        }
        g.writeStringField("message", w.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /**
   * Wilcoxon signed-rank tests of the gaps as JSON text: {@code items} and {@code dimensions}, each
   * with {@code label}, {@code dimension}, {@code n}, {@code zeros}, {@code nonZero}, {@code wPlus},
   * {@code wMinus}, {@code z}, {@code p}, {@code exact}, {@code rankBiserial}, {@code r} and {@code
   * pairedT} (mean gap with its t test).
   *
   * @param report the report
   * @return the JSON
   * @since 0.2.0
   */
  public static String toJson(WilcoxonGapReport report) {
    return wilcoxon(report, ExportLabels.AS_GIVEN);
  }

  /**
   * Wilcoxon signed-rank tests of the gaps as JSON text with their labels in a language.
   *
   * @param report the report
   * @param locale the language of the {@code label} fields: standard item labels and the names of
   *     the standard dimensions ({@link java.util.Locale#SIMPLIFIED_CHINESE}); field names, ids,
   *     codes and numbers are the same in every language
   * @return the JSON
   * @throws NullPointerException if {@code locale} is null
   * @since 0.2.0
   */
  public static String toJson(WilcoxonGapReport report, Locale locale) {
    return wilcoxon(report, ExportLabels.of(locale));
  }

  private static String wilcoxon(WilcoxonGapReport report, ExportLabels n) {
    return string(g -> {
      g.writeStartObject();
      g.writeStringField("instrument", report.instrument());
      g.writeStringField("missingPolicy", report.missingPolicy().name());
      g.writeNumberField("respondents", report.respondents());
      signedRanks(g, "items", report.items(), n);
      signedRanks(g, "dimensions", report.dimensions(), n);
      g.writeEndObject();
    });
  }

  /**
   * A perception-only (SERVPERF) analysis as JSON text: {@code items}, {@code dimensions} (with
   * {@code alpha}) and {@code servperf}, each mean with its n, sd and interval.
   *
   * @param report the report
   * @return the JSON
   * @since 0.2.0
   */
  public static String toJson(PerceptionReport report) {
    return perception(report, ExportLabels.AS_GIVEN);
  }

  /**
   * A perception-only (SERVPERF) analysis as JSON text with its labels in a language.
   *
   * @param report the report
   * @param locale the language of the {@code label} fields: standard item labels and the names of
   *     the standard dimensions ({@link java.util.Locale#SIMPLIFIED_CHINESE}); field names, ids,
   *     codes and numbers are the same in every language
   * @return the JSON
   * @throws NullPointerException if {@code locale} is null
   * @since 0.2.0
   */
  public static String toJson(PerceptionReport report, Locale locale) {
    return perception(report, ExportLabels.of(locale));
  }

  private static String perception(PerceptionReport report, ExportLabels n) {
    return string(g -> {
      g.writeStartObject();
      g.writeStringField("instrument", report.instrument());
      g.writeStringField("missingPolicy", report.missingPolicy().name());
      g.writeNumberField("respondents", report.respondents());
      g.writeNumberField("completeCases", report.completeCases());
      g.writeArrayFieldStart("items");
      for (ItemPerception i : report.items()) {
        g.writeStartObject();
        g.writeNumberField("id", i.id());
        g.writeStringField("label", n.item(i.label(), i.dimension()));
        g.writeStringField("dimension", i.dimension().name());
        estimate(g, "perception", i.perception());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("dimensions");
      for (DimensionPerception d : report.dimensions()) {
        g.writeStartObject();
        g.writeStringField("name", d.dimension().name());
        estimate(g, "perception", d.perception());
        reliability(g, "reliability", d.reliability());
        g.writeEndObject();
      }
      g.writeEndArray();
      estimate(g, "servperf", report.servperf());
      g.writeEndObject();
    });
  }

  private static void signedRanks(JsonGenerator g, String field, List<SignedRankResult> rows, ExportLabels n)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (SignedRankResult s : rows) {
      g.writeStartObject();
      if (s.itemId().isPresent()) {
        g.writeNumberField("id", s.itemId().getAsInt());
      }
      g.writeStringField("label",
          s.itemId().isPresent() ? n.item(s.label(), s.dimension()) : n.dimension(s.dimension(), s.label()));
      g.writeStringField("dimension", s.dimension().name());
      g.writeNumberField("n", s.n());
      g.writeNumberField("zeros", s.zeros());
      g.writeNumberField("nonZero", s.nonZero());
      num(g, "wPlus", s.wPlus());
      num(g, "wMinus", s.wMinus());
      num(g, "z", s.z());
      num(g, "p", s.p());
      g.writeBooleanField("exact", s.exact());
      num(g, "rankBiserial", s.rankBiserial());
      num(g, "r", s.r());
      estimate(g, "pairedT", s.pairedT());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void interval(JsonGenerator g, String field, AlphaInterval i) throws IOException {
    g.writeObjectFieldStart(field);
    num(g, "lower", i.lower());
    num(g, "upper", i.upper());
    num(g, "confidenceLevel", i.confidenceLevel());
    g.writeEndObject();
  }

  private static void gap(JsonGenerator g, GapReport r, ExportLabels n) throws IOException {
    g.writeStartObject();
    g.writeStringField("instrument", r.instrument());
    g.writeStringField("missingPolicy", r.missingPolicy().name());
    g.writeNumberField("n", r.n());
    g.writeNumberField("respondents", r.respondents());
    g.writeNumberField("completeCases", r.completeCases());
    g.writeArrayFieldStart("items");
    for (ItemGap it : r.items()) {
      g.writeStartObject();
      g.writeNumberField("id", it.id());
      g.writeStringField("label", n.item(it.label(), it.dimension()));
      g.writeStringField("dimension", it.dimension().name());
      g.writeNumberField("n", it.n());
      num(g, "expectation", it.meanExpectation());
      num(g, "perception", it.meanPerception());
      num(g, "gap", it.meanGap());
      num(g, "sdExpectation", it.sdExpectation());
      num(g, "sdPerception", it.sdPerception());
      estimateFields(g, it.gap());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dimensions");
    for (DimensionGap d : r.dimensions()) {
      g.writeStartObject();
      g.writeStringField("name", d.dimension().name());
      g.writeArrayFieldStart("items");
      for (int id : d.itemIds()) {
        g.writeNumber(id);
      }
      g.writeEndArray();
      g.writeNumberField("n", d.n());
      num(g, "expectation", d.meanExpectation());
      num(g, "perception", d.meanPerception());
      num(g, "gap", d.meanGap());
      num(g, "sdExpectation", d.sdExpectation());
      num(g, "sdPerception", d.sdPerception());
      estimateFields(g, d.gap());
      num(g, "alphaExpectation", d.alphaExpectation());
      num(g, "alphaPerception", d.alphaPerception());
      num(g, "alphaGap", d.alphaGap());
      reliability(g, "reliabilityExpectation", d.expectationReliability());
      reliability(g, "reliabilityPerception", d.perceptionReliability());
      reliability(g, "reliabilityGap", d.gapReliability());
      g.writeEndObject();
    }
    g.writeEndArray();
    num(g, "unweighted", r.unweighted().mean());
    if (r.weighted().isPresent()) {
      num(g, "weighted", r.weighted().get().mean());
    } else {
      g.writeNullField("weighted");
    }
    num(g, "servperf", r.servperf().mean());
    g.writeObjectFieldStart("overall");
    estimate(g, "unweighted", r.unweighted());
    if (r.weighted().isPresent()) {
      estimate(g, "weighted", r.weighted().get());
    } else {
      g.writeNullField("weighted");
    }
    estimate(g, "servperf", r.servperf());
    g.writeEndObject();
    if (r.zones().isPresent()) {
      g.writeFieldName("zones");
      zones(g, r.zones().get(), n);
    }
    g.writeEndObject();
  }

  private static void zones(JsonGenerator g, ZoneReport z, ExportLabels n) throws IOException {
    g.writeStartObject();
    g.writeStringField("instrument", z.instrument());
    g.writeStringField("missingPolicy", z.missingPolicy().name());
    g.writeNumberField("n", z.n());
    zoneList(g, "items", z.items(), n);
    zoneList(g, "dimensions", z.dimensions(), n);
    g.writeEndObject();
  }

  private static void zoneList(JsonGenerator g, String field, List<ToleranceZone> zones, ExportLabels n)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (ToleranceZone z : zones) {
      g.writeStartObject();
      if (z.itemId().isPresent()) {
        g.writeNumberField("id", z.itemId().getAsInt());
        g.writeStringField("label", n.item(z.label(), z.dimension()));
        g.writeStringField("dimension", z.dimension().name());
      } else {
        g.writeStringField("name", z.label());
      }
      g.writeNumberField("n", z.n());
      num(g, "adequate", z.meanAdequate());
      num(g, "desired", z.meanDesired());
      num(g, "perception", z.meanPerceived());
      estimate(g, "msa", z.msa());
      estimate(g, "mss", z.mss());
      g.writeStringField("position", z.position().name());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void ipa(JsonGenerator g, IpaReport r, ExportLabels n) throws IOException {
    g.writeStartObject();
    num(g, "importanceCut", r.importanceCut());
    num(g, "performanceCut", r.performanceCut());
    g.writeBooleanField("grandMeanCuts", r.grandMeanCuts());
    g.writeStringField("performanceMeasure", r.performanceMeasure().toString());
    g.writeArrayFieldStart("priorities");
    for (IpaPoint p : r.priorities()) {
      g.writeStartObject();
      if (p.itemId().isPresent()) {
        g.writeNumberField("id", p.itemId().getAsInt());
      }
      g.writeStringField("label",
          p.itemId().isPresent() ? n.item(p.label(), p.dimension()) : n.dimension(p.dimension(), p.label()));
      g.writeStringField("dimension", p.dimension().name());
      g.writeNumberField("n", p.n());
      num(g, "importance", p.importance());
      num(g, "performance", p.performance());
      g.writeStringField("quadrant", p.quadrant().name());
      num(g, "priority", p.priority());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void welchList(JsonGenerator g, String field, List<WelchTest> tests) throws IOException {
    g.writeArrayFieldStart(field);
    for (WelchTest w : tests) {
      g.writeStartObject();
      g.writeStringField("label", w.label());
      g.writeNumberField("n1", w.n1());
      num(g, "mean1", w.mean1());
      num(g, "sd1", w.sd1());
      g.writeNumberField("n2", w.n2());
      num(g, "mean2", w.mean2());
      num(g, "sd2", w.sd2());
      num(g, "difference", w.difference());
      num(g, "t", w.t());
      num(g, "df", w.degreesOfFreedom());
      num(g, "p", w.p());
      num(g, "ciLower", w.ciLower());
      num(g, "ciUpper", w.ciUpper());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void reliability(JsonGenerator g, String field, Reliability r) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("n", r.n());
    num(g, "alpha", r.alpha());
    g.writeArrayFieldStart("items");
    for (ItemReliability i : r.itemStatistics()) {
      g.writeStartObject();
      g.writeNumberField("id", i.id());
      num(g, "correctedItemTotalCorrelation", i.correctedItemTotalCorrelation());
      num(g, "alphaIfDeleted", i.alphaIfDeleted());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void estimate(JsonGenerator g, String field, MeanEstimate e) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("n", e.n());
    num(g, "mean", e.mean());
    estimateFields(g, e);
    g.writeEndObject();
  }

  private static void estimateFields(JsonGenerator g, MeanEstimate e) throws IOException {
    num(g, "sd", e.standardDeviation());
    num(g, "se", e.standardError());
    num(g, "t", e.t());
    num(g, "df", e.degreesOfFreedom());
    num(g, "p", e.p());
    num(g, "ciLower", e.ciLower());
    num(g, "ciUpper", e.ciUpper());
    num(g, "confidenceLevel", e.confidenceLevel());
  }

  private static void num(JsonGenerator g, String field, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(field, value);
    } else {
      g.writeNullField(field);
    }
  }
}
