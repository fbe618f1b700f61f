package io.github.mot.examples.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyStage;
import io.github.mot.core.Labels;
import io.github.mot.core.RatingScale;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.internal.TextWidth;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tabular;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditReport;
import io.github.mot.scoring.AuditReportAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.FirstImpressionSummary;
import io.github.mot.scoring.GroupedSummary;
import io.github.mot.scoring.JourneyModel;
import io.github.mot.scoring.JourneyScore;
import io.github.mot.scoring.JourneyScorer;
import io.github.mot.scoring.MomentScorecard;
import io.github.mot.scoring.MomentVolume;
import io.github.mot.scoring.ScorecardSummary;
import io.github.mot.scoring.io.ChecklistReader;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.GapAnalysis;
import io.github.mot.servqual.GapReport;
import io.github.mot.servqual.ImportancePerformance;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.ImportancePerformanceReport;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.ZoneReport;
import io.github.mot.servqual.io.SurveyReadResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The analyses behind the sub-commands, independent of picocli: each takes parsed data, prints its
 * text report and, given a directory, writes files (CSV, JSON, charts, an HTML report). Results are
 * returned so that {@code demo} can gather them in one report.
 */
final class Analyses {

  private Analyses() {}

  /** Every file written goes through here: UTF-8, parent directories created. */
  static Path writeText(Path dir, String name, String text) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /**
   * A text of the command line's bundle ({@link Charts#words(Locale)}) with {@code {0}}, {@code
   * {1}}, ... filled in by {@link MessageFormat} (a quote is written {@code ''}); the arguments are
   * formatted already.
   */
  static String fill(Labels words, String key, String... args) {
    return new MessageFormat(words.get(key), Locale.ROOT).format((Object[]) args);
  }

  /** Lists data errors on standard error, one a line, at most {@code max}. */
  static void listErrors(PrintWriter err, String file, List<RowError> errors, long total) {
    int max = 200;
    for (int i = 0; i < Math.min(max, errors.size()); i++) {
      err.println(file + ": " + errors.get(i));
    }
    if (total > Math.min(max, errors.size())) {
      err.println(file + ": ... " + (total - Math.min(max, errors.size())) + " more errors");
    }
  }

  /** Renders a chart once, writes its SVG and PNG files and puts it in the HTML report. */
  static void chart(Chart<?, ?> chart, String name, String caption, Path dir, HtmlReport html,
      List<Path> written) throws IOException {
    String svg = Charts.svg(chart);
    written.addAll(Charts.write(chart, svg, dir, name));
    html.chart(svg, caption);
  }

  // ---------------------------------------------------------------- SERVQUAL

  /** Everything the SERVQUAL analysis of one data set gave. */
  record Servqual(
      GapReport gaps,
      Optional<ZoneReport> zones,
      Optional<ImportancePerformanceReport> dimensionIpa,
      Optional<ImportancePerformanceReport> itemIpa) {

    /** The reports as text, in reading order. */
    String text() {
      return text(Locale.ENGLISH);
    }

    /** The reports as text in a language. */
    String text(Locale locale) {
      // The gap report's text already holds the zones of tolerance when there are any.
      Labels words = Charts.words(locale);
      StringBuilder sb = new StringBuilder().append(gaps.toString(locale)).append('\n');
      dimensionIpa.ifPresent(
          i -> sb.append(words.get("text.ipaDimensions")).append('\n').append(i.toString(locale)).append('\n'));
      itemIpa.ifPresent(
          i -> sb.append(words.get("text.ipaItems")).append('\n').append(i.toString(locale)).append('\n'));
      return sb.toString();
    }
  }

  static Servqual servqual(SurveyData data, MissingPolicy missing) {
    GapReport gaps = GapAnalysis.withDefaults().withMissing(missing).analyze(data);
    Optional<ZoneReport> zones = gaps.zones(); // with A and D answers, the gap report has them
    ImportancePerformance ipa = ImportancePerformance.withDefaults().withMissing(missing);
    Optional<ImportancePerformanceReport> dims =
        data.hasPoints() ? Optional.of(ipa.analyzeDimensions(data)) : Optional.empty();
    // Item importance: the item's mean expectation, a common stand-in when the survey asked no
    // separate importance per item.
    Optional<ImportancePerformanceReport> items = Optional.empty();
    if (data.has(AnswerKind.EXPECTATION)) {
      List<Double> importance = new ArrayList<>();
      for (GapReport.ItemGap it : gaps.items()) {
        importance.add(Double.isFinite(it.meanExpectation()) ? it.meanExpectation() : 0.0);
      }
      items = Optional.of(ipa.analyzeItems(data, importance));
    }
    return new Servqual(gaps, zones, dims, items);
  }

