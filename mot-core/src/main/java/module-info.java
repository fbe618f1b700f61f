/**
 * The Moments of Truth vocabulary: immutable, validated value types for rating scales, the ABC
 * first impression, the seven-level MOT scorecard, touchpoints, journeys, encounters and the
 * behaviour model.
 *
 * <p>The module has no required runtime dependency. JSpecify nullness annotations and Jackson
 * annotations are compile-time only ({@code requires static}): users without Jackson carry
 * nothing, users with Jackson get JSON binding that applies the same validation.
 */
module io.github.mot.core {
  requires static transitive org.jspecify;
  requires static com.fasterxml.jackson.annotation;
  requires static org.immutables.value;

  exports io.github.mot.core;
}
