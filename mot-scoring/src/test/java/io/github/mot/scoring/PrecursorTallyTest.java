package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.internal.ByteForm;
import io.github.mot.core.io.MalformedBytesException;
import org.junit.jupiter.api.Test;

/** {@link PrecursorTally}: its byte form and what the reader refuses. */
class PrecursorTallyTest {

  private static final Precursors AT_MINUS_2 = Precursors.withDefaults().withThreshold(-2).withMinSupport(1);

  /** A tally's bytes: threshold, touchpoints {id, support, damaging}, paths {x, y, support, damaging}. */
  private static byte[] bytes(int threshold, Object... paths) {
    ByteForm.Writer out = new ByteForm.Writer(ByteForm.Kind.PRECURSOR_TALLY).signed(threshold)
        .count(1).text("greeting").count(3).count(1)
        .count(paths.length / 4);
    for (int i = 0; i < paths.length; i += 4) {
      out.text((String) paths[i]).text((String) paths[i + 1]).count((Long) paths[i + 2]).count((Long) paths[i + 3]);
    }
    return out.finish();
  }

  @Test
  void readsWhatItWritesAndReportsWithTheAnalysisMinimumSupport() {
    byte[] bytes = bytes(-2, "arrival", "greeting", 2L, 1L, "paying", "greeting", 1L, 0L);
    PrecursorTally tally = PrecursorTally.fromBytes(bytes, AT_MINUS_2);
    assertThat(tally.toBytes()).isEqualTo(bytes);
    assertThat(tally).hasToString("PrecursorTally[threshold=-2, 1 touchpoints, 2 paths]");
    PrecursorReport report = tally.report();
    assertThat(report.touchpointPopulation().successors()).isEqualTo(3);
    assertThat(report.touchpointPopulation().damaging()).isEqualTo(1);
    assertThat(report.pathPopulation().successors()).isEqualTo(3);
    assertThat(report.paths()).hasSize(2);
    PrecursorReport strict = PrecursorTally.fromBytes(bytes, AT_MINUS_2.withMinSupport(2)).report();
    assertThat(strict.paths()).hasSize(1);
    assertThat(strict.removedPathCount()).isEqualTo(1);
  }

  @Test
  void refusesAnotherThresholdAndImpossibleCounts() {
    assertThatThrownBy(() -> PrecursorTally.fromBytes(bytes(-3), AT_MINUS_2))
        .isInstanceOf(MalformedBytesException.class)
        .hasMessage("precursor tally bytes: the damaging threshold at byte 5 must be the analysis's -2 but was -3");
    assertThatThrownBy(() -> AT_MINUS_2.tally().merge(Precursors.withDefaults().withThreshold(-3).tally()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merged precursor tallies must have the same damaging threshold but had -2 and -3");
    assertThatThrownBy(() -> PrecursorTally.fromBytes(bytes(-2, "a", "b", 1L, 2L), AT_MINUS_2))
        .hasMessage("precursor tally bytes: a damaging count at byte 24 must be at most its support 1 but was 2");
    assertThatThrownBy(() -> PrecursorTally.fromBytes(bytes(-2, "a", "b", 0L, 0L), AT_MINUS_2))
        .hasMessage("precursor tally bytes: a support at byte 23 must be >= 1 (only precursors of a successor are"
            + " written) but was 0");
    assertThatThrownBy(() -> PrecursorTally.fromBytes(bytes(-2, "b", "a", 1L, 0L, "a", "b", 1L, 0L), AT_MINUS_2))
        .hasMessage("precursor tally bytes: path 2 [a, b] comes after [b, a]: paths are written in order, once each");
  }
}
