/**
 * Scoring and aggregation APIs that CRM systems embed.
 *
 * <p>Scorers are immutable and thread-safe; accumulators are mutable, meant for one thread at a
 * time, and mergeable. Each type's Javadoc says which it is and gives the formula it implements.
 */
@NullMarked
package io.github.mot.scoring;

import org.jspecify.annotations.NullMarked;
