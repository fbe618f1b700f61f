package io.github.mot.core.io;

import java.nio.file.Path;
import java.util.Set;

/**
 * The service through which a module lets every reader of the library read a file format other
 * than CSV, chosen by the file's extension: mot-xlsx provides {@code .xlsx} workbooks. A reader's
 * {@code read(Path)} asks the providers found by {@link java.util.ServiceLoader} (module path:
 * {@code provides io.github.mot.core.io.RowSourceProvider with ...}; class path: a {@code
 * META-INF/services} entry) for a file whose extension one of them claims, and reads CSV
 * otherwise.
 *
 * <p>Implementations are stateless and thread-safe, with a public no-argument constructor.
 *
 * @since 0.3.0
 */
public interface RowSourceProvider {

  /**
   * The file name extensions of the format, lower case, without the dot (for example {@code
   * xlsx}); a file matches whatever the case of its name.
   *
   * @return the extensions, not empty
   */
  Set<String> extensions();

  /**
   * A source of the rows of a file in the format, with the format's defaults (the first sheet of a
   * workbook). Nothing is read until the source is.
   *
   * @param file the file
   * @return the source
   */
  RowSource open(Path file);
}
