package io.github.mot.core.testing;

import io.github.mot.core.RatingScale;
import java.util.SplittableRandom;

/**
 * Generators of valid {@code mot-core} values for property tests. Every module's tests draw
 * domain values from here, so there is one definition of "a valid value".
 */
public final class CoreGenerators {

  private CoreGenerators() {}

  /**
   * A rating scale: usually one of the common ones, sometimes a custom one with bounds in
   * [-100, 100].
   *
   * @param r the case's random generator
   * @return a valid scale
   */
  public static RatingScale ratingScale(SplittableRandom r) {
    switch (r.nextInt(6)) {
      case 0:
        return RatingScale.FIVE_POINT;
      case 1:
        return RatingScale.SEVEN_POINT;
      case 2:
        return RatingScale.ZERO_TO_TEN;
      case 3:
        return RatingScale.SCORECARD;
      default:
        int min = r.nextInt(-100, 100);
        return RatingScale.of(min, r.nextInt(min + 1, 101));
    }
  }

  /**
   * A real-valued rating on the scale, including the bounds now and then.
   *
   * @param r the case's random generator
   * @param scale the scale
   * @return a value in {@code [scale.min(), scale.max()]}
   */
  public static double rating(SplittableRandom r, RatingScale scale) {
    switch (r.nextInt(5)) {
      case 0:
        return scale.min();
      case 1:
        return scale.max();
      case 2:
        return r.nextInt(scale.min(), scale.max() + 1);
      default:
        return scale.min() + r.nextDouble() * scale.range();
    }
  }
}
