/**
 * The internals of the {@code mot} command line: the picocli commands (thin), the analyses they
 * run, the readers of encounter and audit files, the charts and the HTML report. Not exported; no
 * compatibility promise.
 */
@NullMarked
package io.github.mot.examples.internal;

import org.jspecify.annotations.NullMarked;
