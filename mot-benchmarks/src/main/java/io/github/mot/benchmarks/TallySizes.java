package io.github.mot.benchmarks;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.scoring.DirectlyFollowsTally;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.Episodes;
import io.github.mot.scoring.JourneyTallies;
import io.github.mot.scoring.ObservedJourneys;
import io.github.mot.scoring.io.EncounterReader;
import io.github.mot.scoring.log.EncounterLog;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The bytes of the journey analyses' serialised tallies, as an engine ships them: for each encounter
 * shard given (sharded by customer, as the sample-data generator writes them), the size of its
 * {@link JourneyTallies} (every journey analysis on the retail counter map) and of its {@link
 * DirectlyFollowsTally} alone, then of all the shards' tallies merged. A figure for BENCHMARKS.md,
 * not a timing.
 *
 * <pre>
 * mvn -B -q -pl mot-benchmarks -am package -DskipTests   # writes mot-benchmarks/target/classpath.txt
 * java -cp "$(cat mot-benchmarks/target/classpath.txt):mot-benchmarks/target/classes" \
 *     io.github.mot.benchmarks.TallySizes data/encounters-0000*.csv
 * </pre>
 */
public final class TallySizes {

  private TallySizes() {}

  /**
   * Prints one line per shard and one for the merged tallies.
   *
   * @param args the encounter files, each a shard of customers
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    EncounterJourneys journeys = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(map));
    JourneyTallies all = journeys.tally();
    long encounters = 0;
    for (String file : args) {
      EncounterLog log = EncounterReader.withDefaults().readLog(Path.of(file)).log();
      encounters += log.size();
      Episodes episodes = journeys.observing().observe(log);
      byte[] bytes = journeys.tally().add(episodes).toBytes();
      System.out.printf("%s: %,d encounters, %,d episodes; journey tallies %,d bytes, of which the graph's %,d%n",
          file, log.size(), episodes.size(), bytes.length, DirectlyFollowsTally.create().add(episodes).toBytes().length);
      all.merge(JourneyTallies.fromBytes(bytes, journeys));
    }
    System.out.printf("all: %,d encounters, %,d episodes; journey tallies %,d bytes; settings %,d bytes;"
        + " empty tallies %,d bytes%n", encounters, all.episodeCount(), all.toBytes().length,
        journeys.toBytes().length, journeys.tally().toBytes().length);
  }
}
