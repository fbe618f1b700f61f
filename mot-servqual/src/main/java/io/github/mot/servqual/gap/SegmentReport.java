package io.github.mot.servqual.gap;

import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.servqual.internal.Text;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A gap analysis per value of one attribute ({@link GapAnalysis#analyzeSegments(SurveyData,
 * String)}).
 *
 * @since 0.1.0
 */
public final class SegmentReport extends ResultValue implements Tabular {

  private final String attribute;
  private final Map<String, GapReport> segments;

  /**
   * Checks and copies the parts, keeping the order.
   *
   * @throws NullPointerException if a part is null
   */
  SegmentReport(String attribute, Map<String, GapReport> segments) {
    Objects.requireNonNull(attribute, "attribute");
    segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    this.attribute = attribute;
    this.segments = segments;
  }

  /** {@return the attribute name, such as "segment"} */
  public String attribute() {
    return attribute;
  }

  /** {@return value to report, in the order the values were first seen} */
  public Map<String, GapReport> segments() {
    return segments;
  }

  private static final String VALUE = "value";

  /** The summary columns of one segment (a value and its report), before the dimension gaps. */
  private static final List<Column<Map.Entry<String, GapReport>>> SUMMARY = List.of(
      Column.<Map.Entry<String, GapReport>>text(VALUE, Map.Entry::getKey),
      Column.<Map.Entry<String, GapReport>>integer("respondents", e -> e.getValue().respondents()),
      Column.<Map.Entry<String, GapReport>>integer("n", e -> e.getValue().n()),
      Column.<Map.Entry<String, GapReport>>decimal("unweighted", e -> e.getValue().unweighted().mean()),
      Column.<Map.Entry<String, GapReport>>decimal("weighted",
          e -> e.getValue().weighted().map(MeanEstimate::mean).orElse(Double.NaN)),
      Column.<Map.Entry<String, GapReport>>decimal("servperf", e -> e.getValue().servperf().mean())
          .header("SERVPERF"));

  /**
   * The analysis for every {@link Format}: in text and HTML one row per segment (respondents, n,
   * the overall scores and every dimension gap); in JSON {@code attribute} and {@code segments}
   * (value to gap report); in CSV the gap report rows of every segment, after a first column named
   * by the attribute that holds the segment's value.
   *
   * @return the description of this report
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    Tables.Builder b = Text.tables().field("attribute", attribute);
    if (segments.isEmpty()) {
      b.line(c -> "Segments by " + attribute + ": none");
    } else {
      List<Column<Map.Entry<String, GapReport>>> columns = new ArrayList<>(SUMMARY);
      List<GapReport.DimensionGap> dims = segments.values().iterator().next().dimensions();
      for (int d = 0; d < dims.size(); d++) {
        int index = d;
        String name = dims.get(d).dimension().name();
        columns.add(Column.<Map.Entry<String, GapReport>>decimal("gap " + name,
            e -> e.getValue().dimensions().get(index).meanGap()).header(name));
      }
      b.line(c -> "Segments by " + attribute + " (gap means)")
          .table(Table.of("summary", columns, List.copyOf(segments.entrySet())).header(VALUE, c -> attribute)
              .only(Target.TEXT, Target.HTML));
    }
    return b.group(attribute, "segments", segments, null).only(Target.JSON, Target.CSV).build();
  }

  /**
   * One row per segment: respondents, n, the overall scores and every dimension gap ({@code
   * Format.TEXT.render(this)}).
   *
   * @return an aligned table
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  @Override
  protected Object[] components() {
    return new Object[] {"attribute", attribute, "segments", segments};
  }
}
