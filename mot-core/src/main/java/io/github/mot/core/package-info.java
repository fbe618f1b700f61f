/**
 * The Moments of Truth domain model.
 *
 * <p>Every type in this package is immutable and thread-safe; factories and builders validate
 * their arguments and throw {@link java.lang.IllegalArgumentException} with a message that names
 * the field, the value and what is allowed, or {@link java.lang.NullPointerException} for a null
 * argument. No method returns {@code null} unless its signature says {@code @Nullable}.
 */
@NullMarked
@MotStyle
package io.github.mot.core;

import org.jspecify.annotations.NullMarked;
