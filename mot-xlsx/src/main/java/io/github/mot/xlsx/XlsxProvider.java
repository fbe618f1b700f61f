package io.github.mot.xlsx;

import io.github.mot.core.io.RowSource;
import io.github.mot.core.io.RowSourceProvider;
import java.nio.file.Path;
import java.util.Set;

/**
 * Lets every reader's {@code read(Path)} read {@code .xlsx} and {@code .xlsm} workbooks (their
 * first sheet, as {@link XlsxSource#of(Path)}); found by {@link java.util.ServiceLoader}, not called
 * by users. Stateless and thread-safe.
 *
 * @since 0.3.0
 */
public final class XlsxProvider implements RowSourceProvider {

  /** The provider, for {@link java.util.ServiceLoader}. */
  public XlsxProvider() {}

  /**
   * {@code xlsx} and {@code xlsm}.
   *
   * @return the extensions
   */
  @Override
  public Set<String> extensions() {
    return Set.of("xlsx", "xlsm");
  }

  /**
   * The first sheet of the workbook, with the default inflation limits.
   *
   * @param file the workbook
   * @return the source
   */
  @Override
  public RowSource open(Path file) {
    return XlsxSource.of(file);
  }
}
