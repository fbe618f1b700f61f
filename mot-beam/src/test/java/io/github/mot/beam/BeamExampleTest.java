package io.github.mot.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.AbcWeights;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.scoring.EncounterScorecard;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.ObservedJourneys;
import io.github.mot.scoring.log.EncounterLog;
import io.github.mot.scoring.io.EncounterReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example end to end on the DirectRunner: three shards with a header each, one bad row and one
 * encounter off the map; its JSON files equal the single-machine results of the same rows, and
 * its rejections name the file and line.
 */
class BeamExampleTest {

  @TempDir Path dir;

  private static String row(Encounter e) {
    var r = e.ratingsOrNull();
    var l = e.levelOrNull();
    return e.customerId() + "," + e.touchpointId() + "," + e.occurredAt() + "," + e.staffId().orElse("") + ","
        + (r == null ? ",," : (long) r.appearance() + "," + (long) r.behaviour() + "," + (long) r.communication()) + ","
        + (l == null ? "" : l.value());
  }

  @Test
  void theExampleWritesTheSingleMachineResultsAsJson() throws Exception {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    SplittableRandom r = new SplittableRandom(Generated.seeds(1).findFirst().orElseThrow().value());
    String header = "customer,touchpoint,time,staff,appearance,behaviour,communication,level";
    StringBuilder all = new StringBuilder(header).append('\n');
    for (int shard = 0; shard < 3; shard++) {
      List<String> lines = new ArrayList<>(List.of(header));
      for (int i = 0; i < 40; i++) {
        Encounter e = CoreGenerators.encounter(r, journey);
        if (e.ratingsOrNull() != null) {
          e = e.withRatings(CoreGenerators.abcRatings(r, RatingScale.SEVEN_POINT));
          e = e.withRatings(io.github.mot.core.AbcRatings.of(RatingScale.SEVEN_POINT,
              Math.rint(e.ratings().orElseThrow().appearance()), Math.rint(e.ratings().orElseThrow().behaviour()),
              Math.rint(e.ratings().orElseThrow().communication())));
        }
        lines.add(row(e));
        all.append(row(e)).append('\n');
      }
      if (shard == 1) {
        lines.add("c1,counter-greeting,not-a-time,,,,,1");
      }
      Files.write(dir.resolve("encounters-0000" + shard + "-of-00003.csv"), lines, StandardCharsets.UTF_8);
    }
    ReadResult<Encounter> one = EncounterReader.withDefaults().lenient().read(new StringReader(all.toString()), "all");
    assertThat(one.errors()).isEmpty();
    EncounterScorecard scorecard = EncounterScorecard.of(journey);

    Path out = dir.resolve("out");
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    BeamExample.build(p, dir.resolve("encounters-*.csv").toString(), out.toString());
    p.run().waitUntilFinish();

    assertThat(Files.readString(out.resolve("scorecards-by-touchpoint.json")))
        .isEqualTo(Format.JSON.render(scorecard.summarize(GroupBy.TOUCHPOINT, one.values())) + "\n");
    assertThat(Files.readString(out.resolve("scorecards-by-staff.json")))
        .isEqualTo(Format.JSON.render(scorecard.summarize(GroupBy.STAFF, one.values())) + "\n");
    assertThat(Files.readString(out.resolve("first-impressions.json")))
        .isEqualTo(Format.JSON.render(one.values().stream().map(Encounter::ratingsOrNull).filter(a -> a != null)
            .map(a -> (io.github.mot.core.AbcRatings) a)
            .collect(FirstImpressionScorer.of(AbcWeights.STANDARD).toSummary(RatingScale.SEVEN_POINT))) + "\n");
    assertThat(Files.readString(out.resolve("funnel.json"))).isEqualTo(Format.JSON.render(Funnel.ofStages(journey)
        .analyze(ObservedJourneys.withDefaults().withJourney(journey).observe(EncounterLog.of(one.values())))) + "\n");
    EncounterJourneys journeys = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(journey));
    assertThat(Files.readString(out.resolve("journeys.json"))).isEqualTo(Format.JSON.render(journeys.analyze(
        journeys.observing().observe(EncounterLog.of(one.values())))) + "\n");
    assertThat(Files.readAllLines(out.resolve("rejected.txt")))
        .singleElement().asString().startsWith("encounters-00001-of-00003.csv:42: time 'not-a-time'");
  }
}
