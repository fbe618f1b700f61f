package io.github.mot.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.io.RowSource;
import io.github.mot.core.table.Format;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.SurveyGaps;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link MotSurveys}: a survey Dataset in five partitions gives the tally, byte for byte, and the
 * gap analysis of the same rows read by the survey reader on one machine; a bad row is counted and
 * left out, or fails a strict job with the reader's message.
 */
class MotSurveysTest {

  private static final Instrument STANDARD = Instrument.standard();

  /** The header and 80 respondents of the standard instrument, answers 1..7, about 1 in 25 missing, row 7 bad. */
  private static List<List<String>> survey() {
    SplittableRandom r = new SplittableRandom(11);
    List<String> header = new ArrayList<>(List.of("respondent"));
    for (int i = 1; i <= STANDARD.size(); i++) {
      header.add("E" + i);
      header.add("P" + i);
    }
    List<List<String>> rows = new ArrayList<>(List.of(header));
    for (int x = 1; x <= 80; x++) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(x)));
      for (int i = 0; i < 2 * STANDARD.size(); i++) {
        row.add(x == 7 && i == 3 ? "seven" : r.nextInt(25) == 0 ? "" : String.valueOf(r.nextInt(1, 8)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static Dataset<Row> dataset(List<List<String>> rows) {
    StructType schema = new StructType();
    for (String column : rows.get(0)) {
      schema = schema.add(column, DataTypes.StringType, true);
    }
    List<Row> data = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      data.add(RowFactory.create(row.stream().map(c -> c.isEmpty() ? null : c).toArray()));
    }
    // five partitions without a shuffle
    return LocalSpark.session().createDataFrame(new org.apache.spark.api.java.JavaSparkContext(
        LocalSpark.session().sparkContext()).parallelize(data, 5), schema);
  }

  @Test
  void aSurveyDatasetGivesTheSingleMachineGapAnalysis() throws IOException {
    List<List<String>> rows = survey();
    SurveyGaps gaps = SurveyGaps.of(GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE), STANDARD);
    SurveyReadResult one = SurveyReader.of(STANDARD).lenient().read(RowSource.of("survey", rows));
    assertThat(one.badRows()).isEqualTo(1);
    MotSurveys.GapResult result = MotSurveys.gaps(dataset(rows), gaps);
    assertThat(result.tally().toBytes()).isEqualTo(gaps.tally(one.data()).toBytes());
    assertThat(Format.JSON.render(result.report())).isEqualTo(Format.JSON.render(gaps.analysis().analyze(one.data())));
    assertThat(result.rows()).isEqualTo(80);
    assertThat(result.rejectedRows()).isEqualTo(1);
    assertThat(result).hasToString("GapResult[80 rows, 1 rejected]");
    assertThat(result.tally()).isNotSameAs(result.tally());
    assertThatThrownBy(() -> MotSurveys.gapsStrict(dataset(rows), gaps))
        .hasStackTraceContaining("rejected survey row: a partition of the survey: line ")
        .hasStackTraceContaining(", column P2, value 'seven': not an integer");
    // an empty survey: the empty tally
    MotSurveys.GapResult none = MotSurveys.gaps(dataset(rows.subList(0, 1)), gaps);
    assertThat(none.tally().toBytes()).isEqualTo(gaps.tally().toBytes());
    assertThat(none.rows()).isZero();
  }
}
