package io.github.mot.examples.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditOutcome;
import io.github.mot.servqual.io.RowError;
import io.github.mot.servqual.io.SurveyFileException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads supervision checklists (JSON or CSV) and filled-in audit forms (CSV).
 *
 * <p>Audits: one filled-in form a row, UTF-8 CSV with a header: {@code audit} (the form's id),
 * {@code staff}, {@code time} (as in the encounter file), optional {@code touchpoint}, then one
 * column per checklist item, named by the item's id, holding {@code pass}, {@code fail} or {@code
 * n/a} (also {@code yes}/{@code no}, {@code 1}/{@code 0}, {@code na}; case ignored). Every item
 * needs an outcome.
 *
 * <p>Checklist CSV: header {@code id,text,step[,touchpoint][,weight][,critical]}, step one of
 * EXPLORE, OFFER, ACT, CONFIRM; the checklist takes the file's name. Checklist JSON: mot-core's
 * binding, {@code {"name":..., "items":[{"id":..,"text":..,"step":"EXPLORE",
 * "touchpointId":..,"weight":1.0,"critical":false}]}}.
 */
final class AuditFile {

  private AuditFile() {}

  static SupervisionChecklist readChecklist(Path file) throws IOException {
    String name = file.getFileName() == null ? "checklist" : file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return checklistCsv(r, name.substring(0, name.length() - 4));
      }
    }
    try {
      return new ObjectMapper().readValue(file.toFile(), SupervisionChecklist.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new SurveyFileException(
          List.of(new RowError(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), "", "",
              "not a checklist: " + e.getOriginalMessage())));
    }
  }

  static SupervisionChecklist checklistCsv(Reader in, String name) throws IOException {
    Parsed<ChecklistItem> items =
        CsvRows.read(in, List.of("id", "text", "step"), List.of("touchpoint", "weight", "critical"),
            Set.of(), true, AuditFile::item);
    try {
      return SupervisionChecklist.of(name, items.values());
    } catch (IllegalArgumentException e) {
      throw new SurveyFileException(List.of(new RowError(1, "", "", String.valueOf(e.getMessage()))));
    }
  }

  private static @Nullable ChecklistItem item(CsvRows.Row row) {
    ChecklistItem.Builder b = ChecklistItem.builder();
    String step = row.cell("step");
    try {
      b.step(BehaviourStep.valueOf(step.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      row.error("step", step, "must be one of EXPLORE, OFFER, ACT, CONFIRM");
    }
    String tp = row.cell("touchpoint");
    if (!tp.isEmpty()) {
      b.touchpointId(tp);
    }
    String weight = row.cell("weight");
    if (!weight.isEmpty()) {
      double w = EncounterFile.number(weight);
      if (!(w > 0 && w < Double.POSITIVE_INFINITY)) {
        row.error("weight", weight, "must be a number > 0");
      } else {
        b.weight(w);
      }
    }
    String critical = row.cell("critical");
    if (!critical.isEmpty()) {
      if (!critical.equalsIgnoreCase("true") && !critical.equalsIgnoreCase("false")) {
        row.error("critical", critical, "must be true or false");
      } else {
        b.critical(Boolean.parseBoolean(critical.toLowerCase(Locale.ROOT)));
      }
    }
    if (!row.ok()) {
      return null;
    }
    try {
      return b.id(row.cell("id")).text(row.cell("text")).build();
    } catch (IllegalArgumentException e) {
      row.error("", "", String.valueOf(e.getMessage()));
      return null;
    }
  }

  static Parsed<Audit> readAudits(Reader in, SupervisionChecklist checklist, boolean strict)
      throws IOException {
    return readAudits(in, checklist, strict, CsvRows.Limits.DEFAULT);
  }

  static Parsed<Audit> readAudits(Reader in, SupervisionChecklist checklist, boolean strict, CsvRows.Limits limits)
      throws IOException {
    Set<String> items = new LinkedHashSet<>();
    for (ChecklistItem it : checklist.items()) {
      items.add(it.id());
    }
    return CsvRows.read(
        in, List.of("audit", "staff", "time"), List.of("touchpoint"), items, strict,
        row -> audit(row, checklist), limits);
  }

  private static @Nullable Audit audit(CsvRows.Row row, SupervisionChecklist checklist) {
    String id = row.cell("audit");
    String staff = row.cell("staff");
    if (id.isEmpty()) {
      row.error("audit", "", "an audit id is required");
    }
    if (staff.isEmpty()) {
      row.error("staff", "", "a staff id is required");
    }
    String t = row.cell("time");
    Instant time = null;
    try {
      time = java.time.OffsetDateTime.parse(t).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      row.error("time", t, "must be an ISO-8601 time such as 2026-03-02T09:14:05Z");
    }
    List<AuditOutcome> outcomes = new ArrayList<>();
    for (ChecklistItem it : checklist.items()) {
      String cell = row.cell(it.id());
      AuditOutcome o = outcome(cell);
      if (o == null) {
        row.error(it.id(), cell, "must be pass, fail or n/a");
      }
      outcomes.add(o == null ? AuditOutcome.NOT_APPLICABLE : o);
    }
    if (!row.ok() || time == null) {
      return null;
    }
    try {
      Audit.Builder b = Audit.builder(checklist).id(id).staffId(staff).auditedAt(time);
      String tp = row.cell("touchpoint");
      if (!tp.isEmpty()) {
        b.touchpointId(tp);
      }
      for (int i = 0; i < outcomes.size(); i++) {
        b.outcome(checklist.items().get(i).id(), outcomes.get(i));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      row.error("", "", String.valueOf(e.getMessage()));
      return null;
    }
  }

  static @Nullable AuditOutcome outcome(String cell) {
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "pass":
      case "passed":
      case "yes":
      case "y":
      case "1":
        return AuditOutcome.PASSED;
      case "fail":
      case "failed":
      case "no":
      case "n":
      case "0":
        return AuditOutcome.FAILED;
      case "n/a":
      case "na":
      case "-":
        return AuditOutcome.NOT_APPLICABLE;
      default:
        return null;
    }
  }
}
