package io.github.mot.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Property: any valid encounters (mot-core's generators: ids with quotes, accents and CJK, notes
 * with line breaks, ratings on any scale, instants with nanoseconds, durations to the millisecond)
 * written as an encounter log and read back are equal to what was written.
 */
class EncounterRoundTripTest {

  private static final List<String> HEADER = List.of(
      "customer", "touchpoint", "time", "staff", "appearance", "behaviour", "communication", "level", "seconds", "note");

  /** A number as the reader accepts it: plain decimal, no exponent, exact. */
  private static String plain(double x) {
    return BigDecimal.valueOf(x).toPlainString();
  }

  private static List<String> row(Encounter e, SplittableRandom r) {
    List<String> cells = new ArrayList<>(List.of(e.customerId(), e.touchpointId(), e.occurredAt().toString(),
        e.staffId().orElse("")));
    if (e.ratings().isPresent()) {
      cells.add(plain(e.ratings().get().appearance()));
      cells.add(plain(e.ratings().get().behaviour()));
      cells.add(plain(e.ratings().get().communication()));
    } else {
      cells.addAll(List.of("", "", ""));
    }
    // a level as a number (with or without sign) or by its name
    cells.add(e.level().map(l -> r.nextBoolean() ? l.name() : (r.nextBoolean() && l.value() > 0 ? "+" : "") + l.value())
        .orElse(""));
    cells.add(e.duration().map(d -> BigDecimal.valueOf(d.toMillis(), 3).toPlainString()).orElse(""));
    cells.add(e.note().orElse(""));
    return cells;
  }

  @SeededTest
  void validEncountersWrittenAndReadBackAreEqual(Seed seed) throws IOException {
    SplittableRandom r = seed.random();
    CustomerJourney journey = CoreGenerators.customerJourney(r);
    RatingScale scale = CoreGenerators.ratingScale(r);
    List<Encounter> written = new ArrayList<>();
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(r.nextBoolean()
        ? de.siegmar.fastcsv.writer.LineDelimiter.CRLF : de.siegmar.fastcsv.writer.LineDelimiter.LF).build(text)) {
      csv.writeRecord(HEADER);
      for (int i = 0, n = r.nextInt(0, 30); i < n; i++) {
        Encounter e = CoreGenerators.encounter(r, journey);
        if (e.ratings().isPresent()) {
          e = e.withRatings(CoreGenerators.abcRatings(r, scale));
        }
        written.add(e);
        csv.writeRecord(row(e, r));
      }
    }
    String file = (r.nextBoolean() ? "\uFEFF" : "") + text;
    ReadResult<Encounter> read = EncounterReader.withDefaults().withJourney(journey).withRatingScale(scale)
        .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "generated.csv");
    assertThat(read.values()).as(seed + "\n" + file).isEqualTo(written);
    assertThat(read.rows()).as(seed.toString()).isEqualTo(written.size());
    assertThat(read.isClean()).as(seed.toString()).isTrue();
  }
}