  /**
   * Writes the SERVQUAL files and charts; returns the paths written. The labels in the CSV and JSON
   * files are in {@code exportLocale}, as the results hold them when it is empty.
   */
  static List<Path> writeServqual(Servqual s, Charts charts, Path dir, HtmlReport html, Optional<Locale> exportLocale)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Optional<Locale> l = exportLocale;
    written.add(writeText(dir, "servqual-gaps.csv",
        export(Format.CSV, s.gaps(), l)));
    written.add(writeText(dir, "servqual-report.json",
        export(Format.JSON, s.gaps(), l)));
    Locale locale = charts.locale();
    written.add(writeText(dir, "servqual-report.txt", s.text(locale)));
    html.heading(charts.text("html.servqual"));
    chart(charts.gapByDimension(s.gaps()), "servqual-gap-dimensions", charts.text("caption.gapDimensions"), dir, html,
        written);
    chart(charts.gapByItem(s.gaps()), "servqual-gap-items", charts.text("caption.gapItems"), dir, html, written);
    html.pre(s.gaps().toString(locale)); // with the zones of tolerance tables when there are any
    if (s.zones().isPresent()) {
      ZoneReport z = s.zones().get();
      written.add(writeText(dir, "servqual-zones.csv",
          export(Format.CSV, z, l)));
      html.heading(charts.text("html.zones"));
      chart(charts.zones(z), "servqual-zones", charts.text("caption.zones"), dir, html, written);
    }
    if (s.itemIpa().isPresent() || s.dimensionIpa().isPresent()) {
      html.heading(charts.text("html.ipa"));
    }
    if (s.itemIpa().isPresent()) {
      ImportancePerformanceReport i = s.itemIpa().get();
      written.add(writeText(dir, "servqual-ipa-items.csv",
          export(Format.CSV, i, l)));
      chart(charts.importancePerformance(i, charts.text("ipa.importance.expectation")), "servqual-ipa-items",
          charts.text("caption.ipaItems"), dir, html, written);
      html.pre(i.toString(locale));
    }
    if (s.dimensionIpa().isPresent()) {
      ImportancePerformanceReport i = s.dimensionIpa().get();
      written.add(writeText(dir, "servqual-ipa-dimensions.csv",
          export(Format.CSV, i, l)));
      chart(charts.importancePerformance(i, charts.text("ipa.importance.points")), "servqual-ipa-dimensions",
          charts.text("caption.ipaDimensions"), dir, html, written);
      html.pre(i.toString(locale));
    }
    return written;
  }

  /** A result in a format, its labels in {@code locale}, or as the result holds them when empty. */
  static String export(Format format, Tabular result, Optional<Locale> locale) {
    return locale.isPresent() ? format.render(result, locale.get()) : format.render(result);
  }

  static Instrument instrument(String spec, RatingScale scale) throws IOException {
    if (spec.equalsIgnoreCase("standard22") || spec.equalsIgnoreCase("standard")) {
      return Instrument.standard();
    }
    Path file = Path.of(spec);
    String name = file.getFileName() == null ? spec : file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return io.github.mot.servqual.io.InstrumentFiles.readCsv(r, name.substring(0, name.length() - 4), scale);
      }
    }
    return io.github.mot.servqual.io.InstrumentFiles.readJson(file);
  }

  static String readSummary(String file, SurveyReadResult read) {
    return readSummary(file, read, Locale.ENGLISH);
  }

  /** One line in a language: "file: 300 rows: 299 good, 1 bad". */
  static String readSummary(String file, SurveyReadResult read, Locale locale) {
    return readSummary(file, read.rows(), read.goodRows(), read.badRows(), locale);
  }

  /** One line in a language: "file: 5000 rows: 4998 good, 2 bad". */
  static String readSummary(String file, ReadResult<?> read, Locale locale) {
    return readSummary(file, read.rows(), read.goodRows(), read.badRows(), locale);
  }

  private static String readSummary(String file, long rows, long good, long bad, Locale locale) {
    return fill(Charts.words(locale), "text.readSummary", file, Long.toString(rows), Long.toString(good),
        Long.toString(bad));
  }

  /**
   * Reads a supervision checklist: CSV with mot-scoring's {@link ChecklistReader}, otherwise JSON
   * with mot-core's Jackson binding. A file that is not one is a {@link DataFileException} naming it.
   */
  static SupervisionChecklist checklist(Path file, ReadLimits limits) throws IOException {
    if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return ChecklistReader.withDefaults().withLimits(limits).read(file);
    }
    try {
      return new ObjectMapper().readValue(file.toFile(), SupervisionChecklist.class);
    } catch (JacksonException e) {
      throw new DataFileException(file.toString(), List.of(new RowError(
          e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "", "", "not a checklist: " + e.getOriginalMessage())));
    }
  }

  // ---------------------------------------------------------------- journeys

  /** Everything the journey analysis gave. */
  record Journey(
      CustomerJourney map,
      JourneyModel model,
      GroupedSummary<String, ScorecardSummary> byTouchpoint,
      GroupedSummary<String, ScorecardSummary> byStage,
      GroupedSummary<String, ScorecardSummary> byStaff,
      Map<String, JourneyScore> journeys,
      Optional<FirstImpressionSummary> firstImpression) {

    ScorecardSummary total() {
      return byTouchpoint.total();
    }

    /**
     * The per-customer journey scores under the chosen model, as a short table in a language:
     * words from the command line's bundle, numbers in the locale's format, columns padded by
     * display width (a Chinese customer id lines up in a terminal).
     */
    String journeyTable(Locale locale) {
      Labels words = Charts.words(locale);
      List<double[]> scores = new ArrayList<>();
      List<JourneyScore> scored = new ArrayList<>();
      for (JourneyScore j : journeys.values()) {
        OptionalDouble s = j.score(model);
        if (s.isPresent()) {
          scores.add(new double[] {s.getAsDouble()});
          scored.add(j);
        }
      }
      scored.sort(Comparator.comparingDouble((JourneyScore j) -> j.score(model).orElse(0))
          .thenComparing(JourneyScore::customerId));
      double sum = 0;
      long negative = 0;
      for (double[] s : scores) {
        sum += s[0];
        negative += s[0] < 0 ? 1 : 0;
      }
      StringBuilder sb = new StringBuilder();
      String name = words.isTranslation() ? model.label(locale) : modelName(model);
      sb.append(fill(words, "text.journeyScores", name, Integer.toString(journeys.size()),
          Integer.toString(scores.size()))).append('\n');
      if (!scores.isEmpty()) {
        sb.append(fill(words, "text.journeyMean", String.format(locale, "%+.2f", sum / scores.size()),
            Long.toString(negative), String.format(locale, "%.1f%%", 100.0 * negative / scores.size())))
            .append('\n');
        sb.append(TextWidth.padEnd(words.get("text.customer"), 10)).append(' ')
            .append(TextWidth.padStart(words.get("text.score"), 7)).append(' ')
            .append(TextWidth.padStart(words.get("text.coverage"), 9)).append("  ")
            .append(words.get("text.firstNegative")).append('\n');
        for (JourneyScore j : scored.subList(0, Math.min(10, scored.size()))) {
          sb.append(TextWidth.padEnd(j.customerId(), 10)).append(' ')
              .append(TextWidth.padStart(String.format(locale, "%+.2f", j.score(model).orElse(0)), 7)).append(' ')
              .append(TextWidth.padStart(String.format(locale, "%.0f%%", 100 * j.coverage()), 9)).append("  ")
              .append(j.firstNegative().map(e -> touchpointName(e.touchpointId())).orElse("-")).append('\n');
        }
        if (scored.size() > 10) {
          sb.append(words.get("text.lowestShown")).append('\n');
        }
      }
      return sb.toString();
    }

    /** The name of a touchpoint of the map, its id if the map has none of that id. */
    String touchpointName(String id) {
      return map.touchpoint(id).map(Touchpoint::name).orElse(id);
    }

    /** The scorecards, the journey scores and the first impressions as text in a language. */
    String text(Locale locale) {
      Labels words = Charts.words(locale);
      StringBuilder sb = new StringBuilder();
      sb.append(fill(words, "text.journeyHeading", map.name())).append('\n');
      // groups by the journey's touchpoint and stage names (localised for a template), not ids
      sb.append(byTouchpoint.toString(locale, this::touchpointName)).append('\n')
          .append(byStage.toString(locale, id -> map.stage(id).map(JourneyStage::name).orElse(id))).append('\n')
          .append(byStaff.toString(locale)).append('\n');
      sb.append(total().toString(locale)).append('\n');
      sb.append(journeyTable(locale)).append('\n');
      firstImpression.ifPresent(f -> sb.append(f.toString(locale)).append('\n'));
      return sb.toString();
    }
  }

  static String modelName(JourneyModel m) {
    return switch (m) {
      case MEAN -> "mean";
      case WEIGHTED_MEAN -> "weighted";
      case PEAK_END -> "peak-end";
      case WEAKEST_LINK -> "weakest-link";
    };
  }

  static Journey journey(CustomerJourney map, List<Encounter> encounters, JourneyModel model, RatingScale scale) {
    MomentScorecard cards = MomentScorecard.of(map);
    GroupedSummary<String, ScorecardSummary> byTouchpoint =
        cards.summarize(MomentScorecard.GroupBy.TOUCHPOINT, encounters);
    GroupedSummary<String, ScorecardSummary> byStage =
        cards.summarize(MomentScorecard.GroupBy.STAGE, encounters);
    GroupedSummary<String, ScorecardSummary> byStaff =
        cards.summarize(MomentScorecard.GroupBy.STAFF, encounters);
    Map<String, JourneyScore> journeys = encounters.stream().collect(JourneyScorer.of(map).byCustomer());
    FirstImpressionSummary fi =
        encounters.stream().flatMap(e -> e.ratings().stream())
            .collect(FirstImpressionScorer.STANDARD.toSummary(scale));
    return new Journey(map, model, byTouchpoint, byStage, byStaff, journeys,
        fi.isEmpty() ? Optional.empty() : Optional.of(fi));
  }

  static List<Path> writeJourney(Journey j, Charts charts, Path dir, HtmlReport html) throws IOException {
    List<Path> written = new ArrayList<>();
    Locale locale = charts.locale();
    String text = j.text(locale);
    written.add(writeText(dir, "journey-report.txt", text));
    html.heading(charts.text("html.journey") + ": " + j.map().name());
    chart(charts.journeyCurve(j.map(), j.byTouchpoint()), "journey-curve", charts.text("caption.journey"), dir, html,
        written);
    List<List<String>> rows = new ArrayList<>();
    for (var tp : j.map().touchpoints()) {
      Optional<ScorecardSummary> s = j.byTouchpoint().get(tp.id());
      rows.add(List.of(tp.id(), tp.name(), tp.momentOfTruth() ? charts.text("html.table.yes") : "",
          Long.toString(s.map(ScorecardSummary::count).orElse(0L)),
          s.flatMap(x -> box(x.mean())).map(m -> String.format(locale, "%+.2f", m)).orElse("-"),
          s.flatMap(x -> box(x.netScore())).map(m -> String.format(locale, "%+.1f", m)).orElse("-"),
          s.flatMap(x -> box(x.negativeShare())).map(m -> String.format(locale, "%.1f%%", 100 * m))
              .orElse("-")));
    }
    html.table(List.of(charts.text("html.table.touchpoint"), charts.text("html.table.name"),
        charts.text("html.table.mot"), charts.text("html.table.n"), charts.text("html.table.mean"),
        charts.text("html.table.net"), charts.text("html.table.negative")), rows);
    html.pre(text);
    return written;
  }

  private static Optional<Double> box(OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }

  // ---------------------------------------------------------------- audits

  static AuditReport audits(List<Audit> audits) {
    return audits.stream().collect(AuditReportAccumulator.toReport());
  }

  /**
   * The audit report as text in a language: a headline with the checklist, then the report, its
   * touchpoints by their names in {@code journey} when there is one (ids it lacks as given).
   */
  static String auditText(SupervisionChecklist checklist, AuditReport report, Locale locale,
      Optional<CustomerJourney> journey) {
    String body = journey.isPresent()
        ? report.toString(locale, id -> journey.get().touchpoint(id).map(Touchpoint::name).orElse(id))
        : report.toString(locale);
    return fill(Charts.words(locale), "text.auditHeading", checklist.name(),
        Integer.toString(checklist.items().size())) + "\n" + body + "\n";
  }

  static List<Path> writeAudits(SupervisionChecklist checklist, AuditReport report, Optional<CustomerJourney> journey,
      Charts charts, Path dir, HtmlReport html) throws IOException {
    List<Path> written = new ArrayList<>();
    String text = auditText(checklist, report, charts.locale(), journey);
    written.add(writeText(dir, "audit-report.txt", text));
    html.heading(charts.text("html.audits") + ": " + checklist.name());
    chart(charts.auditCompliance(report), "audit-compliance", charts.text("caption.audit"), dir, html, written);
    html.pre(text);
    return written;
  }

  // ---------------------------------------------------------------- volume

  /** The volume table and, given a share, the projected negative moments, in a language. */
  static String volume(MomentVolume v, OptionalDouble negativeShare, Locale locale) {
    StringBuilder sb = new StringBuilder(v.toString(locale));
    if (negativeShare.isPresent()) {
      double x = negativeShare.getAsDouble();
      sb.append(fill(Charts.words(locale), "text.volumeNegative", String.format(locale, "%.2f%%", 100 * x),
          String.format(locale, "%,.0f", v.moments() * x))).append('\n');
    }
    return sb.toString();
  }
}
