// One customer's journey through the retail counter, scored with the four journey models.
// Run from the project root:  mot-examples/jshell/mot-jshell mot-examples/jshell/journey.jsh
import io.github.mot.core.*;
import io.github.mot.scoring.*;
import java.time.Instant;
import java.util.List;

CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey();
Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
List<Encounter> visit = List.of(
    Encounter.builder().customerId("c-17").touchpointId("greeting").occurredAt(t0).level(ScorecardLevel.EXCEEDS_EXPECTATIONS).build(),
    Encounter.builder().customerId("c-17").touchpointId("exploring-needs").occurredAt(t0.plusSeconds(60)).level(ScorecardLevel.MEETS_EXPECTATIONS).build(),
    Encounter.builder().customerId("c-17").touchpointId("paying").occurredAt(t0.plusSeconds(600)).level(ScorecardLevel.FAILS_EXPECTATIONS).build(),
    Encounter.builder().customerId("c-17").touchpointId("farewell").occurredAt(t0.plusSeconds(700)).level(ScorecardLevel.MEETS_EXPECTATIONS).build());
JourneyScore score = JourneyScorer.of(retail).score(visit);
System.out.println(score);
System.out.println("peak-end " + score.peakEnd() + ", weakest link " + score.weakestLink());
System.out.println(EncounterScorecard.of(retail).summarize(visit));
/exit
