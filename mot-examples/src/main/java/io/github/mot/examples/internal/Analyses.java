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
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadOutcome;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditOverview;
import io.github.mot.scoring.AuditOverviewAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.FirstImpressionSummary;
import io.github.mot.scoring.GroupedSummary;
import io.github.mot.scoring.JourneyModel;
import io.github.mot.scoring.JourneyScores;
import io.github.mot.scoring.JourneyScorer;
import io.github.mot.scoring.EncounterScorecard;
import io.github.mot.scoring.ContactVolume;
import io.github.mot.scoring.ScorecardSummary;
import io.github.mot.scoring.io.ChecklistReader;
import io.github.mot.scoring.log.EncounterLog;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.perception.ImportancePerformance;
import io.github.mot.servqual.reliability.ReliabilityAnalysis;
import io.github.mot.servqual.reliability.ReliabilityReport;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.perception.ImportancePerformanceReport;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.gap.ZoneReport;
import io.github.mot.servqual.io.InstrumentReader;
import io.github.mot.servqual.io.BlankRespondent;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.perception.PerceptionAnalysis;
import io.github.mot.servqual.perception.PerceptionReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The analyses behind the sub-commands, independent of picocli: each takes parsed data, prints its
 * text report and, given a directory, writes files (CSV, JSON, charts, an HTML report). Results are
 * returned so that {@code demo} can gather them in one report.
 */
final class Analyses {

  private Analyses() {}

