package io.github.mot.servqual;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A gap analysis per value of one attribute ({@link GapAnalysis#analyzeSegments(SurveyData,
 * String)}).
 *
 * @param attribute the attribute name, such as "segment"
 * @param segments value to report, in the order the values were first seen
 * @since 0.1.0
 */
public record SegmentReport(String attribute, Map<String, GapReport> segments) {

  /**
   * Checks and copies the parts, keeping the order.
   *
   * @throws NullPointerException if a part is null
   */
  public SegmentReport {
    Objects.requireNonNull(attribute, "attribute");
    segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
  }

  /**
   * One row per segment: respondents, n, the overall scores and every dimension gap.
   *
   * @return an aligned table
   */
  @Override
  public String toString() {
    if (segments.isEmpty()) {
      return "Segments by " + attribute + ": none\n";
    }
    GapReport any = segments.values().iterator().next();
    int dCount = any.dimensions().size();
    String[] header = new String[6 + dCount];
    header[0] = attribute;
    header[1] = "respondents";
    header[2] = "n";
    header[3] = "unweighted";
    header[4] = "weighted";
    header[5] = "SERVPERF";
    for (int d = 0; d < dCount; d++) {
      header[6 + d] = any.dimensions().get(d).dimension().name();
    }
    TextTable t = new TextTable(header).leftAlign(0);
    segments.forEach((value, r) -> {
      String[] row = new String[header.length];
      row[0] = value;
      row[1] = Long.toString(r.respondents());
      row[2] = Long.toString(r.n());
      row[3] = TextTable.num(r.unweighted().mean(), 3);
      row[4] = r.weighted().map(w -> TextTable.num(w.mean(), 3)).orElse("-");
      row[5] = TextTable.num(r.servperf().mean(), 3);
      for (int d = 0; d < dCount; d++) {
        row[6 + d] = TextTable.num(r.dimensions().get(d).meanGap(), 3);
      }
      t.row(row);
    });
    return "Segments by " + attribute + " (gap means)\n" + t;
  }
}
