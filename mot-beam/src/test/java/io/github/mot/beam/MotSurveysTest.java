package io.github.mot.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.table.Format;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.gap.GapAnalysis;
import io.github.mot.servqual.gap.GapTally;
import io.github.mot.servqual.gap.SurveyGaps;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SERVQUAL gap analysis in Beam ({@link MotIO#readSurveys}, {@link MotCombineFns#gaps}, {@link
 * MotCoders#gapTally}): survey files read and tallied on the workers, merged, give the tally of all
 * their respondents on one machine byte for byte, and its report the single-machine gap analysis.
 */
class MotSurveysTest {

  private static final Instrument STANDARD = Instrument.standard();

  /** Respondents of the standard instrument as CSV rows, answers 1..7, about 1 in 30 missing. */
  private static List<String> rows(SplittableRandom r, int first, int n) {
    List<String> rows = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      StringBuilder row = new StringBuilder().append(first + x);
      for (int i = 0; i < 2 * STANDARD.size(); i++) {
        row.append(',').append(r.nextInt(30) == 0 ? "" : String.valueOf(r.nextInt(1, 8)));
      }
      rows.add(row.toString());
    }
    return rows;
  }

  private static String header() {
    StringBuilder h = new StringBuilder("respondent");
    for (int i = 1; i <= STANDARD.size(); i++) {
      h.append(",E").append(i).append(",P").append(i);
    }
    return h.toString();
  }

  private static String text(GapTally t) {
    return HexFormat.of().formatHex(t.toBytes()) + " " + Format.JSON.render(t.report());
  }

  /**
   * Three shards of 40, 25 and 0 respondents, the second with a bad row: the pipeline's tally is
   * the tally of every good respondent read at once, and the bad row goes to the failures.
   */
  @Test
  void surveyShardsGiveTheSingleMachineGapAnalysis(@TempDir Path dir) throws Throwable {
    SplittableRandom r = new SplittableRandom(16);
    SurveyGaps gaps = SurveyGaps.of(GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE)
        .withConfidenceLevel(0.9), STANDARD);
    List<String> all = new ArrayList<>(List.of(header()));
    List<List<String>> shards = List.of(rows(r, 1, 40), rows(r, 41, 25), List.of());
    for (int s = 0; s < shards.size(); s++) {
      List<String> lines = new ArrayList<>(List.of(header()));
      lines.addAll(shards.get(s));
      if (s == 1) {
        lines.add(3, "bad,x" + ",5".repeat(2 * STANDARD.size() - 1));
      }
      Files.write(dir.resolve("survey-" + s + ".csv"), lines, StandardCharsets.UTF_8);
      all.addAll(shards.get(s));
    }
    SurveyReadResult whole = SurveyReader.of(STANDARD).read(new StringReader(String.join("\n", all) + "\n"));
    assertThat(whole.errors()).isEmpty();
    String want = text(gaps.tally(whole.data()));
    String wantReport = Format.JSON.render(gaps.analysis().analyze(whole.data()));
    TestPipelines.run(getClass(), "surveys", p -> {
      var read = p.apply(MotIO.readSurveys(dir.resolve("survey-*.csv").toString(), gaps));
      PAssert.that(read.output().apply("Text", MapElements.into(TypeDescriptors.strings()).via(MotSurveysTest::text)))
          .containsInAnyOrder(want);
      PAssert.that(read.output().apply("JSON", MotTransforms.render(Format.JSON, GapTally::report)))
          .containsInAnyOrder(wantReport);
      PAssert.that(read.failures().apply("Records", MapElements.into(TypeDescriptors.strings()).via(Rejection::toString)))
          .containsInAnyOrder("survey-1.csv:4: E1 'x': not an integer");
    });
  }

  @Test
  void shardTalliesCombineInEveryShardingAndOrderAndTheCoderHoldsTheSettings() throws IOException {
    SplittableRandom r = new SplittableRandom(7);
    SurveyGaps gaps = SurveyGaps.of(GapAnalysis.withDefaults(), STANDARD);
    List<GapTally> tallies = new ArrayList<>();
    List<String> all = new ArrayList<>(List.of(header()));
    for (int s = 0; s < 5; s++) {
      List<String> shard = rows(r, 100 * s, r.nextInt(0, 12));
      all.addAll(shard);
      List<String> lines = new ArrayList<>(List.of(header()));
      lines.addAll(shard);
      tallies.add(gaps.tally(SurveyReader.of(STANDARD).read(new StringReader(String.join("\n", lines) + "\n")).data()));
    }
    String want = text(gaps.tally(SurveyReader.of(STANDARD).read(new StringReader(String.join("\n", all) + "\n"))
        .data()));
    CombineFnTester.testCombineFn(SerializableUtils.clone(MotCombineFns.gaps(gaps)), tallies,
        new CustomTypeSafeMatcher<GapTally>("the tally " + want) {
          @Override
          protected boolean matchesSafely(GapTally actual) {
            return want.equals(text(actual));
          }
        });
    ByteFormCoder<GapTally> coder = SerializableUtils.clone(MotCoders.gapTally(gaps));
    SurveyGaps pairwise = SurveyGaps.of(GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE), STANDARD);
    assertThat(coder).isEqualTo(MotCoders.gapTally(gaps)).isNotEqualTo(MotCoders.gapTally(pairwise));
    assertThat(coder.toBytes(coder.fromBytes(tallies.get(0).toBytes()))).isEqualTo(tallies.get(0).toBytes());
    assertThatThrownBy(() -> coder.fromBytes(pairwise.tally().toBytes()))
        .hasMessageContaining("they tally with missing-data policy PAIRWISE, not LISTWISE");
  }
}
