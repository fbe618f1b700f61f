/**
 * The engine and the shared parts of mot-servqual's analyses and readers, not part of the API:
 * the columnar kernels, the exact statistics, the shared bases of results and their columns, the
 * analyses' options, and the hooks through which the topic packages and the readers reach
 * package-private parts of the model. Exported only to
 * the library's own modules ({@code exports ... to} in {@code module-info.java}); on the class path
 * it is visible but may change in any release.
 */
@NullMarked
package io.github.mot.servqual.internal;

import org.jspecify.annotations.NullMarked;
