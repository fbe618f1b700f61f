/** Runnable examples: each class has a {@code main} method and prints what it shows. */
@NullMarked
package io.github.mot.examples;

import org.jspecify.annotations.NullMarked;
