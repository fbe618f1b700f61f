/**
 * Hooks between mot-scoring's packages, not API: the readers of {@code io.github.mot.scoring.io}
 * fill an encounter log of {@code io.github.mot.scoring.log} through {@link
 * io.github.mot.scoring.internal.LogAccess}, column by column, without an object per row. Not
 * exported.
 */
@NullMarked
package io.github.mot.scoring.internal;

import org.jspecify.annotations.NullMarked;
