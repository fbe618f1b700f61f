/**
 * Seeded generators for property tests, shared by every module's tests through the
 * {@code mot-core} test jar.
 */
@NullMarked
package io.github.mot.core.testing;

import org.jspecify.annotations.NullMarked;
