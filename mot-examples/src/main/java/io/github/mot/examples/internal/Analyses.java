package io.github.mot.examples.internal;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.SupervisionChecklist;
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
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.GapAnalysis;
import io.github.mot.servqual.GapReport;
import io.github.mot.servqual.ImportancePerformance;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.IpaReport;
import io.github.mot.servqual.ItemGap;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.ZoneReport;
import io.github.mot.servqual.io.CsvReadResult;
import io.github.mot.servqual.io.ReportCsv;
import io.github.mot.servqual.io.ReportJson;
import io.github.mot.servqual.io.RowError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
      Optional<IpaReport> dimensionIpa,
      Optional<IpaReport> itemIpa) {

    /** The reports as text, in reading order. */
    String text() {
      return text(Locale.ENGLISH);
    }

    /** The reports as text in a language. */
    String text(Locale locale) {
      // The gap report's text already holds the zones of tolerance when there are any.
      StringBuilder sb = new StringBuilder().append(gaps.toString(locale)).append('\n');
      dimensionIpa.ifPresent(
          i -> sb.append("Importance-performance analysis of the dimensions (importance: points)\n")
              .append(i.toString(locale)).append('\n'));
      itemIpa.ifPresent(
          i -> sb.append("Importance-performance analysis of the items (importance: mean expectation)\n")
              .append(i.toString(locale)).append('\n'));
      return sb.toString();
    }
  }

  static Servqual servqual(SurveyData data, MissingPolicy missing) {
    GapReport gaps = GapAnalysis.withDefaults().withMissing(missing).analyze(data);
    Optional<ZoneReport> zones = gaps.zones(); // with A and D answers, the gap report has them
    ImportancePerformance ipa = ImportancePerformance.withDefaults().withMissing(missing);
    Optional<IpaReport> dims =
        data.hasPoints() ? Optional.of(ipa.analyzeDimensions(data)) : Optional.empty();
    // Item importance: the item's mean expectation, a common stand-in when the survey asked no
    // separate importance per item.
    Optional<IpaReport> items = Optional.empty();
    if (data.has(AnswerKind.EXPECTATION)) {
      List<Double> importance = new ArrayList<>();
      for (ItemGap it : gaps.items()) {
        importance.add(Double.isFinite(it.meanExpectation()) ? it.meanExpectation() : 0.0);
      }
      items = Optional.of(ipa.analyzeItems(data, importance));
    }
    return new Servqual(gaps, zones, dims, items);
  }

  /** Writes the SERVQUAL files and charts; returns the paths written. */
  static List<Path> writeServqual(Servqual s, Charts charts, Path dir, HtmlReport html)
      throws IOException {
    List<Path> written = new ArrayList<>();
    written.add(writeText(dir, "servqual-gaps.csv", ReportCsv.toCsv(s.gaps())));
    written.add(writeText(dir, "servqual-report.json", ReportJson.toJson(s.gaps())));
    Locale locale = charts.locale();
    written.add(writeText(dir, "servqual-report.txt", s.text(locale)));
    html.heading(charts.text("html.servqual"));
    chart(charts.gapByDimension(s.gaps()), "servqual-gap-dimensions", "Gap P - E per dimension", dir, html, written);
    chart(charts.gapByItem(s.gaps()), "servqual-gap-items", "Gap P - E per item", dir, html, written);
    html.pre(s.gaps().toString(locale)); // with the zones of tolerance tables when there are any
    if (s.zones().isPresent()) {
      ZoneReport z = s.zones().get();
      written.add(writeText(dir, "servqual-zones.csv", ReportCsv.toCsv(z)));
      html.heading(charts.text("html.zones"));
      chart(charts.zones(z), "servqual-zones", "Zones of tolerance per dimension", dir, html, written);
    }
    if (s.itemIpa().isPresent() || s.dimensionIpa().isPresent()) {
      html.heading(charts.text("html.ipa"));
    }
    if (s.itemIpa().isPresent()) {
      IpaReport i = s.itemIpa().get();
      written.add(writeText(dir, "servqual-ipa-items.csv", ReportCsv.toCsv(i)));
      chart(charts.importancePerformance(i, "mean expectation"), "servqual-ipa-items", "Importance-performance grid of the items (importance: mean expectation)", dir, html, written);
      html.pre(i.toString(locale));
    }
    if (s.dimensionIpa().isPresent()) {
      IpaReport i = s.dimensionIpa().get();
      written.add(writeText(dir, "servqual-ipa-dimensions.csv", ReportCsv.toCsv(i)));
      chart(charts.importancePerformance(i, "mean points"), "servqual-ipa-dimensions", "Importance-performance grid of the dimensions (importance: mean points of 100)", dir, html, written);
      html.pre(i.toString(locale));
    }
    return written;
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

  static String readSummary(String file, CsvReadResult read) {
    return file + ": " + read.rows() + " rows: " + read.goodRows() + " good, " + read.badRows() + " bad";
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

    /** The per-customer journey scores under the chosen model, as a short table. */
    String journeyTable() {
      List<double[]> scores = new ArrayList<>();
      List<String> worst = new ArrayList<>();
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
      sb.append(String.format(Locale.ROOT, "Journey scores (%s model) of %d customers, %d scored%n",
          modelName(model), journeys.size(), scores.size()));
      if (!scores.isEmpty()) {
        sb.append(String.format(Locale.ROOT, "mean journey score %+.2f, negative journeys %d (%.1f%%)%n",
            sum / scores.size(), negative, 100.0 * negative / scores.size()));
        sb.append(String.format(Locale.ROOT, "%-10s %7s %9s  %s%n", "customer", "score", "coverage",
            "first negative moment"));
        for (JourneyScore j : scored.subList(0, Math.min(10, scored.size()))) {
          worst.add(j.customerId());
          sb.append(String.format(Locale.ROOT, "%-10s %+7.2f %8.0f%%  %s%n", j.customerId(),
              j.score(model).orElse(0), 100 * j.coverage(),
              j.firstNegative().map(Encounter::touchpointId).orElse("-")));
        }
        if (scored.size() > 10) {
          sb.append("... (the 10 lowest shown)\n");
        }
      }
      return sb.toString();
    }

    String text() {
      StringBuilder sb = new StringBuilder();
      sb.append("Moment scorecards on '").append(map.name()).append("'\n");
      sb.append(byTouchpoint).append('\n').append(byStage).append('\n').append(byStaff).append('\n');
      sb.append(total()).append('\n');
      sb.append(journeyTable()).append('\n');
      firstImpression.ifPresent(f -> sb.append(f).append('\n'));
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
    written.add(writeText(dir, "journey-report.txt", j.text()));
    html.heading(charts.text("html.journey") + ": " + j.map().name());
    chart(charts.journeyCurve(j.map(), j.byTouchpoint()), "journey-curve", "Journey curve: mean scorecard level per touchpoint, moments of truth marked", dir, html, written);
    List<List<String>> rows = new ArrayList<>();
    for (var tp : j.map().touchpoints()) {
      Optional<ScorecardSummary> s = j.byTouchpoint().get(tp.id());
      rows.add(List.of(tp.id(), tp.name(), tp.momentOfTruth() ? "yes" : "",
          Long.toString(s.map(ScorecardSummary::count).orElse(0L)),
          s.flatMap(x -> box(x.mean())).map(m -> String.format(Locale.ROOT, "%+.2f", m)).orElse("-"),
          s.flatMap(x -> box(x.netScore())).map(m -> String.format(Locale.ROOT, "%+.1f", m)).orElse("-"),
          s.flatMap(x -> box(x.negativeShare())).map(m -> String.format(Locale.ROOT, "%.1f%%", 100 * m))
              .orElse("-")));
    }
    html.table(List.of("touchpoint", "name", "moment of truth", "n", "mean level", "net score (pp)",
        "negative"), rows);
    html.pre(j.text());
    return written;
  }

  private static Optional<Double> box(OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }

  // ---------------------------------------------------------------- audits

  static AuditReport audits(List<Audit> audits) {
    return audits.stream().collect(AuditReportAccumulator.toReport());
  }

  static String auditText(SupervisionChecklist checklist, AuditReport report) {
    return "Behaviour audits against '" + checklist.name() + "' (" + checklist.items().size()
        + " items)\n" + report + "\n";
  }

  static List<Path> writeAudits(SupervisionChecklist checklist, AuditReport report, Charts charts, Path dir,
      HtmlReport html) throws IOException {
    List<Path> written = new ArrayList<>();
    written.add(writeText(dir, "audit-report.txt", auditText(checklist, report)));
    html.heading(charts.text("html.audits") + ": " + checklist.name());
    chart(charts.auditCompliance(report), "audit-compliance", "Audit compliance per behaviour step", dir, html, written);
    html.pre(auditText(checklist, report));
    return written;
  }

  // ---------------------------------------------------------------- volume

  static String volume(MomentVolume v, OptionalDouble negativeShare) {
    StringBuilder sb = new StringBuilder(v.toString());
    if (negativeShare.isPresent()) {
      double x = negativeShare.getAsDouble();
      sb.append(String.format(Locale.ROOT, "negative moments at a share of %.2f%%: %,.0f%n", 100 * x,
          v.moments() * x));
    }
    return sb.toString();
  }
}