  /** Every file written goes through here: UTF-8, parent directories created. */
  /**
   * Writes a result in a format to {@code dir/name}, streamed to the file (a report of a million
   * rows is never held whole in memory); the same bytes as {@link #export}.
   */
  static Path writeExport(Path dir, String name, Format format, Tabular result, Optional<Locale> locale)
      throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    try (java.io.Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (locale.isPresent()) {
        format.write(result, w, locale.get());
      } else {
        format.write(result, w);
      }
    }
    return file;
  }

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
      Optional<ImportancePerformanceReport> dimensionIpa,
      Optional<ImportancePerformanceReport> itemIpa,
      ReliabilityReport reliability) implements CommandResult {

    /** The reports as text, in reading order (without the reliability report). */
    String text() {
      return text(Locale.ENGLISH);
    }

    /** The reports as text in a language (without the reliability report). */
    String text(Locale locale) {
      return Format.TEXT.render(withoutReliability(), locale);
    }

    /**
     * In text: the gap report (which holds the zones of tolerance when there are any), the
     * importance-performance grids under their headings, then the reliability report.
     */
    @Override
    public Tables tables() {
      return Tables.builder(Charts::words).child("servqual", withoutReliability()).blank()
          .child("reliability", reliability).build();
    }

    private Tabular withoutReliability() {
      return () -> {
        Tables.Builder b = Tables.builder(Charts::words).child("gaps", gaps).blank();
        dimensionIpa.ifPresent(i -> b.line(c -> c.label("text.ipaDimensions"))
            .child("dimensionIpa", i).blank());
        itemIpa.ifPresent(i -> b.line(c -> c.label("text.ipaItems"))
            .child("itemIpa", i).blank());
        return b.build();
      };
    }

    /** CSV and JSON hold the gap report, as {@code mot servqual} has always written them. */
    @Override
    public Tabular exported() {
      return gaps;
    }

    @Override
    public List<String> warnings() {
      return reliability.warnings().stream().map(w -> "warning: " + w).toList();
    }
  }

  /**
   * A command's result on the one path of {@link Cli}: it prints itself in text; {@link
   * #exported()} is what {@code --format csv|json} prints; {@link #warnings()} go to standard error.
   */
  interface CommandResult extends Tabular {

    /** The result that CSV and JSON print: this one unless the command exports less. */
    default Tabular exported() {
      return this;
    }

    /** Lines for standard error after the result, such as a reliability warning. */
    default List<String> warnings() {
      return List.of();
    }
  }

  /**
   * Everything the SERVPERF analysis of perception-only data gave (Cronin and Taylor 1992): the
   * perceptions per item and dimension with their intervals and alpha, the reliability report (raw
   * and standardised alpha, Feldt's interval, item-total correlations, alpha if deleted) and, with
   * importance points, the importance-performance grid of the dimensions. Text, CSV and JSON hold
   * all three (CSV with a {@code part} column naming the result of each row).
   */
  record Servperf(PerceptionReport perception, ReliabilityReport reliability,
      Optional<ImportancePerformanceReport> dimensionIpa) implements CommandResult {

    @Override
    public Tables tables() {
      Tables.Builder b = Tables.builder(Charts::words).child("perception", perception).blank()
          .child("reliability", reliability).blank();
      dimensionIpa.ifPresent(i -> b.line(c -> c.label("text.ipaDimensions")).child("dimensionIpa", i).blank());
      return b.build();
    }

    @Override
    public List<String> warnings() {
      return reliability.warnings().stream().map(w -> "warning: " + w).toList();
    }
  }

  /**
   * The SERVPERF analysis of survey data: its perceptions, their reliability and, with points, the
   * dimension grid; expectation answers, if any, are not read.
   */
  static Servperf servperf(SurveyData data, MissingPolicy missing) {
    PerceptionReport perception = PerceptionAnalysis.withDefaults().withMissing(missing).analyze(data);
    ReliabilityReport reliability = ReliabilityAnalysis.withDefaults().withMissing(missing).analyze(data);
    Optional<ImportancePerformanceReport> dims = data.hasPoints()
        ? Optional.of(ImportancePerformance.withDefaults().withMissing(missing).analyzeDimensions(data))
        : Optional.empty();
    return new Servperf(perception, reliability, dims);
  }

  /** Writes the SERVPERF files and charts; returns the paths written (labels as for {@link #writeServqual}). */
  static List<Path> writeServperf(Servperf s, Charts charts, Path dir, HtmlReport html, Optional<Locale> exportLocale,
      RatingScale scale) throws IOException {
    List<Path> written = new ArrayList<>();
    Locale locale = charts.locale();
    written.add(writeExport(dir, "servperf-perceptions.csv", Format.CSV, s.perception(), exportLocale));
    written.add(writeExport(dir, "servperf-reliability.csv", Format.CSV, s.reliability(), exportLocale));
    written.add(writeExport(dir, "servperf-report.json", Format.JSON, s, exportLocale));
    written.add(writeText(dir, "servperf-report.txt", Format.TEXT.render(s, locale)));
    html.heading(charts.text("html.servperf"));
    chart(charts.perceptionByDimension(s.perception(), scale), "servperf-dimensions",
        charts.text("caption.perceptionDimensions"), dir, html, written);
    html.result(s.perception(), locale);
    html.heading(charts.text("html.reliability"));
    html.result(s.reliability(), locale);
    if (s.dimensionIpa().isPresent()) {
      html.heading(charts.text("html.ipa"));
      writeIpa(s.dimensionIpa().get(), "servperf-ipa-dimensions", "ipa.importance.points", "caption.ipaDimensions",
          charts, dir, html, written, exportLocale);
    }
    return written;
  }

  static Servqual servqual(SurveyData data, MissingPolicy missing) {
    return servqual(data, missing, 1);
  }

  static Servqual servqual(SurveyData data, MissingPolicy missing, int threads) {
    GapReport gaps = GapAnalysis.withDefaults().withMissing(missing).withParallelism(threads).analyze(data);
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
    ReliabilityReport reliability =
        ReliabilityAnalysis.withDefaults().withMissing(missing).withParallelism(threads).analyze(data);
    return new Servqual(gaps, dims, items, reliability);
  }

  /**
   * Writes the SERVQUAL files and charts; returns the paths written. The labels in the CSV and JSON
   * files are in {@code exportLocale}, as the results hold them when it is empty.
   */
  static List<Path> writeServqual(Servqual s, Charts charts, Path dir, HtmlReport html, Optional<Locale> exportLocale)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Optional<Locale> l = exportLocale;
    written.add(writeExport(dir, "servqual-gaps.csv", Format.CSV, s.gaps(), l));
    written.add(writeExport(dir, "servqual-report.json", Format.JSON, s.gaps(), l));
    Locale locale = charts.locale();
    written.add(writeText(dir, "servqual-report.txt", s.text(locale)));
    html.heading(charts.text("html.servqual"));
    chart(charts.gapByDimension(s.gaps()), "servqual-gap-dimensions", charts.text("caption.gapDimensions"), dir, html,
        written);
    chart(charts.gapByItem(s.gaps()), "servqual-gap-items", charts.text("caption.gapItems"), dir, html, written);
    html.result(s.gaps(), locale); // with the zones of tolerance tables when there are any
    if (s.gaps().zones().isPresent()) { // with A and D answers, the gap report has them
      ZoneReport z = s.gaps().zones().get();
      written.add(writeExport(dir, "servqual-zones.csv", Format.CSV, z, l));
      html.heading(charts.text("html.zones"));
      chart(charts.zones(z), "servqual-zones", charts.text("caption.zones"), dir, html, written);
    }
    if (s.itemIpa().isPresent() || s.dimensionIpa().isPresent()) {
      html.heading(charts.text("html.ipa"));
    }
    if (s.itemIpa().isPresent()) {
      writeIpa(s.itemIpa().get(), "servqual-ipa-items", "ipa.importance.expectation", "caption.ipaItems",
          charts, dir, html, written, l);
    }
    if (s.dimensionIpa().isPresent()) {
      writeIpa(s.dimensionIpa().get(), "servqual-ipa-dimensions", "ipa.importance.points", "caption.ipaDimensions",
          charts, dir, html, written, l);
    }
    return written;
  }

  /**
   * Writes one importance-performance analysis: its CSV file {@code <name>.csv}, its grid chart with
   * the importance axis titled by {@code importanceKey}, and its tables in the HTML report.
   */
  private static void writeIpa(ImportancePerformanceReport ipa, String name, String importanceKey, String captionKey, Charts charts,
      Path dir, HtmlReport html, List<Path> written, Optional<Locale> exportLocale) throws IOException {
    written.add(writeExport(dir, name + ".csv", Format.CSV, ipa, exportLocale));
    chart(charts.importancePerformance(ipa, charts.text(importanceKey)), name, charts.text(captionKey), dir, html,
        written);
    html.result(ipa, charts.locale());
  }

  /** A result in a format, its labels in {@code locale}, or as the result holds them when empty. */
  static String export(Format format, Tabular result, Optional<Locale> locale) {
    return locale.isPresent() ? format.render(result, locale.get()) : format.render(result);
  }

  /** The standard instrument, or one read from a definition file (a CSV one in {@code encoding}). */
  static Instrument instrument(String spec, RatingScale scale, java.nio.charset.Charset encoding) throws IOException {
    if (spec.equalsIgnoreCase("standard22") || spec.equalsIgnoreCase("standard")) {
      return Instrument.standard();
    }
    return InstrumentReader.withDefaults().withScale(scale).withEncoding(encoding).read(Path.of(spec));
  }

  /** A file's name without its extension ({@code hospital-mapping.csv} gives {@code hospital-mapping}). */
  static String fileStem(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }


  /** The account of a read as text in a language: "file: 5000 rows: 4996 good, 2 bad, 2 blank" and the blank lines. */
  static String readSummary(String file, ReadOutcome read, Locale locale) {
    return Format.TEXT.render(new ReadAccount(file, read), locale).stripTrailing();
  }

  /**
   * The account of a command's read, in every format: the file, its data rows and how many were
   * good, bad and blank ({@code goodRows + badRows + blankRows = rows}), with the lines of the blank
   * respondents (a survey's rows whose every answer is empty, left out of the analysis). Text and
   * HTML: a line, and one listing the blank lines (at most {@value #SHOWN_LINES}); JSON: {@code
   * file}, {@code rows}, {@code goodRows}, {@code badRows}, {@code blankRows}, {@code blankLines}
   * and {@code blankRespondents} (line and respondent id); CSV: one row of the counts with the blank
   * lines separated by {@code ;}.
   */
  record ReadAccount(String file, ReadOutcome read) implements Tabular {

    /** The blank lines listed in text and HTML; every one in JSON and CSV. */
    static final int SHOWN_LINES = 20;

    private static final List<Column<BlankRespondent>> BLANK = List.of(
        Column.<BlankRespondent>integer("line", BlankRespondent::line),
        Column.<BlankRespondent>text("respondent", BlankRespondent::respondentId));

    /** The blank respondents: a survey read's; other readers have none. */
    List<BlankRespondent> blanks() {
      return read instanceof SurveyReadResult s ? s.blankRespondents() : List.of();
    }

    @Override
    public Tables tables() {
      List<BlankRespondent> blanks = blanks();
      int[] lines = blanks.stream().mapToInt(b -> (int) Math.min(Integer.MAX_VALUE, b.line())).toArray();
      return Tables.builder(Charts::words)
          .line(c -> c.fill("text.readSummary", file, Long.toString(read.rows()), Long.toString(read.goodRows()),
              Long.toString(read.badRows()), Long.toString(read.blankRows())))
          .line(c -> lines.length == 0 ? null : c.fill("text.blankLines", shown(lines)))
          .field("file", file)
          .field("rows", read.rows())
          .field("goodRows", read.goodRows())
          .field("badRows", read.badRows())
          .field("blankRows", read.blankRows())
          .field("blankLines", lines)
          .table(Table.of("blankRespondents", BLANK, blanks).only(Column.Target.JSON))
          .build();
    }

    private static String shown(int[] lines) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < Math.min(SHOWN_LINES, lines.length); i++) {
        sb.append(i == 0 ? "" : ", ").append(lines[i]);
      }
      return lines.length > SHOWN_LINES ? sb + ", ... (" + lines.length + ")" : sb.toString();
    }
  }


  /**
   * Reads a supervision checklist: CSV or an {@code .xlsx} workbook's first sheet with mot-scoring's
   * {@link ChecklistReader}, otherwise JSON with mot-core's Jackson binding. A file that is not one
   * is a {@link DataFileException} naming it.
   */
  static SupervisionChecklist checklist(Path file, ReadLimits limits) throws IOException {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      return ChecklistReader.withDefaults().withLimits(limits).read(file);
    }
    try {
      return new ObjectMapper().readValue(file.toFile(), SupervisionChecklist.class);
    } catch (JacksonException e) {
      throw new DataFileException(file.toString(), List.of(new RowError(
          e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "", "", "not a checklist: " + jsonProblem(e))));
    }
  }

  /**
   * What is wrong with a JSON definition file, in words without Java's names: the library's own
   * check when a value was refused ("journey 'x' must have at least one stage but has none"),
   * otherwise the JSON reader's message with type names cut to their simple names and its
   * internals ("(index 1)", "(class ...)") left out.
   */
  static String jsonProblem(JacksonException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException && t.getMessage() != null) {
        return String.valueOf(t.getMessage());
      }
    }
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        && (message.contains("Creator") || message.contains("constructor"))) {
      // a value of the wrong kind: Jackson's message speaks of Java constructors
      StringBuilder path = new StringBuilder();
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
        String field = r.getFieldName();
        path.append(field != null ? (path.length() == 0 ? "" : ".") + field : "[" + r.getIndex() + "]");
      }
      Class<?> type = m.getTargetType();
      return "the value at " + (path.length() == 0 ? "the top" : path) + " cannot be read as "
          + (type == null ? "the format describes" : "a " + type.getSimpleName());
    }
    return message
        .replaceAll("`(?:[\\w$]+\\.)+([\\w$]+)`", "'$1'")
        .replaceAll(" \\((?:class|index) [^)]*\\)", "")
        .replace("creator property", "property");
  }

  // ---------------------------------------------------------------- journeys

  /** Everything the journey analysis gave. */
  record Journey(
      CustomerJourney map,
      JourneyModel model,
      GroupedSummary<String, ScorecardSummary> byTouchpoint,
      GroupedSummary<String, ScorecardSummary> byStage,
      GroupedSummary<String, ScorecardSummary> byStaff,
      JourneyScores journeys,
      Optional<FirstImpressionSummary> firstImpression) implements CommandResult {

    ScorecardSummary total() {
      return byTouchpoint.total();
    }

    /** The journey scores of every customer under the chosen model, lowest first. */
    JourneyRanking scores() {
      return new JourneyRanking(model, journeys.sortedBy(model), this::touchpointName);
    }

    /** The name of a touchpoint of the map, its id if the map has none of that id. */
    String touchpointName(String id) {
      return map.touchpoint(id).map(Touchpoint::name).orElse(id);
    }

    /** The scorecards, the journey scores and the first impressions as text in a language. */
    String text(Locale locale) {
      return Format.TEXT.render(this, locale);
    }

    /**
     * The scorecards by touchpoint and stage (by their names in the map), by staff member and in
     * all, the journey scores and the first impressions: one part each, with the journey's name
     * and the model on every CSV row.
     */
    @Override
    public Tables tables() {
      return Tables.builder(Charts::words)
          .field("journey", map.name())
          .field("model", modelName(model))
          .line(c -> c.fill("text.journeyHeading", map.name()))
          // groups by the journey's touchpoint and stage names (localised for a template), not ids
          .child("byTouchpoint", byTouchpoint.withKeyLabels(this::touchpointName)).blank()
          .child("byStage", byStage.withKeyLabels(id -> map.stage(id).map(JourneyStage::name).orElse(id))).blank()
          .child("byStaff", byStaff).blank()
          .child("total", total()).blank()
          .child("journeyScores", scores()).blank()
          .child("firstImpression", firstImpression.orElse(null))
          .line(c -> firstImpression.isPresent() ? "" : null)
          .build();
    }
  }

  /**
   * The journey score of every customer under one model: in text a headline, the mean and the
   * share of negative journeys, and the ten lowest; in CSV and JSON every customer, lowest first,
   * customers without a score last. The rows are indexes of {@code journeys}, which is sorted by
   * the model's score ({@link JourneyScores#sortedBy}): no object per customer.
   */
  record JourneyRanking(JourneyModel model, JourneyScores journeys, Function<String, String> touchpointName)
      implements Tabular {

    /** The number of customers with a score: they come first. */
    int scored() {
      int n = journeys.size();
      while (n > 0 && Double.isNaN(journeys.score(n - 1, model))) {
        n--;
      }
      return n;
    }

    @Override
    public Tables tables() {
      int scored = scored();
      double sum = 0;
      long negative = 0;
      for (int i = 0; i < scored; i++) {
        double x = journeys.score(i, model);
        sum += x;
        negative += x < 0 ? 1 : 0;
      }
      double mean = scored == 0 ? Double.NaN : sum / scored;
      long negatives = negative;
      List<Column<Integer>> columns = List.of(
          Column.<Integer>text("customer", journeys::customerId).header("text.customer"),
          Column.<Integer>decimal("score", i -> journeys.score(i, model)).header("text.score")
              .text((i, c) -> c.signed(journeys.score(i, model), 2)),
          Column.<Integer>decimal("coverage", journeys::coverage).header("text.coverage").right()
              .text((i, c) -> c.localize(String.format(Locale.ROOT, "%.0f%%", 100 * journeys.coverage(i)))),
          Column.<Integer>text("firstNegative", i -> journeys.firstNegativeTouchpoint(i).orElse(null))
              .header("text.firstNegative")
              .text((i, c) -> journeys.firstNegativeTouchpoint(i).map(touchpointName).orElse("-")));
      return Tables.builder(Charts::words)
          .field("model", modelName(model))
          .field("customerCount", journeys.size())
          .field("scored", scored)
          .field("mean", mean)
          .field("negative", negatives)
          .line(c -> {
            Labels words = Charts.words(c.locale());
            String name = words.isTranslation() ? model.label(c.locale()) : modelName(model);
            return words.fill("text.journeyScores", name, Integer.toString(journeys.size()),
                Integer.toString(scored));
          })
          .line(c -> scored == 0 ? null : c.fill("text.journeyMean",
              c.signed(mean, 2), Long.toString(negatives),
              c.localize(String.format(Locale.ROOT, "%.1f%%", 100.0 * negatives / scored))))
          .table(Table.of("lowest", columns, io.github.mot.core.internal.Rows.indexes(Math.min(10, scored)))
              .only(Column.Target.TEXT, Column.Target.HTML))
          .line(c -> scored > 10 ? Charts.words(c.locale()).get("text.lowestShown") : null)
          .table(Table.of("customers", columns, io.github.mot.core.internal.Rows.indexes(journeys.size())).only(Column.Target.CSV, Column.Target.JSON))
          .build();
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
    return journey(map, EncounterLog.of(encounters), model, scale, 1);
  }

  /**
   * The journey analysis of a columnar log: no object per encounter is kept; the customers'
   * journeys are scored on up to {@code threads} threads.
   */
  static Journey journey(CustomerJourney map, EncounterLog log, JourneyModel model, RatingScale scale, int threads) {
    EncounterScorecard cards = EncounterScorecard.of(map);
    GroupedSummary<String, ScorecardSummary> byTouchpoint = cards.summarize(EncounterScorecard.GroupBy.TOUCHPOINT, log);
    GroupedSummary<String, ScorecardSummary> byStage = cards.summarize(EncounterScorecard.GroupBy.STAGE, log);
    GroupedSummary<String, ScorecardSummary> byStaff = cards.summarize(EncounterScorecard.GroupBy.STAFF, log);
    JourneyScores journeys = JourneyScorer.of(map).withParallelism(threads).score(log);
    FirstImpressionSummary fi = FirstImpressionScorer.STANDARD.summarize(log, scale);
    return new Journey(map, model, byTouchpoint, byStage, byStaff, journeys,
        fi.isEmpty() ? Optional.empty() : Optional.of(fi));
  }

  /**
   * The paths of an encounter log ({@code mot paths}): the directly-follows graph of its episodes
   * with the quality of each step (its steps filtered by their share of the transitions), their
   * conformance to the journey map with the most frequent deviations and what each costs in journey
   * score, the funnel, what precedes damaging moments and the recovery after them.
   */
  record Paths(io.github.mot.scoring.DirectlyFollowsGraph graph, io.github.mot.scoring.ConformanceReport conformance,
      io.github.mot.scoring.DeviationCost cost, io.github.mot.scoring.FunnelReport funnel,
      io.github.mot.scoring.PrecursorReport precursors, io.github.mot.scoring.RecoveryReport recovery)
      implements CommandResult {
    @Override
    public Tables tables() {
      return Tables.builder(Charts::words)
          .child("directlyFollows", graph)
          .child("conformance", conformance)
          .child("deviationCost", cost)
          .child("funnel", funnel)
          .child("precursors", precursors)
          .child("recovery", recovery)
          .build();
    }
  }

  /** The settings of {@code mot paths}'s analyses. */
  record PathSettings(double minShare, int top, JourneyModel model, io.github.mot.scoring.Funnel funnel,
      io.github.mot.scoring.Precursors precursors, io.github.mot.scoring.Recovery recovery, int threads) {

    /** The defaults of the command line: every step, 20 deviations, damage at -2, recovery at +1. */
    static PathSettings defaults(CustomerJourney map, JourneyModel model) {
      return new PathSettings(0, 20, model, io.github.mot.scoring.Funnel.ofStages(map),
          io.github.mot.scoring.Precursors.withDefaults(), io.github.mot.scoring.Recovery.withDefaults().withModel(model),
          1);
    }
  }

  /** Every analysis of {@code mot paths} on episodes observed with a journey map. */
  static Paths paths(io.github.mot.scoring.Episodes episodes, PathSettings settings) {
    io.github.mot.scoring.DirectlyFollowsGraph graph = episodes.directlyFollows();
    CustomerJourney map = episodes.analysis().journey().orElseThrow();
    io.github.mot.scoring.ConformanceReport conformance = io.github.mot.scoring.Conformance.of(map)
        .withParallelism(settings.threads()).check(episodes).withTop(settings.top());
    return new Paths(settings.minShare() > 0 ? graph.withMinShare(settings.minShare()) : graph, conformance,
        conformance.cost(settings.model()), settings.funnel().analyze(episodes), settings.precursors().analyze(episodes),
        settings.recovery().analyze(episodes));
  }

  static List<Path> writePaths(Paths p, Charts charts, Path dir, HtmlReport html) throws IOException {
    List<Path> written = new ArrayList<>();
    Locale locale = charts.locale();
    written.add(writeExport(dir, "paths-graph.csv", Format.CSV, p.graph(), Optional.empty()));
    written.add(writeExport(dir, "paths-conformance.csv", Format.CSV, p.conformance(), Optional.empty()));
    written.add(writeExport(dir, "paths-deviation-cost.csv", Format.CSV, p.cost(), Optional.empty()));
    written.add(writeExport(dir, "paths-funnel.csv", Format.CSV, p.funnel(), Optional.empty()));
    written.add(writeExport(dir, "paths-precursors.csv", Format.CSV, p.precursors(), Optional.empty()));
    written.add(writeExport(dir, "paths-recovery.csv", Format.CSV, p.recovery(), Optional.empty()));
    written.add(writeExport(dir, "paths-report.json", Format.JSON, p, Optional.empty()));
    written.add(writeText(dir, "paths-report.txt", Format.TEXT.render(p, locale)));
    Optional<CustomerJourney> map = Optional.of(p.conformance().journey());
    java.util.function.Function<String, String> names =
        id -> map.flatMap(m -> m.touchpoint(id)).map(Touchpoint::name).orElse(id);
    List<String> order = map.map(m -> m.touchpoints().stream().map(Touchpoint::id).toList()).orElse(List.of());
    chart(charts.pathsGraph(p.graph(), names, order), "paths-graph", charts.text("caption.paths"), dir, html, written);
    List<io.github.mot.scoring.FunnelReport.Step> steps = p.funnel().overall().steps();
    java.util.function.Function<String, String> stepName = id -> map.flatMap(m -> m.stage(id).map(st -> st.name())
        .or(() -> m.touchpoint(id).map(Touchpoint::name))).orElse(id);
    chart(charts.funnel(steps.stream().map(st -> stepName.apply(st.name())).toList(),
        steps.stream().mapToLong(io.github.mot.scoring.FunnelReport.Step::reached).toArray(),
        p.funnel().overall().episodeCount()), "paths-funnel", charts.text("caption.funnel"), dir, html, written);
    html.result(p, locale);
    return written;
  }

  static List<Path> writeJourney(Journey j, Charts charts, Path dir, HtmlReport html) throws IOException {
    List<Path> written = new ArrayList<>();
    Locale locale = charts.locale();
    String text = j.text(locale);
    written.add(writeText(dir, "journey-report.txt", text));
    html.heading(charts.text("html.journey") + ": " + j.map().name());
    chart(charts.journeyCurve(j.map(), j.byTouchpoint()), "journey-curve", charts.text("caption.journey"), dir, html,
        written);
    html.result(j, locale);
    return written;
  }

  // ---------------------------------------------------------------- audits

  static AuditOverview audits(List<Audit> audits) {
    return audits.stream().collect(AuditOverviewAccumulator.toOverview());
  }

  /**
   * The audit report of a checklist: a headline with the checklist, then the report, its
   * touchpoints by their names in {@code journey} when there is one (ids it lacks as given).
   */
  record Audits(SupervisionChecklist checklist, AuditOverview report, Optional<CustomerJourney> journey)
      implements CommandResult {

    /** The report, its touchpoints named by the journey when there is one. */
    AuditOverview labelled() {
      return journey.isPresent()
          ? report.withTouchpointLabels(id -> journey.get().touchpoint(id).map(Touchpoint::name).orElse(id))
          : report;
    }

    @Override
    public Tables tables() {
      return Tables.builder(Charts::words)
          .field("checklist", checklist.name())
          .field("checklistItems", checklist.items().size())
          .line(c -> c.fill("text.auditHeading", checklist.name(),
              Integer.toString(checklist.items().size())))
          .child("report", labelled())
          .blank()
          .build();
    }
  }

  static List<Path> writeAudits(Audits audits, Charts charts, Path dir, HtmlReport html) throws IOException {
    List<Path> written = new ArrayList<>();
    Locale locale = charts.locale();
    written.add(writeText(dir, "audit-report.txt", Format.TEXT.render(audits, locale)));
    html.heading(charts.text("html.audits") + ": " + audits.checklist().name());
    chart(charts.auditCompliance(audits.report()), "audit-compliance", charts.text("caption.audit"), dir, html,
        written);
    html.result(audits, locale);
    return written;
  }

  // ---------------------------------------------------------------- volume

  /**
   * Carlzon's arithmetic and, given a share of negative contacts, their projected number: the
   * volume's table, then one line; in CSV and JSON the share and the projection beside the volume.
   */
  record Volume(ContactVolume volume, OptionalDouble negativeShare) implements Tabular {

    @Override
    public Tables tables() {
      Tables.Builder b = Tables.builder(Charts::words).child("volume", volume);
      if (negativeShare.isPresent()) {
        double x = negativeShare.getAsDouble();
        b.field("negativeShare", x)
            .field("negativeContacts", volume.contacts() * x)
            .line(c -> c.fill("text.volumeNegative",
                c.localize(String.format(Locale.ROOT, "%.2f%%", 100 * x)),
                c.localize(String.format(Locale.ROOT, "%,.0f", volume.contacts() * x))));
      }
      return b.build();
    }
  }
}
