package io.github.mot.beam;

import io.github.mot.core.AbcWeights;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.FunnelTally;
import io.github.mot.scoring.JourneyTallies;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.ObservedJourneys;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The runnable example of docs/mot-beam.md: reads sharded encounter CSV files of the retail
 * counter journey, computes the scorecards per touchpoint and per staff member, the first
 * impressions, the journey funnel over the map's stages and every journey analysis at once, and
 * writes each as JSON through the library's result model; every rejected row or encounter goes to {@code rejected.txt} with its file, line and reason.
 *
 * <pre>
 * mvn -B -q -pl mot-beam -am test-compile org.codehaus.mojo:exec-maven-plugin:java \
 *     -Dexec.mainClass=io.github.mot.beam.BeamExample \
 *     -Dexec.args="--input=mot-sample/encounters-*.csv --output=target/beam-out"
 * </pre>
 *
 * <p>Any other Beam option ({@code --runner=FlinkRunner}, ...) is passed to the pipeline.
 */
public final class BeamExample {

  private BeamExample() {}

  /** The example's options. */
  public interface Options extends PipelineOptions {
    /**
     * The encounter files.
     *
     * @return a file pattern
     */
    String getInput();

    /**
     * Sets the encounter files.
     *
     * @param input a file pattern
     */
    void setInput(String input);

    /**
     * The directory of the JSON files.
     *
     * @return a directory
     */
    String getOutput();

    /**
     * Sets the directory of the JSON files.
     *
     * @param output a directory
     */
    void setOutput(String output);
  }

  /**
   * Builds the pipeline.
   *
   * @param p the pipeline
   * @param input the encounter files' pattern
   * @param output the output directory
   */
  static void build(Pipeline p, String input, String output) {
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    WithFailures.Result<PCollection<Encounter>, Rejection> read = p.apply(MotIO.readEncounters(input));
    PCollection<Encounter> encounters = read.output();

    var byTouchpoint = encounters.apply(MotTransforms.scorecardsBy(GroupBy.TOUCHPOINT, journey));
    var byStaff = encounters.apply(MotTransforms.scorecardsBy(GroupBy.STAFF, journey));
    var first = encounters.apply(
        MotTransforms.firstImpressions(journey, AbcWeights.STANDARD, RatingScale.SEVEN_POINT));
    // the journey funnel over the map's stages, episodes cut after 30 minutes without an encounter
    var funnel = encounters.apply(MotTransforms.funnel(
        EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(journey), Funnel.ofStages(journey))));
    // every journey analysis at once (graph, funnel of the stages, precursors, recovery, conformance),
    // the encounters grouped by customer once
    var journeys = encounters.apply(MotTransforms.journeys(
        EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(journey))));

    write(byTouchpoint.output().apply("Touchpoints as JSON",
        MotTransforms.render(Format.JSON, GroupedScorecardAccumulator<String>::summary)), output, "scorecards-by-touchpoint.json");
    write(byStaff.output().apply("Staff as JSON",
        MotTransforms.render(Format.JSON, GroupedScorecardAccumulator<String>::summary)), output, "scorecards-by-staff.json");
    write(first.output().apply("First impressions as JSON",
        MotTransforms.render(Format.JSON, FirstImpressionAccumulator::summary)), output, "first-impressions.json");
    write(funnel.output().apply("Funnel as JSON",
        MotTransforms.render(Format.JSON, FunnelTally::report)), output, "funnel.json");
    write(journeys.output().apply("Journeys as JSON",
        MotTransforms.render(Format.JSON, JourneyTallies::report)), output, "journeys.json");

    // the rows the reader rejected and the encounters the analyses rejected, with the reasons (the
    // funnel rejects the same off-map encounters as the scorecards: written once)
    PCollectionList.of(read.failures()).and(byTouchpoint.failures()).and(first.failures())
        .apply("All rejections", Flatten.pCollections())
        .apply("As text", MapElements.into(TypeDescriptors.strings()).via(Rejection::toString))
        .apply("Write rejections", TextIO.write().to(output + "/rejected").withSuffix(".txt")
            .withoutSharding().withShardNameTemplate(""));
  }

  private static void write(PCollection<String> json, String dir, String name) {
    json.apply("Write " + name, TextIO.write().to(dir + "/" + name).withoutSharding().withShardNameTemplate(""));
  }

  /**
   * Runs the example.
   *
   * @param args {@code --input=<pattern> --output=<dir>} and any Beam options
   */
  public static void main(String[] args) {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    Pipeline p = Pipeline.create(options);
    build(p, options.getInput(), options.getOutput());
    PipelineResult.State state = p.run().waitUntilFinish();
    System.out.println("pipeline " + state + "; JSON in " + options.getOutput());
  }
}
