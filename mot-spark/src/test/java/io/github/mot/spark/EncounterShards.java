package io.github.mot.spark;

import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.Touchpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A small generator of sharded encounter logs for the Spark example: {@code shards} CSV files in the
 * format of {@code mot journey} and {@code mot sample-data} ({@code
 * customer,touchpoint,time,staff,appearance,behaviour,communication,level,seconds}, ratings on 1..7,
 * levels written {@code +1}), the retail counter's touchpoints, six staff members, and a few bad
 * values: blank ratings and levels, a level {@code +5}, a rating {@code 9}.
 */
final class EncounterShards {

  /** One generated encounter, as written; {@code null} for a blank cell. */
  record Encounter(String touchpoint, String staff, @Nullable Double appearance, @Nullable Double behaviour,
      @Nullable Double communication, @Nullable Double level) {}

  private static final List<String> TOUCHPOINTS =
      JourneyTemplate.RETAIL_COUNTER.journey().touchpoints().stream().map(Touchpoint::id).toList();

  private EncounterShards() {}

  /**
   * Writes the shards {@code encounters-0.csv} ... into {@code dir}.
   *
   * @param dir the directory, made if missing
   * @param shards how many files
   * @param encounters how many encounters in all
   * @param seed the seed of the data
   * @return the encounters written, in file order
   * @throws IOException if a file cannot be written
   */
  static List<Encounter> write(Path dir, int shards, int encounters, long seed) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom r = new SplittableRandom(seed);
    List<Encounter> all = new ArrayList<>();
    Instant t = Instant.parse("2026-03-02T09:00:00Z");
    for (int shard = 0; shard < shards; shard++) {
      StringBuilder csv = new StringBuilder("customer,touchpoint,time,staff,appearance,behaviour,communication,level,seconds\n");
      int n = encounters / shards + (shard < encounters % shards ? 1 : 0);
      for (int i = 0; i < n; i++) {
        t = t.plusSeconds(1 + r.nextInt(600));
        String staff = String.format(Locale.ROOT, "s%02d", 1 + r.nextInt(6));
        boolean rated = r.nextInt(25) != 0;
        Double a = rated ? (double) (1 + r.nextInt(7)) : null;
        Double b = rated ? (double) (1 + r.nextInt(7)) : null;
        Double c = rated ? (r.nextInt(200) == 0 ? 9.0 : (double) (1 + r.nextInt(7))) : null;
        Double level = r.nextInt(40) == 0 ? null : r.nextInt(150) == 0 ? 5.0 : (double) (r.nextInt(7) - 3);
        Encounter e = new Encounter(TOUCHPOINTS.get(r.nextInt(TOUCHPOINTS.size())), staff, a, b, c, level);
        all.add(e);
        csv.append(String.format(Locale.ROOT, "c%05d,%s,%s,%s,%s,%s,%s,%s,%d%n", r.nextInt(2000), e.touchpoint(), t,
            staff, whole(a), whole(b), whole(c), level == null ? "" : level > 0 ? "+" + whole(level) : whole(level),
            8 + r.nextInt(40)));
      }
      Files.writeString(dir.resolve("encounters-" + shard + ".csv"), csv, StandardCharsets.UTF_8);
    }
    return all;
  }

  private static String whole(@Nullable Double x) {
    return x == null ? "" : Long.toString(x.longValue());
  }
}
