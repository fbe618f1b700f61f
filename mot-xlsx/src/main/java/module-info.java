/**
 * Excel input for every reader of the library: {@code io.github.mot.xlsx.XlsxSource} hands the
 * rows of an {@code .xlsx} sheet (the first or a named one, read with fastexcel-reader, guarded
 * against zip bombs) to the survey, encounter, audit, checklist, mapping and instrument readers,
 * which apply the same checks, limits and errors as to CSV. On the path, it also makes every
 * reader's {@code read(Path)} read {@code .xlsx} files by their extension. A separate module, so
 * that the other modules need no spreadsheet library.
 */
module io.github.mot.xlsx {
  requires transitive io.github.mot.core;
  requires static transitive org.jspecify;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;

  exports io.github.mot.xlsx;

  provides io.github.mot.core.io.RowSourceProvider with
      io.github.mot.xlsx.XlsxProvider;
}
