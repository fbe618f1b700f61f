package io.github.mot.examples.internal;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.Labels;
import io.github.mot.core.RatingScale;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.table.Format;
import io.github.mot.examples.SampleData;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditOverview;
import io.github.mot.scoring.JourneyModel;
import io.github.mot.scoring.ContactForecast;
import io.github.mot.scoring.ContactVolume;
import io.github.mot.scoring.io.AuditReader;
import io.github.mot.scoring.io.EncounterReader;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code mot demo}: every analysis on the embedded sample data, printed, with the charts and one
 * HTML report written to a directory.
 */
final class Demo {

  private Demo() {}

  static int run(PrintWriter out, Path dir) throws IOException {
    return run(out, dir, Locale.ENGLISH, Optional.empty());
  }

  /**
   * Runs the demo: reports in {@code locale}, labels of the CSV and JSON files in {@code
   * exportLocale} (as the results hold them when empty).
   */
  static int run(PrintWriter out, Path dir, Locale locale, Optional<Locale> exportLocale) throws IOException {
    long start = System.nanoTime();
    Charts charts = Charts.of(locale);
    HtmlReport html = new HtmlReport(charts.text("html.demo.title"), locale);
    Labels words = Charts.words(locale);
    html.paragraph(words.fill("demo.sample", Long.toString(SampleData.DEFAULT_SEED)));
    List<Path> written = new ArrayList<>();

    out.println(words.fill("demo.servqual", SampleData.SURVEY));
    SurveyReadResult survey;
    try (Reader r = Cli.embedded(SampleData.SURVEY)) {
      survey = SurveyReader.of(Instrument.standard()).lenient().read(r);
    }
    Analyses.Servqual s = Analyses.servqual(survey.data(), MissingPolicy.PAIRWISE);
    out.println(words.fill("text.missingPerceptions", Analyses.readSummary(SampleData.SURVEY, survey, locale),
        Long.toString(survey.data().missing(io.github.mot.servqual.AnswerKind.PERCEPTION))));
    out.println();
    out.print(s.text(locale));
    html.paragraph(Analyses.readSummary(SampleData.SURVEY, survey, locale));
    written.addAll(Analyses.writeServqual(s, charts, dir, html, exportLocale));

    out.println(words.fill("demo.journey", SampleData.ENCOUNTERS));
    CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey(locale);
    ReadResult<Encounter> encounters;
    try (InputStream in = SampleData.openEmbedded(SampleData.ENCOUNTERS)) {
      encounters = EncounterReader.withDefaults().withJourney(retail).read(in, SampleData.ENCOUNTERS);
    }
    out.println(Analyses.readSummary(SampleData.ENCOUNTERS, encounters, locale));
    out.println();
    Analyses.Journey j = Analyses.journey(retail, encounters.values(), JourneyModel.PEAK_END, RatingScale.SEVEN_POINT);
    out.print(j.text(locale));
    written.addAll(Analyses.writeJourney(j, charts, dir, html));

    out.println(words.fill("demo.paths", SampleData.ENCOUNTERS));
    io.github.mot.scoring.Episodes episodes = io.github.mot.scoring.ObservedJourneys.withDefaults().withJourney(retail)
        .observe(io.github.mot.scoring.log.EncounterLog.of(encounters.values()));
    Analyses.Paths paths = Analyses.paths(episodes, Analyses.PathSettings.defaults(retail, JourneyModel.PEAK_END));
    out.println();
    out.print(Format.TEXT.render(paths, locale));
    written.addAll(Analyses.writePaths(paths, charts, dir, html));

    out.println(words.fill("demo.audits", SampleData.AUDITS, SampleData.CHECKLIST));
    SupervisionChecklist checklist = SampleData.checklist();
    ReadResult<Audit> audits;
    try (InputStream in = SampleData.openEmbedded(SampleData.AUDITS)) {
      audits = AuditReader.of(checklist).read(in, SampleData.AUDITS);
    }
    out.println(Analyses.readSummary(SampleData.AUDITS, audits, locale));
    out.println();
    AuditOverview report = Analyses.audits(audits.values());
    // the sample checklist is the retail store's: its touchpoints by their names in the language
    Optional<CustomerJourney> store = Optional.of(JourneyTemplate.RETAIL_COUNTER.journey(locale));
    Analyses.Audits audited = new Analyses.Audits(checklist, report, store);
    out.print(Format.TEXT.render(audited, locale));
    written.addAll(Analyses.writeAudits(audited, charts, dir, html));

    out.println(words.fill("demo.volume"));
    ContactForecast forecast = ContactVolume.CARLZON_SAS.negativeContacts(j.total());
    out.print(Format.TEXT.render(ContactVolume.CARLZON_SAS, locale) + forecast.toString(locale) + "\n");
    html.heading(charts.text("html.volume"));
    html.result(ContactVolume.CARLZON_SAS, locale).result(forecast, locale);

    Cli.finish(out, dir, html, written, locale);
    charts.glyphWarnings().forEach(w -> out.println("warning: " + w.message()));
    out.println(words.fill("demo.done",
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
    return Cli.OK;
  }
}
