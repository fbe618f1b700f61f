/** Seeded generators of valid mot-servqual values for property tests. */
@NullMarked
package io.github.mot.servqual.testing;

import org.jspecify.annotations.NullMarked;
