package io.github.mot.core.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property test run once per {@link Seeds#seeds() seed}: the method takes a {@link Seed}, draws
 * its values from {@code seed.random()} and names the seed when it fails. Replaces the pair
 * {@code @ParameterizedTest @MethodSource("io.github.mot.core.testing.Seeds#seeds")}.
 *
 * <pre>{@code
 * @SeededTest
 * void reverseIsAnInvolution(Seed seed) { SplittableRandom r = seed.random(); ... }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@MethodSource("io.github.mot.core.testing.Seeds#seeds")
public @interface SeededTest {}
