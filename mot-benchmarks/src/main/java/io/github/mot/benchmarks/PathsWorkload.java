package io.github.mot.benchmarks;

import io.github.mot.core.Encounter;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.Touchpoint;
import io.github.mot.scoring.log.EncounterLog;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Workload 3 (issue 15): an encounter log of customers walking the ten touchpoints of the retail
 * journey in visits, ten encounters per customer: a visit starts at entering (the first, and with
 * probability 0.25 any later encounter starts a new visit 1 to 20 days on), each next encounter
 * 60 to 299 seconds after the last, the walk skipping a touchpoint with probability 0.2 at each
 * step and going back two touchpoints with probability 0.1 (a loop); a level for 98 % of the
 * encounters, lower at handling objections and paying. Every customer's instants are distinct.
 * The rows are in a random order (as a log merged from several systems arrives).
 *
 * @param size the number of encounters
 * @param customer the customer index of each encounter
 * @param touchpoint the touchpoint index of each encounter, 0..9
 * @param time the instant of each encounter, in epoch seconds
 * @param level the scorecard level of each encounter, -3..+3, or {@code NO_LEVEL} for none
 */
public record PathsWorkload(int size, int[] customer, byte[] touchpoint, long[] time, byte[] level) {

  /** Touchpoints of the journey. */
  public static final int TOUCHPOINTS = 10;

  /** Encounters per customer. */
  public static final int PER_CUSTOMER = 10;

  /** The first instant: 2026-03-02T00:00:00Z, in epoch seconds. */
  static final long START = Instant.parse("2026-03-02T00:00:00Z").getEpochSecond();

  /** Epoch seconds. */
  /** The level, {@link #NO_LEVEL} for none. */

  /** The level of an unscored encounter. */
  static final byte NO_LEVEL = Byte.MIN_VALUE;

  /**
   * Generates the log.
   *
   * @param size the number of encounters, a multiple of {@link #PER_CUSTOMER}
   * @param seed the random seed
   * @return the log
   */
  public static PathsWorkload generate(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] cu = new int[size];
    byte[] tp = new byte[size];
    long[] tm = new long[size];
    byte[] lv = new byte[size];
    int i = 0;
    for (int c = 0; i < size; c++) {
      long t = START + random.nextLong(180L * 86_400);
      int pos = 0;
      for (int k = 0; k < PER_CUSTOMER && i < size; k++, i++) {
        if (k > 0 && random.nextDouble() < 0.25) {
          t += 86_400L * (1 + random.nextInt(20));
          pos = 0;
        } else if (k > 0) {
          t += 60 + random.nextInt(240);
          if (random.nextDouble() < 0.1) {
            pos = Math.max(0, pos - 2);
          }
        }
        while (pos < TOUCHPOINTS - 1 && random.nextDouble() < 0.2) {
          pos++;
        }
        cu[i] = c;
        tp[i] = (byte) pos;
        tm[i] = t;
        double quality = 0.6 - (pos == 5 || pos == 6 ? 1.2 : 0) + 1.3 * random.nextGaussian();
        lv[i] = random.nextInt(100) < 2 ? NO_LEVEL : (byte) Math.max(-3, Math.min(3, Math.round(quality)));
        pos = Math.min(TOUCHPOINTS - 1, pos + 1);
      }
    }
    // a random order of the rows
    for (int j = size - 1; j > 0; j--) {
      int k = random.nextInt(j + 1);
      int c = cu[j];
      cu[j] = cu[k];
      cu[k] = c;
      byte b = tp[j];
      tp[j] = tp[k];
      tp[k] = b;
      long l = tm[j];
      tm[j] = tm[k];
      tm[k] = l;
      b = lv[j];
      lv[j] = lv[k];
      lv[k] = b;
    }
    return new PathsWorkload(size, cu, tp, tm, lv);
  }

  /** The retail map's touchpoint ids, in journey order. */
  static List<String> touchpointIds() {
    return JourneyTemplate.RETAIL_COUNTER.journey().touchpoints().stream().map(Touchpoint::id).toList();
  }

  /** A customer's id: {@code c} and eight digits, so that ids sort as their numbers. */
  static String customerId(int c) {
    return String.format("c%08d", c);
  }

  /**
   * The log as the library's columnar {@link EncounterLog} (one encounter object at a time, not
   * kept).
   *
   * @return the log
   */
  public EncounterLog log() {
    List<String> ids = touchpointIds();
    EncounterLog.Builder b = EncounterLog.builder();
    for (int i = 0; i < size; i++) {
      Encounter.Builder e = Encounter.builder().customerId(customerId(customer[i])).touchpointId(ids.get(touchpoint[i]))
          .occurredAt(Instant.ofEpochSecond(time[i]));
      if (level[i] != NO_LEVEL) {
        e.level(ScorecardLevel.of(level[i]));
      }
      b.add(e.build());
    }
    return b.build();
  }
}
