package io.github.mot.benchmarks;

import java.util.SplittableRandom;

/**
 * Workload 2: a generated log of encounters at the ten touchpoints of the retail journey, served
 * by 200 staff members: per encounter the touchpoint index, the staff index, the scorecard level
 * (-3..+3) and the ABC ratings (appearance, behaviour, communication on 1..5). Columns hold one
 * primitive value per encounter.
 *
 * @param size the number of encounters
 * @param touchpoint the touchpoint index of each encounter, 0..9
 * @param staff the staff index of each encounter, 0..199
 * @param level the scorecard level of each encounter, -3..+3
 * @param appearance the appearance rating of each encounter, 1..5
 * @param behaviour the behaviour rating of each encounter, 1..5
 * @param communication the communication rating of each encounter, 1..5
 */
public record EncounterWorkload(int size, byte[] touchpoint, short[] staff, byte[] level, byte[] appearance,
    byte[] behaviour, byte[] communication) {

  /** Touchpoints of the journey. */
  public static final int TOUCHPOINTS = 10;

  /** Staff members. */
  public static final int STAFF = 200;

  /**
   * Generates an encounter log; touchpoints and staff differ in quality so that groups differ.
   *
   * @param size number of encounters
   * @param seed the random seed
   * @return the log
   */
  public static EncounterWorkload generate(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] tp = new byte[size];
    short[] st = new short[size];
    byte[] lv = new byte[size];
    byte[] a = new byte[size];
    byte[] b = new byte[size];
    byte[] c = new byte[size];
    for (int i = 0; i < size; i++) {
      int t = random.nextInt(TOUCHPOINTS);
      int s = random.nextInt(STAFF);
      double quality = 0.8 + 0.1 * (t - 4.5) / 4.5 + 0.6 * (s % 7 - 3) / 3.0 + random.nextGaussian() * 1.3;
      tp[i] = (byte) t;
      st[i] = (short) s;
      lv[i] = (byte) Math.max(-3, Math.min(3, Math.round(quality)));
      a[i] = (byte) Math.max(1, Math.min(5, Math.round(3.6 + quality / 2 + random.nextGaussian() * 0.6)));
      b[i] = (byte) Math.max(1, Math.min(5, Math.round(3.4 + quality / 2 + random.nextGaussian() * 0.7)));
      c[i] = (byte) Math.max(1, Math.min(5, Math.round(3.5 + quality / 2 + random.nextGaussian() * 0.7)));
    }
    return new EncounterWorkload(size, tp, st, lv, a, b, c);
  }
}
