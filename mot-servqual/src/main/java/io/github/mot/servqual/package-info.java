/**
 * SERVQUAL gap analysis.
 *
 * <p>Instruments and results are immutable and thread-safe; analyses are configured by copying.
 */
@NullMarked
package io.github.mot.servqual;

import org.jspecify.annotations.NullMarked;
