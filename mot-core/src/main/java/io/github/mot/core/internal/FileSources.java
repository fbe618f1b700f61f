package io.github.mot.core.internal;

import io.github.mot.core.io.RowSource;
import io.github.mot.core.io.RowSourceProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The choice of a reader's {@code read(Path)}: a {@link RowSource} of the {@link RowSourceProvider}
 * that claims the file's extension, or CSV. Spreadsheet files that no provider reads are refused
 * with a message that says what to do, instead of being parsed as CSV. Not API.
 */
public final class FileSources {

  /** Extensions of Excel workbooks in the format mot-xlsx reads. */
  private static final List<String> WORKBOOKS = List.of("xlsx", "xlsm");

  /** Extensions of spreadsheets in formats no module reads. */
  private static final List<String> OTHER_SPREADSHEETS = List.of("xls", "ods", "numbers");

  private static final Map<String, RowSourceProvider> PROVIDERS = load();

  private FileSources() {}

  private static Map<String, RowSourceProvider> load() {
    Map<String, RowSourceProvider> m = new HashMap<>();
    for (RowSourceProvider p : ServiceLoader.load(RowSourceProvider.class, FileSources.class.getClassLoader())) {
      for (String e : p.extensions()) {
        m.putIfAbsent(e.toLowerCase(Locale.ROOT), p);
      }
    }
    return Map.copyOf(m);
  }

  /**
   * The source of a file in another format than CSV, chosen by its extension.
   *
   * @param file the file
   * @return the source, or empty for a file to read as CSV
   * @throws IOException if the file is a spreadsheet that no module on the path reads; the message
   *     names the module to add, or the format to save the file in
   */
  public static Optional<RowSource> of(Path file) throws IOException {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString();
    int dot = n.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = n.substring(dot + 1).toLowerCase(Locale.ROOT);
    RowSourceProvider p = PROVIDERS.get(ext);
    if (p != null) {
      return Optional.of(p.open(file));
    }
    if (WORKBOOKS.contains(ext)) {
      throw new IOException(file + ": an Excel workbook, which needs the module mot-xlsx (io.github.mot:mot-xlsx)"
          + " on the class or module path; or save the sheet as CSV");
    }
    if (OTHER_SPREADSHEETS.contains(ext)) {
      throw new IOException(file + ": a ." + ext + " spreadsheet, which no module reads: save it as .xlsx"
          + " (read with mot-xlsx) or as CSV");
    }
    return Optional.empty();
  }
}
