/** Seeded generators of valid mot-scoring inputs for property tests. */
@NullMarked
package io.github.mot.scoring.testing;

import org.jspecify.annotations.NullMarked;
