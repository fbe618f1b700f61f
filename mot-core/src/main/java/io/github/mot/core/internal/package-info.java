/**
 * Helpers shared by the modules of MOT for Java and not part of the API: exported only to the
 * library's own modules ({@code exports ... to} in {@code module-info.java}); on the class path
 * they are visible but may change in any release.
 */
@NullMarked
package io.github.mot.core.internal;

import org.jspecify.annotations.NullMarked;
