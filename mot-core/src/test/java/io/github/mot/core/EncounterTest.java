package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Rejections;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EncounterTest {

  private static final Instant AT = Instant.parse("2026-11-24T10:15:30Z");

  private static Encounter.Builder bare() {
    return Encounter.builder().customerId("c-17").touchpointId("greeting").occurredAt(AT);
  }

  @Test
  void bareEncounter() {
    Encounter e = bare().build();
    assertThat(e.customerId()).isEqualTo("c-17");
    assertThat(e.touchpointId()).isEqualTo("greeting");
    assertThat(e.occurredAt()).isEqualTo(AT);
    assertThat(e.staffId()).isEmpty();
    assertThat(e.ratings()).isEmpty();
    assertThat(e.level()).isEmpty();
    assertThat(e.duration()).isEmpty();
    assertThat(e.note()).isEmpty();
    assertThat(e).hasToString("Encounter c-17 at greeting 2026-11-24T10:15:30Z");
  }

  @Test
  void fullEncounter() {
    AbcRatings ratings = AbcRatings.of(RatingScale.SEVEN_POINT, 6, 7, 5);
    Encounter e =
        bare()
            .staffId("s-3")
            .ratings(ratings)
            .level(ScorecardLevel.EXCEEDS_EXPECTATIONS)
            .duration(Duration.ofSeconds(20))
            .note("asked for the manager")
            .build();
    assertThat(e.staffId()).contains("s-3");
    assertThat(e.ratings()).contains(ratings);
    assertThat(e.level()).contains(ScorecardLevel.EXCEEDS_EXPECTATIONS);
    assertThat(e.duration()).contains(Duration.ofSeconds(20));
    assertThat(e.note()).contains("asked for the manager");
    assertThat(e)
        .hasToString(
            "Encounter c-17 at greeting 2026-11-24T10:15:30Z, staff s-3, +2 exceeds expectations,"
                + " ABC ratings on 1..7: appearance 6.0, behaviour 7.0, communication 5.0,"
                + " duration PT20S, note 'asked for the manager'");
    assertThat(e.withLevel(ScorecardLevel.DAMAGES_RELATIONSHIP).toString())
        .contains(", -3 damages the relationship");
    assertThat(e.withLevel(ScorecardLevel.NEUTRAL).toString()).contains(", 0 neutral");
  }

  @Test
  void copies() {
    Encounter e = bare().build();
    assertThat(e.withStaffId("s-9").staffId()).contains("s-9");
    assertThat(e.withDuration(Duration.ZERO).duration()).contains(Duration.ZERO);
    assertThat(e.withNote("ok").note()).contains("ok");
    AbcRatings ratings = AbcRatings.of(RatingScale.FIVE_POINT, 1, 2, 3);
    assertThat(e.withRatings(ratings).ratings()).contains(ratings);
    assertThat(e.withLevel(ScorecardLevel.DELIGHTS)).isNotEqualTo(e);
    assertThat(bare().build()).isEqualTo(e).hasSameHashCodeAs(e);
  }

  @Test
  void orNullAccessorsOfABareEncounterAreNull() {
    Encounter e = bare().build();
    assertThat(e.staffIdOrNull()).isNull();
    assertThat(e.ratingsOrNull()).isNull();
    assertThat(e.levelOrNull()).isNull();
    assertThat(e.durationOrNull()).isNull();
    assertThat(e.noteOrNull()).isNull();
  }

  @Test
  void orNullAccessorsReturnTheStoredValuesAndFollowCopies() {
    AbcRatings ratings = AbcRatings.of(RatingScale.SEVEN_POINT, 6, 7, 5);
    Duration twenty = Duration.ofSeconds(20);
    Encounter e =
        bare().staffId("s-3").ratings(ratings).level(ScorecardLevel.DELIGHTS).duration(twenty).note("ok").build();
    assertThat(e.staffIdOrNull()).isEqualTo("s-3");
    assertThat(e.ratingsOrNull()).isSameAs(ratings);
    assertThat(e.levelOrNull()).isSameAs(ScorecardLevel.DELIGHTS);
    assertThat(e.durationOrNull()).isSameAs(twenty);
    assertThat(e.noteOrNull()).isEqualTo("ok");
    Encounter copy = e.withLevel(ScorecardLevel.NEUTRAL).withStaffId("s-4").withNote("fine");
    assertThat(copy.levelOrNull()).isSameAs(ScorecardLevel.NEUTRAL);
    assertThat(copy.staffIdOrNull()).isEqualTo("s-4");
    assertThat(copy.noteOrNull()).isEqualTo("fine");
    assertThat(copy.ratingsOrNull()).isSameAs(ratings);
    assertThat(copy.withDuration(Duration.ZERO).durationOrNull()).isEqualTo(Duration.ZERO);
  }

  @SeededTest
  void orNullAccessorsAgreeWithTheOptionalOnes(Seed seed) {
    SplittableRandom r = seed.random();
    for (int i = 0; i < 50; i++) {
      Encounter e = CoreGenerators.encounter(r);
      assertThat(e.staffIdOrNull()).as(seed.toString()).isEqualTo(e.staffId().orElse(null));
      assertThat(e.ratingsOrNull()).as(seed.toString()).isEqualTo(e.ratings().orElse(null));
      assertThat(e.levelOrNull()).as(seed.toString()).isEqualTo(e.level().orElse(null));
      assertThat(e.durationOrNull()).as(seed.toString()).isEqualTo(e.duration().orElse(null));
      assertThat(e.noteOrNull()).as(seed.toString()).isEqualTo(e.note().orElse(null));
      // a rebuilt copy: equal, same hash, same text
      Encounter rebuilt =
          Encounter.builder()
              .customerId(e.customerId())
              .touchpointId(e.touchpointId())
              .occurredAt(e.occurredAt())
              .staffId(e.staffId())
              .ratings(e.ratings())
              .level(e.level())
              .duration(e.duration())
              .note(e.note())
              .build();
      assertThat(rebuilt).as(seed.toString()).isEqualTo(e).hasSameHashCodeAs(e).hasToString(e.toString());
    }
  }

  @Test
  void rejectsBlankCustomerId() {
    assertThatThrownBy(
            () -> Encounter.builder().customerId("").touchpointId("t").occurredAt(AT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer id must not be blank but was ''");
  }

  @Test
  void rejectsBadTouchpointId() {
    assertThatThrownBy(
            () -> Encounter.builder().customerId("c").touchpointId("t\t").occurredAt(AT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint id of encounter must not start or end with blanks but was 't\t'");
  }

  @Test
  void rejectsBlankStaffId() {
    Rejections.assertRejects(
        "staff id must not be blank but was ' '", () -> bare().staffId(" ").build());
  }

  @Test
  void rejectsNegativeDuration() {
    Rejections.assertRejects(
        "encounter duration must not be negative but was PT-0.5S",
        () -> bare().build().withDuration(Duration.ofMillis(-500)));
  }

  @Test
  void rejectsBlankNote() {
    Rejections.assertRejects(
        "encounter note must not be blank but was '\n'", () -> bare().note("\n").build());
  }

  @Test
  void rejectsMissingInstant() {
    assertThatThrownBy(() -> Encounter.builder().customerId("c").touchpointId("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("occurredAt");
  }
}
