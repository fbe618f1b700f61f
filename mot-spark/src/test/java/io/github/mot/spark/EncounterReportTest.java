package io.github.mot.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.table.Format;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.ObservedJourneys;
import io.github.mot.scoring.ScorecardAccumulator;
import io.github.mot.scoring.log.EncounterLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * The runnable example on four generated shards: the JSON it writes, read back, holds per
 * touchpoint and per staff member the library's scorecard and first impressions of the same
 * encounters, bit for bit, with the bad cells counted; the journey report's JSON and its funnel's
 * are those of the same encounters on one machine.
 */
class EncounterReportTest {

  /** The tallies of one group, as the library makes them on one machine. */
  private static final class Expected {
    final ScorecardAccumulator card = ScorecardAccumulator.create();
    final FirstImpressionAccumulator first = FirstImpressionAccumulator.create(RatingScale.SEVEN_POINT);
    long levelsNull;
    long levelsInvalid;
    long ratingsNull;
    long ratingsInvalid;
  }

  @Test
  @DisabledForJreRange(min = JRE.JAVA_24, disabledReason = "Spark 4.1.1 reads files through Hadoop 3.4, whose "
      + "UserGroupInformation calls Subject.getSubject, unsupported since JDK 24 (HADOOP-19212): runs on JDK 17 and 21")
  void theReportHoldsTheLibrarysFiguresPerTouchpointAndStaffMember() throws Exception {
    SparkSession spark = LocalSpark.session();
    Path dir = Path.of("target", "encounter-report-test");
    List<EncounterShards.Encounter> encounters = EncounterShards.write(dir.resolve("in"), 4, 3000, 42L);

    EncounterReport.run(spark, dir.resolve("in").toString(), dir.resolve("out").toString());

    check(spark, dir.resolve("out/touchpoints"), "touchpoint", expected(encounters, EncounterShards.Encounter::touchpoint));
    check(spark, dir.resolve("out/staff"), "staff", expected(encounters, EncounterShards.Encounter::staff));

    // the funnel: the encounters of the files (rows with a level out of range set aside), on one machine
    List<Encounter> read = new ArrayList<>();
    try (var files = Files.list(dir.resolve("in"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
          String[] c = line.split(",", -1);
          if (!c[7].isEmpty() && Math.abs(Double.parseDouble(c[7])) > 3) {
            continue;
          }
          Encounter.Builder b = Encounter.builder().customerId(c[0]).touchpointId(c[1]).occurredAt(Instant.parse(c[2]))
              .staffId(c[3]);
          if (!c[7].isEmpty()) {
            b.level(ScorecardLevel.of((int) Double.parseDouble(c[7])));
          }
          read.add(b.build());
        }
      }
    }
    CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
    String funnel = Format.JSON.render(
        Funnel.ofStages(map).analyze(ObservedJourneys.withDefaults().withJourney(map).observe(EncounterLog.of(read))));
    assertOnePart(dir.resolve("out/funnel"), funnel);
    // every journey analysis: the tallies of the same encounters on one machine
    String journeys = Format.JSON.render(
        EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(map)).tally(read).report());
    assertOnePart(dir.resolve("out/journeys"), journeys);
    assertThat(read.size()).isLessThan(encounters.size()).isGreaterThan(encounters.size() * 9 / 10);
  }

  /** The directory holds one part file, whose text is {@code json} and a line end. */
  private static void assertOnePart(Path dir, String json) throws Exception {
    List<Path> parts;
    try (var files = Files.list(dir)) {
      parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
    }
    assertThat(parts).singleElement().satisfies(part -> assertThat(Files.readString(part)).isEqualTo(json + "\n"));
  }

  private static Map<String, Expected> expected(List<EncounterShards.Encounter> encounters,
      Function<EncounterShards.Encounter, String> key) {
    Map<String, Expected> groups = new TreeMap<>();
    for (EncounterShards.Encounter e : encounters) {
      Expected x = groups.computeIfAbsent(key.apply(e), k -> new Expected());
      Double level = e.level();
      if (level == null) {
        x.levelsNull++;
      } else if (level > 3) {
        x.levelsInvalid++;
      } else {
        x.card.add(level.intValue());
      }
      Double a = e.appearance();
      Double b = e.behaviour();
      Double c = e.communication();
      if (a == null || b == null || c == null) {
        x.ratingsNull++;
      } else if (c > 7) {
        x.ratingsInvalid++;
      } else {
        x.first.add(a, b, c);
      }
    }
    return groups;
  }

  private static void check(SparkSession spark, Path json, String key, Map<String, Expected> expected) {
    StructType schema = new StructType()
        .add(key, "string")
        .add("scorecard", MotFunctions.scorecardType())
        .add("firstImpression", MotFunctions.firstImpressionType());
    List<Row> rows = spark.read().schema(schema).json(json.toString()).collectAsList();
    assertThat(rows).extracting(r -> r.getString(0)).containsExactlyElementsOf(expected.keySet());
    for (Row row : rows) {
      Expected e = Objects.requireNonNull(expected.get(row.getString(0)));
      MotFunctionsTest.assertScorecard(row.getStruct(1), e.card.summary(), e.levelsNull, e.levelsInvalid, row.getString(0));
      MotFunctionsTest.assertFirstImpression(row.getStruct(2), e.first.summary(), e.ratingsNull, e.ratingsInvalid,
          row.getString(0));
    }
    assertThat(expected.values().stream().mapToLong(e -> e.levelsInvalid).sum()).isPositive();
  }
}
