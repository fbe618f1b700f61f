package io.github.mot.servqual.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.mot.servqual.DimensionGap;
import io.github.mot.servqual.GapReport;
import io.github.mot.servqual.IpaPoint;
import io.github.mot.servqual.IpaReport;
import io.github.mot.servqual.ItemGap;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.SegmentComparison;
import io.github.mot.servqual.SegmentReport;
import io.github.mot.servqual.ToleranceZone;
import io.github.mot.servqual.WelchTest;
import io.github.mot.servqual.ZoneReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes results as CSV (FastCSV, comma, CRLF-free {@code \n} lines, RFC 4180 quoting).
 *
 * <p>Numbers are written in Java's locale-independent shortest form ({@code -0.75}, {@code
 * 1.0E-5}); undefined values (NaN) as an empty cell, infinities as {@code Infinity} and {@code
 * -Infinity}. Text cells (ids, labels, dimension names, attribute values) that start with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return get a leading apostrophe so that
 * spreadsheets do not run them as formulas (OWASP CSV injection); numbers we write are never
 * altered.
 *
 * <p>Languages: every export has a variant with a {@link Locale} that writes the label cells
 * (standard item labels, the names of the standard dimensions and of the overall scores) in that
 * language, from the bundle {@code io.github.mot.servqual.i18n.labels}; column headers, ids, codes
 * such as {@code TANGIBLES} or {@code KEEP_UP_THE_GOOD_WORK} and numbers stay the same, and
 * nothing depends on the JVM's default locale. The variants without a locale write the labels as
 * the results hold them. Segment comparisons have labels of their own ({@code "3 Insists on
 * error-free records"}) and are written as given.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportCsv {

  private static final String[] GAP_HEADER = {
    "level", "id", "name", "dimension", "n", "expectation", "perception", "gap", "sd_gap", "t", "df", "p",
    "ci_lower", "ci_upper", "alpha_expectation", "alpha_perception", "alpha_gap"
  };

  private ReportCsv() {}

  @FunctionalInterface
  private interface Body {
    void write(CsvWriter w) throws IOException;
  }

  private static void write(Writer writer, Body body) throws IOException {
    CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
    body.write(w);
    w.flush();
  }

  private static String string(Body body) {
    StringWriter sw = new StringWriter();
    try {
      write(sw, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  /**
   * Writes a gap report: one row per item ({@code level=item}), dimension ({@code dimension}) and
   * overall score ({@code overall}, ids {@code unweighted}, {@code weighted}, {@code servperf});
   * columns {@code level,id,name,dimension,n,expectation,perception,gap,sd_gap,t,df,p,ci_lower,
   * ci_upper,alpha_expectation,alpha_perception,alpha_gap}.
   *
   * @param report the report
   * @param writer where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(GapReport report, Writer writer) throws IOException {
    write(report, writer, ExportLabels.AS_GIVEN);
  }

  /**
   * Writes a gap report with its labels in a language; see {@link #write(GapReport, Writer)}.
   *
   * @param report the report
   * @param writer where to write; flushed, not closed
   * @param locale the language of the label cells: standard item labels, the names of the
   *     standard dimensions and of the overall scores ({@link java.util.Locale#SIMPLIFIED_CHINESE});
   *     headers, ids, codes and numbers are the same in every language
   * @throws IOException if writing fails
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static void write(GapReport report, Writer writer, Locale locale) throws IOException {
    write(report, writer, ExportLabels.of(locale));
  }

  private static void write(GapReport report, Writer writer, ExportLabels n) throws IOException {
    write(writer, w -> {
      w.writeRecord(GAP_HEADER);
      gapRows(w, report, List.of(), n);
    });
  }

  /**
   * A gap report as CSV text; see {@link #write(GapReport, Writer)}.
   *
   * @param report the report
   * @return the CSV
   */
  public static String toCsv(GapReport report) {
    return gap(report, ExportLabels.AS_GIVEN);
  }

  /**
   * A gap report as CSV text with its labels in a language; see {@link #write(GapReport, Writer)}.
   *
   * @param report the report
   * @param locale the language of the label cells: standard item labels, the names of the
   *     standard dimensions and of the overall scores ({@link java.util.Locale#SIMPLIFIED_CHINESE});
   *     headers, ids, codes and numbers are the same in every language
   * @return the CSV
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static String toCsv(GapReport report, Locale locale) {
    return gap(report, ExportLabels.of(locale));
  }

  private static String gap(GapReport report, ExportLabels n) {
    return string(w -> {
      w.writeRecord(GAP_HEADER);
      gapRows(w, report, List.of(), n);
    });
  }

  /**
   * Per-segment gap reports as CSV text: the gap report columns preceded by the attribute's column.
   *
   * @param report the segment reports
   * @return the CSV
   */
  public static String toCsv(SegmentReport report) {
    return segments(report, ExportLabels.AS_GIVEN);
  }

  /**
   * Per-segment gap reports as CSV text with their labels in a language; see {@link
   * #toCsv(SegmentReport)}.
   *
   * @param report the segment reports
   * @param locale the language of the label cells: standard item labels, the names of the
   *     standard dimensions and of the overall scores ({@link java.util.Locale#SIMPLIFIED_CHINESE});
   *     headers, ids, codes and numbers are the same in every language
   * @return the CSV
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static String toCsv(SegmentReport report, Locale locale) {
    return segments(report, ExportLabels.of(locale));
  }

  private static String segments(SegmentReport report, ExportLabels n) {
    return string(w -> {
      List<String> header = new ArrayList<>();
      header.add(text(report.attribute()));
      header.addAll(List.of(GAP_HEADER));
      w.writeRecord(header);
      for (Map.Entry<String, GapReport> e : report.segments().entrySet()) {
        gapRows(w, e.getValue(), List.of(text(e.getKey())), n);
      }
    });
  }

  /**
   * Zones of tolerance as CSV text: {@code level,id,name,dimension,n,adequate,desired,perception,
   * msa,p_msa,mss,p_mss,position}.
   *
   * @param report the zones
   * @return the CSV
   */
  public static String toCsv(ZoneReport report) {
    return zones(report, ExportLabels.AS_GIVEN);
  }

  /**
   * Zones of tolerance as CSV text with their labels in a language; see {@link
   * #toCsv(ZoneReport)}.
   *
   * @param report the zones
   * @param locale the language of the label cells: standard item labels, the names of the
   *     standard dimensions and of the overall scores ({@link java.util.Locale#SIMPLIFIED_CHINESE});
   *     headers, ids, codes and numbers are the same in every language
   * @return the CSV
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static String toCsv(ZoneReport report, Locale locale) {
    return zones(report, ExportLabels.of(locale));
  }

  private static String zones(ZoneReport report, ExportLabels n) {
    return string(w -> {
      w.writeRecord("level", "id", "name", "dimension", "n", "adequate", "desired", "perception", "msa", "p_msa",
          "mss", "p_mss", "position");
      for (List<ToleranceZone> zones : List.of(report.items(), report.dimensions())) {
        for (ToleranceZone z : zones) {
          w.writeRecord(z.itemId().isPresent() ? "item" : "dimension",
              z.itemId().isPresent() ? Integer.toString(z.itemId().getAsInt()) : "",
              text(z.itemId().isPresent() ? n.item(z.label(), z.dimension()) : n.dimension(z.dimension(), z.label())),
              text(z.dimension().name()), Long.toString(z.n()), num(z.meanAdequate()), num(z.meanDesired()),
              num(z.meanPerceived()), num(z.msa().mean()), num(z.msa().p()), num(z.mss().mean()), num(z.mss().p()),
              z.position().name());
        }
      }
    });
  }

  /**
   * An importance-performance analysis as CSV text, ranked: {@code rank,id,label,dimension,n,
   * importance,performance,quadrant,priority}.
   *
   * @param report the analysis
   * @return the CSV
   */
  public static String toCsv(IpaReport report) {
    return ipa(report, ExportLabels.AS_GIVEN);
  }

  /**
   * An importance-performance analysis as CSV text with its labels in a language; see {@link
   * #toCsv(IpaReport)}.
   *
   * @param report the analysis
   * @param locale the language of the label cells: standard item labels, the names of the
   *     standard dimensions and of the overall scores ({@link java.util.Locale#SIMPLIFIED_CHINESE});
   *     headers, ids, codes and numbers are the same in every language
   * @return the CSV
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static String toCsv(IpaReport report, Locale locale) {
    return ipa(report, ExportLabels.of(locale));
  }

  private static String ipa(IpaReport report, ExportLabels n) {
    return string(w -> {
      w.writeRecord("rank", "id", "label", "dimension", "n", "importance", "performance", "quadrant", "priority");
      int rank = 1;
      for (IpaPoint p : report.priorities()) {
        w.writeRecord(Integer.toString(rank++), p.itemId().isPresent() ? Integer.toString(p.itemId().getAsInt()) : "",
            text(p.itemId().isPresent() ? n.item(p.label(), p.dimension()) : n.dimension(p.dimension(), p.label())),
            text(p.dimension().name()), Long.toString(p.n()), num(p.importance()),
            num(p.performance()), p.quadrant().name(), num(p.priority()));
      }
    });
  }

  /**
   * A segment comparison as CSV text: {@code level,label,n1,mean1,sd1,n2,mean2,sd2,difference,t,df,
   * p,ci_lower,ci_upper}.
   *
   * @param comparison the comparison
   * @return the CSV
   */
  public static String toCsv(SegmentComparison comparison) {
    return string(w -> {
      w.writeRecord("level", "label", "n1", "mean1", "sd1", "n2", "mean2", "sd2", "difference", "t", "df", "p",
          "ci_lower", "ci_upper");
      String[] levels = {"item", "dimension", "overall"};
      List<List<WelchTest>> groups = List.of(comparison.items(), comparison.dimensions(), comparison.overall());
      for (int l = 0; l < 3; l++) {
        for (WelchTest t : groups.get(l)) {
          w.writeRecord(levels[l], text(t.label()), Long.toString(t.n1()), num(t.mean1()), num(t.sd1()),
              Long.toString(t.n2()), num(t.mean2()), num(t.sd2()), num(t.difference()), num(t.t()),
              num(t.degreesOfFreedom()), num(t.p()), num(t.ciLower()), num(t.ciUpper()));
        }
      }
    });
  }

  private static void gapRows(CsvWriter w, GapReport r, List<String> prefix, ExportLabels n) {
    for (ItemGap it : r.items()) {
      row(w, prefix, "item", Integer.toString(it.id()), text(n.item(it.label(), it.dimension())),
          text(it.dimension().name()), it.n(),
          it.meanExpectation(), it.meanPerception(), it.gap(), Double.NaN, Double.NaN, Double.NaN);
    }
    for (DimensionGap d : r.dimensions()) {
      row(w, prefix, "dimension", "", text(n.dimension(d.dimension(), d.dimension().name())),
          text(d.dimension().name()), d.n(),
          d.meanExpectation(), d.meanPerception(), d.gap(), d.alphaExpectation(), d.alphaPerception(), d.alphaGap());
    }
    row(w, prefix, "overall", "unweighted", text(n.score("score.unweighted", "unweighted SERVQUAL")), "",
        r.unweighted().n(), Double.NaN, Double.NaN,
        r.unweighted(), Double.NaN, Double.NaN, Double.NaN);
    if (r.weighted().isPresent()) {
      row(w, prefix, "overall", "weighted", text(n.score("score.weighted", "weighted SERVQUAL")), "",
          r.weighted().get().n(), Double.NaN, Double.NaN,
          r.weighted().get(), Double.NaN, Double.NaN, Double.NaN);
    }
    row(w, prefix, "overall", "servperf", "SERVPERF", "", r.servperf().n(), Double.NaN, r.servperf().mean(),
        r.servperf(), Double.NaN, Double.NaN, Double.NaN);
  }

  private static void row(CsvWriter w, List<String> prefix, String level, String id, String name, String dimension,
      long n, double e, double p, MeanEstimate gap, double alphaE, double alphaP, double alphaG) {
    List<String> cells = new ArrayList<>(prefix);
    cells.addAll(List.of(level, id, name, dimension, Long.toString(n), num(e), num(p), num(gap.mean()),
        num(gap.standardDeviation()), num(gap.t()), num(gap.degreesOfFreedom()), num(gap.p()), num(gap.ciLower()),
        num(gap.ciUpper()), num(alphaE), num(alphaP), num(alphaG)));
    w.writeRecord(cells);
  }

  /** A number cell: Java's locale-independent form, empty for NaN. */
  static String num(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }

  /**
   * Neutralises formula injection in a text cell: a leading apostrophe if the text starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return.
   *
   * @param cell the text
   * @return the text, made safe
   */
  static String text(String cell) {
    if (!cell.isEmpty()) {
      char c = cell.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + cell;
      }
    }
    return cell;
  }
}
