/**
 * Reading Excel {@code .xlsx} workbooks with every reader of the library: {@link
 * io.github.mot.xlsx.XlsxSource}, a {@link io.github.mot.core.io.RowSource} of one sheet; {@link
 * io.github.mot.xlsx.XlsxProvider} chooses it by the file's extension.
 *
 * @since 0.3.0
 */
@NullMarked
package io.github.mot.xlsx;

import org.jspecify.annotations.NullMarked;
