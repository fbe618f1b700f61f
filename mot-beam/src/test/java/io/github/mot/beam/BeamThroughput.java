package io.github.mot.beam;

import io.github.mot.core.AbcWeights;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Workload 4 of the benchmarks (issue 16, item 5) on Beam's DirectRunner: reads the encounter
 * shards a pattern matches, computes per touchpoint and per staff member the scorecard and the
 * first impression (the same figures as {@code io.github.mot.benchmarks.EngineLibrary} on one
 * machine and {@code SparkThroughput} in mot-spark), and writes them as JSON. Not a test: {@code
 * mot-benchmarks/engines.sh} times it as a whole process.
 *
 * <pre>
 * java -cp ... io.github.mot.beam.BeamThroughput PATTERN OUT THREADS [BEAM OPTIONS...]
 * </pre>
 *
 * <p>{@code THREADS} is the DirectRunner's {@code --targetParallelism}; further arguments are Beam
 * options, e.g. {@code --enforceImmutability=false --enforceEncodability=false}.
 */
public final class BeamThroughput {

  private BeamThroughput() {}

  /**
   * Runs the workload.
   *
   * @param args the file pattern, the output directory, the threads, then any Beam options
   */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: BeamThroughput PATTERN OUT THREADS [BEAM OPTIONS...]");
      System.exit(2);
    }
    String[] options = new String[args.length - 3 + 2];
    options[0] = "--runner=" + DirectRunner.class.getSimpleName();
    options[1] = "--targetParallelism=" + Integer.parseInt(args[2]);
    System.arraycopy(args, 3, options, 2, args.length - 3);
    DirectOptions o = PipelineOptionsFactory.fromArgs(options).withValidation().as(DirectOptions.class);
    Pipeline p = Pipeline.create(o);
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    String out = args[1];
    PCollection<Encounter> encounters = p.apply(MotIO.readEncounters(args[0])).output();
    for (GroupBy by : new GroupBy[] {GroupBy.TOUCHPOINT, GroupBy.STAFF}) {
      String name = by.label();
      encounters.apply("Scorecards " + name, MotTransforms.scorecardsBy(by, journey)).output()
          .apply("Scorecards " + name + " as JSON",
              MotTransforms.render(Format.JSON, GroupedScorecardAccumulator<String>::summary))
          .apply("Write scorecards " + name, TextIO.write().to(out + "/scorecards-by-" + name)
              .withSuffix(".json").withoutSharding());
      encounters.apply("First impressions " + name,
              MotTransforms.firstImpressionsBy(by, journey, AbcWeights.STANDARD, RatingScale.SEVEN_POINT))
          .output()
          .apply("First impressions " + name + " as JSON", MapElements.into(TypeDescriptors.strings())
              .via((KV<String, FirstImpressionAccumulator> kv) -> "{\"key\":\"" + kv.getKey()
                  + "\",\"firstImpression\":" + Format.JSON.render(kv.getValue().summary()).strip() + "}"))
          .apply("Write first impressions " + name, TextIO.write()
              .to(out + "/first-impressions-by-" + name).withSuffix(".json").withoutSharding());
    }
    PipelineResult.State state = p.run().waitUntilFinish();
    System.out.println("beam: " + state);
  }
}
