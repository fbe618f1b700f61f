package io.github.mot.servqual.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/** The next record of a definition file (instrument, column mapping), with FastCSV's errors translated. */
final class CsvRecords {

  private CsvRecords() {}

  /**
   * The next record, or null at the end.
   *
   * @param records the file's records
   * @param what what the file is, for the message: {@code "instrument CSV"}
   * @return the record, or null after the last
   * @throws IllegalArgumentException if the CSV is malformed
   * @throws IOException if reading fails
   */
  static @Nullable CsvRecord next(Iterator<CsvRecord> records, String what) throws IOException {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      // before: FastCSV's unchecked CsvParseException escaped, undocumented
      throw new IllegalArgumentException(what + " is malformed: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
